//! The catalog of packs and the exercise library, compiled in from `content/` by `build.rs`.
//!
//! Adding a pack is adding a markdown file to `content/packs/`: the build parses and checks it.

use std::sync::OnceLock;

use deskbreak_core::catalog::Catalog;
#[allow(unused_imports)]
use deskbreak_core::clock::PartOfDay;
use deskbreak_core::pack::{Exercise, Faq, Goal, Pack, Position, TimeOfDay};

fn s(text: &str) -> String {
    text.to_string()
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The catalog, built once on first use.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(build_catalog)
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

    #[test]
    fn catalog_has_a_pack_for_every_purpose() {
        assert!(catalog().packs.len() >= 12);
    }
}
