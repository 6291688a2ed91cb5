//! The heatmap's calendar layout: which month label stands over which weeks, and where the arrow
//! keys move the focus.
//!
//! The heatmap (see [`crate::streak::heatmap_start`]) is a list of days from a Monday up to today,
//! drawn as columns of weeks with Monday on top: day `i` sits in week `i / 7`, row `i % 7`.
//!
//! A week belongs to the month of its last shown day. So the week that holds the 1st of a month
//! carries that month's label, as on a wall calendar's first row, and today's partial week is
//! labelled with today's month, never with one that has not begun.

use chrono::{Datelike, NaiveDate};

use crate::clock::MONTHS;

/// Weekdays in row order, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = crate::clock::WEEKDAYS;

/// A month label over a run of consecutive weeks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthSpan {
    /// "Mar", in English (the page names it with `clock::month_short`).
    pub name: &'static str,
    /// The month, from January (0–11).
    pub month0: u32,
    pub first_week: usize,
    pub weeks: usize,
    /// Whether the label is drawn. The first span may hold a single week, too narrow for its name,
    /// which would run into the next label; screen readers still get it.
    pub shown: bool,
}

/// The month labels for the heatmap's `days` (oldest first, starting on a Monday), in week order.
/// Together the spans cover every week exactly once.
pub fn month_spans(days: &[NaiveDate]) -> Vec<MonthSpan> {
    let mut spans: Vec<MonthSpan> = Vec::new();
    for (week, chunk) in days.chunks(7).enumerate() {
        let Some(last) = chunk.last() else { continue };
        let month0 = last.month0();
        let name = MONTHS[month0 as usize];
        match spans.last_mut() {
            Some(span) if span.month0 == month0 => span.weeks += 1,
            _ => spans.push(MonthSpan { name, month0, first_week: week, weeks: 1, shown: true }),
        }
    }
    // Only an edge span can be one week wide (a month has at least four Sundays). The last one may
    // run past the grid's end, where nothing else is drawn; the first would collide.
    if spans.len() > 1 && spans[0].weeks < 2 {
        spans[0].shown = false;
    }
    spans
}

/// Whether a weekday row shows its name: Mon, Wed and Fri, as on most calendar heatmaps; every
/// other row is still named for screen readers.
pub fn weekday_shown(row: usize) -> bool {
    matches!(row, 0 | 2 | 4)
}

/// A focus move inside the heatmap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    PrevDay,
    NextDay,
    PrevWeek,
    NextWeek,
    First,
    Last,
}

impl Step {
    /// The step for a key (`KeyboardEvent.key`), if it is one of the grid's keys. Left and right
    /// follow the page: in a right-to-left layout the older weeks stand on the right.
    pub fn from_key(key: &str, rtl: bool) -> Option<Step> {
        let (back, forward) =
            if rtl { (Step::NextWeek, Step::PrevWeek) } else { (Step::PrevWeek, Step::NextWeek) };
        match key {
            "ArrowUp" => Some(Step::PrevDay),
            "ArrowDown" => Some(Step::NextDay),
            "ArrowLeft" => Some(back),
            "ArrowRight" => Some(forward),
            "Home" => Some(Step::First),
            "End" => Some(Step::Last),
            _ => None,
        }
    }
}

/// Where the focus goes from day `index` of `len` days. It stays inside the grid: a week step
/// that would leave it does not move, a day step runs on into the next or previous week.
pub fn step(index: usize, len: usize, step: Step) -> usize {
    let last = len.saturating_sub(1);
    let index = index.min(last);
    match step {
        Step::PrevDay => index.saturating_sub(1),
        Step::NextDay => (index + 1).min(last),
        Step::PrevWeek if index >= 7 => index - 7,
        Step::NextWeek if index + 7 <= last => index + 7,
        Step::PrevWeek | Step::NextWeek => index,
        Step::First => 0,
        Step::Last => last,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::tests::d;
    use crate::streak::{heatmap_start, HEATMAP_WEEKS};

    fn days(today: NaiveDate) -> Vec<NaiveDate> {
        heatmap_start(today).iter_days().take_while(|d| *d <= today).collect()
    }

    fn names(spans: &[MonthSpan]) -> Vec<(&str, usize, usize, bool)> {
        spans.iter().map(|s| (s.name, s.first_week, s.weeks, s.shown)).collect()
    }

    #[test]
    fn the_week_holding_the_first_carries_the_new_month() {
        // Wed 11 Mar 2026: the grid runs from Mon 22 Dec 2025. Week 1 (29 Dec - 4 Jan) holds
        // 1 January, so it is January's; the week of 22 Dec alone is December's, too narrow to label.
        let today = d(2026, 3, 11);
        let spans = month_spans(&days(today));
        assert_eq!(
            names(&spans),
            vec![("Dec", 0, 1, false), ("Jan", 1, 4, true), ("Feb", 5, 4, true), ("Mar", 9, 3, true)]
        );
        assert_eq!(spans.iter().map(|s| s.weeks).sum::<usize>(), HEATMAP_WEEKS as usize);
    }

    #[test]
    fn todays_partial_week_takes_todays_month_not_next() {
        // Mon 30 Mar 2026: its week ends on 5 April, but only 30 March is shown.
        let spans = month_spans(&days(d(2026, 3, 30)));
        assert_eq!(spans.last().map(|s| s.name), Some("Mar"));
        // From Wed 1 April on, that week is April's.
        let spans = month_spans(&days(d(2026, 4, 1)));
        assert_eq!(names(&spans).last(), Some(&("Apr", 11, 1, true)));
    }

    #[test]
    fn a_first_span_of_two_weeks_is_labelled() {
        // Wed 4 Mar 2026: the grid starts on Mon 15 Dec, two weeks of December.
        let spans = month_spans(&days(d(2026, 3, 4)));
        assert_eq!(names(&spans)[0], ("Dec", 0, 2, true));
        // Wed 18 Mar: from Mon 29 Dec, whose week ends on 4 January, so December is gone.
        let spans = month_spans(&days(d(2026, 3, 18)));
        assert_eq!(spans[0].name, "Jan");
        assert!(spans.iter().all(|s| s.shown));
    }

    #[test]
    fn spans_cover_every_week_once_all_year_round_and_across_a_leap_day() {
        for today in d(2027, 12, 20).iter_days().take(500) {
            let days = days(today);
            let spans = month_spans(&days);
            let mut week = 0;
            for s in &spans {
                assert_eq!(s.first_week, week, "{today}");
                assert!(s.weeks >= 1);
                week += s.weeks;
            }
            assert_eq!(week, days.len().div_ceil(7), "{today}");
            // Only the first span may be unlabelled, and only when one week wide.
            assert!(spans.iter().skip(1).all(|s| s.shown), "{today}");
            assert!(spans[0].shown || spans[0].weeks == 1);
            // Neighbours name different months.
            assert!(spans.windows(2).all(|w| w[0].name != w[1].name));
        }
    }

    #[test]
    fn a_single_day_grid_has_one_label() {
        let spans = month_spans(&[d(2026, 3, 9)]);
        assert_eq!(names(&spans), vec![("Mar", 0, 1, true)]);
        assert!(month_spans(&[]).is_empty());
    }

    #[test]
    fn mon_wed_fri_are_shown() {
        let shown: Vec<&str> = (0..7).filter(|r| weekday_shown(*r)).map(|r| WEEKDAY_NAMES[r]).collect();
        assert_eq!(shown, ["Mon", "Wed", "Fri"]);
    }

    #[test]
    fn steps_stay_inside_the_grid() {
        let len = 80; // 11 full weeks and three days.
        assert_eq!(step(10, len, Step::PrevDay), 9);
        assert_eq!(step(0, len, Step::PrevDay), 0);
        assert_eq!(step(6, len, Step::NextDay), 7, "Sunday runs on into Monday");
        assert_eq!(step(79, len, Step::NextDay), 79);
        assert_eq!(step(10, len, Step::PrevWeek), 3);
        assert_eq!(step(3, len, Step::PrevWeek), 3);
        assert_eq!(step(72, len, Step::NextWeek), 79);
        assert_eq!(step(73, len, Step::NextWeek), 73, "no day a week later: stay");
        assert_eq!((step(40, len, Step::First), step(40, len, Step::Last)), (0, 79));
        assert_eq!(step(500, len, Step::PrevDay), 78, "an index past the end is clamped first");
        assert_eq!(step(0, 0, Step::NextDay), 0);
    }

    #[test]
    fn left_and_right_follow_the_writing_direction() {
        assert_eq!(Step::from_key("ArrowLeft", false), Some(Step::PrevWeek));
        assert_eq!(Step::from_key("ArrowRight", false), Some(Step::NextWeek));
        assert_eq!(Step::from_key("ArrowLeft", true), Some(Step::NextWeek));
        assert_eq!(Step::from_key("ArrowRight", true), Some(Step::PrevWeek));
        assert_eq!(Step::from_key("ArrowUp", true), Some(Step::PrevDay));
        assert_eq!(Step::from_key("End", false), Some(Step::Last));
        assert_eq!(Step::from_key("Tab", false), None);
    }
}
