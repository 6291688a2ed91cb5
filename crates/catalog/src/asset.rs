//! `catalog.json`, the packaged asset: written by `build.rs` (which includes this file) and read by
//! [`crate::install`]. One typed definition for both sides, so nothing is decoded by position.

use deskbreak_core::catalog::Catalog;
use serde::{Deserialize, Serialize};

/// The file the extension packages next to `index.html`; the page and the worker fetch it.
pub const ASSET: &str = "catalog.json";

#[derive(Serialize, Deserialize)]
pub struct CatalogAsset {
    pub catalog: Catalog,
    /// Each library exercise's figure in `figure::packed` notation, in library order.
    pub figures: Vec<String>,
}
