//! "Your week": the last seven local days from the break records and the worker's day summaries
//! ([`crate::day_summary`]), and the check-in trend over the last thirty.
//!
//! Like the streak, it works on civil dates: a break counts on the `local_date` stored with it,
//! so a day whose breaks were recorded under two UTC offsets (a DST switch, a trip) is still one
//! day, and a change of zone later moves nothing. A day without a summary (before the worker
//! kept them, or a day the browser was closed) has no sitting or nudge figures: `None`, shown as
//! "no data", never as zero.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use crate::day_summary::{DaySummary, NudgeCounts};
use crate::record::{BreakKind, BreakRecord};

/// Days the week view shows, today included.
pub const WEEK_DAYS: u64 = 7;
/// Days the check-in trend looks back over, today included.
pub const TREND_DAYS: u64 = 30;
/// Breaks with both check-ins needed before the trend is shown: fewer say little.
pub const TREND_MIN_PAIRS: u32 = 5;

/// What the trend is, and what it is not.
pub const TREND_NOTE: &str =
    "These are your own ratings on a 1–5 scale, how you felt before and after; not a medical measure.";

/// One day of the week view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekDay {
    pub date: NaiveDate,
    /// Unpaused movement, rounded to the nearest minute.
    pub minutes_moved: u32,
    pub quick: u32,
    pub full: u32,
    /// From the day's summary; `None` without one.
    pub longest_stretch_min: Option<u32>,
    pub nudges: Option<NudgeCounts>,
}

/// The average check-ins before and after breaks, from breaks that have both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trend {
    pub pairs: u32,
    before_sum: u32,
    after_sum: u32,
}

impl Trend {
    /// Enough pairs to show.
    pub fn shown(&self) -> bool {
        self.pairs >= TREND_MIN_PAIRS
    }

    /// The average before a break, in tenths (28 is 2.8); `None` without pairs.
    pub fn before_tenths(&self) -> Option<u32> {
        tenths(self.before_sum, self.pairs)
    }

    pub fn after_tenths(&self) -> Option<u32> {
        tenths(self.after_sum, self.pairs)
    }

    /// The sentence the week view shows.
    pub fn sentence(&self) -> String {
        match (self.shown(), self.before_tenths(), self.after_tenths()) {
            (true, Some(before), Some(after)) => format!(
                "Over the last {TREND_DAYS} days your own ratings averaged {} before a break and {} after ({} breaks with both check-ins).",
                one_decimal(before),
                one_decimal(after),
                self.pairs
            ),
            _ => format!(
                "Your check-in trend appears once {TREND_MIN_PAIRS} breaks in the last {TREND_DAYS} days have both a before and an after rating ({} so far).",
                self.pairs
            ),
        }
    }
}

/// The rounded average of `sum` over `n`, in tenths.
fn tenths(sum: u32, n: u32) -> Option<u32> {
    (n > 0).then(|| (sum * 20 + n) / (2 * n))
}

/// "2.8" from 28.
pub fn one_decimal(tenths: u32) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Everything the week view shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Week {
    /// The last [`WEEK_DAYS`] days, oldest first, ending today.
    pub days: Vec<WeekDay>,
    pub trend: Trend,
}

impl Week {
    /// The nudges of the days that have a summary; `None` when none has.
    pub fn nudges(&self) -> Option<NudgeCounts> {
        self.days.iter().filter_map(|d| d.nudges).reduce(|mut sum, n| {
            sum.add(n);
            sum
        })
    }

    pub fn minutes_moved(&self) -> u32 {
        self.days.iter().map(|d| d.minutes_moved).sum()
    }

    /// The chart's top value: the busiest day rounded up to 5 minutes, and at least 5, so a
    /// week of short breaks still reads against a sensible scale.
    pub fn chart_top(&self) -> u32 {
        let max = self.days.iter().map(|d| d.minutes_moved).max().unwrap_or(0);
        max.div_ceil(5).max(1) * 5
    }
}

/// The week ending `today`, from every stored record and summary.
pub fn week(records: &[BreakRecord], summaries: &BTreeMap<NaiveDate, DaySummary>, today: NaiveDate) -> Week {
    let first = days_before(today, WEEK_DAYS);
    let mut moved_s: BTreeMap<NaiveDate, u64> = BTreeMap::new();
    let mut kinds: BTreeMap<(NaiveDate, BreakKind), u32> = BTreeMap::new();
    for r in records.iter().filter(|r| (first..=today).contains(&r.local_date)) {
        *moved_s.entry(r.local_date).or_default() += u64::from(r.moved_s);
        *kinds.entry((r.local_date, r.kind)).or_default() += 1;
    }
    let days = first
        .iter_days()
        .take_while(|d| *d <= today)
        .map(|date| {
            let summary = summaries.get(&date);
            WeekDay {
                date,
                minutes_moved: u32::try_from((moved_s.get(&date).copied().unwrap_or(0) + 30) / 60)
                    .unwrap_or(u32::MAX),
                quick: kinds.get(&(date, BreakKind::Quick)).copied().unwrap_or(0),
                full: kinds.get(&(date, BreakKind::Full)).copied().unwrap_or(0),
                longest_stretch_min: summary.map(|s| s.longest_stretch_min),
                nudges: summary.map(|s| s.nudges),
            }
        })
        .collect();
    Week { days, trend: trend(records, today) }
}

/// The first of the `n` days ending `today`.
fn days_before(today: NaiveDate, n: u64) -> NaiveDate {
    today.checked_sub_days(Days::new(n - 1)).unwrap_or(today)
}

/// The check-ins of the last [`TREND_DAYS`] days' breaks that have both.
fn trend(records: &[BreakRecord], today: NaiveDate) -> Trend {
    let first = days_before(today, TREND_DAYS);
    let mut trend = Trend { pairs: 0, before_sum: 0, after_sum: 0 };
    for r in records.iter().filter(|r| (first..=today).contains(&r.local_date)) {
        if let (Some(before), Some(after)) = (r.checkin_before, r.checkin_after) {
            trend.pairs += 1;
            trend.before_sum += u32::from(before);
            trend.after_sum += u32::from(after);
        }
    }
    trend
}

#[cfg(test)]
#[path = "week_tests.rs"]
mod tests;
