//! Today's suggested pack.
//!
//! The pick is a pure function of the local date, the part of the day and the user's focus, so
//! every open tab shows the same pack without talking to the others or storing anything.
//!
//! # Algorithm
//!
//! For each part of the day the catalog becomes a *rotation*, a cycle of pack indices:
//!
//! 1. Rank the packs: serving one of the user's focus areas first, then an exact time-of-day
//!    match, then a time of day that merely fits (`Any`), then catalog order.
//! 2. Give each pack a weight: 1, plus 1 if it serves a focus, plus 1 if its time of day fits.
//! 3. Start the cycle with every pack once, in rank order, so every pack is reachable.
//!    Then, round by round, insert the packs with weight > round once more, at evenly spaced
//!    gaps whose neighbours are not that pack. Inserts stop when the cycle reaches
//!    [`ROTATION_MAX_DAYS`], best-ranked packs first.
//! 4. The pick for a day is `cycle[(day_number + part_offset) mod len]`, the part offset being a
//!    quarter of the cycle per part, so the four parts of one day sit apart.
//!
//! Consecutive days take consecutive slots of the cycle, and no two neighbouring slots (the
//! wrap-around included) hold the same pack, so a part never repeats yesterday's pack. Only the
//! date matters, so the rollover is at local midnight. A cycle of at most 30 slots holding every
//! pack means each part alone shows every pack within any 30 days (for catalogs of up to 30
//! packs). Different parts use different cycles, so today's morning pack may still equal
//! yesterday's evening pack: only the same-part rule is guaranteed.

use std::cmp::Reverse;

use chrono::NaiveDate;

use crate::catalog::Catalog;
use crate::clock::{day_number, PartOfDay};
use crate::pack::{Pack, TimeOfDay};
use crate::settings::Focus;

/// The longest a rotation gets, so that every pack comes round at least once a month.
pub const ROTATION_MAX_DAYS: usize = 30;

/// Highest weight a pack can have (1 + serves a focus + fits the part).
const MAX_WEIGHT: usize = 3;

/// Index into `catalog.packs` of today's suggestion for this part of the day.
///
/// Returns 0 for an empty catalog; callers look the pack up with `catalog.packs.get(i)`.
pub fn suggest_pack(catalog: &Catalog, today: NaiveDate, part: PartOfDay, focus: &[Focus]) -> usize {
    let cycle = rotation(&ranked(&catalog.packs, part, focus));
    if cycle.is_empty() {
        return 0;
    }
    let len = cycle.len();
    let offset = (part.index() * len / PartOfDay::ALL.len()) as i64;
    // `rem_euclid` keeps dates before 1970 in range too.
    let slot = (day_number(today) + offset).rem_euclid(len as i64) as usize;
    cycle[slot]
}

/// What "Another pack" cycles through: today's pick first, then every other pack once, best
/// ranked first. The whole catalog is in the list, so it doubles as the browse order.
pub fn alternatives(catalog: &Catalog, today: NaiveDate, part: PartOfDay, focus: &[Focus]) -> Vec<usize> {
    if catalog.packs.is_empty() {
        return Vec::new();
    }
    let pick = suggest_pack(catalog, today, part, focus);
    std::iter::once(pick)
        .chain(ranked(&catalog.packs, part, focus).into_iter().map(|r| r.index).filter(|&i| i != pick))
        .collect()
}

/// A pack's place in the preference order for one part of the day.
#[derive(Clone, Copy, Debug)]
struct Ranked {
    index: usize,
    weight: usize,
}

/// Packs in preference order (see the module docs), each with its weight.
fn ranked(packs: &[Pack], part: PartOfDay, focus: &[Focus]) -> Vec<Ranked> {
    let mut keyed: Vec<((bool, bool, bool), Ranked)> = packs
        .iter()
        .enumerate()
        .map(|(index, pack)| {
            let serves = focus.iter().any(|&f| pack.serves(f));
            let exact = pack.time_of_day == TimeOfDay::Part(part);
            let fits = pack.time_of_day.fits(part);
            let weight = 1 + usize::from(serves) + usize::from(fits);
            ((serves, exact, fits), Ranked { index, weight })
        })
        .collect();
    // Stable sort: catalog order breaks ties, which keeps the pick deterministic.
    keyed.sort_by_key(|(key, _)| Reverse(*key));
    keyed.into_iter().map(|(_, r)| r).collect()
}

/// The cycle of pack indices one part of the day walks through, one slot per day.
fn rotation(ranked: &[Ranked]) -> Vec<usize> {
    let mut cycle: Vec<usize> = ranked.iter().map(|r| r.index).collect();
    for round in 1..MAX_WEIGHT {
        let budget = ROTATION_MAX_DAYS.saturating_sub(cycle.len());
        let extras: Vec<usize> =
            ranked.iter().filter(|r| r.weight > round).map(|r| r.index).take(budget).collect();
        cycle = spread_into(&cycle, &extras);
    }
    cycle
}

/// Inserts `extras` into the cycle at evenly spaced gaps, at most one per gap, never next to a
/// copy of itself (the wrap-around included). An extra with no such gap left is dropped: the
/// pack still has its own slot, so only its bonus is lost.
fn spread_into(cycle: &[usize], extras: &[usize]) -> Vec<usize> {
    let len = cycle.len();
    if extras.is_empty() || len < 2 {
        return cycle.to_vec();
    }
    // inserted[g] goes between cycle[g] and cycle[g + 1].
    let mut inserted: Vec<Option<usize>> = vec![None; len];
    let m = extras.len();
    for (j, &extra) in extras.iter().enumerate() {
        // Centre of the j-th of m equal stretches of the cycle.
        let start = (2 * j + 1) * len / (2 * m);
        let gap = (0..len)
            .map(|k| (start + k) % len)
            .find(|&g| inserted[g].is_none() && cycle[g] != extra && cycle[(g + 1) % len] != extra);
        if let Some(g) = gap {
            inserted[g] = Some(extra);
        }
    }
    let mut out = Vec::with_capacity(len + m);
    for (&pack, extra) in cycle.iter().zip(inserted) {
        out.push(pack);
        out.extend(extra);
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::pack::Goal;
    use chrono::Duration;

    pub(crate) fn pack(id: &str, title: &str, time_of_day: TimeOfDay) -> Pack {
        Pack {
            id: id.into(),
            title: title.into(),
            tagline: String::new(),
            canonical_url: None,
            demo_video_url: None,
            exercise_count: 0,
            positions: Vec::new(),
            location: String::new(),
            time_of_day,
            when_to_reach: String::new(),
            why_this_happens: String::new(),
            about: String::new(),
            exercises: Vec::new(),
            goals: vec![Goal { name: title.into(), reason: String::new() }],
            faq: Vec::new(),
            footer: None,
            checkin: None,
            safety: Vec::new(),
        }
    }

    fn catalog(packs: Vec<Pack>) -> Catalog {
        Catalog { packs, library: Vec::new() }
    }

    use PartOfDay::{Afternoon, Evening, Mid, Morning};
    const ANY: TimeOfDay = TimeOfDay::Any;

    /// Twelve packs like the real catalog's, with mixed times of day.
    fn twelve() -> Catalog {
        let at = TimeOfDay::Part;
        catalog(vec![
            pack("back-pain", "Back Pain", ANY),
            pack("neck", "Neck and Shoulders", ANY),
            pack("wrists", "Wrists and Forearms for Typing", ANY),
            pack("eyes", "Eyes and Screen Strain", at(Afternoon)),
            pack("hips", "Hips", ANY),
            pack("lower-back", "Lower Back", at(Mid)),
            pack("posture", "Upper Back and Posture", ANY),
            pack("morning", "Morning Warm-up", at(Morning)),
            pack("energizer", "Afternoon Energizer", at(Afternoon)),
            pack("wind-down", "End-of-day Wind-down", at(Evening)),
            pack("standing", "Standing Desk", at(Mid)),
            pack("call", "Discreet Video Call Set", ANY),
        ])
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn days(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
        from.iter_days().take_while(move |d| *d <= to)
    }

    const FOCUS_SETS: [&[Focus]; 4] =
        [&[], &[Focus::Eyes], &[Focus::Back, Focus::Neck], &[Focus::Calm, Focus::Energy, Focus::Wrists]];

    #[test]
    fn same_inputs_give_the_same_pick_in_every_tab() {
        let c = twelve();
        let today = date(2026, 11, 25);
        for part in PartOfDay::ALL {
            for focus in FOCUS_SETS {
                let first = suggest_pack(&c, today, part, focus);
                for _ in 0..5 {
                    assert_eq!(suggest_pack(&c, today, part, focus), first);
                }
                assert_eq!(alternatives(&c, today, part, focus)[0], first);
            }
        }
        // The order the focus areas were chosen in does not matter.
        assert_eq!(
            suggest_pack(&c, today, Mid, &[Focus::Neck, Focus::Back]),
            suggest_pack(&c, today, Mid, &[Focus::Back, Focus::Neck]),
        );
    }

    fn count_picks(c: &Catalog, part: PartOfDay, focus: &[Focus], n_days: i64) -> Vec<usize> {
        let mut counts = vec![0; c.packs.len()];
        let start = date(2026, 1, 1);
        for d in 0..n_days {
            counts[suggest_pack(c, start + Duration::days(d), part, focus)] += 1;
        }
        counts
    }

    #[test]
    fn prefers_packs_that_fit_the_part_of_day() {
        let c = twelve();
        let morning = count_picks(&c, Morning, &[], 360);
        let [warm_up, wind_down, energizer, any_pack] = [7, 9, 8, 4];
        assert!(morning[warm_up] > morning[wind_down], "{morning:?}");
        assert!(morning[any_pack] > morning[energizer], "{morning:?}");
        let evening = count_picks(&c, Evening, &[], 360);
        assert!(evening[wind_down] > evening[warm_up], "{evening:?}");
        // An exact match is ranked ahead of an `Any` pack.
        let ranks: Vec<usize> = ranked(&c.packs, Morning, &[]).iter().map(|r| r.index).collect();
        assert_eq!(ranks[0], warm_up);
    }

    #[test]
    fn prefers_packs_that_serve_the_focus() {
        let c = twelve();
        let [eyes, energizer] = [3, 8];
        let plain = count_picks(&c, Mid, &[], 360);
        let focused = count_picks(&c, Mid, &[Focus::Eyes], 360);
        assert!(focused[eyes] > plain[eyes], "{plain:?} {focused:?}");
        // A focus pack for another part of the day still comes up as often as fitting ones.
        assert!(focused[eyes] > focused[energizer], "{focused:?}");
        // Serving the focus and fitting the part beats either alone.
        let afternoon = count_picks(&c, Afternoon, &[Focus::Eyes], 360);
        assert!(afternoon.iter().all(|&n| n <= afternoon[eyes]), "{afternoon:?}");
        assert_eq!(ranked(&c.packs, Afternoon, &[Focus::Eyes])[0].index, eyes);
    }

    #[test]
    fn never_yesterdays_pack_across_years_and_boundaries() {
        let full = twelve();
        let from = date(2023, 1, 1);
        let to = date(2030, 12, 31);
        // The span holds month and year ends and two leap days.
        for boundary in [date(2024, 2, 29), date(2028, 2, 29), date(2026, 12, 31)] {
            assert!(from <= boundary && boundary <= to);
        }
        for n in [2, 3, 4, 5, 8, 12] {
            let c = catalog(full.packs[..n].to_vec());
            for focus in FOCUS_SETS {
                for part in PartOfDay::ALL {
                    let mut yesterday = suggest_pack(&c, from - Duration::days(1), part, focus);
                    for day in days(from, to) {
                        let pick = suggest_pack(&c, day, part, focus);
                        assert!(pick < n);
                        assert_ne!(pick, yesterday, "{n} packs, {part:?}, {focus:?}, {day}");
                        yesterday = pick;
                    }
                }
            }
        }
    }

    #[test]
    fn rollover_depends_only_on_the_date() {
        let c = twelve();
        // 28 Feb -> 29 Feb -> 1 Mar in a leap year, and New Year's Eve -> New Year.
        for (a, b) in [
            (date(2028, 2, 28), date(2028, 2, 29)),
            (date(2028, 2, 29), date(2028, 3, 1)),
            (date(2026, 12, 31), date(2027, 1, 1)),
        ] {
            for part in PartOfDay::ALL {
                assert_ne!(suggest_pack(&c, a, part, &[]), suggest_pack(&c, b, part, &[]));
            }
        }
    }

    #[test]
    fn every_pack_is_reached_within_any_30_days() {
        let c = twelve();
        let n = c.packs.len();
        for focus in FOCUS_SETS {
            let picks: Vec<[usize; 4]> = days(date(2025, 1, 1), date(2027, 12, 31))
                .map(|d| PartOfDay::ALL.map(|part| suggest_pack(&c, d, part, focus)))
                .collect();
            for window in picks.windows(30) {
                let mut seen = vec![false; n];
                for day in window {
                    for &p in day {
                        seen[p] = true;
                    }
                }
                assert!(seen.iter().all(|&s| s), "{focus:?}: {seen:?}");
                // Each part alone also goes round the whole catalog.
                for part in 0..4 {
                    let mut seen = vec![false; n];
                    for day in window {
                        seen[day[part]] = true;
                    }
                    assert!(seen.iter().all(|&s| s), "{focus:?} part {part}");
                }
            }
        }
    }

    #[test]
    fn rotation_never_puts_a_pack_next_to_itself() {
        let c = twelve();
        for n in 1..=c.packs.len() {
            for focus in FOCUS_SETS {
                for part in PartOfDay::ALL {
                    let cycle = rotation(&ranked(&c.packs[..n], part, focus));
                    assert!(cycle.len() <= ROTATION_MAX_DAYS.max(n));
                    for i in 0..n {
                        assert!(cycle.contains(&i));
                    }
                    if n > 1 {
                        for (i, p) in cycle.iter().enumerate() {
                            assert_ne!(*p, cycle[(i + 1) % cycle.len()], "{cycle:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn tiny_catalogs() {
        let today = date(2026, 11, 25);
        let empty = Catalog::default();
        assert_eq!(suggest_pack(&empty, today, Morning, &[]), 0);
        assert!(alternatives(&empty, today, Morning, &[]).is_empty());

        let one = catalog(vec![pack("only", "Back Pain", TimeOfDay::Part(Evening))]);
        for part in PartOfDay::ALL {
            for d in 0..10 {
                let day = today + Duration::days(d);
                assert_eq!(suggest_pack(&one, day, part, &[Focus::Back]), 0);
                assert_eq!(alternatives(&one, day, part, &[]), vec![0]);
            }
        }

        let two = catalog(vec![pack("a", "Back Pain", ANY), pack("b", "Eyes", TimeOfDay::Part(Morning))]);
        for part in PartOfDay::ALL {
            for d in 0..10 {
                let day = today + Duration::days(d);
                let pick = suggest_pack(&two, day, part, &[Focus::Back]);
                assert_eq!(suggest_pack(&two, day + Duration::days(1), part, &[Focus::Back]), 1 - pick);
                assert_eq!(alternatives(&two, day, part, &[Focus::Back]), vec![pick, 1 - pick]);
            }
        }
    }

    #[test]
    fn alternatives_keep_todays_pick_first_then_the_whole_catalog() {
        let c = twelve();
        for d in 0..40 {
            let day = date(2026, 1, 1) + Duration::days(d);
            for part in PartOfDay::ALL {
                for focus in FOCUS_SETS {
                    let alts = alternatives(&c, day, part, focus);
                    assert_eq!(alts[0], suggest_pack(&c, day, part, focus));
                    let mut sorted = alts.clone();
                    sorted.sort();
                    assert_eq!(sorted, (0..c.packs.len()).collect::<Vec<_>>());
                    // After the pick, preferred packs come before the rest.
                    let weights: Vec<usize> = alts[1..]
                        .iter()
                        .map(|&i| {
                            let p = &c.packs[i];
                            usize::from(focus.iter().any(|&f| p.serves(f)))
                                + usize::from(p.time_of_day.fits(part))
                        })
                        .collect();
                    assert!(weights.windows(2).all(|w| w[0] >= w[1]), "{weights:?}");
                }
            }
        }
    }
}
