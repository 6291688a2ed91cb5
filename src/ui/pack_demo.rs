//! The pack's demo in its card: a 30-second loop of the pack's moves in order, each captioned
//! with its name; a per-side move shows its left side, then its right, in its turn. It mounts
//! only when asked, can be paused and closed, and under reduced motion shows one still key
//! pose per move instead of moving.

use deskbreak_catalog::locale;
use deskbreak_core::figure::motion::{demo_at, demo_side};
use deskbreak_core::figure::Figure;
use deskbreak_core::pack::{Exercise, Pack};
use leptos::prelude::*;

use crate::i18n::{t, tf, Arg};
use crate::motion::{now_ms, prefers_reduced_motion, FrameLoop};
use crate::ui::figure::{figure_label, FigureView};

/// The pack's moves that have a figure, in order.
fn moves(pack: &'static Pack) -> Vec<(&'static Exercise, &'static Figure)> {
    let catalog = deskbreak_catalog::catalog();
    catalog.exercises_of(pack).filter_map(|e| Some((e, deskbreak_catalog::figure(&e.name, false)?))).collect()
}

/// A move's figure on one side: a per-side move's right side is its mirror image.
fn sided(exercise: &Exercise, left: &'static Figure, right: bool) -> &'static Figure {
    right.then(|| deskbreak_catalog::figure(&exercise.name, true)).flatten().unwrap_or(left)
}

#[component]
pub fn PackDemo(pack: &'static Pack, open: RwSignal<bool>) -> impl IntoView {
    let moves = moves(pack);
    let body =
        if prefers_reduced_motion() { still_demo(moves).into_any() } else { moving_demo(moves).into_any() };
    let label = tf("demo-label", &[("pack", Arg::Str(&locale::pack(pack).title))]);
    view! {
        <section class="pack-demo" aria-label=label>
            {body}
            <button class="secondary demo-close" on:click=move |_| open.set(false)>{t("demo-close")}</button>
        </section>
    }
}

/// One still key pose per move, all at once: nothing moves.
fn still_demo(moves: Vec<(&'static Exercise, &'static Figure)>) -> impl IntoView {
    let items = moves
        .into_iter()
        .map(|(exercise, figure)| {
            let pose = RwSignal::new(*figure.still());
            view! {
                <li>
                    <FigureView figure pose label=figure_label(exercise) />
                    <span class="demo-caption">{locale::exercise_name(&exercise.name).to_string()}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="demo-stills">{items}</ol> }
}

fn moving_demo(moves: Vec<(&'static Exercise, &'static Figure)>) -> impl IntoView {
    let count = moves.len();
    let Some(&(_, first)) = moves.first() else { return ().into_any() };
    // Demo time, the move on stage and its side (`2 × index + right`), and its pose: set by
    // the frame loop while playing.
    let shown_ms = RwSignal::new(0usize);
    let index = RwSignal::new(0usize);
    let pose = RwSignal::new(first.pose_at(0));
    let playing = moves.clone();
    let tick = move || {
        let moves = playing.clone();
        let mut last = now_ms();
        move || {
            let t = now_ms();
            let at = shown_ms.get_untracked() + t.saturating_sub(last) as usize;
            last = t;
            shown_ms.set(at);
            if let Some((slot, into)) = demo_at(count, at as u64) {
                let (exercise, left) = moves[slot.index];
                let (right, into) = demo_side(&slot, into, exercise.per_side);
                let on_stage = 2 * slot.index + usize::from(right);
                if index.get_untracked() != on_stage {
                    index.set(on_stage);
                }
                pose.set(sided(exercise, left, right).pose_at(into));
            }
        }
    };
    let frames = StoredValue::new_local(Some(FrameLoop::start(tick())));
    on_cleanup(move || frames.set_value(None));
    let paused = RwSignal::new(false);
    let toggle = move |_| {
        paused.update(|p| *p = !*p);
        frames.set_value((!paused.get_untracked()).then(|| FrameLoop::start(tick())));
    };
    let on_stage = move || {
        let (i, right) = (index.get() / 2, index.get_untracked() % 2 == 1);
        let (exercise, left) = moves[i];
        let place = [("index", Arg::from(i + 1)), ("count", count.into())];
        let caption = match (exercise.per_side, right) {
            (false, _) => tf("demo-count", &place),
            (true, right) => {
                let side = Arg::Str(if right { "right" } else { "left" });
                tf("demo-count-side", &[("side", side), place[0], place[1]])
            }
        };
        view! {
            <FigureView figure=sided(exercise, left, right) pose label=figure_label(exercise) />
            <p class="demo-caption">
                <span class="demo-name">{locale::exercise_name(&exercise.name).to_string()}</span>
                <span class="demo-count">{caption}</span>
            </p>
        }
    };
    view! {
        <div class="demo-stage">{on_stage}</div>
        <button class="secondary" aria-pressed=move || paused.get().to_string() on:click=toggle>
            {t("demo-pause")}
        </button>
    }
    .into_any()
}
