//! Settings: the routine's sound, the theme, and the focus areas suggestions favour.

use deskbreak_core::settings::{Focus, SettingChange, Theme};
use leptos::prelude::*;

use crate::ui::check_field::CheckField;
use crate::ui::settings_panel::Form;

#[component]
pub fn LookSettings() -> impl IntoView {
    let form = expect_context::<Form>();
    let themes =
        Theme::ALL.iter().map(|t| view! { <option value=t.as_str()>{t.label()}</option> }).collect_view();
    let focus = Focus::ALL
        .iter()
        .map(|&f| {
            view! {
                <label class="chip">
                    <input
                        type="checkbox"
                        prop:checked=move || form.settings().focus.contains(&f)
                        on:change=move |ev| form.change(SettingChange::Focus(f, event_target_checked(&ev)))
                    />
                    {f.label()}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset>
            <legend>"Routine and look"</legend>
            <CheckField label="Sound cue at each exercise" get=|s| s.sound make=SettingChange::Sound />
            <div class="field">
                <label for="theme">"Theme"</label>
                <select
                    id="theme"
                    prop:value=move || form.settings().theme.as_str()
                    on:change=move |ev| {
                        let theme = Theme::parse(&event_target_value(&ev)).unwrap_or_default();
                        form.change(SettingChange::Theme(theme));
                    }
                >
                    {themes}
                </select>
            </div>
            <div class="field" role="group" aria-label="Focus areas">
                <span class="label">"Focus areas (suggestions favour these)"</span>
                <div class="chips">{focus}</div>
            </div>
        </fieldset>
    }
}
