//! What storage holds, as the page last read it, and the streak derived from it.
//! Only `persist` writes these signals.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use deskbreak_browser::PageStore;
use deskbreak_catalog::catalog;
use deskbreak_core::custom_routine::CustomRoutine;
use deskbreak_core::day_summary::DaySummary;
use deskbreak_core::pack::Pack;
use deskbreak_core::record::BreakRecord;
use deskbreak_core::settings::Settings;
use deskbreak_core::streak::{summarize, StreakSummary};
use deskbreak_core::tracker::SittingTracker;
use leptos::prelude::*;

use super::{pack_of, Clock};

#[derive(Clone, Copy)]
pub struct Stored {
    pub store: StoredValue<PageStore>,
    pub settings: RwSignal<Settings>,
    pub records: RwSignal<Vec<BreakRecord>>,
    /// The worker's sitting tracker, for the banner (absent under `trunk serve`).
    pub sitting: RwSignal<Option<SittingTracker>>,
    /// The worker's day summaries (longest stretch, nudges), for the week view.
    pub days: RwSignal<BTreeMap<NaiveDate, DaySummary>>,
    /// Your own routines, by name.
    pub routines: RwSignal<Vec<CustomRoutine>>,
    /// Storage has been read at least once.
    pub loaded: RwSignal<bool>,
    /// The streak panel's figures, derived once per change of records, settings or day.
    streak: Memo<StreakSummary>,
}

impl Stored {
    pub fn new(store: PageStore, clock: Clock) -> Self {
        let settings = RwSignal::new(Settings::default());
        let records = RwSignal::new(Vec::new());
        let streak = Memo::new(move |_| {
            let today = clock.today();
            records.with(|r: &Vec<BreakRecord>| settings.with(|s| summarize(r, s, today)))
        });
        Self {
            store: StoredValue::new(store),
            settings,
            records,
            sitting: RwSignal::new(None),
            days: RwSignal::new(BTreeMap::new()),
            routines: RwSignal::new(Vec::new()),
            loaded: RwSignal::new(false),
            streak,
        }
    }

    /// The streak panel's figures. Reactive.
    pub fn streak(&self) -> StreakSummary {
        self.streak.get()
    }

    pub fn streak_untracked(&self) -> StreakSummary {
        self.streak.get_untracked()
    }

    /// Any pack by id: the catalog's, or one of your own routines. Reactive.
    pub fn pack(&self, id: &str) -> Option<&'static Pack> {
        catalog().pack(id).or_else(|| self.routines.with(|rs| own_pack(rs, id)))
    }

    pub fn pack_untracked(&self, id: &str) -> Option<&'static Pack> {
        catalog().pack(id).or_else(|| self.routines.with_untracked(|rs| own_pack(rs, id)))
    }
}

fn own_pack(routines: &[CustomRoutine], pack_id: &str) -> Option<&'static Pack> {
    routines.iter().find(|r| r.pack_id() == pack_id).map(pack_of)
}
