//! The page's language: the words of every component come from [`t`] and [`tf`], in the
//! language the user chose in Settings or else the browser's, from the packaged
//! `l10n/<lang>.json` (only the active language is fetched, and none ships in the wasm).
//!
//! A change of language (in this tab's Settings, or another tab's through storage) fetches the
//! new words and sets [`I18n::lang`]; the app renders its screens again under it, so every string
//! follows at once, without a reload. The state lives in contexts above, so nothing is lost.

use deskbreak_browser::chrome;
use deskbreak_catalog::locale;
use deskbreak_core::l10n::{asset_path, Lang, Messages};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;

pub use deskbreak_core::l10n::Arg;

use crate::state::Stored;

#[wasm_bindgen(module = "/extension/keys.js")]
extern "C" {
    #[wasm_bindgen(js_name = langKey)]
    fn lang_key() -> String;
}

/// The message `key` in the active language.
pub fn t(key: &str) -> String {
    locale::messages().get(key)
}

/// The message `key` with its variables: `tf("start-full", &[("minutes", 9u32.into())])`.
pub fn tf(key: &str, args: &[(&str, Arg)]) -> String {
    locale::messages().format(key, args)
}

/// The active language's messages, for the core's wording functions (`text::minutes(m(), 5)`).
pub fn m() -> &'static Messages {
    locale::messages()
}

/// The language the page shows. Reading it subscribes to a change of language.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

impl I18n {
    pub fn new() -> Self {
        Self { lang: RwSignal::new(locale::lang()) }
    }
}

impl Default for I18n {
    fn default() -> Self {
        Self::new()
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The language to start in before storage is read: the one the last tab showed, else the
/// browser's. The app corrects it once it has read the user's setting.
pub fn first_lang() -> Lang {
    let hint = local_storage().and_then(|ls| ls.get_item(&lang_key()).ok().flatten());
    hint.as_deref().and_then(Lang::parse).unwrap_or_else(|| browser_lang(None))
}

/// The user's choice, else the browser's language, else English.
pub fn browser_lang(chosen: Option<Lang>) -> Lang {
    let languages = chrome::ui_languages();
    Lang::resolve(chosen, languages.iter().map(String::as_str))
}

/// Installs a fetched language and shows it on the document: `lang`, `dir` and the title, and
/// the hint for the next tab.
pub fn activate(json: &str) -> Result<Lang, String> {
    let lang = locale::install(json).map_err(|e| e.to_string())?;
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang.code());
        let _ = root.set_attribute("dir", lang.dir());
    }
    document().set_title(&t("page-title"));
    if let Some(ls) = local_storage() {
        let _ = ls.set_item(&lang_key(), lang.code());
    }
    Ok(lang)
}

/// Fetches and activates a language.
pub async fn load(lang: Lang) -> Result<Lang, String> {
    let json = deskbreak_browser::package::read_text(&asset_path(lang)).await.map_err(|e| e.to_string())?;
    activate(&json)
}

/// Follows the language setting (and the browser's, when it follows that): fetches the new words
/// and switches every screen of this tab to them. A language whose asset cannot be read leaves
/// the page in the one it has, and says why in the console.
pub fn follow(stored: Stored, i18n: I18n) {
    Effect::new(move |_| {
        if !stored.loaded.get() {
            return;
        }
        let want = browser_lang(stored.settings.with(|s| s.language));
        if want == i18n.lang.get_untracked() {
            return;
        }
        spawn_local(async move {
            match load(want).await {
                Ok(lang) => i18n.lang.set(lang),
                Err(e) => web_sys::console::error_1(&e.into()),
            }
        });
    });
}
