//! The New Tab page: a Leptos (CSR) app over the pure core.
//!
//! - [`state`] holds the page's reactive state, as small contexts;
//! - [`persist`] is the one place that reads and writes storage;
//! - [`routine`] starts, runs and saves a routine;
//! - [`shell`] caches what the next tab paints before the wasm arrives;
//! - [`ui`] has one small component per file.

pub mod i18n;
pub mod motion;
pub mod persist;
pub mod routine;
pub mod shell;
pub mod sound;
pub mod state;
pub mod ui;
pub mod wording;

/// Mounts the app once the catalog and the language's words are loaded. The static shell painted
/// by index.html stays until the app has read storage and can show the same pack (see
/// `ui::app`); if the catalog or the words cannot be read, a message replaces the shell instead.
pub fn mount() {
    wasm_bindgen_futures::spawn_local(async {
        match load_assets().await {
            Ok(()) => mount_loaded(),
            Err(detail) => {
                web_sys::console::error_1(&detail.clone().into());
                remove_shell();
                leptos::mount::mount_to_body(move || {
                    leptos::prelude::view! { <ui::catalog_unavailable::CatalogUnavailable detail /> }
                });
            }
        }
    });
}

/// Fetches the packaged `catalog.json` (index.html preloads it while the wasm compiles) and the
/// language's words, at once. A language that cannot be read falls back to English.
async fn load_assets() -> Result<(), String> {
    use deskbreak_core::l10n::{asset_path, Lang};
    let lang = i18n::first_lang();
    let words = asset_path(lang);
    let mut read =
        deskbreak_browser::package::read_texts(&[deskbreak_catalog::ASSET, &words]).await.into_iter();
    let mut next = || read.next().unwrap_or_else(|| Ok(String::new())).map_err(|e| e.to_string());
    let (catalog, words) = (next(), next());
    deskbreak_catalog::install(&catalog?).map_err(|e| e.to_string())?;
    match words.and_then(|json| i18n::activate(&json)) {
        Ok(_) => Ok(()),
        Err(e) if lang != Lang::En => {
            web_sys::console::warn_1(&e.into());
            i18n::load(Lang::En).await.map(|_| ())
        }
        Err(e) => Err(e),
    }
}

fn remove_shell() {
    if let Some(shell) = leptos::prelude::document().get_element_by_id("shell") {
        shell.remove();
    }
}

fn mount_loaded() {
    // `index.html#moves`: every exercise's figure on one sheet (`make sheet`), not the app.
    #[cfg(feature = "sheet")]
    if leptos::prelude::window().location().hash().is_ok_and(|h| h == "#moves") {
        remove_shell();
        leptos::mount::mount_to_body(ui::contact_sheet::ContactSheet);
        return;
    }
    leptos::mount::mount_to_body(ui::app::App);
}
