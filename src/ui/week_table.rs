//! The week's breaks and sitting, one row a day: full packs, quick moves and the longest
//! sitting stretch ("no data" for a day the worker kept no summary of, never zero).

use chrono::Datelike;
use deskbreak_core::clock::{MONTHS, WEEKDAYS};
use deskbreak_core::week::{Week, WeekDay};
use leptos::prelude::*;

use crate::wording::format_duration_ms;

/// "Thu 26 Mar", or "Today".
fn day_name(day: &WeekDay, today: bool) -> String {
    if today {
        return "Today".to_string();
    }
    let weekday = WEEKDAYS[day.date.weekday().num_days_from_monday() as usize];
    format!("{weekday} {} {}", day.date.day(), MONTHS[day.date.month0() as usize])
}

fn longest(day: &WeekDay) -> String {
    match day.longest_stretch_min {
        None => "no data".to_string(),
        Some(0) => "under 1 min".to_string(),
        Some(m) => format_duration_ms(i64::from(m) * 60_000),
    }
}

fn row(day: &WeekDay, today: bool) -> impl IntoView {
    view! {
        <tr class:today=today>
            <th scope="row">{day_name(day, today)}</th>
            <td>{day.full}</td>
            <td>{day.quick}</td>
            <td class:no-data=day.longest_stretch_min.is_none()>{longest(day)}</td>
        </tr>
    }
}

#[component]
pub fn WeekTable(week: Week) -> impl IntoView {
    let last = week.days.len().saturating_sub(1);
    let rows = week.days.iter().enumerate().map(|(i, d)| row(d, i == last)).collect_view();
    view! {
        <table class="week-table">
            <caption>"Breaks and sitting per day"</caption>
            <thead>
                <tr>
                    <th scope="col">"Day"</th>
                    <th scope="col">"Full"</th>
                    <th scope="col">"Quick"</th>
                    <th scope="col">"Longest sitting"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
