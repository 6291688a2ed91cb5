//! The active language: its messages, and the catalog's packs and exercises in its words.
//!
//! The page and the worker fetch `l10n/<lang>.json` at start and again when the user picks
//! another language, and hand it to [`install`]. Each installed language is kept for the rest of
//! the run (a few hundred kilobytes, and a switch is rare), so the references handed out stay
//! valid. Natively, English is built in.

use std::collections::BTreeMap;
use std::sync::RwLock;

use deskbreak_core::l10n::{Lang, LocaleAsset, Messages};
use deskbreak_core::pack::{Exercise, Pack};

use crate::{catalog, CatalogError};

/// One language, ready to show.
struct Shown {
    asset: LocaleAsset,
    packs: BTreeMap<String, Pack>,
    exercises: BTreeMap<String, Exercise>,
}

static ACTIVE: RwLock<Option<&'static Shown>> = RwLock::new(None);
static KEPT: RwLock<Vec<&'static Shown>> = RwLock::new(Vec::new());

/// Parses a fetched `l10n/<lang>.json` and makes it the active language. Install the catalog
/// first: the translated packs are made from it.
pub fn install(json: &str) -> Result<Lang, CatalogError> {
    let asset: LocaleAsset =
        serde_json::from_str(json).map_err(|e| CatalogError::Malformed(format!("locale: {e}")))?;
    let lang = asset.lang;
    let kept = KEPT.read().ok().and_then(|k| k.iter().find(|s| s.asset.lang == lang).copied());
    let shown = match kept {
        Some(shown) => shown,
        None => {
            let shown: &'static Shown = Box::leak(Box::new(ready(asset)));
            if let Ok(mut k) = KEPT.write() {
                k.push(shown);
            }
            shown
        }
    };
    if let Ok(mut active) = ACTIVE.write() {
        *active = Some(shown);
    }
    Ok(lang)
}

fn ready(asset: LocaleAsset) -> Shown {
    let c = catalog();
    let packs = c.packs.iter().filter_map(|p| Some((p.id.clone(), asset.text.pack(p)?))).collect();
    let exercises =
        c.library.iter().filter_map(|e| Some((e.name.clone(), asset.text.exercise(e)?))).collect();
    Shown { asset, packs, exercises }
}

fn active() -> Option<&'static Shown> {
    ACTIVE.read().ok().and_then(|a| *a).or_else(builtin)
}

#[cfg(target_arch = "wasm32")]
fn builtin() -> Option<&'static Shown> {
    None
}

/// Natively English is built in, so tests and tools need no install step.
#[cfg(not(target_arch = "wasm32"))]
fn builtin() -> Option<&'static Shown> {
    static EN: std::sync::OnceLock<Shown> = std::sync::OnceLock::new();
    let json = include_str!(concat!(env!("OUT_DIR"), "/l10n/en.json"));
    Some(EN.get_or_init(|| ready(serde_json::from_str(json).expect("build.rs wrote valid JSON"))))
}

/// Is this language the active one, installed from its asset?
pub fn installed(lang: Lang) -> bool {
    ACTIVE.read().ok().and_then(|a| *a).is_some_and(|s| s.asset.lang == lang)
}

/// The active language (English before any install).
pub fn lang() -> Lang {
    active().map_or(Lang::En, |s| s.asset.lang)
}

/// The active language's messages and words.
pub fn locale() -> &'static LocaleAsset {
    static NONE: std::sync::OnceLock<LocaleAsset> = std::sync::OnceLock::new();
    active().map_or_else(|| NONE.get_or_init(LocaleAsset::default), |s| &s.asset)
}

/// The active language's messages.
pub fn messages() -> &'static Messages {
    &locale().messages
}

/// The pack as the active language shows it; your own routines and English packs as they are.
pub fn pack(p: &Pack) -> &Pack {
    active().and_then(|s| s.packs.get(&p.id)).unwrap_or(p)
}

/// The exercise as the active language shows it (its `name` translated: display only).
pub fn exercise(e: &Exercise) -> &Exercise {
    active().and_then(|s| s.exercises.get(&e.name)).unwrap_or(e)
}

/// The exercise's name in the active language, by its English name.
pub fn exercise_name(name: &str) -> &str {
    active().and_then(|s| s.exercises.get(name)).map_or(name, |e| e.name.as_str())
}

/// Does the active language show this pack in English, by the build's leave?
pub fn in_english(pack_id: &str) -> bool {
    locale().text.shows_in_english(pack_id)
}

#[cfg(test)]
mod tests {
    use deskbreak_core::l10n::{Arg, Lang, LocaleAsset, Part};

    fn asset(lang: Lang) -> LocaleAsset {
        let path = format!("{}/l10n/{}.json", env!("OUT_DIR"), lang.code());
        serde_json::from_str(&std::fs::read_to_string(path).expect("the build wrote it")).expect("parses")
    }

    fn vars(parts: &[Part], out: &mut Vec<String>) {
        for p in parts {
            match p {
                Part::Var(v) => out.push(v.clone()),
                Part::Select { var, variants, .. } => {
                    out.push(var.clone());
                    variants.iter().for_each(|(_, ps)| vars(ps, out));
                }
                Part::Text(_) => {}
            }
        }
    }

    /// Every message of every language, with every count from 0 to 120 (each plural category of
    /// each language), reads without a placeholder left over.
    #[test]
    fn every_message_formats_in_every_language() {
        for lang in Lang::ALL {
            let m = asset(lang).messages;
            for (key, parts) in &m.map {
                let mut names = Vec::new();
                vars(parts, &mut names);
                for n in 0..=120i64 {
                    let args: Vec<(&str, Arg)> = names.iter().map(|v| (v.as_str(), Arg::Num(n))).collect();
                    let text = m.format(key, &args);
                    assert!(!text.contains('{'), "{} {key} {n}: {text:?}", lang.code());
                    // Separators may be a space, or nothing in Japanese and Chinese.
                    assert!(
                        key.ends_with("separator") || !text.trim().is_empty(),
                        "{} {key} {n}",
                        lang.code()
                    );
                }
            }
        }
    }

    /// The streak in the top bar, in each language's plural forms.
    #[test]
    fn the_streak_counts_days_in_each_language() {
        let streak =
            |lang: Lang, n: i64| asset(lang).messages.format("topbar-streak", &[("days", Arg::Num(n))]);
        assert_eq!([streak(Lang::En, 1), streak(Lang::En, 3)], ["Streak: 1 day", "Streak: 3 days"]);
        assert_eq!([streak(Lang::De, 1), streak(Lang::De, 3)], ["Serie: 1 Tag", "Serie: 3 Tage"]);
        // French counts 0 like 1.
        assert_eq!(streak(Lang::Fr, 0).replace('0', "1"), streak(Lang::Fr, 1));
        assert_ne!(streak(Lang::Fr, 2).replace('2', "1"), streak(Lang::Fr, 1));
        // Japanese and Chinese do not inflect: only the number changes.
        for lang in [Lang::Ja, Lang::ZhCn] {
            assert_eq!(streak(lang, 1).replace('1', "5"), streak(lang, 5), "{lang:?}");
        }
        // Arabic has a form for one, two, a few, many, and a hundred.
        let forms: std::collections::BTreeSet<String> =
            [1, 2, 3, 11, 100].iter().map(|&n| streak(Lang::Ar, n).replace(char::is_numeric, "#")).collect();
        assert_eq!(forms.len(), 5, "{forms:?}");
        // Numbers are grouped as each language writes them.
        assert!(streak(Lang::De, 1234).contains("1.234"), "{}", streak(Lang::De, 1234));
        assert!(streak(Lang::Fr, 1234).contains("1\u{202f}234"), "{}", streak(Lang::Fr, 1234));
    }
}
