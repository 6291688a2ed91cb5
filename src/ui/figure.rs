//! A figure doing an exercise: the core's shapes drawn as an SVG pictogram in the theme's
//! colours (see `style/figure.css`). It only draws the pose it is given; timing is the core's.
//! The shapes go in as one markup string per pose: far less wasm than a view per shape.

use std::fmt::Write as _;

use deskbreak_core::figure::kinematics::{draw, view_box, Point, Shape, Tone};
use deskbreak_core::figure::{Figure, Pose};
use leptos::prelude::*;

/// The gap drawn around a limb that crosses the body, so the two read apart.
const HALO: f32 = 3.0;

/// Coordinates in tenths of a unit, as integers: no float formatting in the wasm.
fn tenths(v: f32) -> i32 {
    (v * 10.0).round() as i32
}

fn line(out: &mut String, class: &str, pts: &[Point], width: f32) {
    let _ = write!(out, r#"<polyline class="{class}" stroke-width="{}" points=""#, tenths(width));
    for p in pts {
        let _ = write!(out, "{},{} ", tenths(p.x), tenths(p.y));
    }
    out.push_str(r#""/>"#);
}

fn circle(out: &mut String, class: &str, centre: Point, radius: f32) {
    let (x, y, r) = (tenths(centre.x), tenths(centre.y), tenths(radius));
    let _ = write!(out, r#"<circle class="{class}" cx="{x}" cy="{y}" r="{r}"/>"#);
}

/// The SVG markup of one pose. Only numbers and fixed class names go in, never text.
fn markup(figure: &Figure, pose: &Pose) -> String {
    let mut out = String::with_capacity(4096);
    for shape in draw(figure, pose) {
        match shape {
            Shape::Prop { points } => line(&mut out, "fig-prop", &points, 2.0),
            Shape::Limb { points, tone, cut, width } => {
                if cut {
                    line(&mut out, "fig-halo", &points, width + HALO);
                }
                line(&mut out, if tone == Tone::Far { "fig-far" } else { "fig-near" }, &points, width);
            }
            Shape::Head { centre, radius } => {
                circle(&mut out, "fig-head-halo", centre, radius + HALO / 2.0);
                circle(&mut out, "fig-head", centre, radius);
            }
            Shape::Eye { at, closed: false, radius } => circle(&mut out, "fig-eye", at, radius),
            Shape::Eye { at, closed: true, .. } => {
                let ends = [Point { x: at.x - 1.5, y: at.y }, Point { x: at.x + 1.5, y: at.y }];
                line(&mut out, "fig-lid", &ends, 1.2);
            }
            Shape::Sight { from, to } => line(&mut out, "fig-sight", &[from, to], 1.5),
            Shape::Mark { points } => line(&mut out, "fig-mark", &points, 1.8),
            Shape::Inset { centre, radius } => circle(&mut out, "fig-inset", centre, radius),
        }
    }
    out
}

/// An exercise's figure in `pose`, as an image named `label` for assistive technology.
#[component]
pub fn FigureView(figure: &'static Figure, pose: RwSignal<Pose>, label: String) -> impl IntoView {
    let [x, y, w, h] = view_box(figure);
    let view_box = format!("{} {} {} {}", tenths(x), tenths(y), tenths(w), tenths(h));
    view! {
        <svg
            class="figure"
            viewBox=view_box
            role="img"
            aria-label=label
            inner_html=move || pose.with(|pose| markup(figure, pose))
        ></svg>
    }
}

/// "Chin Tucks: Glide your head straight back…": the name and what the move does, from the
/// library entry's action step (the first one only sets up), in the active language.
pub fn figure_label(exercise: &deskbreak_core::pack::Exercise) -> String {
    use crate::i18n::{tf, Arg};
    let shown = deskbreak_catalog::locale::exercise(exercise);
    let action = shown.steps.get(1).or(shown.steps.first()).map(String::as_str).unwrap_or_default();
    tf("figure-label", &[("name", Arg::Str(&shown.name)), ("action", Arg::Str(action))])
}
