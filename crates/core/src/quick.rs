//! The quick move: about two minutes of today's pack, for the quiet nudge after 30 minutes.
//!
//! The trials behind it (see PRODUCT.md, "Breaks the evidence supports") found that short,
//! frequent movement helps where a rare long break does not. A quick move must be possible where
//! the user is, so it takes only moves done in the user's position (sitting at a desk: sitting
//! moves), never a floor move, and it keeps the pack's order (the pack's warm-up comes first).
//!
//! The pick is deterministic: the same pack and position always give the same moves, so every tab
//! and the worker's nudge name the same quick move.

use crate::catalog::Catalog;
use crate::pack::{Exercise, Pack, Position};
use crate::player::Step;

/// What a quick move aims at, in seconds of movement.
pub const QUICK_TARGET_S: u32 = 120;
/// The longest a quick move may run, in seconds.
pub const QUICK_MAX_S: u32 = 150;
/// Below this many seconds in the user's position, upright moves of the other position fill in.
pub const QUICK_MIN_S: u32 = 90;
/// A quick move has at least this many moves, when the pack has them…
pub const QUICK_MIN_MOVES: usize = 2;
/// …and at most this many.
pub const QUICK_MAX_MOVES: usize = 4;

/// The position a user at a desk is assumed to be in for this pack: sitting, unless the pack has
/// no sitting move at all (a standing-desk pack), then standing.
pub fn assumed_position(pack: &Pack) -> Position {
    if pack.positions.contains(&Position::Sitting) || pack.positions.is_empty() {
        Position::Sitting
    } else {
        Position::Standing
    }
}

/// The quick move of `pack` for a user in `position`: 2–4 distinct moves of the pack, in the
/// pack's order, adding up to about [`QUICK_TARGET_S`] and never more than [`QUICK_MAX_S`] unless
/// two moves need more.
///
/// Only moves in `position` are taken if two or more of them make at least [`QUICK_MIN_S`];
/// otherwise moves of the other upright position join them (standing up is always possible at a
/// desk). Floor moves are never taken.
pub fn quick_moves<'a>(catalog: &'a Catalog, pack: &'a Pack, position: Position) -> Vec<&'a Exercise> {
    let mut seen = Vec::new();
    let distinct: Vec<&Exercise> = catalog
        .exercises_of(pack)
        .filter(|e| e.position != Position::Floor)
        .filter(|e| {
            let new = !seen.contains(&e.name);
            seen.push(e.name.clone());
            new
        })
        .collect();
    let in_position: Vec<&Exercise> = distinct.iter().copied().filter(|e| e.position == position).collect();
    let only_in_position = fit(in_position);
    let seconds: u32 = only_in_position.iter().map(|e| e.total_seconds()).sum();
    if only_in_position.len() >= QUICK_MIN_MOVES && seconds >= QUICK_MIN_S {
        only_in_position
    } else {
        fit(distinct)
    }
}

/// Greedy in pack order: a move is taken while it keeps the total within [`QUICK_MAX_S`] and
/// the count within [`QUICK_MAX_MOVES`]; it stops once the target is reached. With fewer than
/// two taken, the shortest remaining moves fill in.
fn fit(pool: Vec<&Exercise>) -> Vec<&Exercise> {
    let mut taken: Vec<usize> = Vec::new();
    let mut total = 0;
    for (i, e) in pool.iter().enumerate() {
        if total >= QUICK_TARGET_S || taken.len() == QUICK_MAX_MOVES {
            break;
        }
        if total + e.total_seconds() <= QUICK_MAX_S {
            taken.push(i);
            total += e.total_seconds();
        }
    }
    while taken.len() < QUICK_MIN_MOVES {
        let shortest =
            (0..pool.len()).filter(|i| !taken.contains(i)).min_by_key(|&i| (pool[i].total_seconds(), i));
        match shortest {
            Some(i) => taken.push(i),
            None => break,
        }
    }
    taken.sort_unstable();
    taken.into_iter().map(|i| pool[i]).collect()
}

/// The player's steps for the quick move of `pack` (see [`quick_moves`]), in the user's assumed
/// position.
pub fn quick_plan(catalog: &Catalog, pack: &Pack) -> Vec<Step> {
    let moves = quick_moves(catalog, pack, assumed_position(pack));
    let names: Vec<String> = moves.iter().map(|e| e.name.clone()).collect();
    crate::player::plan(catalog, &Pack { exercises: names, ..pack.clone() })
}

/// Seconds the quick move of `pack` takes, every side included.
pub fn quick_seconds(catalog: &Catalog, pack: &Pack) -> u32 {
    quick_moves(catalog, pack, assumed_position(pack)).iter().map(|e| e.total_seconds()).sum()
}

/// Whole minutes, rounded to the nearest and never less than one: "Quick · 2 min".
pub fn quick_minutes(catalog: &Catalog, pack: &Pack) -> u32 {
    ((quick_seconds(catalog, pack) + 30) / 60).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::TimeOfDay;
    use crate::suggest::tests::pack;

    fn ex(name: &str, position: Position, duration_s: u32, per_side: bool) -> Exercise {
        Exercise { name: name.into(), position, duration_s, per_side, steps: Vec::new(), cue: String::new() }
    }

    fn catalog(moves: Vec<Exercise>, positions: &[Position]) -> Catalog {
        let names = moves.iter().map(|e| e.name.clone()).collect();
        let p = Pack { exercises: names, positions: positions.to_vec(), ..pack("p", "P", TimeOfDay::Any) };
        Catalog { packs: vec![p], library: moves }
    }

    fn names(c: &Catalog, position: Position) -> Vec<&str> {
        quick_moves(c, &c.packs[0], position).iter().map(|e| e.name.as_str()).collect()
    }

    #[test]
    fn a_desk_sitter_gets_sitting_moves_in_pack_order_about_two_minutes() {
        use Position::*;
        let c = catalog(
            vec![
                ex("stand", Standing, 30, false),
                ex("roll", Sitting, 30, false),
                ex("floor", Floor, 30, false),
                ex("twist", Sitting, 20, true),
                ex("tuck", Sitting, 30, false),
                ex("reach", Sitting, 30, false),
            ],
            &[Sitting, Standing, Floor],
        );
        // roll 30 + twist 40 + tuck 30 = 100, + reach 30 = 130: within 150, four moves.
        assert_eq!(names(&c, Sitting), ["roll", "twist", "tuck", "reach"]);
        assert_eq!(quick_seconds(&c, &c.packs[0]), 130);
        assert_eq!(quick_minutes(&c, &c.packs[0]), 2);
        // The same answer every time.
        assert_eq!(names(&c, Sitting), names(&c, Sitting));
    }

    #[test]
    fn long_moves_are_skipped_to_stay_near_two_minutes() {
        use Position::*;
        let c = catalog(
            vec![
                ex("a", Sitting, 60, true), // 120 s
                ex("b", Sitting, 45, false),
                ex("c", Sitting, 20, false),
            ],
            &[Sitting],
        );
        // a alone reaches the target; it stops there, so a second move comes from the rest.
        assert_eq!(names(&c, Sitting), ["a", "c"]);
        assert!(quick_seconds(&c, &c.packs[0]) <= QUICK_MAX_S);
    }

    #[test]
    fn too_few_moves_in_the_position_take_upright_ones_never_the_floor() {
        use Position::*;
        let c = catalog(
            vec![
                ex("lie", Floor, 30, false),
                ex("sit", Sitting, 30, false),
                ex("stand", Standing, 30, false),
            ],
            &[Sitting, Standing, Floor],
        );
        assert_eq!(names(&c, Sitting), ["sit", "stand"]);
        // Two sitting moves of a minute in all: a standing one joins them.
        let short = catalog(
            vec![ex("a", Sitting, 30, false), ex("up", Standing, 40, false), ex("b", Sitting, 30, false)],
            &[Sitting, Standing],
        );
        assert_eq!(names(&short, Sitting), ["a", "up", "b"]);
        let standing_desk =
            catalog(vec![ex("s1", Standing, 30, false), ex("s2", Standing, 40, false)], &[Standing]);
        assert_eq!(assumed_position(&standing_desk.packs[0]), Standing);
        assert_eq!(names(&standing_desk, Standing), ["s1", "s2"]);
    }

    #[test]
    fn a_move_named_twice_is_taken_once() {
        use Position::*;
        let c = catalog(vec![ex("roll", Sitting, 30, false), ex("tuck", Sitting, 30, false)], &[Sitting]);
        let mut c2 = c.clone();
        c2.packs[0].exercises = vec!["roll".into(), "roll".into(), "tuck".into()];
        assert_eq!(names(&c2, Sitting), ["roll", "tuck"]);
    }

    #[test]
    fn the_plan_has_both_sides_of_a_per_side_move() {
        use Position::*;
        let c = catalog(vec![ex("roll", Sitting, 30, false), ex("twist", Sitting, 20, true)], &[Sitting]);
        let steps = quick_plan(&c, &c.packs[0]);
        let shown: Vec<(&str, bool)> = steps.iter().map(|s| (s.name.as_str(), s.side.is_some())).collect();
        assert_eq!(shown, [("roll", false), ("twist", true), ("twist", true)]);
    }
}
