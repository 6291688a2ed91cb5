//! Settings: the language of the page (and of the nudges). The first choice follows the
//! browser's language; then every language this build ships, each named in its own language (and
//! marked as such, so a screen reader reads "Deutsch" in German). The choice is stored like any
//! other setting; `i18n::follow` switches the page once it is stored.

use deskbreak_core::l10n::{Lang, SHIPPED};
use deskbreak_core::settings::SettingChange;
use leptos::prelude::*;

use crate::i18n::{browser_lang, t, tf, Arg};
use crate::ui::settings_panel::Form;

/// The `<option>` value of "Browser default".
const BROWSER: &str = "";

#[component]
pub fn LanguageField() -> impl IntoView {
    let form = expect_context::<Form>();
    let chosen = form.value(|s| s.language);
    let browser =
        tf("settings-language-browser", &[("language", Arg::Str(browser_lang(None).native_name()))]);
    let languages = SHIPPED
        .iter()
        .map(|l| view! { <option value=l.code() lang=l.code()>{l.native_name()}</option> })
        .collect_view();
    view! {
        <div class="field">
            <label for="language">{t("settings-language-label")}</label>
            <select
                id="language"
                prop:value=move || chosen.get().map_or(BROWSER, Lang::code)
                on:change=move |ev| form.change(SettingChange::Language(Lang::parse(&event_target_value(&ev))))
            >
                <option value=BROWSER>{browser}</option>
                {languages}
            </select>
        </div>
    }
}
