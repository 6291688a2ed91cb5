//! "You've been sitting for 1 h 35 min": shown when the worker's current stretch is longer
//! than the nudge interval.

use deskbreak_core::tracker::format_sat;
use leptos::prelude::*;

use crate::state::use_app;
use crate::ui::player_view::start_routine;

#[component]
pub fn SittingBanner() -> impl IntoView {
    let state = use_app();
    let sat = move || {
        let now = state.now.get();
        state.sitting.with(|t| t.as_ref().filter(|t| t.over_interval(now)).and_then(|t| t.sat_ms(now)))
    };
    move || {
        sat().map(|ms| {
            view! {
                <div class="banner" role="status">
                    <p>
                        <strong>{format!("You've been sitting for {}", format_sat(ms))}</strong>
                        " — a short routine resets your back and your focus."
                    </p>
                    <button class="start" on:click=move |_| start_routine(state, &state.shown_pack().id)>
                        "Start a break"
                    </button>
                </div>
            }
        })
    }
}
