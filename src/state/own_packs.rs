//! Your own routines as packs, so every screen that shows or runs a pack takes them as it takes
//! the catalog's: a `&'static Pack`.
//!
//! The catalog's packs live as long as the page; a routine's pack is built once per distinct
//! routine (name and moves) and language, and kept for the page's life too. A page holds a
//! handful of routines and an edit adds one small pack, so what is kept stays a few kilobytes.

use std::cell::RefCell;
use std::collections::HashMap;

use deskbreak_catalog::{catalog, locale};
use deskbreak_core::custom_routine::{CustomRoutine, MoveWords};
use deskbreak_core::l10n::Lang;
use deskbreak_core::pack::{Exercise, Pack};
use leptos::prelude::*;

use crate::i18n::{m, I18n};

thread_local! {
    static PACKS: RefCell<HashMap<(Lang, CustomRoutine), &'static Pack>> = RefCell::new(HashMap::new());
}

/// An exercise's name and cautions in the language shown.
fn words(e: &Exercise) -> MoveWords {
    match locale::locale().text.exercises.get(&e.name) {
        Some(text) => MoveWords { name: text.name.clone(), cautions: text.cautions.clone() },
        None => MoveWords::english(e),
    }
}

/// The pack a routine of your own is shown and started as, in the language shown. Read in a
/// reactive scope (the pack shown), it follows a change of language.
pub fn pack_of(routine: &CustomRoutine) -> &'static Pack {
    if let Some(i18n) = use_context::<I18n>() {
        i18n.lang.track();
    }
    let lang = locale::lang();
    PACKS.with(|packs| {
        *packs
            .borrow_mut()
            .entry((lang, routine.clone()))
            .or_insert_with(|| Box::leak(Box::new(routine.to_pack(catalog(), m(), words))))
    })
}
