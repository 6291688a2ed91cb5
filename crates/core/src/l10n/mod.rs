//! The user's language: which one ([`Lang`]), how its plurals and numbers read ([`plural`],
//! [`number`]), the interface's messages ([`message`]), and the packs and exercises in it
//! ([`content`]).
//!
//! The build compiles `locales/<lang>/*.ftl` (Fluent, which translators know) and
//! `content/l10n/<lang>/` into one packaged asset per language, `l10n/<lang>.json`, checked against
//! English. The page and the worker fetch the active language's asset at start and on a change:
//! no Fluent parser and no translation ships in the wasm, and only one language is loaded.

pub mod content;
pub mod lang;
pub mod message;
pub mod number;
pub mod plural;

pub use content::{CatalogText, ExerciseText, PackText};
pub use lang::Lang;
pub use message::{Arg, Messages, Part};
pub use plural::PluralCategory;

/// The languages this build ships, each complete (the build checks it): the language menu lists
/// these, and a browser in any other falls back to English.
pub const SHIPPED: &[Lang] = &Lang::ALL;

/// The packaged asset of one language: `l10n/de.json`.
pub fn asset_path(lang: Lang) -> String {
    format!("l10n/{}.json", lang.code())
}

/// One language's asset: its messages and its text of the catalog.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LocaleAsset {
    pub lang: Lang,
    pub messages: Messages,
    pub text: CatalogText,
}

/// English messages compiled from `locales/en/*.ftl`, for native tests.
#[cfg(all(test, feature = "markdown"))]
pub(crate) mod testing {
    use std::sync::OnceLock;

    use super::{Lang, Messages};

    pub fn english() -> &'static Messages {
        static EN: OnceLock<Messages> = OnceLock::new();
        EN.get_or_init(|| {
            let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales/en");
            let mut map = std::collections::BTreeMap::new();
            for entry in std::fs::read_dir(dir).expect("locales/en") {
                let path = entry.expect("an entry").path();
                let text = std::fs::read_to_string(&path).expect("an ftl file");
                let compiled =
                    crate::l10n_ftl::compile(&path.display().to_string(), &text).expect("compiles");
                map.extend(compiled.into_iter().map(|(k, c)| (k, c.parts)));
            }
            Messages { lang: Lang::En, map }
        })
    }
}
