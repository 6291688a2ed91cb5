//! The background service worker: the shell around the core's [`SittingTracker`].
//!
//! `extension/sw.js` registers every `chrome.*` listener synchronously and hands each event to
//! [`handle_event`], one at a time. Each call loads the tracker from `chrome.storage.local`,
//! feeds it the event with the current time, carries out the effects it returns, and stores it
//! again: MV3 stops the worker at will, so nothing lives in memory between events.

use deskbreak_browser::{chrome, BrowserError, ChromeStore};
use deskbreak_catalog::catalog;
use deskbreak_core::settings::Settings;
use deskbreak_core::store::{self, DEBUG_WAKEUPS_KEY, SETTINGS_KEY, SITTING_KEY};
use deskbreak_core::suggest::suggest_pack;
use deskbreak_core::tracker::{format_sat, IdleState, SittingTracker, TrackerEffect, TrackerEvent};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

const ALARM: &str = "sitting";
const NOTIFICATION: &str = "nudge";
const ICON: &str = "icons/icon128.png";

/// Wake-ups the worker counted, for the end-to-end tests and `make bench`.
#[derive(Debug, Default, Serialize, Deserialize)]
struct WakeCounter {
    /// Times the worker's script was evaluated (a cold start).
    starts: u64,
    /// Alarms that fired: the only wake-ups the worker causes itself.
    alarms: u64,
    /// Wall-clock time of the first count, to turn counts into rates.
    since_ms: i64,
}

/// Test builds let `make bench` and the end-to-end tests move the worker's clock forward
/// (`debug:clock-offset-ms`), to simulate hours of steady work in seconds. Store builds read
/// the real clock only.
#[cfg(feature = "test-hooks")]
const CLOCK_OFFSET_KEY: &str = "debug:clock-offset-ms";

thread_local! {
    static CLOCK_OFFSET_MS: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

fn now() -> deskbreak_core::clock::Moment {
    let mut t = deskbreak_browser::now();
    t.utc_ms += CLOCK_OFFSET_MS.with(|c| c.get());
    t
}

/// What one event needs from storage.
struct Loaded {
    settings: Settings,
    tracker: SittingTracker,
    raw_tracker: Option<String>,
    counter: WakeCounter,
}

/// Reads storage through the same snapshot reader as the page. A tracker that does not parse is
/// set aside the first time the worker reads it; damaged breaks and settings are left for the
/// page, which sets them aside and tells the user.
async fn load(store: &ChromeStore) -> Result<Loaded, String> {
    let (snapshot, all) =
        store::load_with_raw(store, |key| key == SITTING_KEY).await.map_err(|e| e.to_string())?;
    let settings = snapshot.settings;
    let raw_tracker = all.get(SITTING_KEY).cloned();
    // A tracker that does not parse only costs the current stretch: start a fresh one.
    let tracker = snapshot.sitting.unwrap_or_else(|| SittingTracker::new(settings.clone()));
    #[cfg(feature = "test-hooks")]
    CLOCK_OFFSET_MS.with(|c| c.set(all.get(CLOCK_OFFSET_KEY).and_then(|v| v.parse().ok()).unwrap_or(0)));
    let counter =
        all.get(DEBUG_WAKEUPS_KEY).and_then(|raw| serde_json::from_str(raw).ok()).unwrap_or_default();
    Ok(Loaded { settings, tracker, raw_tracker, counter })
}

fn js_err(e: impl std::fmt::Display) -> JsValue {
    JsValue::from_str(&e.to_string())
}

fn field(data: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn idle_state(text: &str) -> Option<IdleState> {
    match text {
        "active" => Some(IdleState::Active),
        "idle" => Some(IdleState::Idle),
        "locked" => Some(IdleState::Locked),
        _ => None,
    }
}

/// Handles one event from `sw.js`. `kind` names the listener; `data` is what it received.
#[wasm_bindgen]
pub async fn handle_event(kind: String, data: JsValue) -> Result<JsValue, JsValue> {
    load_catalog().await?;
    let store = ChromeStore;
    let mut loaded = load(&store).await.map_err(js_err)?;
    let mut events = Vec::new();
    let mut count_alarm = false;
    let mut answer = JsValue::NULL;

    match kind.as_str() {
        "wake" => {
            loaded.counter.starts += 1;
            events.push(TrackerEvent::Startup);
        }
        "startup" => events.push(TrackerEvent::Startup),
        "idle" => {
            if let Some(state) = data.as_string().as_deref().and_then(idle_state) {
                events.push(TrackerEvent::Idle(state));
            }
        }
        // Alarms and notifications of other names are not ours (they fall through to `_`).
        "alarm" if data.as_string().as_deref() == Some(ALARM) => {
            count_alarm = true;
            // Sound is checked when a nudge may be due, so a call defers it.
            let audible = chrome::any_tab_audible().await.unwrap_or(false);
            events.push(TrackerEvent::Audible(audible));
            events.push(TrackerEvent::Alarm);
        }
        "notification-click" if data.as_string().as_deref() == Some(NOTIFICATION) => {
            events.push(TrackerEvent::NudgeOpened);
        }
        "notification-button" if field(&data, "id").as_string().as_deref() == Some(NOTIFICATION) => {
            match field(&data, "index").as_f64() {
                Some(0.0) => events.push(TrackerEvent::NudgeOpened),
                Some(_) => events.push(TrackerEvent::Snooze),
                None => {}
            }
        }
        "audible" => events.push(TrackerEvent::Audible(data.as_bool().unwrap_or(false))),
        "audible-check" if loaded.tracker.audible() => {
            let audible = chrome::any_tab_audible().await.unwrap_or(false);
            if !audible {
                events.push(TrackerEvent::Audible(false));
            }
        }
        "storage" => {
            let added: Vec<String> =
                js_sys::Array::from(&field(&data, "added")).iter().filter_map(|k| k.as_string()).collect();
            let keys: Vec<String> =
                js_sys::Array::from(&field(&data, "keys")).iter().filter_map(|k| k.as_string()).collect();
            if keys.iter().any(|k| k == SETTINGS_KEY) {
                events.push(TrackerEvent::SettingsChanged(loaded.settings.clone()));
            }
            // A new break record ends the stretch; an update (the check-in after) does not.
            if added.iter().any(|k| deskbreak_core::record::is_record_key(k)) {
                events.push(TrackerEvent::BreakCompleted);
            }
        }
        "message" => {
            let (evs, reply) = message(&data, &loaded)?;
            events.extend(evs);
            answer = reply;
        }
        _ => {}
    }
    if events.is_empty() && !count_alarm && kind != "wake" {
        return Ok(answer);
    }

    let mut tracker = loaded.tracker;
    let mut effects = Vec::new();
    for event in events {
        let opened = event == TrackerEvent::NudgeOpened;
        let (next, mut fx) = tracker.on(event, now());
        tracker = next;
        effects.append(&mut fx);
        if opened {
            effects.push(TrackerEffect::ClearNotification);
            open_routine(&loaded.settings).await.map_err(js_err)?;
        }
    }
    for effect in effects {
        if let Err(e) = apply(effect, &loaded.settings).await {
            web_sys::console::warn_1(&JsValue::from_str(&format!("deskbreak worker: {e}")));
        }
    }

    let mut writes = Vec::new();
    let json = serde_json::to_string(&tracker).map_err(js_err)?;
    if loaded.raw_tracker.as_deref() != Some(json.as_str()) {
        writes.push((SITTING_KEY.to_string(), json));
    }
    if count_alarm || kind == "wake" {
        if loaded.counter.since_ms == 0 {
            loaded.counter.since_ms = now().utc_ms;
        }
        if count_alarm {
            loaded.counter.alarms += 1;
        }
        writes.push((DEBUG_WAKEUPS_KEY.to_string(), serde_json::to_string(&loaded.counter).map_err(js_err)?));
    }
    if !writes.is_empty() {
        store::write(&store, writes).await.map_err(js_err)?;
    }
    Ok(answer)
}

/// Messages from the extension's own pages.
fn message(data: &JsValue, loaded: &Loaded) -> Result<(Vec<TrackerEvent>, JsValue), JsValue> {
    let msg = field(data, "message");
    let kind = field(&msg, "type").as_string().unwrap_or_default();
    match kind.as_str() {
        // The page asks how long the user has sat (also handy when debugging).
        "deskbreak/status" => {
            let t = now();
            let status = serde_json::json!({
                "sat_ms": loaded.tracker.sat_ms(t),
                "over_interval": loaded.tracker.over_interval(t),
            });
            Ok((Vec::new(), JsValue::from_str(&status.to_string())))
        }
        // The New Tab's sitting banner offers Snooze too (the only one in Firefox, which has no
        // notification buttons).
        "deskbreak/snooze" => Ok((vec![TrackerEvent::Snooze], JsValue::from_str("{\"ok\":true}"))),
        #[cfg(feature = "test-hooks")]
        "deskbreak/test-event" => test_hook(data, &msg),
        _ => Ok((Vec::new(), JsValue::from_str("{\"error\":\"unknown message\"}"))),
    }
}

/// End-to-end tests cannot make `chrome.idle` report anything but "active" in a headless
/// container, nor click a notification's buttons. This hook delivers those events to the same
/// handler as the real listeners. It exists only in builds with the `test-hooks` feature (never
/// in the store package) and answers only the extension's own pages.
#[cfg(feature = "test-hooks")]
fn test_hook(data: &JsValue, msg: &JsValue) -> Result<(Vec<TrackerEvent>, JsValue), JsValue> {
    // chrome-extension://<id>/ in Chromium, moz-extension://<uuid>/ in Firefox.
    let own = chrome::extension_url("").map_err(js_err)?;
    let own_id = chrome::runtime_id();
    let from_us = own_id.is_some()
        && field(data, "senderId").as_string() == own_id
        && field(data, "senderUrl").as_string().is_some_and(|u| u.starts_with(&own));
    if !from_us {
        return Err(JsValue::from_str("refused: test events are accepted only from the extension itself"));
    }
    let value = field(msg, "value");
    let event = match field(msg, "event").as_string().as_deref() {
        Some("idle") => value.as_string().as_deref().and_then(idle_state).map(TrackerEvent::Idle),
        Some("notification-start") => Some(TrackerEvent::NudgeOpened),
        Some("notification-snooze") => Some(TrackerEvent::Snooze),
        _ => None,
    };
    match event {
        Some(e) => Ok((vec![e], JsValue::from_str("{\"ok\":true}"))),
        None => Err(JsValue::from_str("unknown test event")),
    }
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

/// Today's pack, as the New Tab suggests it right now.
fn todays_pack(settings: &Settings) -> &'static deskbreak_core::pack::Pack {
    let c = catalog();
    let t = now();
    let i = suggest_pack(c, t.local_date(), t.part_of_day(), &settings.focus);
    &c.packs[i.min(c.packs.len() - 1)]
}

async fn open_routine(settings: &Settings) -> Result<(), BrowserError> {
    chrome::open_tab(&format!("index.html#start={}", todays_pack(settings).id)).await
}

fn badge_text(minutes: u32) -> String {
    if minutes < 60 {
        format!("{minutes}m")
    } else {
        format!("{}h{:02}", minutes / 60, minutes % 60)
    }
}

async fn apply(effect: TrackerEffect, settings: &Settings) -> Result<(), BrowserError> {
    match effect {
        TrackerEffect::Notify { sat_ms } => {
            let pack = todays_pack(settings);
            let minutes = catalog().estimated_minutes(pack);
            let title = format!("You've been sitting for {}", format_sat(sat_ms));
            // One text for both browsers: a click on the body starts the routine everywhere,
            // and where there are no buttons (Firefox) Snooze is in the New Tab's banner.
            let message = format!("Today's pack: {} · about {minutes} min. Click to start it.", pack.title);
            chrome::notify(NOTIFICATION, ICON, &title, &message, &["Start", "Snooze 15 min"])
                .await
                .map(|_| ())
        }
        TrackerEffect::ClearNotification => chrome::notification_clear(NOTIFICATION).await,
        TrackerEffect::ScheduleAlarm { at_ms } => {
            // Back to the real clock, in case a test moved the worker's clock.
            chrome::alarm_at(ALARM, at_ms - CLOCK_OFFSET_MS.with(|c| c.get())).await
        }
        TrackerEffect::CancelAlarm => chrome::alarm_clear(ALARM).await,
        TrackerEffect::Badge { minutes } => chrome::badge(&minutes.map(badge_text).unwrap_or_default()).await,
        TrackerEffect::SetIdleDetection { seconds } => chrome::idle_detection_interval(seconds),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn badge_is_short() {
        assert_eq!(badge_text(5), "5m");
        assert_eq!(badge_text(59), "59m");
        assert_eq!(badge_text(90), "1h30");
        assert_eq!(badge_text(600), "10h00");
    }
}
