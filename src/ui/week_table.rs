//! The week's breaks and sitting, one row a day: full packs, quick moves and the longest
//! sitting stretch ("no data" for a day the worker kept no summary of, never zero).

use deskbreak_core::text::duration_ms;
use deskbreak_core::week::{day_month, Week, WeekDay};
use leptos::prelude::*;

use crate::i18n::{m, t};

/// "Thu 26 Mar", or "Today".
fn day_name(day: &WeekDay, today: bool) -> String {
    if today {
        return t("week-today");
    }
    day_month(m(), day.date)
}

fn longest(day: &WeekDay) -> String {
    match day.longest_stretch_min {
        None => t("week-no-data"),
        Some(0) => t("week-under-a-minute"),
        Some(minutes) => duration_ms(m(), i64::from(minutes) * 60_000),
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
            <caption>{t("week-table-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("week-table-day")}</th>
                    <th scope="col">{t("week-table-full")}</th>
                    <th scope="col">{t("week-table-quick")}</th>
                    <th scope="col">{t("week-table-longest")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
