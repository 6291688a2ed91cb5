//! Safety rules for the content, checked at build time after the format (issue 14).
//!
//! The format parser makes sure a pack is well formed; these rules make sure it is safe for a
//! stranger to follow alone at a desk, and that a future pack or edit cannot quietly drop a
//! warning. Each failure names the file and line to fix, like the parser's errors.
//!
//! - The "Before you start" box shows every caution sentence of "About this routine".
//! - Every floor exercise says how to get down to the floor and up again, and every pack with a
//!   floor stage says it once in "About this routine", with advice for pregnancy.
//! - An exercise that uses a chair in a way a wheeled or reclining chair makes unsafe says so.
//! - The cautions that travel with an exercise (hip replacement, head-down folds, wrist
//!   stretches…) are in its cue, so every pack that uses the move carries them.

use crate::catalog::Catalog;
use crate::pack::{sentences, Exercise, Pack, Position};
use crate::pack_format::FormatError;

/// Sentences of "About this routine" that must reach the safety box, however
/// [`Pack::safety_advice`] picks them: a net cast independently of it.
const MUST_SHOW_OPENINGS: &[&str] =
    &["Skip this if", "Seek", "Stop", "Not a substitute", "If you are pregnant"];
const MUST_SHOW_WORDS: &[&str] = &["urgent", "medical care", "doctor", "clinician", "get down", "get up"];

/// How to get down to the floor and up again: the words every floor exercise and every pack
/// with a floor stage must contain (kneel, sit to one side, roll onto the back; roll onto the
/// side, hands and knees, a steady support).
pub const FLOOR_GUIDANCE: &[&str] =
    &["get down", "kneel", "to one side", "onto your back", "get up", "onto your side", "hands and knees"];

/// Phrases that use a chair in a way a chair on wheels, or one that swivels or reclines, makes
/// unsafe: perching on its edge, leaning back over it, sitting down onto it, pressing up from
/// it, or holding it for balance.
const CHAIR_RISKS: &[&str] = &[
    "front edge",
    "over the backrest",
    "on the backrest",
    "touch the seat",
    "off the seat",
    "chair back",
    "on a chair",
    "on the chair",
    "or a chair",
    "steady chair",
    "sturdy chair",
    "use the chair",
];

/// Words that show the chair caution is there.
const CHAIR_CAUTIONS: &[&str] =
    &["wheel", "cannot roll", "can't roll", "won't roll", "swivel", "recline is locked"];

/// A caution or safer set-up an exercise must keep: words its steps or cue must contain. (For the
/// hip, head-down and wrist kinds, [`KIND_RULES`] also requires them in the cue itself.)
struct Travelling {
    exercise: &'static str,
    words: &'static [&'static str],
}

const HIP: &[&str] = &["hip replacement"];
const HEAD_DOWN: &[&str] = &["glaucoma", "blood pressure"];
const WRIST: &[&str] = &["mild pull, never into pain"];

/// The cautions issue 14 names, exercise by exercise. The rules below catch new exercises of
/// the same kind.
const TRAVELLING: &[Travelling] = &[
    Travelling { exercise: "Cross Leg Twist", words: HIP },
    Travelling { exercise: "Seated Figure Four", words: HIP },
    Travelling { exercise: "Standing Figure Four", words: HIP },
    Travelling { exercise: "Knees to Chest", words: HIP },
    Travelling { exercise: "Knee Hugs", words: HIP },
    Travelling { exercise: "Forward Fold", words: HEAD_DOWN },
    Travelling { exercise: "Floor Birds", words: HEAD_DOWN },
    Travelling { exercise: "Arm Up Bows", words: HEAD_DOWN },
    Travelling { exercise: "Wrist Flexor Stretch", words: WRIST },
    Travelling {
        exercise: "Wrist Extensor Stretch",
        words: &["mild pull, never into pain", "bend the elbow"],
    },
    Travelling { exercise: "Prayer Stretch", words: WRIST },
    Travelling { exercise: "Thumb Stretch", words: WRIST },
    Travelling { exercise: "Shrug and Drop", words: &["keep breathing"] },
    Travelling { exercise: "Y Raises", words: &["ease off if a shoulder pinches"] },
    Travelling { exercise: "Standing Back Extension", words: &["keep your chin level"] },
    Travelling { exercise: "Slow Upperbody Circles", words: &["small, comfortable circles"] },
    Travelling { exercise: "Focus Shifts", words: &["comfortable reading distance"] },
    Travelling { exercise: "Thoratic Extension", words: &["recline is locked", "mid-back", "sit forward"] },
    Travelling { exercise: "Elongated Fold", words: &["one leg at a time"] },
    Travelling { exercise: "Floor Support", words: &["without wheels", "without lifting off"] },
    Travelling { exercise: "Chair Squats", words: &["without wheels"] },
    Travelling { exercise: "Elbow Bow Twists", words: &["don't reach for the knee"] },
];

/// A kind of move, recognised from its steps, and the caution its cue must carry.
struct KindRule {
    kind: &'static str,
    /// Any of these in the steps (lower case) makes an exercise this kind.
    signs: &'static [&'static str],
    words: &'static [&'static str],
}

const KIND_RULES: &[KindRule] = &[
    KindRule {
        kind: "crosses the legs or bends the hip deeply",
        signs: &[
            "cross one",
            "ankle on the opposite knee",
            "ankle over the opposite knee",
            "toward your chest",
        ],
        words: HIP,
    },
    KindRule {
        kind: "is a head-down fold",
        signs: &["head hang", "head coming up last", "bow forward from the hips, lowering your arms"],
        words: HEAD_DOWN,
    },
    KindRule {
        kind: "stretches the wrist or hand",
        signs: &[
            "draw the fingers back",
            "back of the hand toward you",
            "keeping the palms together",
            "draw the thumb",
        ],
        words: WRIST,
    },
];

fn lower(e: &Exercise) -> (String, String) {
    (e.steps.join(" ").to_lowercase(), e.cue.to_lowercase())
}

/// Where things are in the source files, so a failure points at a line.
struct Lines<'a> {
    text: &'a str,
}

impl Lines<'_> {
    /// The 1-based line of the first line that is `heading`, or 1.
    fn heading(&self, heading: &str) -> usize {
        self.text.lines().position(|l| l.trim_end() == heading).map(|i| i + 1).unwrap_or(1)
    }

    /// The first line at or after `from` (1-based) that starts with `prefix`, or `from`.
    fn after(&self, from: usize, prefix: &str) -> usize {
        self.text
            .lines()
            .enumerate()
            .skip(from.saturating_sub(1))
            .find(|(_, l)| l.trim_start().starts_with(prefix))
            .map(|(i, _)| i + 1)
            .unwrap_or(from)
    }
}

fn fail(file: &str, line: usize, message: String) -> FormatError {
    FormatError { file: file.to_string(), line, message }
}

/// The line of the "About this routine" paragraph: the first line with text after its heading.
fn about_line(text: &str) -> usize {
    let about = Lines { text }.heading("## About this routine");
    text.lines().enumerate().skip(about).find(|(_, l)| !l.trim().is_empty()).map_or(about, |(i, _)| i + 1)
}

/// The safety box of one pack: every caution sentence, and a "Skip this if" one.
/// `file` and `text` are the pack's source, for the line of "About this routine".
pub fn check_safety_box(pack: &Pack, file: &str, text: &str) -> Result<(), FormatError> {
    check_box_text(pack, &pack.safety_advice(), file, text)
}

/// [`check_safety_box`] for a given box text, so a test can show what a cut box looks like.
fn check_box_text(pack: &Pack, shown: &str, file: &str, text: &str) -> Result<(), FormatError> {
    let line = about_line(text);
    let all = sentences(&pack.about);
    if !all.iter().any(|s| s.starts_with("Skip this if")) {
        return Err(fail(
            file,
            line,
            "\"About this routine\" needs a \"Skip this if…\" sentence for the \"Before you start\" box"
                .into(),
        ));
    }
    for s in all {
        let lower = s.to_lowercase();
        let must = MUST_SHOW_OPENINGS.iter().any(|o| s.starts_with(o))
            || MUST_SHOW_WORDS.iter().any(|w| lower.contains(w));
        if must && !shown.contains(s) {
            return Err(fail(
                file,
                line,
                format!("the \"Before you start\" box leaves out the caution \"{s}\""),
            ));
        }
    }
    Ok(())
}

/// A pack with a floor stage says once, in "About this routine", how to get down and up.
pub fn check_floor_pack(pack: &Pack, catalog: &Catalog, file: &str, text: &str) -> Result<(), FormatError> {
    if !catalog.exercises_of(pack).any(|e| e.position == Position::Floor) {
        return Ok(());
    }
    let about = pack.about.to_lowercase();
    if let Some(missing) = FLOOR_GUIDANCE.iter().find(|w| !about.contains(*w)) {
        return Err(fail(
            file,
            about_line(text),
            format!(
                "this pack has a floor stage, so \"About this routine\" must say how to get down to the floor \
                 and up again (missing \"{missing}\")"
            ),
        ));
    }
    // Lying on the back late in pregnancy can make you faint.
    if !about.contains("if you are pregnant") {
        return Err(fail(
            file,
            about_line(text),
            "this pack has you lying on the floor, so \"About this routine\" needs an \"If you are pregnant…\" sentence"
                .into(),
        ));
    }
    Ok(())
}

/// The library's rules: floor guidance, chair cautions and travelling cautions.
pub fn check_library(library: &[Exercise], file: &str, text: &str) -> Result<(), FormatError> {
    let lines = Lines { text };
    let heading = |name: &str| lines.heading(&format!("## {name}"));
    let cue_line = |name: &str| lines.after(heading(name), "> **Cue:**");
    for e in library {
        let (steps, cue) = lower(e);
        let all = format!("{steps} {cue}");
        if e.position == Position::Floor {
            if let Some(missing) = FLOOR_GUIDANCE.iter().find(|w| !all.contains(*w)) {
                return Err(fail(
                    file,
                    heading(&e.name),
                    format!(
                        "\"{}\" is done on the floor, so it must say how to get down and up again (missing \"{missing}\")",
                        e.name
                    ),
                ));
            }
        }
        if let Some(risk) = CHAIR_RISKS.iter().find(|r| all.contains(*r)) {
            if !CHAIR_CAUTIONS.iter().any(|c| all.contains(c)) {
                return Err(fail(
                    file,
                    heading(&e.name),
                    format!(
                        "\"{}\" says \"{risk}\", which is unsafe in a chair that rolls, swivels or reclines: \
                         say what to do with one (for example \"a chair without wheels\")",
                        e.name
                    ),
                ));
            }
        }
        for rule in KIND_RULES {
            if rule.signs.iter().any(|s| steps.contains(s)) {
                if let Some(missing) = rule.words.iter().find(|w| !cue.contains(*w)) {
                    return Err(fail(
                        file,
                        cue_line(&e.name),
                        format!("\"{}\" {}, so its cue must mention \"{missing}\"", e.name, rule.kind),
                    ));
                }
            }
        }
    }
    for t in TRAVELLING {
        let Some(e) = library.iter().find(|e| e.name == t.exercise) else {
            return Err(fail(
                file,
                1,
                format!("\"{}\" carries a required caution but is missing", t.exercise),
            ));
        };
        let (steps, cue) = lower(e);
        let all = format!("{steps} {cue}");
        if let Some(missing) = t.words.iter().find(|w| !all.contains(*w)) {
            return Err(fail(
                file,
                cue_line(&e.name),
                format!("\"{}\" must carry its caution: \"{missing}\"", e.name),
            ));
        }
    }
    Ok(())
}

/// Every rule over the whole catalog. `library` is the library's file name and text; `packs`
/// pairs each pack (in catalog order) with its file name and text.
pub fn check_content(
    catalog: &Catalog,
    library: (&str, &str),
    packs: &[(String, String)],
) -> Result<(), FormatError> {
    check_library(&catalog.library, library.0, library.1)?;
    for (pack, (file, text)) in catalog.packs.iter().zip(packs) {
        check_safety_box(pack, file, text)?;
        check_floor_pack(pack, catalog, file, text)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack_format::{parse_library, parse_pack};

    const LIBRARY: &str = include_str!("../../../content/exercises.md");
    const PACKS: &[(&str, &str)] = &[
        ("afternoon-energizer", include_str!("../../../content/packs/afternoon-energizer.md")),
        ("back-pain", include_str!("../../../content/packs/back-pain.md")),
        ("discreet-video-call", include_str!("../../../content/packs/discreet-video-call.md")),
        ("end-of-day-wind-down", include_str!("../../../content/packs/end-of-day-wind-down.md")),
        ("eyes-and-screen-strain", include_str!("../../../content/packs/eyes-and-screen-strain.md")),
        ("hips", include_str!("../../../content/packs/hips.md")),
        ("lower-back", include_str!("../../../content/packs/lower-back.md")),
        ("morning-warm-up", include_str!("../../../content/packs/morning-warm-up.md")),
        ("neck-and-shoulders", include_str!("../../../content/packs/neck-and-shoulders.md")),
        ("standing-desk", include_str!("../../../content/packs/standing-desk.md")),
        ("upper-back-and-posture", include_str!("../../../content/packs/upper-back-and-posture.md")),
        ("wrists-and-forearms", include_str!("../../../content/packs/wrists-and-forearms.md")),
    ];

    fn pack(id: &str) -> (Pack, &'static str) {
        let text = PACKS.iter().find(|(i, _)| *i == id).map(|(_, t)| *t).expect("a content pack");
        (parse_pack(id, &format!("{id}.md"), text).expect("parses"), text)
    }

    fn catalog() -> Catalog {
        Catalog {
            packs: PACKS.iter().map(|(id, text)| parse_pack(id, id, text).expect("parses")).collect(),
            library: parse_library("exercises.md", LIBRARY).expect("parses"),
        }
    }

    fn sources() -> Vec<(String, String)> {
        PACKS.iter().map(|(id, text)| (format!("content/packs/{id}.md"), text.to_string())).collect()
    }

    /// Edits one exercise's text in the library source, which must contain `from`.
    fn edit_library(name: &str, from: &str, to: &str) -> String {
        let start = LIBRARY.find(&format!("## {name}\n")).expect("the exercise");
        let end = LIBRARY[start + 3..].find("\n## ").map(|i| start + 3 + i).unwrap_or(LIBRARY.len());
        let section = &LIBRARY[start..end];
        assert!(section.contains(from), "\"{from}\" is not in {name}");
        format!("{}{}{}", &LIBRARY[..start], section.replacen(from, to, 1), &LIBRARY[end..])
    }

    fn library_error(text: &str) -> FormatError {
        let lib = parse_library("content/exercises.md", text).expect("still parses");
        check_library(&lib, "content/exercises.md", text).expect_err("the rule should fail")
    }

    fn line_of(text: &str, needle: &str) -> usize {
        text.lines().position(|l| l.contains(needle)).expect("the needle") + 1
    }

    #[test]
    fn the_shipped_content_keeps_every_rule() {
        let packs = sources();
        check_content(&catalog(), ("content/exercises.md", LIBRARY), &packs)
            .unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn the_safety_box_holds_every_caution_sentence_of_every_pack() {
        for (id, _) in PACKS {
            let (p, _) = pack(id);
            let shown = p.safety_advice();
            for s in sentences(&p.about) {
                if crate::pack::is_caution(s) {
                    assert!(shown.contains(s), "{id}: the box leaves out \"{s}\"");
                }
            }
            for opening in ["Skip this if", "Not a substitute"] {
                assert!(shown.contains(opening), "{id}: no \"{opening}\" in the box: {shown}");
            }
        }
        let (lower_back, _) = pack("lower-back");
        assert!(lower_back.safety_advice().contains(
            "Seek urgent care for numbness around the groin or buttocks or new trouble controlling your bladder or bowels."
        ));
        // The seed keeps its words; its box is its two cautions, without the pointer to other packs.
        let (seed, _) = pack("back-pain");
        assert_eq!(
            seed.safety_advice(),
            "Skip this if pain radiates down a leg, involves numbness, tingling, or weakness, or follows a fall or \
             lifting injury — those patterns point to disc or nerve involvement and warrant evaluation. Not a \
             substitute for medical care if pain is acute, severe, or persistent."
        );
    }

    #[test]
    fn a_box_that_drops_a_caution_fails_at_the_about_paragraph() {
        let (p, text) = pack("lower-back");
        let line = line_of(text, "Eight movements in three stages");
        // The box as it was: cut at the end of the "Skip this if" sentence.
        let skip = sentences(&p.about).into_iter().find(|s| s.starts_with("Skip this if")).unwrap();
        let e = check_box_text(&p, skip, "lower-back.md", text).expect_err("the old cut box is refused");
        assert_eq!(e.line, line, "{e}");
        assert!(e.to_string().starts_with(&format!("lower-back.md:{line}: ")), "{e}");
        assert!(e.message.contains("leaves out the caution"), "{e}");
        // A box with everything but the urgent-care sentence is refused for that sentence.
        let without_urgent: Vec<&str> =
            sentences(&p.about).into_iter().filter(|s| !s.starts_with("Seek urgent care")).collect();
        let e = check_box_text(&p, &without_urgent.join(" "), "lower-back.md", text)
            .expect_err("urgent care left out");
        assert!(e.message.contains("leaves out the caution \"Seek urgent care for numbness"), "{e}");

        let (mut p, text) = pack("hips");
        p.about = p.about.replace("Skip this if", "Avoid this if");
        let e = check_safety_box(&p, "hips.md", text).expect_err("no Skip sentence");
        assert!(e.message.contains("Skip this if"), "{e}");
    }

    #[test]
    fn every_floor_exercise_says_how_to_get_down_and_up() {
        let lib = parse_library("exercises.md", LIBRARY).unwrap();
        let floor: Vec<_> = lib.iter().filter(|e| e.position == Position::Floor).collect();
        assert!(floor.len() >= 2, "the library has floor exercises");
        for e in floor {
            let all = format!("{} {}", e.steps.join(" "), e.cue).to_lowercase();
            for w in FLOOR_GUIDANCE {
                assert!(all.contains(w), "{}: missing \"{w}\"", e.name);
            }
        }
        let text = edit_library("Supine Twist", "roll onto your side", "sit up");
        let e = library_error(&text);
        assert_eq!(
            (e.line, e.file.as_str()),
            (line_of(&text, "## Supine Twist"), "content/exercises.md"),
            "{e}"
        );
        assert!(e.message.contains("onto your side"), "{e}");
    }

    #[test]
    fn a_floor_pack_says_how_to_get_down_once_before_its_floor_stage() {
        let c = catalog();
        let (p, text) = pack("lower-back");
        check_floor_pack(&p, &c, "lower-back.md", text).unwrap();
        let mut cut = p.clone();
        cut.about = cut.about.replace("kneel", "drop");
        let e = check_floor_pack(&cut, &c, "lower-back.md", text).expect_err("no get-down guidance");
        assert_eq!(e.line, line_of(text, "Eight movements in three stages"));
        assert!(e.message.contains("kneel"), "{e}");
        let mut cut = p.clone();
        cut.about = cut.about.replace("If you are pregnant", "When expecting");
        let e = check_floor_pack(&cut, &c, "lower-back.md", text).expect_err("no pregnancy advice");
        assert!(e.message.contains("If you are pregnant"), "{e}");
        // A pack without a floor exercise needs none.
        let (hips, text) = pack("hips");
        check_floor_pack(&hips, &c, "hips.md", text).unwrap();
    }

    #[test]
    fn a_chair_move_a_wheeled_chair_makes_unsafe_carries_its_caution() {
        // Perching on the front edge with no word about wheels is refused...
        let text = edit_library(
            "Seated Cat-Cow",
            "Sit on the front half of your chair",
            "Sit on the front edge of your chair",
        );
        let e = library_error(&text);
        assert_eq!(e.line, line_of(&text, "## Seated Cat-Cow"), "{e}");
        assert!(e.message.contains("front edge"), "{e}");
        // ...and so is the old Thoratic Extension, leaning back over any backrest.
        let mut lib = parse_library("content/exercises.md", LIBRARY).unwrap();
        let t = lib.iter_mut().find(|e| e.name == "Thoratic Extension").unwrap();
        t.steps = vec!["Sit back in your chair.".into(), "Lean back over the backrest.".into()];
        t.cue = "Bend through the upper back.".into();
        let e = check_library(&lib, "content/exercises.md", LIBRARY).expect_err("the old text is refused");
        assert!(e.message.contains("over the backrest"), "{e}");
    }

    #[test]
    fn the_hip_head_down_and_wrist_cautions_travel_with_their_exercises() {
        let lib = parse_library("exercises.md", LIBRARY).unwrap();
        for t in TRAVELLING {
            let e = lib.iter().find(|e| e.name == t.exercise).unwrap_or_else(|| panic!("{}", t.exercise));
            let all = format!("{} {}", e.steps.join(" "), e.cue).to_lowercase();
            for w in t.words {
                assert!(all.contains(w), "{}: missing \"{w}\"", e.name);
            }
        }
        for (name, word) in [
            ("Cross Leg Twist", "hip replacement"),
            ("Forward Fold", "glaucoma"),
            ("Wrist Flexor Stretch", "mild pull, never into pain"),
        ] {
            let e = lib.iter().find(|e| e.name == name).unwrap();
            let cue_text = format!("> **Cue:** {}", e.cue);
            let cut = e.cue.replace(word, "care").replace(&capitalised(word), "Care");
            let text = LIBRARY.replacen(&cue_text, &format!("> **Cue:** {cut}"), 1);
            assert_ne!(text, LIBRARY, "{name}'s cue is found");
            let err = library_error(&text);
            assert_eq!(err.line, line_of(&text, &format!("> **Cue:** {cut}")), "{err}");
            assert!(err.message.contains(word) && err.message.contains(name), "{err}");
        }
    }

    #[test]
    fn a_new_move_of_a_known_kind_needs_the_same_caution() {
        let mut lib = parse_library("exercises.md", LIBRARY).unwrap();
        lib.push(Exercise {
            name: "Seated Ankle Cross".into(),
            position: Position::Sitting,
            duration_s: 20,
            per_side: true,
            steps: vec!["Sit tall.".into(), "Cross one leg over the other.".into()],
            cue: "Go gently.".into(),
        });
        let e = check_library(&lib, "exercises.md", LIBRARY).expect_err("no hip caution");
        assert!(e.message.contains("hip replacement"), "{e}");
    }

    fn capitalised(word: &str) -> String {
        let mut c = word.chars();
        c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
    }
}
