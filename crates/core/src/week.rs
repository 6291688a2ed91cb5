//! "Your week": the last seven local days from the break records and the worker's day summaries
//! ([`crate::day_summary`]), and the check-in trend over the last thirty.
//!
//! Like the streak, it works on civil dates: a break counts on the `local_date` stored with it,
//! so a day whose breaks were recorded under two UTC offsets (a DST switch, a trip) is still one
//! day, and a change of zone later moves nothing. A day without a summary (before the worker
//! kept them, or a day the browser was closed) has no sitting or nudge figures: `None`, shown as
//! "no data", never as zero.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};

use crate::clock::{month_short, weekday_short};
use crate::day_summary::{DaySummary, NudgeCounts};
use crate::l10n::{Arg, Messages};
use crate::record::{BreakKind, BreakRecord};

/// Days the week view shows, today included.
pub const WEEK_DAYS: u64 = 7;
/// Days the check-in trend looks back over, today included.
pub const TREND_DAYS: u64 = 30;
/// Breaks with both check-ins needed before the trend is shown: fewer say little.
pub const TREND_MIN_PAIRS: u32 = 5;

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

    /// The sentence the week view shows. (What the trend is not, `week-trend-note`, goes with it
    /// once shown.)
    pub fn sentence(&self, m: &Messages) -> String {
        let (days, pairs) = (Arg::Num(TREND_DAYS as i64), Arg::Num(i64::from(self.pairs)));
        match (self.shown(), self.before_tenths(), self.after_tenths()) {
            (true, Some(before), Some(after)) => {
                let (before, after) = (one_decimal(m, before), one_decimal(m, after));
                m.format(
                    "week-trend",
                    &[
                        ("days", days),
                        ("before", Arg::Str(&before)),
                        ("after", Arg::Str(&after)),
                        ("pairs", pairs),
                    ],
                )
            }
            _ => m.format(
                "week-trend-waiting",
                &[("needed", Arg::Num(i64::from(TREND_MIN_PAIRS))), ("days", days), ("pairs", pairs)],
            ),
        }
    }
}

/// The rounded average of `sum` over `n`, in tenths.
fn tenths(sum: u32, n: u32) -> Option<u32> {
    (n > 0).then(|| (sum * 20 + n) / (2 * n))
}

/// "2.8" from 28 ("2,8" in German).
pub fn one_decimal(m: &Messages, tenths: u32) -> String {
    let (whole, tenths) = (i64::from(tenths / 10), (tenths % 10).to_string());
    m.format("week-decimal", &[("whole", Arg::Num(whole)), ("tenths", Arg::Str(&tenths))])
}

/// "Thu 26 Mar": a day of the week view.
pub fn day_month(m: &Messages, date: NaiveDate) -> String {
    let weekday = weekday_short(m, date.weekday().num_days_from_monday() as usize);
    let month = month_short(m, date.month0() as usize);
    m.format(
        "date-day-month",
        &[("weekday", Arg::Str(&weekday)), ("day", date.day().into()), ("month", Arg::Str(&month))],
    )
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

    /// What became of the week's nudges: "2 answered, 1 snoozed, 1 ignored.", or why there is
    /// nothing to say.
    pub fn nudges_sentence(&self, m: &Messages) -> String {
        match self.nudges() {
            None => m.get("week-no-data-yet"),
            Some(n) if n.total() == 0 => m.get("week-no-nudges"),
            Some(n) => m.format(
                "week-nudges",
                &[
                    ("answered", Arg::Num(i64::from(n.answered))),
                    ("snoozed", Arg::Num(i64::from(n.snoozed))),
                    ("ignored", Arg::Num(i64::from(n.ignored))),
                ],
            ),
        }
    }

    /// The chart for a screen reader: "Thu 26 Mar: 12 min; Fri 27 Mar: 0 min; … Total 41 min."
    pub fn chart_description(&self, m: &Messages) -> String {
        let days: Vec<String> = self
            .days
            .iter()
            .map(|d| {
                let day = day_month(m, d.date);
                m.format(
                    "week-chart-day",
                    &[("day", Arg::Str(&day)), ("minutes", Arg::Num(i64::from(d.minutes_moved)))],
                )
            })
            .collect();
        let days = days.join(&m.get("week-chart-day-separator"));
        m.format(
            "week-chart-description",
            &[("days", Arg::Str(&days)), ("total", Arg::Num(i64::from(self.minutes_moved())))],
        )
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
