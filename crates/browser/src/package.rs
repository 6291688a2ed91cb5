//! Files packaged with the extension, read with the global `fetch`: it exists in the page and
//! in the service worker alike, and a relative URL resolves against the page or `sw.js`, both at
//! the package's root (and against the server under `trunk serve`).

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::BrowserError;

#[wasm_bindgen]
extern "C" {
    type Response;

    #[wasm_bindgen(catch, js_name = fetch)]
    fn fetch_js(url: &str) -> Result<Promise, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn ok(this: &Response) -> bool;
    #[wasm_bindgen(method, getter)]
    fn status(this: &Response) -> u16;
    #[wasm_bindgen(method, catch)]
    fn text(this: &Response) -> Result<Promise, JsValue>;
}

async fn settle(p: Result<Promise, JsValue>) -> Result<JsValue, BrowserError> {
    JsFuture::from(p.map_err(BrowserError::from_js)?).await.map_err(BrowserError::from_js)
}

/// The text of a packaged file, by its path from the package's root.
pub async fn read_text(path: &str) -> Result<String, BrowserError> {
    let response: Response = settle(fetch_js(path)).await?.unchecked_into();
    if !response.ok() {
        return Err(BrowserError::Js(format!("{path}: HTTP {}", response.status())));
    }
    settle(response.text()).await?.as_string().ok_or_else(|| BrowserError::Js(format!("{path}: not text")))
}
