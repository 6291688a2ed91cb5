//! The screen of the moment, as one state machine: the home screen, a routine in progress, or
//! the completion screen of the routine just ended. One signal holds it, so the screen, the
//! session and the result can never disagree.

use deskbreak_core::player::{Outcome, Player};
use deskbreak_core::record::{BreakKind, BreakRecord};
use deskbreak_core::store::StoreError;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub enum Screen {
    Home,
    Player(Session),
    Done(Completed),
}

/// Which screen, without its data: what the app's outlet switches on, so a tick of the player
/// re-renders the countdown and not the whole screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScreenKind {
    Home,
    Player,
    Done,
}

impl Screen {
    fn session(&self) -> Option<&Session> {
        match self {
            Screen::Player(session) => Some(session),
            _ => None,
        }
    }

    fn completed(&self) -> Option<&Completed> {
        match self {
            Screen::Done(c) => Some(c),
            _ => None,
        }
    }

    pub fn kind(&self) -> ScreenKind {
        match self {
            Screen::Home => ScreenKind::Home,
            Screen::Player(_) => ScreenKind::Player,
            Screen::Done(_) => ScreenKind::Done,
        }
    }
}

/// A routine in progress: the pack, the player and the check-in given before it.
#[derive(Clone, Debug)]
pub struct Session {
    pub pack_id: String,
    /// The full pack, or its quick move.
    pub kind: BreakKind,
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
    pub kind: BreakKind,
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

    /// The record being saved, saved, or refused.
    pub fn record(&self) -> Option<&BreakRecord> {
        match self {
            Save::NotCounted => None,
            Save::Saving(r) | Save::Saved(r) | Save::Failed { record: r, .. } => Some(r),
        }
    }
}

#[derive(Clone, Copy)]
pub struct Flow {
    screen: RwSignal<Screen>,
    kind: Memo<ScreenKind>,
    /// The check-in given on the home screen, for the next routine.
    pub checkin_before: RwSignal<Option<u8>>,
}

impl Flow {
    pub fn new() -> Self {
        let screen = RwSignal::new(Screen::Home);
        let kind = Memo::new(move |_| screen.with(Screen::kind));
        Self { screen, kind, checkin_before: RwSignal::new(None) }
    }

    /// Which screen is shown. Reactive, changing only when the screen does.
    pub fn kind(&self) -> ScreenKind {
        self.kind.get()
    }

    pub fn kind_untracked(&self) -> ScreenKind {
        self.kind.get_untracked()
    }

    pub fn go(&self, screen: Screen) {
        self.screen.set(screen);
    }

    /// Reads the routine in progress, if any. Reactive.
    pub fn session<T>(&self, f: impl FnOnce(&Session) -> T) -> Option<T> {
        self.screen.with(|s| s.session().map(f))
    }

    pub fn session_untracked<T>(&self, f: impl FnOnce(&Session) -> T) -> Option<T> {
        self.screen.with_untracked(|s| s.session().map(f))
    }

    /// Changes the routine in progress, if any; readers are told only when `f` says it changed.
    pub fn update_session<T>(&self, f: impl FnOnce(&mut Session) -> (T, bool)) -> Option<T> {
        let mut answer = None;
        self.screen.maybe_update(|s| match s {
            Screen::Player(session) => {
                let (value, changed) = f(session);
                answer = Some(value);
                changed
            }
            _ => false,
        });
        answer
    }

    /// Reads the completed routine, if the completion screen shows. Reactive.
    pub fn completed<T>(&self, f: impl FnOnce(&Completed) -> T) -> Option<T> {
        self.screen.with(|s| s.completed().map(f))
    }

    pub fn completed_untracked<T>(&self, f: impl FnOnce(&Completed) -> T) -> Option<T> {
        self.screen.with_untracked(|s| s.completed().map(f))
    }

    /// Sets what storage did with the completed break. A no-op once the completion screen
    /// shows another break, or none.
    pub fn set_save(&self, save: Save) {
        let id = |s: &Save| s.record().map(|r| r.id.clone());
        self.screen.maybe_update(|s| match s {
            Screen::Done(c) if id(&c.save) == id(&save) => {
                c.save = save;
                true
            }
            _ => false,
        });
    }
}

impl Default for Flow {
    fn default() -> Self {
        Self::new()
    }
}
