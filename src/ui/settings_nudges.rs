//! Settings: when the worker nudges (the full nudge's interval, the quick-move nudge, away time,
//! work hours and days, pause).

use chrono::Weekday;
use deskbreak_core::clock::{format_local_time_in, weekday_short, Moment};
use deskbreak_core::settings::{
    format_minute_of_day, parse_minute_of_day, Pause, SettingChange, AWAY_RANGE, NUDGE_INTERVAL_RANGE,
};
use leptos::prelude::*;

use crate::i18n::{m, t, tf, Arg};
use crate::state::{self, Clock};
use crate::ui::number_field::{range, NumberField};
use crate::ui::quick_nudge_field::QuickNudgeField;
use crate::ui::settings_panel::Form;

const DAYS: [Weekday; 7] =
    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

/// "Nudges are paused until 14:05, Wed 25 Nov.", at the pause's local time.
fn paused_until(until: Moment) -> String {
    tf("settings-paused-until", &[("when", Arg::Str(&format_local_time_in(m(), until)))])
}

#[component]
pub fn NudgeSettings() -> impl IntoView {
    view! {
        <fieldset>
            <legend>{t("settings-nudges-legend")}</legend>
            <NumberField
                label=t("settings-nudge-interval-label")
                id="nudge-interval"
                range=range(NUDGE_INTERVAL_RANGE)
                unit="settings-unit-minutes"
                get=|s| s.nudge_interval_min.into()
                make=SettingChange::NudgeInterval
            />
            <QuickNudgeField />
            <NumberField
                label=t("settings-away-label")
                id="away-time"
                range=range(AWAY_RANGE)
                unit="settings-unit-minutes"
                get=|s| s.away_min.into()
                make=SettingChange::AwayTime
            />
            <WorkHours />
            <WorkDays />
            <PauseNudges />
        </fieldset>
    }
}

#[component]
fn WorkHours() -> impl IntoView {
    let form = expect_context::<Form>();
    let start = form.value(|s| s.work_start);
    let end = form.value(|s| s.work_end);
    let change =
        move |ev: leptos::ev::Event, is_start: bool| match parse_minute_of_day(&event_target_value(&ev)) {
            Ok(m) => form.change(if is_start {
                SettingChange::WorkStart(m.into())
            } else {
                SettingChange::WorkEnd(m.into())
            }),
            Err(e) => form.error.set(Some(e.message_in(m()))),
        };
    view! {
        <div class="field">
            <label for="work-start">{t("settings-work-hours-from")}</label>
            <input id="work-start" type="time" prop:value=move || format_minute_of_day(start.get()) on:change=move |ev| change(ev, true) />
            <label for="work-end">{t("settings-work-hours-to")}</label>
            <input id="work-end" type="time" prop:value=move || format_minute_of_day(end.get()) on:change=move |ev| change(ev, false) />
        </div>
    }
}

#[component]
fn WorkDays() -> impl IntoView {
    let form = expect_context::<Form>();
    let days = DAYS
        .iter()
        .map(|&day| {
            view! {
                <label class="chip">
                    <input
                        type="checkbox"
                        prop:checked=move || form.settings().work_days.contains(day)
                        on:change=move |ev| form.change(SettingChange::WorkDay(day, event_target_checked(&ev)))
                    />
                    {weekday_short(m(), day.num_days_from_monday() as usize)}
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="field" role="group" aria-label=t("settings-work-days")>
            <span class="label">{t("settings-work-days")}</span>
            <div class="chips">{days}</div>
        </div>
    }
}

#[component]
fn PauseNudges() -> impl IntoView {
    let form = expect_context::<Form>();
    let clock = state::get::<Clock>();
    let paused = move || form.settings().nudges_paused(clock.now());
    let text = move || {
        let now = clock.now();
        match form.settings().nudges_paused_until.filter(|_| paused()) {
            Some(until) => paused_until(Moment::new(until, now.offset_min)),
            None => t("settings-nudges-on"),
        }
    };
    view! {
        <div class="field pause">
            <p role="status">{text}</p>
            <button type="button" class="secondary" on:click=move |_| form.change(SettingChange::PauseNudges(Pause::OneHour))>
                {t("settings-pause-hour")}
            </button>
            <button type="button" class="secondary" on:click=move |_| form.change(SettingChange::PauseNudges(Pause::UntilTomorrow))>
                {t("settings-pause-tomorrow")}
            </button>
            <Show when=paused>
                <button type="button" class="link-button" on:click=move |_| form.change(SettingChange::ResumeNudges)>
                    {t("settings-resume")}
                </button>
            </Show>
        </div>
    }
}
