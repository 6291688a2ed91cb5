//! The completion screen: time moved, exercises done, whether the break counted, and the
//! optional check-in after.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::persist;
use crate::state::{use_app, Screen};
use crate::ui::checkin::CheckIn;
use crate::ui::format_duration_ms;

#[component]
pub fn Completion() -> impl IntoView {
    let state = use_app();
    let completed = move || state.completed.get();
    let title = move || match completed() {
        Some(c) if c.outcome.counts => "Break done — nice work!",
        Some(c) if c.outcome.reached_end => "Routine finished",
        _ => "Routine ended",
    };
    let verdict = move || {
        completed().map(|c| {
            if c.outcome.counts {
                "This break counts toward your streak.".to_string()
            } else {
                format!(
                    "This one doesn't count: a break needs at least a minute of movement to the end \
                     of the routine (you moved {}).",
                    format_duration_ms(c.outcome.moved_ms)
                )
            }
        })
    };
    let after = Signal::derive(move || {
        state.completed.with(|c| c.as_ref().and_then(|c| c.record.as_ref()?.checkin_after))
    });
    let pick_after = move |v: Option<u8>| {
        let Some(mut record) = state.completed.with_untracked(|c| c.as_ref().and_then(|c| c.record.clone()))
        else {
            return;
        };
        record.checkin_after = v;
        spawn_local(async move {
            if let Some(saved) = persist::save_record(state, record).await {
                state.completed.update(|c| {
                    if let Some(c) = c {
                        c.record = Some(saved);
                    }
                });
            }
        });
    };
    let back = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(b) = back.get() {
            let _ = b.focus();
        }
    });

    view! {
        <section class="completion card" aria-labelledby="done-title">
            <h1 id="done-title">{title}</h1>
            <dl class="facts big">
                <div>
                    <dt>"Time moved"</dt>
                    <dd>{move || completed().map(|c| format_duration_ms(c.outcome.moved_ms)).unwrap_or_default()}</dd>
                </div>
                <div>
                    <dt>"Exercises done"</dt>
                    <dd>
                        {move || {
                            completed()
                                .map(|c| format!("{} of {}", c.outcome.exercises_done, c.outcome.exercises_total))
                                .unwrap_or_default()
                        }}
                    </dd>
                </div>
            </dl>
            <p class="verdict" role="status">{verdict}</p>
            <Show when=move || completed().is_some_and(|c| c.record.is_some())>
                <CheckIn question="How does your back feel now?" value=after on_pick=pick_after />
            </Show>
            <div class="actions">
                <button class="start" node_ref=back on:click=move |_| state.screen.set(Screen::Home)>
                    "Back to my new tab"
                </button>
            </div>
        </section>
    }
}
