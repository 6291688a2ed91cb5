//! The page's reactive state, provided once by the app and read through context.

use deskbreak_browser::PageStore;
use deskbreak_catalog::catalog;
use deskbreak_core::catalog::Catalog;
use deskbreak_core::clock::Moment;
use deskbreak_core::pack::Pack;
use deskbreak_core::player::{Outcome, Player};
use deskbreak_core::record::BreakRecord;
use deskbreak_core::settings::Settings;
use deskbreak_core::store::StoreError;
use deskbreak_core::streak::{summarize, StreakSummary};
use deskbreak_core::suggest::alternatives;
use deskbreak_core::tracker::SittingTracker;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    Player,
    Done,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Error,
    Info,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u32,
    pub kind: NoticeKind,
    pub text: String,
}

/// A routine in progress: the pack, the player and the check-in given before it.
#[derive(Clone, Debug)]
pub struct Session {
    pub pack_id: String,
    pub player: Player,
    pub checkin_before: Option<u8>,
    /// Started from the nudge, without passing the pack card: its cautions and the health notice
    /// are shown in the player instead.
    pub from_nudge: bool,
}

/// What the completion screen shows, and what storage did with the break.
#[derive(Clone, Debug)]
pub struct Completed {
    pub pack_id: String,
    pub outcome: Outcome,
    pub save: Save,
}

/// The break's record as storage has it. Only [`Save::Saved`] counts, so the page never
/// celebrates a break that is not stored.
#[derive(Clone, Debug, PartialEq)]
pub enum Save {
    /// Too short to count: nothing to save.
    NotCounted,
    Saving(BreakRecord),
    Saved(BreakRecord),
    /// Storage refused it. The record stays here, to try again or to export.
    Failed {
        record: BreakRecord,
        error: StoreError,
    },
}

impl Save {
    pub fn saved(&self) -> Option<&BreakRecord> {
        match self {
            Save::Saved(r) => Some(r),
            _ => None,
        }
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub store: StoredValue<PageStore>,
    /// The clock as the page last read it: refreshed every few seconds, and on every player tick.
    pub now: RwSignal<Moment>,
    pub settings: RwSignal<Settings>,
    pub records: RwSignal<Vec<BreakRecord>>,
    /// The worker's sitting tracker, for the banner (absent under `trunk serve`).
    pub sitting: RwSignal<Option<SittingTracker>>,
    /// Storage has been read at least once.
    pub loaded: RwSignal<bool>,
    pub notices: RwSignal<Vec<Notice>>,
    pub screen: RwSignal<Screen>,
    /// How far "Another pack" has stepped through today's alternatives (0 = today's pick).
    pub alternative: RwSignal<usize>,
    /// A pack chosen from the catalog browser, overriding the suggestion.
    pub browsed: RwSignal<Option<String>>,
    pub checkin_before: RwSignal<Option<u8>>,
    pub session: RwSignal<Option<Session>>,
    pub completed: RwSignal<Option<Completed>>,
    pub settings_open: RwSignal<bool>,
    /// Index in the catalog of the pack the home screen shows, derived once per change for
    /// every component that reads it.
    shown: Memo<usize>,
    /// The streak panel's figures, derived once per change of records, settings or day.
    streak: Memo<StreakSummary>,
    next_notice: StoredValue<u32>,
}

impl AppState {
    pub fn new(store: PageStore, now: Moment) -> Self {
        let now = RwSignal::new(now);
        let settings = RwSignal::new(Settings::default());
        let records = RwSignal::new(Vec::new());
        let alternative = RwSignal::new(0);
        let browsed = RwSignal::new(None::<String>);
        let shown = Memo::new(move |_| {
            let catalog = catalog();
            let browsed =
                browsed.with(|id| id.as_deref().and_then(|id| catalog.packs.iter().position(|p| p.id == id)));
            browsed.unwrap_or_else(|| {
                let t = now.get();
                let alts =
                    settings.with(|s| alternatives(catalog, t.local_date(), t.part_of_day(), &s.focus));
                let i = alts.get(alternative.get() % alts.len().max(1)).copied().unwrap_or(0);
                i.min(catalog.packs.len().saturating_sub(1))
            })
        });
        let streak = Memo::new(move |_| {
            let today = now.get().local_date();
            records.with(|r: &Vec<BreakRecord>| settings.with(|s| summarize(r, s, today)))
        });
        Self {
            store: StoredValue::new(store),
            now,
            settings,
            records,
            sitting: RwSignal::new(None),
            loaded: RwSignal::new(false),
            notices: RwSignal::new(Vec::new()),
            screen: RwSignal::new(Screen::Home),
            alternative,
            browsed,
            checkin_before: RwSignal::new(None),
            session: RwSignal::new(None),
            completed: RwSignal::new(None),
            settings_open: RwSignal::new(false),
            shown,
            streak,
            next_notice: StoredValue::new(0),
        }
    }

    pub fn catalog(&self) -> &'static Catalog {
        catalog()
    }

    /// The pack the home screen shows: a browsed one, or today's alternative in turn. Reactive.
    pub fn shown_pack(&self) -> &'static Pack {
        &self.catalog().packs[self.shown.get()]
    }

    /// Is the shown pack today's own suggestion (not another or a browsed one)? Reactive.
    pub fn showing_today(&self) -> bool {
        self.browsed.with(Option::is_none) && self.alternative.get() == 0
    }

    /// The streak panel's figures. Reactive.
    pub fn streak(&self) -> StreakSummary {
        self.streak.get()
    }

    pub fn notify(&self, kind: NoticeKind, text: impl Into<String>) {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        let text = text.into();
        self.notices.update(|n| {
            // The same message twice (say, from two reloads) shows once.
            if !n.iter().any(|x| x.text == text) {
                n.push(Notice { id, kind, text });
            }
        });
    }

    pub fn dismiss(&self, id: u32) {
        self.notices.update(|n| n.retain(|x| x.id != id));
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
