//! A model-based property test of every storage path at once.
//!
//! Random sequences of rounds run against one [`MemoryStore`]. In each round up to three
//! simulated tabs and the worker act at the same time (their futures really interleave): record a
//! break, import a file (valid, partial or hostile), change a setting, load (which migrates and
//! tidies), write the tracker. A round may also inject a failed write or kill the writers after
//! their n-th write. A plain model says what storage must hold after each round, and the test
//! checks:
//! - no record is lost or changed except as the model says;
//! - no value from a newer version is overwritten, and no unreadable value is lost (it stays, or
//!   sits byte for byte under `aside:`);
//! - the settings equal the model's field-by-field merge.
//!
//! Ops in one round are chosen to commute (different break ids, at most one settings writer),
//! so the model does not depend on the order the lock serves them in.
//!
//! `PROPTEST_CASES=10000 cargo test -p deskbreak-core store_model` runs 10,000 sequences.

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::pin::Pin;

use proptest::prelude::*;
use serde_json::{json, Map, Value};

use crate::clock::Moment;
use crate::day_summary::DaySummary;
use crate::record::tests::{d, rec_at};
use crate::record::{parse_stored_record, record_key, BreakRecord, Parsed, RECORD_SCHEMA};
use crate::settings::{
    SettingChange, Settings, Theme, DAILY_GOAL_RANGE, NUDGE_INTERVAL_RANGE, QUICK_NUDGE_RANGE,
};
use crate::store::tests::{join_all, proptest_config};
use crate::store::{
    change_settings, load, read_settings, save_break, write, MemoryStore, StoreError, ASIDE_PREFIX,
    SETTINGS_KEY, SITTING_KEY,
};
use crate::tracker::SittingTracker;
use crate::transfer::{export, import, parse_import, EXPORT_FORMAT};

const NOW: Moment = Moment { utc_ms: 1_773_000_000_000, offset_min: 60 };

/// What storage starts with.
#[derive(Clone, Debug)]
struct Seed {
    current: Vec<BreakRecord>,
    /// Stored as version 1, so a load migrates them.
    old: Vec<BreakRecord>,
    /// Raw values of a newer version, by id.
    future: Vec<(String, String)>,
    /// Damaged raw values, by id.
    corrupt: Vec<(String, String)>,
    settings: SeedSettings,
    sitting: Option<String>,
}

#[derive(Clone, Debug)]
enum SeedSettings {
    Absent,
    Valid(Settings),
    Newer(String),
    Garbage(String),
}

/// One actor's action in a round.
#[derive(Clone, Debug)]
enum Op {
    Record(BreakRecord),
    /// A valid file: new breaks, copies of stored ids (current, newer, damaged), and settings.
    Import {
        fresh: Vec<BreakRecord>,
        copies: Vec<usize>,
        settings: Option<Map<String, Value>>,
    },
    Hostile(String),
    Change(SettingChange),
    Load,
    Tracker(u16),
}

#[derive(Clone, Debug)]
enum Fault {
    None,
    FailNextSet,
    KillAfter(usize),
}

/// What storage must hold.
#[derive(Clone, Debug, Default)]
struct Model {
    records: BTreeMap<String, BreakRecord>,
    /// Raw newer values that must stay byte for byte at their key.
    fixed: BTreeMap<String, String>,
    /// Raw unreadable values that must survive, at their key or under `aside:<key>…`.
    preserved: Vec<(String, String)>,
    /// `None` while the stored settings are a newer version's (then in `fixed`).
    settings: Option<Map<String, Value>>,
    sitting: Option<String>,
    /// The worker's last day summary write, under [`DAY`].
    day: Option<String>,
    /// Ids of damaged records not yet replaced; importing one replaces it.
    corrupt_ids: BTreeSet<String>,
}

fn v1(record: &BreakRecord) -> String {
    let mut v = record.to_stored_value();
    let map = v.as_object_mut().expect("a record is an object");
    map.insert("v".into(), json!(1));
    for k in ["moved_s", "checkin_before", "checkin_after"] {
        map.remove(k);
    }
    v.to_string()
}

fn settings_map(s: &Settings) -> Map<String, Value> {
    match serde_json::to_value(s) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

fn seed_store(seed: &Seed) -> (MemoryStore, Model) {
    let mut items: Vec<(String, String)> = Vec::new();
    let mut model = Model::default();
    for r in &seed.current {
        items.push((r.key(), r.to_stored_json()));
        model.records.insert(r.id.clone(), r.clone());
    }
    for r in &seed.old {
        let raw = v1(r);
        let Parsed::Current(migrated) = parse_stored_record(&raw) else { panic!("v1 seed must parse") };
        items.push((r.key(), raw));
        model.records.insert(r.id.clone(), migrated);
    }
    for (id, raw) in &seed.future {
        items.push((record_key(id), raw.clone()));
        model.fixed.insert(record_key(id), raw.clone());
    }
    for (id, raw) in &seed.corrupt {
        items.push((record_key(id), raw.clone()));
        model.preserved.push((record_key(id), raw.clone()));
        model.corrupt_ids.insert(id.clone());
    }
    model.settings = Some(settings_map(&Settings::default()));
    match &seed.settings {
        SeedSettings::Absent => {}
        SeedSettings::Valid(s) => {
            items.push((SETTINGS_KEY.into(), serde_json::to_string(s).expect("settings serialize")));
            model.settings = Some(settings_map(s));
        }
        SeedSettings::Newer(raw) => {
            items.push((SETTINGS_KEY.into(), raw.clone()));
            model.fixed.insert(SETTINGS_KEY.into(), raw.clone());
            model.settings = None;
        }
        SeedSettings::Garbage(raw) => {
            items.push((SETTINGS_KEY.into(), raw.clone()));
            model.preserved.push((SETTINGS_KEY.into(), raw.clone()));
        }
    }
    if let Some(raw) = &seed.sitting {
        items.push((SITTING_KEY.into(), raw.clone()));
        model.preserved.push((SITTING_KEY.into(), raw.clone()));
        // A damaged day summary beside the damaged tracker: the worker's write replaces both.
        let day = r#"{"v":1,"date":"not a date"}"#.to_string();
        items.push((DAY.into(), day.clone()));
        model.preserved.push((DAY.into(), day));
    }
    (MemoryStore::with_items(items), model)
}

/// The ids a valid import file names, in the file's order.
fn import_file(
    seed: &Seed,
    fresh: &[BreakRecord],
    copies: &[usize],
    settings: &Option<Map<String, Value>>,
) -> String {
    let stored_ids: Vec<String> = seed
        .current
        .iter()
        .chain(&seed.old)
        .map(|r| r.id.clone())
        .chain(seed.future.iter().map(|(id, _)| id.clone()))
        .chain(seed.corrupt.iter().map(|(id, _)| id.clone()))
        .collect();
    let mut breaks: Vec<BreakRecord> = fresh.to_vec();
    for (n, i) in copies.iter().enumerate() {
        if let Some(id) = stored_ids.get(i % stored_ids.len().max(1)) {
            // The file's copy differs from what is stored, so an overwrite would show.
            let mut copy = rec_at(id, d(2026, 2, 1), 9 + (n as u32 % 10), 0);
            copy.checkin_after = Some(1);
            breaks.push(copy);
        }
    }
    let mut text: Value = serde_json::from_str(&export(None, &breaks, &[], NOW)).expect("export is JSON");
    text["settings"] = settings.clone().map(Value::Object).unwrap_or(Value::Null);
    text.to_string()
}

/// Applies one op's success to the model. The op must have returned `Ok`.
fn model_apply(model: &mut Model, seed: &Seed, op: &Op) {
    match op {
        Op::Record(r) => {
            model.records.insert(r.id.clone(), r.clone());
        }
        Op::Import { fresh, copies, settings } => {
            let file = parse_import(&import_file(seed, fresh, copies, settings)).expect("valid file");
            let mut seen = BTreeSet::new();
            for r in &file.breaks {
                if !seen.insert(r.id.clone()) || model.fixed.contains_key(&r.key()) {
                    continue;
                }
                if model.corrupt_ids.remove(&r.id) || !model.records.contains_key(&r.id) {
                    model.records.insert(r.id.clone(), r.clone());
                }
            }
            if let (Some(current), Some(patch)) = (model.settings.as_mut(), settings) {
                current.extend(patch.clone());
            }
        }
        Op::Change(change) => {
            let current = model.settings.as_mut().expect("a change succeeds only on our settings");
            let (field, value) = match change {
                SettingChange::DailyGoal(v) => ("daily_goal", json!(v)),
                SettingChange::NudgeInterval(v) => ("nudge_interval_min", json!(v)),
                SettingChange::Theme(t) => ("theme", serde_json::to_value(t).expect("theme")),
                SettingChange::Sound(on) => ("sound", json!(on)),
                SettingChange::QuickNudge(v) => ("quick_nudge_min", json!(v)),
                other => panic!("not generated: {other:?}"),
            };
            current.insert(field.into(), value);
        }
        Op::Tracker(minutes) => {
            model.sitting = Some(tracker_json(*minutes));
            model.day = Some(day_json(*minutes));
        }
        Op::Load | Op::Hostile(_) => {}
    }
}

/// Whether the model says the op must be refused whatever the faults.
fn model_refuses(model: &Model, op: &Op) -> bool {
    match op {
        Op::Hostile(_) => true,
        Op::Record(r) => model.fixed.contains_key(&r.key()),
        Op::Change(change) => {
            let in_range = |v: i64, (lo, hi): (i64, i64)| v >= lo && v <= hi;
            model.settings.is_none()
                || match change {
                    SettingChange::DailyGoal(v) => {
                        !in_range(*v, (DAILY_GOAL_RANGE.0.into(), DAILY_GOAL_RANGE.1.into()))
                    }
                    SettingChange::NudgeInterval(v) => {
                        !in_range(*v, (NUDGE_INTERVAL_RANGE.0.into(), NUDGE_INTERVAL_RANGE.1.into()))
                    }
                    SettingChange::QuickNudge(Some(v)) => {
                        !in_range(*v, (QUICK_NUDGE_RANGE.0.into(), QUICK_NUDGE_RANGE.1.into()))
                    }
                    _ => false,
                }
        }
        // Merged work hours that start and end at the same minute refuse the whole file.
        Op::Import { settings: Some(patch), .. } => model.settings.as_ref().is_some_and(|current| {
            let mut merged = current.clone();
            merged.extend(patch.clone());
            merged.get("work_start") == merged.get("work_end")
        }),
        Op::Import { .. } | Op::Load | Op::Tracker(_) => false,
    }
}

fn tracker_json(minutes: u16) -> String {
    let settings = Settings { nudge_interval_min: 30 + minutes % 150, ..Settings::default() };
    serde_json::to_string(&SittingTracker::new(settings)).expect("tracker serializes")
}

/// The key of the day summary the worker's tracker writes go with.
const DAY: &str = "day:2026-03-11";

/// The worker's summary of that day, written with the tracker in one `Save`.
fn day_json(minutes: u16) -> String {
    let mut day = DaySummary::new(d(2026, 3, 11));
    day.longest_stretch_min = u32::from(minutes);
    day.to_stored_json()
}

type OpFuture<'a> = Pin<Box<dyn Future<Output = Result<(), String>> + 'a>>;

fn run<'a>(store: &'a MemoryStore, seed: &'a Seed, op: &'a Op) -> OpFuture<'a> {
    let text = |e: &dyn std::fmt::Display| e.to_string();
    match op {
        Op::Record(r) => Box::pin(async move { save_break(store, r).await.map_err(|e| text(&e)) }),
        Op::Import { fresh, copies, settings } => Box::pin(async move {
            let file = parse_import(&import_file(seed, fresh, copies, settings)).map_err(|e| text(&e))?;
            import(store, &file).await.map(|_| ()).map_err(|e| text(&e))
        }),
        Op::Hostile(t) => Box::pin(async move {
            let file = parse_import(t).map_err(|e| text(&e))?;
            import(store, &file).await.map(|_| ()).map_err(|e| text(&e))
        }),
        Op::Change(c) => {
            Box::pin(
                async move { change_settings(store, c.clone(), NOW).await.map(|_| ()).map_err(|e| text(&e)) },
            )
        }
        Op::Load => Box::pin(async move { load(store).await.map(|_| ()).map_err(|e| text(&e)) }),
        Op::Tracker(m) => Box::pin(async move {
            let items = vec![(SITTING_KEY.into(), tracker_json(*m)), (DAY.into(), day_json(*m))];
            write(store, items).await.map(|_| ()).map_err(|e| text(&e))
        }),
    }
}

/// Checks every invariant against what is stored.
fn check(
    all: &BTreeMap<String, String>,
    model: &Model,
    asides_before: &BTreeMap<String, String>,
) -> Result<(), String> {
    let mut current = BTreeMap::new();
    for raw in all.iter().filter(|(k, _)| k.starts_with("break:")).map(|(_, v)| v) {
        if let Parsed::Current(r) = parse_stored_record(raw) {
            current.insert(r.id.clone(), r);
        }
    }
    if current != model.records {
        return Err(format!(
            "records differ:\nstored {:?}\nmodel  {:?}",
            current.keys(),
            model.records.keys()
        ));
    }
    for (key, raw) in &model.fixed {
        if all.get(key) != Some(raw) {
            return Err(format!("the newer value at {key} was changed or removed"));
        }
    }
    for (key, raw) in &model.preserved {
        let aside = format!("{ASIDE_PREFIX}{key}");
        let kept = all.get(key) == Some(raw) || all.iter().any(|(k, v)| k.starts_with(&aside) && v == raw);
        if !kept {
            return Err(format!("the unreadable value of {key} was lost"));
        }
    }
    for (key, raw) in asides_before {
        if all.get(key) != Some(raw) {
            return Err(format!("the set-aside copy {key} was changed"));
        }
    }
    if let Some(expected) = &model.settings {
        let stored = settings_map(&read_settings(all.get(SETTINGS_KEY).map(String::as_str)).settings());
        if &stored != expected {
            return Err(format!("settings differ:\nstored {stored:?}\nmodel  {expected:?}"));
        }
    }
    if let Some(sitting) = &model.sitting {
        if all.get(SITTING_KEY) != Some(sitting) {
            return Err("the worker's last tracker write is not what is stored".into());
        }
    }
    if model.day.is_some() && all.get(DAY) != model.day.as_ref() {
        return Err("the worker's last day summary is not what is stored".into());
    }
    Ok(())
}

fn run_sequence(seed: &Seed, rounds: &[(Fault, Vec<Op>)]) -> Result<(), String> {
    let (store, mut model) = seed_store(seed);
    for (n, (fault, ops)) in rounds.iter().enumerate() {
        let asides: BTreeMap<String, String> =
            store.snapshot().into_iter().filter(|(k, _)| k.starts_with(ASIDE_PREFIX)).collect();
        match fault {
            Fault::None => {}
            Fault::FailNextSet => store.fail_next_set(StoreError::QuotaExceeded("test".into())),
            Fault::KillAfter(k) => store.fail_sets_after(*k),
        }
        let handles: Vec<MemoryStore> = ops.iter().map(|_| store.clone()).collect();
        let futures: Vec<OpFuture> = ops.iter().zip(&handles).map(|(op, s)| run(s, seed, op)).collect();
        let results = join_all(futures);
        store.stop_failing();
        for (op, result) in ops.iter().zip(&results) {
            if model_refuses(&model, op) {
                if result.is_ok() {
                    return Err(format!("round {n}: {op:?} should have been refused"));
                }
            } else if result.is_ok() {
                model_apply(&mut model, seed, op);
            } else if matches!(fault, Fault::None) {
                return Err(format!("round {n}: {op:?} failed without a fault: {result:?}"));
            }
        }
        check(&store.snapshot(), &model, &asides)
            .map_err(|e| format!("round {n} ({fault:?}, {ops:?}): {e}"))?;
    }
    Ok(())
}

fn record(prefix: &'static str) -> impl Strategy<Value = BreakRecord> {
    (0u32..1000, 1u32..28, 6u32..22, prop::sample::select(vec![-300, 0, 60, 330]))
        .prop_map(move |(n, day, hour, off)| rec_at(&format!("{prefix}{n}"), d(2026, 3, day), hour, off))
}

fn seed() -> impl Strategy<Value = Seed> {
    let future = (0u32..1000).prop_map(|n| {
        let mut v = rec_at(&format!("f{n}"), d(2026, 3, 5), 9, 0).to_stored_value();
        v["v"] = json!(RECORD_SCHEMA + 1);
        v["mood"] = json!("great");
        (format!("f{n}"), v.to_string())
    });
    let corrupt = (0u32..1000, prop::sample::select(vec!["{oops", "[]", "{\"v\":2}", "null", "\"text\""]))
        .prop_map(|(n, raw)| (format!("x{n}"), raw.to_string()));
    let settings = prop_oneof![
        Just(SeedSettings::Absent),
        (1u8..=12, 30u16..=180).prop_map(|(goal, every)| SeedSettings::Valid(Settings {
            daily_goal: goal,
            nudge_interval_min: every,
            theme: Theme::Dark,
            ..Settings::default()
        })),
        Just(SeedSettings::Newer(r#"{"schema":2,"daily_goal":3,"palette":"teal"}"#.into())),
        Just(SeedSettings::Garbage("[\"not settings\"]".into())),
    ];
    let sitting = prop::option::of(Just("{\"not\":\"a tracker\"}".to_string()));
    (
        prop::collection::btree_map(0u32..1000, record("c"), 0..4),
        prop::collection::btree_map(0u32..1000, record("o"), 0..3),
        prop::collection::btree_map(0u32..1000, future, 0..3),
        prop::collection::btree_map(0u32..1000, corrupt, 0..3),
        settings,
        sitting,
    )
        .prop_map(|(current, old, future, corrupt, settings, sitting)| {
            let dedupe = |v: Vec<BreakRecord>| -> Vec<BreakRecord> {
                let mut seen = BTreeSet::new();
                v.into_iter().filter(|r| seen.insert(r.id.clone())).collect()
            };
            Seed {
                current: dedupe(current.into_values().collect()),
                old: dedupe(old.into_values().collect()),
                future: future.into_values().collect::<BTreeMap<_, _>>().into_iter().collect(),
                corrupt: corrupt.into_values().collect::<BTreeMap<_, _>>().into_iter().collect(),
                settings,
                sitting,
            }
        })
}

fn settings_patch() -> impl Strategy<Value = Map<String, Value>> {
    let field = prop_oneof![
        (1u8..=12).prop_map(|v| ("daily_goal", json!(v))),
        (30u16..=180).prop_map(|v| ("nudge_interval_min", json!(v))),
        prop::option::of(20u16..=60).prop_map(|v| ("quick_nudge_min", json!(v))),
        any::<bool>().prop_map(|b| ("quick_notify", json!(b))),
        prop::sample::select(vec!["light", "dark", "system"]).prop_map(|t| ("theme", json!(t))),
        any::<bool>().prop_map(|b| ("sound", json!(b))),
        (0u16..1440).prop_map(|m| ("work_start", json!(m))),
    ];
    prop::collection::vec(field, 1..4)
        .prop_map(|fields| fields.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

fn hostile() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "not json".to_string(),
        "{\"format\":\"deskbreak-export\",\"version\":1,\"breaks\":[{\"v\":2}]}".into(),
        "{\"format\":\"deskbreak-export\",\"version\":1,\"breaks\":[],\"settings\":{\"daily_goal\":99}}"
            .into(),
        "{\"format\":\"deskbreak-export\",\"version\":7,\"breaks\":[]}".into(),
        format!(
            "{{\"format\":\"{EXPORT_FORMAT}\",\"version\":1,\"breaks\":[],\"settings\":{{\"schema\":9}}}}"
        ),
        "{\"format\":\"deskbreak-export\",\"version\":1,\"breaks\":[{\"__proto__\":{}}]}".into(),
    ])
}

/// An op of one kind; `settings` says whether it may write settings.
fn op(unique: u32, settings: bool) -> BoxedStrategy<Op> {
    let fresh = move |tag: &'static str| {
        record("r").prop_map(move |mut r| {
            r.id = format!("{tag}{unique}-{}", r.id);
            r
        })
    };
    let record_op = prop_oneof![
        4 => fresh("n").prop_map(Op::Record),
        // Now and then a new break whose id a newer version already holds.
        1 => (0u32..1000).prop_map(|n| Op::Record(rec_at(&format!("f{n}"), d(2026, 3, 5), 9, 0))),
    ];
    let import_settings =
        if settings { prop::option::of(settings_patch()).boxed() } else { Just(None).boxed() };
    let import_op =
        (prop::collection::vec(fresh("i"), 0..3), prop::collection::vec(0usize..8, 0..4), import_settings)
            .prop_map(|(fresh, copies, settings)| Op::Import { fresh, copies, settings });
    let mut ops = vec![
        (3, record_op.boxed()),
        (3, import_op.boxed()),
        (1, hostile().prop_map(Op::Hostile).boxed()),
        (2, Just(Op::Load).boxed()),
        (1, any::<u16>().prop_map(Op::Tracker).boxed()),
    ];
    if settings {
        let change = prop_oneof![
            (-2i64..16).prop_map(SettingChange::DailyGoal),
            (20i64..200).prop_map(SettingChange::NudgeInterval),
            prop::sample::select(vec![Theme::Light, Theme::Dark, Theme::System])
                .prop_map(SettingChange::Theme),
            any::<bool>().prop_map(SettingChange::Sound),
            prop::option::of(10i64..70).prop_map(SettingChange::QuickNudge),
        ];
        ops.push((3, change.prop_map(Op::Change).boxed()));
    }
    prop::strategy::Union::new_weighted(ops).boxed()
}

/// A round: one op that may write settings, up to two that may not, and a fault.
fn round(n: u32) -> impl Strategy<Value = (Fault, Vec<Op>)> {
    let fault = prop_oneof![6 => Just(Fault::None), 1 => Just(Fault::FailNextSet), 1 => (0usize..3).prop_map(Fault::KillAfter)];
    (fault, op(n * 10, true), prop::collection::vec(op(n * 10 + 1, false), 0..3)).prop_map(
        |(fault, first, rest)| {
            let mut ops = vec![first];
            // Each op gets its own id space, so no two ops of a round write the same new break.
            ops.extend(rest.into_iter().enumerate().map(|(i, op)| {
                match op {
                    Op::Record(mut r) if r.id.starts_with('n') => {
                        r.id = format!("{}-{i}", r.id);
                        Op::Record(r)
                    }
                    Op::Import { fresh, copies, settings } => Op::Import {
                        fresh: fresh
                            .into_iter()
                            .map(|mut r| {
                                r.id = format!("{}-{i}", r.id);
                                r
                            })
                            .collect(),
                        copies,
                        settings,
                    },
                    other => other,
                }
            }));
            // At most one tracker write a round: the worker handles its events one at a time.
            let mut tracker_seen = false;
            ops.retain(|op| !matches!(op, Op::Tracker(_)) || !std::mem::replace(&mut tracker_seen, true));
            (fault, ops)
        },
    )
}

fn rounds() -> impl Strategy<Value = Vec<(Fault, Vec<Op>)>> {
    (1usize..8).prop_flat_map(|n| (0..n as u32).map(round).collect::<Vec<_>>())
}

proptest! {
    #![proptest_config(proptest_config(96))]

    #[test]
    fn no_path_loses_a_record_overwrites_a_newer_value_or_resets_a_setting(
        seed in seed(),
        rounds in rounds(),
    ) {
        if let Err(e) = run_sequence(&seed, &rounds) {
            prop_assert!(false, "{}", e);
        }
    }
}

#[test]
fn the_issue_scenarios_hold() {
    // A break from a newer version is not replaced by an import of the same id.
    let seed = Seed {
        current: vec![],
        old: vec![],
        future: vec![("f1".into(), {
            let mut v = rec_at("f1", d(2026, 3, 5), 9, 0).to_stored_value();
            v["v"] = json!(RECORD_SCHEMA + 1);
            v["mood"] = json!("great");
            v.to_string()
        })],
        corrupt: vec![],
        settings: SeedSettings::Valid(Settings {
            nudge_interval_min: 45,
            daily_goal: 3,
            theme: Theme::Dark,
            ..Settings::default()
        }),
        sitting: Some("garbage".into()),
    };
    let mut patch = Map::new();
    patch.insert("daily_goal".into(), json!(2));
    let rounds = vec![
        (Fault::None, vec![Op::Import { fresh: vec![], copies: vec![0], settings: Some(patch) }]),
        (Fault::None, vec![Op::Change(SettingChange::Theme(Theme::Light)), Op::Load, Op::Tracker(3)]),
    ];
    run_sequence(&seed, &rounds).unwrap();
}
