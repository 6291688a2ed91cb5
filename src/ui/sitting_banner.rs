//! "You've been sitting for 1 h 35 min": shown when the worker's current stretch is longer than
//! the nudge interval, with Start and Snooze (the only Snooze in Firefox, whose notifications
//! have no buttons), and when the next nudge will come. Before that, once the quiet quick-move
//! nudge is due, it offers the quick move instead ("Quick · 2 min"). The core's
//! [`SittingTracker::offer`](deskbreak_core::tracker::SittingTracker::offer) decides which.

use deskbreak_core::clock::{Moment, MINUTE_MS};
use deskbreak_core::text;
use deskbreak_core::tracker::NudgeKind;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{m, t, tf};
use crate::persist;
use crate::routine::Routine;
use crate::state::{self, Choice, Clock, Notices, Stored};
use crate::ui::start_buttons::QuickButton;

#[component]
pub fn SittingBanner() -> impl IntoView {
    let (clock, stored, notices) = (state::get::<Clock>(), state::get::<Stored>(), state::get::<Notices>());
    let (choice, routine) = (state::get::<Choice>(), Routine::get());
    let offer = move || {
        let now = clock.now();
        stored.sitting.with(|t| t.as_ref().and_then(|t| t.offer(now)))
    };
    // What the worker stored, so it is true in every tab: after a snooze, the nudge's new time.
    let next_nudge = move || {
        let now = clock.now();
        let at = stored.sitting.with(|t| t.as_ref().and_then(|t| t.next_nudge_at(now)))?;
        (at > now.utc_ms + MINUTE_MS).then(|| text::next_nudge_at(m(), Moment::new(at, now.offset_min)))
    };
    let snooze = move |_| {
        spawn_local(async move {
            if let Err(e) = persist::snooze_nudge().await {
                notices.error(tf("error-snooze", &[("error", (&e).into())]));
            }
        });
    };
    let pack = Signal::derive(move || choice.pack());
    move || {
        offer().map(|(kind, ms)| {
            let full = kind == NudgeKind::Full;
            view! {
                <div class="banner" class:quick=!full role="status">
                    <p>
                        <strong>{text::sitting_for(m(), ms)}</strong>
                        {t(if full { "banner-invitation" } else { "banner-quick-invitation" })}
                        // The full nudge's time; the quick offer has no "next" of its own.
                        {full.then(|| view! { <span class="next-nudge">{next_nudge}</span> })}
                    </p>
                    <div class="actions">
                        {full.then(|| view! {
                            <button class="start" on:click=move |_| routine.start(&choice.pack().id)>
                                {t("banner-start")}
                            </button>
                        })}
                        <QuickButton pack primary=!full />
                        <button class="secondary" on:click=snooze>{t("snooze")}</button>
                    </div>
                </div>
            }
        })
    }
}
