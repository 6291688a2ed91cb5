//! Hostile and malformed import files, run through the page's whole import path (parse, plan,
//! apply) against the in-memory store: a refused file changes nothing, an accepted one never
//! alters or loses what was stored, and nothing panics.
//!
//! A property pass stands in for `cargo fuzz` (which needs nightly): arbitrary text, random
//! mutations of a real export file, and hostile values planted anywhere in its JSON tree. The
//! committed corpus in `tests/corpus/imports/` holds the inputs worth keeping. More cases:
//! `PROPTEST_CASES=10000 cargo test -p deskbreak-core --test hostile_imports`.

use deskbreak_core::record::{parse_stored_record, BreakRecord, Parsed};
use deskbreak_core::settings::Settings;
use deskbreak_core::store::{load, save_break, save_settings, MemoryStore, SETTINGS_KEY};
use deskbreak_core::transfer::{import as import_file, parse_import, ImportReport, MAX_IMPORT_BYTES};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Value};

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/mutation.rs"]
mod mutation;
#[path = "support/proptest_cases.rs"]
mod proptest_cases;
use corpus::corpus;
use mutation::{mutate, mutation};
use proptest_cases::proptest_config;

/// A real export: settings and breaks of both record versions.
const EXPORT_V1: &str = include_str!("fixtures/export_v1.json");
/// A stored current-schema break. Its id is also in `EXPORT_V1`, with other contents.
const RECORD_V2: &str = include_str!("fixtures/record_v2.json");

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    pollster::block_on(f)
}

/// What the user already has: one break and their settings, stored cleanly (loading them
/// writes nothing).
fn seeded_store() -> MemoryStore {
    let Parsed::Current(record) = parse_stored_record(RECORD_V2) else { panic!("fixture is current") };
    let store = MemoryStore::new();
    block_on(save_break(&store, &record)).expect("seed break");
    let settings = Settings { daily_goal: 4, ..Settings::default() };
    block_on(save_settings(&store, &settings)).expect("seed settings");
    store
}

/// The page's import (src/persist.rs): refuse the file, or plan the merge and write it.
fn import(store: &MemoryStore, text: &str) -> Result<ImportReport, String> {
    let file = parse_import(text).map_err(|e| e.to_string())?;
    block_on(import_file(store, &file)).map_err(|e| e.to_string())
}

/// Imports `text` into a fresh seeded store and checks every promise. `Ok(true)` when the file
/// was accepted.
fn check_import(text: &str) -> Result<bool, String> {
    let store = seeded_store();
    let before = store.snapshot();
    let records_before = block_on(load(&store)).map_err(|e| e.to_string())?.records;
    match import(&store, text) {
        Err(message) => {
            if store.snapshot() != before {
                return Err(format!("a refused import changed storage ({message})"));
            }
            if !message.ends_with("Nothing was changed.") {
                return Err(format!("the refusal doesn't say nothing changed: {message}"));
            }
            Ok(false)
        }
        Ok(report) => {
            let settings_before = block_on(load(&store)).map_err(|e| e.to_string())?.settings;
            let after = store.snapshot();
            for (key, value) in before.iter().filter(|(k, _)| k.as_str() != SETTINGS_KEY) {
                if after.get(key) != Some(value) {
                    return Err(format!("the import altered or lost {key}"));
                }
            }
            let loaded = block_on(load(&store)).map_err(|e| e.to_string())?;
            if !loaded.problems.is_empty() {
                return Err(format!("the import stored something unreadable: {:?}", loaded.problems));
            }
            if loaded.records.len() != records_before.len() + report.added {
                return Err(format!(
                    "{} breaks before, {} new, {} after",
                    records_before.len(),
                    report.added,
                    loaded.records.len()
                ));
            }
            // Settings merge field by field: a field the file does not name keeps its value.
            let named: Vec<String> = parse_import(text)
                .ok()
                .and_then(|f| f.settings)
                .map(|p| p.fields().map(str::to_string).collect())
                .unwrap_or_default();
            let (old, new) = (
                serde_json::to_value(&settings_before).unwrap(),
                serde_json::to_value(&loaded.settings).unwrap(),
            );
            for (field, value) in old.as_object().into_iter().flatten() {
                if !named.contains(field) && new.get(field) != Some(value) {
                    return Err(format!(
                        "the import changed the setting {field}, which the file doesn't name"
                    ));
                }
            }
            let once = store.snapshot();
            let again = import(&store, text).map_err(|e| format!("a second import failed: {e}"))?;
            if again.added != 0 || store.snapshot() != once {
                return Err("importing the same file twice added something".into());
            }
            Ok(true)
        }
    }
}

/// JSON-ish lines, for line-level mutations of an export.
fn jsonish_line() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        Just("{".to_string()),
        Just("}".to_string()),
        Just("],".to_string()),
        Just("\"v\": 3,".to_string()),
        Just("\"v\": 0,".to_string()),
        Just("\"version\": 1,".to_string()),
        Just("\"format\": \"deskbreak-export\",".to_string()),
        Just("\"start_ms\": 1e400,".to_string()),
        Just("\"end_ms\": -0,".to_string()),
        Just("\"exercises_done\": 18446744073709551616,".to_string()),
        Just("\"local_date\": \"2026-02-30\",".to_string()),
        Just("\"id\": \"<script>alert(1)</script>\",".to_string()),
        Just("\"id\": \"\\u0000\",".to_string()),
        Just("\"id\": \"\\ud800\",".to_string()),
        Just("\"checkin\": {\"before\": NaN},".to_string()),
        Just("\"settings\": null,".to_string()),
        Just("\"__proto__\": {\"polluted\": true},".to_string()),
        Just("\u{feff}".to_string()),
        Just("\r".to_string()),
        "[\\[\\]{}\",:0-9a-z_\\-.eE \\\\]{0,30}",
        ".{0,40}",
    ]
}

/// Values nobody should find in an export.
fn hostile_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        Just(json!(u64::MAX)),
        Just(json!(i64::MIN)),
        Just(json!(1.0e308)),
        Just(json!(-0.0)),
        Just(json!("NaN")),
        Just(json!("Infinity")),
        Just(json!("<script>alert(1)</script>")),
        Just(json!("<img src=x onerror=alert(1)>")),
        Just(json!("\u{0}\u{1b}[31m\u{7f}")),
        Just(json!("\u{202e}\u{200d}\u{feff}👨‍👩‍👧")),
        Just(json!("2026-02-30")),
        Just(json!("+275760-09-13")),
        (0usize..400).prop_map(|n| Value::from("x".repeat(n))),
        ".{0,30}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 32, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(("[a-z_]{0,12}", inner), 0..4)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// One structural edit of the export's JSON tree.
#[derive(Clone, Debug)]
enum Plant {
    Replace(Vec<Index>, Value),
    Remove(Vec<Index>),
    AddKey(Vec<Index>, String, Value),
}

fn plant() -> impl Strategy<Value = Plant> {
    let path = prop::collection::vec(any::<Index>(), 0..5);
    prop_oneof![
        (path.clone(), hostile_value()).prop_map(|(p, v)| Plant::Replace(p, v)),
        path.clone().prop_map(Plant::Remove),
        (path, "[a-z_]{1,12}", hostile_value()).prop_map(|(p, k, v)| Plant::AddKey(p, k, v)),
    ]
}

/// Follows `path` down the tree as far as it goes (each index picks a child) and returns the node
/// reached.
fn walk<'v>(value: &'v mut Value, path: &[Index]) -> &'v mut Value {
    let Some((first, rest)) = path.split_first() else { return value };
    let children = match value {
        Value::Array(a) if !a.is_empty() => first.index(a.len()),
        Value::Object(o) if !o.is_empty() => first.index(o.len()),
        _ => return value,
    };
    match value {
        Value::Array(a) => walk(&mut a[children], rest),
        Value::Object(o) => {
            let (_, child) = o.iter_mut().nth(children).expect("index within len");
            walk(child, rest)
        }
        _ => unreachable!("checked above"),
    }
}

fn apply_plant(export: &mut Value, edit: &Plant) {
    match edit {
        Plant::Replace(path, v) => *walk(export, path) = v.clone(),
        Plant::AddKey(path, k, v) => {
            if let Value::Object(o) = walk(export, path) {
                o.insert(k.clone(), v.clone());
            }
        }
        Plant::Remove(path) => {
            let Some((last, parent_path)) = path.split_last() else { return };
            match walk(export, parent_path) {
                Value::Array(a) if !a.is_empty() => {
                    a.remove(last.index(a.len()));
                }
                Value::Object(o) if !o.is_empty() => {
                    let key = o.keys().nth(last.index(o.len())).cloned().expect("index within len");
                    o.remove(&key);
                }
                _ => {}
            }
        }
    }
}

proptest! {
    #![proptest_config(proptest_config(256))]

    #[test]
    fn any_text_is_refused_without_changing_anything(text in ".{0,600}") {
        prop_assert_eq!(check_import(&text), Ok(false));
    }

    #[test]
    fn mutated_export_is_imported_or_refused_and_never_loses_data(
        edits in prop::collection::vec(mutation(jsonish_line()), 1..6),
    ) {
        let text = mutate(EXPORT_V1, &edits);
        check_import(&text).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn export_with_hostile_values_planted_is_imported_or_refused_and_never_loses_data(
        edits in prop::collection::vec(plant(), 1..4),
        pretty in any::<bool>(),
    ) {
        let mut export: Value = serde_json::from_str(EXPORT_V1).expect("fixture is JSON");
        for edit in &edits {
            apply_plant(&mut export, edit);
        }
        let text = if pretty { format!("{export:#}") } else { export.to_string() };
        check_import(&text).map_err(TestCaseError::fail)?;
    }
}

#[test]
fn the_unmutated_export_imports() {
    assert_eq!(check_import(EXPORT_V1), Ok(true));
}

/// Well-formed JSON nested `depth` levels deep around `inner`.
fn nested(depth: usize, open: &str, inner: &str, close: &str) -> String {
    format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
}

fn export_with_breaks(breaks: &str) -> String {
    format!("{{\"format\":\"deskbreak-export\",\"version\":1,\"breaks\":{breaks}}}")
}

/// Generated hostile inputs too big or too regular to commit, each with whether it must be
/// accepted.
fn generated_imports() -> Vec<(&'static str, String, bool)> {
    let good_break = serde_json::from_str::<Value>(RECORD_V2).expect("fixture is JSON");
    let many_good: Vec<Value> = (0..2000)
        .map(|i| {
            let mut b = good_break.clone();
            b["id"] = Value::from(format!("bulk-{i}"));
            b
        })
        .collect();
    vec![
        ("6 MB string", format!("\"{}\"", "x".repeat(6 * 1024 * 1024)), false),
        ("6 MB export", export_with_breaks(&format!("[\"{}\"]", "x".repeat(6 * 1024 * 1024))), false),
        (
            "exactly 5 MB: whitespace and an export",
            format!("{}{}", " ".repeat(MAX_IMPORT_BYTES - EXPORT_V1.len()), EXPORT_V1),
            true,
        ),
        (
            "5 MB and a byte",
            format!("{}{}", " ".repeat(MAX_IMPORT_BYTES + 1 - EXPORT_V1.len()), EXPORT_V1),
            false,
        ),
        (
            "4.9 MB id",
            {
                let mut b = good_break.clone();
                b["id"] = Value::from("i".repeat(MAX_IMPORT_BYTES - 100_000));
                export_with_breaks(&Value::Array(vec![b]).to_string())
            },
            false,
        ),
        ("10k nested arrays", nested(10_000, "[", "", "]"), false),
        ("10k nested objects", nested(10_000, "{\"a\":", "1", "}"), false),
        ("10k nested arrays as breaks", export_with_breaks(&nested(10_000, "[", "", "]")), false),
        (
            "10k nested objects as settings",
            format!(
                "{{\"format\":\"deskbreak-export\",\"version\":1,\"settings\":{},\"breaks\":[]}}",
                nested(10_000, "{\"a\":", "1", "}")
            ),
            false,
        ),
        (
            "127 nested arrays as a break",
            export_with_breaks(&format!("[{}]", nested(126, "[", "", "]"))),
            false,
        ),
        ("100 001 breaks", export_with_breaks(&format!("[{}0]", "0,".repeat(100_000))), false),
        ("2000 good breaks", export_with_breaks(&Value::Array(many_good.clone()).to_string()), true),
        (
            "2000 good breaks, the last one bad",
            {
                let mut breaks = many_good;
                breaks.push(json!({"v": 2, "id": "bad"}));
                export_with_breaks(&Value::Array(breaks).to_string())
            },
            false,
        ),
        ("BOM before an export", format!("\u{feff}{EXPORT_V1}"), false),
        ("CRLF export", EXPORT_V1.replace('\n', "\r\n"), true),
        (
            "export with every byte value appended",
            format!("{EXPORT_V1}{}", (0u8..=255).map(char::from).collect::<String>()),
            false,
        ),
    ]
}

/// Committed files named `ok-*` must import; `err-*` must be refused, changing nothing.
#[test]
fn committed_import_corpus_imports_or_is_refused_cleanly() {
    let files = corpus("imports");
    assert!(files.len() >= 20, "the corpus went missing: {} files", files.len());
    for (name, text) in &files {
        match check_import(text) {
            Err(broken) => panic!("{name}: {broken}"),
            Ok(accepted) if name.starts_with("ok-") => assert!(accepted, "{name} should import"),
            Ok(accepted) if name.starts_with("err-") => assert!(!accepted, "{name} should be refused"),
            Ok(_) => panic!("{name}: corpus files are named ok-… or err-…"),
        }
    }
    println!("import corpus: {} committed files", files.len());
}

#[test]
fn generated_hostile_imports_import_or_are_refused_cleanly() {
    let inputs = generated_imports();
    for (name, text, accept) in &inputs {
        assert_eq!(check_import(text).map_err(|e| format!("{name}: {e}")), Ok(*accept), "{name}");
    }
    println!("generated hostile imports: {}", inputs.len());
}

#[test]
fn script_in_an_imported_break_is_kept_as_data() {
    // Markup in an id or pack id is data, not an error: the page renders it as text.
    let mut b: Value = serde_json::from_str(RECORD_V2).expect("fixture is JSON");
    b["id"] = Value::from("<script>alert(1)</script>");
    b["pack_id"] = Value::from("<img src=x onerror=alert(1)>");
    let file = parse_import(&export_with_breaks(&Value::Array(vec![b]).to_string())).expect("accepted");
    let ids: Vec<(&str, &str)> =
        file.breaks.iter().map(|r: &BreakRecord| (r.id.as_str(), r.pack_id.as_str())).collect();
    assert_eq!(ids, vec![("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")]);
}
