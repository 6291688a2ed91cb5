//! The guided routine: one exercise at a time, with a countdown computed from timestamps.
//!
//! gloo-timers only ticks the view; the remaining time always comes from the player's
//! timestamps, so a throttled background tab lands on the right step when it wakes.

use deskbreak_browser::now;
use deskbreak_core::player::{Player, PlayerEvent};
use gloo_timers::callback::Interval;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::routine::Routine;
use crate::state::{self, Flow, ScreenKind, SettingsDialog};
use crate::ui::player_figure::PlayerFigure;
use crate::ui::safety_box::SafetyBox;
use crate::ui::{format_clock_ms, format_duration_ms};

/// A routine opened from the nudge skipped the pack card: on its first step, the pack's cautions
/// and the general health notice are shown here, so they still come before the moves do.
#[component]
fn NudgeCautions() -> impl IntoView {
    let flow = state::get::<Flow>();
    let first_step_from_nudge =
        move || flow.session(|s| s.from_nudge && s.player.progress().0 == 1).unwrap_or(false);
    let pack =
        Signal::derive(move || flow.session(|s| deskbreak_catalog::catalog().pack(&s.pack_id)).flatten());
    view! {
        <Show when=first_step_from_nudge>
            <SafetyBox pack ids=("player-safety-title", "player-health-title") />
        </Show>
    }
}

#[component]
pub fn PlayerView() -> impl IntoView {
    let (flow, routine) = (state::get::<Flow>(), Routine::get());
    let settings_open = state::get::<SettingsDialog>().0;
    // The player's own clock: what the countdown and the time left are computed from. It moves
    // only when the second shown changes, so a tick between two seconds touches nothing.
    let clock_ms = RwSignal::new(now().utc_ms);
    let tick = move || {
        let t = now().utc_ms;
        let due = flow.session_untracked(|s| s.player.step_remaining_ms(t) == 0).unwrap_or(false);
        if due {
            routine.send(PlayerEvent::Tick, t);
        }
        let second = |ms: i64| flow.session_untracked(|s| s.player.step_remaining_ms(ms) / 1000 + 1);
        if due || second(t) != second(clock_ms.get_untracked()) {
            clock_ms.set(t);
        }
    };
    let send = move |event: PlayerEvent| {
        let t = now().utc_ms;
        routine.send(event, t);
        clock_ms.set(t);
    };
    // The interval is not Send, so it lives in local storage; cleanup drops it.
    let ticker = StoredValue::new_local(Some(Interval::new(250, tick)));
    on_cleanup(move || ticker.update_value(|t| drop(t.take())));

    let keys = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        if flow.kind_untracked() != ScreenKind::Player || settings_open.get_untracked() {
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
        send(event);
    });
    on_cleanup(move || keys.remove());

    let catalog = deskbreak_catalog::catalog();
    let with = move |f: &dyn Fn(&Player, i64) -> String| {
        let t = clock_ms.get();
        flow.session(|s| f(&s.player, t)).unwrap_or_default()
    };
    let pack = move || flow.session(|s| catalog.pack(&s.pack_id)).flatten();
    let step = move || flow.session(|s| s.player.current().cloned()).flatten();
    let exercise = move || step().and_then(|st| catalog.exercise(&st.name));
    let paused = move || flow.session(|s| s.player.is_paused()).unwrap_or(false);

    let progress = move || {
        with(&|p, t| {
            let (i, n) = p.exercise_progress();
            format!("{i} of {n} · {} left", format_duration_ms(p.total_remaining_ms(t)))
        })
    };
    let fraction = move || {
        flow.session(|s| {
            let (i, n) = s.player.progress();
            // Per mille, as an integer: no float formatting in the wasm.
            (i.saturating_sub(1) * 1000 / n.max(1)) as u32
        })
        .unwrap_or(0)
    };
    let countdown = move || with(&|p, t| format_clock_ms(p.step_remaining_ms(t)));
    let side = move || step().and_then(|s| s.side).map(|s| s.label());
    // Announced once per step: the live region's text changes only when the step does.
    let announcement = Memo::new(move |_| {
        let s = step()?;
        let (i, n) = flow.session(|x| x.player.exercise_progress())?;
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
                <button class="secondary" on:click=move |_| send(PlayerEvent::Previous)>
                    "Previous"
                </button>
                <button class="start" on:click=move |_| send(PlayerEvent::TogglePause)>
                    {move || if paused() { "Resume" } else { "Pause" }}
                </button>
                <button class="secondary" on:click=move |_| send(PlayerEvent::Next)>
                    "Next"
                </button>
                <button class="link-button" on:click=move |_| send(PlayerEvent::End)>
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
