//! Every `chrome.*` binding of the project, and nothing else. The page and the worker reach the
//! extension APIs only through these functions, which turn thrown or rejected `JsValue`s into
//! [`BrowserError`]s. No other Rust file names `chrome`.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::BrowserError;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "local"], js_name = get)]
    fn storage_local_get(keys: &JsValue) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "local"], js_name = set)]
    fn storage_local_set(items: &Object) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "local"], js_name = remove)]
    fn storage_local_remove(keys: &Array) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "onChanged"], js_name = addListener)]
    fn storage_on_changed_add(cb: &Function) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "runtime"], js_name = sendMessage)]
    fn runtime_send_message(message: &JsValue) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "runtime"], js_name = getURL)]
    fn runtime_get_url(path: &str) -> Result<String, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "alarms"], js_name = create)]
    fn alarms_create_js(name: &str, info: &Object) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "alarms"], js_name = clear)]
    fn alarms_clear_js(name: &str) -> Result<Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "idle"], js_name = setDetectionInterval)]
    fn idle_set_detection_interval_js(seconds: u32) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "notifications"], js_name = create)]
    fn notifications_create_js(id: &str, options: &Object) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "notifications"], js_name = clear)]
    fn notifications_clear_js(id: &str) -> Result<Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "action"], js_name = setBadgeText)]
    fn action_set_badge_text(details: &Object) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "action"], js_name = setBadgeBackgroundColor)]
    fn action_set_badge_background(details: &Object) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "action"], js_name = setTitle)]
    fn action_set_title(details: &Object) -> Result<Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "i18n"], js_name = getUILanguage)]
    fn i18n_get_ui_language() -> Result<String, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "tabs"], js_name = query)]
    fn tabs_query_js(query: &Object) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "tabs"], js_name = create)]
    fn tabs_create_js(props: &Object) -> Result<Promise, JsValue>;
}

/// Is the code running inside the extension, with `chrome.storage.local` available?
pub fn available() -> bool {
    let global = js_sys::global();
    let get = |o: &JsValue, k: &str| Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
    let present = |v: &JsValue| !(v.is_undefined() || v.is_null());
    let chrome = get(&global, "chrome");
    if !present(&chrome) {
        return false;
    }
    let storage = get(&chrome, "storage");
    present(&storage) && present(&get(&storage, "local"))
}

async fn settle(p: Result<Promise, JsValue>) -> Result<JsValue, BrowserError> {
    JsFuture::from(p.map_err(BrowserError::from_js)?).await.map_err(BrowserError::from_js)
}

fn object(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

/// Every key in `chrome.storage.local`, each value as JSON text. Values stored as strings
/// are returned as they are; anything else (say a value edited by hand) is stringified so the
/// core can report it instead of losing it.
pub async fn storage_get_all() -> Result<Vec<(String, String)>, BrowserError> {
    let all = settle(storage_local_get(&JsValue::NULL)).await?;
    let mut out = Vec::new();
    for entry in Object::entries(&Object::from(all)).iter() {
        let pair = Array::from(&entry);
        let key = pair.get(0).as_string().unwrap_or_default();
        let value = pair.get(1);
        let text = match value.as_string() {
            Some(s) => s,
            None => js_sys::JSON::stringify(&value).ok().and_then(|s| s.as_string()).unwrap_or_default(),
        };
        out.push((key, text));
    }
    Ok(out)
}

/// Writes all items in one call: chrome.storage applies a single `set` atomically.
pub async fn storage_set(items: &[(String, String)]) -> Result<(), BrowserError> {
    let o = Object::new();
    for (k, v) in items {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    settle(storage_local_set(&o)).await.map(|_| ())
}

pub async fn storage_remove(keys: &[String]) -> Result<(), BrowserError> {
    let arr: Array = keys.iter().map(|k| JsValue::from_str(k)).collect();
    settle(storage_local_remove(&arr)).await.map(|_| ())
}

/// Calls `on_change` with the changed keys whenever `chrome.storage.local` changes, in this
/// or any other tab or the worker. The listener lives as long as the page.
pub fn on_storage_changed(mut on_change: impl FnMut(Vec<String>) + 'static) -> Result<(), BrowserError> {
    let cb = Closure::<dyn FnMut(JsValue, JsValue)>::new(move |changes: JsValue, area: JsValue| {
        if area.as_string().as_deref() != Some("local") {
            return;
        }
        let keys = Object::keys(&Object::from(changes)).iter().filter_map(|k| k.as_string()).collect();
        on_change(keys);
    });
    storage_on_changed_add(cb.as_ref().unchecked_ref()).map_err(BrowserError::from_js)?;
    cb.forget();
    Ok(())
}

/// Sends a message to the extension's service worker and returns its answer.
pub async fn send_message(message: &JsValue) -> Result<JsValue, BrowserError> {
    settle(runtime_send_message(message)).await
}

/// The `chrome-extension://<id>/<path>` URL of a packaged file.
pub fn extension_url(path: &str) -> Result<String, BrowserError> {
    runtime_get_url(path).map_err(BrowserError::from_js)
}

/// Creates or replaces the named alarm, firing once at `when_ms` (UTC).
pub async fn alarm_at(name: &str, when_ms: i64) -> Result<(), BrowserError> {
    let info = object(&[("when", JsValue::from_f64(when_ms as f64))]);
    settle(alarms_create_js(name, &info)).await.map(|_| ())
}

pub async fn alarm_clear(name: &str) -> Result<(), BrowserError> {
    settle(alarms_clear_js(name)).await.map(|_| ())
}

/// Sets how long without input counts as idle. Chrome accepts 15 s at least.
pub fn idle_detection_interval(seconds: u32) -> Result<(), BrowserError> {
    idle_set_detection_interval_js(seconds.max(15)).map_err(BrowserError::from_js)
}

/// How a notification was shown: Chromium takes buttons; Firefox refuses them (and the other
/// rich options) with a type error, so the notification is shown plain and a click on its body
/// is the only action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    WithButtons,
    Plain,
}

/// A basic notification, with buttons where the browser supports them (detected by asking: a
/// browser without them refuses the options, and it is shown again without). `icon` is a packaged
/// path (Chrome refuses a missing one).
pub async fn notify(
    id: &str,
    icon: &str,
    title: &str,
    message: &str,
    buttons: &[&str],
) -> Result<Shown, BrowserError> {
    let plain = [
        ("type", JsValue::from_str("basic")),
        ("iconUrl", JsValue::from_str(icon)),
        ("title", JsValue::from_str(title)),
        ("message", JsValue::from_str(message)),
    ];
    let btns: Array =
        buttons.iter().map(|b| JsValue::from(object(&[("title", JsValue::from_str(b))]))).collect();
    let mut rich = plain.to_vec();
    rich.extend([
        ("buttons", btns.into()),
        ("priority", JsValue::from_f64(1.0)),
        ("requireInteraction", JsValue::TRUE),
    ]);
    match settle(notifications_create_js(id, &object(&rich))).await {
        Ok(_) => Ok(Shown::WithButtons),
        Err(e) if e.to_string().contains("unsupported") => {
            settle(notifications_create_js(id, &object(&plain))).await.map(|_| Shown::Plain)
        }
        Err(e) => Err(e),
    }
}

/// The extension's own id (`chrome.runtime.id`), to recognise its own pages' messages.
pub fn runtime_id() -> Option<String> {
    let runtime =
        Reflect::get(&Reflect::get(&js_sys::global(), &"chrome".into()).ok()?, &"runtime".into()).ok()?;
    Reflect::get(&runtime, &"id".into()).ok()?.as_string()
}

pub async fn notification_clear(id: &str) -> Result<(), BrowserError> {
    settle(notifications_clear_js(id)).await.map(|_| ())
}

/// The toolbar badge: its text (empty clears it), its colour, and the button's tooltip.
pub async fn badge(text: &str, colour: &str, title: &str) -> Result<(), BrowserError> {
    let details = object(&[("text", JsValue::from_str(text))]);
    settle(action_set_badge_text(&details)).await?;
    if !text.is_empty() {
        let colour = object(&[("color", JsValue::from_str(colour))]);
        settle(action_set_badge_background(&colour)).await?;
    }
    settle(action_set_title(&object(&[("title", JsValue::from_str(title))]))).await?;
    Ok(())
}

/// The browser's languages, in the user's order: `navigator.languages` (Chrome's language
/// settings, whose first entry is the one its interface uses unless the user set otherwise, and
/// which `--lang` sets in the page and the worker alike), then the interface's own
/// (`chrome.i18n.getUILanguage`, which headless Chromium reports as en-US in the worker whatever
/// `--lang` says). Outside the extension (`trunk serve`) only the former.
pub fn ui_languages() -> Vec<String> {
    let mut out = Vec::new();
    let navigator = Reflect::get(&js_sys::global(), &"navigator".into()).unwrap_or(JsValue::UNDEFINED);
    if let Ok(list) = Reflect::get(&navigator, &"languages".into()) {
        if Array::is_array(&list) {
            out.extend(Array::from(&list).iter().filter_map(|l| l.as_string()));
        }
    }
    out.extend(i18n_get_ui_language().ok());
    out
}

/// Is any tab playing sound? `audible` is readable without the `tabs` permission.
pub async fn any_tab_audible() -> Result<bool, BrowserError> {
    let tabs = settle(tabs_query_js(&object(&[("audible", JsValue::TRUE)]))).await?;
    Ok(Array::from(&tabs).length() > 0)
}

/// Opens a packaged page in a new, focused tab.
pub async fn open_tab(path: &str) -> Result<(), BrowserError> {
    let url = extension_url(path)?;
    settle(tabs_create_js(&object(&[("url", JsValue::from_str(&url)), ("active", JsValue::TRUE)])))
        .await
        .map(|_| ())
}
