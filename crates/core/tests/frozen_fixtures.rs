//! Frozen fixtures of every older stored shape. These files are never edited: a new schema adds
//! a new fixture and a migration, and these tests keep proving the old data still loads.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use deskbreak_core::checkin::CheckinArea;
use deskbreak_core::record::{
    migrate, parse_stored_record, parse_stored_record_with_version, BreakKind, BreakRecord, Parsed,
    RECORD_SCHEMA,
};
use deskbreak_core::settings::{Focus, Settings, Theme, WeekdaySet};
use deskbreak_core::store::{load, MemoryStore, Store, SETTINGS_KEY};
use deskbreak_core::streak::summarize;
use deskbreak_core::transfer::{parse_import, plan_import};
use serde_json::Value;

const RECORD_V1: &str = include_str!("fixtures/record_v1.json");
const RECORD_V1_NO_CHECKIN: &str = include_str!("fixtures/record_v1_no_checkin.json");
const RECORD_V2: &str = include_str!("fixtures/record_v2.json");
const RECORD_V3: &str = include_str!("fixtures/record_v3.json");
const RECORD_V4: &str = include_str!("fixtures/record_v4.json");
const SETTINGS_V1: &str = include_str!("fixtures/settings_v1.json");
const EXPORT_V1: &str = include_str!("fixtures/export_v1.json");

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("fixture is JSON")
}

fn current(raw: &str) -> BreakRecord {
    match parse_stored_record(raw) {
        Parsed::Current(r) => r,
        other => panic!("expected a current record, got {other:?}"),
    }
}

fn expected_v1_record() -> BreakRecord {
    BreakRecord {
        id: "3f2a9c0e5b7d41e8a6c4b2d0f1e3a5c7".into(),
        pack_id: "back-pain".into(),
        start_ms: 1_772_442_000_000,
        end_ms: 1_772_442_485_000,
        local_date: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
        offset_min: 60,
        exercises_done: 16,
        exercises_total: 16,
        moved_s: 485,
        checkin_before: Some(2),
        checkin_after: Some(4),
        // Until v3 the check-in always asked about the back.
        checkin_area: Some(CheckinArea::Back),
        // Until v4 every break was the full pack.
        kind: BreakKind::Full,
    }
}

#[test]
fn the_newest_fixture_is_the_current_schema() {
    assert_eq!(json(RECORD_V4)["v"], RECORD_SCHEMA);
}

#[test]
fn record_v1_and_v2_migrate_to_exactly_the_v3_fixture() {
    assert_eq!(migrate(json(RECORD_V1)).unwrap(), json(RECORD_V4));
    assert_eq!(migrate(json(RECORD_V2)).unwrap(), json(RECORD_V4));
    assert_eq!(migrate(json(RECORD_V3)).unwrap(), json(RECORD_V4));
}

#[test]
fn record_v2_without_a_checkin_gets_no_area() {
    let mut v2 = json(RECORD_V2);
    v2["checkin_before"] = Value::Null;
    v2["checkin_after"] = Value::Null;
    assert_eq!(migrate(v2).unwrap()["checkin_area"], Value::Null);
}

#[test]
fn record_v3_migrates_to_a_full_break() {
    let r = current(RECORD_V3);
    assert_eq!(r, expected_v1_record());
    assert_eq!(r.kind, BreakKind::Full, "every break before v4 was the full pack");
    let (_, version) = parse_stored_record_with_version(RECORD_V3);
    assert_eq!(version, Some(3));
}

#[test]
fn record_v4_parses_as_is() {
    assert_eq!(current(RECORD_V4), expected_v1_record());
    let (_, version) = parse_stored_record_with_version(RECORD_V4);
    assert_eq!(version, Some(4));
    let mut quick = json(RECORD_V4);
    quick["kind"] = Value::from("quick");
    assert_eq!(current(&quick.to_string()).kind, BreakKind::Quick);
}

#[test]
fn record_v1_parses_with_its_checkins_flattened() {
    assert_eq!(current(RECORD_V1), expected_v1_record());
    let (_, version) = parse_stored_record_with_version(RECORD_V1);
    assert_eq!(version, Some(1));
}

#[test]
fn record_v1_without_checkin_gets_none_and_truncated_seconds() {
    let r = current(RECORD_V1_NO_CHECKIN);
    assert_eq!((r.checkin_before, r.checkin_after), (None, None));
    assert_eq!(r.moved_s, 200);
    // Its UTC date is the 3rd, its local date the 2nd: the stored local date is kept.
    assert_eq!(r.local_date, NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
}

#[test]
fn record_v2_parses_as_is() {
    assert_eq!(current(RECORD_V2), expected_v1_record());
    let (_, version) = parse_stored_record_with_version(RECORD_V2);
    assert_eq!(version, Some(2));
}

#[test]
fn settings_v1_reads_strictly_and_leniently_to_the_same_value() {
    let expected = Settings {
        nudge_interval_min: 60,
        away_min: 10,
        work_start: 8 * 60,
        work_end: 17 * 60,
        work_days: WeekdaySet::MON_FRI,
        daily_goal: 2,
        work_days_only: true,
        sound: true,
        theme: Theme::Dark,
        focus: vec![Focus::Back, Focus::Wrists],
        ..Settings::default()
    };
    let strict: Settings = serde_json::from_str(SETTINGS_V1).unwrap();
    assert_eq!(strict, expected);
    assert_eq!(Settings::from_stored(&json(SETTINGS_V1)), (expected, vec![]));
}

#[test]
fn a_store_of_old_fixtures_loads_migrates_and_keeps_the_streak() {
    let store = MemoryStore::with_items([
        ("break:3f2a9c0e5b7d41e8a6c4b2d0f1e3a5c7", RECORD_V1),
        ("break:9b1c7e20d4f64a38b5e1c0a9d8f7e6b5", RECORD_V1_NO_CHECKIN),
        (SETTINGS_KEY, SETTINGS_V1),
    ]);
    let snap = pollster::block_on(load(&store)).unwrap();
    assert!(snap.problems.is_empty(), "{:?}", snap.problems);
    assert_eq!(snap.records.len(), 2);
    let all: BTreeMap<String, String> = pollster::block_on(store.get_all()).unwrap();
    assert_eq!(json(&all["break:3f2a9c0e5b7d41e8a6c4b2d0f1e3a5c7"]), json(RECORD_V4));
    let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let s = summarize(&snap.records, &snap.settings, today);
    assert_eq!((s.today_count, s.today_met, s.current), (2, true, 1));
    assert_eq!(s.total_minutes, 11); // 485 s + 200 s = 11.4 min
}

#[test]
fn export_v1_with_mixed_record_versions_imports() {
    let file = parse_import(EXPORT_V1).unwrap();
    assert_eq!(file.breaks.len(), 2);
    assert_eq!(file.breaks[0], expected_v1_record());
    let patch = file.settings.as_ref().expect("the export has settings");
    assert_eq!(Settings::default().merged(patch).map(|(s, _)| s.daily_goal), Ok(2));
    let (_, report) = plan_import(&BTreeMap::new(), &file).unwrap();
    assert_eq!(report.added, 2);
}
