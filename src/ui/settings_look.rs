//! Settings: the routine's sound, the theme, the language, and the focus areas suggestions
//! favour.

use deskbreak_core::settings::{Focus, SettingChange, Theme};
use leptos::prelude::*;

use crate::i18n::{m, t};
use crate::ui::check_field::CheckField;
use crate::ui::settings_language::LanguageField;
use crate::ui::settings_panel::Form;

#[component]
pub fn LookSettings() -> impl IntoView {
    let form = expect_context::<Form>();
    let themes =
        Theme::ALL.iter().map(|t| view! { <option value=t.as_str()>{t.label(m())}</option> }).collect_view();
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
                    {f.label(m())}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset>
            <legend>{t("settings-look-legend")}</legend>
            <CheckField label=t("settings-sound") get=|s| s.sound make=SettingChange::Sound />
            <div class="field">
                <label for="theme">{t("settings-theme-label")}</label>
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
            <LanguageField />
            <div class="field" role="group" aria-label=t("settings-focus-areas")>
                <span class="label">{t("settings-focus-hint")}</span>
                <div class="chips">{focus}</div>
            </div>
        </fieldset>
    }
}
