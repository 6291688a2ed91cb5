//! The browser door as it runs in an ordinary page, outside the extension (the `trunk serve` case),
//! in headless Chromium:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p deskbreak-browser --target wasm32-unknown-unknown`.
//!
//! The runner executes these tests one at a time in the same page, so each test that touches
//! `localStorage` starts by clearing it.
#![cfg(target_arch = "wasm32")]

use std::collections::BTreeMap;

use deskbreak_browser::{chrome, now, random_id_bytes, BrowserError, ChromeStore, LocalStore, PageStore};
use deskbreak_core::store::{load, Problem, Store, StoreError};
use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().expect("a page has a window").local_storage().expect("no error").expect("storage")
}

/// Every raw `localStorage` entry, prefix included.
fn raw_entries() -> BTreeMap<String, String> {
    let storage = local_storage();
    let len = storage.length().expect("length");
    (0..len)
        .filter_map(|i| storage.key(i).expect("key"))
        .map(|k| {
            let v = storage.get_item(&k).expect("get").expect("present");
            (k, v)
        })
        .collect()
}

/// Each entry as its key, length and first characters: failure messages stay readable when a
/// value is megabytes long.
fn summary(entries: &BTreeMap<String, String>) -> Vec<(String, usize, String)> {
    entries.iter().map(|(k, v)| (k.clone(), v.len(), v.chars().take(24).collect())).collect()
}

fn fresh() -> web_sys::Storage {
    let storage = local_storage();
    storage.clear().expect("clear");
    storage
}

/// A stand-in `globalThis.chrome` for one test, built from a JS expression; the page's own
/// value (Chromium defines `chrome` on ordinary pages too) comes back when it is dropped.
struct FakeChrome {
    original: JsValue,
}

impl FakeChrome {
    fn install(expression: &str) -> Self {
        let global = js_sys::global();
        let original = Reflect::get(&global, &"chrome".into()).expect("readable global");
        let fake = js_sys::eval(&format!("({expression})")).expect("valid fake");
        Reflect::set(&global, &"chrome".into(), &fake).expect("writable global");
        FakeChrome { original }
    }
}

impl Drop for FakeChrome {
    fn drop(&mut self) {
        let _ = Reflect::set(&js_sys::global(), &"chrome".into(), &self.original);
    }
}

fn items(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[wasm_bindgen_test]
fn chrome_is_not_available_in_an_ordinary_page() {
    assert!(!chrome::available());
}

#[wasm_bindgen_test]
fn chrome_counts_as_available_only_with_storage_local() {
    for partial in ["{}", "{ storage: {} }", "{ storage: { local: null } }", "null"] {
        let _fake = FakeChrome::install(partial);
        assert!(!chrome::available(), "chrome = {partial}");
        assert!(!PageStore::detect().is_extension(), "chrome = {partial}");
    }
    let _fake = FakeChrome::install("{ storage: { local: {} } }");
    assert!(chrome::available());
    assert!(matches!(PageStore::detect(), PageStore::Chrome(_)));
}

#[wasm_bindgen_test]
async fn chrome_store_maps_a_quota_rejection_and_reads_values_that_are_not_strings() {
    let _fake = FakeChrome::install(
        "{ storage: { local: {
            get: () => Promise.resolve({ settings: '{\"a\":1}', hand_edited: { n: 1 }, list: [1, 2] }),
            set: () => Promise.reject(new Error('Resource::kQuotaBytes quota exceeded')),
            remove: () => Promise.reject('storage is busy'),
        } } }",
    );
    let store = PageStore::detect();
    assert!(store.is_extension());
    let all = store.get_all().await.expect("get resolves");
    let expected: BTreeMap<String, String> =
        items(&[("settings", "{\"a\":1}"), ("hand_edited", "{\"n\":1}"), ("list", "[1,2]")])
            .into_iter()
            .collect();
    assert_eq!(all, expected);
    let err = store.set(items(&[("k", "v")])).await.expect_err("set rejects");
    assert!(matches!(err, StoreError::QuotaExceeded(_)), "{err:?}");
    assert!(err.to_string().starts_with("Storage is full"), "{err}");
    let err = store.remove(vec!["k".into()]).await.expect_err("remove rejects");
    assert_eq!(err, StoreError::Unavailable("storage is busy".into()));
}

#[wasm_bindgen_test]
fn page_store_detects_local_storage_outside_the_extension() {
    let store = PageStore::detect();
    assert!(matches!(store, PageStore::Local(_)), "{store:?}");
    assert!(!store.is_extension());
}

#[wasm_bindgen_test]
async fn local_store_round_trips_through_real_local_storage() {
    let storage = fresh();
    // Another app on the same dev origin: never read, never touched.
    storage.set_item("other-app", "theirs").unwrap();
    storage.set_item("deskbreak", "no colon, not ours").unwrap();

    let store = LocalStore;
    assert!(store.get_all().await.unwrap().is_empty());

    store.set(items(&[("settings", "{\"a\":1}"), ("break:x", "{}"), ("break:y", "[]")])).await.unwrap();
    let raw = raw_entries();
    assert_eq!(raw.get("deskbreak:settings").map(String::as_str), Some("{\"a\":1}"));
    assert_eq!(raw.get("deskbreak:break:x").map(String::as_str), Some("{}"));
    assert!(!raw.contains_key("settings"), "keys are stored with the prefix only: {raw:?}");

    let all = store.get_all().await.unwrap();
    let expected: BTreeMap<String, String> =
        items(&[("settings", "{\"a\":1}"), ("break:x", "{}"), ("break:y", "[]")]).into_iter().collect();
    assert_eq!(all, expected);

    // Overwrite one key, remove another (and a key that is not there).
    store.set(items(&[("settings", "{\"a\":2}")])).await.unwrap();
    store.remove(vec!["break:x".into(), "never-stored".into()]).await.unwrap();
    let all = store.get_all().await.unwrap();
    let expected: BTreeMap<String, String> =
        items(&[("settings", "{\"a\":2}"), ("break:y", "[]")]).into_iter().collect();
    assert_eq!(all, expected);

    // Unicode keys and values survive as they are.
    store.set(items(&[("break:ü✓", "\"日本語 🧘\"")])).await.unwrap();
    assert_eq!(store.get_all().await.unwrap().get("break:ü✓").map(String::as_str), Some("\"日本語 🧘\""));

    let raw = raw_entries();
    assert_eq!(raw.get("other-app").map(String::as_str), Some("theirs"));
    assert_eq!(raw.get("deskbreak").map(String::as_str), Some("no colon, not ours"));
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_set_over_the_quota_fails_typed_and_rolls_back_that_call() {
    let storage = fresh();
    let store = LocalStore;
    store.set(items(&[("settings", "safe"), ("break:old", "{\"kept\":true}")])).await.unwrap();
    storage.set_item("other-app", "theirs").unwrap();
    let before = summary(&raw_entries());

    // About 6 MB in one call; Chromium allows 5 MB per origin. The first items fit, a later one
    // does not, so the rollback has real work to do: one overwritten key, two new ones.
    let two_mb = "x".repeat(2 * 1024 * 1024);
    let call = vec![
        ("settings".to_string(), "overwritten".to_string()),
        ("big:1".to_string(), two_mb.clone()),
        ("big:2".to_string(), two_mb.clone()),
        ("big:3".to_string(), two_mb),
    ];
    let err = store.set(call).await.expect_err("6 MB must not fit in localStorage");
    assert!(matches!(err, StoreError::QuotaExceeded(_)), "{err:?}");
    assert!(err.to_string().contains("Nothing already saved was lost"), "{err}");

    assert_eq!(summary(&raw_entries()), before, "a failed set changes nothing");
    let all = store.get_all().await.unwrap();
    assert_eq!(all.get("settings").map(String::as_str), Some("safe"));
    assert_eq!(all.get("break:old").map(String::as_str), Some("{\"kept\":true}"));
    assert_eq!(all.len(), 2);

    // The store still works after the failure.
    store.set(items(&[("break:new", "{}")])).await.unwrap();
    assert_eq!(store.get_all().await.unwrap().len(), 3);
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
fn a_real_quota_exception_maps_to_quota() {
    let storage = fresh();
    let huge = "q".repeat(6 * 1024 * 1024);
    let thrown = storage.set_item("deskbreak:huge", &huge).expect_err("6 MB must not fit");
    let error = BrowserError::from_js(thrown);
    assert!(matches!(error, BrowserError::Quota(_)), "{error:?}");
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
fn from_js_maps_quota_messages_to_quota_and_the_rest_to_js() {
    let chrome_quota = js_sys::Error::new("Resource::kQuotaBytes quota exceeded");
    assert!(matches!(BrowserError::from_js(chrome_quota.into()), BrowserError::Quota(_)));
    let quota_bytes = JsValue::from_str("QUOTA_BYTES exceeded");
    assert!(matches!(BrowserError::from_js(quota_bytes), BrowserError::Quota(_)));
    let other = js_sys::Error::new("Cannot read properties of undefined");
    assert_eq!(
        BrowserError::from_js(other.into()),
        BrowserError::Js("Cannot read properties of undefined".into())
    );
    // Something that is neither an Error nor a string still becomes a typed error.
    assert!(matches!(BrowserError::from_js(JsValue::from_f64(42.0)), BrowserError::Js(_)));
}

#[wasm_bindgen_test]
async fn chrome_store_fails_typed_without_chrome() {
    let store = ChromeStore;
    assert!(matches!(store.get_all().await, Err(StoreError::Unavailable(_))));
    assert!(matches!(store.set(items(&[("k", "v")])).await, Err(StoreError::Unavailable(_))));
    assert!(matches!(store.remove(vec!["k".into()]).await, Err(StoreError::Unavailable(_))));
    // The core's load reports an unreadable store instead of panicking.
    assert!(matches!(load(&store).await, Err(StoreError::Unavailable(_))));
}

#[wasm_bindgen_test]
async fn every_chrome_binding_fails_typed_without_chrome() {
    fn is_js<T: std::fmt::Debug>(r: Result<T, BrowserError>) -> bool {
        matches!(r, Err(BrowserError::Js(_)))
    }
    assert!(is_js(chrome::storage_get_all().await));
    assert!(is_js(chrome::storage_set(&items(&[("k", "v")])).await));
    assert!(is_js(chrome::storage_remove(&["k".to_string()]).await));
    assert!(is_js(chrome::on_storage_changed(|_| {})));
    assert!(is_js(chrome::send_message(&JsValue::from_str("ping")).await));
    assert!(is_js(chrome::extension_url("index.html")));
    assert!(is_js(chrome::alarm_at("nudge", 0).await));
    assert!(is_js(chrome::alarm_clear("nudge").await));
    assert!(is_js(chrome::idle_detection_interval(60)));
    assert!(is_js(chrome::notify("n", "icon.png", "t", "m", &["ok"]).await));
    assert!(is_js(chrome::notification_clear("n").await));
    assert!(is_js(chrome::badge("1", "#2f6f5e", "Desk Break").await));
    assert!(is_js(chrome::any_tab_audible().await));
    assert!(is_js(chrome::open_tab("index.html").await));
}

#[wasm_bindgen_test]
fn now_reads_the_js_clock_with_the_offset_east_of_utc() {
    let before = js_sys::Date::now() as i64;
    let moment = now();
    let after = js_sys::Date::now() as i64;
    assert!((before..=after).contains(&moment.utc_ms), "{moment:?}");
    // getTimezoneOffset is minutes *behind* UTC; the core wants minutes east of it.
    let js_offset = js_sys::Date::new_0().get_timezone_offset() as i32;
    assert_eq!(moment.offset_min, -js_offset);
    // And so the core's local wall clock is the browser's. The container runs in UTC, where
    // both signs agree; `TZ=America/New_York cargo test …` makes this check bite (offset -300/-240).
    let date = js_sys::Date::new(&JsValue::from_f64(moment.utc_ms as f64));
    let js_minute = date.get_hours() * 60 + date.get_minutes();
    assert_eq!(u32::from(moment.local_minute_of_day()), js_minute, "{moment:?}");
}

#[wasm_bindgen_test]
fn random_id_bytes_differ_between_calls() {
    let a = random_id_bytes();
    let b = random_id_bytes();
    assert_ne!(a, b);
    assert_ne!(a, [0u8; 16], "the bytes were filled");
}

#[wasm_bindgen_test]
async fn core_load_sets_a_corrupt_value_aside_in_local_storage() {
    let storage = fresh();
    // A current-schema break from the core's frozen fixtures.
    let good = include_str!("../../core/tests/fixtures/record_v4.json");
    let good_id = "3f2a9c0e5b7d41e8a6c4b2d0f1e3a5c7";
    storage.set_item(&format!("deskbreak:break:{good_id}"), good).unwrap();
    storage.set_item("deskbreak:break:bad", "{not json").unwrap();
    storage.set_item("other-app", "theirs").unwrap();

    let snapshot = load(&LocalStore).await.expect("a readable store loads");
    assert_eq!(snapshot.records.len(), 1, "{snapshot:?}");
    assert_eq!(snapshot.records[0].id, good_id);
    assert!(
        matches!(&snapshot.problems[..], [Problem::RecordsSetAside { count: 1, .. }]),
        "{:?}",
        snapshot.problems
    );

    let raw = raw_entries();
    assert_eq!(raw.get("deskbreak:aside:break:bad").map(String::as_str), Some("{not json"));
    assert!(!raw.contains_key("deskbreak:break:bad"));
    assert_eq!(raw.get(&format!("deskbreak:break:{good_id}")).map(String::as_str), Some(good));
    assert_eq!(raw.get("other-app").map(String::as_str), Some("theirs"));

    // The next load is clean.
    assert!(load(&LocalStore).await.unwrap().problems.is_empty());
    storage.clear().unwrap();
}
