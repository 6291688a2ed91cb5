//! `localStorage` (through gloo-storage) as the core's [`Store`], for the page under `trunk serve`.
//! Keys are prefixed so that other pages on the same dev origin cannot collide with ours.

use std::collections::BTreeMap;

use deskbreak_core::store::{Store, StoreError};
use gloo_storage::{LocalStorage, Storage};

const PREFIX: &str = "deskbreak:";

#[derive(Clone, Debug, Default)]
pub struct LocalStore;

fn quota_or_other(e: wasm_bindgen::JsValue) -> StoreError {
    let message = crate::BrowserError::from_js(e);
    match message {
        crate::BrowserError::Quota(m) => StoreError::QuotaExceeded(m),
        crate::BrowserError::Js(m) => StoreError::Other(m),
    }
}

impl Store for LocalStore {
    type Lock = Option<crate::web_lock::WebLock>;

    async fn lock(&self) -> Result<Self::Lock, StoreError> {
        crate::store::store_lock().await
    }

    async fn get_all(&self) -> Result<BTreeMap<String, String>, StoreError> {
        let raw = LocalStorage::raw();
        let mut out = BTreeMap::new();
        let len = raw.length().map_err(quota_or_other)?;
        for i in 0..len {
            let Some(key) = raw.key(i).map_err(quota_or_other)? else { continue };
            if let Some(ours) = key.strip_prefix(PREFIX) {
                if let Some(value) = raw.get_item(&key).map_err(quota_or_other)? {
                    out.insert(ours.to_string(), value);
                }
            }
        }
        Ok(out)
    }

    async fn set(&self, items: Vec<(String, String)>) -> Result<(), StoreError> {
        let raw = LocalStorage::raw();
        // localStorage has no batch write: on failure, undo what this call wrote so a failed
        // write changes nothing, as chrome.storage's does.
        let mut written: Vec<(String, Option<String>)> = Vec::new();
        for (k, v) in &items {
            let key = format!("{PREFIX}{k}");
            let before = raw.get_item(&key).ok().flatten();
            if let Err(e) = raw.set_item(&key, v) {
                for (key, before) in written.into_iter().rev() {
                    let _ = match before {
                        Some(b) => raw.set_item(&key, &b),
                        None => raw.remove_item(&key),
                    };
                }
                return Err(quota_or_other(e));
            }
            written.push((key, before));
        }
        Ok(())
    }

    async fn remove(&self, keys: Vec<String>) -> Result<(), StoreError> {
        for k in keys {
            LocalStorage::delete(format!("{PREFIX}{k}"));
        }
        Ok(())
    }
}
