//! The two ways to start a break: "Start · 9 min" (the full pack) and "Quick · 2 min" (its quick
//! move). Each button's name is its verb ("Start", "Quick"); its length is shown beside the verb
//! and read out as the button's description, from the pack card's facts.

use deskbreak_core::pack::Pack;
use deskbreak_core::quick::quick_minutes;
use leptos::prelude::*;

use crate::i18n::{t, tf};
use crate::routine::Routine;

/// " · 9 min": a button's length, beside its verb.
fn length(minutes: u32) -> String {
    tf("start-length", &[("minutes", minutes.into())])
}

/// The full pack's button.
#[component]
pub fn StartButton(
    #[prop(into)] pack: Signal<&'static Pack>,
    #[prop(optional)] secondary: bool,
) -> impl IntoView {
    let routine = Routine::get();
    let minutes = move || deskbreak_catalog::catalog().estimated_minutes(pack.get());
    view! {
        <button
            class=if secondary { "secondary" } else { "start" }
            aria-describedby="pack-length"
            on:click=move |_| routine.start(&pack.get().id)
        >
            {t("start-verb")}
            <span class="length" aria-hidden="true">{move || length(minutes())}</span>
        </button>
    }
}

/// The quick move's button.
#[component]
pub fn QuickButton(
    #[prop(into)] pack: Signal<&'static Pack>,
    #[prop(optional)] primary: bool,
) -> impl IntoView {
    let routine = Routine::get();
    let minutes = move || quick_minutes(deskbreak_catalog::catalog(), pack.get());
    view! {
        <button
            class=if primary { "start quick" } else { "secondary quick" }
            aria-describedby="quick-moves"
            on:click=move |_| routine.start_quick(&pack.get().id)
        >
            {t("quick-verb")}
            <span class="length" aria-hidden="true">{move || length(minutes())}</span>
        </button>
    }
}
