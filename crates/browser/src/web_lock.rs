//! The storage lock: one Web Lock (`navigator.locks`) shared by every tab and the worker of the
//! extension's origin, so each read–modify–write of storage runs alone. Where the Web Locks API
//! is missing (very old browsers), storage runs unlocked, as it did before.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::BrowserError;

/// The name every writer asks for.
pub const STORE_LOCK: &str = "deskbreak-store";

/// A held Web Lock. Dropping it releases the lock; so does closing the tab or stopping the worker.
#[derive(Debug)]
pub struct WebLock {
    release: Function,
}

impl Drop for WebLock {
    fn drop(&mut self) {
        let _ = self.release.call0(&JsValue::NULL);
    }
}

fn locks() -> Option<JsValue> {
    let navigator = Reflect::get(&js_sys::global(), &JsValue::from_str("navigator")).ok()?;
    let locks = Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then_some(locks)
}

/// Waits for the exclusive lock `name`. `Ok(None)` when the browser has no Web Locks.
///
/// `navigator.locks.request` holds the lock until the promise its callback returns settles. The
/// callback hands that promise's `resolve` back to Rust (through `granted`), and dropping the
/// [`WebLock`] calls it.
pub async fn acquire(name: &str) -> Result<Option<WebLock>, BrowserError> {
    let Some(locks) = locks() else { return Ok(None) };
    let request: Function = Reflect::get(&locks, &JsValue::from_str("request"))
        .map_err(BrowserError::from_js)?
        .dyn_into()
        .map_err(BrowserError::from_js)?;
    let mut settle: Option<(Function, Function)> = None;
    let granted = Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let (grant, refuse) = settle.ok_or_else(|| BrowserError::Js("the lock promise did not start".into()))?;
    let on_grant = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        Promise::new(&mut |release, _| {
            let _ = grant.call1(&JsValue::NULL, &release);
        })
        .into()
    });
    let held = request.call2(&locks, &JsValue::from_str(name), &on_grant).map_err(BrowserError::from_js)?;
    // A refused request (say the page is being unloaded) must not leave the caller waiting.
    let on_refusal = Closure::once_into_js(move |e: JsValue| {
        let _ = refuse.call1(&JsValue::NULL, &e);
    });
    if let Ok(catch) = Reflect::get(&held, &JsValue::from_str("catch")).and_then(|f| f.dyn_into::<Function>())
    {
        let _ = catch.call1(&held, &on_refusal);
    }
    let release = JsFuture::from(granted).await.map_err(BrowserError::from_js)?;
    Ok(Some(WebLock { release: release.dyn_into().map_err(BrowserError::from_js)? }))
}
