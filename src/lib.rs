//! The New Tab page: a Leptos (CSR) app over the pure core.
//!
//! - [`state`] holds the page's reactive state, as small contexts;
//! - [`persist`] is the one place that reads and writes storage;
//! - [`routine`] starts, runs and saves a routine;
//! - [`shell`] caches what the next tab paints before the wasm arrives;
//! - [`ui`] has one small component per file.

pub mod motion;
pub mod persist;
pub mod routine;
pub mod shell;
pub mod sound;
pub mod state;
pub mod ui;
pub mod wording;

/// Mounts the app. The static shell painted by index.html stays until the app has read
/// storage and can show the same pack (see `ui::app`).
pub fn mount() {
    // `index.html#moves`: every exercise's figure on one sheet (`make sheet`), not the app.
    #[cfg(feature = "sheet")]
    if leptos::prelude::window().location().hash().is_ok_and(|h| h == "#moves") {
        if let Some(shell) = leptos::prelude::document().get_element_by_id("shell") {
            shell.remove();
        }
        leptos::mount::mount_to_body(ui::contact_sheet::ContactSheet);
        return;
    }
    leptos::mount::mount_to_body(ui::app::App);
}
