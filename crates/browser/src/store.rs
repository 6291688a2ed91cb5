//! `chrome.storage.local` as the core's [`Store`], and the page's run-time choice of backend.

use std::collections::BTreeMap;

use deskbreak_core::store::{Store, StoreError};

use crate::web_lock::{self, WebLock, STORE_LOCK};
use crate::{chrome, BrowserError, LocalStore};

fn to_store_error(e: BrowserError) -> StoreError {
    match e {
        BrowserError::Quota(m) => StoreError::QuotaExceeded(m),
        BrowserError::Js(m) => StoreError::Unavailable(m),
    }
}

/// The extension's storage, shared by every tab and the worker.
#[derive(Clone, Copy, Debug, Default)]
pub struct ChromeStore;

/// Takes the storage lock shared by every tab and the worker.
pub(crate) async fn store_lock() -> Result<Option<WebLock>, StoreError> {
    web_lock::acquire(STORE_LOCK).await.map_err(to_store_error)
}

impl Store for ChromeStore {
    type Lock = Option<WebLock>;

    async fn lock(&self) -> Result<Self::Lock, StoreError> {
        store_lock().await
    }

    async fn get_all(&self) -> Result<BTreeMap<String, String>, StoreError> {
        Ok(chrome::storage_get_all().await.map_err(to_store_error)?.into_iter().collect())
    }

    async fn set(&self, items: Vec<(String, String)>) -> Result<(), StoreError> {
        chrome::storage_set(&items).await.map_err(to_store_error)
    }

    async fn remove(&self, keys: Vec<String>) -> Result<(), StoreError> {
        chrome::storage_remove(&keys).await.map_err(to_store_error)
    }
}

/// The page's storage: `chrome.storage.local` inside the extension, `localStorage` when the same
/// page runs in an ordinary tab under `trunk serve`. Chosen at run time, like Bonjourr does.
#[derive(Clone, Debug)]
pub enum PageStore {
    Chrome(ChromeStore),
    Local(LocalStore),
}

impl PageStore {
    pub fn detect() -> Self {
        if chrome::available() {
            PageStore::Chrome(ChromeStore)
        } else {
            PageStore::Local(LocalStore)
        }
    }

    pub fn is_extension(&self) -> bool {
        matches!(self, PageStore::Chrome(_))
    }
}

impl Store for PageStore {
    type Lock = Option<WebLock>;

    async fn lock(&self) -> Result<Self::Lock, StoreError> {
        store_lock().await
    }

    async fn get_all(&self) -> Result<BTreeMap<String, String>, StoreError> {
        match self {
            PageStore::Chrome(s) => s.get_all().await,
            PageStore::Local(s) => s.get_all().await,
        }
    }

    async fn set(&self, items: Vec<(String, String)>) -> Result<(), StoreError> {
        match self {
            PageStore::Chrome(s) => s.set(items).await,
            PageStore::Local(s) => s.set(items).await,
        }
    }

    async fn remove(&self, keys: Vec<String>) -> Result<(), StoreError> {
        match self {
            PageStore::Chrome(s) => s.remove(keys).await,
            PageStore::Local(s) => s.remove(keys).await,
        }
    }
}
