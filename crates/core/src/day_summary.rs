//! The worker's small record of each local day: the longest sitting stretch and what became of
//! the nudges. The "Your week" view reads it beside the break records.
//!
//! One key per local day, `day:<YYYY-MM-DD>`, holding versioned JSON:
//! `{"v":1,"date":"2026-03-11","longest_stretch_min":95,"nudges":{"answered":1,"snoozed":0,"ignored":2},"open_nudge_ms":null}`.
//! Only the worker writes it, through [`crate::worker_step::step`]'s `Save` and so under the
//! store's write rule. It is read leniently: a missing field is zero, an unknown one is ignored.
//! A value that is not a JSON object, whose types are wrong, or whose date is not its key's is
//! set aside like any other; one from a newer version is kept and left out.
//!
//! # What is recorded
//! - **Longest stretch**: every step of the tracker that sees a stretch running records its
//!   length so far on the day of the step; a stretch that ends records its length at its end
//!   (an `Idle` report comes one away time after input stopped, so that much is taken off). A
//!   stretch over midnight counts on both days, as far as each saw it. A sleep records nothing
//!   more: its stretch was last recorded before the machine slept.
//! - **Nudges**: a nudge shown stays *open* on the day it was shown until it is
//!   - *answered*: the routine is opened from it, or a break is recorded within
//!     [`ANSWER_WINDOW_MS`] of it (before it would come again);
//!   - *snoozed*;
//!   - *ignored*: it came again, its stretch ended without a break, or the break came later.
//!
//!   So, once none is open, answered + snoozed + ignored is the number of nudges shown.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::clock::{iso_date, Moment, UtcMs, MINUTE_MS};
use crate::tracker::{IdleState, SittingTracker, TrackerEffect, TrackerEvent, NUDGE_REPEAT_MS};

/// Storage keys of day summaries start with this.
pub const DAY_KEY_PREFIX: &str = "day:";
/// The version written into every stored summary as `"v"`.
pub const DAY_SCHEMA: u32 = 1;
/// A break recorded this soon after a nudge answers it: before the nudge would repeat.
pub const ANSWER_WINDOW_MS: i64 = NUDGE_REPEAT_MS;

/// What became of a day's nudges.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NudgeCounts {
    pub answered: u32,
    pub snoozed: u32,
    pub ignored: u32,
}

impl NudgeCounts {
    pub fn add(&mut self, other: NudgeCounts) {
        self.answered += other.answered;
        self.snoozed += other.snoozed;
        self.ignored += other.ignored;
    }

    pub fn total(&self) -> u32 {
        self.answered + self.snoozed + self.ignored
    }
}

/// One local day, as the worker saw it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DaySummary {
    #[serde(with = "iso_date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub longest_stretch_min: u32,
    #[serde(default)]
    pub nudges: NudgeCounts,
    /// When a nudge shown this day was shown, while nothing has become of it yet.
    #[serde(default)]
    pub open_nudge_ms: Option<UtcMs>,
}

impl DaySummary {
    pub fn new(date: NaiveDate) -> Self {
        Self { date, longest_stretch_min: 0, nudges: NudgeCounts::default(), open_nudge_ms: None }
    }

    pub fn key(&self) -> String {
        day_key(self.date)
    }

    /// The stored form: the fields plus `"v"`.
    pub fn to_stored_json(&self) -> String {
        let mut value = serde_json::to_value(self).unwrap_or(Value::Null);
        if let Value::Object(map) = &mut value {
            map.insert("v".into(), Value::from(DAY_SCHEMA));
        }
        value.to_string()
    }
}

/// `day:2026-03-11`.
pub fn day_key(date: NaiveDate) -> String {
    format!("{DAY_KEY_PREFIX}{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

pub fn is_day_key(key: &str) -> bool {
    key.starts_with(DAY_KEY_PREFIX)
}

/// What this version makes of a stored summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParsedDay {
    Current(DaySummary),
    /// Written by a newer version: kept as it is, not shown.
    Future,
    /// Not a summary this version can read; the reason is for the console.
    Corrupt(String),
}

/// Reads the value stored under `key`, leniently.
pub fn parse_day(key: &str, raw: &str) -> ParsedDay {
    let value: Value = match serde_json::from_str(raw) {
        Ok(value @ Value::Object(_)) => value,
        Ok(_) => return ParsedDay::Corrupt("not a JSON object".into()),
        Err(e) => return ParsedDay::Corrupt(format!("not valid JSON ({e})")),
    };
    if value.get("v").and_then(Value::as_u64).is_some_and(|v| v > u64::from(DAY_SCHEMA)) {
        return ParsedDay::Future;
    }
    match serde_json::from_value::<DaySummary>(value) {
        Ok(day) if day.key() == key => ParsedDay::Current(day),
        Ok(day) => ParsedDay::Corrupt(format!("its date {} is not its key's", day.key())),
        Err(e) => ParsedDay::Corrupt(e.to_string()),
    }
}

/// The worker's view of the summaries while it steps: the stored ones, and which it changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DayLog {
    pub days: BTreeMap<NaiveDate, DaySummary>,
    changed: Vec<NaiveDate>,
}

impl DayLog {
    pub fn new(days: BTreeMap<NaiveDate, DaySummary>) -> Self {
        Self { days, changed: Vec::new() }
    }

    /// The summaries changed since [`DayLog::new`], to be written.
    pub fn changed(&self) -> Vec<DaySummary> {
        self.changed.iter().filter_map(|d| self.days.get(d).cloned()).collect()
    }

    fn day_mut(&mut self, date: NaiveDate) -> &mut DaySummary {
        if !self.changed.contains(&date) {
            self.changed.push(date);
        }
        self.days.entry(date).or_insert_with(|| DaySummary::new(date))
    }

    /// Records what one tracker step did: `before` and `after` the `event`, with its effects.
    pub fn observe(
        &mut self,
        before: &SittingTracker,
        after: &SittingTracker,
        event: &TrackerEvent,
        effects: &[TrackerEffect],
        now: Moment,
    ) {
        let ended = before.stretch_started().is_some() && before.stretch_started() != after.stretch_started();
        if let Some(minutes) = stretch_minutes(before, after, event, now) {
            let today = now.local_date();
            if self.days.get(&today).map_or(0, |d| d.longest_stretch_min) < minutes {
                self.day_mut(today).longest_stretch_min = minutes;
            }
        }
        match event {
            TrackerEvent::NudgeOpened => self.resolve(|_| Outcome::Answered),
            TrackerEvent::Snooze => self.resolve(|_| Outcome::Snoozed),
            TrackerEvent::BreakCompleted => self.resolve(|shown| {
                if now.utc_ms - shown <= ANSWER_WINDOW_MS {
                    Outcome::Answered
                } else {
                    Outcome::Ignored
                }
            }),
            _ if ended => self.resolve(|_| Outcome::Ignored),
            _ => {}
        }
        if effects.iter().any(|e| matches!(e, TrackerEffect::Notify { .. })) {
            // A nudge that comes again replaces the one before, which was ignored.
            self.resolve(|_| Outcome::Ignored);
            self.day_mut(now.local_date()).open_nudge_ms = Some(now.utc_ms);
        }
    }

    /// Settles the open nudge, if any, on the day it was shown.
    fn resolve(&mut self, outcome: impl FnOnce(UtcMs) -> Outcome) {
        let open = self.days.values().rev().find_map(|d| d.open_nudge_ms.map(|ms| (d.date, ms)));
        let Some((date, shown)) = open else { return };
        let day = self.day_mut(date);
        day.open_nudge_ms = None;
        match outcome(shown) {
            Outcome::Answered => day.nudges.answered += 1,
            Outcome::Snoozed => day.nudges.snoozed += 1,
            Outcome::Ignored => day.nudges.ignored += 1,
        }
    }
}

enum Outcome {
    Answered,
    Snoozed,
    Ignored,
}

/// The length of the stretch this step saw, in whole minutes: running, or ending now. `None`
/// when no live stretch was there (or it was stale: a sleep or a clock set back).
fn stretch_minutes(
    before: &SittingTracker,
    after: &SittingTracker,
    event: &TrackerEvent,
    now: Moment,
) -> Option<u32> {
    let stretch = before.stretch().filter(|_| before.sat_ms(now).is_some());
    let Some(stretch) = stretch else {
        // The first event ever, or the first after a sleep: a stretch may have started now.
        return None;
    };
    let t = now.utc_ms;
    let away_ms = i64::from(before.settings().away_min) * MINUTE_MS;
    let end = if after.stretch_started() == Some(stretch.started_ms) {
        t
    } else if let Some(since) = stretch.silent_idle_since_ms {
        t.min(since + away_ms)
    } else if *event == TrackerEvent::Idle(IdleState::Idle) {
        t - away_ms
    } else {
        t
    };
    u32::try_from((end - stretch.started_ms).max(0) / MINUTE_MS).ok()
}

#[cfg(test)]
#[path = "day_summary_tests.rs"]
mod tests;
