//! Time in a move: which pose the figure is in `t` milliseconds into its loop, and the pack
//! demo's schedule (each move a slot of a 30-second loop, in the pack's order).
//!
//! Every key is held still for its hold, then eased into the next; the last eases back into
//! the first, so a loop never jumps. Time comes in as an argument: the player passes the time
//! its step has run, so the figure stops when the routine is paused.

use super::{Figure, Pose};

/// Length of the pack demo's loop.
pub const DEMO_MS: u64 = 30_000;

/// Smoothstep: slow out of one key, slow into the next.
fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

impl Figure {
    /// One pass through every key, holds and moves included (at least 1 ms).
    pub fn loop_ms(&self) -> u64 {
        self.keys.iter().map(|k| u64::from(k.hold_ms) + u64::from(k.move_ms)).sum::<u64>().max(1)
    }

    /// The pose `t_ms` into the move. At the start of each key's hold it is that key exactly.
    pub fn pose_at(&self, t_ms: u64) -> Pose {
        let mut t = t_ms % self.loop_ms();
        for (i, key) in self.keys.iter().enumerate() {
            let hold = u64::from(key.hold_ms);
            let span = hold + u64::from(key.move_ms);
            if t < span {
                if t < hold {
                    return key.pose;
                }
                let next = &self.keys[(i + 1) % self.keys.len()];
                let f = (t - hold) as f32 / key.move_ms.max(1) as f32;
                return key.pose.lerp(&next.pose, ease(f));
            }
            t -= span;
        }
        self.keys[0].pose
    }

    /// Where each key's hold starts in the loop.
    pub fn key_starts_ms(&self) -> Vec<u64> {
        self.keys
            .iter()
            .scan(0u64, |at, k| {
                let start = *at;
                *at += u64::from(k.hold_ms) + u64::from(k.move_ms);
                Some(start)
            })
            .collect()
    }
}

/// One move's turn in the pack demo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    /// Index of the move in the pack.
    pub index: usize,
    pub start_ms: u64,
    pub len_ms: u64,
}

/// The demo's 30 seconds shared among `moves` moves in order; the first get the spare
/// milliseconds when it does not divide evenly.
pub fn demo_slots(moves: usize) -> Vec<Slot> {
    let n = moves as u64;
    if n == 0 {
        return Vec::new();
    }
    let (base, spare) = (DEMO_MS / n, DEMO_MS % n);
    let mut start = 0;
    (0..moves)
        .map(|index| {
            let len_ms = base + u64::from((index as u64) < spare);
            let slot = Slot { index, start_ms: start, len_ms };
            start += len_ms;
            slot
        })
        .collect()
}

/// The slot playing `t_ms` into the demo, which loops, and the time into that slot.
pub fn demo_at(moves: usize, t_ms: u64) -> Option<(Slot, u64)> {
    let t = t_ms % DEMO_MS;
    demo_slots(moves).into_iter().find(|s| t < s.start_ms + s.len_ms).map(|s| (s, t - s.start_ms))
}

/// Which side a move shows `into_ms` into its demo slot, and the time into that side: a
/// per-side move plays its left side for the first half of the slot, then its mirror image
/// from the start; any other move plays the whole slot as written (left, `false`).
pub fn demo_side(slot: &Slot, into_ms: u64, per_side: bool) -> (bool, u64) {
    let half = slot.len_ms / 2;
    if per_side && into_ms >= half {
        (true, into_ms - half)
    } else {
        (false, into_ms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::notation::parse_figure;
    use crate::figure::{Joint, Stance};

    fn figure() -> Figure {
        parse_figure("front | 1s | 0.5s~1s neck=0/30 | 0s~0.4s neck=0/-30", Stance::Seated, false).unwrap()
    }

    #[test]
    fn at_each_key_the_pose_is_the_key_exactly() {
        let f = figure();
        assert_eq!(f.key_starts_ms(), vec![0, 1600, 3100]);
        assert_eq!(f.loop_ms(), 3500);
        for (start, key) in f.key_starts_ms().into_iter().zip(&f.keys) {
            assert_eq!(f.pose_at(start), key.pose);
            assert_eq!(f.pose_at(start + f.loop_ms() * 3), key.pose, "and in every later loop");
        }
        assert_eq!(f.pose_at(999), f.keys[0].pose, "held still");
    }

    #[test]
    fn between_keys_the_pose_eases_and_the_loop_closes() {
        let f = figure();
        let halfway = f.pose_at(1000 + 300).get(Joint::Neck)[1];
        assert!((halfway - 15.0).abs() < 1e-3, "{halfway}");
        let early = f.pose_at(1000 + 60).get(Joint::Neck)[1];
        assert!(early > 0.0 && early < 3.0, "eased start, {early}");
        let back = f.pose_at(3100 + 200).get(Joint::Neck)[1];
        assert!((back + 15.0).abs() < 1e-3, "the last key eases back to the first: {back}");
    }

    #[test]
    fn the_demo_gives_each_move_a_slot_in_order_and_loops() {
        let slots = demo_slots(7);
        assert_eq!(slots.len(), 7);
        assert_eq!(slots.iter().map(|s| s.index).collect::<Vec<_>>(), (0..7).collect::<Vec<_>>());
        assert_eq!(slots.iter().map(|s| s.len_ms).sum::<u64>(), DEMO_MS);
        for pair in slots.windows(2) {
            assert_eq!(pair[0].start_ms + pair[0].len_ms, pair[1].start_ms);
            assert!(pair[0].len_ms.abs_diff(pair[1].len_ms) <= 1);
        }
        let mut seen = Vec::new();
        for t in (0..DEMO_MS * 2).step_by(250) {
            let (slot, into) = demo_at(7, t).unwrap();
            assert!(into < slot.len_ms);
            if seen.last() != Some(&slot.index) {
                seen.push(slot.index);
            }
        }
        assert_eq!(seen, [0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6]);
        assert_eq!(demo_at(7, DEMO_MS).unwrap(), (slots[0], 0));
        assert_eq!(demo_at(0, 10), None);
    }

    #[test]
    fn a_per_side_move_shows_one_side_then_the_other_in_its_slot() {
        // Three moves, the second per side: its slot is split, left half then right half.
        let per_side = [false, true, false];
        let mut shown = Vec::new();
        for t in (0..DEMO_MS).step_by(500) {
            let (slot, into) = demo_at(per_side.len(), t).unwrap();
            let (right, side_ms) = demo_side(&slot, into, per_side[slot.index]);
            assert!(side_ms <= into && side_ms < slot.len_ms);
            if shown.last() != Some(&(slot.index, right)) {
                shown.push((slot.index, right));
                assert!(side_ms < 500, "each side starts its move from the beginning: {side_ms}");
            }
        }
        assert_eq!(shown, [(0, false), (1, false), (1, true), (2, false)]);
        let slot = demo_slots(3)[1];
        assert_eq!(demo_side(&slot, slot.len_ms / 2 - 1, true), (false, slot.len_ms / 2 - 1));
        assert_eq!(demo_side(&slot, slot.len_ms / 2, true), (true, 0));
        assert_eq!(demo_side(&slot, slot.len_ms - 1, false), (false, slot.len_ms - 1));
    }
}
