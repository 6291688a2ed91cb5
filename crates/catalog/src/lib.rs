//! The catalog of packs and the exercise library, compiled in from `content/` by `build.rs`.
//!
//! Adding a pack is adding a markdown file to `content/packs/`: the build parses and checks it.

use std::sync::OnceLock;

use deskbreak_core::catalog::Catalog;
use deskbreak_core::checkin::CheckinArea;
use deskbreak_core::figure::packed::unpack;
use deskbreak_core::figure::Figure;
use deskbreak_core::pack::{Exercise, Faq, Goal, Pack, Position, TimeOfDay};

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

const FIELD: char = '\u{1f}';
const RECORD: char = '\u{1e}';
const ITEM: char = '\u{1d}';
const PAIR: char = '\u{1c}';

fn list(text: &str) -> impl Iterator<Item = &str> {
    text.split(ITEM).filter(|s| !s.is_empty())
}

fn optional(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_string())
}

fn pairs<T>(text: &str, make: impl Fn(String, String) -> T) -> Vec<T> {
    list(text)
        .map(|item| {
            let (a, b) = item.split_once(PAIR).unwrap_or((item, ""));
            make(a.to_string(), b.to_string())
        })
        .collect()
}

/// Decodes what build.rs wrote. The build has already checked every value, so a field that
/// fails to decode here can only mean the two files disagree: it falls back to a default
/// rather than panicking in a New Tab.
fn decode() -> Catalog {
    let packs = PACKS
        .split(RECORD)
        .map(|record| {
            let f: Vec<&str> = record.split(FIELD).collect();
            let at = |i: usize| f.get(i).copied().unwrap_or_default();
            Pack {
                id: at(0).to_string(),
                title: at(1).to_string(),
                tagline: at(2).to_string(),
                canonical_url: optional(at(3)),
                demo_video_url: optional(at(4)),
                exercise_count: at(5).parse().unwrap_or_default(),
                positions: list(at(6)).filter_map(Position::parse).collect(),
                location: at(7).to_string(),
                time_of_day: TimeOfDay::parse(at(8)).unwrap_or(TimeOfDay::Any),
                when_to_reach: at(9).to_string(),
                why_this_happens: at(10).to_string(),
                about: at(11).to_string(),
                exercises: list(at(12)).map(str::to_string).collect(),
                goals: pairs(at(13), |name, reason| Goal { name, reason }),
                faq: pairs(at(14), |question, answer| Faq { question, answer }),
                footer: optional(at(15)),
                checkin: CheckinArea::parse(at(16)),
            }
        })
        .collect();
    let library = LIBRARY
        .split(RECORD)
        .map(|record| {
            let f: Vec<&str> = record.split(FIELD).collect();
            let at = |i: usize| f.get(i).copied().unwrap_or_default();
            Exercise {
                name: at(0).to_string(),
                position: Position::parse(at(1)).unwrap_or(Position::Sitting),
                duration_s: at(2).parse().unwrap_or(30),
                per_side: at(3) == "1",
                steps: list(at(4)).map(str::to_string).collect(),
                cue: at(5).to_string(),
            }
        })
        .collect();
    Catalog { packs, library }
}

/// The figure of each library exercise, in library order, and its mirror image for the right
/// side, unpacked once on first use. The build has checked every one, so `None` only marks a
/// disagreement between build.rs and this file.
fn figures() -> &'static [Option<[Figure; 2]>] {
    static FIGURES_UNPACKED: OnceLock<Vec<Option<[Figure; 2]>>> = OnceLock::new();
    FIGURES_UNPACKED.get_or_init(|| {
        let mut packed = FIGURES.split(RECORD);
        catalog()
            .library
            .iter()
            .map(|_| {
                packed.next().and_then(unpack).map(|f| [f.mirrored(), f]).map(|[right, left]| [left, right])
            })
            .collect()
    })
}

/// How an exercise is drawn: the figure its library entry declares (a per-side move's left
/// side), or its mirror image for the right side.
pub fn figure(exercise: &str, right_side: bool) -> Option<&'static Figure> {
    let i = catalog().library.iter().position(|e| e.name == exercise)?;
    figures().get(i)?.as_ref().map(|pair| &pair[usize::from(right_side)])
}

/// The catalog, decoded once on first use.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(decode)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_pack_ships_with_a_library_entry_for_every_exercise() {
        let c = catalog();
        let seed = c.pack("back-pain").expect("the seed pack ships");
        assert_eq!(seed.exercises.len(), 16);
        for p in &c.packs {
            assert_eq!(p.exercises.len(), p.exercise_count, "{}", p.id);
            for name in &p.exercises {
                let e = c.exercise(name).unwrap_or_else(|| panic!("{name} in {}", p.id));
                assert!((2..=4).contains(&e.steps.len()));
            }
        }
    }

    /// Every shipped pack has a quick move a user at its desk can do: 2–4 moves in the assumed
    /// position (or upright), about two minutes.
    #[test]
    fn every_pack_has_a_quick_move_of_about_two_minutes() {
        use deskbreak_core::pack::Position;
        use deskbreak_core::quick::{assumed_position, quick_minutes, quick_moves, quick_seconds};
        let c = catalog();
        for p in &c.packs {
            let position = assumed_position(p);
            let moves = quick_moves(c, p, position);
            let names: Vec<&str> = moves.iter().map(|e| e.name.as_str()).collect();
            assert!((2..=4).contains(&moves.len()), "{}: {names:?}", p.id);
            assert!(moves.iter().all(|e| e.position != Position::Floor), "{}: {names:?}", p.id);
            let seconds = quick_seconds(c, p);
            assert!((60..=180).contains(&seconds), "{}: {seconds} s, {names:?}", p.id);
            assert!((1..=3).contains(&quick_minutes(c, p)), "{}", p.id);
            let in_position = moves.iter().filter(|e| e.position == position).count();
            assert!(in_position >= 2 || p.exercises.len() < 4, "{}: {names:?}", p.id);
        }
    }

    /// The shipped figures are what the notation in content/exercises.md says.
    #[test]
    fn figures_round_trip_the_notation() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content");
        let text = std::fs::read_to_string(format!("{dir}/exercises.md")).expect("library");
        let library = deskbreak_core::pack_format::parse_library("exercises.md", &text).expect("parses");
        let parsed =
            deskbreak_core::figure::library::library_figures("exercises.md", &text, &library).unwrap();
        for (exercise, figure) in library.iter().zip(&parsed) {
            assert_eq!(super::figure(&exercise.name, false), Some(figure), "{}", exercise.name);
            assert_eq!(super::figure(&exercise.name, true), Some(&figure.mirrored()), "{}", exercise.name);
        }
    }

    /// The decoded catalog equals what the parser makes of content/ directly.
    #[test]
    fn decoding_round_trips_the_parsed_content() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content");
        let c = catalog();
        for p in &c.packs {
            let path = format!("{dir}/packs/{}.md", p.id);
            let text = std::fs::read_to_string(&path).expect("pack file");
            let parsed = deskbreak_core::pack_format::parse_pack(&p.id, &path, &text).expect("parses");
            assert_eq!(&parsed, p);
        }
        let text = std::fs::read_to_string(format!("{dir}/exercises.md")).expect("library");
        assert_eq!(
            deskbreak_core::pack_format::parse_library("exercises.md", &text).expect("parses"),
            c.library
        );
    }

    #[test]
    fn every_exercise_in_the_library_has_a_valid_loop() {
        use deskbreak_core::figure::{Joint, Stance};
        for e in &catalog().library {
            let f = figure(&e.name, false).unwrap_or_else(|| panic!("{} has a figure", e.name));
            assert!(!f.keys.is_empty() && f.loop_ms() >= 500, "{}: a loop long enough to see", e.name);
            assert_eq!(f.stance, Stance::from(e.position), "{}", e.name);
            let rest = deskbreak_core::figure::Pose::rest(f.stance);
            assert_ne!(f.still(), &rest, "{}: the still pose shows the move, not the rest pose", e.name);
            for (i, key) in f.keys.iter().enumerate() {
                for &joint in Joint::ALL {
                    for (angle, range) in key.pose.get(joint).iter().zip(joint.range()) {
                        let a = *angle as i16;
                        assert!(range.contains(&a), "{} key {i}: {} {a}", e.name, joint.name());
                    }
                }
            }
            assert!(f.keys.len() >= 2, "{}: a move has at least two key poses", e.name);
        }
    }

    #[test]
    fn catalog_has_a_pack_for_every_purpose() {
        assert!(catalog().packs.len() >= 12);
    }
}
