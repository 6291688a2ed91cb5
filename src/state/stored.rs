//! What storage holds, as the page last read it, and the streak derived from it.
//! Only `persist` writes these signals.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use deskbreak_browser::PageStore;
use deskbreak_core::day_summary::DaySummary;
use deskbreak_core::record::BreakRecord;
use deskbreak_core::settings::Settings;
use deskbreak_core::streak::{summarize, StreakSummary};
use deskbreak_core::tracker::SittingTracker;
use leptos::prelude::*;

use super::Clock;

#[derive(Clone, Copy)]
pub struct Stored {
    pub store: StoredValue<PageStore>,
    pub settings: RwSignal<Settings>,
    pub records: RwSignal<Vec<BreakRecord>>,
    /// The worker's sitting tracker, for the banner (absent under `trunk serve`).
    pub sitting: RwSignal<Option<SittingTracker>>,
    /// The worker's day summaries (longest stretch, nudges), for the week view.
    pub days: RwSignal<BTreeMap<NaiveDate, DaySummary>>,
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
}
