use super::*;
use crate::record::tests::d;
use crate::settings::Settings;
use crate::store::{apply_write_rule, health, Health, Plan};
use chrono::NaiveDateTime;

/// A time in UTC from "2026-11-25 10:00" (a Wednesday), or "10:00" on that day.
fn at(time: &str) -> Moment {
    let text = if time.len() == 5 { format!("2026-11-25 {time}") } else { time.to_string() };
    let ms = NaiveDateTime::parse_from_str(&text, "%Y-%m-%d %H:%M").unwrap().and_utc().timestamp_millis();
    Moment::new(ms, 0)
}

/// The tracker and the day log, stepped together as the worker's step does.
struct Story {
    tracker: SittingTracker,
    log: DayLog,
}

impl Story {
    /// Nudges after 30 minutes, in the default work hours; the away time is 5 minutes.
    fn new() -> Self {
        Self::with(Settings { nudge_interval_min: 30, ..Settings::default() })
    }

    fn with(settings: Settings) -> Self {
        Self { tracker: SittingTracker::new(settings), log: DayLog::default() }
    }

    fn on(&mut self, time: &str, event: TrackerEvent) -> &mut Self {
        let (next, effects) = self.tracker.clone().on(event.clone(), at(time));
        self.log.observe(&self.tracker, &next, &event, &effects, at(time));
        self.tracker = next;
        self
    }

    fn day(&self, date: NaiveDate) -> DaySummary {
        self.log.days.get(&date).cloned().unwrap_or_else(|| DaySummary::new(date))
    }

    fn today(&self) -> DaySummary {
        self.day(d(2026, 11, 25))
    }
}

fn counts(answered: u32, snoozed: u32, ignored: u32) -> NudgeCounts {
    NudgeCounts { answered, snoozed, ignored }
}

#[test]
fn the_longest_stretch_ends_where_input_stopped() {
    let mut story = Story::new();
    story.on("10:00", TrackerEvent::Startup).on("10:30", TrackerEvent::Alarm);
    assert_eq!(story.today().longest_stretch_min, 30, "a running stretch is recorded as it goes");
    // Idle is reported one away time after the last input: the stretch ended at 10:35.
    story.on("10:40", TrackerEvent::Idle(IdleState::Idle));
    assert_eq!(story.today().longest_stretch_min, 35);
    // A shorter stretch later leaves the longest as it was.
    story
        .on("11:00", TrackerEvent::Idle(IdleState::Active))
        .on("11:20", TrackerEvent::Idle(IdleState::Locked));
    assert_eq!(story.today().longest_stretch_min, 35);
    // The nudge of 10:30 came to nothing.
    assert_eq!(story.today().nudges, counts(0, 0, 1));
    assert_eq!(story.today().open_nudge_ms, None);
}

#[test]
fn opening_the_nudge_answers_it_and_the_break_ends_the_stretch() {
    let mut story = Story::new();
    story.on("10:00", TrackerEvent::Startup).on("10:30", TrackerEvent::Alarm);
    assert_eq!(story.today().open_nudge_ms, Some(at("10:30").utc_ms));
    story.on("10:31", TrackerEvent::NudgeOpened).on("10:40", TrackerEvent::BreakCompleted);
    assert_eq!(story.today().nudges, counts(1, 0, 0), "answered once, not again by the break");
    assert_eq!(story.today().longest_stretch_min, 40);
    let written: Vec<String> = story.log.changed().iter().map(DaySummary::key).collect();
    assert_eq!(written, ["day:2026-11-25"]);
}

#[test]
fn a_break_soon_after_a_nudge_answers_it_and_a_repeat_means_the_first_was_ignored() {
    let mut story = Story::new();
    story
        .on("10:00", TrackerEvent::Startup)
        .on("10:30", TrackerEvent::Alarm)
        .on("10:50", TrackerEvent::BreakCompleted);
    assert_eq!(story.today().nudges, counts(1, 0, 0), "a break 20 minutes after the nudge");

    let mut story = Story::new();
    story
        .on("10:00", TrackerEvent::Startup)
        .on("10:30", TrackerEvent::Alarm)
        .on("11:00", TrackerEvent::Alarm);
    assert_eq!(story.today().nudges, counts(0, 0, 1), "the nudge came again");
    story.on("11:05", TrackerEvent::BreakCompleted);
    assert_eq!(story.today().nudges, counts(1, 0, 1));
    assert_eq!(story.today().nudges.total(), 2, "every nudge shown has one outcome");
}

#[test]
fn a_snoozed_nudge_counts_once_and_its_return_can_be_ignored() {
    let mut story = Story::new();
    story
        .on("10:00", TrackerEvent::Startup)
        .on("10:30", TrackerEvent::Alarm)
        .on("10:31", TrackerEvent::Snooze);
    assert_eq!(story.today().nudges, counts(0, 1, 0));
    // The snooze brings the nudge back at 10:46; the user locks the screen and leaves.
    story.on("10:46", TrackerEvent::Alarm).on("10:50", TrackerEvent::Idle(IdleState::Locked));
    assert_eq!(story.today().nudges, counts(0, 1, 1));
    // A snooze from the banner before any nudge settles nothing.
    story.on("11:00", TrackerEvent::Idle(IdleState::Active)).on("11:10", TrackerEvent::Snooze);
    assert_eq!(story.today().nudges, counts(0, 1, 1));
}

#[test]
fn a_sleep_adds_nothing_to_the_stretch_and_settles_its_nudge() {
    let mut story = Story::new();
    story.on("10:00", TrackerEvent::Startup).on("10:30", TrackerEvent::Alarm);
    // The machine slept from just after the nudge until 14:00.
    story.on("14:00", TrackerEvent::Startup);
    assert_eq!(story.today().longest_stretch_min, 30);
    assert_eq!(story.today().nudges, counts(0, 0, 1));
    assert_eq!(story.tracker.stretch_started(), Some(at("14:00").utc_ms), "a new stretch");
}

#[test]
fn over_midnight_each_day_keeps_what_it_saw_and_a_nudge_counts_on_its_own_day() {
    // Night work: 20:00 to 06:00.
    let mut story = Story::with(Settings {
        nudge_interval_min: 30,
        work_start: 20 * 60,
        work_end: 6 * 60,
        ..Settings::default()
    });
    story.on("2026-11-25 23:00", TrackerEvent::Startup).on("2026-11-25 23:30", TrackerEvent::Alarm);
    story.on("2026-11-25 23:55", TrackerEvent::Audible(false));
    story
        .on("2026-11-26 00:02", TrackerEvent::NudgeOpened)
        .on("2026-11-26 00:20", TrackerEvent::BreakCompleted);
    let (wed, thu) = (story.day(d(2026, 11, 25)), story.day(d(2026, 11, 26)));
    assert_eq!((wed.longest_stretch_min, thu.longest_stretch_min), (55, 80));
    assert_eq!((wed.nudges, thu.nudges), (counts(1, 0, 0), counts(0, 0, 0)));
    assert_eq!(story.log.changed().len(), 2);
}

#[test]
fn summaries_are_stored_versioned_and_read_leniently() {
    let mut day = DaySummary::new(d(2026, 3, 11));
    day.longest_stretch_min = 95;
    day.nudges = counts(1, 0, 2);
    assert_eq!(day.key(), "day:2026-03-11");
    let json = day.to_stored_json();
    assert_eq!(
        serde_json::from_str::<Value>(&json).unwrap(),
        serde_json::json!({"v":1,"date":"2026-03-11","longest_stretch_min":95,
            "nudges":{"answered":1,"snoozed":0,"ignored":2},"open_nudge_ms":null})
    );
    assert_eq!(parse_day("day:2026-03-11", &json), ParsedDay::Current(day));
    // Missing fields are zero, unknown ones ignored.
    let sparse =
        parse_day("day:2026-03-12", r#"{"v":1,"date":"2026-03-12","nudges":{"snoozed":2},"mood":"fine"}"#);
    let ParsedDay::Current(sparse) = sparse else { panic!("{sparse:?}") };
    assert_eq!((sparse.longest_stretch_min, sparse.nudges), (0, counts(0, 2, 0)));
    assert_eq!(parse_day("day:2026-03-12", r#"{"v":2,"date":"2026-03-12","x":[]}"#), ParsedDay::Future);
    for bad in [
        "[1]",
        "{oops",
        r#"{"v":1,"date":"2026-03-13"}"#,
        r#"{"v":1,"date":"2026-03-12","longest_stretch_min":-4}"#,
        r#"{"v":1}"#,
    ] {
        assert!(matches!(parse_day("day:2026-03-12", bad), ParsedDay::Corrupt(_)), "{bad}");
    }
}

#[test]
fn the_write_rule_sets_a_damaged_summary_aside_and_keeps_a_newer_one() {
    assert_eq!(health("day:2026-03-12", "{oops"), Health::Unreadable);
    assert_eq!(health("day:2026-03-12", r#"{"v":9,"date":"2026-03-12"}"#), Health::Newer);
    let all: BTreeMap<String, String> = [("day:2026-03-12", "{oops"), ("day:2026-03-13", r#"{"v":9}"#)]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let fresh = |date| DaySummary::new(date);
    let plan = Plan::set(vec![
        (fresh(d(2026, 3, 12)).key(), fresh(d(2026, 3, 12)).to_stored_json()),
        (fresh(d(2026, 3, 13)).key(), fresh(d(2026, 3, 13)).to_stored_json()),
    ]);
    let (checked, report) = apply_write_rule(&all, plan);
    assert_eq!(report.kept, ["day:2026-03-13"]);
    assert_eq!(report.set_aside, ["day:2026-03-12"]);
    let keys: Vec<&str> = checked.set.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["aside:day:2026-03-12", "day:2026-03-12"]);
}
