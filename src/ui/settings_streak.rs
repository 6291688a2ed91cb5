//! Settings: what counts toward the streak.

use deskbreak_core::settings::{SettingChange, DAILY_GOAL_RANGE};
use leptos::prelude::*;

use crate::i18n::t;
use crate::ui::check_field::CheckField;
use crate::ui::number_field::{range, NumberField};

#[component]
pub fn StreakSettings() -> impl IntoView {
    view! {
        <fieldset>
            <legend>{t("settings-streak-legend")}</legend>
            <NumberField
                label=t("settings-daily-goal-label")
                id="daily-goal"
                range=range(DAILY_GOAL_RANGE)
                unit="settings-unit-breaks-a-day"
                get=|s| s.daily_goal.into()
                make=SettingChange::DailyGoal
            />
            <CheckField
                label=t("settings-work-days-only")
                get=|s| s.work_days_only
                make=SettingChange::WorkDaysOnly
            />
        </fieldset>
    }
}
