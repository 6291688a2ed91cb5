//! The one place the page reads and writes storage. Components call these functions; they never
//! touch the store themselves. Every failure becomes a notice for the user, and a failed write
//! leaves what was stored before untouched.

use deskbreak_browser::{chrome, now, random_id_bytes};
use deskbreak_core::checkin::CheckinArea;
use deskbreak_core::clock::Moment;
use deskbreak_core::player::Outcome;
use deskbreak_core::record::{new_break_id, BreakRecord};
use deskbreak_core::settings::{SettingChange, Theme};
use deskbreak_core::store::{self, StoreError};
use deskbreak_core::transfer;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::state::{AppState, NoticeKind};

/// Reads everything and updates the page. Values that fail to parse are set aside by the core
/// and reported here; the page renders either way.
pub async fn reload(state: AppState) {
    let store = state.store.get_value();
    match store::load(&store).await {
        Ok(snapshot) => {
            for p in &snapshot.problems {
                state.notify(NoticeKind::Error, p.message());
            }
            apply_theme(snapshot.settings.theme);
            // Only what changed: every reader of an unchanged value (a field being typed in the
            // settings, the streak) stays as it is.
            if state.settings.with_untracked(|s| s != &snapshot.settings) {
                state.settings.set(snapshot.settings);
            }
            if state.records.with_untracked(|r| r != &snapshot.records) {
                state.records.set(snapshot.records);
            }
            // The worker may have written its state after the page last read the clock; an older
            // "now" would look like a clock set back and hide the stretch.
            state.now.set(now());
            state.sitting.set(snapshot.sitting);
        }
        Err(e) => state.notify(NoticeKind::Error, format!("Your saved data couldn't be read: {e}")),
    }
    // Once only: the app shows its screens when this turns true, and re-setting it on every
    // storage change would rebuild the home screen (and lose what its components hold).
    if !state.loaded.get_untracked() {
        state.loaded.set(true);
    }
}

/// Follows changes from other tabs and the worker, so a break finished elsewhere shows at once.
pub fn follow_changes(state: AppState) {
    let store = state.store.get_value();
    if store.is_extension() {
        let _ = chrome::on_storage_changed(move |keys| {
            // The worker's debug counters change on every wake-up and mean nothing to the page:
            // with dozens of tabs open, reloading them all for it would be wasted work.
            if keys.iter().any(|k| !k.starts_with("debug:")) {
                spawn_local(reload(state));
            }
        });
    } else {
        // Under `trunk serve`: other tabs' localStorage writes arrive as `storage` events.
        let handle = window_event_listener(leptos::ev::storage, move |_| spawn_local(reload(state)));
        std::mem::forget(handle);
    }
}

/// The record of a counted break, ready to save. It keeps what its check-ins are about.
pub fn new_record(
    pack_id: &str,
    area: Option<CheckinArea>,
    outcome: &Outcome,
    checkin_before: Option<u8>,
) -> BreakRecord {
    let end = Moment::new(outcome.ended_ms, now().offset_min);
    let mut record = BreakRecord::new(
        new_break_id(random_id_bytes()),
        pack_id.to_string(),
        // A clock set back during the routine must not make the record end before it starts
        // (it would be refused): the start is never later than the end minus the time moved.
        outcome.started_ms.min(outcome.ended_ms - outcome.moved_ms),
        end,
        (outcome.exercises_done as u32, outcome.exercises_total as u32),
        (outcome.moved_ms / 1000) as u32,
    );
    record.checkin_before = checkin_before;
    record.checkin_area = area;
    record
}

/// Writes one record (new, or updated with the after check-in) and shows it at once. On error,
/// what was stored before is untouched.
pub async fn save_record(state: AppState, record: BreakRecord) -> Result<BreakRecord, StoreError> {
    let store = state.store.get_value();
    store::save_break(&store, &record).await?;
    state.records.update(|r| {
        r.retain(|x| x.id != record.id);
        r.push(record.clone());
    });
    Ok(record)
}

/// Validates and stores one settings change, applied to the settings stored now (another tab
/// may have changed a different field since this one read them). Out-of-range input is refused
/// with a message and never stored.
pub async fn change_setting(state: AppState, change: SettingChange) -> Result<(), String> {
    let store = state.store.get_value();
    let next = store::change_settings(&store, change, now()).await.map_err(|e| e.to_string())?;
    apply_theme(next.theme);
    state.settings.set(next);
    Ok(())
}

/// Claims the first-run welcome for this tab: `true` for exactly one tab after install (and
/// `false` if storage cannot say, so a broken store never nags).
pub async fn claim_welcome(state: AppState) -> bool {
    let store = state.store.get_value();
    let value = serde_json::json!({ "shown_ms": now().utc_ms }).to_string();
    store::claim_once(&store, store::WELCOME_KEY, value).await.unwrap_or(false)
}

/// Asks the worker to snooze the sitting nudge by 15 minutes (the banner's Snooze).
pub async fn snooze_nudge() -> Result<(), String> {
    let message = serde_json::json!({ "type": "deskbreak/snooze" });
    let message = js_sys::JSON::parse(&message.to_string()).map_err(|e| format!("{e:?}"))?;
    chrome::send_message(&message).await.map(|_| ()).map_err(|e| e.to_string())
}

/// The export file's text, from what is loaded now.
pub fn export_text(state: AppState) -> String {
    let settings = state.settings.get_untracked();
    state.records.with_untracked(|r| transfer::export(Some(&settings), r, now()))
}

/// An export file holding one break only (a break that could not be saved), with no settings:
/// importing it later adds the break and changes nothing else.
pub fn export_one(record: &BreakRecord) -> String {
    transfer::export(None, std::slice::from_ref(record), now())
}

/// Imports an export file: merges breaks by id against everything stored (idempotent, never
/// replacing a stored break) and merges its settings field by field. A bad file is refused with
/// a message and changes nothing.
pub async fn import_text(state: AppState, text: &str) -> Result<String, String> {
    let file = transfer::parse_import(text).map_err(|e| e.to_string())?;
    let store = state.store.get_value();
    let report = transfer::import(&store, &file).await.map_err(|e| e.to_string())?;
    reload(state).await;
    Ok(report.message())
}

/// Caches what the top of today's pack looks like, for `extension/preview.js` to paint into the
/// static shell of the next tab before the wasm arrives. Valid until the part of the day ends.
pub fn save_preview(state: AppState) {
    use crate::ui::{pack_card, top_bar};
    let now = state.now.get_untracked();
    let pack = state.shown_pack();
    let preview = serde_json::json!({
        "from": now.utc_ms - now.local_minute_of_day() as i64 * 60_000,
        "until": now.part_ends_at(),
        "eyebrow": pack_card::today_eyebrow(now.part_of_day()),
        "title": pack.title,
        "tagline": pack.tagline,
        "length": pack_card::length_text(pack),
        "streak": top_bar::streak_text(state.streak().current),
    });
    if let Ok(Some(ls)) = window().local_storage() {
        let _ = ls.set_item("deskbreak-preview", &preview.to_string());
    }
}

/// Follows the theme setting: an explicit choice overrides the system scheme. The hint in
/// localStorage lets boot.js apply it before the first paint of the next tab.
pub fn apply_theme(theme: Theme) {
    let Some(root) = document().document_element() else { return };
    let hint = match theme {
        Theme::System => None,
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
    };
    let _ = match hint {
        Some(t) => root.set_attribute("data-theme", t),
        None => root.remove_attribute("data-theme"),
    };
    if let Ok(Some(ls)) = window().local_storage() {
        let _ = match hint {
            Some(t) => ls.set_item("deskbreak-theme", t),
            None => ls.remove_item("deskbreak-theme"),
        };
    }
}
