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

use crate::i18n::{m, t, tf, Arg};
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
    let title = move || {
        t(match (save_state(flow), completed().is_some_and(|c| c.outcome.reached_end)) {
            (Some(Save::Saved(_)), _) => "done-saved",
            (Some(Save::Saving(_)), _) => "done-saving",
            (Some(Save::Failed { .. }), _) => "done-not-saved",
            (_, true) => "done-finished",
            _ => "done-ended",
        })
    };
    let verdict = move || {
        completed().and_then(|c| match c.save {
            Save::Saved(_) if c.kind == BreakKind::Quick => {
                let time = format_min_s(stored.streak().today.quick_s);
                Some(tf("done-quick-counts", &[("time", Arg::Str(&time))]))
            }
            Save::Saved(_) => Some(t("done-counts")),
            Save::NotCounted => {
                let moved = format_duration_ms(c.outcome.moved_ms);
                Some(tf("done-not-counted", &[("moved", Arg::Str(&moved))]))
            }
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
                Err(e) => {
                    let error = e.message_in(m());
                    notices.error(tf("error-checkin-not-saved", &[("error", Arg::Str(&error))]))
                }
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
            <p class="rule">{rule_text(m())}</p>
            <NotSaved />
            <Show when=move || save_state(flow).is_some_and(|s| s.saved().is_some())>
                <CheckIn area=area value=after on_pick=pick_after />
            </Show>
            <div class="actions">
                <button class="start" node_ref=back on:click=move |_| flow.go(Screen::Home)>
                    {t("done-back")}
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
        flow.completed(|c| {
            let (done, total) = (c.outcome.exercises_done, c.outcome.exercises_total);
            tf("done-exercises-count", &[("done", done.into()), ("total", total.into())])
        })
        .unwrap_or_default()
    };
    view! {
        <dl class="facts big">
            <div>
                <dt>{t("done-time-moved")}</dt>
                <dd>{moved}</dd>
            </div>
            <div>
                <dt>{t("done-exercises")}</dt>
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
            notices.error(tf("error-export", &[("error", Arg::Str(&e))]));
        }
    };
    move || {
        failed().map(|(_, error)| {
            let hint = t(match error {
                StoreError::QuotaExceeded(_) => "not-saved-hint-full",
                _ => "not-saved-hint",
            });
            let lead = tf("not-saved-lead", &[("error", Arg::Str(&error.message_in(m())))]);
            view! {
                <div class="not-saved" role="alert">
                    <p>{lead}</p>
                    <p>{hint}</p>
                    <div class="actions">
                        <button class="start" on:click=move |_| routine.save_completed()>{t("not-saved-retry")}</button>
                        <button class="secondary" on:click=export>{t("not-saved-export")}</button>
                    </div>
                </div>
            }
        })
    }
}
