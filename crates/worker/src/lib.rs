//! The background service worker: the shell around the core's `worker_step`.
//!
//! `extension/sw.js` registers every `chrome.*` listener synchronously and hands each event to
//! [`handle_event`], one at a time, as the JSON text of a typed object. Each call reads it once
//! into a [`WorkerEvent`], loads the worker's state from `chrome.storage.local` through the
//! page's snapshot reader, looks up what the step asks for, lets the core's [`step`] decide,
//! and carries out the effects it returns: MV3 stops the worker at will, so nothing lives in
//! memory between events. Every decision is the core's, tested natively there.

use deskbreak_browser::{chrome, BrowserError, ChromeStore};
use deskbreak_catalog::catalog;
use deskbreak_core::clock::Moment;
use deskbreak_core::l10n::{asset_path, Lang};
use deskbreak_core::store::{self, SITTING_KEY};
use deskbreak_core::text;
use deskbreak_core::worker_step::{
    needs, step, Effect, Facts, OwnPages, Reply, Save, WorkerEvent, WorkerState, ALARM, NOTIFICATION,
};
use wasm_bindgen::prelude::*;

const ICON: &str = "icons/icon128.png";
/// The badge's usual colour, the page's accent green.
const BADGE_COLOUR: &str = "#2f6f5e";
/// The badge while the quick-move nudge stands: blue, so it reads as a new state, not an alarm
/// (its tooltip says the same in words).
const QUICK_BADGE_COLOUR: &str = "#1a5fd0";

/// Test builds let `make bench` and the end-to-end tests move the worker's clock forward
/// (`debug:clock-offset-ms`), to simulate hours of steady work in seconds. Store builds read
/// the real clock only.
#[cfg(feature = "test-hooks")]
const CLOCK_OFFSET_KEY: &str = "debug:clock-offset-ms";

thread_local! {
    static CLOCK_OFFSET_MS: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

fn now() -> Moment {
    let mut t = deskbreak_browser::now();
    t.utc_ms += CLOCK_OFFSET_MS.with(|c| c.get());
    t
}

/// Handles one event from `sw.js`, such as `{"type":"idle","state":"locked"}`. Resolves to the
/// answer to a page's message (`null` for other events); rejects when the message is refused or
/// nothing could be stored.
#[wasm_bindgen]
pub async fn handle_event(event: String) -> Result<JsValue, JsValue> {
    let event: WorkerEvent =
        serde_json::from_str(&event).map_err(|e| js_err(format!("unreadable event: {e}")))?;
    load_catalog().await?;
    let store = ChromeStore;
    let state = load(&store).await.map_err(js_err)?;
    load_locale(state.settings.language).await?;
    let needs = needs(&state, &event);
    // A browser that cannot say whether a tab plays sound is taken as silent.
    let audible = if needs.audible { chrome::any_tab_audible().await.ok() } else { None };
    let own_pages = if needs.own_pages { own_pages()? } else { None };
    let locale = deskbreak_catalog::locale::locale();
    let facts = Facts { catalog: catalog(), locale, audible, own_pages: own_pages.as_ref() };
    let (_, effects) = step(state, &event, &facts, now());

    let mut answer = JsValue::NULL;
    for effect in effects {
        match effect {
            Effect::Save(save) => write(&store, &save).await?,
            Effect::Reply(reply) => answer = reply_value(&reply)?,
            effect => {
                if let Err(e) = apply(effect).await {
                    web_sys::console::warn_1(&JsValue::from_str(&format!("deskbreak worker: {e}")));
                }
            }
        }
    }
    Ok(answer)
}

/// Reads storage through the same snapshot reader as the page. A tracker that does not parse is
/// set aside the first time the worker reads it; damaged breaks and settings are left for the
/// page, which sets them aside and tells the user.
async fn load(store: &ChromeStore) -> Result<WorkerState, String> {
    let (snapshot, all) =
        store::load_with_raw(store, |key| key == SITTING_KEY).await.map_err(|e| e.to_string())?;
    #[cfg(feature = "test-hooks")]
    CLOCK_OFFSET_MS.with(|c| c.set(all.get(CLOCK_OFFSET_KEY).and_then(|v| v.parse().ok()).unwrap_or(0)));
    Ok(WorkerState::read(snapshot, &all))
}

async fn write(store: &ChromeStore, save: &Save) -> Result<(), JsValue> {
    let items = save.items().map_err(js_err)?;
    store::write(store, items).await.map(|_| ()).map_err(js_err)
}

/// The page receives the answer's JSON text; a refusal rejects its promise.
fn reply_value(reply: &Reply) -> Result<JsValue, JsValue> {
    reply.answer().map(|text| JsValue::from_str(&text)).map_err(|reason| JsValue::from_str(&reason))
}

/// Builds with test hooks take test events from the extension's own pages only.
#[cfg(feature = "test-hooks")]
fn own_pages() -> Result<Option<OwnPages>, JsValue> {
    // chrome-extension://<id>/ in Chromium, moz-extension://<uuid>/ in Firefox.
    let url = chrome::extension_url("").map_err(js_err)?;
    Ok(Some(OwnPages { id: chrome::runtime_id(), url }))
}

/// The store package takes no test events at all.
#[cfg(not(feature = "test-hooks"))]
fn own_pages() -> Result<Option<OwnPages>, JsValue> {
    Ok(None)
}

fn js_err(e: impl std::fmt::Display) -> JsValue {
    JsValue::from_str(&e.to_string())
}

/// Fetches the packaged `catalog.json` once per life of the worker (the first event waits for
/// it; later ones find it installed). Without it the worker cannot name today's pack, so the
/// event fails with the reason, which `sw.js` logs.
async fn load_catalog() -> Result<(), JsValue> {
    if deskbreak_catalog::installed() {
        return Ok(());
    }
    let json = deskbreak_browser::package::read_text(deskbreak_catalog::ASSET).await.map_err(js_err)?;
    deskbreak_catalog::install(&json).map_err(js_err)
}

/// Fetches the user's language (the one chosen in Settings, else the browser's) when it is not
/// the one installed: the nudge speaks the language the user chose a moment ago. Without its
/// asset the worker falls back to English, and without that keeps what it has.
async fn load_locale(chosen: Option<Lang>) -> Result<(), JsValue> {
    let languages = chrome::ui_languages();
    let lang = Lang::resolve(chosen, languages.iter().map(String::as_str));
    if deskbreak_catalog::locale::installed(lang) {
        return Ok(());
    }
    for lang in [lang, Lang::En] {
        match deskbreak_browser::package::read_text(&asset_path(lang)).await {
            Ok(json) => return deskbreak_catalog::locale::install(&json).map(|_| ()).map_err(js_err),
            Err(e) => web_sys::console::warn_1(&JsValue::from_str(&format!("deskbreak worker: {e}"))),
        }
    }
    Ok(())
}

/// Carries out one effect in the browser.
async fn apply(effect: Effect) -> Result<(), BrowserError> {
    let m = deskbreak_catalog::locale::messages();
    match effect {
        Effect::Notify { title, message, buttons } => {
            chrome::notify(NOTIFICATION, ICON, &title, &message, &buttons.each_ref().map(String::as_str))
                .await
                .map(|_| ())
        }
        Effect::ClearNotification => chrome::notification_clear(NOTIFICATION).await,
        Effect::ScheduleAlarm { at_ms } => {
            // Back to the real clock, in case a test moved the worker's clock.
            chrome::alarm_at(ALARM, at_ms - CLOCK_OFFSET_MS.with(|c| c.get())).await
        }
        Effect::CancelAlarm => chrome::alarm_clear(ALARM).await,
        Effect::Badge { text, quick: false } => {
            chrome::badge(&text, BADGE_COLOUR, &text::badge_title(m, false)).await
        }
        Effect::Badge { text, quick: true } => {
            chrome::badge(&text, QUICK_BADGE_COLOUR, &text::badge_title(m, true)).await
        }
        Effect::SetIdleDetection { seconds } => chrome::idle_detection_interval(seconds),
        Effect::OpenRoutine { path } => chrome::open_tab(&path).await,
        // Storage and the page's answer are carried out by `handle_event`.
        Effect::Save(_) | Effect::Reply(_) => Ok(()),
    }
}
