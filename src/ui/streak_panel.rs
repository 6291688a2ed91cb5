//! The break streak, always visible on the home screen: each figure a stat of its own, whose value
//! never wraps, above the 12-week heatmap.

use leptos::prelude::*;

use deskbreak_core::streak::QUICK_MINUTES_PER_BREAK;

use crate::state::{self, Stored};
use crate::ui::heatmap::Heatmap;
use crate::ui::week_view::WeekView;
use crate::wording::{format_duration_ms, format_min_s, plural};

/// "0 min", "45 min", "9 h 20 min".
fn time_moved(minutes: u32) -> String {
    match minutes {
        0 => "0 min".to_string(),
        m => format_duration_ms(i64::from(m) * 60_000),
    }
}

/// "Quick moves today: 3 min 20 s (every 5 min count as one break)".
fn quick_today(seconds: u64) -> String {
    format!(
        "Quick moves today: {} (every {QUICK_MINUTES_PER_BREAK} min count as one break)",
        format_min_s(seconds)
    )
}

#[component]
pub fn StreakPanel() -> impl IntoView {
    let stored = state::get::<Stored>();
    let summary = move || stored.streak();
    // The week view is built only once opened, so the New Tab's first paint does no more work.
    let week_open = RwSignal::new(false);
    view! {
        <aside class="streak card" aria-labelledby="streak-title">
            <h2 id="streak-title">"Break streak"</h2>
            <dl class="streak-stats">
                <div class="stat-main">
                    <dt>"Current streak"</dt>
                    <dd data-testid="current-streak">
                        {move || plural(summary().current, "day", "days")}
                    </dd>
                </div>
                <div>
                    <dt>"Best streak"</dt>
                    <dd data-testid="best-streak">{move || plural(summary().best, "day", "days")}</dd>
                </div>
                <div>
                    <dt>"Today"</dt>
                    <dd data-testid="today-progress">
                        {move || {
                            let s = summary();
                            format!("{} of {} {}", s.today_count, s.daily_goal, if s.daily_goal == 1 { "break" } else { "breaks" })
                        }}
                    </dd>
                </div>
                <div>
                    <dt>"All time"</dt>
                    <dd data-testid="total-breaks">{move || plural(summary().total_breaks, "break", "breaks")}</dd>
                </div>
                <div>
                    <dt>"Time moved"</dt>
                    <dd data-testid="total-moved">{move || time_moved(summary().total_minutes)}</dd>
                </div>
            </dl>
            <Show when=move || { summary().today.quick > 0 }>
                <p class="today-quick" data-testid="today-quick">{move || quick_today(summary().today.quick_s)}</p>
            </Show>
            <Show when=move || summary().today_met>
                <p class="goal-met">"Today's goal is met."</p>
            </Show>
            <Heatmap days=Signal::derive(move || summary().days) />
            <button
                class="week-toggle"
                aria-expanded=move || week_open.get().to_string()
                aria-controls=move || week_open.get().then_some("week-view")
                on:click=move |_| week_open.update(|open| *open = !*open)
            >
                "Your week"
            </button>
            <Show when=move || week_open.get()>
                <WeekView />
            </Show>
        </aside>
    }
}
