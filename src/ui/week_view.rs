//! "Your week", opened from the streak panel: the minutes moved per day, the breaks and the
//! longest sitting per day, what became of the nudges, and the check-in trend. Rendered only
//! while open, so a New Tab that never opens it computes none of it.

use deskbreak_core::day_summary::NudgeCounts;
use deskbreak_core::week::{week, Week, TREND_NOTE};
use leptos::prelude::*;

use crate::state::{self, Clock, Stored};
use crate::ui::week_chart::WeekChart;
use crate::ui::week_table::WeekTable;

/// "2 answered, 1 snoozed, 1 ignored", or why there is nothing to say.
fn nudges_line(nudges: Option<NudgeCounts>) -> String {
    match nudges {
        None => {
            "No data yet: the sitting timer records nudges and sitting stretches from now on.".to_string()
        }
        Some(n) if n.total() == 0 => "No nudges this week.".to_string(),
        Some(n) => format!("{} answered, {} snoozed, {} ignored.", n.answered, n.snoozed, n.ignored),
    }
}

/// The figures of one week, drawn once: the view rebuilds them when storage or the day changes.
fn figures(week: Week) -> impl IntoView {
    let (nudges, trend, shown) = (nudges_line(week.nudges()), week.trend.sentence(), week.trend.shown());
    view! {
        <WeekChart week=week.clone() />
        <WeekTable week=week />
        <h4>"Nudges this week"</h4>
        <p data-testid="week-nudges">{nudges}</p>
        <h4>"How you felt"</h4>
        <p data-testid="week-trend">{trend}</p>
        {shown.then(|| view! { <p class="hint">{TREND_NOTE}</p> })}
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
            <h3 id="week-title">"Your week"</h3>
            {move || figures(this_week())}
        </section>
    }
}
