//! The figure notation: one `- **Figure:**` field per exercise in `content/exercises.md`.
//!
//! ```text
//! - **Figure:** side chair desk:40
//!   | base hip=95
//!   | 1s
//!   | 0.8s~1s lumbar=20 thorax=25 neck=10 shoulder=150
//! ```
//!
//! The first part names the view (`front` or `side`) and the props (`chair`, `desk`, `wall`,
//! `mat`, each with an optional `:offset` in hundredths of body height). Then come sections
//! separated by `|`: an optional `base` that every key starts from, and the key poses in loop
//! order, each with its hold (`1s`) and optionally the time it takes to move on to the next
//! key (`~0.8s`, default 0.6 s). A key sets joints as `name=sagittal/frontal/axial` in whole
//! degrees (trailing angles may be left out and are 0). A limb name without `.l` or `.r` sets
//! both sides. A per-side exercise is written for its left side; the right is its mirror.
//!
//! The build parses every figure and fails with the file and line of an unknown joint, an
//! angle outside the joint's human range, or a figure with no key pose.

use std::fmt;

use super::{Anchor, Figure, Joint, Key, Mark, MarkKind, Pose, Prop, PropKind, Stance, View};
use super::{ANCHORS, MARKS, MAX_MARKS, SUMMED};

/// Time to move from one key to the next when the notation does not say.
pub const DEFAULT_MOVE_MS: u32 = 600;
const MAX_HOLD_MS: u32 = 10_000;
const MOVE_MS: std::ops::RangeInclusive<u32> = 100..=5_000;

/// A problem in a figure, at a byte offset of its notation text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotationError {
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for NotationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for NotationError {}

/// Words of the notation with their byte offsets.
fn words(text: &str, from: usize) -> impl Iterator<Item = (usize, &str)> {
    text.split(' ').scan(from, |at, w| {
        let start = *at;
        *at += w.len() + 1;
        Some((start, w))
    })
}

/// Parses a figure written for an exercise of the given stance; a per-side one is written for
/// its left side.
pub fn parse_figure(text: &str, stance: Stance, per_side: bool) -> Result<Figure, NotationError> {
    let mut sections = text.split('|').scan(0usize, |at, s| {
        let start = *at;
        *at += s.len() + 1;
        Some((start, s))
    });
    let (head_at, head) = sections.next().unwrap_or((0, ""));
    let (view, props, close) = parse_head(head, head_at)?;
    let rest = Pose::rest(stance);
    let mut base: Option<Section> = None;
    let mut keys = Vec::new();
    let mut marks: Vec<Mark> = Vec::new();
    let mut pelvis_given = false;
    for (at, section) in sections {
        let mut ws = words(section, at).filter(|(_, w)| !w.is_empty());
        let Some((head_at, first)) = ws.next() else {
            return Err(NotationError { offset: at, message: "empty section between \"|\"".into() });
        };
        if first == "base" {
            if base.is_some() || !keys.is_empty() {
                return Err(err(head_at, "\"base\" comes once, before the first key"));
            }
            base = Some(assignments(ws)?);
            continue;
        }
        let (hold_ms, move_ms) = timing(first, head_at)?;
        let (sets, shown) = assignments(ws)?;
        let mut pose = rest;
        let (base_sets, base_marks) = base.as_ref().map_or((&[][..], &[][..]), |(j, m)| (j, m));
        for (joint, angles) in base_sets.iter().chain(sets.iter()) {
            pelvis_given |= *joint == Joint::Pelvis;
            pose.set(*joint, angles.map(f32::from));
        }
        for mark in base_marks.iter().chain(shown.iter()) {
            let i = marks.iter().position(|m| m == mark).unwrap_or_else(|| {
                marks.push(*mark);
                marks.len() - 1
            });
            if i >= MAX_MARKS {
                return Err(err(head_at, format!("a figure has at most {MAX_MARKS} different marks")));
            }
            pose.1 |= 1 << i;
        }
        check_sums(&pose, head_at)?;
        keys.push(Key { pose, hold_ms, move_ms });
    }
    if keys.is_empty() {
        return Err(err(text.len(), "the figure has no key pose: add one like \"| 1s neck=20\""));
    }
    let near_left = per_side;
    Ok(Figure { view, stance, props, keys, pelvis_given, close, near_left, marks })
}

fn err(offset: usize, message: impl Into<String>) -> NotationError {
    NotationError { offset, message: message.into() }
}

fn parse_head(head: &str, at: usize) -> Result<(View, Vec<Prop>, bool), NotationError> {
    let mut ws = words(head, at).filter(|(_, w)| !w.is_empty());
    let view = match ws.next() {
        Some((_, "front")) => View::Front,
        Some((_, "side")) => View::Side,
        Some((at, other)) => return Err(err(at, format!("unknown view \"{other}\" (front or side)"))),
        None => return Err(err(at, "the figure starts with its view: front or side")),
    };
    let mut props = Vec::new();
    let mut close = false;
    for (at, word) in ws {
        if word == "close" {
            close = true;
            continue;
        }
        let (name, offset) = match word.split_once(':') {
            Some((name, n)) => {
                let n = n.parse::<i16>().ok().filter(|n| (-150..=150).contains(n));
                (name, Some(n.ok_or_else(|| err(at, format!("prop offset in \"{word}\" is not -150…150")))?))
            }
            None => (word, None),
        };
        let kind = PropKind::parse(name)
            .ok_or_else(|| err(at, format!("unknown prop \"{name}\" (chair, desk, wall or mat)")))?;
        props.push(Prop { kind, offset });
    }
    Ok((view, props, close))
}

fn seconds_ms(text: &str) -> Option<u32> {
    let n: f32 = text.strip_suffix('s')?.parse().ok()?;
    // To the hundredth of a second, which is all a pose needs (and all the page receives).
    (n.is_finite() && (0.0..100.0).contains(&n)).then(|| (n * 100.0).round() as u32 * 10)
}

/// `1s` or `1s~0.8s`: the hold, and the move on to the next key.
fn timing(word: &str, at: usize) -> Result<(u32, u32), NotationError> {
    let (hold, mv) = match word.split_once('~') {
        Some((h, m)) => (h, Some(m)),
        None => (word, None),
    };
    let hold_ms = seconds_ms(hold).filter(|ms| *ms <= MAX_HOLD_MS).ok_or_else(|| {
        err(at, format!("a key starts with its hold, like \"1s\" (0–10 s), not \"{word}\""))
    })?;
    let move_ms = match mv {
        None => DEFAULT_MOVE_MS,
        Some(m) => seconds_ms(m)
            .filter(|ms| MOVE_MS.contains(ms))
            .ok_or_else(|| err(at, format!("the move time in \"{word}\" must be 0.1–5 s")))?,
    };
    Ok((hold_ms, move_ms))
}

/// What a section sets: joints with their angles, and the marks it shows.
type Section = (Vec<(Joint, [i16; 3])>, Vec<Mark>);

/// `name=a/b/c` words: the joints they set, each checked against its human range; and the
/// marks among them (words without `=`).
fn assignments<'a>(words: impl Iterator<Item = (usize, &'a str)>) -> Result<Section, NotationError> {
    let mut out = Vec::new();
    let mut marks = Vec::new();
    for (at, word) in words {
        let Some((name, value)) = word.split_once('=') else {
            marks.extend(parse_mark(word, at)?);
            continue;
        };
        let angles = angles(value).ok_or_else(|| {
            err(
                at,
                format!("angles of \"{name}\" must be whole degrees like 20 or 20/-10/5, not \"{value}\""),
            )
        })?;
        for joint in joints_named(name).ok_or_else(|| err(at, unknown_joint(name)))? {
            check_range(joint, &angles, at)?;
            out.push((joint, angles));
        }
    }
    Ok((out, marks))
}

/// `kind:place` (or a bare `exhale`/`inhale`): a motion mark. A place without `.l` or `.r`
/// means both sides.
fn parse_mark(word: &str, at: usize) -> Result<Vec<Mark>, NotationError> {
    let (name, place) = match word.split_once(':') {
        Some((n, p)) => (n, Some(p)),
        None => (word, None),
    };
    let Some(&(_, kind)) = MARKS.iter().find(|(n, _)| *n == name) else {
        let known: Vec<&str> = MARKS.iter().map(|(n, _)| *n).collect();
        return Err(err(
            at,
            format!("unknown mark \"{name}\" (marks: {}; joints are set as joint=angles)", known.join(", ")),
        ));
    };
    let bare = matches!(kind, MarkKind::Exhale | MarkKind::Inhale);
    let places: Vec<Anchor> = match place {
        None if bare => vec![Anchor::Head],
        Some(place) if !bare => {
            let named = |n: &str| ANCHORS.iter().find(|(a, _)| *a == n).map(|(_, a)| *a);
            named(place)
                .map(|a| vec![a])
                .or_else(|| Some(vec![named(&format!("{place}.l"))?, named(&format!("{place}.r"))?]))
                .ok_or_else(|| {
                    let mut known: Vec<&str> = ANCHORS
                        .iter()
                        .map(|(n, _)| n.trim_end_matches(".l").trim_end_matches(".r"))
                        .collect();
                    known.dedup();
                    err(at, format!("unknown place \"{place}\" for mark \"{name}\" ({})", known.join(", ")))
                })?
        }
        _ if bare => return Err(err(at, format!("the mark \"{name}\" takes no place: write \"{name}\""))),
        _ => return Err(err(at, format!("the mark \"{name}\" needs a place, like \"{name}:hand\""))),
    };
    let zoomable = |a: &Anchor| matches!(a, Anchor::HandL | Anchor::HandR | Anchor::Eyes);
    if kind == MarkKind::Detail && !places.iter().all(zoomable) {
        return Err(err(at, format!("a detail shows a hand or the eyes, not \"{}\"", place.unwrap_or(""))));
    }
    Ok(places.into_iter().map(|at| Mark { kind, at }).collect())
}

fn angles(value: &str) -> Option<[i16; 3]> {
    let mut out = [0i16; 3];
    let mut parts = value.split('/');
    for slot in out.iter_mut() {
        match parts.next() {
            Some(p) => *slot = p.parse().ok()?,
            None => break,
        }
    }
    parts.next().is_none().then_some(out)
}

/// A joint by name; a limb name without a side means both sides.
fn joints_named(name: &str) -> Option<Vec<Joint>> {
    if let Some(j) = Joint::by_name(name) {
        return Some(vec![j]);
    }
    let both: Vec<Joint> =
        [".l", ".r"].iter().filter_map(|s| Joint::by_name(&format!("{name}{s}"))).collect();
    (both.len() == 2).then_some(both)
}

fn unknown_joint(name: &str) -> String {
    let mut known: Vec<&str> =
        Joint::ALL.iter().map(|j| j.name().trim_end_matches(".l").trim_end_matches(".r")).collect();
    known.dedup();
    format!("unknown joint \"{name}\" (joints: {}; add .l or .r for one side)", known.join(", "))
}

const AXES: [&str; 3] = ["sagittal", "frontal", "axial"];

fn check_range(joint: Joint, angles: &[i16; 3], at: usize) -> Result<(), NotationError> {
    for ((range, angle), axis) in joint.range().iter().zip(angles).zip(AXES) {
        if !range.contains(angle) {
            let message = if range.start() == range.end() {
                format!(
                    "{} has no {axis} movement here, so its {axis} angle must be 0, not {angle}",
                    joint.name()
                )
            } else {
                format!(
                    "{} {axis} angle {angle} is outside its human range {} to {}",
                    joint.name(),
                    range.start(),
                    range.end()
                )
            };
            return Err(err(at, message));
        }
    }
    Ok(())
}

/// The spine's two segments together stay within the trunk's range, the neck and the head's
/// nod within the neck's.
fn check_sums(pose: &Pose, at: usize) -> Result<(), NotationError> {
    for (first, second) in SUMMED {
        let (a, b) = (pose.get(first), pose.get(second));
        for (axis, range) in first.range().iter().enumerate() {
            let sum = (a[axis] + b[axis]).round() as i16;
            if !range.contains(&sum) {
                return Err(err(
                    at,
                    format!(
                        "{} and {} together turn {sum} degrees ({}), outside the range {} to {}",
                        first.name(),
                        second.name(),
                        AXES[axis],
                        range.start(),
                        range.end()
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// One exercise's figure as written in the library, with where it stands in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureSource {
    pub exercise: String,
    /// The notation, its lines joined by spaces.
    pub text: String,
    /// For each source line of the field: the offset in `text` where it starts, and its line.
    lines: Vec<(usize, usize)>,
}

impl FigureSource {
    /// The 1-based file line of a byte offset in `text`.
    pub fn line_of(&self, offset: usize) -> usize {
        let i = self.lines.partition_point(|&(start, _)| start <= offset);
        self.lines[i.saturating_sub(1)].1
    }

    pub fn first_line(&self) -> usize {
        self.lines[0].1
    }
}

const FIELD: &str = "- **Figure:**";

/// Finds the `- **Figure:**` field under each `## Exercise` heading of the library, with its
/// indented continuation lines.
pub fn figure_sources(library: &str) -> Vec<FigureSource> {
    let mut out: Vec<FigureSource> = Vec::new();
    let mut exercise = String::new();
    let mut open = false;
    for (i, line) in library.lines().enumerate() {
        if let Some(name) = line.strip_prefix("## ") {
            exercise = name.trim().to_string();
            open = false;
        } else if let Some(rest) = line.strip_prefix(FIELD) {
            out.push(FigureSource { exercise: exercise.clone(), text: String::new(), lines: Vec::new() });
            open = true;
            push_line(out.last_mut(), rest, i + 1);
        } else if open && line.starts_with(char::is_whitespace) && !line.trim().is_empty() {
            push_line(out.last_mut(), line, i + 1);
        } else {
            open = false;
        }
    }
    out
}

fn push_line(source: Option<&mut FigureSource>, line: &str, number: usize) {
    let Some(source) = source else { return };
    if !source.text.is_empty() {
        source.text.push(' ');
    }
    source.lines.push((source.text.len(), number));
    source.text.push_str(line.trim());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Figure, NotationError> {
        parse_figure(text, Stance::Seated, false)
    }

    #[test]
    fn a_figure_has_its_view_props_base_and_keys() {
        let f = parse("side chair desk:40 | base neck=10 | 1s | 0.8s~1.2s lumbar=20/5 shoulder.l=150")
            .expect("parses");
        assert_eq!(f.view, View::Side);
        assert_eq!(
            f.props,
            vec![
                Prop { kind: PropKind::Chair, offset: None },
                Prop { kind: PropKind::Desk, offset: Some(40) }
            ]
        );
        assert_eq!(f.keys.len(), 2);
        assert_eq!((f.keys[0].hold_ms, f.keys[0].move_ms), (1000, DEFAULT_MOVE_MS));
        assert_eq!((f.keys[1].hold_ms, f.keys[1].move_ms), (800, 1200));
        let k = &f.keys[1].pose;
        assert_eq!(k.get(Joint::Neck), [10.0, 0.0, 0.0], "the base carries into every key");
        assert_eq!(k.get(Joint::Lumbar), [20.0, 5.0, 0.0]);
        assert_eq!(k.get(Joint::ShoulderL), [150.0, 0.0, 0.0]);
        assert_eq!(k.get(Joint::ShoulderR), [15.0, 0.0, 0.0], "seated rest: hands on the thighs");
        assert_eq!(k.get(Joint::HipL), [90.0, 0.0, 0.0], "seated rest");
        assert!(!f.pelvis_given);
        assert!(!f.close && !f.near_left);
        let f = parse_figure("side close | 1s", Stance::Seated, true).unwrap();
        assert!(f.close && f.near_left, "a left-side move is seen from the left");
        assert!(!f.mirrored().near_left);
    }

    #[test]
    fn a_limb_without_a_side_sets_both() {
        let f = parse("front | 1s elbow=90").unwrap();
        assert_eq!(f.keys[0].pose.get(Joint::ElbowL), [90.0, 0.0, 0.0]);
        assert_eq!(f.keys[0].pose.get(Joint::ElbowR), [90.0, 0.0, 0.0]);
    }

    #[test]
    fn the_build_refuses_unknown_joints_impossible_angles_and_empty_loops() {
        let e = parse("side | 1s elbo=90").unwrap_err();
        assert!(e.message.starts_with("unknown joint \"elbo\""), "{e}");
        assert_eq!(e.offset, 10);
        let e = parse("side | 1s knee=160").unwrap_err();
        assert_eq!(e.message, "knee.l sagittal angle 160 is outside its human range 0 to 135");
        let e = parse("side | 1s neck=0/0/90").unwrap_err();
        assert!(e.message.contains("neck axial angle 90"), "{e}");
        let e = parse("side | 1s knee=0/10").unwrap_err();
        assert!(e.message.contains("no frontal movement"), "{e}");
        let e = parse("side | 1s lumbar=50 thorax=50").unwrap_err();
        assert!(e.message.contains("together turn 100"), "{e}");
        let e = parse("side | 1s neck=40 head=20").unwrap_err();
        assert!(e.message.contains("neck and head together turn 60"), "{e}");
        let e = parse("side chair").unwrap_err();
        assert!(e.message.contains("no key pose"), "{e}");
        let e = parse("side | base neck=10").unwrap_err();
        assert!(e.message.contains("no key pose"), "{e}");
    }

    #[test]
    fn malformed_words_are_named() {
        for (text, needle) in [
            ("top | 1s", "unknown view"),
            ("side sofa | 1s", "unknown prop"),
            ("side desk:x | 1s", "prop offset"),
            ("side | soon neck=1", "hold"),
            ("side | 1s~9s", "move time"),
            ("side | 1s neck", "joint=angles"),
            ("side | 1s neck=1/2/3/4", "whole degrees"),
            ("side | 1s neck=1.5", "whole degrees"),
            ("side | | 1s", "empty section"),
            ("side | 1s | base neck=1", "\"base\" comes once"),
        ] {
            let e = parse(text).unwrap_err();
            assert!(e.message.contains(needle), "{text}: {e}");
        }
    }

    #[test]
    fn marks_are_read_per_key_and_from_the_base() {
        let f = parse("side chair | base roll:shoulder.r | 1s | 1s squeeze:glutes lumbar=-4 | 1s exhale")
            .unwrap();
        let roll = Mark { kind: MarkKind::Roll, at: Anchor::ShoulderR };
        let squeeze = Mark { kind: MarkKind::Squeeze, at: Anchor::Glutes };
        let exhale = Mark { kind: MarkKind::Exhale, at: Anchor::Head };
        assert_eq!(f.marks, vec![roll, squeeze, exhale], "each mark once, in order of first use");
        let shown: Vec<u32> = f.keys.iter().map(|k| k.pose.1).collect();
        assert_eq!(shown, [0b001, 0b011, 0b101], "the base's mark in every key, a key's only in its own");
        assert_eq!(f.keys[1].pose.get(Joint::Lumbar), [-4.0, 0.0, 0.0], "joints beside marks still set");
        let f = parse("front | 1s down:hand detail:hand.l detail:eyes").unwrap();
        let at: Vec<Anchor> = f.marks.iter().map(|m| m.at).collect();
        assert_eq!(at, [Anchor::HandL, Anchor::HandR, Anchor::HandL, Anchor::Eyes], "no side: both");
        let m = parse_figure("side | 1s twist:hand.l", Stance::Seated, true).unwrap().mirrored();
        assert_eq!(
            m.marks,
            vec![Mark { kind: MarkKind::Twist, at: Anchor::HandR }],
            "the mirror swaps sides"
        );
    }

    #[test]
    fn unknown_marks_and_bad_places_are_refused_where_they_stand() {
        for (text, offset, needle) in [
            ("side | 1s wobble:hand", 10, "unknown mark \"wobble\""),
            ("side | 1s neck", 10, "joint=angles"),
            ("side | 1s squeeze:knee", 10, "unknown place \"knee\" for mark \"squeeze\""),
            ("side | 1s neck=5 roll", 17, "needs a place"),
            ("side | 1s exhale:head", 10, "takes no place"),
            ("side | 1s detail:glutes", 10, "a detail shows a hand or the eyes"),
        ] {
            let e = parse(text).unwrap_err();
            assert!(e.message.contains(needle), "{text}: {e}");
            assert_eq!(e.offset, offset, "{text}");
        }
        let many: String = ["up", "down", "forward", "back", "roll", "twist", "squeeze", "detail"]
            .iter()
            .flat_map(|m| ["hand.l", "hand.r"].map(|h| format!(" {m}:{h}")))
            .collect();
        assert!(parse(&format!("side | 1s{many}")).is_ok(), "16 marks fit");
        let e = parse(&format!("side | 1s{many} exhale")).unwrap_err();
        assert!(e.message.contains("at most 16"), "{e}");
    }

    const LIBRARY: &str = "# Exercise library\n\n## Neck Tilt\n\n- **Position:** sitting\n- **Figure:** front chair\n  | 1s\n  | 1s neck=0/30\n- **Per side:** yes\n\n1. Tilt.\n\n## Shrug\n\n- **Figure:** front | 1s scap=0/30\n";

    #[test]
    fn sources_are_found_under_their_exercise_with_lines() {
        let sources = figure_sources(LIBRARY);
        assert_eq!(sources.len(), 2);
        let tilt = &sources[0];
        assert_eq!(tilt.exercise, "Neck Tilt");
        assert_eq!(tilt.text, "front chair | 1s | 1s neck=0/30");
        assert_eq!(tilt.first_line(), 6);
        let at = tilt.text.find("neck").unwrap();
        assert_eq!(tilt.line_of(at), 8);
        assert_eq!(tilt.line_of(0), 6);
        assert_eq!(sources[1].exercise, "Shrug");
        assert_eq!(sources[1].text, "front | 1s scap=0/30");
        assert_eq!(sources[1].first_line(), 15);
    }
}
