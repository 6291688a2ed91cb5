//! The one place the page reads and writes storage. Components call these functions; they never
//! touch the store themselves. Every failure becomes a notice for the user, in the active
//! language, and a failed write leaves what was stored before untouched.

use deskbreak_browser::{chrome, now, random_id_bytes};
use deskbreak_core::checkin::CheckinArea;
use deskbreak_core::clock::Moment;
use deskbreak_core::custom_routine::{validate, CustomRoutine};
use deskbreak_core::player::Outcome;
use deskbreak_core::record::{new_break_id, BreakKind, BreakRecord};
use deskbreak_core::settings::SettingChange;
use deskbreak_core::store::{self, StoreError};
use deskbreak_core::transfer;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{m, tf, Arg};
use crate::shell::apply_theme;
use crate::state::{Clock, Notices, Stored};

/// Reads everything and updates the page. Values that fail to parse are set aside by the core
/// and reported here; the page renders either way.
pub async fn reload(stored: Stored, clock: Clock, notices: Notices) {
    let store = stored.store.get_value();
    match store::load(&store).await {
        Ok(snapshot) => {
            for p in &snapshot.problems {
                notices.error(p.message_in(m()));
            }
            apply_theme(snapshot.settings.theme);
            // Only what changed: every reader of an unchanged value (a field being typed in the
            // settings, the streak) stays as it is.
            if stored.settings.with_untracked(|s| s != &snapshot.settings) {
                stored.settings.set(snapshot.settings);
            }
            if stored.records.with_untracked(|r| r != &snapshot.records) {
                stored.records.set(snapshot.records);
            }
            if stored.days.with_untracked(|d| d != &snapshot.days) {
                stored.days.set(snapshot.days);
            }
            if stored.routines.with_untracked(|r| r != &snapshot.routines) {
                stored.routines.set(snapshot.routines);
            }
            // The worker may have written its state after the page last read the clock; an older
            // "now" would look like a clock set back and hide the stretch.
            clock.refresh();
            stored.sitting.set(snapshot.sitting);
        }
        Err(e) => notices.error(tf("error-load", &[("error", Arg::Str(&e.message_in(m())))])),
    }
    // Once only: the app shows its screens when this turns true, and re-setting it on every
    // storage change would rebuild the home screen (and lose what its components hold).
    if !stored.loaded.get_untracked() {
        stored.loaded.set(true);
    }
}

/// Follows changes from other tabs and the worker, so a break finished elsewhere shows at once.
pub fn follow_changes(stored: Stored, clock: Clock, notices: Notices) {
    let store = stored.store.get_value();
    if store.is_extension() {
        let _ = chrome::on_storage_changed(move |keys| {
            // The worker's debug counters change on every wake-up and mean nothing to the page:
            // with dozens of tabs open, reloading them all for it would be wasted work.
            if keys.iter().any(|k| !k.starts_with("debug:")) {
                spawn_local(reload(stored, clock, notices));
            }
        });
    } else {
        // Under `trunk serve`: other tabs' localStorage writes arrive as `storage` events.
        let handle =
            window_event_listener(leptos::ev::storage, move |_| spawn_local(reload(stored, clock, notices)));
        std::mem::forget(handle);
    }
}

/// The record of a counted break, ready to save. It keeps its kind (full pack or quick move) and
/// what its check-ins are about.
pub fn new_record(
    pack_id: &str,
    kind: BreakKind,
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
    record.kind = kind;
    record
}

/// Writes one record (new, or updated with the after check-in) and shows it at once. On error,
/// what was stored before is untouched.
pub async fn save_record(stored: Stored, record: BreakRecord) -> Result<BreakRecord, StoreError> {
    let store = stored.store.get_value();
    store::save_break(&store, &record).await?;
    stored.records.update(|r| {
        r.retain(|x| x.id != record.id);
        r.push(record.clone());
    });
    Ok(record)
}

/// Checks a routine of your own against the library and saves it (new, or replacing the earlier
/// version of itself). A refusal is the editor's message; nothing is stored then.
pub async fn save_routine(
    stored: Stored,
    id: String,
    name: String,
    exercises: Vec<String>,
) -> Result<CustomRoutine, String> {
    let catalog = deskbreak_catalog::catalog();
    let routine = validate(&id, &name, &exercises, |n| catalog.knows(n)).map_err(|e| e.message_in(m()))?;
    let store = stored.store.get_value();
    store::save_routine(&store, &routine).await.map_err(|e| e.message_in(m()))?;
    stored.routines.update(|rs| {
        rs.retain(|r| r.id != routine.id);
        rs.push(routine.clone());
        rs.sort_by(|a, b| (a.name.to_lowercase(), &a.id).cmp(&(b.name.to_lowercase(), &b.id)));
    });
    Ok(routine)
}

/// Deletes a routine of your own; the breaks done with it stay.
pub async fn delete_routine(stored: Stored, id: String) -> Result<(), String> {
    let store = stored.store.get_value();
    store::delete_routine(&store, &id).await.map_err(|e| e.message_in(m()))?;
    stored.routines.update(|rs| rs.retain(|r| r.id != id));
    Ok(())
}

/// A fresh id for a new routine of your own.
pub fn new_routine_id() -> String {
    new_break_id(random_id_bytes())
}

/// Validates and stores one settings change, applied to the settings stored now (another tab
/// may have changed a different field since this one read them). Out-of-range input is refused
/// with a message and never stored.
pub async fn change_setting(stored: Stored, change: SettingChange) -> Result<(), String> {
    let store = stored.store.get_value();
    let next = store::change_settings(&store, change, now()).await.map_err(|e| e.message_in(m()))?;
    apply_theme(next.theme);
    stored.settings.set(next);
    Ok(())
}

/// Claims the first-run welcome for this tab: `true` for exactly one tab after install (and
/// `false` if storage cannot say, so a broken store never nags).
pub async fn claim_welcome(stored: Stored) -> bool {
    let store = stored.store.get_value();
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
pub fn export_text(stored: Stored) -> String {
    let settings = stored.settings.get_untracked();
    let routines = stored.routines.get_untracked();
    stored.records.with_untracked(|r| transfer::export(Some(&settings), r, &routines, now()))
}

/// An export file holding one break only (a break that could not be saved), with no settings:
/// importing it later adds the break and changes nothing else.
pub fn export_one(record: &BreakRecord) -> String {
    transfer::export(None, std::slice::from_ref(record), &[], now())
}

/// Imports an export file: merges breaks by id against everything stored (idempotent, never
/// replacing a stored break), adds the routines of your own it holds (never replacing one), and
/// merges its settings field by field. A bad file is refused with
/// a message and changes nothing.
pub async fn import_text(
    stored: Stored,
    clock: Clock,
    notices: Notices,
    text: &str,
) -> Result<String, String> {
    let file = transfer::parse_import(text).map_err(|e| e.message_in(m()))?;
    let catalog = deskbreak_catalog::catalog();
    file.check_exercises(|n| catalog.knows(n)).map_err(|e| e.message_in(m()))?;
    let store = stored.store.get_value();
    let report =
        transfer::import(&store, &file).await.map_err(|e| e.message_in(m(), |e| e.message_in(m())))?;
    reload(stored, clock, notices).await;
    Ok(report.message_in(m()))
}
