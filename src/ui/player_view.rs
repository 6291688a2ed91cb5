//! The guided routine: one exercise at a time, with a countdown computed from timestamps.
//!
//! gloo-timers only ticks the view; the remaining time always comes from the player's
//! timestamps, so a throttled background tab lands on the right step when it wakes.

use deskbreak_browser::now;
use deskbreak_catalog::locale;
use deskbreak_core::pack::Pack;
use deskbreak_core::player::{Player, PlayerEvent};
use deskbreak_core::record::BreakKind;
use gloo_timers::callback::Interval;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{m, t, tf, Arg};
use crate::routine::Routine;
use crate::state::{self, Flow, ScreenKind, SettingsDialog, Stored};
use crate::ui::player_figure::PlayerFigure;
use crate::ui::safety_box::SafetyBox;
use crate::wording::{format_clock_ms, format_duration_ms};

/// A routine opened from the nudge skipped the pack card: on its first step, the pack's cautions
/// and the general health notice are shown here, so they still come before the moves do.
#[component]
fn NudgeCautions() -> impl IntoView {
    let flow = state::get::<Flow>();
    let first_step_from_nudge =
        move || flow.session(|s| s.from_nudge && s.player.progress().0 == 1).unwrap_or(false);
    let stored = state::get::<Stored>();
    let pack = Signal::derive(move || flow.session(|s| stored.pack(&s.pack_id)).flatten());
    view! {
        <Show when=first_step_from_nudge>
            <SafetyBox pack ids=("player-safety-title", "player-health-title") />
        </Show>
    }
}

/// The player's own clock, and the one way the view sends the player its events.
#[derive(Clone, Copy)]
struct Controls {
    flow: Flow,
    routine: Routine,
    /// What the countdown and the time left are computed from. It moves only when the second
    /// shown changes, so a tick between two seconds touches nothing.
    clock_ms: RwSignal<i64>,
}

impl Controls {
    fn send(&self, event: PlayerEvent) {
        let t = now().utc_ms;
        self.routine.send(event, t);
        self.clock_ms.set(t);
    }

    /// Every 250 ms: moves the player on when its step ran out, and the clock when the second
    /// shown changes.
    fn tick(&self) {
        let t = now().utc_ms;
        let due = self.flow.session_untracked(|s| s.player.step_remaining_ms(t) == 0).unwrap_or(false);
        if due {
            self.routine.send(PlayerEvent::Tick, t);
        }
        let second = |ms: i64| self.flow.session_untracked(|s| s.player.step_remaining_ms(ms) / 1000 + 1);
        if due || second(t) != second(self.clock_ms.get_untracked()) {
            self.clock_ms.set(t);
        }
    }

    /// A value of the player at the clock's time. Reactive.
    fn with<T: Default>(&self, f: impl Fn(&Player, i64) -> T) -> T {
        let t = self.clock_ms.get();
        self.flow.session(|s| f(&s.player, t)).unwrap_or_default()
    }

    /// Ticks while the view lives. The interval is not Send, so it lives in local storage;
    /// cleanup drops it.
    fn run(self) {
        let ticker = StoredValue::new_local(Some(Interval::new(250, move || self.tick())));
        on_cleanup(move || ticker.update_value(|t| drop(t.take())));
    }

    /// Space pauses, ← and → step, Esc ends: while the player shows and Settings is closed.
    fn listen_to_keys(self) {
        let settings_open = state::get::<SettingsDialog>().0;
        let keys = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
            if self.flow.kind_untracked() != ScreenKind::Player || settings_open.get_untracked() {
                return;
            }
            let on_control =
                ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| {
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
            self.send(event);
        });
        on_cleanup(move || keys.remove());
    }
}

/// The pack's title, and "Quick move ·" before it for a quick move, in the active language.
fn eyebrow(pack: Option<&Pack>, kind: Option<BreakKind>) -> String {
    let title = pack.map(|p| locale::pack(p).title.as_str()).unwrap_or_default();
    match kind {
        Some(BreakKind::Quick) => tf("player-quick-eyebrow", &[("pack", Arg::Str(title))]),
        _ => title.to_string(),
    }
}

#[component]
pub fn PlayerView() -> impl IntoView {
    let flow = state::get::<Flow>();
    let controls = Controls { flow, routine: Routine::get(), clock_ms: RwSignal::new(now().utc_ms) };
    controls.run();
    controls.listen_to_keys();

    let catalog = deskbreak_catalog::catalog();
    let stored = state::get::<Stored>();
    let pack = move || flow.session(|s| stored.pack(&s.pack_id)).flatten();
    let step = move || flow.session(|s| s.player.current().cloned()).flatten();
    // The exercise as the active language shows it (the step names it by its English name).
    let exercise = move || step().and_then(|st| catalog.exercise(&st.name)).map(locale::exercise);
    let paused = move || flow.session(|s| s.player.is_paused()).unwrap_or(false);
    let countdown = move || controls.with(|p, t| format_clock_ms(p.step_remaining_ms(t)));
    let side = move || step().and_then(|s| s.side).map(|s| s.label_in(m()));

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
            <p class="eyebrow">{move || eyebrow(pack(), flow.session(|s| s.kind))}</p>
            <PlayerProgress controls />
            <h1 id="exercise-title" tabindex="-1" node_ref=heading>
                {move || step().map(|s| locale::exercise_name(&s.name).to_string()).unwrap_or_default()}
            </h1>
            <p class="position">
                {move || exercise().map(|e| e.position.label_in(m())).unwrap_or_default()}
                {move || side().map(|s| view! { <span class="side">" · " {s}</span> })}
            </p>
            <p class="countdown" role="timer" aria-label=t("player-time-left-label")>
                {countdown}
            </p>
            <Show when=paused>
                <p class="paused-note">{t("player-paused")}</p>
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
            <PlayerControls controls paused=Signal::derive(paused) />
            <StepAnnouncement />
        </section>
    }
}

/// "3 of 16 · 7 min left", and the bar.
#[component]
fn PlayerProgress(controls: Controls) -> impl IntoView {
    let progress = move || {
        controls.with(|p, t| {
            let (i, n) = p.exercise_progress();
            let time = format_duration_ms(p.total_remaining_ms(t));
            tf("player-progress", &[("index", i.into()), ("count", n.into()), ("time", Arg::Str(&time))])
        })
    };
    let fraction = move || {
        let (i, n) = controls.with(|p, _| p.progress());
        // Per mille, as an integer: no float formatting in the wasm.
        (i.saturating_sub(1) * 1000 / n.max(1)) as u32
    };
    view! {
        <div class="progress-row">
            <p class="progress-text">{progress}</p>
            <progress max="1000" value=fraction aria-label=t("player-progress-label")></progress>
        </div>
    }
}

#[component]
fn PlayerControls(controls: Controls, paused: Signal<bool>) -> impl IntoView {
    let send = move |event: PlayerEvent| move |_| controls.send(event);
    view! {
        <div class="controls">
            <button class="secondary" on:click=send(PlayerEvent::Previous)>{t("player-previous")}</button>
            <button class="start" on:click=send(PlayerEvent::TogglePause)>
                {move || t(if paused.get() { "player-resume" } else { "player-pause" })}
            </button>
            <button class="secondary" on:click=send(PlayerEvent::Next)>{t("player-next")}</button>
            <button class="link-button" on:click=send(PlayerEvent::End)>{t("player-end")}</button>
        </div>
        <p class="keys-hint">{t("player-keys")}</p>
    }
}

/// Announced once per step: the live region's text changes only when the step does.
#[component]
fn StepAnnouncement() -> impl IntoView {
    let flow = state::get::<Flow>();
    let announcement = Memo::new(move |_| {
        flow.session(|x| {
            let s = x.player.current()?;
            let (i, n) = x.player.exercise_progress();
            let name = locale::exercise_name(&s.name);
            let mut args = vec![("index", Arg::from(i)), ("count", n.into()), ("name", Arg::Str(name))];
            let side = s.side.map(|side| side.label_in(m()));
            Some(match &side {
                Some(side) => {
                    args.push(("side", Arg::Str(side)));
                    tf("player-announce-side", &args)
                }
                None => tf("player-announce", &args),
            })
        })
        .flatten()
    });
    view! {
        <p class="sr-only" aria-live="polite" aria-atomic="true">
            {move || announcement.get().unwrap_or_default()}
        </p>
    }
}
