//! Hostile and malformed routines of your own, through both doors a routine comes in by: the
//! storage reader (lenient: a bad value is set aside and reported, the rest loads) and an import
//! file (strict: the whole file is refused and nothing changes). The committed corpus is
//! `tests/corpus/routines/` (`ok-*` must be accepted, `err-*` refused); a property test checks
//! that the validator never panics and accepts exactly the routines the rules allow. More cases:
//! `PROPTEST_CASES=10000 cargo test -p deskbreak-core --test hostile_routines`.

use std::collections::BTreeMap;

use deskbreak_core::custom_routine::{
    parse_stored_routine, validate, CustomRoutine, ReadRoutine, MAX_ROUTINE_EXERCISES, MAX_ROUTINE_NAME_CHARS,
};
use deskbreak_core::store::{load, MemoryStore, Problem};
use deskbreak_core::transfer::{import, parse_import};
use proptest::prelude::*;
use serde_json::{json, Value};

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/proptest_cases.rs"]
mod proptest_cases;
use corpus::corpus;
use proptest_cases::proptest_config;

/// The library these tests know (the real one is compiled by the catalog crate, which depends
/// on this one).
const LIBRARY: [&str; 4] = ["Neck Tilts", "Shoulder Rolls", "Wrist Circles", "Chin Tucks"];

fn knows(name: &str) -> bool {
    LIBRARY.contains(&name)
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    pollster::block_on(f)
}

/// An export file holding `routine` (its raw text spliced in, so invalid JSON stays invalid).
fn export_with(raw: &str) -> String {
    format!(r#"{{"format":"deskbreak-export","version":1,"exported_at":0,"breaks":[],"routines":[{raw}]}}"#)
}

/// The page's import (src/persist.rs): parse, check the moves against the library, then merge.
/// `Ok` with what storage holds after, or the refusal.
fn import_text(text: &str) -> Result<BTreeMap<String, String>, String> {
    let store = MemoryStore::with_items([("settings", r#"{"schema":1,"daily_goal":3}"#)]);
    let before = store.snapshot();
    let refused = |message: String| {
        assert_eq!(store.snapshot(), before, "a refused import changed storage");
        assert!(message.ends_with("Nothing was changed."), "{message}");
        Err(message)
    };
    let file = match parse_import(text) {
        Ok(file) => file,
        Err(e) => return refused(e.to_string()),
    };
    if let Err(e) = file.check_exercises(knows) {
        return refused(e.to_string());
    }
    block_on(import(&store, &file)).map_err(|e| e.to_string())?;
    Ok(store.snapshot())
}

/// A stored routine: loads without panicking; a bad one is set aside and reported, and the
/// other routine stored beside it survives.
fn load_stored(raw: &str) -> Vec<CustomRoutine> {
    let good = validate("good", "Kept", &["Chin Tucks".to_string()], knows).expect("valid");
    let read = parse_stored_routine(raw);
    let key = match &read {
        ReadRoutine::Current(r) => r.key(),
        _ => "routine:abc".to_string(),
    };
    let store =
        MemoryStore::with_items([(key.clone(), raw.to_string()), (good.key(), good.to_stored_json())]);
    let snapshot = block_on(load(&store)).expect("memory store reads");
    assert!(snapshot.routines.contains(&good), "the other routine survives");
    if let ReadRoutine::Corrupt { .. } = read {
        assert!(matches!(snapshot.problems.as_slice(), [Problem::RoutinesSetAside { count: 1, .. }]));
        assert_eq!(store.snapshot().get(&format!("aside:{key}")).map(String::as_str), Some(raw));
    }
    snapshot.routines
}

#[test]
fn the_corpus_is_accepted_or_refused_as_named() {
    let files = corpus("routines");
    assert!(files.len() >= 40, "the corpus is in place");
    for (name, raw) in files {
        let imported = import_text(&export_with(&raw));
        let loaded = load_stored(&raw);
        if name.starts_with("ok-") {
            let after = imported.unwrap_or_else(|e| panic!("{name} was refused: {e}"));
            let stored = after.iter().find(|(k, _)| k.starts_with("routine:"));
            let (key, stored) = stored.unwrap_or_else(|| panic!("{name} was not stored"));
            let ReadRoutine::Current(r) = parse_stored_routine(stored) else {
                panic!("{name} stored unreadable")
            };
            assert_eq!(&r.key(), key);
            assert_eq!(r.name, r.name.trim(), "{name}: the name is trimmed");
            assert!(loaded.contains(&r), "{name} loads from storage as it was imported");
        } else {
            assert!(imported.is_err(), "{name} was imported");
        }
    }
}

/// The rules, written out independently of the validator.
fn allowed(id: &str, name: &str, exercises: &[String]) -> bool {
    let id_ok =
        !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || "-_".contains(c));
    let name = name.trim();
    let hidden = |c: char| {
        c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c)
    };
    id_ok
        && !name.is_empty()
        && name.chars().count() <= MAX_ROUTINE_NAME_CHARS
        && !name.chars().any(hidden)
        && (1..=MAX_ROUTINE_EXERCISES).contains(&exercises.len())
        && exercises.iter().all(|e| knows(e))
}

fn name_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,80}",
        "[ \t\n]{0,3}[a-zA-Zé🧘 ]{0,70}[ \t\n]{0,3}",
        "[a-z]{0,30}[\u{0}-\u{1f}\u{7f}\u{202a}-\u{202e}\u{2066}-\u{2069}][a-z]{0,30}",
    ]
}

fn exercises_strategy() -> impl Strategy<Value = Vec<String>> {
    let one =
        prop_oneof![4 => proptest::sample::select(LIBRARY.to_vec()).prop_map(String::from), 1 => ".{0,20}"];
    prop::collection::vec(one, 0..40)
}

proptest! {
    #![proptest_config(proptest_config(512))]

    #[test]
    fn the_validator_never_panics_and_accepts_exactly_the_valid(
        id in prop_oneof!["[a-zA-Z0-9_-]{0,70}", ".{0,10}"],
        name in name_strategy(),
        exercises in exercises_strategy(),
    ) {
        let result = validate(&id, &name, &exercises, knows);
        prop_assert_eq!(result.is_ok(), allowed(&id, &name, &exercises), "{:?}", result);
        if let Ok(r) = result {
            prop_assert_eq!(r.name.as_str(), name.trim());
            prop_assert_eq!(&r.exercises, &exercises);
            prop_assert_eq!(parse_stored_routine(&r.to_stored_json()), ReadRoutine::Current(r.clone()));
        }
    }

    #[test]
    fn arbitrary_stored_values_never_panic(value in prop_oneof![
        ".{0,200}".prop_map(Value::from),
        (any::<i64>(), name_strategy(), exercises_strategy()).prop_map(|(v, n, e)| json!({"v": v, "id": "abc", "name": n, "exercises": e})),
    ]) {
        let raw = value.to_string();
        let _ = parse_stored_routine(&raw);
        let _ = load_stored(&raw);
        let _ = import_text(&export_with(&raw));
    }
}
