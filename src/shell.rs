//! What the next tab's static shell shows before the wasm arrives, cached in localStorage:
//!
//! - the theme the user chose, which `extension/boot.js` applies before the first paint;
//! - a [`Preview`] of today's pack for every part of the day in the coming week, which
//!   `extension/preview.js` paints into the shell, so every tab but the first after install
//!   shows its pack at once. The previews are in the active language: the app writes them again
//!   when it changes.
//!
//! The localStorage keys are written once, in `extension/keys.js`, and imported here.

use deskbreak_catalog::{catalog, locale};
use deskbreak_core::clock::Moment;
use deskbreak_core::record::BreakRecord;
use deskbreak_core::settings::{Settings, Theme};
use deskbreak_core::streak::summarize;
use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::wording::{length_text, streak_text, today_eyebrow};

#[wasm_bindgen(module = "/extension/keys.js")]
extern "C" {
    #[wasm_bindgen(js_name = previewKey)]
    fn preview_key() -> String;
    #[wasm_bindgen(js_name = themeKey)]
    fn theme_key() -> String;
}

/// How far ahead the previews go: a week of tabs, whatever part of the day they open in.
pub const PREVIEW_DAYS: usize = 7;

/// The shell's elements a preview fills, by id (index.html has each one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Slot {
    #[serde(rename = "shell-eyebrow")]
    Eyebrow,
    #[serde(rename = "pack-title")]
    Title,
    #[serde(rename = "shell-tagline")]
    Tagline,
    #[serde(rename = "shell-length")]
    Length,
    #[serde(rename = "shell-streak")]
    Streak,
}

/// The shell's text for one part of one day: valid from `from` until `until` (UTC ms), in the
/// time zone it was made for (`offset_min`; preview.js ignores it in another). `lang` and `dir`
/// are the language the text is in, which preview.js sets on `<html>` before it paints.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Preview {
    pub from: i64,
    pub until: i64,
    pub offset_min: i32,
    pub lang: &'static str,
    pub dir: &'static str,
    pub fill: std::collections::BTreeMap<Slot, String>,
}

/// The previews of every part of the day from `now` to [`PREVIEW_DAYS`] ahead: today's pack
/// as the suggestion picks it for that part of that day, and the streak as it will stand then
/// if no other break is taken (a new break rewrites them all).
pub fn previews(now: Moment, settings: &Settings, records: &[BreakRecord]) -> Vec<Preview> {
    let catalog = catalog();
    let lang = deskbreak_catalog::locale::lang();
    let mut out = Vec::new();
    let mut from = now.utc_ms;
    // A day has several parts, and the whole history is summed for each day once.
    let mut cached: Option<(chrono::NaiveDate, u32)> = None;
    let end = now.next_local_midnight() + (PREVIEW_DAYS as i64 - 1) * 86_400_000;
    while from < end {
        let at = Moment::new(from, now.offset_min);
        // The evening runs past midnight, where the date (and so the suggestion) changes.
        let until = at.part_ends_at().min(at.next_local_midnight());
        let (date, part) = (at.local_date(), at.part_of_day());
        let Some(pack) = catalog.todays_pack(at, &settings.focus) else { break };
        let streak = match cached {
            Some((day, current)) if day == date => current,
            _ => cached.insert((date, summarize(records, settings, date).current)).1,
        };
        let shown = locale::pack(pack);
        let fill = [
            (Slot::Eyebrow, today_eyebrow(part)),
            (Slot::Title, shown.title.clone()),
            (Slot::Tagline, shown.tagline.clone()),
            (Slot::Length, length_text(pack)),
            (Slot::Streak, streak_text(streak)),
        ];
        out.push(Preview {
            from,
            until,
            offset_min: now.offset_min,
            lang: lang.code(),
            dir: lang.dir(),
            fill: fill.into_iter().collect(),
        });
        from = until;
    }
    out
}

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Caches the coming week's previews for the next tabs.
pub fn save_previews(now: Moment, settings: &Settings, records: &[BreakRecord]) {
    let Ok(json) = serde_json::to_string(&previews(now, settings, records)) else { return };
    if let Some(ls) = local_storage() {
        let _ = ls.set_item(&preview_key(), &json);
    }
}

/// Follows the theme setting: an explicit choice overrides the system scheme. The hint in
/// localStorage lets boot.js apply it before the first paint of the next tab.
pub fn apply_theme(theme: Theme) {
    let Some(root) = document().document_element() else { return };
    let hint = (theme != Theme::System).then(|| theme.as_str());
    let _ = match hint {
        Some(t) => root.set_attribute("data-theme", t),
        None => root.remove_attribute("data-theme"),
    };
    if let Some(ls) = local_storage() {
        let _ = match hint {
            Some(t) => ls.set_item(&theme_key(), t),
            None => ls.remove_item(&theme_key()),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFFSET: i32 = 60;

    fn moment(date: &str, hh: i64, mm: i64) -> Moment {
        let d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
        let local_ms = d.and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp_millis() + (hh * 60 + mm) * 60_000;
        Moment::new(local_ms - OFFSET as i64 * 60_000, OFFSET)
    }

    #[test]
    fn the_previews_cover_the_week_without_gaps_and_match_the_suggestion() {
        let now = moment("2026-11-26", 10, 17);
        let settings = Settings::default();
        let list = previews(now, &settings, &[]);
        assert_eq!(list[0].from, now.utc_ms);
        for pair in list.windows(2) {
            assert_eq!(pair[0].until, pair[1].from, "no gap and no overlap");
        }
        let last = list.last().unwrap();
        assert_eq!(last.until, now.next_local_midnight() + 6 * 86_400_000);
        for p in &list {
            let at = Moment::new(p.from, OFFSET);
            let pick = &catalog().packs
                [deskbreak_core::suggest::suggest_pack(catalog(), at.local_date(), at.part_of_day(), &[])];
            assert_eq!(p.fill[&Slot::Title], pick.title);
            assert_eq!(p.fill[&Slot::Eyebrow], today_eyebrow(at.part_of_day()));
            let last = Moment::new(p.until - 1, OFFSET);
            assert_eq!((last.local_date(), last.part_of_day()), (at.local_date(), at.part_of_day()));
        }
        // Every part of each of the six days after today, and the rest of today.
        assert!(list.len() > 6 * 4, "{} previews", list.len());
    }

    #[test]
    fn a_preview_names_the_language_of_its_text() {
        let list = previews(moment("2026-11-26", 10, 17), &Settings::default(), &[]);
        let lang = deskbreak_catalog::locale::lang();
        let json: serde_json::Value = serde_json::to_value(&list[0]).unwrap();
        assert_eq!((json["lang"].as_str(), json["dir"].as_str()), (Some(lang.code()), Some(lang.dir())));
    }

    #[test]
    fn every_slot_is_an_element_of_the_shell() {
        let html = include_str!("../index.html");
        for slot in [Slot::Eyebrow, Slot::Title, Slot::Tagline, Slot::Length, Slot::Streak] {
            let id = serde_json::to_string(&slot).unwrap();
            assert!(html.contains(&format!("id={id}")), "index.html has no element {id}");
        }
    }

    #[test]
    fn the_keys_are_written_once_in_keys_js_and_read_by_both_loaders() {
        let keys = include_str!("../extension/keys.js");
        assert!(keys.contains("export const PREVIEW_KEY") && keys.contains("export const THEME_KEY"));
        let boot = include_str!("../extension/boot.js");
        assert!(boot.contains("from \"./keys.js\""), "boot.js imports its keys from keys.js");
        // preview.js runs before any module could load: scripts/build.sh writes its key in.
        let preview = include_str!("../extension/preview.js");
        assert!(preview.contains("\"__PREVIEW_KEY__\""), "preview.js takes its key from the build");
        for (name, loader) in [("preview.js", preview), ("boot.js", boot)] {
            assert!(!loader.contains("\"deskbreak-"), "{name} spells no key of its own");
        }
    }
}
