//! The page's reactive state, as small contexts: each is provided once by [`provide`] and
//! read by the components that need it, and by nothing else.
//!
//! - [`Clock`]: the one writer of the page's clock, and the `today` and part-of-day memos;
//! - [`Stored`]: what storage holds (settings, breaks, your own routines, the worker's tracker)
//!   and the streak;
//! - [`Flow`]: the screen of the moment, one state machine (home, player, done);
//! - [`Choice`]: which pack the home screen shows;
//! - [`Notices`]: messages for the user;
//! - [`SettingsDialog`]: whether Settings is open.

mod choice;
mod clock;
mod flow;
mod notices;
mod own_packs;
mod stored;

pub use choice::Choice;
pub use clock::Clock;
pub use flow::{Completed, Flow, Save, Screen, ScreenKind, Session};
pub use notices::{Notice, NoticeKind, Notices};
pub use own_packs::pack_of;
pub use stored::Stored;

use deskbreak_browser::PageStore;
use deskbreak_core::clock::Moment;
use leptos::prelude::*;

/// The first-run welcome: `None` until this tab has asked storage whether it is the one that
/// welcomes, then whether the card shows.
#[derive(Clone, Copy)]
pub struct Welcome(pub RwSignal<Option<bool>>);

/// Whether the Settings dialog is open.
#[derive(Clone, Copy)]
pub struct SettingsDialog(pub RwSignal<bool>);

/// Provides every context of the page, in the order they depend on each other.
pub fn provide(store: PageStore, now: Moment) {
    let clock = Clock::new(now);
    let stored = Stored::new(store, clock);
    provide_context(clock);
    provide_context(stored);
    provide_context(Choice::new(stored, clock));
    provide_context(Flow::new());
    provide_context(Notices::new());
    provide_context(SettingsDialog(RwSignal::new(false)));
    provide_context(crate::i18n::I18n::new());
    provide_context(Welcome(RwSignal::new(None)));
}

/// A context of the page, as [`provide`] set it up.
pub fn get<T: Clone + 'static>() -> T {
    expect_context::<T>()
}
