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

/// The text of a packaged file, by its path from the package's root. Errors name the file.
pub async fn read_text(path: &str) -> Result<String, BrowserError> {
    finish(path, fetch_js(path)).await
}

/// The texts of several packaged files, fetched at once (the catalog and the language's words at
/// start), in the order asked.
pub async fn read_texts(paths: &[&str]) -> Vec<Result<String, BrowserError>> {
    let started: Vec<_> = paths.iter().map(|p| fetch_js(p)).collect();
    let mut out = Vec::with_capacity(paths.len());
    for (path, request) in paths.iter().zip(started) {
        out.push(finish(path, request).await);
    }
    out
}

async fn finish(path: &str, request: Result<Promise, JsValue>) -> Result<String, BrowserError> {
    let failed = |why: String| BrowserError::Js(format!("{path}: {why}"));
    let response: Response = settle(request).await.map_err(|e| failed(e.to_string()))?.unchecked_into();
    if !response.ok() {
        return Err(failed(format!("HTTP {}", response.status())));
    }
    let text = settle(response.text()).await.map_err(|e| failed(e.to_string()))?;
    text.as_string().ok_or_else(|| failed("not text".into()))
}
