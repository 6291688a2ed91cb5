//! Settings: the language of the page (and of the nudges). The first choice follows the
//! browser's language; then every language this build ships, each named in its own language (and
//! marked as such, so a screen reader reads "Deutsch" in German). The choice is stored like any
//! other setting; `i18n::follow` switches the page once it is stored, and draws every screen
//! again in it, this dialog included: the focus then comes back to the menu.

use std::cell::Cell;

use deskbreak_catalog::locale;
use deskbreak_core::l10n::{Lang, SHIPPED};
use deskbreak_core::settings::SettingChange;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{browser_lang, t, tf, Arg};
use crate::ui::settings_panel::Form;

/// The `<option>` value of "Browser default".
const BROWSER: &str = "";

thread_local! {
    /// The language just chosen here, until the menu is drawn again in it.
    static CHOSEN: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Stores the choice, and remembers what the page will switch to.
fn choose(form: Form, value: &str) {
    let lang = Lang::parse(value);
    let shown = browser_lang(lang);
    CHOSEN.set((shown != locale::lang()).then_some(shown));
    form.change(SettingChange::Language(lang));
}

/// Drawn again in the language just chosen: the focus goes back to the menu, where the user was
/// (opening the dialog anew would put it on its first button).
fn refocus() {
    if CHOSEN.get().is_some_and(|l| l == locale::lang()) {
        CHOSEN.set(None);
        request_animation_frame(|| {
            let menu = document().get_element_by_id("language");
            if let Some(menu) = menu.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = menu.focus();
            }
        });
    }
}

#[component]
pub fn LanguageField() -> impl IntoView {
    let form = expect_context::<Form>();
    let chosen = form.value(|s| s.language);
    refocus();
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
                on:change=move |ev| choose(form, &event_target_value(&ev))
            >
                <option value=BROWSER>{browser}</option>
                {languages}
            </select>
        </div>
    }
}
