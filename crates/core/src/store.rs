//! The one storage trait, the in-memory backend, and loading and saving on top of them.
//!
//! Storage holds JSON strings under string keys, as `chrome.storage.local` and `localStorage`
//! both do. Every break has its own key, so concurrent writers never overwrite each other.
//! Loading never fails because of a bad value: whatever does not parse is copied under an
//! `aside:` key, reported, and left out, and everything else is read as usual.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use serde_json::Value;

use crate::record::{is_record_key, parse_stored_record_with_version, BreakRecord, Parsed, RECORD_SCHEMA};
use crate::settings::{Settings, SETTINGS_SCHEMA};
use crate::tracker::SittingTracker;

/// The user's settings.
pub const SETTINGS_KEY: &str = "settings";
/// The worker's sitting tracker state; opaque to the page.
pub const SITTING_KEY: &str = "sitting";
/// The worker's wake-up log, for checking the "at most 2 wake-ups an hour" promise.
pub const DEBUG_WAKEUPS_KEY: &str = "debug:wakeups";
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
}

/// Key–value storage of JSON strings. Backends: `chrome.storage.local`, `localStorage` (under
/// `trunk serve`) and [`MemoryStore`] (tests). Used generically, never as `dyn`.
#[allow(async_fn_in_trait)]
pub trait Store {
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

impl Store for MemoryStore {
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
    /// The settings could not be read at all; defaults are in use.
    SettingsReset {
        reason: String,
    },
    /// These settings fields were invalid and are back to their defaults.
    SettingsRepaired {
        fields: Vec<String>,
    },
    /// Setting aside or migrating failed; the data is where it was, and the next load retries.
    TidyFailed {
        error: StoreError,
    },
}

impl Problem {
    pub fn message(&self) -> String {
        self.to_string()
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Settings field names as the settings panel calls them.
fn field_label(field: &str) -> &str {
    match field {
        "nudge_interval_min" => "nudge interval",
        "away_min" => "away time",
        "work_start" => "start of work hours",
        "work_end" => "end of work hours",
        "work_days" => "work days",
        "daily_goal" => "daily goal",
        "work_days_only" => "work days only",
        "theme" => "theme",
        "sound" => "sound",
        "focus" => "focus areas",
        "nudges_paused_until" => "nudge pause",
        other => other,
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

/// Reads everything stored, purely. Returns the snapshot, the writes to make (set-aside copies,
/// migrated records, repaired settings) and the keys to remove afterwards (originals that were
/// set aside). Apply the writes before the removes, so a crash in between loses nothing.
pub fn read_snapshot(all: &BTreeMap<String, String>) -> (Snapshot, Vec<(String, String)>, Vec<String>) {
    let mut writes: Vec<(String, String)> = Vec::new();
    let mut removes: Vec<String> = Vec::new();
    let mut planned: BTreeSet<String> = BTreeSet::new();
    let mut problems = Vec::new();
    let mut set_aside = |key: &str, raw: &str, writes: &mut Vec<(String, String)>| {
        if let Some(aside) = aside_key(all, &planned, key, raw) {
            planned.insert(aside.clone());
            writes.push((aside, raw.to_string()));
        }
    };

    let settings = match all.get(SETTINGS_KEY) {
        None => Settings::default(),
        Some(raw) => match serde_json::from_str::<Value>(raw) {
            Ok(value) if value.is_object() => {
                let (settings, repaired) = Settings::from_stored(&value);
                if !repaired.is_empty() {
                    // Settings from a newer version are read as far as we can, never rewritten.
                    let newer = value
                        .get("schema")
                        .and_then(Value::as_u64)
                        .is_some_and(|v| v > u64::from(SETTINGS_SCHEMA));
                    if !newer {
                        if let Ok(json) = serde_json::to_string(&settings) {
                            set_aside(SETTINGS_KEY, raw, &mut writes);
                            writes.push((SETTINGS_KEY.to_string(), json));
                        }
                    }
                    problems.push(Problem::SettingsRepaired { fields: repaired });
                }
                settings
            }
            other => {
                let reason = match other {
                    Err(e) => format!("not valid JSON ({e})"),
                    Ok(_) => "not a JSON object".to_string(),
                };
                set_aside(SETTINGS_KEY, raw, &mut writes);
                removes.push(SETTINGS_KEY.to_string());
                problems.push(Problem::SettingsReset { reason });
                Settings::default()
            }
        },
    };

    let mut records = Vec::new();
    let mut future_records = Vec::new();
    let mut details = Vec::new();
    for (key, raw) in all.iter().filter(|(k, _)| is_record_key(k)) {
        match parse_stored_record_with_version(raw) {
            (Parsed::Current(record), version) => {
                if version.is_some_and(|v| v < RECORD_SCHEMA) {
                    writes.push((key.clone(), record.to_stored_json()));
                }
                records.push(record);
            }
            (Parsed::Future { .. }, _) => future_records.push(key.clone()),
            (Parsed::Corrupt { reason }, _) => {
                set_aside(key, raw, &mut writes);
                removes.push(key.clone());
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
    let sitting = all.get(SITTING_KEY).and_then(|raw| serde_json::from_str(raw).ok());
    let snapshot = Snapshot { settings, records, future_records, sitting, problems };
    (snapshot, writes, removes)
}

/// Loads everything, setting aside what does not parse and migrating old records in place.
///
/// Only an unreadable store is an error. If tidying up fails, the snapshot is still returned
/// (with a [`Problem::TidyFailed`]): originals are removed only after their copies are written.
pub async fn load<S: Store>(store: &S) -> Result<Snapshot, StoreError> {
    let all = store.get_all().await?;
    let (mut snapshot, writes, removes) = read_snapshot(&all);
    if let Err(error) = tidy(store, writes, removes).await {
        snapshot.problems.push(Problem::TidyFailed { error });
    }
    Ok(snapshot)
}

async fn tidy<S: Store>(
    store: &S,
    writes: Vec<(String, String)>,
    removes: Vec<String>,
) -> Result<(), StoreError> {
    if !writes.is_empty() {
        store.set(writes).await?;
    }
    if !removes.is_empty() {
        store.remove(removes).await?;
    }
    Ok(())
}

/// Saves one break under its own key. A record that would not load back is refused.
pub async fn save_break<S: Store>(store: &S, record: &BreakRecord) -> Result<(), StoreError> {
    record.validate().map_err(|reason| {
        StoreError::Other(format!("this break is invalid ({reason}), so it wasn't saved"))
    })?;
    store.set(vec![(record.key(), record.to_stored_json())]).await
}

pub async fn save_settings<S: Store>(store: &S, settings: &Settings) -> Result<(), StoreError> {
    let json = serde_json::to_string(settings).map_err(|e| StoreError::Other(e.to_string()))?;
    store.set(vec![(SETTINGS_KEY.to_string(), json)]).await
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
        let good = rec_at("good", d(2026, 3, 10), 9, 0);
        let mut bad = rec_at("bad", d(2026, 3, 10), 10, 0).to_stored_value();
        bad["exercises_done"] = Value::from(99);
        let bad = bad.to_string();
        let store = MemoryStore::with_items([
            ("break:bad".to_string(), bad.clone()),
            ("break:junk".to_string(), "not json".to_string()),
            (good.key(), good.to_stored_json()),
            (SITTING_KEY.to_string(), "{\"opaque\":true}".to_string()),
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
        assert_eq!(all.get(SITTING_KEY).map(String::as_str), Some("{\"opaque\":true}"));
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
        assert!(stored.contains("\"v\":2"), "{stored}");
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
    fn read_snapshot_is_pure_and_orders_writes_before_removes() {
        let all: BTreeMap<String, String> = [("break:x", "{"), ("aside:break:y", "{"), ("other", "1")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let (snap, writes, removes) = read_snapshot(&all);
        assert!(snap.records.is_empty());
        assert_eq!(writes, vec![("aside:break:x".to_string(), "{".to_string())]);
        assert_eq!(removes, vec!["break:x".to_string()]);
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
    fn the_sitting_tracker_is_read_and_a_bad_one_is_no_problem() {
        let tracker = SittingTracker::new(Settings::default());
        let mut all = BTreeMap::new();
        all.insert(SITTING_KEY.to_string(), serde_json::to_string(&tracker).unwrap());
        let (snapshot, writes, removes) = read_snapshot(&all);
        assert_eq!(snapshot.sitting, Some(tracker));
        assert!(writes.is_empty() && removes.is_empty() && snapshot.problems.is_empty());
        all.insert(SITTING_KEY.to_string(), "not json".into());
        let (snapshot, writes, removes) = read_snapshot(&all);
        assert_eq!(snapshot.sitting, None);
        assert!(
            writes.is_empty() && removes.is_empty() && snapshot.problems.is_empty(),
            "the worker owns it"
        );
    }
}
