//! Settings: what counts toward the streak.

use deskbreak_core::settings::{SettingChange, DAILY_GOAL_RANGE};
use leptos::prelude::*;

use crate::ui::check_field::CheckField;
use crate::ui::number_field::{range, NumberField};

#[component]
pub fn StreakSettings() -> impl IntoView {
    view! {
        <fieldset>
            <legend>"Streak"</legend>
            <NumberField
                label="Daily goal"
                id="daily-goal"
                range=range(DAILY_GOAL_RANGE)
                unit="breaks a day"
                get=|s| s.daily_goal.into()
                make=SettingChange::DailyGoal
            />
            <CheckField
                label="Work days only (days off never break the streak)"
                get=|s| s.work_days_only
                make=SettingChange::WorkDaysOnly
            />
        </fieldset>
    }
}
