//! Your own routines as packs, so every screen that shows or runs a pack takes them as it takes
//! the catalog's: a `&'static Pack`.
//!
//! The catalog's packs live as long as the page; a routine's pack is built once per distinct
//! routine (name and moves) and language, and kept for the page's life too. A page holds a
//! handful of routines and an edit adds one small pack, so what is kept stays a few kilobytes.
//! The pack's own words are the routine's (`CustomRoutine::to_pack`); keyed by the language, a
//! change of language builds them again.

use std::cell::RefCell;
use std::collections::HashMap;

use deskbreak_catalog::{catalog, locale};
use deskbreak_core::custom_routine::CustomRoutine;
use deskbreak_core::l10n::Lang;
use deskbreak_core::pack::Pack;

thread_local! {
    static PACKS: RefCell<HashMap<(Lang, CustomRoutine), &'static Pack>> = RefCell::new(HashMap::new());
}

/// The pack a routine of your own is shown and started as, in the active language.
pub fn pack_of(routine: &CustomRoutine) -> &'static Pack {
    PACKS.with(|packs| {
        *packs
            .borrow_mut()
            .entry((locale::lang(), routine.clone()))
            .or_insert_with(|| Box::leak(Box::new(routine.to_pack(catalog()))))
    })
}
