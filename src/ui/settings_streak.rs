//! Settings: what counts toward the streak.

use deskbreak_core::settings::{SettingChange, DAILY_GOAL_RANGE};
use leptos::prelude::*;

use crate::ui::number_field::{range, NumberField};
use crate::ui::settings_panel::Form;

#[component]
pub fn StreakSettings() -> impl IntoView {
    let form = expect_context::<Form>();
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
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || form.settings().work_days_only
                    on:change=move |ev| form.change(SettingChange::WorkDaysOnly(event_target_checked(&ev)))
                />
                "Work days only (days off never break the streak)"
            </label>
        </fieldset>
    }
}
