//! The catalog: every pack plus the exercise library, checked against each other.

use crate::pack::{Exercise, Pack};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
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

    /// The library entries of a pack's exercises, in order. Names without an entry are skipped
    /// (the build refuses such packs, so this only matters for hand-made catalogs in tests).
    pub fn exercises_of<'a>(&'a self, pack: &'a Pack) -> impl Iterator<Item = &'a Exercise> + 'a {
        pack.exercises.iter().filter_map(|n| self.exercise(n))
    }

    /// Seconds the routine takes, every exercise and side included.
    pub fn routine_seconds(&self, pack: &Pack) -> u32 {
        self.exercises_of(pack).map(Exercise::total_seconds).sum()
    }

    /// Estimated minutes, rounded up, never less than one.
    pub fn estimated_minutes(&self, pack: &Pack) -> u32 {
        self.routine_seconds(pack).div_ceil(60).max(1)
    }
}
