//! "You've been sitting for 1 h 35 min": shown when the worker's current stretch is longer
//! than the nudge interval, with Start and Snooze (the only Snooze in Firefox, whose
//! notifications have no buttons), and when the next nudge will come.

use deskbreak_core::clock::{Moment, MINUTE_MS};
use deskbreak_core::text;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::persist;
use crate::state::{use_app, NoticeKind};
use crate::ui::player_view::start_routine;

#[component]
pub fn SittingBanner() -> impl IntoView {
    let state = use_app();
    let sat = move || {
        let now = state.now.get();
        state.sitting.with(|t| t.as_ref().filter(|t| t.over_interval(now)).and_then(|t| t.sat_ms(now)))
    };
    // What the worker stored, so it is true in every tab: after a snooze, the nudge's new time.
    let next_nudge = move || {
        let now = state.now.get();
        let at = state.sitting.with(|t| t.as_ref().and_then(|t| t.next_nudge_at(now)))?;
        (at > now.utc_ms + MINUTE_MS).then(|| text::next_nudge_at(Moment::new(at, now.offset_min)))
    };
    let snooze = move |_| {
        spawn_local(async move {
            if let Err(e) = persist::snooze_nudge().await {
                state.notify(NoticeKind::Error, format!("Couldn't snooze the nudge: {e}"));
            }
        });
    };
    move || {
        sat().map(|ms| {
            view! {
                <div class="banner" role="status">
                    <p>
                        <strong>{text::sitting_for(ms)}</strong>
                        {text::BANNER_INVITATION}
                        <span class="next-nudge">{next_nudge}</span>
                    </p>
                    <div class="actions">
                        <button class="start" on:click=move |_| start_routine(state, &state.shown_pack().id)>
                            {text::BANNER_START}
                        </button>
                        <button class="secondary" on:click=snooze>{text::SNOOZE}</button>
                    </div>
                </div>
            }
        })
    }
}
