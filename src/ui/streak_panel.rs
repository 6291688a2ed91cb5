//! The break streak, always visible on the home screen: each figure a stat of its own, whose value
//! never wraps, above the 12-week heatmap.

use leptos::prelude::*;

use deskbreak_core::streak::QUICK_MINUTES_PER_BREAK;
use deskbreak_core::text;

use crate::i18n::{m, t, tf, Arg};
use crate::state::{self, Stored};
use crate::ui::heatmap::Heatmap;
use crate::ui::week_view::WeekView;
use crate::wording::{format_duration_ms, format_min_s};

/// "0 min", "45 min", "9 h 20 min".
fn time_moved(minutes: u32) -> String {
    match minutes {
        0 => text::minutes(m(), 0),
        min => format_duration_ms(i64::from(min) * 60_000),
    }
}

/// "Quick moves today: 3 min 20 s (every 5 min count as one break)".
fn quick_today(seconds: u64) -> String {
    let time = format_min_s(seconds);
    tf("streak-quick-today", &[("time", Arg::Str(&time)), ("minutes", QUICK_MINUTES_PER_BREAK.into())])
}

/// "3 days", "1 break": a count with its word.
fn count(key: &str, n: u32) -> String {
    tf(key, &[("count", n.into())])
}

#[component]
pub fn StreakPanel() -> impl IntoView {
    let stored = state::get::<Stored>();
    let summary = move || stored.streak();
    // The week view is built only once opened, so the New Tab's first paint does no more work.
    let week_open = RwSignal::new(false);
    view! {
        <aside class="streak card" aria-labelledby="streak-title">
            <h2 id="streak-title">{t("streak-title")}</h2>
            <dl class="streak-stats">
                <div class="stat-main">
                    <dt>{t("streak-current")}</dt>
                    <dd data-testid="current-streak">
                        {move || count("streak-days", summary().current)}
                    </dd>
                </div>
                <div>
                    <dt>{t("streak-best")}</dt>
                    <dd data-testid="best-streak">{move || count("streak-days", summary().best)}</dd>
                </div>
                <div>
                    <dt>{t("streak-today")}</dt>
                    <dd data-testid="today-progress">
                        {move || {
                            let s = summary();
                            tf("streak-today-progress", &[("count", s.today_count.into()), ("goal", u32::from(s.daily_goal).into())])
                        }}
                    </dd>
                </div>
                <div>
                    <dt>{t("streak-all-time")}</dt>
                    <dd data-testid="total-breaks">{move || count("streak-breaks", summary().total_breaks)}</dd>
                </div>
                <div>
                    <dt>{t("streak-time-moved")}</dt>
                    <dd data-testid="total-moved">{move || time_moved(summary().total_minutes)}</dd>
                </div>
            </dl>
            <Show when=move || { summary().today.quick > 0 }>
                <p class="today-quick" data-testid="today-quick">{move || quick_today(summary().today.quick_s)}</p>
            </Show>
            <Show when=move || summary().today_met>
                <p class="goal-met">{t("streak-goal-met")}</p>
            </Show>
            <Heatmap days=Signal::derive(move || summary().days) />
            <button
                class="week-toggle"
                aria-expanded=move || week_open.get().to_string()
                aria-controls=move || week_open.get().then_some("week-view")
                on:click=move |_| week_open.update(|open| *open = !*open)
            >
                {t("streak-week")}
            </button>
            <Show when=move || week_open.get()>
                <WeekView />
            </Show>
        </aside>
    }
}
