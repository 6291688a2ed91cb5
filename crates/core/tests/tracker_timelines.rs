//! Timelines for the sitting tracker: events at wall-clock times (UTC, offset 0), checking the
//! effects the worker would carry out and the state it would store. 2026-11-25 is a Wednesday.

use chrono::NaiveDateTime;
use deskbreak_core::clock::{Moment, UtcMs, HOUR_MS, MINUTE_MS};
use deskbreak_core::settings::{Pause, SettingChange, Settings};
use deskbreak_core::tracker::TrackerEffect::*;
use deskbreak_core::tracker::{
    IdleState, NudgeKind, SittingTracker, Stretch, TrackerEffect, TrackerEvent as E, HEARTBEAT_MS,
};
use proptest::prelude::*;

#[path = "support/proptest_cases.rs"]
mod proptest_cases;
use proptest_cases::proptest_config;

/// "YYYY-MM-DD HH:MM" at UTC offset 0.
fn at(text: &str) -> Moment {
    let ms = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap().and_utc().timestamp_millis();
    Moment::new(ms, 0)
}

fn ms(text: &str) -> UtcMs {
    at(text).utc_ms
}

/// The settings these timelines of the full nudge use: the quick-move nudge off (its own
/// timelines are at the end, with the default settings).
fn full_only() -> Settings {
    Settings { quick_nudge_min: None, ..Settings::default() }
}

fn min(m: i64) -> i64 {
    m * MINUTE_MS
}

fn alarm(text: &str) -> TrackerEffect {
    ScheduleAlarm { at_ms: ms(text) }
}

fn badge(minutes: u32) -> TrackerEffect {
    Badge { minutes: Some(minutes) }
}

/// The worker's loop: one tracker, stored and reloaded between events.
struct Worker {
    tracker: SittingTracker,
}

impl Worker {
    fn new(settings: Settings) -> Self {
        Self { tracker: SittingTracker::new(settings) }
    }

    fn send(&mut self, event: E, when: &str) -> Vec<TrackerEffect> {
        self.send_at(event, at(when))
    }

    fn send_at(&mut self, event: E, now: Moment) -> Vec<TrackerEffect> {
        let (next, effects) = self.tracker.clone().on(event, now);
        self.tracker = next;
        effects
    }

    /// Lets every alarm fire on time up to `until` and returns what each one did.
    fn alarms_until(&mut self, until: &str) -> Vec<(UtcMs, Vec<TrackerEffect>)> {
        let until = ms(until);
        let mut fired = Vec::new();
        while let Some(a) = self.tracker.alarm_at().filter(|a| *a <= until) {
            fired.push((a, self.send_at(E::Alarm, Moment::new(a, 0))));
        }
        fired
    }

    fn stretch(&self) -> Stretch {
        *self.tracker.stretch().expect("a stretch")
    }
}

fn notify_times(fired: &[(UtcMs, Vec<TrackerEffect>)]) -> Vec<UtcMs> {
    fired.iter().filter(|(_, fx)| fx.iter().any(|e| matches!(e, Notify { .. }))).map(|(t, _)| *t).collect()
}

fn active_at(settings: Settings, when: &str) -> Worker {
    let mut w = Worker::new(settings);
    w.send(E::Idle(IdleState::Active), when);
    w
}

#[test]
fn nudge_comes_exactly_at_the_interval() {
    let mut w = Worker::new(full_only());
    assert_eq!(
        w.send(E::Idle(IdleState::Active), "2026-11-25 09:00"),
        vec![alarm("2026-11-25 09:30"), badge(0)]
    );
    assert_eq!(w.send(E::Alarm, "2026-11-25 09:30"), vec![alarm("2026-11-25 10:00"), badge(30)]);
    assert_eq!(w.send(E::Alarm, "2026-11-25 10:00"), vec![alarm("2026-11-25 10:30"), badge(60)]);
    // One minute before the interval: any event, and still no nudge.
    assert_eq!(w.send(E::Audible(false), "2026-11-25 10:29"), vec![badge(89)]);
    assert!(!w.tracker.over_interval(at("2026-11-25 10:29")));
    assert_eq!(
        w.send(E::Alarm, "2026-11-25 10:30"),
        vec![Notify { sat_ms: min(90) }, alarm("2026-11-25 11:00"), badge(90)]
    );
    assert_eq!(
        w.stretch(),
        Stretch {
            started_ms: ms("2026-11-25 09:00"),
            nudges_shown: 1,
            next_due_ms: Some(ms("2026-11-25 11:00")),
            deferred: false,
            routine_started: false,
            silent_idle_since_ms: None,
            quick_due_ms: None,
            quick_shown: false,
            notified: Some(NudgeKind::Full),
        }
    );
    assert!(w.tracker.over_interval(at("2026-11-25 10:30")));
}

#[test]
fn the_first_event_while_active_starts_a_stretch() {
    let mut w = Worker::new(full_only());
    assert_eq!(
        w.send(E::Startup, "2026-11-25 09:00"),
        vec![alarm("2026-11-25 09:30"), badge(0), SetIdleDetection { seconds: 300 }]
    );
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-25 09:00")));

    let mut w = Worker::new(full_only());
    assert_eq!(w.send(E::Idle(IdleState::Idle), "2026-11-25 09:00"), vec![]);
    assert_eq!(w.tracker.stretch_started(), None);
}

#[test]
fn the_away_time_ends_the_stretch_and_activity_starts_a_new_one() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 09:30");
    // chrome.idle reports Idle only after the away time: input stopped at 09:42.
    assert_eq!(
        w.send(E::Idle(IdleState::Idle), "2026-11-25 09:47"),
        vec![CancelAlarm, Badge { minutes: None }]
    );
    assert_eq!(w.tracker.stretch(), None);
    assert_eq!(w.tracker.alarm_at(), None);
    assert_eq!(w.tracker.idle_state(), IdleState::Idle);

    assert_eq!(
        w.send(E::Idle(IdleState::Active), "2026-11-25 09:55"),
        vec![alarm("2026-11-25 10:25"), badge(0)]
    );
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-25 09:55")));
    assert_eq!(w.tracker.next_nudge_at(at("2026-11-25 09:55")), Some(ms("2026-11-25 11:25")));
}

#[test]
fn a_short_pause_in_typing_does_not_reset_the_stretch() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    // A 2-minute pause never reaches the detection interval, so chrome.idle says nothing; a
    // repeated Active report changes nothing either, not even the alarm.
    assert_eq!(w.send(E::Idle(IdleState::Active), "2026-11-25 09:12"), vec![badge(12)]);
    assert_eq!(w.tracker.alarm_at(), Some(ms("2026-11-25 09:30")));
    let fired = w.alarms_until("2026-11-25 10:30");
    assert_eq!(notify_times(&fired), vec![ms("2026-11-25 10:30")]);
    assert_eq!(fired.last().map(|(_, fx)| fx[0].clone()), Some(Notify { sat_ms: min(90) }));
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-25 09:00")));
}

#[test]
fn a_changed_away_time_moves_the_idle_detection_with_it() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    let settings = Settings { away_min: 10, ..full_only() };
    assert_eq!(
        w.send(E::SettingsChanged(settings), "2026-11-25 09:05"),
        vec![badge(5), SetIdleDetection { seconds: 600 }]
    );
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-25 09:00")));
}

/// Firefox never reports `locked`: a locked screen is a screen without input, so its idle
/// detection reports `idle` one away time after the lock, and the stretch ends where it would
/// have in Chromium (no nudge while locked, a fresh stretch on return).
#[test]
fn a_lock_without_a_locked_state_still_ends_the_stretch() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 10:30");
    assert_eq!(w.stretch().nudges_shown, 1);
    // Locked at 10:40; Firefox says only "idle", away_min (5) later.
    assert_eq!(
        w.send(E::Idle(IdleState::Idle), "2026-11-25 10:45"),
        vec![ClearNotification, CancelAlarm, Badge { minutes: None }]
    );
    assert_eq!(w.tracker.stretch(), None);
    assert!(w.alarms_until("2026-11-25 12:00").is_empty(), "no nudge while the screen is locked");
    assert_eq!(
        w.send(E::Idle(IdleState::Active), "2026-11-25 12:00"),
        vec![alarm("2026-11-25 12:30"), badge(0)]
    );
    assert_eq!(w.stretch().nudges_shown, 0);
}

/// A lid closed with no idle report at all (the machine slept at once): the alarm fires late on
/// waking, the sleep is detected from the gap, and the stretch starts again.
#[test]
fn a_sleep_with_no_idle_report_is_detected_from_the_late_alarm() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    assert_eq!(w.tracker.alarm_at(), Some(ms("2026-11-25 09:30")));
    // The alarm due at 09:30 fires when the machine wakes at 13:00.
    w.send(E::Alarm, "2026-11-25 13:00");
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-25 13:00")));
    assert_eq!(w.tracker.sat_ms(at("2026-11-25 13:01")), Some(min(1)));
}

#[test]
fn a_lock_ends_the_stretch_clears_the_badge_and_cancels_the_alarm() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 10:30");
    assert_eq!(w.stretch().nudges_shown, 1);
    assert_eq!(
        w.send(E::Idle(IdleState::Locked), "2026-11-25 10:40"),
        vec![ClearNotification, CancelAlarm, Badge { minutes: None }]
    );
    assert_eq!(w.tracker.stretch(), None);
    assert_eq!(w.tracker.alarm_at(), None);
    assert_eq!(w.tracker.sat_ms(at("2026-11-25 10:41")), None);

    assert_eq!(
        w.send(E::Idle(IdleState::Active), "2026-11-25 10:50"),
        vec![alarm("2026-11-25 11:20"), badge(0)]
    );
    assert_eq!(w.stretch().nudges_shown, 0);
}

#[test]
fn a_slightly_late_alarm_is_not_a_sleep() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    // 4 minutes late is within the 5-minute away time.
    assert_eq!(w.send(E::Alarm, "2026-11-25 09:34"), vec![alarm("2026-11-25 10:30"), badge(34)]);
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-25 09:00")));
}

#[test]
fn a_sleep_gap_ends_the_stretch_and_starts_a_fresh_one() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 10:00");
    assert_eq!(w.tracker.alarm_at(), Some(ms("2026-11-25 10:30")));
    // The lid closed at 10:10 without a lock; the 10:30 alarm fires on waking at 14:00.
    assert_eq!(w.send(E::Alarm, "2026-11-25 14:00"), vec![alarm("2026-11-25 14:30"), badge(0)]);
    assert_eq!(
        w.stretch(),
        Stretch {
            started_ms: ms("2026-11-25 14:00"),
            nudges_shown: 0,
            next_due_ms: Some(ms("2026-11-25 15:30")),
            deferred: false,
            routine_started: false,
            silent_idle_since_ms: None,
            quick_due_ms: None,
            quick_shown: false,
            notified: None,
        }
    );
}

#[test]
fn a_browser_closed_overnight_starts_a_fresh_stretch_on_startup() {
    let mut w = active_at(full_only(), "2026-11-25 16:30");
    let stored = serde_json::to_string(&w.tracker).unwrap();
    // Chrome was closed at 16:40 and opened the next morning.
    w.tracker = serde_json::from_str(&stored).unwrap();
    // Reading the stored state before the worker runs shows no stale stretch either.
    assert_eq!(w.tracker.sat_ms(at("2026-11-26 08:55")), None);
    assert!(!w.tracker.over_interval(at("2026-11-26 08:55")));
    assert_eq!(
        w.send(E::Startup, "2026-11-26 08:55"),
        vec![alarm("2026-11-26 09:25"), badge(0), SetIdleDetection { seconds: 300 }]
    );
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-26 08:55")));
}

#[test]
fn a_clock_set_back_restarts_the_stretch_without_negative_durations() {
    let mut w = active_at(full_only(), "2026-11-25 10:00");
    w.alarms_until("2026-11-25 10:30");
    // The clock jumps back to 09:15.
    assert_eq!(w.tracker.sat_ms(at("2026-11-25 09:15")), None);
    assert_eq!(w.send(E::Audible(false), "2026-11-25 09:15"), vec![alarm("2026-11-25 09:45"), badge(0)]);
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-25 09:15")));
    assert_eq!(w.tracker.sat_ms(at("2026-11-25 09:15")), Some(0));
    assert_eq!(w.tracker.next_nudge_at(at("2026-11-25 09:15")), Some(ms("2026-11-25 10:45")));
}

#[test]
fn snooze_brings_the_nudge_back_15_minutes_later() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 10:30");
    assert_eq!(
        w.send(E::Snooze, "2026-11-25 10:32"),
        vec![ClearNotification, alarm("2026-11-25 10:47"), badge(92)]
    );
    assert_eq!(w.stretch().next_due_ms, Some(ms("2026-11-25 10:47")));
    assert_eq!(
        w.send(E::Alarm, "2026-11-25 10:47"),
        vec![Notify { sat_ms: min(107) }, alarm("2026-11-25 11:17"), badge(107)]
    );
    // The snoozed nudge counts: one more ignored repeat reaches the limit of 3.
    let fired = w.alarms_until("2026-11-25 13:00");
    assert_eq!(notify_times(&fired), vec![ms("2026-11-25 11:17")]);
    assert_eq!(w.stretch().nudges_shown, 3);
    assert_eq!(w.stretch().next_due_ms, None);
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-25 09:00")));
}

#[test]
fn ignored_nudges_repeat_every_30_minutes_at_most_3_times() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    let fired = w.alarms_until("2026-11-25 14:00");
    assert_eq!(
        notify_times(&fired),
        vec![ms("2026-11-25 10:30"), ms("2026-11-25 11:00"), ms("2026-11-25 11:30")]
    );
    assert_eq!(w.stretch().nudges_shown, 3);
    assert_eq!(w.tracker.next_nudge_at(at("2026-11-25 14:00")), None);
}

#[test]
fn snoozing_the_last_nudge_still_brings_it_back_once() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 11:30");
    assert_eq!(w.stretch().nudges_shown, 3);
    w.send(E::Snooze, "2026-11-25 11:35");
    let fired = w.alarms_until("2026-11-25 14:00");
    assert_eq!(notify_times(&fired), vec![ms("2026-11-25 11:50")]);
    assert_eq!(w.stretch().nudges_shown, 4);
}

#[test]
fn a_stale_snooze_from_an_earlier_stretch_delays_nothing() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    assert_eq!(w.send(E::Snooze, "2026-11-25 09:10"), vec![ClearNotification, badge(10)]);
    assert_eq!(w.stretch().next_due_ms, Some(ms("2026-11-25 10:30")));
}

#[test]
fn the_banners_snooze_before_the_first_nudge_delays_it_15_minutes() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 10:29");
    // The banner shows from 10:30; the user snoozes at 10:30 before the nudge's alarm has fired.
    w.send(E::Snooze, "2026-11-25 10:30");
    assert_eq!(w.stretch().next_due_ms, Some(ms("2026-11-25 10:45")));
    let fired = w.alarms_until("2026-11-25 10:50");
    assert_eq!(notify_times(&fired), vec![ms("2026-11-25 10:45")]);
}

#[test]
fn opening_the_nudge_stops_nudging_until_the_break_ends_the_stretch() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 10:30");
    assert_eq!(w.send(E::NudgeOpened, "2026-11-25 10:31"), vec![ClearNotification, badge(91)]);
    assert!(w.stretch().routine_started);
    assert_eq!(w.tracker.next_nudge_at(at("2026-11-25 10:31")), None);
    let fired = w.alarms_until("2026-11-25 11:00");
    assert!(notify_times(&fired).is_empty());

    // The break is saved: a new stretch starts now, since the user is still active.
    assert_eq!(w.send(E::BreakCompleted, "2026-11-25 11:05"), vec![ClearNotification, badge(0)]);
    assert_eq!(
        w.stretch(),
        Stretch {
            started_ms: ms("2026-11-25 11:05"),
            nudges_shown: 0,
            next_due_ms: Some(ms("2026-11-25 12:35")),
            deferred: false,
            routine_started: false,
            silent_idle_since_ms: None,
            quick_due_ms: None,
            quick_shown: false,
            notified: None,
        }
    );
    let fired = w.alarms_until("2026-11-25 12:35");
    assert_eq!(notify_times(&fired), vec![ms("2026-11-25 12:35")]);
}

#[test]
fn a_nudge_due_after_hours_waits_for_the_next_work_day() {
    let mut w = active_at(full_only(), "2026-11-25 17:00");
    // Due at 18:30, after the 18:00 end: Thursday 09:00.
    assert_eq!(w.tracker.next_nudge_at(at("2026-11-25 17:00")), Some(ms("2026-11-26 09:00")));
    let fired = w.alarms_until("2026-11-26 08:59");
    assert!(notify_times(&fired).is_empty());
}

#[test]
fn friday_evening_waits_for_monday_morning() {
    // 2026-11-27 is a Friday.
    let mut w = active_at(full_only(), "2026-11-27 17:00");
    assert_eq!(w.tracker.next_nudge_at(at("2026-11-27 17:00")), Some(ms("2026-11-30 09:00")));
    let fired = w.alarms_until("2026-11-30 09:00");
    assert_eq!(notify_times(&fired), vec![ms("2026-11-30 09:00")]);
    // The alarm set half an hour before is the computed work start, not a poll that found it.
    let (before, fx) = &fired[fired.len() - 2];
    assert_eq!(*before, ms("2026-11-30 08:30"));
    assert!(fx.contains(&alarm("2026-11-30 09:00")));
    assert!(fired.windows(2).all(|p| p[1].0 - p[0].0 >= min(30)));
}

#[test]
fn a_saturday_has_no_nudges() {
    let mut w = active_at(full_only(), "2026-11-28 10:00");
    assert_eq!(w.tracker.next_nudge_at(at("2026-11-28 10:00")), Some(ms("2026-11-30 09:00")));
    assert!(notify_times(&w.alarms_until("2026-11-28 18:00")).is_empty());
}

fn night_shift() -> Settings {
    Settings { work_start: 22 * 60, work_end: 6 * 60, ..full_only() }
}

#[test]
fn an_overnight_shift_nudges_across_midnight() {
    let mut w = active_at(night_shift(), "2026-11-25 23:00");
    let fired = w.alarms_until("2026-11-26 01:00");
    assert_eq!(notify_times(&fired), vec![ms("2026-11-26 00:30"), ms("2026-11-26 01:00")]);
}

#[test]
fn an_overnight_shift_holds_an_evening_nudge_until_it_starts() {
    let mut w = active_at(night_shift(), "2026-11-25 20:00");
    assert_eq!(w.tracker.next_nudge_at(at("2026-11-25 20:00")), Some(ms("2026-11-25 22:00")));
    let fired = w.alarms_until("2026-11-25 22:00");
    assert_eq!(notify_times(&fired), vec![ms("2026-11-25 22:00")]);
    assert_eq!(fired.last().map(|(_, fx)| fx[0].clone()), Some(Notify { sat_ms: 2 * HOUR_MS }));
}

#[test]
fn friday_night_shift_ends_saturday_morning_and_resumes_monday_night() {
    // Saturday 04:00 still belongs to Friday's shift.
    let mut w = active_at(night_shift(), "2026-11-28 04:00");
    let fired = w.alarms_until("2026-11-28 06:00");
    assert_eq!(notify_times(&fired), vec![ms("2026-11-28 05:30")]);
    // The 06:00 repeat falls at the end of the shift: it waits for Monday night.
    assert_eq!(w.stretch().nudges_shown, 1);
    assert_eq!(w.tracker.next_nudge_at(at("2026-11-28 06:00")), Some(ms("2026-11-30 22:00")));
}

#[test]
fn pausing_for_an_hour_holds_the_nudge_until_the_pause_ends() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 10:00");
    let paused =
        full_only().apply(SettingChange::PauseNudges(Pause::OneHour), at("2026-11-25 10:05")).unwrap();
    assert_eq!(w.send(E::SettingsChanged(paused), "2026-11-25 10:05"), vec![badge(65)]);
    assert_eq!(w.tracker.next_nudge_at(at("2026-11-25 10:05")), Some(ms("2026-11-25 11:05")));
    let fired = w.alarms_until("2026-11-25 11:05");
    assert_eq!(notify_times(&fired), vec![ms("2026-11-25 11:05")]);
    assert_eq!(fired.last().map(|(_, fx)| fx[0].clone()), Some(Notify { sat_ms: min(125) }));
}

#[test]
fn pausing_until_tomorrow_silences_the_rest_of_the_day() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    let paused =
        full_only().apply(SettingChange::PauseNudges(Pause::UntilTomorrow), at("2026-11-25 10:00")).unwrap();
    w.alarms_until("2026-11-25 10:00");
    w.send(E::SettingsChanged(paused.clone()), "2026-11-25 10:00");
    assert!(notify_times(&w.alarms_until("2026-11-25 17:59")).is_empty());
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-25 09:00")));
    assert_eq!(w.tracker.next_nudge_at(at("2026-11-25 17:59")), Some(ms("2026-11-26 09:00")));

    // Resuming delivers the overdue nudge at once.
    let resumed = paused.apply(SettingChange::ResumeNudges, at("2026-11-25 12:00")).unwrap();
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 10:00");
    w.send(E::SettingsChanged(paused), "2026-11-25 10:00");
    w.alarms_until("2026-11-25 12:00");
    let fx = w.send(E::SettingsChanged(resumed), "2026-11-25 12:10");
    assert_eq!(fx[0], Notify { sat_ms: min(190) });
}

#[test]
fn a_shorter_interval_nudges_at_once_and_a_longer_one_moves_the_nudge() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 10:00");
    let shorter = Settings { nudge_interval_min: 45, ..full_only() };
    assert_eq!(
        w.send(E::SettingsChanged(shorter), "2026-11-25 10:05"),
        vec![Notify { sat_ms: min(65) }, alarm("2026-11-25 10:35"), badge(65)]
    );

    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 10:00");
    let longer = Settings { nudge_interval_min: 120, ..full_only() };
    assert_eq!(
        w.send(E::SettingsChanged(longer), "2026-11-25 10:05"),
        vec![alarm("2026-11-25 11:00"), badge(65)]
    );
    assert_eq!(
        notify_times(&w.alarms_until("2026-11-25 12:00")),
        vec![ms("2026-11-25 11:00"), ms("2026-11-25 11:30"), ms("2026-11-25 12:00")]
    );
}

#[test]
fn sound_defers_the_nudge_until_it_stops_and_keeps_the_stretch() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 10:00");
    assert_eq!(w.send(E::Audible(true), "2026-11-25 10:10"), vec![badge(70)]);
    assert_eq!(w.send(E::Alarm, "2026-11-25 10:30"), vec![alarm("2026-11-25 11:00"), badge(90)]);
    assert!(w.stretch().deferred);
    assert_eq!(w.stretch().nudges_shown, 0);
    assert_eq!(w.send(E::Alarm, "2026-11-25 11:00"), vec![alarm("2026-11-25 11:30"), badge(120)]);
    assert_eq!(
        w.send(E::Audible(false), "2026-11-25 11:12"),
        vec![Notify { sat_ms: min(132) }, alarm("2026-11-25 11:42"), badge(132)]
    );
    assert_eq!(
        w.stretch(),
        Stretch {
            started_ms: ms("2026-11-25 09:00"),
            nudges_shown: 1,
            next_due_ms: Some(ms("2026-11-25 11:42")),
            deferred: false,
            routine_started: false,
            silent_idle_since_ms: None,
            quick_due_ms: None,
            quick_shown: false,
            notified: Some(NudgeKind::Full),
        }
    );
}

#[test]
fn a_call_without_typing_is_still_sitting() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 10:00");
    w.send(E::Audible(true), "2026-11-25 10:10");
    // No input during the call: chrome.idle says Idle, but the stretch goes on.
    assert_eq!(w.send(E::Idle(IdleState::Idle), "2026-11-25 10:20"), vec![badge(80)]);
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-25 09:00")));
    w.alarms_until("2026-11-25 10:30");
    assert!(w.stretch().deferred);
    // The call ends: the nudge comes right after, and the user has one away time to come back.
    assert_eq!(
        w.send(E::Audible(false), "2026-11-25 10:52"),
        vec![Notify { sat_ms: min(112) }, alarm("2026-11-25 10:57"), badge(112)]
    );
    assert_eq!(
        w.send(E::Idle(IdleState::Active), "2026-11-25 10:53"),
        vec![alarm("2026-11-25 11:22"), badge(113)]
    );
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-25 09:00")));
}

#[test]
fn leaving_after_a_call_ends_the_stretch_one_away_time_later() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.send(E::Audible(true), "2026-11-25 09:10");
    w.send(E::Idle(IdleState::Idle), "2026-11-25 09:20");
    w.alarms_until("2026-11-25 09:30");
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-25 09:00")));
    w.send(E::Audible(false), "2026-11-25 09:40");
    assert_eq!(w.tracker.alarm_at(), Some(ms("2026-11-25 09:45")));
    assert_eq!(w.send(E::Alarm, "2026-11-25 09:45"), vec![CancelAlarm, Badge { minutes: None }]);
    assert_eq!(w.tracker.stretch(), None);
}

#[test]
fn a_worker_restart_continues_the_same_stretch() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 10:00");
    let stored = serde_json::to_string(&w.tracker).unwrap();
    let restored: SittingTracker = serde_json::from_str(&stored).unwrap();
    assert_eq!(restored, w.tracker);

    let mut w = Worker { tracker: restored };
    assert_eq!(
        w.send(E::Startup, "2026-11-25 10:10"),
        vec![alarm("2026-11-25 10:30"), badge(70), SetIdleDetection { seconds: 300 }]
    );
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-25 09:00")));
    assert_eq!(w.send(E::Alarm, "2026-11-25 10:30")[0], Notify { sat_ms: min(90) });
}

/// Counts alarm wake-ups in every 60-minute window starting at a wake-up.
fn max_wakeups_per_hour(fired: &[(UtcMs, Vec<TrackerEffect>)]) -> usize {
    fired
        .iter()
        .map(|(t, _)| fired.iter().filter(|(u, _)| *u >= *t && *u < t + HOUR_MS).count())
        .max()
        .unwrap_or(0)
}

#[test]
fn a_steady_workday_wakes_the_worker_at_most_twice_an_hour() {
    let mut w = active_at(full_only(), "2026-11-25 09:00");
    let fired = w.alarms_until("2026-11-25 17:00");
    assert_eq!(fired.len(), 16);
    assert!(max_wakeups_per_hour(&fired) <= 2);
    assert_eq!(notify_times(&fired).len(), 3);
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-25 09:00")));
    assert_eq!(w.send(E::Audible(false), "2026-11-25 17:00"), vec![]);
}

proptest! {
    #![proptest_config(proptest_config(64))]

    #[test]
    fn any_steady_stretch_wakes_at_most_twice_an_hour(
        interval in 30u16..=180,
        away in 1u16..=30,
        quick in prop::option::of(20u16..=60),
        start_min in 0i64..(7 * 24 * 60),
    ) {
        let settings = Settings {
            nudge_interval_min: interval,
            away_min: away,
            quick_nudge_min: quick,
            ..Settings::default()
        };
        let start = ms("2026-11-23 00:00") + min(start_min);
        let mut w = Worker::new(settings);
        w.send_at(E::Idle(IdleState::Active), Moment::new(start, 0));
        let mut fired = Vec::new();
        while let Some(a) = w.tracker.alarm_at().filter(|a| *a <= start + 8 * HOUR_MS) {
            fired.push((a, w.send_at(E::Alarm, Moment::new(a, 0))));
        }
        prop_assert!(max_wakeups_per_hour(&fired) <= 2);
        let nudges = notify_times(&fired);
        prop_assert!(nudges.len() <= 3);
        prop_assert!(nudges.iter().all(|t| *t >= start + min(i64::from(interval))));
        prop_assert_eq!(w.tracker.stretch_started(), Some(start));
    }
}

// ---------------------------------------------------------------------------------------------
// Two nudges (issue 11): the quiet quick-move nudge at 30 minutes, the full one at 90, with the
// default settings.

fn quick_badge(minutes: u32) -> TrackerEffect {
    QuickBadge { minutes }
}

fn offer(w: &Worker, when: &str) -> Option<NudgeKind> {
    w.tracker.offer(at(when)).map(|(kind, _)| kind)
}

#[test]
fn the_quick_nudge_comes_quietly_at_30_minutes_and_the_full_one_at_90() {
    let mut w = Worker::new(Settings::default());
    assert_eq!(
        w.send(E::Idle(IdleState::Active), "2026-11-25 09:00"),
        vec![alarm("2026-11-25 09:30"), badge(0)]
    );
    assert_eq!(offer(&w, "2026-11-25 09:29"), None);
    // Quiet: the badge changes its look, no notification.
    assert_eq!(w.send(E::Alarm, "2026-11-25 09:30"), vec![alarm("2026-11-25 10:00"), quick_badge(30)]);
    assert!(w.stretch().quick_shown);
    assert_eq!(w.tracker.offer(at("2026-11-25 09:31")), Some((NudgeKind::Quick, min(31))));
    assert_eq!(w.send(E::Alarm, "2026-11-25 10:00"), vec![alarm("2026-11-25 10:30"), quick_badge(60)]);
    // The full nudge by notification; the badge goes back to its usual look.
    assert_eq!(
        w.send(E::Alarm, "2026-11-25 10:30"),
        vec![Notify { sat_ms: min(90) }, alarm("2026-11-25 11:00"), badge(90)]
    );
    assert_eq!(w.tracker.offer(at("2026-11-25 10:30")), Some((NudgeKind::Full, min(90))));
    assert_eq!(w.tracker.notified(), Some(NudgeKind::Full));
}

#[test]
fn a_quick_move_ends_the_stretch_for_both_nudges() {
    let mut w = active_at(Settings::default(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 09:30");
    assert!(w.stretch().quick_shown);
    // The quick move's record is saved at 09:33: a new stretch, with both nudges ahead of it.
    assert_eq!(w.send(E::BreakCompleted, "2026-11-25 09:33"), vec![alarm("2026-11-25 10:03"), badge(0)]);
    assert_eq!(w.tracker.stretch_started(), Some(ms("2026-11-25 09:33")));
    assert_eq!(offer(&w, "2026-11-25 09:40"), None);
    assert_eq!(w.tracker.next_quick_at(at("2026-11-25 09:40")), Some(ms("2026-11-25 10:03")));
    assert_eq!(w.tracker.next_nudge_at(at("2026-11-25 09:40")), Some(ms("2026-11-25 11:03")));
    let fired = w.alarms_until("2026-11-25 11:03");
    assert_eq!(notify_times(&fired), vec![ms("2026-11-25 11:03")]);
    assert_eq!(fired[0], (ms("2026-11-25 10:03"), vec![alarm("2026-11-25 10:33"), quick_badge(30)]));
}

#[test]
fn a_snoozed_quick_nudge_waits_15_minutes() {
    let mut w = active_at(Settings::default(), "2026-11-25 09:00");
    w.alarms_until("2026-11-25 09:30");
    // The banner's Snooze: the quick offer and its badge go, the full nudge keeps its time.
    assert_eq!(
        w.send(E::Snooze, "2026-11-25 09:32"),
        vec![ClearNotification, alarm("2026-11-25 09:47"), badge(32)]
    );
    assert_eq!(offer(&w, "2026-11-25 09:46"), None);
    assert_eq!(w.tracker.next_nudge_at(at("2026-11-25 09:46")), Some(ms("2026-11-25 10:30")));
    assert_eq!(offer(&w, "2026-11-25 09:47"), Some(NudgeKind::Quick));
    assert_eq!(w.send(E::Alarm, "2026-11-25 09:47"), vec![alarm("2026-11-25 10:30"), quick_badge(47)]);
    let fired = w.alarms_until("2026-11-25 10:30");
    assert_eq!(notify_times(&fired), vec![ms("2026-11-25 10:30")]);
}

#[test]
fn the_quick_notification_comes_only_when_asked_and_opening_it_leaves_the_full_nudge() {
    let settings = Settings { quick_notify: true, ..Settings::default() };
    let mut w = active_at(settings, "2026-11-25 09:00");
    assert_eq!(
        w.send(E::Alarm, "2026-11-25 09:30"),
        vec![NotifyQuick { sat_ms: min(30) }, alarm("2026-11-25 10:00"), quick_badge(30)]
    );
    assert_eq!(w.tracker.notified(), Some(NudgeKind::Quick));
    // Its Start opens the quick move: no more quick nudges, but no silence for the full one.
    assert_eq!(
        w.send(E::NudgeOpened, "2026-11-25 09:31"),
        vec![ClearNotification, alarm("2026-11-25 10:30"), badge(31)]
    );
    assert!(!w.stretch().routine_started);
    assert_eq!(w.tracker.next_nudge_at(at("2026-11-25 09:31")), Some(ms("2026-11-25 10:30")));
    // The quick move was abandoned: the full nudge comes at 90 minutes.
    let fired = w.alarms_until("2026-11-25 10:30");
    assert_eq!(notify_times(&fired), vec![ms("2026-11-25 10:30")]);
    // A stretch ending with a quick notification on screen clears it.
    let mut w = active_at(Settings { quick_notify: true, ..Settings::default() }, "2026-11-25 09:00");
    w.alarms_until("2026-11-25 09:30");
    assert_eq!(w.send(E::Idle(IdleState::Locked), "2026-11-25 09:35")[0], ClearNotification);
}

#[test]
fn the_quick_nudge_keeps_work_hours() {
    // Wednesday 17:45: the quick nudge would be due at 18:15, after work hours.
    let mut w = active_at(Settings::default(), "2026-11-25 17:45");
    let fired = w.alarms_until("2026-11-25 19:00");
    assert!(fired
        .iter()
        .all(|(_, fx)| !fx.iter().any(|e| matches!(e, QuickBadge { .. } | NotifyQuick { .. }))));
    assert_eq!(offer(&w, "2026-11-25 18:20"), None);
    assert_eq!(w.tracker.next_quick_at(at("2026-11-25 18:20")), Some(ms("2026-11-26 09:00")));
}

#[test]
fn the_quick_nudge_keeps_a_pause_and_waits_for_sound() {
    let settings = Settings::default();
    let mut w = active_at(settings.clone(), "2026-11-25 09:00");
    let paused = settings.apply(SettingChange::PauseNudges(Pause::OneHour), at("2026-11-25 09:10")).unwrap();
    w.send(E::SettingsChanged(paused), "2026-11-25 09:10");
    assert_eq!(w.send(E::Alarm, "2026-11-25 09:30"), vec![alarm("2026-11-25 10:00"), badge(30)]);
    assert_eq!(offer(&w, "2026-11-25 09:40"), None, "paused until 10:10");
    // The full nudge comes at 10:30, so no alarm wakes the worker for the quick one at 10:10:
    // the badge keeps its look, and the New Tab offers the quick move once the pause is over.
    assert_eq!(w.send(E::Alarm, "2026-11-25 10:00"), vec![alarm("2026-11-25 10:30"), badge(60)]);
    assert_eq!(offer(&w, "2026-11-25 10:15"), Some(NudgeKind::Quick));

    // A call plays at 09:30: the quick nudge is deferred, and comes when the sound stops.
    let mut w = active_at(Settings::default(), "2026-11-25 09:00");
    w.send(E::Audible(true), "2026-11-25 09:10");
    assert_eq!(w.send(E::Alarm, "2026-11-25 09:30"), vec![alarm("2026-11-25 10:00"), badge(30)]);
    assert!(w.stretch().deferred);
    assert_eq!(
        w.send(E::Audible(false), "2026-11-25 09:41"),
        vec![alarm("2026-11-25 10:30"), quick_badge(41)]
    );
    assert!(!w.stretch().deferred);
}

#[test]
fn a_quick_nudge_close_to_the_full_one_shares_its_wake_up() {
    // Quick at 20, full at 30: one alarm at 30 covers both, so the alarms stay 30 minutes apart.
    let settings = Settings { nudge_interval_min: 30, quick_nudge_min: Some(20), ..Settings::default() };
    let mut w = active_at(settings, "2026-11-25 09:00");
    assert_eq!(w.tracker.alarm_at(), Some(ms("2026-11-25 09:30")));
    // The New Tab offers the quick move from 20 minutes on all the same.
    assert_eq!(offer(&w, "2026-11-25 09:21"), Some(NudgeKind::Quick));
    assert_eq!(
        w.send(E::Alarm, "2026-11-25 09:30"),
        vec![Notify { sat_ms: min(30) }, alarm("2026-11-25 10:00"), badge(30)]
    );
    // A quick nudge set later than the full one is not set at all.
    let settings = Settings { nudge_interval_min: 30, quick_nudge_min: Some(45), ..Settings::default() };
    let w = active_at(settings, "2026-11-25 09:00");
    assert_eq!(w.stretch().quick_due_ms, None);
    // Off is off.
    let w = active_at(Settings { quick_nudge_min: None, ..Settings::default() }, "2026-11-25 09:00");
    assert_eq!((w.stretch().quick_due_ms, offer(&w, "2026-11-25 10:00")), (None, None));
}

#[test]
fn a_steady_workday_with_both_nudges_wakes_the_worker_at_most_twice_an_hour() {
    let mut w = active_at(Settings::default(), "2026-11-25 09:00");
    let fired = w.alarms_until("2026-11-25 17:00");
    assert_eq!(fired.len(), 16);
    assert!(max_wakeups_per_hour(&fired) <= 2);
    assert!(fired.windows(2).all(|p| p[1].0 - p[0].0 >= HEARTBEAT_MS));
    assert_eq!(notify_times(&fired).len(), 3);
}
