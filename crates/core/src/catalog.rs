//! The catalog: every pack plus the exercise library, checked against each other.

use serde::{Deserialize, Serialize};

use crate::clock::Moment;
use crate::custom_routine::ROUTINE_PACK_PREFIX;
use crate::l10n::Messages;
use crate::pack::{Exercise, Pack, Position};
use crate::settings::Focus;
use crate::suggest::suggest_pack;

/// Where a pack can be done: at a desk, or anywhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Desk,
    Anywhere,
}

impl Place {
    /// A pack's "Where" field, read as one of the two places ("desk", "standing desk" → desk).
    /// A routine of your own is done anywhere (its "Where" is in the user's language).
    pub fn of(pack: &Pack) -> Self {
        if !pack.id.starts_with(ROUTINE_PACK_PREFIX) && pack.location.to_ascii_lowercase().contains("desk") {
            Self::Desk
        } else {
            Self::Anywhere
        }
    }

    /// "at a desk", "anywhere", as a pack's card says it.
    pub fn label(self, m: &Messages) -> String {
        m.get(match self {
            Self::Desk => "catalog-place-desk",
            Self::Anywhere => "catalog-place-anywhere",
        })
    }
}

/// The catalog's filters: a position the pack uses, and a place. `None` is "any".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PackFilter {
    pub position: Option<Position>,
    pub place: Option<Place>,
}

impl PackFilter {
    pub fn matches(&self, pack: &Pack) -> bool {
        self.position.is_none_or(|p| pack.positions.contains(&p))
            && self.place.is_none_or(|place| Place::of(pack) == place)
    }
}

/// The checked catalog as it ships: `catalog.json`, written by the catalog crate's build script
/// and read by the page and the worker at start. Typed on both sides, so no field is decoded by
/// its position.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalog {
    pub packs: Vec<Pack>,
    pub library: Vec<Exercise>,
}

impl Catalog {
    pub fn pack(&self, id: &str) -> Option<&Pack> {
        self.packs.iter().find(|p| p.id == id)
    }

    pub fn exercise(&self, name: &str) -> Option<&Exercise> {
        self.library.iter().find(|e| e.name == name)
    }

    /// Does the library have an exercise of this name? (A routine of your own may name only these.)
    pub fn knows(&self, name: &str) -> bool {
        self.exercise(name).is_some()
    }

    /// The library entries of a pack's exercises, in order. Names without an entry are skipped
    /// (the build refuses such packs, so this only matters for hand-made catalogs in tests).
    pub fn exercises_of<'a>(&'a self, pack: &'a Pack) -> impl Iterator<Item = &'a Exercise> + 'a {
        pack.exercises.iter().filter_map(|n| self.exercise(n))
    }

    /// Seconds the routine takes, every exercise and side included.
    pub fn routine_seconds(&self, pack: &Pack) -> u32 {
        self.exercises_of(pack).map(Exercise::total_seconds).sum()
    }

    /// Indexes of the packs the filter lets through, in catalog order.
    pub fn filtered(&self, filter: PackFilter) -> Vec<usize> {
        (0..self.packs.len()).filter(|&i| filter.matches(&self.packs[i])).collect()
    }

    /// Estimated minutes, rounded up, never less than one.
    pub fn estimated_minutes(&self, pack: &Pack) -> u32 {
        self.routine_seconds(pack).div_ceil(60).max(1)
    }

    /// Today's pack at `moment` for this focus: the one answer the New Tab shows first and the
    /// worker's nudge names and opens. `None` only for an empty catalog.
    pub fn todays_pack(&self, moment: Moment, focus: &[Focus]) -> Option<&Pack> {
        self.packs.get(suggest_pack(self, moment.local_date(), moment.part_of_day(), focus))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::TimeOfDay;
    use crate::suggest::tests::pack;

    fn with(id: &str, positions: &[Position], location: &str) -> Pack {
        Pack { positions: positions.to_vec(), location: location.into(), ..pack(id, id, TimeOfDay::Any) }
    }

    fn catalog() -> Catalog {
        use Position::*;
        Catalog {
            packs: vec![
                with("seated", &[Sitting], "desk"),
                with("mixed", &[Sitting, Standing], "desk"),
                with("standing-desk", &[Standing], "standing desk"),
                with("floor", &[Sitting, Standing, Floor], "anywhere"),
                with("walk", &[Standing], "anywhere"),
            ],
            library: Vec::new(),
        }
    }

    #[test]
    fn todays_pack_is_the_first_alternative_of_the_local_day_and_part() {
        use crate::clock::{Moment, HOUR_MS};
        use crate::suggest::alternatives;
        let c = catalog();
        let focus = [Focus::Back];
        // Every hour of two days, in UTC and in UTC+9 (where the local date is often another).
        for offset_min in [0, 540] {
            for hour in 0..48 {
                let m = Moment::new(1_764_000_000_000 + hour * HOUR_MS, offset_min);
                let first = alternatives(&c, m.local_date(), m.part_of_day(), &focus)[0];
                assert_eq!(c.todays_pack(m, &focus).map(|p| &p.id), Some(&c.packs[first].id));
            }
        }
        assert_eq!(Catalog::default().todays_pack(Moment::new(0, 0), &focus), None);
    }

    #[test]
    fn no_filter_shows_every_pack() {
        assert_eq!(catalog().filtered(PackFilter::default()), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn a_position_shows_only_packs_with_that_kind_of_move() {
        let only = |position| catalog().filtered(PackFilter { position: Some(position), place: None });
        assert_eq!(only(Position::Standing), vec![1, 2, 3, 4]);
        assert_eq!(only(Position::Floor), vec![3]);
        assert_eq!(only(Position::Sitting), vec![0, 1, 3]);
    }

    #[test]
    fn places_read_the_where_field_and_combine_with_positions() {
        assert_eq!(Place::of(&with("x", &[], "Standing desk")), Place::Desk);
        assert_eq!(Place::of(&with("x", &[], "anywhere")), Place::Anywhere);
        let f = PackFilter { position: Some(Position::Standing), place: Some(Place::Anywhere) };
        assert_eq!(catalog().filtered(f), vec![3, 4]);
        let f = PackFilter { position: Some(Position::Floor), place: Some(Place::Desk) };
        assert!(catalog().filtered(f).is_empty());
    }
}
