//! The current exercise's figure above the player's steps, moving in step with the countdown.
//!
//! Its time is the time the step has run (the player's own clock), so it freezes with Pause,
//! restarts with Previous and Next, and lands on the right pose after a throttled tab wakes.
//! The frame loop runs only while the routine does; with reduced motion it shows the still pose.

use deskbreak_browser::now;
use deskbreak_core::figure::Figure;
use deskbreak_core::player::Side;
use leptos::prelude::*;

use crate::motion::{prefers_reduced_motion, FrameLoop};
use crate::state::{self, Flow};
use crate::ui::figure::{figure_label, FigureView};

/// Milliseconds the current step has run, paused time excluded.
fn step_elapsed_ms(flow: Flow) -> u64 {
    let t = now().utc_ms;
    flow.session_untracked(|s| {
        s.player.current().map(|step| step.duration_ms - s.player.step_remaining_ms(t))
    })
    .flatten()
    .map_or(0, |ms| ms.max(0) as u64)
}

#[component]
pub fn PlayerFigure() -> impl IntoView {
    let flow = state::get::<Flow>();
    // The step's position in the routine: the figure changes only when the step does.
    let index = Memo::new(move |_| flow.session(|s| s.player.progress().0).unwrap_or(0));
    move || {
        let _ = index.get();
        let (figure, label) = flow
            .session_untracked(|s| {
                let step = s.player.current()?;
                let figure = deskbreak_catalog::figure(&step.name, step.side == Some(Side::Right))?;
                let label = deskbreak_catalog::catalog().exercise(&step.name).map(figure_label);
                Some((figure, label.unwrap_or_default()))
            })
            .flatten()?;
        Some(view! { <MovingFigure figure label /> })
    }
}

#[component]
fn MovingFigure(figure: &'static Figure, label: String) -> impl IntoView {
    let flow = state::get::<Flow>();
    let reduced = prefers_reduced_motion();
    let pose = RwSignal::new(if reduced { *figure.still() } else { figure.pose_at(step_elapsed_ms(flow)) });
    let running = Memo::new(move |_| flow.session(|s| !s.player.is_paused()).unwrap_or(false));
    let frames = StoredValue::new_local(None::<FrameLoop>);
    Effect::new(move |_| {
        let run = running.get() && !reduced;
        frames.set_value(
            run.then(|| FrameLoop::start(move || pose.set(figure.pose_at(step_elapsed_ms(flow))))),
        );
    });
    on_cleanup(move || frames.set_value(None));
    view! {
        <div class="player-figure">
            <FigureView figure pose label />
        </div>
    }
}
