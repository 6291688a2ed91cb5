//! Your own routine: exercises picked from the library, in your order, under your name.
//!
//! It is checked the way the build checks a pack: 1–30 exercises, a name of 1–60 characters
//! (trimmed, no control characters), and only exercises the library knows. The editor and an
//! import check all three against the catalog ([`validate`]). Storage is read leniently: the
//! snapshot reader has no catalog, so it checks the shape alone ([`parse_stored_routine`]) and
//! the player skips a move a later release might have renamed, rather than losing the routine.
//!
//! Stored as one key per routine, `routine:<id>`, holding versioned JSON:
//! `{"v":1,"id":"…","name":"…","exercises":["Neck Tilts", …]}`. It is shown and started like a
//! pack: [`CustomRoutine::to_pack`] builds a [`Pack`] whose id is `custom:<id>`, the id its
//! break records carry.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::catalog::Catalog;
use crate::l10n::{Arg, Messages};
use crate::pack::{is_caution, sentences, Exercise, Pack, Position, TimeOfDay};

/// The version of a stored routine's layout.
pub const ROUTINE_SCHEMA: u32 = 1;
/// Each routine has its own key, so two tabs saving two routines never overwrite each other.
pub const ROUTINE_KEY_PREFIX: &str = "routine:";
/// The id of the pack a routine is shown and started as (and its break records name).
pub const ROUTINE_PACK_PREFIX: &str = "custom:";
pub const MIN_ROUTINE_EXERCISES: usize = 1;
pub const MAX_ROUTINE_EXERCISES: usize = 30;
pub const MAX_ROUTINE_NAME_CHARS: usize = 60;
pub const MAX_ROUTINE_ID_CHARS: usize = 64;
/// Longer than any library name; a stored name beyond it cannot be one.
const MAX_EXERCISE_NAME_CHARS: usize = 100;

/// A routine that passed the checks.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct CustomRoutine {
    pub id: String,
    /// Trimmed, 1–60 characters.
    pub name: String,
    /// Library names, in the order they are done.
    pub exercises: Vec<String>,
}

/// Why a routine was refused, worded for the editor.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RoutineError {
    #[error("Give your routine a name.")]
    NoName,
    #[error("The name is {0} characters long; keep it to 60 or fewer.")]
    NameTooLong(usize),
    #[error("The name can't contain control characters such as line breaks or tabs.")]
    NameHasControl,
    #[error("Pick at least one exercise.")]
    NoExercises,
    #[error("A routine holds at most 30 exercises; this one has {0}. Remove some.")]
    TooManyExercises(usize),
    #[error("\"{0}\" isn't an exercise in the library.")]
    UnknownExercise(String),
    #[error("The routine's id isn't valid.")]
    BadId,
}

impl RoutineError {
    /// The message the editor (and an import) shows, in the user's language. (`Display` is the
    /// English one, for logs and the callers that have no messages at hand.)
    pub fn message_in(&self, m: &Messages) -> String {
        let num = |n: usize| Arg::from(n);
        match self {
            Self::NoName => m.get("routine-error-no-name"),
            Self::NameTooLong(length) => m.format(
                "routine-error-name-too-long",
                &[("length", num(*length)), ("max", num(MAX_ROUTINE_NAME_CHARS))],
            ),
            Self::NameHasControl => m.get("routine-error-name-control"),
            Self::NoExercises => m.get("routine-error-no-exercises"),
            Self::TooManyExercises(count) => m.format(
                "routine-error-too-many",
                &[("max", num(MAX_ROUTINE_EXERCISES)), ("count", num(*count))],
            ),
            Self::UnknownExercise(name) => {
                m.format("routine-error-unknown-exercise", &[("exercise", name.into())])
            }
            Self::BadId => m.get("routine-error-bad-id"),
        }
    }
}

/// Control characters, and the invisible direction overrides that could make a name read as
/// something else.
fn is_hidden(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A name quoted back in a message: short, with nothing hidden in it.
fn preview(name: &str) -> String {
    let shown: String = name.chars().take(40).map(|c| if is_hidden(c) { '\u{FFFD}' } else { c }).collect();
    if name.chars().count() > 40 {
        format!("{shown}…")
    } else {
        shown
    }
}

fn check_id(id: &str) -> Result<(), RoutineError> {
    let ok = !id.is_empty()
        && id.len() <= MAX_ROUTINE_ID_CHARS
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(RoutineError::BadId)
    }
}

/// Checks a routine as the editor and an import do. `knows` says whether the library has an
/// exercise of that name. The name is trimmed; the first problem found is returned.
pub fn validate(
    id: &str,
    name: &str,
    exercises: &[String],
    knows: impl Fn(&str) -> bool,
) -> Result<CustomRoutine, RoutineError> {
    check_id(id)?;
    let name = name.trim();
    if name.is_empty() {
        return Err(RoutineError::NoName);
    }
    if name.chars().any(is_hidden) {
        return Err(RoutineError::NameHasControl);
    }
    let chars = name.chars().count();
    if chars > MAX_ROUTINE_NAME_CHARS {
        return Err(RoutineError::NameTooLong(chars));
    }
    if exercises.len() < MIN_ROUTINE_EXERCISES {
        return Err(RoutineError::NoExercises);
    }
    if exercises.len() > MAX_ROUTINE_EXERCISES {
        return Err(RoutineError::TooManyExercises(exercises.len()));
    }
    if let Some(unknown) = exercises.iter().find(|e| !knows(e)) {
        return Err(RoutineError::UnknownExercise(preview(unknown)));
    }
    Ok(CustomRoutine { id: id.to_string(), name: name.to_string(), exercises: exercises.to_vec() })
}

/// Could this be a library name? The shape check of storage, which has no catalog at hand.
fn plausible_exercise_name(name: &str) -> bool {
    !name.trim().is_empty() && name.chars().count() <= MAX_EXERCISE_NAME_CHARS && !name.chars().any(is_hidden)
}

/// The storage key of a routine.
pub fn routine_key(id: &str) -> String {
    format!("{ROUTINE_KEY_PREFIX}{id}")
}

pub fn is_routine_key(key: &str) -> bool {
    key.starts_with(ROUTINE_KEY_PREFIX)
}

/// What a stored or imported routine turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadRoutine {
    Current(CustomRoutine),
    /// Written by a newer version: kept untouched, not shown.
    Future {
        version: u64,
    },
    /// The reason is for people.
    Corrupt {
        reason: String,
    },
}

/// The stored layout of version 1. Unknown fields are refused: a value with them was not written
/// by this layout.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredV1 {
    #[allow(dead_code)]
    v: u64,
    id: String,
    name: String,
    exercises: Vec<String>,
}

/// Why a routine's value can't be read, for an import's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoutineProblem {
    /// Written by a newer version.
    Newer(u64),
    /// Refused by [`validate`].
    Invalid(RoutineError),
    /// Not a routine at all; the reason is technical, in English.
    Damaged(String),
}

impl std::fmt::Display for RoutineProblem {
    /// The English reason, one sentence with its full stop.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Newer(version) => write!(f, "it was saved by a newer version of Desk Break (v{version})."),
            Self::Invalid(e) => write!(f, "{e}"),
            Self::Damaged(reason) if reason.ends_with('.') => f.write_str(reason),
            Self::Damaged(reason) => write!(f, "{reason}."),
        }
    }
}

/// Reads a routine's JSON value by its shape alone (see the module comment).
pub fn read_routine_value(value: Value) -> ReadRoutine {
    match check_routine_value(value) {
        Ok(routine) => ReadRoutine::Current(routine),
        Err(RoutineProblem::Newer(version)) => ReadRoutine::Future { version },
        Err(RoutineProblem::Invalid(e)) => ReadRoutine::Corrupt { reason: e.to_string() },
        Err(RoutineProblem::Damaged(reason)) => ReadRoutine::Corrupt { reason },
    }
}

/// [`read_routine_value`], with the reason a value is refused kept apart from its wording.
pub fn check_routine_value(value: Value) -> Result<CustomRoutine, RoutineProblem> {
    let damaged = |reason: String| Err(RoutineProblem::Damaged(reason));
    let version = match value.get("v").map(Value::as_u64) {
        None => return damaged("it has no version".into()),
        Some(None) => return damaged("its version isn't a whole number".into()),
        Some(Some(v)) => v,
    };
    if version > u64::from(ROUTINE_SCHEMA) {
        return Err(RoutineProblem::Newer(version));
    }
    if version != u64::from(ROUTINE_SCHEMA) {
        return damaged(format!("its version {version} isn't one Desk Break knows"));
    }
    let stored: StoredV1 = match serde_json::from_value(value) {
        Ok(s) => s,
        Err(e) => return damaged(format!("it doesn't have the shape of a routine ({e})")),
    };
    validate(&stored.id, &stored.name, &stored.exercises, plausible_exercise_name)
        .map_err(RoutineProblem::Invalid)
}

/// Reads the raw value stored under a `routine:` key.
pub fn parse_stored_routine(raw: &str) -> ReadRoutine {
    match serde_json::from_str::<Value>(raw) {
        Ok(value) => read_routine_value(value),
        Err(e) => ReadRoutine::Corrupt { reason: format!("it isn't valid JSON ({e})") },
    }
}

/// How the language shown reads one exercise of a routine: its name, and its cue's cautions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MoveWords {
    pub name: String,
    pub cautions: Vec<String>,
}

impl MoveWords {
    /// The English exercise's own words.
    pub fn english(e: &Exercise) -> Self {
        let cautions = sentences(&e.cue).into_iter().filter(|s| is_caution(s)).map(String::from).collect();
        Self { name: e.name.clone(), cautions }
    }
}

/// A caution named by its exercise at its end (its opening is what marks it a caution): out of
/// its exercise, "Keep the circles smooth…" says little. "Stop if you feel dizzy (Neck Tilts)."
fn named_caution(m: &Messages, sentence: &str, exercise: &str) -> String {
    let s = sentence.trim_end();
    let (text, stop) = match s.strip_suffix(['.', '!', '。', '！']) {
        Some(text) => (text, &s[text.len()..]),
        None => (s, "."),
    };
    m.format(
        "routine-pack-caution",
        &[("caution", text.into()), ("exercise", exercise.into()), ("stop", stop.into())],
    )
}

impl CustomRoutine {
    pub fn key(&self) -> String {
        routine_key(&self.id)
    }

    /// The id of the pack it is shown and started as.
    pub fn pack_id(&self) -> String {
        format!("{ROUTINE_PACK_PREFIX}{}", self.id)
    }

    pub fn to_stored_value(&self) -> Value {
        json!({ "v": ROUTINE_SCHEMA, "id": self.id, "name": self.name, "exercises": self.exercises })
    }

    pub fn to_stored_json(&self) -> String {
        self.to_stored_value().to_string()
    }

    /// The routine as a pack, so the page shows and the player runs it like any other, in the
    /// language of `m`; `words` gives each exercise's name and cautions in it
    /// ([`MoveWords::english`] in English). Its safety advice gathers the cautions in its
    /// exercises' cues, so the "Before you start" box warns about what it holds.
    pub fn to_pack(&self, catalog: &Catalog, m: &Messages, words: impl Fn(&Exercise) -> MoveWords) -> Pack {
        let moves: Vec<_> = self.exercises.iter().filter_map(|n| catalog.exercise(n)).collect();
        let mut positions: Vec<Position> = Vec::new();
        for e in &moves {
            if !positions.contains(&e.position) {
                positions.push(e.position);
            }
        }
        let mut safety = vec![m.get("routine-pack-stop")];
        for e in &moves {
            let words = words(e);
            for s in &words.cautions {
                let caution = named_caution(m, s, &words.name);
                if !safety.contains(&caution) {
                    safety.push(caution);
                }
            }
        }
        let count = self.exercises.len();
        let about = format!("{} {}", m.get("routine-pack-about"), safety.join(" "));
        Pack {
            id: self.pack_id(),
            title: self.name.clone(),
            tagline: m.format("routine-pack-tagline", &[("count", count.into())]),
            exercise_count: count,
            positions,
            location: m.get("routine-pack-where"),
            time_of_day: TimeOfDay::Any,
            when_to_reach: m.get("routine-pack-when"),
            why_this_happens: m.get("routine-pack-why"),
            about,
            exercises: self.exercises.clone(),
            canonical_url: None,
            demo_video_url: None,
            goals: Vec::new(),
            faq: Vec::new(),
            footer: None,
            checkin: None,
            safety,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn knows(name: &str) -> bool {
        matches!(name, "Neck Tilts" | "Shoulder Rolls" | "Wrist Circles")
    }

    #[test]
    fn a_good_routine_is_accepted_with_its_name_trimmed() {
        let r = validate("abc", "  Morning mix \u{3000}", &names(&["Neck Tilts", "Shoulder Rolls"]), knows)
            .unwrap();
        assert_eq!(r.name, "Morning mix");
        assert_eq!(r.pack_id(), "custom:abc");
        assert_eq!(r.key(), "routine:abc");
    }

    #[test]
    fn each_refusal_has_its_own_message() {
        let one = names(&["Neck Tilts"]);
        let cases = [
            (validate("a", "   ", &one, knows), "Give your routine a name."),
            (
                validate("a", &"x".repeat(61), &one, knows),
                "The name is 61 characters long; keep it to 60 or fewer.",
            ),
            (
                validate("a", "a\tb", &one, knows),
                "The name can't contain control characters such as line breaks or tabs.",
            ),
            (validate("a", "ok", &[], knows), "Pick at least one exercise."),
            (
                validate("a", "ok", &vec!["Neck Tilts".into(); 31], knows),
                "A routine holds at most 30 exercises; this one has 31. Remove some.",
            ),
            (
                validate("a", "ok", &names(&["Neck Tilts", "Moonwalk"]), knows),
                "\"Moonwalk\" isn't an exercise in the library.",
            ),
            (validate("a b", "ok", &one, knows), "The routine's id isn't valid."),
        ];
        for (result, message) in cases {
            let e = result.unwrap_err();
            #[cfg(feature = "markdown")]
            assert_eq!(e.message_in(crate::l10n::testing::english()), message);
            assert_eq!(e.to_string(), message);
        }
    }

    #[test]
    fn the_limits_themselves_are_accepted() {
        let thirty = vec!["Wrist Circles".to_string(); 30];
        assert!(validate("a", &"é".repeat(60), &thirty, knows).is_ok());
        assert!(validate(&"a".repeat(64), "x", &thirty[..1], knows).is_ok());
        assert!(validate(&"a".repeat(65), "x", &thirty[..1], knows).is_err());
    }

    #[test]
    fn a_hidden_direction_override_is_refused_and_never_quoted_back() {
        assert_eq!(
            validate("a", "ab\u{202E}cd", &names(&["Neck Tilts"]), knows),
            Err(RoutineError::NameHasControl)
        );
        let err = validate("a", "ok", &names(&["x\u{0}y"]), knows).unwrap_err().to_string();
        assert!(!err.contains('\u{0}'));
    }

    #[cfg(feature = "markdown")]
    #[test]
    fn as_a_pack_it_keeps_the_order_and_names_each_caution_with_its_move() {
        use crate::pack::Exercise;
        let ex = |name: &str, position, cue: &str| Exercise {
            name: name.into(),
            position,
            duration_s: 30,
            per_side: false,
            steps: vec!["Move.".into()],
            cue: cue.into(),
        };
        let catalog = Catalog {
            packs: Vec::new(),
            library: vec![
                ex("Neck Tilts", Position::Sitting, "Stop if you feel dizzy."),
                ex("Shoulder Rolls", Position::Standing, "Go slowly."),
            ],
        };
        let r = validate("x", "Mine", &names(&["Shoulder Rolls", "Neck Tilts"]), knows).unwrap();
        let m = crate::l10n::testing::english();
        let pack = r.to_pack(&catalog, m, MoveWords::english);
        assert_eq!((pack.id.as_str(), pack.title.as_str()), ("custom:x", "Mine"));
        assert_eq!(pack.exercises, names(&["Shoulder Rolls", "Neck Tilts"]));
        assert_eq!(pack.positions, vec![Position::Standing, Position::Sitting]);
        assert_eq!(pack.tagline, "Your own routine of 2 moves.");
        assert_eq!(pack.location, "wherever you choose");
        assert_eq!(
            pack.about,
            "You put this routine together from the exercise library. Stop any move that hurts, and skip one \
             you have been told to avoid. Stop if you feel dizzy (Neck Tilts)."
        );
        // The box says what the English cautions say, found as they always were.
        let derived = Pack { safety: Vec::new(), ..pack.clone() };
        assert_eq!(pack.safety_sentences(), derived.safety_sentences());
        assert!(pack.safety_sentences().contains(&"Stop if you feel dizzy (Neck Tilts)."));
        // In another language, the cautions come as the language gives them, named by its words.
        let words =
            |_: &Exercise| MoveWords { name: "Nackenneigen".into(), cautions: vec!["Hör auf!".into()] };
        let other = r.to_pack(&catalog, m, words);
        assert_eq!(other.safety_sentences().last(), Some(&"Hör auf (Nackenneigen)!"));
        assert_eq!(catalog.routine_seconds(&pack), 60);
    }

    #[test]
    fn stored_routines_round_trip_and_bad_ones_are_corrupt_or_future() {
        let r = validate("id1", "Mine", &names(&["Neck Tilts"]), knows).unwrap();
        assert_eq!(parse_stored_routine(&r.to_stored_json()), ReadRoutine::Current(r.clone()));
        assert_eq!(parse_stored_routine(r#"{"v":2,"anything":1}"#), ReadRoutine::Future { version: 2 });
        let padded = parse_stored_routine(r#"{"v":1,"id":"id1","name":" Mine ","exercises":["Neck Tilts"]}"#);
        assert_eq!(padded, ReadRoutine::Current(r.clone()), "read leniently: the name is trimmed");
        for raw in [
            "not json",
            "[]",
            r#"{"id":"a","name":"n","exercises":["x"]}"#,
            r#"{"v":1,"id":"a","name":" \n ","exercises":["x"]}"#,
            r#"{"v":1,"id":"a","name":"n","exercises":["x"],"extra":true}"#,
            r#"{"v":1,"id":"a","name":"n","exercises":[]}"#,
            r#"{"v":0,"id":"a","name":"n","exercises":["x"]}"#,
        ] {
            assert!(matches!(parse_stored_routine(raw), ReadRoutine::Corrupt { .. }), "{raw}");
        }
    }
}
