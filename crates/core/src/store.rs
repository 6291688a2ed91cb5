//! The one storage trait, the in-memory backend, and loading and saving on top of them.
//!
//! Storage holds JSON strings under string keys, as `chrome.storage.local` and `localStorage`
//! both do. Every break has its own key, so concurrent writers never overwrite each other.
//! Loading never fails because of a bad value: whatever does not parse is copied under an
//! `aside:` key, reported, and left out, and everything else is read as usual.
//!
//! **The one write rule.** Every write, from every path (recording a break, import, settings,
//! the worker's tracker, migration and tidying), goes through [`update`]: under the store's lock
//! it reads what is stored now, lets the caller plan its writes from that, and then checks each
//! planned write against the stored value it would replace ([`health`]):
//! - a value written by a newer version is never overwritten or removed: the write is dropped
//!   and reported as [`WriteReport::kept`];
//! - a value this version cannot read is copied under `aside:` in the same atomic `set` before it
//!   is replaced or removed ([`WriteReport::set_aside`]);
//! - `aside:` copies themselves are never touched.
//!
//! The lock (Web Locks in the browser, an async mutex in memory) makes each read–modify–write
//! atomic across tabs and the worker, so a settings change rewrites one field of what is stored
//! *now*, not of what the tab read minutes ago.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use chrono::NaiveDate;
use serde_json::Value;

use crate::clock::Moment;
use crate::custom_routine::{is_routine_key, parse_stored_routine, CustomRoutine, ReadRoutine};
use crate::day_summary::{is_day_key, parse_day, DaySummary, ParsedDay};
use crate::l10n::{Arg, Messages};
use crate::record::{
    is_record_key, parse_stored_record_with_version, BreakRecord, Parsed, RecordFault, RECORD_SCHEMA,
};
use crate::settings::{field_label, SettingChange, Settings, SETTINGS_SCHEMA};
use crate::tracker::SittingTracker;

/// The user's settings.
pub const SETTINGS_KEY: &str = "settings";
/// The worker's sitting tracker state; opaque to the page.
pub const SITTING_KEY: &str = "sitting";
/// The worker's wake-up log, for checking the "at most 2 wake-ups an hour" promise.
pub const DEBUG_WAKEUPS_KEY: &str = "debug:wakeups";
/// Set once, by the tab that shows the first-run welcome; its presence means "welcomed".
pub const WELCOME_KEY: &str = "welcome";
/// A value that failed to parse is kept under `aside:<its key>` (then `#2`, `#3`… if taken).
pub const ASIDE_PREFIX: &str = "aside:";

/// A storage failure, worded for the user: a failed write changes nothing.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    #[error("Storage is full ({0}). Nothing already saved was lost, but this change wasn't saved; export your data to keep a copy.")]
    QuotaExceeded(String),
    #[error("Storage isn't available right now: {0}. Nothing was lost; please try again.")]
    Unavailable(String),
    #[error("Storage failed: {0}.")]
    Other(String),
    /// A break that would not load back, refused before it reaches storage.
    #[error("Storage failed: this break is invalid ({0}), so it wasn't saved.")]
    InvalidBreak(RecordFault),
    /// The break's key holds one from a newer version, which is kept.
    #[error("Storage failed: a break with the same id was saved by a newer version of Desk Break and is kept as it is.")]
    NewerBreak,
    /// The routine's key holds one from a newer version, which is kept.
    #[error("Storage failed: a routine with the same id was saved by a newer version of Desk Break and is kept as it is.")]
    NewerRoutine,
}

impl StoreError {
    /// The error in the language of `m` (`store-*` in `locales/<lang>/notices.ftl`). What the
    /// browser said (`detail`) stays in the browser's words.
    pub fn message_in(&self, m: &Messages) -> String {
        let with = |key: &str, detail: &str| m.format(key, &[("detail", Arg::Str(detail))]);
        match self {
            StoreError::QuotaExceeded(detail) => with("store-full", detail),
            StoreError::Unavailable(detail) => with("store-unavailable", detail),
            StoreError::Other(detail) => with("store-failed", detail),
            StoreError::InvalidBreak(fault) => {
                m.format("store-invalid-break", &[("reason", Arg::Str(&fault.message_in(m)))])
            }
            StoreError::NewerBreak => m.get("store-newer-break"),
            StoreError::NewerRoutine => m.get("store-newer-routine"),
        }
    }
}

/// Key–value storage of JSON strings. Backends: `chrome.storage.local`, `localStorage` (under
/// `trunk serve`) and [`MemoryStore`] (tests). Used generically, never as `dyn`.
///
/// `set` and `remove` are the backend's primitives; everything else writes through [`update`],
/// which holds the lock and applies the write rule.
#[allow(async_fn_in_trait)]
pub trait Store {
    /// Held while a read–modify–write runs; dropping it releases the lock.
    type Lock;
    /// Waits for the store's exclusive lock, shared by every tab and the worker.
    async fn lock(&self) -> Result<Self::Lock, StoreError>;
    async fn get_all(&self) -> Result<BTreeMap<String, String>, StoreError>;
    /// Writes all items or none.
    async fn set(&self, items: Vec<(String, String)>) -> Result<(), StoreError>;
    async fn remove(&self, keys: Vec<String>) -> Result<(), StoreError>;
}

/// An in-memory store for tests, with fault injection. Clones share the same map, like two tabs
/// sharing `chrome.storage.local`.
///
/// Each operation yields once before it takes effect, as a real backend does, so futures polled
/// together really interleave.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    inner: Rc<RefCell<MemoryInner>>,
}

#[derive(Debug, Default)]
struct MemoryInner {
    map: BTreeMap<String, String>,
    quota_bytes: Option<usize>,
    fail_next_set: Option<StoreError>,
    writes_left: Option<usize>,
    locked: bool,
    waiting: Vec<std::task::Waker>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// A store that starts with these items (for seeding old or damaged data in tests).
    pub fn with_items<K: Into<String>, V: Into<String>>(items: impl IntoIterator<Item = (K, V)>) -> Self {
        let store = Self::new();
        store.inner.borrow_mut().map = items.into_iter().map(|(k, v)| (k.into(), v.into())).collect();
        store
    }

    /// Limits the total size, counted as key plus value bytes (as Chrome counts its quota).
    /// A set that would go over fails with [`StoreError::QuotaExceeded`] and changes nothing.
    pub fn with_quota(self, bytes: usize) -> Self {
        self.inner.borrow_mut().quota_bytes = Some(bytes);
        self
    }

    /// Makes the next `set` fail with this error, changing nothing.
    pub fn fail_next_set(&self, error: StoreError) {
        self.inner.borrow_mut().fail_next_set = Some(error);
    }

    /// Lets the next `n` writes (each `set` or `remove` call) succeed and fails every later one,
    /// as if the worker were killed after its `n`-th write.
    pub fn fail_sets_after(&self, n: usize) {
        self.inner.borrow_mut().writes_left = Some(n);
    }

    /// Undoes [`fail_sets_after`](Self::fail_sets_after): the "restarted worker".
    pub fn stop_failing(&self) {
        let mut inner = self.inner.borrow_mut();
        inner.writes_left = None;
        inner.fail_next_set = None;
    }

    /// A copy of everything stored.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.inner.borrow().map.clone()
    }

    pub fn bytes_used(&self) -> usize {
        size_of_map(&self.inner.borrow().map)
    }
}

fn size_of_map(map: &BTreeMap<String, String>) -> usize {
    map.iter().map(|(k, v)| k.len() + v.len()).sum()
}

impl MemoryInner {
    fn take_write(&mut self) -> Result<(), StoreError> {
        match &mut self.writes_left {
            Some(0) => Err(StoreError::Unavailable("the extension stopped in the middle of saving".into())),
            Some(n) => {
                *n -= 1;
                Ok(())
            }
            None => Ok(()),
        }
    }
}

/// Returns `Pending` once, waking itself: a stand-in for the event-loop turn of a real backend.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// The in-memory store's lock: released (and the waiting tasks woken) when dropped, as a real
/// lock is when its tab closes or its worker is stopped.
#[derive(Debug)]
pub struct MemoryLock(Rc<RefCell<MemoryInner>>);

impl Drop for MemoryLock {
    fn drop(&mut self) {
        let mut inner = self.0.borrow_mut();
        inner.locked = false;
        for waker in inner.waiting.drain(..) {
            waker.wake();
        }
    }
}

impl Store for MemoryStore {
    type Lock = MemoryLock;

    async fn lock(&self) -> Result<MemoryLock, StoreError> {
        YieldOnce(false).await;
        std::future::poll_fn(|cx| {
            let mut inner = self.inner.borrow_mut();
            if inner.locked {
                inner.waiting.push(cx.waker().clone());
                Poll::Pending
            } else {
                inner.locked = true;
                Poll::Ready(())
            }
        })
        .await;
        Ok(MemoryLock(self.inner.clone()))
    }

    async fn get_all(&self) -> Result<BTreeMap<String, String>, StoreError> {
        YieldOnce(false).await;
        Ok(self.snapshot())
    }

    async fn set(&self, items: Vec<(String, String)>) -> Result<(), StoreError> {
        YieldOnce(false).await;
        let mut inner = self.inner.borrow_mut();
        if let Some(error) = inner.fail_next_set.take() {
            return Err(error);
        }
        inner.take_write()?;
        let mut next = inner.map.clone();
        next.extend(items);
        if let Some(quota) = inner.quota_bytes {
            let needed = size_of_map(&next);
            if needed > quota {
                return Err(StoreError::QuotaExceeded(format!("{needed} bytes needed, {quota} available")));
            }
        }
        inner.map = next;
        Ok(())
    }

    async fn remove(&self, keys: Vec<String>) -> Result<(), StoreError> {
        YieldOnce(false).await;
        let mut inner = self.inner.borrow_mut();
        inner.take_write()?;
        for key in keys {
            inner.map.remove(&key);
        }
        Ok(())
    }
}

/// Everything the page needs from storage.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Snapshot {
    pub settings: Settings,
    /// Readable breaks of the current schema (older ones migrated), oldest first.
    pub records: Vec<BreakRecord>,
    /// Keys of breaks written by a newer version: kept untouched and not counted.
    pub future_records: Vec<String>,
    /// The worker's sitting tracker, for the page's banner. One that does not parse is only a
    /// missing banner (the worker starts a fresh stretch), so it is not a problem to report.
    pub sitting: Option<SittingTracker>,
    /// The worker's day summaries (`day:<date>`), by date. Empty in a store from before them.
    pub days: BTreeMap<NaiveDate, DaySummary>,
    /// The user's own routines that read cleanly, by name. Ones from a newer version are kept
    /// untouched and not shown.
    pub routines: Vec<CustomRoutine>,
    pub problems: Vec<Problem>,
}

/// Something the user should hear about after loading. Never fatal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Unreadable breaks, copied aside. `details` are `key: reason` lines for the console.
    RecordsSetAside {
        count: usize,
        details: Vec<String>,
    },
    NewerRecords {
        count: usize,
    },
    /// Unreadable routines of the user's own, copied aside. `details` as for breaks.
    RoutinesSetAside {
        count: usize,
        details: Vec<String>,
    },
    /// The settings could not be read at all; defaults are in use.
    SettingsReset {
        reason: String,
    },
    /// These settings fields were invalid and are back to their defaults.
    SettingsRepaired {
        fields: Vec<String>,
    },
    /// The worker's sitting tracker could not be read: it was set aside and a fresh stretch
    /// starts.
    SittingReset,
    /// Unreadable day summaries, copied aside: those days show no sitting or nudge figures.
    DaysSetAside {
        count: usize,
    },
    /// Setting aside or migrating failed; the data is where it was, and the next load retries.
    TidyFailed {
        error: StoreError,
    },
}

impl Problem {
    /// The English message.
    pub fn message(&self) -> String {
        self.to_string()
    }

    /// The message in the language of `m` (`problem-*` in `locales/<lang>/notices.ftl`).
    pub fn message_in(&self, m: &Messages) -> String {
        let count = |key: &str, n: usize| m.format(key, &[("count", n.into())]);
        match self {
            Problem::RecordsSetAside { count: n, .. } => count("problem-records-set-aside", *n),
            Problem::NewerRecords { count: n } => count("problem-newer-records", *n),
            Problem::RoutinesSetAside { count: n, .. } => count("problem-routines-set-aside", *n),
            Problem::SettingsReset { .. } => m.get("problem-settings-reset"),
            Problem::SettingsRepaired { fields } => {
                let labels: Vec<String> = fields.iter().map(|f| setting_field_in(m, f)).collect();
                let fields = labels.join(&m.get("list-separator"));
                m.format("problem-settings-repaired", &[("fields", Arg::Str(&fields))])
            }
            Problem::SittingReset => m.get("problem-sitting-reset"),
            Problem::DaysSetAside { count: n } => count("problem-days-set-aside", *n),
            Problem::TidyFailed { .. } => m.get("problem-tidy-failed"),
        }
    }
}

/// A settings field as the user knows it, in the language of `m`: `problem-field-<field>` in
/// `locales/<lang>/notices.ftl` (underscores as hyphens); a field no message names, as it is.
pub fn setting_field_in(m: &Messages, field: &str) -> String {
    let key = format!("problem-field-{}", field.replace('_', "-"));
    if m.has(&key) {
        m.get(&key)
    } else {
        field_label(field).to_string()
    }
}

/// "1 break", "3 breaks": counts in the core's messages.
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::RecordsSetAside { count, .. } => write!(
                f,
                "{} couldn't be read and {} set aside; your other breaks are safe.",
                plural(*count, "saved break", "saved breaks"),
                if *count == 1 { "was" } else { "were" }
            ),
            Problem::NewerRecords { count } => write!(
                f,
                "{} from a newer version of DeskBreak {} kept as saved but not counted here.",
                plural(*count, "break", "breaks"),
                if *count == 1 { "is" } else { "are" }
            ),
            Problem::RoutinesSetAside { count, .. } => write!(
                f,
                "{} of your own couldn't be read and {} set aside; everything else is safe.",
                plural(*count, "routine", "routines"),
                if *count == 1 { "was" } else { "were" }
            ),
            Problem::SettingsReset { .. } => f.write_str(
                "Your settings couldn't be read, so the defaults are in use; the old value was set aside.",
            ),
            Problem::SettingsRepaired { fields } => {
                let labels: Vec<&str> = fields.iter().map(|f| field_label(f)).collect();
                write!(
                    f,
                    "Some settings were invalid and are back to their defaults: {}.",
                    labels.join(", ")
                )
            }
            Problem::SittingReset => f.write_str(
                "The sitting timer's saved state couldn't be read, so it starts again now; the old value was set aside.",
            ),
            Problem::DaysSetAside { count } => write!(
                f,
                "{} of sitting and nudges couldn't be read and {} set aside; your breaks are safe.",
                plural(*count, "day's summary", "days' summaries"),
                if *count == 1 { "was" } else { "were" }
            ),
            // The error itself is for the console; the user needs to know nothing is lost.
            Problem::TidyFailed { .. } => f.write_str(
                "Storage couldn't be tidied up just now; your data is where it was, and this is retried next time.",
            ),
        }
    }
}

/// Picks where to set a raw value aside: `aside:<key>`, or `#2`, `#3`… if that already holds
/// something else. `None` when the same raw value is already set aside (a retried load).
fn aside_key(
    all: &BTreeMap<String, String>,
    planned: &BTreeSet<String>,
    key: &str,
    raw: &str,
) -> Option<String> {
    let base = format!("{ASIDE_PREFIX}{key}");
    for n in 1usize.. {
        let candidate = if n == 1 { base.clone() } else { format!("{base}#{n}") };
        match all.get(&candidate) {
            Some(existing) if existing == raw => return None,
            Some(_) => continue,
            None if planned.contains(&candidate) => continue,
            None => return Some(candidate),
        }
    }
    None
}

/// What this version makes of a stored value, for the write rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Health {
    /// Read as it is (or migrated): may be overwritten.
    Readable,
    /// Written by a newer version: never overwritten or removed.
    Newer,
    /// Damaged, or not what its key should hold: copied aside before it is replaced or removed.
    Unreadable,
    /// An `aside:` copy: never touched.
    Protected,
}

/// Classifies the value stored under `key`. Keys this version does not know are readable: it
/// never writes them, so nothing of theirs is at stake.
pub fn health(key: &str, raw: &str) -> Health {
    if key.starts_with(ASIDE_PREFIX) {
        return Health::Protected;
    }
    if is_record_key(key) {
        return match parse_stored_record_with_version(raw).0 {
            Parsed::Current(_) => Health::Readable,
            Parsed::Future { .. } => Health::Newer,
            Parsed::Corrupt { .. } => Health::Unreadable,
        };
    }
    if is_day_key(key) {
        return match parse_day(key, raw) {
            ParsedDay::Current(_) => Health::Readable,
            ParsedDay::Future => Health::Newer,
            ParsedDay::Corrupt(_) => Health::Unreadable,
        };
    }
    if is_routine_key(key) {
        return match parse_stored_routine(raw) {
            ReadRoutine::Current(_) => Health::Readable,
            ReadRoutine::Future { .. } => Health::Newer,
            ReadRoutine::Corrupt { .. } => Health::Unreadable,
        };
    }
    match key {
        SETTINGS_KEY => match read_settings(Some(raw)) {
            StoredSettings::Newer(..) => Health::Newer,
            StoredSettings::Valid(_) | StoredSettings::Absent => Health::Readable,
            StoredSettings::Repaired(..) | StoredSettings::Unreadable(_) => Health::Unreadable,
        },
        SITTING_KEY => match serde_json::from_str::<SittingTracker>(raw) {
            Ok(_) => Health::Readable,
            // The tracker is the worker's scratch state: one from a newer version is set aside
            // rather than kept, so that this version's worker can go on tracking.
            Err(_) => Health::Unreadable,
        },
        _ => Health::Readable,
    }
}

/// The writes an [`update`] plans: sets first (one atomic `set`), then removes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub set: Vec<(String, String)>,
    pub remove: Vec<String>,
}

impl Plan {
    pub fn set(items: Vec<(String, String)>) -> Self {
        Self { set: items, remove: Vec::new() }
    }

    pub fn is_empty(&self) -> bool {
        self.set.is_empty() && self.remove.is_empty()
    }
}

/// What the write rule did to a plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Keys whose stored value is newer (or an `aside:` copy): left byte for byte, not written.
    pub kept: Vec<String>,
    /// Keys whose unreadable stored value was copied under `aside:` before being replaced.
    pub set_aside: Vec<String>,
}

/// Applies the write rule to a plan, against everything stored now. Pure.
pub fn apply_write_rule(all: &BTreeMap<String, String>, plan: Plan) -> (Plan, WriteReport) {
    let mut out = Plan::default();
    let mut report = WriteReport::default();
    let mut planned: BTreeSet<String> = BTreeSet::new();
    // A key both replaced and removed in one plan is copied aside once.
    let mut copied: BTreeSet<String> = BTreeSet::new();
    let mut copies = Vec::new();
    let mut admit = |key: &str, report: &mut WriteReport, copies: &mut Vec<(String, String)>| -> bool {
        let Some(raw) = all.get(key) else { return true };
        match health(key, raw) {
            Health::Readable => true,
            Health::Newer | Health::Protected => {
                report.kept.push(key.to_string());
                false
            }
            Health::Unreadable => {
                if !copied.insert(key.to_string()) {
                    return true;
                }
                if let Some(aside) = aside_key(all, &planned, key, raw) {
                    planned.insert(aside.clone());
                    copies.push((aside, raw.clone()));
                }
                report.set_aside.push(key.to_string());
                true
            }
        }
    };
    for (key, value) in plan.set {
        if admit(&key, &mut report, &mut copies) {
            out.set.push((key, value));
        }
    }
    for key in plan.remove {
        if admit(&key, &mut report, &mut copies) {
            out.remove.push(key);
        }
    }
    // The copies go first in the same atomic set, so the original is never replaced without one.
    copies.append(&mut out.set);
    out.set = copies;
    (out, report)
}

/// The one way to write: under the store's lock, reads everything stored now, lets `plan`
/// decide what to write from it, applies the write rule and writes (sets before removes, so a
/// stop in between loses nothing). Returns the planner's answer and what the rule did.
pub async fn update<S: Store, T>(
    store: &S,
    plan: impl FnOnce(&BTreeMap<String, String>) -> (Plan, T),
) -> Result<(T, WriteReport), StoreError> {
    let _lock = store.lock().await?;
    let all = store.get_all().await?;
    let (wanted, answer) = plan(&all);
    let (checked, report) = apply_write_rule(&all, wanted);
    if !checked.set.is_empty() {
        store.set(checked.set).await?;
    }
    if !checked.remove.is_empty() {
        store.remove(checked.remove).await?;
    }
    Ok((answer, report))
}

/// What is stored under `settings`, as this version reads it.
#[derive(Clone, Debug, PartialEq)]
pub enum StoredSettings {
    Absent,
    Valid(Settings),
    /// Some fields were invalid and are back to their defaults (named).
    Repaired(Settings, Vec<String>),
    /// From a newer version: read as far as this version can (the fields it could not read are
    /// named), never rewritten.
    Newer(Settings, Vec<String>),
    /// Not a JSON object at all; the reason is for people.
    Unreadable(String),
}

impl StoredSettings {
    /// The settings to use: what could be read, or the defaults.
    pub fn settings(&self) -> Settings {
        match self {
            StoredSettings::Valid(s) | StoredSettings::Repaired(s, _) | StoredSettings::Newer(s, _) => {
                s.clone()
            }
            StoredSettings::Absent | StoredSettings::Unreadable(_) => Settings::default(),
        }
    }
}

/// Reads the raw `settings` value.
pub fn read_settings(raw: Option<&str>) -> StoredSettings {
    let Some(raw) = raw else { return StoredSettings::Absent };
    match serde_json::from_str::<Value>(raw) {
        Ok(value) if value.is_object() => {
            let (settings, repaired) = Settings::from_stored(&value);
            let newer =
                value.get("schema").and_then(Value::as_u64).is_some_and(|v| v > u64::from(SETTINGS_SCHEMA));
            if newer {
                StoredSettings::Newer(settings, repaired)
            } else if repaired.is_empty() {
                StoredSettings::Valid(settings)
            } else {
                StoredSettings::Repaired(settings, repaired)
            }
        }
        Ok(_) => StoredSettings::Unreadable("not a JSON object".into()),
        Err(e) => StoredSettings::Unreadable(format!("not valid JSON ({e})")),
    }
}

fn settings_json(settings: &Settings) -> Result<String, StoreError> {
    serde_json::to_string(settings).map_err(|e| StoreError::Other(e.to_string()))
}

/// Reads everything stored, purely. Returns the snapshot and the tidying it calls for: migrated
/// records and repaired settings to write, unreadable values to remove. The write rule turns
/// each replaced or removed unreadable value into an `aside:` copy first.
pub fn read_snapshot(all: &BTreeMap<String, String>) -> (Snapshot, Plan) {
    let mut plan = Plan::default();
    let mut problems = Vec::new();

    let stored = read_settings(all.get(SETTINGS_KEY).map(String::as_str));
    match &stored {
        StoredSettings::Repaired(settings, fields) => {
            if let Ok(json) = settings_json(settings) {
                plan.set.push((SETTINGS_KEY.to_string(), json));
            }
            problems.push(Problem::SettingsRepaired { fields: fields.clone() });
        }
        // Read as far as this version can; the stored value stays as it is.
        StoredSettings::Newer(_, unread) if !unread.is_empty() => {
            problems.push(Problem::SettingsRepaired { fields: unread.clone() });
        }
        StoredSettings::Unreadable(reason) => {
            plan.remove.push(SETTINGS_KEY.to_string());
            problems.push(Problem::SettingsReset { reason: reason.clone() });
        }
        StoredSettings::Absent | StoredSettings::Valid(_) | StoredSettings::Newer(..) => {}
    }

    let mut records = Vec::new();
    let mut future_records = Vec::new();
    let mut details = Vec::new();
    for (key, raw) in all.iter().filter(|(k, _)| is_record_key(k)) {
        match parse_stored_record_with_version(raw) {
            (Parsed::Current(record), version) => {
                if version.is_some_and(|v| v < RECORD_SCHEMA) {
                    plan.set.push((key.clone(), record.to_stored_json()));
                }
                records.push(record);
            }
            (Parsed::Future { .. }, _) => future_records.push(key.clone()),
            (Parsed::Corrupt { reason }, _) => {
                plan.remove.push(key.clone());
                details.push(format!("{key}: {reason}"));
            }
        }
    }
    records.sort_by(|a, b| (a.start_ms, &a.id).cmp(&(b.start_ms, &b.id)));

    if !details.is_empty() {
        problems.push(Problem::RecordsSetAside { count: details.len(), details });
    }
    if !future_records.is_empty() {
        problems.push(Problem::NewerRecords { count: future_records.len() });
    }
    let sitting = match all.get(SITTING_KEY).map(|raw| serde_json::from_str::<SittingTracker>(raw)) {
        Some(Ok(tracker)) => Some(tracker),
        Some(Err(_)) => {
            // Set aside the first time anyone reads it, like every other key.
            plan.remove.push(SITTING_KEY.to_string());
            problems.push(Problem::SittingReset);
            None
        }
        None => None,
    };
    let days = read_days(all, &mut plan, &mut problems);
    let routines = read_routines(all, &mut plan, &mut problems);
    let snapshot =
        Snapshot { settings: stored.settings(), records, future_records, sitting, days, routines, problems };
    (snapshot, plan)
}

/// The readable day summaries; unreadable ones are planned for removal (the write rule copies
/// them aside first), and ones from a newer version are kept and left out.
fn read_days(
    all: &BTreeMap<String, String>,
    plan: &mut Plan,
    problems: &mut Vec<Problem>,
) -> BTreeMap<NaiveDate, DaySummary> {
    let mut days = BTreeMap::new();
    let mut unreadable = 0;
    for (key, raw) in all.iter().filter(|(k, _)| is_day_key(k)) {
        match parse_day(key, raw) {
            ParsedDay::Current(day) => {
                days.insert(day.date, day);
            }
            ParsedDay::Future => {}
            ParsedDay::Corrupt(_) => {
                plan.remove.push(key.clone());
                unreadable += 1;
            }
        }
    }
    if unreadable > 0 {
        problems.push(Problem::DaysSetAside { count: unreadable });
    }
    days
}

/// The routines of [`read_snapshot`], by name; unreadable ones are planned for removal (the
/// write rule copies them aside first) and reported.
fn read_routines(
    all: &BTreeMap<String, String>,
    plan: &mut Plan,
    problems: &mut Vec<Problem>,
) -> Vec<CustomRoutine> {
    let mut routines = Vec::new();
    let mut details = Vec::new();
    for (key, raw) in all.iter().filter(|(k, _)| is_routine_key(k)) {
        match parse_stored_routine(raw) {
            // A value under another routine's key is not what that key should hold.
            ReadRoutine::Current(r) if r.key() == *key => routines.push(r),
            ReadRoutine::Current(_) => {
                plan.remove.push(key.clone());
                details.push(format!("{key}: it is stored under another routine's key"));
            }
            ReadRoutine::Future { .. } => {}
            ReadRoutine::Corrupt { reason } => {
                plan.remove.push(key.clone());
                details.push(format!("{key}: {reason}"));
            }
        }
    }
    routines.sort_by(|a, b| (a.name.to_lowercase(), &a.id).cmp(&(b.name.to_lowercase(), &b.id)));
    if !details.is_empty() {
        problems.push(Problem::RoutinesSetAside { count: details.len(), details });
    }
    routines
}

/// Loads everything, setting aside what does not parse and migrating old records in place.
///
/// Only an unreadable store is an error. If tidying up fails, the snapshot is still returned
/// (with a [`Problem::TidyFailed`]): originals are removed only after their copies are written.
pub async fn load<S: Store>(store: &S) -> Result<Snapshot, StoreError> {
    Ok(load_with_raw(store, |_| true).await?.0)
}

/// [`load`], tidying only the keys `tidies` accepts, and also returning the raw values it read.
/// The worker tidies only its own `sitting` key: the page reads (and reports to the user) the
/// damaged breaks and settings it sets aside, so the worker must not tidy them away unseen.
pub async fn load_with_raw<S: Store>(
    store: &S,
    tidies: impl Fn(&str) -> bool,
) -> Result<(Snapshot, BTreeMap<String, String>), StoreError> {
    let scoped = |all: &BTreeMap<String, String>| {
        let (snapshot, mut plan) = read_snapshot(all);
        plan.set.retain(|(k, _)| tidies(k));
        plan.remove.retain(|k| tidies(k));
        (snapshot, plan)
    };
    let all = store.get_all().await?;
    let (mut snapshot, plan) = scoped(&all);
    if plan.is_empty() {
        return Ok((snapshot, all));
    }
    // Tidy under the lock, planned again from a fresh read: another tab or the worker may have
    // tidied or written in the meantime.
    let tidied = update(store, |fresh| {
        let (snapshot, plan) = scoped(fresh);
        (plan, (snapshot, fresh.clone()))
    })
    .await;
    match tidied {
        Ok((fresh, _)) => Ok(fresh),
        Err(error) => {
            snapshot.problems.push(Problem::TidyFailed { error });
            Ok((snapshot, all))
        }
    }
}

/// Writes these items under the write rule (the worker's tracker and counters).
pub async fn write<S: Store>(store: &S, items: Vec<(String, String)>) -> Result<WriteReport, StoreError> {
    Ok(update(store, |_| (Plan::set(items), ())).await?.1)
}

/// Sets `key` to `value` only if nothing is stored under it, atomically across tabs: exactly one
/// caller gets `true` (the first-run welcome is shown by one tab only).
pub async fn claim_once<S: Store>(store: &S, key: &str, value: String) -> Result<bool, StoreError> {
    let (claimed, _) = update(store, |all| {
        if all.contains_key(key) {
            (Plan::default(), false)
        } else {
            (Plan::set(vec![(key.to_string(), value)]), true)
        }
    })
    .await?;
    Ok(claimed)
}

/// Saves one break under its own key. A record that would not load back is refused, and so is
/// one whose key holds a break from a newer version.
pub async fn save_break<S: Store>(store: &S, record: &BreakRecord) -> Result<(), StoreError> {
    record.check().map_err(StoreError::InvalidBreak)?;
    let report = write(store, vec![(record.key(), record.to_stored_json())]).await?;
    if report.kept.is_empty() {
        Ok(())
    } else {
        Err(StoreError::NewerBreak)
    }
}

/// Saves a routine of your own under its key (new, or replacing the user's earlier version of
/// it). One whose key holds a routine from a newer version is refused and that one kept.
pub async fn save_routine<S: Store>(store: &S, routine: &CustomRoutine) -> Result<(), StoreError> {
    let report = write(store, vec![(routine.key(), routine.to_stored_json())]).await?;
    if report.kept.is_empty() {
        Ok(())
    } else {
        Err(StoreError::NewerRoutine)
    }
}

/// Removes a routine of your own (its breaks stay: they are history).
pub async fn delete_routine<S: Store>(store: &S, id: &str) -> Result<(), StoreError> {
    let key = crate::custom_routine::routine_key(id);
    update(store, |_| (Plan { set: Vec::new(), remove: vec![key] }, ())).await.map(|_| ())
}

/// Replaces the whole settings object (restoring a known set, as tests seed it). A settings
/// change from the page goes through [`change_settings`], which rewrites one field.
pub async fn save_settings<S: Store>(store: &S, settings: &Settings) -> Result<(), StoreError> {
    let json = settings_json(settings)?;
    let report = write(store, vec![(SETTINGS_KEY.to_string(), json)]).await?;
    if report.kept.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Other(SettingsSaveError::Newer.to_string()))
    }
}

/// Why a settings change was not stored. Nothing changed in any case.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SettingsSaveError {
    #[error("{0}")]
    Invalid(#[from] crate::settings::SettingsError),
    #[error("Your settings were saved by a newer version of Desk Break, so they are kept as they are and can't be changed here.")]
    Newer,
    #[error("Settings couldn't be saved: {0}")]
    Store(#[from] StoreError),
}

impl SettingsSaveError {
    /// The error in the language of `m`. A refused value's reason is the settings' own
    /// (`SettingsError`), as it words it.
    pub fn message_in(&self, m: &Messages) -> String {
        match self {
            SettingsSaveError::Invalid(e) => e.message_in(m),
            SettingsSaveError::Newer => m.get("store-settings-newer"),
            SettingsSaveError::Store(e) => {
                m.format("store-settings-not-saved", &[("error", Arg::Str(&e.message_in(m)))])
            }
        }
    }
}

/// Applies one change to the settings stored *now*, under the lock, and writes them back: two
/// tabs changing different fields at once keep both changes. Returns the settings as stored.
pub async fn change_settings<S: Store>(
    store: &S,
    change: SettingChange,
    now: Moment,
) -> Result<Settings, SettingsSaveError> {
    let (next, report) = update(store, |all| {
        let current = read_settings(all.get(SETTINGS_KEY).map(String::as_str)).settings();
        match current.apply(change, now) {
            Ok(next) => match settings_json(&next) {
                Ok(json) => (Plan::set(vec![(SETTINGS_KEY.to_string(), json)]), Ok(next)),
                Err(e) => (Plan::default(), Err(SettingsSaveError::Store(e))),
            },
            Err(e) => (Plan::default(), Err(SettingsSaveError::Invalid(e))),
        }
    })
    .await?;
    let next = next?;
    if report.kept.is_empty() {
        Ok(next)
    } else {
        Err(SettingsSaveError::Newer)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::record::tests::{d, rec_at};
    use crate::record::{parse_stored_record, record_key};
    use crate::settings::Theme;
    use crate::streak::summarize;

    pub(crate) fn block_on<F: Future>(f: F) -> F::Output {
        pollster::block_on(f)
    }

    /// A proptest config running `default_cases` cases, or `PROPTEST_CASES` when it is set, so a
    /// longer fuzz pass is one environment variable away (`with_cases` alone would ignore it).
    pub(crate) fn proptest_config(default_cases: u32) -> proptest::test_runner::Config {
        let cases =
            std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default_cases);
        proptest::test_runner::Config { cases, ..proptest::test_runner::Config::default() }
    }

    /// Polls all futures in turn until every one is done: the interleaving of several tabs.
    pub(crate) fn join_all<F: Future>(futures: Vec<F>) -> Vec<F::Output> {
        let mut futures: Vec<Pin<Box<F>>> = futures.into_iter().map(Box::pin).collect();
        let mut outputs: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
        block_on(std::future::poll_fn(|cx| {
            let mut pending = false;
            for (future, out) in futures.iter_mut().zip(outputs.iter_mut()) {
                if out.is_none() {
                    match future.as_mut().poll(cx) {
                        Poll::Ready(v) => *out = Some(v),
                        Poll::Pending => pending = true,
                    }
                }
            }
            if pending {
                Poll::Pending
            } else {
                Poll::Ready(())
            }
        }));
        outputs.into_iter().flatten().collect()
    }

    #[test]
    fn empty_store_loads_defaults_without_problems() {
        let snap = block_on(load(&MemoryStore::new())).unwrap();
        assert_eq!(snap, Snapshot::default());
    }

    #[test]
    fn saved_breaks_and_settings_load_back() {
        let store = MemoryStore::new();
        let r = rec_at("a", d(2026, 3, 10), 9, 60);
        let settings = Settings { daily_goal: 3, theme: Theme::Dark, ..Settings::default() };
        block_on(save_break(&store, &r)).unwrap();
        block_on(save_settings(&store, &settings)).unwrap();
        let snap = block_on(load(&store)).unwrap();
        assert_eq!(snap.records, vec![r]);
        assert_eq!(snap.settings, settings);
        assert!(snap.problems.is_empty());
        assert!(store.snapshot().contains_key("break:a"));
    }

    #[test]
    fn five_concurrent_writers_leave_five_records() {
        let store = MemoryStore::new();
        let records: Vec<BreakRecord> =
            (0..5).map(|i| rec_at(&format!("tab{i}"), d(2026, 3, 10), 9 + i, 0)).collect();
        // Separate handles, as separate tabs and the worker would have.
        let handles: Vec<MemoryStore> = (0..5).map(|_| store.clone()).collect();
        let writes = handles.iter().zip(&records).map(|(s, r)| save_break(s, r)).collect();
        let results = join_all(writes);
        assert!(results.iter().all(Result::is_ok));
        let snap = block_on(load(&store)).unwrap();
        assert_eq!(snap.records.len(), 5);
        let s = summarize(&snap.records, &snap.settings, d(2026, 3, 10));
        assert_eq!(s.today_count, 5);
    }

    #[test]
    fn interleaved_loads_and_saves_lose_nothing() {
        let store = MemoryStore::with_items([("break:bad", "{oops")]);
        let a = rec_at("a", d(2026, 3, 10), 9, 0);
        let b = rec_at("b", d(2026, 3, 10), 10, 0);
        let s1 = store.clone();
        let s2 = store.clone();
        let out = join_all::<Pin<Box<dyn Future<Output = Result<usize, StoreError>>>>>(vec![
            Box::pin(async { load(&s1).await.map(|s| s.records.len()) }),
            Box::pin(async { save_break(&s2, &a).await.map(|_| 0) }),
            Box::pin(async { load(&s2).await.map(|s| s.records.len()) }),
            Box::pin(async { save_break(&s1, &b).await.map(|_| 0) }),
        ]);
        assert!(out.iter().all(Result::is_ok));
        let all = store.snapshot();
        assert_eq!(all.get("aside:break:bad").map(String::as_str), Some("{oops"));
        assert!(!all.contains_key("break:bad"));
        assert_eq!(block_on(load(&store)).unwrap().records, vec![a, b]);
    }

    #[test]
    fn quota_failure_reports_and_keeps_everything_saved_before() {
        let first = rec_at("first", d(2026, 3, 9), 9, 0);
        let room = record_key(&first.id).len() + first.to_stored_json().len();
        let store = MemoryStore::new().with_quota(room + 10);
        block_on(save_break(&store, &first)).unwrap();
        let before = store.snapshot();

        let err = block_on(save_break(&store, &rec_at("second", d(2026, 3, 10), 9, 0))).unwrap_err();
        assert!(matches!(err, StoreError::QuotaExceeded(_)));
        let message = err.to_string();
        assert!(message.starts_with("Storage is full ("), "{message}");
        assert!(message.contains("Nothing already saved was lost"), "{message}");
        assert_eq!(store.snapshot(), before);
        assert_eq!(block_on(load(&store)).unwrap().records, vec![first]);
    }

    #[test]
    fn a_failed_set_changes_nothing_and_only_fails_once() {
        let store = MemoryStore::new();
        store.fail_next_set(StoreError::Unavailable("test".into()));
        let r = rec_at("a", d(2026, 3, 10), 9, 0);
        assert!(block_on(save_break(&store, &r)).is_err());
        assert!(store.snapshot().is_empty());
        block_on(save_break(&store, &r)).unwrap();
        assert_eq!(store.snapshot().len(), 1);
    }

    #[test]
    fn an_invalid_break_is_refused_before_it_reaches_storage() {
        let store = MemoryStore::new();
        let mut r = rec_at("a", d(2026, 3, 10), 9, 0);
        r.checkin_after = Some(9);
        let err = block_on(save_break(&store, &r)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Storage failed: this break is invalid (its check-in after is 9, not 1–5), so it wasn't saved."
        );
        assert!(store.snapshot().is_empty());
    }

    #[test]
    fn future_schema_record_is_kept_untouched_and_not_counted() {
        let mut future = rec_at("new", d(2026, 3, 10), 9, 0).to_stored_value();
        future["v"] = Value::from(7);
        future["mood"] = Value::from("great");
        let raw = future.to_string();
        let current = rec_at("old", d(2026, 3, 10), 8, 0);
        let store = MemoryStore::with_items([
            ("break:new".to_string(), raw.clone()),
            (current.key(), current.to_stored_json()),
        ]);
        let before = store.snapshot();
        let snap = block_on(load(&store)).unwrap();
        assert_eq!(snap.records, vec![current]);
        assert_eq!(snap.future_records, vec!["break:new".to_string()]);
        assert_eq!(store.snapshot(), before);
        assert_eq!(snap.problems, vec![Problem::NewerRecords { count: 1 }]);
        assert_eq!(
            snap.problems[0].message(),
            "1 break from a newer version of DeskBreak is kept as saved but not counted here."
        );
    }

    #[test]
    fn corrupt_record_is_set_aside_and_the_rest_survive() {
        let tracker = serde_json::to_string(&SittingTracker::new(Settings::default())).unwrap();
        let good = rec_at("good", d(2026, 3, 10), 9, 0);
        let mut bad = rec_at("bad", d(2026, 3, 10), 10, 0).to_stored_value();
        bad["exercises_done"] = Value::from(99);
        let bad = bad.to_string();
        let store = MemoryStore::with_items([
            ("break:bad".to_string(), bad.clone()),
            ("break:junk".to_string(), "not json".to_string()),
            (good.key(), good.to_stored_json()),
            (SITTING_KEY.to_string(), tracker.clone()),
            (DEBUG_WAKEUPS_KEY.to_string(), "[1,2,3]".to_string()),
        ]);
        let snap = block_on(load(&store)).unwrap();
        assert_eq!(snap.records, vec![good]);
        assert_eq!(snap.problems.len(), 1);
        assert_eq!(
            snap.problems[0].message(),
            "2 saved breaks couldn't be read and were set aside; your other breaks are safe."
        );
        let Problem::RecordsSetAside { details, .. } = &snap.problems[0] else { panic!() };
        assert!(details[0].starts_with("break:bad: it has 99 exercises done"), "{details:?}");
        let all = store.snapshot();
        assert_eq!(all.get("aside:break:bad"), Some(&bad));
        assert_eq!(all.get("aside:break:junk").map(String::as_str), Some("not json"));
        assert!(!all.contains_key("break:bad") && !all.contains_key("break:junk"));
        assert_eq!(all.get(SITTING_KEY), Some(&tracker));
        // The next load is clean.
        assert!(block_on(load(&store)).unwrap().problems.is_empty());
    }

    #[test]
    fn one_corrupt_record_message() {
        let store = MemoryStore::with_items([("break:x", "{")]);
        let snap = block_on(load(&store)).unwrap();
        assert_eq!(
            snap.problems[0].message(),
            "1 saved break couldn't be read and was set aside; your other breaks are safe."
        );
    }

    #[test]
    fn set_aside_never_overwrites_an_earlier_aside_value() {
        let store = MemoryStore::with_items([
            ("aside:break:x", "first damage"),
            ("aside:break:x#2", "second damage"),
            ("break:x", "third damage"),
        ]);
        block_on(load(&store)).unwrap();
        let all = store.snapshot();
        assert_eq!(all.get("aside:break:x").map(String::as_str), Some("first damage"));
        assert_eq!(all.get("aside:break:x#2").map(String::as_str), Some("second damage"));
        assert_eq!(all.get("aside:break:x#3").map(String::as_str), Some("third damage"));
        assert!(!all.contains_key("break:x"));
    }

    #[test]
    fn worker_killed_mid_set_aside_keeps_the_raw_value() {
        // Killed after the set-aside copy was written, before the original was removed.
        let store = MemoryStore::with_items([("break:x", "{damaged")]);
        store.fail_sets_after(1);
        let snap = block_on(load(&store)).unwrap();
        assert!(snap.records.is_empty());
        assert!(matches!(snap.problems.last(), Some(Problem::TidyFailed { .. })));
        let all = store.snapshot();
        assert_eq!(all.get("aside:break:x").map(String::as_str), Some("{damaged"));
        assert_eq!(all.get("break:x").map(String::as_str), Some("{damaged"));

        // Killed before anything was written: the original is still in place.
        let store = MemoryStore::with_items([("break:x", "{damaged")]);
        store.fail_sets_after(0);
        block_on(load(&store)).unwrap();
        assert_eq!(store.snapshot().get("break:x").map(String::as_str), Some("{damaged"));
        assert_eq!(store.snapshot().len(), 1);

        // After a restart the next load finishes the job without a second copy.
        let store = MemoryStore::with_items([("break:x", "{damaged")]);
        store.fail_sets_after(1);
        block_on(load(&store)).unwrap();
        store.stop_failing();
        block_on(load(&store)).unwrap();
        let all = store.snapshot();
        assert_eq!(all.len(), 1);
        assert_eq!(all.get("aside:break:x").map(String::as_str), Some("{damaged"));
    }

    #[test]
    fn old_records_are_migrated_in_place() {
        let v1 = serde_json::json!({
            "v": 1, "id": "old", "pack_id": "back-pain", "start_ms": 1_000_000, "end_ms": 1_300_000,
            "local_date": "1970-01-01", "offset_min": 0, "exercises_done": 4, "exercises_total": 4,
            "checkin": {"before": 3}
        });
        let store = MemoryStore::with_items([("break:old".to_string(), v1.to_string())]);
        let snap = block_on(load(&store)).unwrap();
        assert_eq!(snap.records.len(), 1);
        assert_eq!(snap.records[0].moved_s, 300);
        assert!(snap.problems.is_empty());
        let stored = store.snapshot()["break:old"].clone();
        assert!(stored.contains("\"v\":4"), "{stored}");
        assert_eq!(parse_stored_record(&stored), Parsed::Current(snap.records[0].clone()));
    }

    #[test]
    fn unreadable_settings_fall_back_to_defaults_and_are_set_aside() {
        let store = MemoryStore::with_items([(SETTINGS_KEY, "[\"not settings\"]")]);
        let snap = block_on(load(&store)).unwrap();
        assert_eq!(snap.settings, Settings::default());
        assert!(matches!(snap.problems[..], [Problem::SettingsReset { .. }]));
        assert!(snap.problems[0].message().contains("defaults are in use"));
        let all = store.snapshot();
        assert_eq!(all.get("aside:settings").map(String::as_str), Some("[\"not settings\"]"));
        assert!(!all.contains_key(SETTINGS_KEY));
    }

    #[test]
    fn partly_bad_settings_are_repaired_field_by_field() {
        let raw =
            serde_json::json!({"schema": 1, "daily_goal": 40, "theme": "dark", "sound": "loud"}).to_string();
        let store = MemoryStore::with_items([(SETTINGS_KEY.to_string(), raw.clone())]);
        let snap = block_on(load(&store)).unwrap();
        assert_eq!(snap.settings.daily_goal, 1);
        assert_eq!(snap.settings.theme, Theme::Dark);
        assert_eq!(
            snap.problems[0].message(),
            "Some settings were invalid and are back to their defaults: daily goal, sound."
        );
        let all = store.snapshot();
        assert_eq!(all.get("aside:settings"), Some(&raw));
        let repaired: Settings = serde_json::from_str(&all[SETTINGS_KEY]).unwrap();
        assert_eq!(repaired, snap.settings);
        assert!(block_on(load(&store)).unwrap().problems.is_empty());
    }

    #[test]
    fn newer_settings_are_read_but_never_rewritten() {
        let raw = serde_json::json!({"schema": 9, "daily_goal": 4, "theme": "sepia"}).to_string();
        let store = MemoryStore::with_items([(SETTINGS_KEY.to_string(), raw.clone())]);
        let snap = block_on(load(&store)).unwrap();
        assert_eq!(snap.settings.daily_goal, 4);
        assert_eq!(store.snapshot().get(SETTINGS_KEY), Some(&raw));
        assert_eq!(store.snapshot().len(), 1);
    }

    #[test]
    fn read_snapshot_is_pure_and_the_write_rule_copies_before_it_removes() {
        let all: BTreeMap<String, String> = [("break:x", "{"), ("aside:break:y", "{"), ("other", "1")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let (snap, plan) = read_snapshot(&all);
        assert!(snap.records.is_empty());
        assert_eq!(plan, Plan { set: vec![], remove: vec!["break:x".to_string()] });
        let (checked, report) = apply_write_rule(&all, plan);
        assert_eq!(checked.set, vec![("aside:break:x".to_string(), "{".to_string())]);
        assert_eq!(checked.remove, vec!["break:x".to_string()]);
        assert_eq!(report.set_aside, vec!["break:x".to_string()]);
    }

    #[test]
    fn the_write_rule_keeps_newer_values_and_aside_copies_byte_for_byte() {
        let mut future = rec_at("n", d(2026, 3, 10), 9, 0).to_stored_value();
        future["v"] = Value::from(RECORD_SCHEMA + 1);
        future["extra"] = Value::from(true);
        let future = future.to_string();
        let newer_settings = r#"{"schema":2,"daily_goal":3}"#.to_string();
        let all: BTreeMap<String, String> = [
            ("break:n".to_string(), future.clone()),
            (SETTINGS_KEY.to_string(), newer_settings),
            ("aside:break:q".to_string(), "old damage".to_string()),
        ]
        .into_iter()
        .collect();
        let current = rec_at("n", d(2026, 3, 10), 9, 0);
        let plan = Plan {
            set: vec![
                ("break:n".into(), current.to_stored_json()),
                (SETTINGS_KEY.into(), settings_json(&Settings::default()).unwrap()),
                ("aside:break:q".into(), "overwrite".into()),
            ],
            remove: vec!["break:n".into()],
        };
        let (checked, report) = apply_write_rule(&all, plan);
        assert!(checked.is_empty(), "{checked:?}");
        assert_eq!(report.kept, vec!["break:n", SETTINGS_KEY, "aside:break:q", "break:n"]);
    }

    #[test]
    fn a_corrupt_sitting_value_is_set_aside_on_first_read() {
        let store = MemoryStore::with_items([(SITTING_KEY, "not json")]);
        let snap = block_on(load(&store)).unwrap();
        assert_eq!(snap.sitting, None);
        assert_eq!(snap.problems, vec![Problem::SittingReset]);
        let all = store.snapshot();
        assert_eq!(all.get("aside:sitting").map(String::as_str), Some("not json"));
        assert!(!all.contains_key(SITTING_KEY));
        assert!(block_on(load(&store)).unwrap().problems.is_empty());
    }

    #[test]
    fn two_tabs_changing_different_settings_at_once_keep_both() {
        let store = MemoryStore::new();
        let at = Moment::new(1_773_000_000_000, 0);
        let (a, b) = (store.clone(), store.clone());
        let out = join_all::<Pin<Box<dyn Future<Output = Result<Settings, SettingsSaveError>>>>>(vec![
            Box::pin(change_settings(&a, SettingChange::DailyGoal(3), at)),
            Box::pin(change_settings(&b, SettingChange::Theme(Theme::Dark), at)),
            Box::pin(change_settings(&a, SettingChange::NudgeInterval(45), at)),
        ]);
        assert!(out.iter().all(Result::is_ok), "{out:?}");
        let s = block_on(load(&store)).unwrap().settings;
        assert_eq!((s.daily_goal, s.theme, s.nudge_interval_min), (3, Theme::Dark, 45));
    }

    #[test]
    fn settings_from_a_newer_version_are_not_changed_and_the_user_is_told() {
        let raw = r#"{"schema":2,"daily_goal":3,"colour":"teal"}"#;
        let store = MemoryStore::with_items([(SETTINGS_KEY, raw)]);
        let at = Moment::new(1_773_000_000_000, 0);
        let err = block_on(change_settings(&store, SettingChange::DailyGoal(5), at)).unwrap_err();
        assert_eq!(err, SettingsSaveError::Newer);
        assert_eq!(store.snapshot().get(SETTINGS_KEY).map(String::as_str), Some(raw));
    }

    #[test]
    fn only_one_of_many_tabs_claims_the_welcome() {
        let store = MemoryStore::new();
        let tabs: Vec<MemoryStore> = (0..4).map(|_| store.clone()).collect();
        let claims = join_all(tabs.iter().map(|s| claim_once(s, WELCOME_KEY, "{}".into())).collect());
        assert_eq!(claims.iter().filter(|c| matches!(c, Ok(true))).count(), 1, "{claims:?}");
        assert_eq!(block_on(claim_once(&store, WELCOME_KEY, "{}".into())), Ok(false));
    }

    #[test]
    fn a_refused_settings_change_writes_nothing() {
        let store = MemoryStore::new();
        let at = Moment::new(1_773_000_000_000, 0);
        let err = block_on(change_settings(&store, SettingChange::DailyGoal(99), at)).unwrap_err();
        assert!(matches!(err, SettingsSaveError::Invalid(_)));
        assert!(store.snapshot().is_empty());
    }

    #[test]
    fn routines_save_load_and_a_corrupt_one_is_set_aside_and_reported() {
        let knows = |_: &str| true;
        let mine = crate::custom_routine::validate("r1", "Mine", &["Neck Tilts".to_string()], knows).unwrap();
        let store = MemoryStore::with_items([("routine:bad", "{\"v\":1}"), ("routine:new", "{\"v\":7}")]);
        block_on(save_routine(&store, &mine)).unwrap();
        let snapshot = block_on(load(&store)).unwrap();
        assert_eq!(snapshot.routines, vec![mine.clone()]);
        assert_eq!(
            snapshot.problems.iter().map(Problem::message).collect::<Vec<_>>(),
            vec!["1 routine of your own couldn't be read and was set aside; everything else is safe."]
        );
        let after = store.snapshot();
        assert_eq!(after.get("aside:routine:bad").map(String::as_str), Some("{\"v\":1}"));
        assert_eq!(after.get("routine:new").map(String::as_str), Some("{\"v\":7}"), "a newer one is kept");
        block_on(delete_routine(&store, "r1")).unwrap();
        block_on(delete_routine(&store, "new")).unwrap();
        let after = store.snapshot();
        assert!(!after.contains_key("routine:r1"));
        assert!(after.contains_key("routine:new"), "a newer one is never removed");
    }

    #[test]
    fn clones_share_one_map() {
        let a = MemoryStore::new();
        let b = a.clone();
        block_on(b.set(vec![("k".into(), "v".into())])).unwrap();
        assert_eq!(a.snapshot().get("k").map(String::as_str), Some("v"));
        assert_eq!(a.bytes_used(), 2);
    }

    #[test]
    fn the_sitting_tracker_is_read() {
        let tracker = SittingTracker::new(Settings::default());
        let mut all = BTreeMap::new();
        all.insert(SITTING_KEY.to_string(), serde_json::to_string(&tracker).unwrap());
        let (snapshot, plan) = read_snapshot(&all);
        assert_eq!(snapshot.sitting, Some(tracker));
        assert!(plan.is_empty() && snapshot.problems.is_empty());
    }
}

#[cfg(all(test, feature = "markdown"))]
mod l10n_tests {
    use super::*;
    use crate::l10n::testing::english;
    use crate::record::{IdField, IdProblem};

    /// In English, every problem and error reads as its `Display` does (but for the brand, which
    /// the message spells as the extension does).
    #[test]
    fn english_messages_match_the_english_display() {
        let m = english();
        let problems = [
            Problem::RecordsSetAside { count: 1, details: vec![] },
            Problem::RecordsSetAside { count: 3, details: vec![] },
            Problem::RoutinesSetAside { count: 1, details: vec![] },
            Problem::RoutinesSetAside { count: 2, details: vec![] },
            Problem::SettingsReset { reason: "x".into() },
            Problem::SettingsRepaired {
                fields: vec!["daily_goal".into(), "sound".into(), "quick_nudge_min".into()],
            },
            Problem::SittingReset,
            Problem::DaysSetAside { count: 1 },
            Problem::DaysSetAside { count: 4 },
            Problem::TidyFailed { error: StoreError::Other("x".into()) },
        ];
        for p in &problems {
            assert_eq!(p.message_in(m), p.message(), "{p:?}");
        }
        assert_eq!(
            Problem::NewerRecords { count: 1 }.message_in(m),
            "1 break from a newer version of Desk Break is kept as saved but not counted here."
        );
        assert_eq!(
            Problem::NewerRecords { count: 2 }.message_in(m),
            "2 breaks from a newer version of Desk Break are kept as saved but not counted here."
        );
        let faults = [
            RecordFault::Id { field: IdField::PackId, problem: IdProblem::Empty },
            RecordFault::Id { field: IdField::Id, problem: IdProblem::TooLong },
            RecordFault::Id { field: IdField::Id, problem: IdProblem::ControlCharacters },
            RecordFault::TimeOutOfRange { end: true },
            RecordFault::TimeOutOfRange { end: false },
            RecordFault::EndsBeforeStart,
            RecordFault::MoreDoneThanTotal { done: 5, total: 4 },
            RecordFault::CheckinOutOfRange { after: true, value: 9 },
            RecordFault::CheckinOutOfRange { after: false, value: 0 },
            RecordFault::OffsetOutOfRange(-999),
            RecordFault::LocalDateMismatch {
                stored: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
                expected: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
            },
        ];
        for f in &faults {
            assert_eq!(f.message_in(m), f.to_string(), "{f:?}");
        }
        let errors = [
            StoreError::QuotaExceeded("5 bytes needed".into()),
            StoreError::Unavailable("busy".into()),
            StoreError::Other("odd".into()),
            StoreError::InvalidBreak(RecordFault::EndsBeforeStart),
            StoreError::NewerBreak,
            StoreError::NewerRoutine,
        ];
        for e in &errors {
            assert_eq!(e.message_in(m), e.to_string(), "{e:?}");
        }
        for field in crate::settings::FIELDS {
            assert!(m.has(&format!("problem-field-{}", field.replace('_', "-"))), "{field}");
            assert_eq!(setting_field_in(m, field), field_label(field), "{field}");
        }
        let newer = SettingsSaveError::Newer;
        assert_eq!(newer.message_in(m), newer.to_string());
        let store = SettingsSaveError::Store(StoreError::Unavailable("busy".into()));
        assert_eq!(store.message_in(m), store.to_string());
    }
}
