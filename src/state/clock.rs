//! The page's clock. [`Clock::refresh`] is its only writer; memos that need the day or the part
//! of the day read those, so they rerun when the day changes, not whenever the clock moves.

use chrono::NaiveDate;
use deskbreak_core::clock::{Moment, PartOfDay};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Clock {
    now: RwSignal<Moment>,
    today: Memo<NaiveDate>,
    part: Memo<PartOfDay>,
}

impl Clock {
    pub fn new(now: Moment) -> Self {
        let now = RwSignal::new(now);
        let today = Memo::new(move |_| now.with(Moment::local_date));
        let part = Memo::new(move |_| now.with(Moment::part_of_day));
        Self { now, today, part }
    }

    /// Reads the browser's clock: on the app's interval, and after every read of storage (the
    /// worker may have written its state after this page last looked at the time).
    pub fn refresh(&self) {
        self.now.set(deskbreak_browser::now());
    }

    /// The clock as last read, to the few seconds. Reactive.
    pub fn now(&self) -> Moment {
        self.now.get()
    }

    pub fn now_untracked(&self) -> Moment {
        self.now.get_untracked()
    }

    /// The local date. Reactive, changing once a day.
    pub fn today(&self) -> NaiveDate {
        self.today.get()
    }

    /// Morning, midday, afternoon or evening. Reactive.
    pub fn part(&self) -> PartOfDay {
        self.part.get()
    }
}
