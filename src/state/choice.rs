//! Which pack the home screen shows: today's suggestion, one of today's alternatives in turn,
//! or a pack picked from the catalog (one of your own routines included).

use deskbreak_catalog::catalog;
use deskbreak_core::pack::Pack;
use deskbreak_core::suggest::alternatives;
use leptos::prelude::*;

use super::{Clock, Stored};

#[derive(Clone, Copy)]
pub struct Choice {
    /// How far "Another pack" has stepped through today's alternatives (0 = today's pick).
    alternative: RwSignal<usize>,
    /// A pack chosen from the catalog browser, overriding the suggestion.
    browsed: RwSignal<Option<&'static str>>,
    /// The pack shown, derived once per change for every reader. A browsed routine of your own
    /// that is deleted (in another tab) gives way to today's suggestion.
    shown: Memo<&'static Pack>,
}

impl Choice {
    pub fn new(stored: Stored, clock: Clock) -> Self {
        let alternative = RwSignal::new(0);
        let browsed = RwSignal::new(None::<&'static str>);
        let shown = Memo::new(move |_| {
            let catalog = catalog();
            let browsed = browsed.get().and_then(|id| stored.pack(id));
            browsed.unwrap_or_else(|| {
                let (today, part) = (clock.today(), clock.part());
                let alts = stored.settings.with(|s| alternatives(catalog, today, part, &s.focus));
                let i = alts.get(alternative.get() % alts.len().max(1)).copied().unwrap_or(0);
                &catalog.packs[i.min(catalog.packs.len().saturating_sub(1))]
            })
        });
        Self { alternative, browsed, shown }
    }

    /// The pack the home screen shows. Reactive.
    pub fn pack(&self) -> &'static Pack {
        self.shown.get()
    }

    pub fn pack_untracked(&self) -> &'static Pack {
        self.shown.get_untracked()
    }

    /// Is the shown pack today's own suggestion (not another or a browsed one)? Reactive.
    pub fn showing_today(&self) -> bool {
        self.browsed.with(Option::is_none) && self.alternative.get() == 0
    }

    /// "Another pack": the next of today's alternatives.
    pub fn another(&self) {
        self.browsed.set(None);
        self.alternative.update(|a| *a += 1);
    }

    pub fn back_to_today(&self) {
        self.browsed.set(None);
        self.alternative.set(0);
    }

    /// A pack picked from the catalog browser, or a routine of your own.
    pub fn browse(&self, pack: &'static Pack) {
        self.browsed.set(Some(pack.id.as_str()));
    }
}
