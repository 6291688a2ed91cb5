//! The completion screen: time moved, exercises done, and what storage did with the break. A
//! break counts only once it is saved; one that could not be saved says so, keeps its result on
//! screen, and offers to save it again or to export it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::persist;
use deskbreak_core::checkin::CheckinArea;
use deskbreak_core::record::BreakKind;
use deskbreak_core::store::StoreError;
use deskbreak_core::streak::rule_text;

use crate::routine::Routine;
use crate::state::{self, Completed, Flow, Notices, Save, Screen, Stored};
use crate::ui::checkin::CheckIn;
use crate::wording::{format_duration_ms, format_min_s};

fn save_state(flow: Flow) -> Option<Save> {
    flow.completed(|c| c.save.clone())
}

#[component]
pub fn Completion() -> impl IntoView {
    let (flow, stored, notices) = (state::get::<Flow>(), state::get::<Stored>(), state::get::<Notices>());
    let completed = move || flow.completed(Completed::clone);
    let title = move || match (save_state(flow), completed().is_some_and(|c| c.outcome.reached_end)) {
        (Some(Save::Saved(_)), _) => "Break done — nice work!",
        (Some(Save::Saving(_)), _) => "Saving your break…",
        (Some(Save::Failed { .. }), _) => "Break done, but not saved",
        (_, true) => "Routine finished",
        _ => "Routine ended",
    };
    let verdict = move || {
        completed().and_then(|c| match c.save {
            Save::Saved(_) if c.kind == BreakKind::Quick => Some(format!(
                "This quick move counts toward your streak by its minutes: {} of quick moves today.",
                format_min_s(stored.streak().today.quick_s)
            )),
            Save::Saved(_) => Some("This break counts toward your streak.".to_string()),
            Save::NotCounted => Some(format!(
                "This one doesn't count: a break needs at least a minute of movement to the end \
                 of the routine (you moved {}).",
                format_duration_ms(c.outcome.moved_ms)
            )),
            Save::Saving(_) | Save::Failed { .. } => None,
        })
    };
    // The area the break's check-ins are about, as the record keeps it.
    let area = Signal::derive(move || {
        flow.completed(|c| {
            let from_pack = || stored.pack(&c.pack_id).map(|p| p.checkin_area());
            c.save.saved().and_then(|r| r.checkin_area).or_else(from_pack)
        })
        .flatten()
        .unwrap_or(CheckinArea::Back)
    });
    let after = Signal::derive(move || flow.completed(|c| c.save.saved()?.checkin_after).flatten());
    let pick_after = move |v: Option<u8>| {
        let Some(mut record) = flow.completed_untracked(|c| c.save.saved().cloned()).flatten() else {
            return;
        };
        record.checkin_after = v;
        spawn_local(async move {
            match persist::save_record(stored, record).await {
                Ok(saved) => flow.set_save(Save::Saved(saved)),
                Err(e) => notices.error(format!("Your check-in couldn't be saved: {e}")),
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
            <CompletionFacts />
            <p class="verdict" role="status">{verdict}</p>
            <p class="rule">{rule_text()}</p>
            <NotSaved />
            <Show when=move || save_state(flow).is_some_and(|s| s.saved().is_some())>
                <CheckIn area=area value=after on_pick=pick_after />
            </Show>
            <div class="actions">
                <button class="start" node_ref=back on:click=move |_| flow.go(Screen::Home)>
                    "Back to my new tab"
                </button>
            </div>
        </section>
    }
}

/// Time moved and exercises done.
#[component]
fn CompletionFacts() -> impl IntoView {
    let flow = state::get::<Flow>();
    let moved = move || flow.completed(|c| format_duration_ms(c.outcome.moved_ms)).unwrap_or_default();
    let done = move || {
        flow.completed(|c| format!("{} of {}", c.outcome.exercises_done, c.outcome.exercises_total))
            .unwrap_or_default()
    };
    view! {
        <dl class="facts big">
            <div>
                <dt>"Time moved"</dt>
                <dd>{moved}</dd>
            </div>
            <div>
                <dt>"Exercises done"</dt>
                <dd>{done}</dd>
            </div>
        </dl>
    }
}

/// The break that storage refused: why, and the two ways to keep it.
#[component]
fn NotSaved() -> impl IntoView {
    let (flow, notices, routine) = (state::get::<Flow>(), state::get::<Notices>(), Routine::get());
    let failed = move || match save_state(flow) {
        Some(Save::Failed { record, error }) => Some((record, error)),
        _ => None,
    };
    let export = move |_| {
        let Some((record, _)) = failed() else { return };
        let name = format!("deskbreak-break-{}.json", record.local_date);
        if let Err(e) = crate::ui::download(&name, &persist::export_one(&record)) {
            notices.error(format!("Export failed: {e}"));
        }
    };
    move || {
        failed().map(|(_, error)| {
            let hint = match error {
                StoreError::QuotaExceeded(_) => {
                    "Export this one break to keep it, then save it again once there is room (or import the file later)."
                }
                _ => "Try saving it again in a moment — or export this one break and import it later.",
            };
            view! {
                <div class="not-saved" role="alert">
                    <p>"This break isn't counted yet: it couldn't be saved. " {error.to_string()}</p>
                    <p>{hint}</p>
                    <div class="actions">
                        <button class="start" on:click=move |_| routine.save_completed()>"Save this break again"</button>
                        <button class="secondary" on:click=export>"Export this break"</button>
                    </div>
                </div>
            }
        })
    }
}
