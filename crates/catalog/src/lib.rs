//! The catalog of packs and the exercise library, checked at build time from `content/` by
//! `build.rs` and shipped beside the wasm as `catalog.json`, not inside it: that text was a
//! tenth of the page's wasm.
//!
//! The page and the worker fetch the asset once at start and hand it to [`install`]; every other
//! call site keeps asking [`catalog`]. Native builds (tests, tools) read the same JSON, embedded.
//! Adding a pack is adding a markdown file to `content/packs/`: the build parses and checks it.

use std::sync::OnceLock;

use deskbreak_core::catalog::Catalog;
use deskbreak_core::figure::packed::unpack;
use deskbreak_core::figure::Figure;

mod asset;
pub mod locale;

pub use asset::{CatalogAsset, ASSET};

#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// The asset is not the JSON this build writes (a damaged or mismatched package).
    #[error("{ASSET} does not parse: {0}")]
    Malformed(String),
}

static INSTALLED: OnceLock<CatalogAsset> = OnceLock::new();

/// Parses the fetched `catalog.json` and makes it the catalog for the rest of the run. A second
/// call keeps the first catalog: it is the same packaged file.
pub fn install(json: &str) -> Result<(), CatalogError> {
    if INSTALLED.get().is_none() {
        let _ = INSTALLED.set(parse(json)?);
    }
    Ok(())
}

fn parse(json: &str) -> Result<CatalogAsset, CatalogError> {
    serde_json::from_str(json).map_err(|e| CatalogError::Malformed(e.to_string()))
}

/// Has [`install`] succeeded (always true natively)?
pub fn installed() -> bool {
    asset().is_some()
}

#[cfg(target_arch = "wasm32")]
fn asset() -> Option<&'static CatalogAsset> {
    INSTALLED.get()
}

/// Natively the build's own JSON is embedded, so tests and tools need no install step.
#[cfg(not(target_arch = "wasm32"))]
fn asset() -> Option<&'static CatalogAsset> {
    let json = include_str!(concat!(env!("OUT_DIR"), "/catalog.json"));
    Some(INSTALLED.get_or_init(|| parse(json).expect("build.rs wrote valid JSON")))
}

/// The catalog. In the wasm it is empty until [`install`]: the page mounts only after it, and
/// shows a message instead when the asset cannot be read.
pub fn catalog() -> &'static Catalog {
    static EMPTY: Catalog = Catalog { packs: Vec::new(), library: Vec::new() };
    asset().map_or(&EMPTY, |a| &a.catalog)
}

/// The figure of each library exercise, in library order, and its mirror image for the right
/// side, unpacked once on first use. The build has checked every one, so `None` only marks a
/// figure the build did not write.
fn figures() -> &'static [Option<[Figure; 2]>] {
    static FIGURES_UNPACKED: OnceLock<Vec<Option<[Figure; 2]>>> = OnceLock::new();
    let Some(asset) = asset() else { return &[] };
    FIGURES_UNPACKED.get_or_init(|| {
        asset
            .figures
            .iter()
            .map(|packed| unpack(packed).map(|f| [f.mirrored(), f]).map(|[right, left]| [left, right]))
            .collect()
    })
}

/// How an exercise is drawn: the figure its library entry declares (a per-side move's left
/// side), or its mirror image for the right side.
pub fn figure(exercise: &str, right_side: bool) -> Option<&'static Figure> {
    let i = catalog().library.iter().position(|e| e.name == exercise)?;
    figures().get(i)?.as_ref().map(|pair| &pair[usize::from(right_side)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_pack_ships_with_a_library_entry_for_every_exercise() {
        let c = catalog();
        let seed = c.pack("back-pain").expect("the seed pack ships");
        assert_eq!(seed.exercises.len(), 16);
        for p in &c.packs {
            assert_eq!(p.exercises.len(), p.exercise_count, "{}", p.id);
            for name in &p.exercises {
                let e = c.exercise(name).unwrap_or_else(|| panic!("{name} in {}", p.id));
                assert!((2..=4).contains(&e.steps.len()));
            }
        }
    }

    /// Every shipped pack has a quick move a user at its desk can do: 2–4 moves in the assumed
    /// position (or upright), about two minutes.
    #[test]
    fn every_pack_has_a_quick_move_of_about_two_minutes() {
        use deskbreak_core::pack::Position;
        use deskbreak_core::quick::{assumed_position, quick_minutes, quick_moves, quick_seconds};
        let c = catalog();
        for p in &c.packs {
            let position = assumed_position(p);
            let moves = quick_moves(c, p, position);
            let names: Vec<&str> = moves.iter().map(|e| e.name.as_str()).collect();
            assert!((2..=4).contains(&moves.len()), "{}: {names:?}", p.id);
            assert!(moves.iter().all(|e| e.position != Position::Floor), "{}: {names:?}", p.id);
            let seconds = quick_seconds(c, p);
            assert!((60..=180).contains(&seconds), "{}: {seconds} s, {names:?}", p.id);
            assert!((1..=3).contains(&quick_minutes(c, p)), "{}", p.id);
            let in_position = moves.iter().filter(|e| e.position == position).count();
            assert!(in_position >= 2 || p.exercises.len() < 4, "{}: {names:?}", p.id);
        }
    }

    /// The shipped figures are what the notation in content/exercises.md says.
    #[test]
    fn figures_round_trip_the_notation() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content");
        let text = std::fs::read_to_string(format!("{dir}/exercises.md")).expect("library");
        let library = deskbreak_core::pack_format::parse_library("exercises.md", &text).expect("parses");
        let parsed =
            deskbreak_core::figure::library::library_figures("exercises.md", &text, &library).unwrap();
        for (exercise, figure) in library.iter().zip(&parsed) {
            assert_eq!(super::figure(&exercise.name, false), Some(figure), "{}", exercise.name);
            assert_eq!(super::figure(&exercise.name, true), Some(&figure.mirrored()), "{}", exercise.name);
        }
    }

    /// The decoded catalog equals what the parser makes of content/ directly.
    #[test]
    fn decoding_round_trips_the_parsed_content() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content");
        let c = catalog();
        for p in &c.packs {
            let path = format!("{dir}/packs/{}.md", p.id);
            let text = std::fs::read_to_string(&path).expect("pack file");
            let parsed = deskbreak_core::pack_format::parse_pack(&p.id, &path, &text).expect("parses");
            assert_eq!(&parsed, p);
        }
        let text = std::fs::read_to_string(format!("{dir}/exercises.md")).expect("library");
        assert_eq!(
            deskbreak_core::pack_format::parse_library("exercises.md", &text).expect("parses"),
            c.library
        );
    }

    #[test]
    fn every_exercise_in_the_library_has_a_valid_loop() {
        use deskbreak_core::figure::{Joint, Stance};
        for e in &catalog().library {
            let f = figure(&e.name, false).unwrap_or_else(|| panic!("{} has a figure", e.name));
            assert!(!f.keys.is_empty() && f.loop_ms() >= 500, "{}: a loop long enough to see", e.name);
            assert_eq!(f.stance, Stance::from(e.position), "{}", e.name);
            let rest = deskbreak_core::figure::Pose::rest(f.stance);
            assert_ne!(f.still(), &rest, "{}: the still pose shows the move, not the rest pose", e.name);
            for (i, key) in f.keys.iter().enumerate() {
                for &joint in Joint::ALL {
                    for (angle, range) in key.pose.get(joint).iter().zip(joint.range()) {
                        let a = *angle as i16;
                        assert!(range.contains(&a), "{} key {i}: {} {a}", e.name, joint.name());
                    }
                }
            }
            assert!(f.keys.len() >= 2, "{}: a move has at least two key poses", e.name);
        }
    }

    /// A damaged or mismatched package is an error the page can show, not a panic.
    #[test]
    fn a_malformed_asset_is_refused_with_a_reason() {
        for bad in ["", "{", "{\"catalog\": 3}", "[]"] {
            let e = parse(bad).err().expect("refused");
            assert!(e.to_string().starts_with("catalog.json does not parse"), "{e}");
        }
        assert!(parse(include_str!(concat!(env!("OUT_DIR"), "/catalog.json"))).is_ok());
    }

    #[test]
    fn catalog_has_a_pack_for_every_purpose() {
        assert!(catalog().packs.len() >= 12);
    }
}

/// Every translation folder in content/l10n/, shipped or not yet, is checked against English:
/// a translator sees the build's errors before the language is switched on.
#[cfg(test)]
mod translation_tests {
    use deskbreak_core::l10n::Lang;
    use deskbreak_core::l10n_format::{translate_library, translate_pack};

    /// Every `locales/<lang>/` folder, shipped or not, compiles and has English's keys.
    #[test]
    fn every_locales_folder_matches_english() {
        use deskbreak_core::l10n_ftl::{check, read_dir};
        let root = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales"));
        let name = |p: &std::path::Path| {
            let s = p.display().to_string();
            s.find("locales/").map_or(s.clone(), |i| s[i..].to_string())
        };
        let english = read_dir(&root.join("en"), name).expect("English compiles");
        let mut errors = Vec::new();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let dir = root.join(lang.code());
            if !dir.exists() {
                continue;
            }
            match read_dir(&dir, name) {
                Ok(messages) => errors.extend(check(&english, &name(&dir), &messages).err()),
                Err(e) => errors.push(e),
            }
        }
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }

    #[test]
    fn every_translation_folder_matches_english() {
        let c = super::catalog();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/l10n");
        let mut errors = Vec::new();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let dir = format!("{root}/{}", lang.code());
            let Ok(lib_text) = std::fs::read_to_string(format!("{dir}/exercises.md")) else { continue };
            let library =
                match translate_library(&c.library, &format!("{}/exercises.md", lang.code()), &lib_text) {
                    Ok(l) => l,
                    Err(e) => {
                        errors.push(e.to_string());
                        continue;
                    }
                };
            for pack in &c.packs {
                let file = format!("{dir}/packs/{}.md", pack.id);
                let Ok(text) = std::fs::read_to_string(&file) else {
                    errors.push(format!("{file}: missing"));
                    continue;
                };
                let short = format!("{}/packs/{}.md", lang.code(), pack.id);
                if let Err(e) = translate_pack(pack, &library, &short, &text) {
                    errors.push(e.to_string());
                }
            }
        }
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }
}
