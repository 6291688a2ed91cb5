//! The minutes moved on each of the last seven days, as a bar chart drawn in SVG: each bar with
//! its value above it and its weekday under it, in the theme's colours. Screen readers get the
//! chart's name and one sentence listing every day's minutes.

use chrono::Datelike;
use deskbreak_core::clock::{format_day, WEEKDAYS};
use deskbreak_core::week::{Week, WeekDay};
use leptos::prelude::*;

/// The drawing's size in its own units; it scales to the panel's width.
const WIDTH: u32 = 280;
const HEIGHT: u32 = 150;
/// Room above the tallest bar for its value, and under the baseline for the weekday.
const TOP: u32 = 18;
const BASELINE: u32 = HEIGHT - 22;
const SLOT: u32 = WIDTH / 7;
const BAR: u32 = 24;

/// "Thu 26 Mar: 12 min; Fri 27 Mar: 0 min; …": every bar, for screen readers.
fn description(week: &Week) -> String {
    let days: Vec<String> = week
        .days
        .iter()
        .map(|d| {
            let date = format_day(d.date);
            let short = date.rsplit_once(' ').map_or(date.as_str(), |(day, _year)| day);
            format!("{short}: {} min", d.minutes_moved)
        })
        .collect();
    format!("{}. Total {} min.", days.join("; "), week.minutes_moved())
}

fn bar(i: u32, day: &WeekDay, top: u32, today: bool) -> impl IntoView {
    let plot = BASELINE - TOP;
    let height = (day.minutes_moved * plot).div_ceil(top.max(1)).min(plot);
    let x = i * SLOT + (SLOT - BAR) / 2;
    let centre = i * SLOT + SLOT / 2;
    let weekday = WEEKDAYS[day.date.weekday().num_days_from_monday() as usize];
    view! {
        <g class="week-day" class:today=today>
            <rect class="week-bar" x=x y=BASELINE - height width=BAR height=height rx=3></rect>
            <text class="week-value" x=centre y=BASELINE - height - 5 text-anchor="middle">
                {day.minutes_moved}
            </text>
            <text class="week-label" x=centre y=HEIGHT - 6 text-anchor="middle">
                {if today { "Today" } else { weekday }}
            </text>
        </g>
    }
}

#[component]
pub fn WeekChart(#[prop(into)] week: Signal<Week>) -> impl IntoView {
    let bars = move || {
        week.with(|w| {
            let top = w.chart_top();
            let last = w.days.len().saturating_sub(1);
            w.days.iter().enumerate().map(|(i, d)| bar(i as u32, d, top, i == last)).collect_view()
        })
    };
    view! {
        <figure class="week-chart">
            <figcaption id="week-chart-title">"Minutes moved per day"</figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby="week-chart-title"
                aria-describedby="week-chart-desc"
            >
                <line class="week-axis" x1=0 x2=WIDTH y1=BASELINE y2=BASELINE></line>
                {bars}
            </svg>
            <p id="week-chart-desc" class="sr-only" data-testid="week-chart-desc">
                {move || week.with(description)}
            </p>
        </figure>
    }
}
