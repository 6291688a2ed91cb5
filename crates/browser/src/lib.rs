//! The one door to the browser, shared by the page and the service worker.
//!
//! - [`chrome`] holds every `chrome.*` binding;
//! - [`ChromeStore`] and [`LocalStore`] implement the core's storage trait over
//!   `chrome.storage.local` and, outside the extension (`trunk serve`), `localStorage`;
//! - [`web_lock`] holds the storage lock every writer takes;
//! - [`package`] reads files packaged with the extension (`catalog.json`);
//! - [`now`] and [`random_id_bytes`] read the clock and the random source for the core.

pub mod chrome;
mod local_store;
pub mod package;
mod store;
pub mod web_lock;

pub use local_store::LocalStore;
pub use store::{ChromeStore, PageStore};

use deskbreak_core::clock::Moment;
use wasm_bindgen::{JsCast, JsValue};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BrowserError {
    /// `chrome.storage.local` refused a write because the extension's quota is used up.
    #[error("storage is full ({0})")]
    Quota(String),
    #[error("{0}")]
    Js(String),
}

impl BrowserError {
    pub fn from_js(value: JsValue) -> Self {
        let text = value
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| value.as_string())
            .unwrap_or_else(|| format!("{value:?}"));
        if text.contains("QUOTA_BYTES") || text.to_ascii_lowercase().contains("quota") {
            BrowserError::Quota(text)
        } else {
            BrowserError::Js(text)
        }
    }
}

/// The current instant and the local UTC offset, read from the JS clock (which Playwright's
/// `page.clock` controls in tests).
pub fn now() -> Moment {
    let date = js_sys::Date::new_0();
    // getTimezoneOffset is minutes *behind* UTC; the core wants minutes east of UTC.
    Moment::new(date.get_time() as i64, -(date.get_timezone_offset() as i32))
}

/// 16 random bytes from `crypto.getRandomValues`, for break ids.
pub fn random_id_bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    let array = js_sys::Uint8Array::new_with_length(16);
    let crypto =
        js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("crypto")).unwrap_or(JsValue::UNDEFINED);
    let filled = js_sys::Reflect::get(&crypto, &JsValue::from_str("getRandomValues"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .map(|f| f.call1(&crypto, &array).is_ok())
        .unwrap_or(false);
    if filled {
        array.copy_to(&mut bytes);
    } else {
        // No Web Crypto: fall back to Math.random, still unique enough for record ids.
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
}
