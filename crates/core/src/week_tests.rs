use super::*;
use crate::record::tests::{d, rec_at};
use crate::store::{read_snapshot, Problem};

/// A stored week in Berlin ending Wed 1 Apr 2026, frozen as JSON: daylight saving starts on
/// Sun 29 Mar (UTC+1 to UTC+2); Sat 28 Mar has no data at all; Mon 30 Mar holds a v3 record
/// recorded just after midnight (still 29 Mar in UTC) and a damaged summary; Tue 31 Mar's
/// summary is from a newer version; today's carries a field this version does not know.
fn fixture() -> (Week, Vec<Problem>) {
    let all: BTreeMap<String, String> =
        serde_json::from_str(include_str!("../tests/fixtures/week_store.json")).unwrap();
    let (snapshot, plan) = read_snapshot(&all);
    assert_eq!(plan.remove, ["day:2026-03-30"], "the damaged summary is set aside, nothing else");
    (week(&snapshot.records, &snapshot.days, d(2026, 4, 1)), snapshot.problems)
}

fn row(day: &WeekDay) -> (String, u32, u32, u32, Option<u32>) {
    let date = crate::clock::format_day(day.date);
    (date, day.minutes_moved, day.quick, day.full, day.longest_stretch_min)
}

#[test]
fn a_stored_week_reads_day_by_day_across_daylight_saving_and_gaps() {
    let (week, problems) = fixture();
    let rows: Vec<_> = week.days.iter().map(row).collect();
    let expected = [
        ("Thu 26 Mar 2026", 11, 1, 1, Some(95)),
        ("Fri 27 Mar 2026", 10, 0, 1, Some(62)),
        // No breaks and no summary: zero moved, and no sitting figures rather than zero.
        ("Sat 28 Mar 2026", 0, 0, 0, None),
        // The DST day: breaks under UTC+1 and UTC+2 are one local day (150 + 480 + 90 s).
        ("Sun 29 Mar 2026", 12, 2, 1, Some(40)),
        // The v3 break counts as a full one, on its local date; the damaged summary is no data.
        ("Mon 30 Mar 2026", 7, 1, 1, None),
        ("Tue 31 Mar 2026", 10, 0, 1, None),
        ("Wed 1 Apr 2026", 2, 1, 0, Some(33)),
    ];
    let expected: Vec<_> = expected.iter().map(|(a, b, c, e, f)| (a.to_string(), *b, *c, *e, *f)).collect();
    assert_eq!(rows, expected);
    assert_eq!(week.minutes_moved(), 52);
    assert_eq!(week.chart_top(), 15);
    assert_eq!(week.days[2].nudges, None);
    assert_eq!(week.nudges(), Some(NudgeCounts { answered: 2, snoozed: 1, ignored: 1 }));
    assert_eq!(problems, [Problem::DaysSetAside { count: 1 }]);
    assert_eq!(
        problems[0].message(),
        "1 day's summary of sitting and nudges couldn't be read and was set aside; your breaks are safe."
    );
}

#[cfg(feature = "markdown")]
#[test]
fn the_trend_averages_thirty_days_of_pairs_in_honest_words() {
    let m = crate::l10n::testing::english();
    let (week, _) = fixture();
    // Six breaks with both ratings since 3 March; the one of 20 February is too old.
    assert_eq!(week.trend.pairs, 6);
    assert!(week.trend.shown());
    assert_eq!((week.trend.before_tenths(), week.trend.after_tenths()), (Some(22), Some(38)));
    assert_eq!(
        week.trend.sentence(m),
        "Over the last 30 days your own ratings averaged 2.2 before a break and 3.8 after (6 breaks with both check-ins)."
    );
    let note = m.get("week-trend-note");
    assert!(note.contains("your own ratings") && note.contains("not a medical measure"));
}

#[cfg(feature = "markdown")]
#[test]
fn fewer_than_five_pairs_show_no_averages() {
    let today = d(2026, 3, 11);
    let mut records: Vec<BreakRecord> = (0..4).map(|i| rec_at(&format!("r{i}"), today, 9 + i, 60)).collect();
    for r in &mut records {
        (r.checkin_before, r.checkin_after) = (Some(2), Some(4));
    }
    // One rating alone is no pair.
    records[0].checkin_after = None;
    let trend = week(&records, &BTreeMap::new(), today).trend;
    assert_eq!(trend.pairs, 3);
    assert!(!trend.shown());
    assert_eq!(
        trend.sentence(crate::l10n::testing::english()),
        "Your check-in trend appears once 5 breaks in the last 30 days have both a before and an after rating (3 so far)."
    );
    assert_eq!(week(&[], &BTreeMap::new(), today).trend.before_tenths(), None);
}

#[test]
fn a_store_from_before_summaries_shows_breaks_without_sitting_data() {
    let today = d(2026, 3, 11);
    let records =
        [rec_at("a", today, 9, 0), rec_at("b", d(2026, 3, 4), 9, 0), rec_at("c", d(2026, 3, 5), 9, 0)];
    let week = week(&records, &BTreeMap::new(), today);
    assert_eq!(week.days.len(), 7);
    assert_eq!((week.days[0].date, week.days[6].date), (d(2026, 3, 5), today));
    assert_eq!(week.days.iter().map(|d| d.minutes_moved).collect::<Vec<_>>(), [5, 0, 0, 0, 0, 0, 5]);
    assert!(week.days.iter().all(|d| d.longest_stretch_min.is_none() && d.nudges.is_none()));
    assert_eq!(week.nudges(), None);
    // An empty week still has a scale to draw against.
    assert_eq!(super::week(&[], &BTreeMap::new(), today).chart_top(), 5);
}

#[cfg(feature = "markdown")]
#[test]
fn the_week_reads_as_the_user_sees_it() {
    let m = crate::l10n::testing::english();
    let (week, _) = fixture();
    assert_eq!(
        week.chart_description(m),
        "Thu 26 Mar: 11 min; Fri 27 Mar: 10 min; Sat 28 Mar: 0 min; Sun 29 Mar: 12 min; Mon 30 Mar: 7 min; \
         Tue 31 Mar: 10 min; Wed 1 Apr: 2 min. Total 52 min."
    );
    assert_eq!(week.nudges_sentence(m), "2 answered, 1 snoozed, 1 ignored.");
    let empty = super::week(&[], &BTreeMap::new(), d(2026, 3, 11));
    assert_eq!(
        empty.nudges_sentence(m),
        "No data yet: the sitting timer records nudges and sitting stretches from now on."
    );
    // Every day of the year names its weekday and month as the core's English constants do.
    let mut day = d(2026, 1, 1);
    while day.year() == 2026 {
        let english = crate::clock::format_day(day);
        assert_eq!(format!("{} {}", day_month(m, day), day.year()), english);
        day = day.succ_opt().unwrap();
    }
    assert_eq!(one_decimal(m, 28), "2.8");
}
