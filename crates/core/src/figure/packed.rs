//! The figures as the page receives them: build.rs parses and checks the notation, then ships
//! each figure in this packed form, whole numbers only, so the wasm carries neither the
//! notation's parser and messages nor float parsing.
//!
//! `view stance flags`, then `p<kind>` or `p<kind>:<offset>` per prop, `m<kind>:<place>` per
//! motion mark, then `<joint>:<a>:<b>:<c>` for each joint that all keys set alike away from the
//! stance's rest pose, then per key `k<hold>:<move>:<marks>` (hundredths of a second, and the
//! bits of the marks it shows) followed by the joints it sets otherwise. Trailing zeros are
//! left out.

use std::fmt::Write as _;

use super::{Anchor, Figure, Joint, Key, Mark, MarkKind, Pose, Prop, PropKind, Stance, View, ANCHORS, MARKS};

const PROPS: [PropKind; 4] = [PropKind::Chair, PropKind::Desk, PropKind::Wall, PropKind::Mat];
const STANCES: [Stance; 3] = [Stance::Seated, Stance::Standing, Stance::Floor];
/// The notation's marks and places by number, without their names (which the page never needs).
const KINDS: [MarkKind; MARKS.len()] = {
    let mut out = [MarkKind::Squeeze; MARKS.len()];
    let mut i = 0;
    while i < MARKS.len() {
        out[i] = MARKS[i].1;
        i += 1;
    }
    out
};
const PLACES: [Anchor; ANCHORS.len()] = {
    let mut out = [Anchor::Glutes; ANCHORS.len()];
    let mut i = 0;
    while i < ANCHORS.len() {
        out[i] = ANCHORS[i].1;
        i += 1;
    }
    out
};

fn write_joint(out: &mut String, joint: Joint, angles: [f32; 3]) {
    let angles = angles.map(|x| x.round() as i32);
    let used = angles.iter().rposition(|a| *a != 0).map_or(1, |i| i + 1);
    let _ = write!(out, " {}", joint.index());
    for a in &angles[..used] {
        let _ = write!(out, ":{a}");
    }
}

/// Packs a parsed figure (whose angles are whole degrees and times whole hundredths of a
/// second, as the notation allows).
pub fn pack(figure: &Figure) -> String {
    let stance = STANCES.iter().position(|s| *s == figure.stance).unwrap_or(0);
    let flags = u8::from(figure.pelvis_given) | u8::from(figure.close) << 1 | u8::from(figure.near_left) << 2;
    let mut out = format!("{} {stance} {flags}", u8::from(figure.view == View::Side));
    for prop in &figure.props {
        let kind = PROPS.iter().position(|k| *k == prop.kind).unwrap_or(0);
        let _ = write!(out, " p{kind}");
        if let Some(offset) = prop.offset {
            let _ = write!(out, ":{offset}");
        }
    }
    for mark in &figure.marks {
        let kind = KINDS.iter().position(|k| *k == mark.kind).unwrap_or(0);
        let place = PLACES.iter().position(|a| *a == mark.at).unwrap_or(0);
        let _ = write!(out, " m{kind}:{place}");
    }
    let rest = Pose::rest(figure.stance);
    let shared =
        |joint: Joint| figure.keys.iter().all(|k| k.pose.get(joint) == figure.keys[0].pose.get(joint));
    let mut base = rest;
    for &joint in Joint::ALL {
        if shared(joint) && figure.keys[0].pose.get(joint) != rest.get(joint) {
            base.set(joint, figure.keys[0].pose.get(joint));
            write_joint(&mut out, joint, base.get(joint));
        }
    }
    for key in &figure.keys {
        let _ = write!(out, " k{}:{}", key.hold_ms / 10, key.move_ms / 10);
        if key.pose.1 != 0 {
            let _ = write!(out, ":{}", key.pose.1);
        }
        for &joint in Joint::ALL {
            if key.pose.get(joint) != base.get(joint) {
                write_joint(&mut out, joint, key.pose.get(joint));
            }
        }
    }
    out
}

/// Up to `N` whole numbers separated by ':', the missing ones 0.
fn numbers<const N: usize>(text: &str) -> Option<[i32; N]> {
    let mut out = [0; N];
    let mut parts = text.split(':');
    for slot in out.iter_mut() {
        match parts.next() {
            Some(p) => *slot = p.parse().ok()?,
            None => break,
        }
    }
    parts.next().is_none().then_some(out)
}

/// Unpacks what [`pack`] wrote; `None` if the text is not such a figure.
pub fn unpack(text: &str) -> Option<Figure> {
    let mut words = text.split(' ');
    let view = if words.next()? == "1" { View::Side } else { View::Front };
    let stance = *STANCES.get(words.next()?.parse::<usize>().ok()?)?;
    let flags: u8 = words.next()?.parse().ok()?;
    let mut base = Pose::rest(stance);
    let (mut props, mut keys, mut marks) = (Vec::new(), Vec::<Key>::new(), Vec::new());
    for word in words {
        if let Some(p) = word.strip_prefix('p') {
            let [kind, offset, _] = numbers(p)?;
            let offset = p.contains(':').then(|| i16::try_from(offset).ok()).flatten();
            props.push(Prop { kind: *PROPS.get(usize::try_from(kind).ok()?)?, offset });
        } else if let Some(m) = word.strip_prefix('m') {
            let [kind, place, _] = numbers(m)?;
            let get = |n: i32| usize::try_from(n).ok();
            marks.push(Mark { kind: *KINDS.get(get(kind)?)?, at: *PLACES.get(get(place)?)? });
        } else if let Some(k) = word.strip_prefix('k') {
            let [hold, mv, shown] = numbers(k)?;
            let (hold_ms, move_ms) = (u32::try_from(hold).ok()? * 10, u32::try_from(mv).ok()? * 10);
            let pose = Pose(base.0, u32::try_from(shown).ok()?);
            keys.push(Key { pose, hold_ms, move_ms });
        } else {
            let [joint, a, b, c] = numbers(word)?;
            let joint = *Joint::ALL.get(usize::try_from(joint).ok()?)?;
            let angles = [a, b, c].map(|x| x as f32);
            match keys.last_mut() {
                Some(key) => key.pose.set(joint, angles),
                None => base.set(joint, angles),
            }
        }
    }
    (!keys.is_empty()).then_some(Figure {
        view,
        stance,
        props,
        keys,
        pelvis_given: flags & 1 != 0,
        close: flags & 2 != 0,
        near_left: flags & 4 != 0,
        marks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::notation::parse_figure;

    #[test]
    fn a_packed_figure_unpacks_to_the_same_figure() {
        for (text, stance, per_side) in [
            (
                "side chair desk:-40 | base neck=10 | 1s | 0.8s~1.2s lumbar=20/5 shoulder.l=150",
                Stance::Seated,
                false,
            ),
            ("front close wall | 0s~0.4s pelvis=-90/0/45 eyes=-12/25 lids=60", Stance::Floor, true),
            (
                "side chair | base detail:hand.l | 1s exhale | 1s squeeze:glutes roll:shoulder",
                Stance::Seated,
                true,
            ),
        ] {
            let figure = parse_figure(text, stance, per_side).expect("parses");
            let packed = pack(&figure);
            assert!(packed.len() < text.len(), "{packed}");
            assert_eq!(unpack(&packed), Some(figure));
        }
    }

    #[test]
    fn garbage_does_not_unpack() {
        for text in
            ["", "1", "1 0 0", "1 9 0 k1:1", "1 0 0 k1:1 99:0:0:0", "1 0 0 3:1:1:1:1 k1:1", "1 0 0 kx:1"]
        {
            assert_eq!(unpack(text), None, "{text}");
        }
    }
}
