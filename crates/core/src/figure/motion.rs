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
}
