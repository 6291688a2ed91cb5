//! Break records: the stored shape, its schema version, and the migrations from older versions.
//!
//! Every counted break is one record under its own storage key (`break:<id>`), so two tabs and
//! the worker can write at the same moment without overwriting each other. A stored record
//! carries a `"v"` field; older versions are brought up to date by pure, numbered migrations
//! that are tested against frozen fixtures (`tests/fixtures/record_v*.json`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::checkin::CheckinArea;
use crate::clock::{Moment, UtcMs};

/// The version written into every stored record as `"v"`.
pub const RECORD_SCHEMA: u32 = 4;

/// Storage keys of break records start with this.
pub const RECORD_KEY_PREFIX: &str = "break:";

/// Longest id or pack id accepted. Ours are 32 or a few dozen characters; the limit keeps a
/// hostile import or a damaged value from bloating storage and keys.
pub const MAX_ID_CHARS: usize = 200;

/// Real UTC offsets lie within ±14 h; ±18 h is the widest any platform reports.
pub const MAX_OFFSET_MIN: i32 = 18 * 60;

/// Accepted instants: from 1970 up to the end of year 9999. Outside this, date arithmetic
/// could overflow, and no real break happened there.
pub const MIN_RECORD_MS: UtcMs = 0;
pub const MAX_RECORD_MS: UtcMs = 253_402_300_799_999;

/// Version 1 did not measure pauses, so its movement time is derived from wall time. A routine
/// left open on a paused screen would otherwise add hours; one hour is longer than any pack.
pub const V1_MOVED_CAP_S: u32 = 60 * 60;

/// The two kinds of break: a quick move of two to four exercises (about 2 minutes), or the
/// full pack. Both end a sitting stretch and count their minutes; the streak counts them
/// differently (see `streak`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BreakKind {
    #[default]
    Full,
    Quick,
}

impl BreakKind {
    pub fn key(self) -> &'static str {
        match self {
            Self::Full => "full",
            Self::Quick => "quick",
        }
    }
}

/// One counted break, as of [`RECORD_SCHEMA`].
///
/// `local_date` and `offset_min` are fixed when the break is recorded, from the moment it ended:
/// the streak uses them as they are, so a later change of zone, DST or clock never moves a break
/// to another day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BreakRecord {
    pub id: String,
    pub pack_id: String,
    pub start_ms: UtcMs,
    pub end_ms: UtcMs,
    #[serde(with = "crate::clock::iso_date")]
    pub local_date: NaiveDate,
    /// Minutes east of UTC at `end_ms`.
    pub offset_min: i32,
    pub exercises_done: u32,
    pub exercises_total: u32,
    /// Seconds of unpaused movement.
    pub moved_s: u32,
    /// Optional check-ins, 1–5.
    pub checkin_before: Option<u8>,
    pub checkin_after: Option<u8>,
    /// What the check-ins asked about (the pack's area at the time).
    pub checkin_area: Option<CheckinArea>,
    /// A quick move or the full pack.
    pub kind: BreakKind,
}

impl BreakRecord {
    /// A record for a break that ended at `end`; the local date and offset are taken from `end`.
    pub fn new(
        id: String,
        pack_id: String,
        start_ms: UtcMs,
        end: Moment,
        exercises: (u32, u32),
        moved_s: u32,
    ) -> Self {
        Self {
            id,
            pack_id,
            start_ms,
            end_ms: end.utc_ms,
            local_date: end.local_date(),
            offset_min: end.offset_min,
            exercises_done: exercises.0,
            exercises_total: exercises.1,
            moved_s,
            checkin_before: None,
            checkin_after: None,
            checkin_area: None,
            kind: BreakKind::Full,
        }
    }

    pub fn key(&self) -> String {
        record_key(&self.id)
    }

    /// The stored form: the record's fields plus `"v"`.
    pub fn to_stored_value(&self) -> Value {
        let mut value = serde_json::to_value(self).unwrap_or(Value::Null);
        if let Value::Object(map) = &mut value {
            map.insert("v".into(), Value::from(RECORD_SCHEMA));
        }
        value
    }

    pub fn to_stored_json(&self) -> String {
        self.to_stored_value().to_string()
    }

    /// Checks what the types cannot: a reason a person can read, or `Ok`.
    pub fn validate(&self) -> Result<(), String> {
        self.check().map_err(|fault| fault.to_string())
    }

    /// [`BreakRecord::validate`], with the reason as a [`RecordFault`] the page can put in the
    /// user's words.
    pub fn check(&self) -> Result<(), RecordFault> {
        check_id(IdField::Id, &self.id)?;
        check_id(IdField::PackId, &self.pack_id)?;
        for (end, ms) in [(false, self.start_ms), (true, self.end_ms)] {
            if !(MIN_RECORD_MS..=MAX_RECORD_MS).contains(&ms) {
                return Err(RecordFault::TimeOutOfRange { end });
            }
        }
        if self.end_ms < self.start_ms {
            return Err(RecordFault::EndsBeforeStart);
        }
        if self.exercises_done > self.exercises_total {
            return Err(RecordFault::MoreDoneThanTotal {
                done: self.exercises_done,
                total: self.exercises_total,
            });
        }
        for (after, c) in [(false, self.checkin_before), (true, self.checkin_after)] {
            if let Some(value) = c {
                if !(1..=5).contains(&value) {
                    return Err(RecordFault::CheckinOutOfRange { after, value });
                }
            }
        }
        if self.offset_min.abs() > MAX_OFFSET_MIN {
            return Err(RecordFault::OffsetOutOfRange(self.offset_min));
        }
        let expected = Moment::new(self.end_ms, self.offset_min).local_date();
        if self.local_date != expected {
            return Err(RecordFault::LocalDateMismatch { stored: self.local_date, expected });
        }
        Ok(())
    }
}

/// Which id of a record a [`RecordFault`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdField {
    Id,
    PackId,
}

/// What is wrong with an id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdProblem {
    Empty,
    TooLong,
    ControlCharacters,
}

/// Why a record is refused. Its `Display` is the English reason ("its check-in after is 9, not
/// 1–5"); [`RecordFault::message_in`] says it in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordFault {
    Id {
        field: IdField,
        problem: IdProblem,
    },
    /// The start (`end: false`) or the end time lies outside 1970–9999.
    TimeOutOfRange {
        end: bool,
    },
    EndsBeforeStart,
    MoreDoneThanTotal {
        done: u32,
        total: u32,
    },
    /// The check-in before (`after: false`) or after is not 1–5.
    CheckinOutOfRange {
        after: bool,
        value: u8,
    },
    OffsetOutOfRange(i32),
    LocalDateMismatch {
        stored: NaiveDate,
        expected: NaiveDate,
    },
}

impl IdField {
    fn english(self) -> &'static str {
        match self {
            IdField::Id => "id",
            IdField::PackId => "pack id",
        }
    }

    /// The value a message selects on.
    fn key(self) -> &'static str {
        match self {
            IdField::Id => "id",
            IdField::PackId => "pack-id",
        }
    }
}

impl std::fmt::Display for RecordFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecordFault::Id { field, problem } => {
                let name = field.english();
                match problem {
                    IdProblem::Empty => write!(f, "its {name} is empty"),
                    IdProblem::TooLong => write!(f, "its {name} is longer than {MAX_ID_CHARS} characters"),
                    IdProblem::ControlCharacters => write!(f, "its {name} contains control characters"),
                }
            }
            RecordFault::TimeOutOfRange { end } => {
                write!(f, "its {} time is outside the years 1970–9999", if *end { "end" } else { "start" })
            }
            RecordFault::EndsBeforeStart => f.write_str("it ends before it starts"),
            RecordFault::MoreDoneThanTotal { done, total } => {
                write!(f, "it has {done} exercises done out of {total}")
            }
            RecordFault::CheckinOutOfRange { after, value } => {
                write!(f, "its check-in {} is {value}, not 1–5", if *after { "after" } else { "before" })
            }
            RecordFault::OffsetOutOfRange(offset) => {
                write!(f, "its UTC offset of {offset} minutes is beyond ±18 hours")
            }
            RecordFault::LocalDateMismatch { stored, expected } => {
                write!(f, "its local date {stored} doesn't match its end time ({expected})")
            }
        }
    }
}

impl RecordFault {
    /// The reason in the language of `m` (`record-*` in `locales/<lang>/notices.ftl`).
    pub fn message_in(&self, m: &crate::l10n::Messages) -> String {
        use crate::l10n::Arg;
        match self {
            RecordFault::Id { field, problem } => {
                let key = match problem {
                    IdProblem::Empty => "record-id-empty",
                    IdProblem::TooLong => "record-id-too-long",
                    IdProblem::ControlCharacters => "record-id-control",
                };
                m.format(key, &[("field", Arg::Str(field.key())), ("max", MAX_ID_CHARS.into())])
            }
            RecordFault::TimeOutOfRange { end } => m.format(
                "record-time-out-of-range",
                &[("which", Arg::Str(if *end { "end" } else { "start" }))],
            ),
            RecordFault::EndsBeforeStart => m.get("record-ends-before-start"),
            RecordFault::MoreDoneThanTotal { done, total } => m.format(
                "record-more-done-than-total",
                &[("done", (*done).into()), ("total", (*total).into())],
            ),
            RecordFault::CheckinOutOfRange { after, value } => m.format(
                "record-checkin-out-of-range",
                &[
                    ("which", Arg::Str(if *after { "after" } else { "before" })),
                    ("value", u32::from(*value).into()),
                ],
            ),
            RecordFault::OffsetOutOfRange(offset) => {
                m.format("record-offset-out-of-range", &[("minutes", i64::from(*offset).into())])
            }
            RecordFault::LocalDateMismatch { stored, expected } => {
                let (stored, expected) = (stored.to_string(), expected.to_string());
                m.format(
                    "record-local-date-mismatch",
                    &[("stored", Arg::Str(&stored)), ("expected", Arg::Str(&expected))],
                )
            }
        }
    }
}

fn check_id(field: IdField, id: &str) -> Result<(), RecordFault> {
    let problem = if id.is_empty() {
        IdProblem::Empty
    } else if id.chars().count() > MAX_ID_CHARS {
        IdProblem::TooLong
    } else if id.chars().any(char::is_control) {
        IdProblem::ControlCharacters
    } else {
        return Ok(());
    };
    Err(RecordFault::Id { field, problem })
}

/// The storage key of a record.
pub fn record_key(id: &str) -> String {
    format!("{RECORD_KEY_PREFIX}{id}")
}

pub fn is_record_key(key: &str) -> bool {
    key.starts_with(RECORD_KEY_PREFIX)
}

/// A fresh record id: 32 lowercase hex digits. The caller supplies the randomness
/// (`crypto.getRandomValues` in the browser), so the core stays deterministic.
pub fn new_break_id(random: [u8; 16]) -> String {
    random.iter().map(|b| format!("{b:02x}")).collect()
}

/// What a stored value turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed {
    /// A valid record, migrated to the current schema if it was older.
    Current(BreakRecord),
    /// Written by a newer version of the extension: kept untouched, never dropped, not counted.
    Future { version: u32 },
    /// Unreadable or inconsistent; the reason is meant for people.
    Corrupt { reason: String },
}

/// Parses one stored record (the JSON text under a `break:` key).
pub fn parse_stored_record(raw: &str) -> Parsed {
    parse_stored_record_with_version(raw).0
}

/// Like [`parse_stored_record`], also returning the version it was stored with, so that the
/// loader can write migrated records back.
pub fn parse_stored_record_with_version(raw: &str) -> (Parsed, Option<u32>) {
    match serde_json::from_str::<Value>(raw) {
        Ok(value) => parse_record_value(value),
        Err(e) => (Parsed::Corrupt { reason: format!("it isn't valid JSON ({e})") }, None),
    }
}

/// Parses a record already read as JSON (a stored value, or an entry of an export file).
pub fn parse_record_value(value: Value) -> (Parsed, Option<u32>) {
    let version = match stored_version(&value) {
        Ok(v) => v,
        Err(reason) => return (Parsed::Corrupt { reason }, None),
    };
    let parsed = match migrate(value) {
        Err(MigrateError::Future(version)) => Parsed::Future { version },
        Err(MigrateError::Invalid(reason)) => Parsed::Corrupt { reason },
        Ok(Value::Object(mut map)) => {
            map.remove("v");
            match serde_json::from_value::<BreakRecord>(Value::Object(map)) {
                Err(e) => Parsed::Corrupt { reason: format!("it doesn't have the shape of a break ({e})") },
                Ok(record) => match record.validate() {
                    Ok(()) => Parsed::Current(record),
                    Err(reason) => Parsed::Corrupt { reason },
                },
            }
        }
        Ok(_) => Parsed::Corrupt { reason: "it isn't a JSON object".into() },
    };
    (parsed, Some(version))
}

/// Why a value could not be brought to the current schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MigrateError {
    /// A newer version than this code knows; such values must be left alone.
    Future(u32),
    Invalid(String),
}

/// Reads the `"v"` field of a stored record.
pub fn stored_version(value: &Value) -> Result<u32, String> {
    let obj = value.as_object().ok_or("it isn't a JSON object")?;
    let v = obj.get("v").ok_or("it has no version field")?;
    v.as_u64()
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| *v >= 1)
        .ok_or_else(|| format!("its version {v} isn't a known one"))
}

/// Migration `n` turns version `n + 1` into version `n + 2`. Each is pure and frozen: a new
/// schema adds a function here and bumps [`RECORD_SCHEMA`], it never edits an old one.
const MIGRATIONS: [fn(Value) -> Result<Value, String>; (RECORD_SCHEMA - 1) as usize] =
    [migrate_v1_to_v2, migrate_v2_to_v3, migrate_v3_to_v4];

/// Brings a stored record of any known version up to [`RECORD_SCHEMA`].
pub fn migrate(mut value: Value) -> Result<Value, MigrateError> {
    loop {
        let version = stored_version(&value).map_err(MigrateError::Invalid)?;
        if version == RECORD_SCHEMA {
            return Ok(value);
        }
        if version > RECORD_SCHEMA {
            return Err(MigrateError::Future(version));
        }
        let step = MIGRATIONS[(version - 1) as usize];
        value = step(value).map_err(MigrateError::Invalid)?;
    }
}

/// v1 → v2: adds `moved_s` (wall time, capped, since v1 did not track pauses) and flattens the
/// `checkin: {before, after}` object into `checkin_before` / `checkin_after`.
pub fn migrate_v1_to_v2(value: Value) -> Result<Value, String> {
    let Value::Object(mut map) = value else {
        return Err("it isn't a JSON object".into());
    };
    let ms = |map: &Map<String, Value>, name: &str| {
        map.get(name).and_then(Value::as_i64).ok_or_else(|| format!("its {name} isn't a whole number"))
    };
    let elapsed_s = ms(&map, "end_ms")?.saturating_sub(ms(&map, "start_ms")?) / 1000;
    let moved_s = elapsed_s.clamp(0, i64::from(V1_MOVED_CAP_S));
    map.insert("moved_s".into(), Value::from(moved_s));

    let (before, after) = match map.remove("checkin") {
        None | Some(Value::Null) => (Value::Null, Value::Null),
        Some(Value::Object(c)) => {
            (c.get("before").cloned().unwrap_or(Value::Null), c.get("after").cloned().unwrap_or(Value::Null))
        }
        Some(other) => return Err(format!("its check-in {other} isn't an object")),
    };
    map.insert("checkin_before".into(), before);
    map.insert("checkin_after".into(), after);
    map.insert("v".into(), Value::from(2));
    Ok(Value::Object(map))
}

/// v2 → v3: adds `checkin_area`. Until v3 the check-in always asked about the back, so a record
/// with a check-in gets "back"; one without gets none.
pub fn migrate_v2_to_v3(value: Value) -> Result<Value, String> {
    let Value::Object(mut map) = value else {
        return Err("it isn't a JSON object".into());
    };
    let checked_in =
        ["checkin_before", "checkin_after"].iter().any(|k| map.get(*k).is_some_and(|v| !v.is_null()));
    let area = if checked_in { Value::from(CheckinArea::Back.key()) } else { Value::Null };
    map.insert("checkin_area".into(), area);
    map.insert("v".into(), Value::from(3));
    Ok(Value::Object(map))
}

/// v3 → v4: adds `kind`. Until v4 every break was the full pack.
pub fn migrate_v3_to_v4(value: Value) -> Result<Value, String> {
    let Value::Object(mut map) = value else {
        return Err("it isn't a JSON object".into());
    };
    map.insert("kind".into(), Value::from(BreakKind::Full.key()));
    map.insert("v".into(), Value::from(4));
    Ok(Value::Object(map))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::clock::{HOUR_MS, MINUTE_MS};

    /// A valid record that ended at `hour`:00 local time on `date` in a zone `offset_min` east.
    pub(crate) fn rec_at(id: &str, date: NaiveDate, hour: u32, offset_min: i32) -> BreakRecord {
        let local_ms = date.and_hms_opt(hour, 0, 0).unwrap().and_utc().timestamp_millis();
        let end = local_ms - i64::from(offset_min) * MINUTE_MS;
        BreakRecord::new(
            id.into(),
            "back-pain".into(),
            end - 5 * MINUTE_MS,
            Moment::new(end, offset_min),
            (8, 8),
            300,
        )
    }

    pub(crate) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn corrupt(raw: &str) -> String {
        match parse_stored_record(raw) {
            Parsed::Corrupt { reason } => reason,
            other => panic!("expected corrupt, got {other:?}"),
        }
    }

    #[test]
    fn current_record_round_trips_through_storage() {
        let mut r = rec_at("abc", d(2026, 3, 2), 10, 60);
        r.checkin_before = Some(2);
        r.checkin_after = Some(4);
        let raw = r.to_stored_json();
        assert!(raw.contains("\"v\":4"));
        assert!(raw.contains("\"local_date\":\"2026-03-02\""));
        assert_eq!(parse_stored_record(&raw), Parsed::Current(r));
    }

    #[test]
    fn keys_and_ids() {
        assert_eq!(record_key("ab"), "break:ab");
        assert!(is_record_key("break:ab"));
        assert!(!is_record_key("aside:break:ab"));
        assert!(!is_record_key("settings"));
        let id = new_break_id([0, 1, 0xab, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10]);
        assert_eq!(id, "0001abff000000000000000000000010");
    }

    #[test]
    fn newer_versions_are_future_not_corrupt() {
        let mut v = rec_at("abc", d(2026, 3, 2), 10, 0).to_stored_value();
        v["v"] = Value::from(RECORD_SCHEMA + 1);
        v["new_field"] = Value::from("whatever");
        assert_eq!(parse_stored_record(&v.to_string()), Parsed::Future { version: RECORD_SCHEMA + 1 });
    }

    #[test]
    fn semantic_checks_name_the_problem() {
        let good = rec_at("abc", d(2026, 3, 2), 10, 60);
        let with = |f: &dyn Fn(&mut BreakRecord)| {
            let mut r = good.clone();
            f(&mut r);
            r.to_stored_json()
        };
        assert!(corrupt(&with(&|r| r.end_ms = r.start_ms - 1)).contains("ends before it starts"));
        assert!(corrupt(&with(&|r| r.exercises_done = 9)).contains("9 exercises done out of 8"));
        assert!(corrupt(&with(&|r| r.checkin_after = Some(6))).contains("not 1–5"));
        assert!(corrupt(&with(&|r| r.checkin_before = Some(0))).contains("not 1–5"));
        assert!(corrupt(&with(&|r| r.offset_min = 19 * 60)).contains("±18 hours"));
        assert!(corrupt(&with(&|r| r.local_date = d(2026, 3, 3))).contains("doesn't match"));
        assert!(corrupt(&with(&|r| r.id = String::new())).contains("id is empty"));
        assert!(corrupt(&with(&|r| r.pack_id = "x".repeat(201))).contains("longer than 200"));
        assert!(corrupt(&with(&|r| r.end_ms = i64::MAX)).contains("1970–9999"));
        assert!(corrupt(&with(&|r| r.start_ms = -HOUR_MS)).contains("1970–9999"));
    }

    #[test]
    fn malformed_values_are_corrupt_with_a_reason() {
        assert!(corrupt("{not json").contains("isn't valid JSON"));
        assert!(corrupt("[1,2]").contains("isn't a JSON object"));
        assert!(corrupt("{\"id\":\"x\"}").contains("no version"));
        assert!(corrupt("{\"v\":0}").contains("isn't a known one"));
        assert!(corrupt("{\"v\":\"2\"}").contains("isn't a known one"));
        assert!(corrupt("{\"v\":2,\"id\":\"x\"}").contains("shape of a break"));
        // An unknown field in a current-version record means it isn't what it claims to be.
        let mut v = rec_at("abc", d(2026, 3, 2), 10, 0).to_stored_value();
        v["checkin"] = serde_json::json!({"before": 1});
        assert!(corrupt(&v.to_string()).contains("shape of a break"));
    }

    #[test]
    fn v1_migration_derives_moved_seconds_and_flattens_checkins() {
        let v1 = serde_json::json!({
            "v": 1, "id": "a", "pack_id": "p", "start_ms": 0, "end_ms": 125_900,
            "local_date": "1970-01-01", "offset_min": 0, "exercises_done": 3, "exercises_total": 4,
            "checkin": {"before": 2, "after": 5}
        });
        let v2 = migrate_v1_to_v2(v1.clone()).unwrap();
        assert_eq!(v2["v"], 2);
        assert_eq!(v2["moved_s"], 125);
        assert_eq!(v2["checkin_before"], 2);
        assert_eq!(v2["checkin_after"], 5);
        assert!(v2.get("checkin").is_none());

        let mut long = v1.clone();
        long["end_ms"] = Value::from(10 * HOUR_MS);
        long["local_date"] = Value::from("1970-01-01");
        long.as_object_mut().unwrap().remove("checkin");
        let v2 = migrate(long).unwrap();
        assert_eq!(v2["moved_s"], V1_MOVED_CAP_S);
        assert_eq!(v2["checkin_before"], Value::Null);

        let mut half = v1.clone();
        half["checkin"] = serde_json::json!({"after": 3});
        let Parsed::Current(r) = parse_stored_record(&half.to_string()) else { panic!() };
        assert_eq!((r.checkin_before, r.checkin_after), (None, Some(3)));

        let mut bad = v1;
        bad["checkin"] = Value::from(4);
        assert!(corrupt(&bad.to_string()).contains("check-in"));
    }

    #[test]
    fn migrated_v1_is_still_validated() {
        let v1 = serde_json::json!({
            "v": 1, "id": "a", "pack_id": "p", "start_ms": 5000, "end_ms": 1000,
            "local_date": "1970-01-01", "offset_min": 0, "exercises_done": 1, "exercises_total": 1
        });
        assert!(corrupt(&v1.to_string()).contains("ends before it starts"));
        let (_, version) = parse_stored_record_with_version(&v1.to_string());
        assert_eq!(version, Some(1));
    }
}
