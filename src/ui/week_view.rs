//! "Your week", opened from the streak panel: the minutes moved per day, the breaks and the
//! longest sitting per day, what became of the nudges, and the check-in trend. Rendered only
//! while open, so a New Tab that never opens it computes none of it.

use deskbreak_core::week::{week, Week};
use leptos::prelude::*;

use crate::i18n::{m, t};
use crate::state::{self, Clock, Stored};
use crate::ui::week_chart::WeekChart;
use crate::ui::week_table::WeekTable;

/// The figures of one week, drawn once: the view rebuilds them when storage or the day changes.
fn figures(week: Week) -> impl IntoView {
    let (nudges, trend, shown) = (week.nudges_sentence(m()), week.trend.sentence(m()), week.trend.shown());
    view! {
        <WeekChart week=week.clone() />
        <WeekTable week=week />
        <h4>{t("week-nudges-title")}</h4>
        <p data-testid="week-nudges">{nudges}</p>
        <h4>{t("week-feelings-title")}</h4>
        <p data-testid="week-trend">{trend}</p>
        {shown.then(|| view! { <p class="hint">{t("week-trend-note")}</p> })}
    }
}

#[component]
pub fn WeekView() -> impl IntoView {
    let stored = state::get::<Stored>();
    let clock = state::get::<Clock>();
    let this_week = move || {
        let today = clock.today();
        stored.records.with(|r| stored.days.with(|d| week(r, d, today)))
    };
    view! {
        <section id="week-view" class="week" aria-labelledby="week-title">
            <h3 id="week-title">{t("week-title")}</h3>
            {move || figures(this_week())}
        </section>
    }
}
