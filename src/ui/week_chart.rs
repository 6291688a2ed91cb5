//! The minutes moved on each of the last seven days, as a bar chart drawn in SVG: each bar with
//! its value above it and its weekday under it, in the theme's colours. Screen readers get the
//! chart's name and one sentence listing every day's minutes.

use std::fmt::Write as _;

use chrono::Datelike;
use deskbreak_core::clock::weekday_short;
use deskbreak_core::week::{Week, WeekDay};
use leptos::prelude::*;

use crate::i18n::{m, t};

/// The drawing's size in its own units; it scales to the panel's width.
const WIDTH: u32 = 280;
const HEIGHT: u32 = 150;
/// Room above the tallest bar for its value, and under the baseline for the weekday.
const TOP: u32 = 18;
const BASELINE: u32 = HEIGHT - 22;
const SLOT: u32 = WIDTH / 7;
const BAR: u32 = 24;

/// Text for the markup: the language's words for the weekdays are not stored text, but they are
/// not this file's constants either.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// One day's bar, its value above it and its weekday under it. Only numbers, fixed class names
/// and the language's (escaped) weekday names go in, never stored text.
fn bar(out: &mut String, i: u32, day: &WeekDay, top: u32, today: bool) {
    let plot = BASELINE - TOP;
    let height = (day.minutes_moved * plot).div_ceil(top.max(1)).min(plot);
    let (x, y) = (i * SLOT + (SLOT - BAR) / 2, BASELINE - height);
    let centre = i * SLOT + SLOT / 2;
    let (class, label) = if today {
        ("week-day today", t("week-today"))
    } else {
        ("week-day", weekday_short(m(), day.date.weekday().num_days_from_monday() as usize))
    };
    let label = escape(&label);
    let _ = write!(
        out,
        r#"<g class="{class}"><rect class="week-bar" x="{x}" y="{y}" width="{BAR}" height="{height}" rx="3"/><text class="week-value" x="{centre}" y="{}" text-anchor="middle">{}</text><text class="week-label" x="{centre}" y="{}" text-anchor="middle">{label}</text></g>"#,
        y - 5,
        day.minutes_moved,
        HEIGHT - 6,
    );
}

/// The chart's inner markup: the baseline, then a bar per day, oldest first. One string rather
/// than a view per shape, as the figures do: far less wasm.
fn markup(week: &Week) -> String {
    let mut out = String::with_capacity(2048);
    let _ = write!(out, r#"<line class="week-axis" x1="0" x2="{WIDTH}" y1="{BASELINE}" y2="{BASELINE}"/>"#);
    let top = week.chart_top();
    let last = week.days.len().saturating_sub(1);
    for (i, day) in week.days.iter().enumerate() {
        bar(&mut out, i as u32, day, top, i == last);
    }
    out
}

#[component]
pub fn WeekChart(week: Week) -> impl IntoView {
    view! {
        <figure class="week-chart">
            <figcaption id="week-chart-title">{t("week-chart-title")}</figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby="week-chart-title"
                aria-describedby="week-chart-desc"
                inner_html=markup(&week)
            ></svg>
            <p id="week-chart-desc" class="sr-only" data-testid="week-chart-desc">{week.chart_description(m())}</p>
        </figure>
    }
}
