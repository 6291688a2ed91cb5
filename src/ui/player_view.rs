//! The guided routine: one exercise at a time, with a countdown computed from timestamps.
//!
//! gloo-timers only ticks the view; the remaining time always comes from the player's
//! timestamps, so a throttled background tab lands on the right step when it wakes.

use deskbreak_browser::now;
use deskbreak_core::player::{plan, Player, PlayerEffect, PlayerEvent};
use gloo_timers::callback::Interval;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::persist;
use crate::state::{use_app, AppState, Completed, Save, Screen, Session};
use crate::ui::player_figure::PlayerFigure;
use crate::ui::safety_box::SafetyBox;
use crate::ui::{format_clock_ms, format_duration_ms};

/// Starts the routine of a pack from the New Tab (the Start button, the banner).
pub fn start_routine(state: AppState, pack_id: &str) {
    start(state, pack_id, false);
}

/// Starts the routine a nudge opened: the user has not seen the pack card's cautions.
pub fn start_routine_from_nudge(state: AppState, pack_id: &str) {
    start(state, pack_id, true);
}

fn start(state: AppState, pack_id: &str, from_nudge: bool) {
    let Some(pack) = state.catalog().pack(pack_id) else { return };
    let t = now();
    state.now.set(t);
    let player = Player::new(plan(state.catalog(), pack), t.utc_ms);
    state.session.set(Some(Session {
        pack_id: pack.id.clone(),
        player,
        checkin_before: state.checkin_before.get_untracked(),
        from_nudge,
    }));
    state.completed.set(None);
    state.screen.set(Screen::Player);
}

/// Feeds one event to the player and carries out its effects.
fn send(state: AppState, event: PlayerEvent) {
    let t = now();
    state.now.set(t);
    let mut effects = Vec::new();
    state.session.update(|s| {
        if let Some(s) = s {
            effects = s.player.on(event, t.utc_ms);
        }
    });
    for effect in effects {
        match effect {
            PlayerEffect::StepStarted { .. } => {
                if state.settings.with_untracked(|s| s.sound) {
                    crate::sound::cue();
                }
            }
            PlayerEffect::Finished(outcome) => finish(state, outcome),
        }
    }
}

fn finish(state: AppState, outcome: deskbreak_core::player::Outcome) {
    let Some(session) = state.session.get_untracked() else { return };
    state.session.set(None);
    state.checkin_before.set(None);
    let save = if outcome.counts {
        let area = state.catalog().pack(&session.pack_id).map(|p| p.checkin_area());
        Save::Saving(persist::new_record(&session.pack_id, area, &outcome, session.checkin_before))
    } else {
        Save::NotCounted
    };
    state.completed.set(Some(Completed { pack_id: session.pack_id.clone(), outcome, save }));
    state.screen.set(Screen::Done);
    save_completed(state);
}

/// Saves (or saves again) the completed break, and shows what storage did.
pub fn save_completed(state: AppState) {
    let record = state.completed.with_untracked(|c| match c.as_ref().map(|c| &c.save) {
        Some(Save::Saving(r) | Save::Failed { record: r, .. }) => Some(r.clone()),
        _ => None,
    });
    let Some(record) = record else { return };
    state.completed.update(|c| {
        if let Some(c) = c {
            c.save = Save::Saving(record.clone());
        }
    });
    spawn_local(async move {
        let save = match persist::save_record(state, record.clone()).await {
            Ok(saved) => Save::Saved(saved),
            Err(error) => Save::Failed { record, error },
        };
        state.completed.update(|c| {
            if let Some(c) = c {
                c.save = save;
            }
        });
    });
}

/// A routine opened from the nudge skipped the pack card: on its first step, the pack's cautions
/// and the general health notice are shown here, so they still come before the moves do.
#[component]
fn NudgeCautions() -> impl IntoView {
    let state = use_app();
    let first_step_from_nudge = move || {
        state.session.with(|s| s.as_ref().is_some_and(|s| s.from_nudge && s.player.progress().0 == 1))
    };
    let pack = Signal::derive(move || {
        state.session.with(|s| s.as_ref().and_then(|s| state.catalog().pack(&s.pack_id)))
    });
    view! {
        <Show when=first_step_from_nudge>
            <SafetyBox pack ids=("player-safety-title", "player-health-title") />
        </Show>
    }
}

#[component]
pub fn PlayerView() -> impl IntoView {
    let state = use_app();
    // The interval is not Send, so it lives in local storage; cleanup drops it.
    let ticker = StoredValue::new_local(Some(Interval::new(250, move || send(state, PlayerEvent::Tick))));
    on_cleanup(move || ticker.update_value(|t| drop(t.take())));

    let keys = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        if state.screen.get_untracked() != Screen::Player || state.settings_open.get_untracked() {
            return;
        }
        let on_control = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| {
            matches!(el.tag_name().as_str(), "BUTTON" | "A" | "INPUT" | "SELECT" | "SUMMARY")
        });
        let event = match ev.key().as_str() {
            // On a focused button, Space already presses that button.
            " " if !on_control => PlayerEvent::TogglePause,
            "ArrowRight" => PlayerEvent::Next,
            "ArrowLeft" => PlayerEvent::Previous,
            "Escape" => PlayerEvent::End,
            _ => return,
        };
        ev.prevent_default();
        send(state, event);
    });
    on_cleanup(move || keys.remove());

    let with = move |f: &dyn Fn(&Player, i64) -> String| {
        let t = state.now.get().utc_ms;
        state.session.with(|s| s.as_ref().map(|s| f(&s.player, t)).unwrap_or_default())
    };
    let pack = move || state.session.with(|s| s.as_ref().and_then(|s| state.catalog().pack(&s.pack_id)));
    let step = move || state.session.with(|s| s.as_ref().and_then(|s| s.player.current().cloned()));
    let exercise = move || step().and_then(|st| state.catalog().exercise(&st.name));
    let paused = move || state.session.with(|s| s.as_ref().is_some_and(|s| s.player.is_paused()));

    let progress = move || {
        with(&|p, t| {
            let (i, n) = p.exercise_progress();
            format!("{i} of {n} · {} left", format_duration_ms(p.total_remaining_ms(t)))
        })
    };
    let fraction = move || {
        state.session.with(|s| {
            s.as_ref()
                .map(|s| {
                    let (i, n) = s.player.progress();
                    // Per mille, as an integer: no float formatting in the wasm.
                    (i.saturating_sub(1) * 1000 / n.max(1)) as u32
                })
                .unwrap_or(0)
        })
    };
    let countdown = move || with(&|p, t| format_clock_ms(p.step_remaining_ms(t)));
    let side = move || step().and_then(|s| s.side).map(|s| s.label());
    // Announced once per step: the live region's text changes only when the step does.
    let announcement = Memo::new(move |_| {
        let s = step()?;
        let (i, n) = state.session.with(|x| x.as_ref().map(|x| x.player.exercise_progress()))?;
        let side = s.side.map(|x| format!(", {}", x.label())).unwrap_or_default();
        Some(format!("Exercise {i} of {n}: {}{side}", s.name))
    });

    // Start removed the button that had focus: move it to the exercise, so keyboard and screen
    // reader users land on the player (and Space there pauses, not presses a button).
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });

    view! {
        <section class="player card" aria-labelledby="exercise-title">
            <p class="eyebrow">{move || pack().map(|p| p.title.clone()).unwrap_or_default()}</p>
            <div class="progress-row">
                <p class="progress-text">{progress}</p>
                <progress max="1000" value=fraction aria-label="Routine progress"></progress>
            </div>
            <h1 id="exercise-title" tabindex="-1" node_ref=heading>{move || step().map(|s| s.name).unwrap_or_default()}</h1>
            <p class="position">
                {move || exercise().map(|e| e.position.label().to_string()).unwrap_or_default()}
                {move || side().map(|s| view! { <span class="side">" · " {s}</span> })}
            </p>
            <p class="countdown" role="timer" aria-label="Time left in this exercise">
                {countdown}
            </p>
            <Show when=paused>
                <p class="paused-note">"Paused"</p>
            </Show>
            <PlayerFigure />
            <NudgeCautions />
            <ol class="steps">
                {move || {
                    exercise()
                        .map(|e| e.steps.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view())
                }}
            </ol>
            <p class="cue">{move || exercise().map(|e| e.cue.clone()).unwrap_or_default()}</p>
            <div class="controls">
                <button class="secondary" on:click=move |_| send(state, PlayerEvent::Previous)>
                    "Previous"
                </button>
                <button class="start" on:click=move |_| send(state, PlayerEvent::TogglePause)>
                    {move || if paused() { "Resume" } else { "Pause" }}
                </button>
                <button class="secondary" on:click=move |_| send(state, PlayerEvent::Next)>
                    "Next"
                </button>
                <button class="link-button" on:click=move |_| send(state, PlayerEvent::End)>
                    "End routine"
                </button>
            </div>
            <p class="keys-hint">"Keys: Space pause · ← previous · → next · Esc end"</p>
            <p class="sr-only" aria-live="polite" aria-atomic="true">
                {move || announcement.get().unwrap_or_default()}
            </p>
        </section>
    }
}
