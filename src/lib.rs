//! The New Tab page: a Leptos (CSR) app over the pure core.
//!
//! - [`state`] holds the page's reactive state, shared through context;
//! - [`persist`] is the one place that reads and writes storage;
//! - [`ui`] has one small component per file.

pub mod persist;
pub mod sound;
pub mod state;
pub mod ui;

use leptos::prelude::*;

/// Replaces the static shell painted by index.html with the app.
pub fn mount() {
    if let Some(shell) = document().get_element_by_id("shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(ui::app::App);
}
