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

#[component]
pub fn WeekView() -> impl IntoView {
    let stored = state::get::<Stored>();
    let clock = state::get::<Clock>();
    let this_week = Memo::new(move |_| {
        let today = clock.today();
        stored.records.with(|r| stored.days.with(|d| week(r, d, today)))
    });
    let week = Signal::from(this_week);
    let trend_shown = move || this_week.with(|w: &Week| w.trend.shown());
    view! {
        <section id="week-view" class="week" aria-labelledby="week-title">
            <h3 id="week-title">"Your week"</h3>
            <WeekChart week=week />
            <WeekTable week=week />
            <h4>"Nudges this week"</h4>
            <p data-testid="week-nudges">{move || nudges_line(this_week.with(Week::nudges))}</p>
            <h4>"How you felt"</h4>
            <p data-testid="week-trend">{move || this_week.with(|w| w.trend.sentence())}</p>
            <Show when=trend_shown>
                <p class="hint">{TREND_NOTE}</p>
            </Show>
        </section>
    }
}
