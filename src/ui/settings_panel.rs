//! Settings, behind the gear: a modal `<dialog>` (focus trap and Esc for free). Every value is
//! validated by the core; refused input shows a message and is never stored.

use chrono::Weekday;
use deskbreak_core::settings::{
    format_minute_of_day, parse_minute_of_day, Focus, Pause, SettingChange, Theme,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::persist;
use crate::state::{use_app, AppState};
use crate::ui::health_notice::HealthNotice;

const DAYS: [(Weekday, &str); 7] = [
    (Weekday::Mon, "Mon"),
    (Weekday::Tue, "Tue"),
    (Weekday::Wed, "Wed"),
    (Weekday::Thu, "Thu"),
    (Weekday::Fri, "Fri"),
    (Weekday::Sat, "Sat"),
    (Weekday::Sun, "Sun"),
];

/// The form's message line, and a signal that makes every control show what is stored again.
#[derive(Clone, Copy)]
struct Form {
    error: RwSignal<Option<String>>,
    reshow: Trigger,
}

/// Applies a change; on refusal, puts the message in the form's error line.
fn change(state: AppState, form: Form, c: SettingChange) {
    spawn_local(async move {
        match persist::change_setting(state, c).await {
            Ok(()) => form.error.set(None),
            Err(message) => {
                form.error.set(Some(message));
                // The control already shows the refused input (an unticked box, a number):
                // every control shows what is stored again.
                form.reshow.notify();
            }
        }
    });
}

fn number(text: &str) -> i64 {
    // Anything that is not a whole number is out of range by definition.
    text.trim().parse::<i64>().unwrap_or(i64::MIN)
}

#[component]
pub fn SettingsPanel() -> impl IntoView {
    let state = use_app();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let open = state.settings_open.get();
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
    let error = RwSignal::new(None::<String>);
    let form = Form { error, reshow: Trigger::new() };
    let transfer_message = RwSignal::new(None::<(bool, String)>);
    // Every control that reads `s()` shows what is stored again after a refusal.
    let s = move || {
        form.reshow.track();
        state.settings.get()
    };

    let number_field = move |label: &'static str,
                             id: &'static str,
                             min: u16,
                             max: u16,
                             unit: &'static str,
                             get: fn(&deskbreak_core::settings::Settings) -> i64,
                             make: fn(i64) -> SettingChange| {
        // Only this field's value: a change stored from another field (or another tab) must not
        // reset what the user is typing here.
        let value = Memo::new(move |_| get(&state.settings.get()));
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input
                    id=id
                    type="number"
                    min=min
                    max=max
                    step="1"
                    prop:value=move || {
                        form.reshow.track();
                        value.get().to_string()
                    }
                    on:change=move |ev| change(state, form, make(number(&event_target_value(&ev))))
                />
                <span class="unit">{unit}</span>
            </div>
        }
    };

    let work_days = DAYS
        .iter()
        .map(|&(day, name)| {
            view! {
                <label class="chip">
                    <input
                        type="checkbox"
                        prop:checked=move || s().work_days.contains(day)
                        on:change=move |ev| change(state, form, SettingChange::WorkDay(day, event_target_checked(&ev)))
                    />
                    {name}
                </label>
            }
        })
        .collect_view();
    let focus = Focus::ALL
        .iter()
        .map(|&f| {
            view! {
                <label class="chip">
                    <input
                        type="checkbox"
                        prop:checked=move || s().focus.contains(&f)
                        on:change=move |ev| change(state, form, SettingChange::Focus(f, event_target_checked(&ev)))
                    />
                    {f.label()}
                </label>
            }
        })
        .collect_view();

    let work_start = Memo::new(move |_| state.settings.with(|s| s.work_start));
    let work_end = Memo::new(move |_| state.settings.with(|s| s.work_end));
    let time_change =
        move |ev: leptos::ev::Event, start: bool| match parse_minute_of_day(&event_target_value(&ev)) {
            Ok(m) => change(
                state,
                form,
                if start { SettingChange::WorkStart(m.into()) } else { SettingChange::WorkEnd(m.into()) },
            ),
            Err(e) => error.set(Some(e.to_string())),
        };
    let paused_text = move || {
        let now = state.now.get();
        let st = s();
        if st.nudges_paused(now) {
            let until = st.nudges_paused_until.unwrap_or(now.utc_ms);
            let until = deskbreak_core::clock::Moment::new(until, now.offset_min);
            format!("Nudges are paused until {}.", deskbreak_core::clock::format_local_time(until))
        } else {
            "Nudges are on.".to_string()
        }
    };

    let export = move |_| {
        let text = persist::export_text(state);
        let date = state.now.get_untracked().local_date();
        if let Err(e) = crate::ui::download(&format!("deskbreak-{date}.json"), &text) {
            transfer_message.set(Some((false, format!("Export failed: {e}"))));
        } else {
            transfer_message.set(Some((true, "Exported all your data.".into())));
        }
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        spawn_local(async move {
            let text = JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
            let result = match text {
                Some(text) => persist::import_text(state, &text).await,
                None => Err("That file couldn't be read. Nothing was imported.".into()),
            };
            transfer_message.set(Some(match result {
                Ok(m) => (true, m),
                Err(m) => (false, m),
            }));
        });
    };

    view! {
        <dialog
            node_ref=dialog
            class="settings"
            aria-labelledby="settings-title"
            on:close=move |_| state.settings_open.set(false)
        >
            <form method="dialog" class="settings-form" on:submit=|ev| ev.prevent_default()>
                <header class="settings-head">
                    <h2 id="settings-title">"Settings"</h2>
                    <button type="button" class="link-button" on:click=move |_| state.settings_open.set(false)>
                        "Close"
                    </button>
                </header>
                <p class="field-error" role="alert">{move || error.get()}</p>

                <fieldset>
                    <legend>"Nudges"</legend>
                    {number_field("Nudge after sitting for", "nudge-interval", 30, 180, "minutes (30–180)", |s| s.nudge_interval_min.into(), SettingChange::NudgeInterval)}
                    {number_field("Away time that ends a stretch", "away-time", 1, 30, "minutes (1–30)", |s| s.away_min.into(), SettingChange::AwayTime)}
                    <div class="field">
                        <label for="work-start">"Work hours from"</label>
                        <input id="work-start" type="time" prop:value=move || { form.reshow.track(); format_minute_of_day(work_start.get()) } on:change=move |ev| time_change(ev, true) />
                        <label for="work-end">"to"</label>
                        <input id="work-end" type="time" prop:value=move || { form.reshow.track(); format_minute_of_day(work_end.get()) } on:change=move |ev| time_change(ev, false) />
                    </div>
                    <div class="field" role="group" aria-label="Work days">
                        <span class="label">"Work days"</span>
                        <div class="chips">{work_days}</div>
                    </div>
                    <div class="field pause">
                        <p role="status">{paused_text}</p>
                        <button type="button" class="secondary" on:click=move |_| change(state, form, SettingChange::PauseNudges(Pause::OneHour))>
                            "Pause nudges for 1 hour"
                        </button>
                        <button type="button" class="secondary" on:click=move |_| change(state, form, SettingChange::PauseNudges(Pause::UntilTomorrow))>
                            "Pause until tomorrow"
                        </button>
                        <Show when=move || s().nudges_paused(state.now.get())>
                            <button type="button" class="link-button" on:click=move |_| change(state, form, SettingChange::ResumeNudges)>
                                "Resume nudges"
                            </button>
                        </Show>
                    </div>
                </fieldset>

                <fieldset>
                    <legend>"Streak"</legend>
                    {number_field("Daily goal", "daily-goal", 1, 12, "breaks a day (1–12)", |s| s.daily_goal.into(), SettingChange::DailyGoal)}
                    <label class="check">
                        <input type="checkbox" prop:checked=move || s().work_days_only on:change=move |ev| change(state, form, SettingChange::WorkDaysOnly(event_target_checked(&ev)))/>
                        "Work days only (days off never break the streak)"
                    </label>
                </fieldset>

                <fieldset>
                    <legend>"Routine and look"</legend>
                    <label class="check">
                        <input type="checkbox" prop:checked=move || s().sound on:change=move |ev| change(state, form, SettingChange::Sound(event_target_checked(&ev)))/>
                        "Sound cue at each exercise"
                    </label>
                    <div class="field">
                        <label for="theme">"Theme"</label>
                        <select
                            id="theme"
                            prop:value=move || match s().theme { Theme::System => "system", Theme::Light => "light", Theme::Dark => "dark" }
                            on:change=move |ev| {
                                let t = match event_target_value(&ev).as_str() { "light" => Theme::Light, "dark" => Theme::Dark, _ => Theme::System };
                                change(state, form, SettingChange::Theme(t));
                            }
                        >
                            <option value="system">"Follow the system"</option>
                            <option value="light">"Light"</option>
                            <option value="dark">"Dark"</option>
                        </select>
                    </div>
                    <div class="field" role="group" aria-label="Focus areas">
                        <span class="label">"Focus areas (suggestions favour these)"</span>
                        <div class="chips">{focus}</div>
                    </div>
                </fieldset>

                <HealthNotice id="settings-health-title" level=3 />

                <fieldset>
                    <legend>"Your data"</legend>
                    <p class="hint">"Everything stays in this browser. Export a copy, or import one (breaks merge by id)."</p>
                    <div class="actions">
                        <button type="button" class="secondary" on:click=export>"Export data"</button>
                        <label class="button secondary file-button">
                            "Import data"
                            <input type="file" accept="application/json,.json" class="sr-only" on:change=import />
                        </label>
                    </div>
                    {move || transfer_message.get().map(|(ok, m)| view! {
                        <p class=if ok { "transfer-ok" } else { "field-error" } role=if ok { "status" } else { "alert" }>{m}</p>
                    })}
                </fieldset>
            </form>
        </dialog>
    }
}
