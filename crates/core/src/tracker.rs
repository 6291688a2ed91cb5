//! The sitting tracker: a pure state machine behind the nudges.
//!
//! The service worker feeds it events with the current time and carries out the effects it
//! returns. MV3 stops the worker at will, so the whole state is serde data that the worker stores
//! under [`STORAGE_KEY`] after every event; a restart in the middle of a stretch continues it.
//!
//! # Stretches
//! - A stretch starts when the user becomes active: `Idle(Active)` with no stretch running, or any
//!   event while the last known state is active (the first event ever, right after a break or a
//!   sleep), since `chrome.idle` reports changes only and would say nothing more.
//! - It ends when the screen locks; when `chrome.idle` reports `Idle`, which it does only after
//!   `away_min` without input (the worker sets the detection interval from
//!   [`TrackerEffect::SetIdleDetection`]), so the stretch really ended `away_min` before the report;
//!   when a break is completed (and a new one starts at once if the user is active); and across a
//!   sleep (see below). A pause in typing shorter than the away time produces no event at all, so
//!   it cannot reset anything. An `Idle` report is trusted whenever it arrives: input stopped is
//!   all it can tell, and keeping the detection interval equal to the away time is what makes it
//!   mean "away".
//! - While a tab is audible (a call, a video), an `Idle` report does not end the stretch: people
//!   listen to calls without touching the keyboard, and the product says a nudge deferred by sound
//!   is neither dropped nor reset. When the sound stops and the user is still idle, they get one
//!   more away time to touch the keyboard before the stretch ends.
//!
//! # Sleep and clock changes
//! Whenever a stretch runs, an alarm is scheduled at most an hour ahead (see [`HEARTBEAT_MS`]), and
//! Chrome fires a missed alarm as soon as the machine wakes. So an event that arrives more than the
//! away time after the scheduled alarm means nothing could run in between: the machine slept or the
//! browser was closed. The stretch then ends and, if the user is active, a new one starts now. An
//! event with a time before the last one seen means the clock was set back; it is treated the same
//! way, so no duration is ever negative. A sleep that ends before the next alarm was due cannot be
//! told apart from quiet typing and is not detected; it is at most an hour, and most sleeps lock
//! the screen anyway.
//!
//! # Nudges
//! - The first nudge is due at stretch start + `nudge_interval_min`. An ignored nudge repeats
//!   [`NUDGE_REPEAT_MS`] after it was shown, up to [`MAX_NUDGES_PER_STRETCH`] nudges in total.
//! - Snooze makes the next nudge due [`SNOOZE_MS`] from now (never sooner than it was due). It
//!   comes from the notification's button or from the New Tab's banner (the only Snooze in
//!   Firefox), so it may come before the first nudge. That nudge counts toward the limit like any
//!   other, but it is delivered even when the limit is used up: the user asked for it.
//! - Opening the nudge (Start, or a click on its body) starts the routine, so the stretch gets no
//!   more nudges; the completed break then ends the stretch. An abandoned routine therefore silences
//!   the rest of that stretch, which ends at the next lock or idle anyway.
//! - Quiet rules: outside work hours, or while paused, a due nudge waits for the first moment
//!   they allow ([`next_nudge_allowed`]), computed and not polled for: the alarm lands exactly
//!   there (after heartbeats while it is more than an hour away). While a tab is
//!   audible the nudge is `deferred` and delivered on `Audible(false)`; there is no alarm for it,
//!   because the worker's audible listener wakes it without polling.
//!
//! # Two nudges: the quiet quick move, then the full pack
//! - The **quick-move nudge** is due at stretch start + `quick_nudge_min` (default 30 min; `None`
//!   turns it off). It is quiet: the badge turns to its own look ([`TrackerEffect::QuickBadge`])
//!   and the New Tab's banner offers the quick move ([`SittingTracker::offer`]); an OS
//!   notification ([`TrackerEffect::NotifyQuick`]) only with `quick_notify`. It comes once a
//!   stretch, since a quick move ends the stretch and the next one gets its own. It is only set
//!   when it falls before the full nudge: after that the full nudge stands.
//! - The **full nudge** is the one described above, at `nudge_interval_min`.
//! - The same quiet rules hold both: work hours, pause and sound. A snooze before the first full
//!   nudge also moves the quick one [`SNOOZE_MS`] on; any break ends the stretch, and with it both.
//! - Opening a quick notification starts the quick move: no more quick nudges in the stretch, but
//!   the full one still comes if the quick move is abandoned.
//!
//! # Wake-ups
//! The single alarm is at the next nudge if it is less than an hour away, otherwise half an hour
//! from now to refresh the badge and keep sleep detection working. With nudges at least 30 minutes
//! apart, two alarms are never less than 30 minutes apart in steady work: at most 2 wake-ups an
//! hour. A quick nudge due less than 30 minutes before the full one gets no alarm of its own: the
//! badge shows it at the full nudge's wake-up (the New Tab's banner computes it live meanwhile).
//! The badge shows whole minutes as of the last event or wake-up, so it may lag by up to an hour;
//! the New Tab banner computes the live value with [`SittingTracker::sat_ms`].
//!
//! # What the worker does
//! Send `Startup` each time it starts, then the event that woke it; `Audible` on every change and
//! before `Alarm`; `SettingsChanged` when the settings key changes. Store the new state under
//! [`STORAGE_KEY`] after every event, and start from [`SittingTracker::new`] if the stored value
//! does not parse (a lost stretch only means a fresh one).

use chrono::Duration;
use serde::{Deserialize, Serialize};

use crate::clock::{Moment, UtcMs, MINUTE_MS};
use crate::settings::Settings;

/// The `chrome.storage.local` key that holds the serialized tracker.
pub const STORAGE_KEY: &str = "sitting";
/// Version of the stored tracker state.
pub const TRACKER_SCHEMA: u32 = 1;
/// Nudges per stretch that the user did not ask for (see the module docs on snooze).
pub const MAX_NUDGES_PER_STRETCH: u8 = 3;
/// An ignored nudge comes back this long after it was shown.
pub const NUDGE_REPEAT_MS: i64 = 30 * MINUTE_MS;
/// "Snooze 15 min".
pub const SNOOZE_MS: i64 = 15 * MINUTE_MS;
/// The longest the tracker sleeps when no nudge is near: it refreshes the badge and bounds how
/// late an alarm can be before a sleep is assumed. Also the shortest gap between alarm wake-ups in
/// steady work, which is what keeps them at 2 an hour.
pub const HEARTBEAT_MS: i64 = 30 * MINUTE_MS;

/// What `chrome.idle` reports; the serde names are Chrome's strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IdleState {
    Active,
    Idle,
    Locked,
}

/// Everything the worker tells the tracker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum TrackerEvent {
    /// `chrome.idle.onStateChanged`, with the detection interval set to the away time.
    Idle(IdleState),
    /// The tracker's one alarm fired.
    Alarm,
    /// A counted break was saved. It ends the stretch.
    BreakCompleted,
    /// The notification's "Snooze 15 min" button.
    Snooze,
    /// The user clicked Start or the notification body: the routine is starting.
    NudgeOpened,
    SettingsChanged(Settings),
    /// Whether any tab is audible now: sent when that changes, and before `Alarm`.
    Audible(bool),
    /// The worker (re)started: the tracker checks for a gap and repeats its schedule.
    Startup,
}

/// What the worker must do, in the order given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum TrackerEffect {
    /// Show (or replace) the nudge: "You've been sitting for [`format_sat`]".
    Notify {
        sat_ms: i64,
    },
    /// Show (or replace) the nudge as the quick-move nudge (only with `quick_notify`).
    NotifyQuick {
        sat_ms: i64,
    },
    ClearNotification,
    /// Create the tracker's single alarm at this instant, replacing any earlier one.
    ScheduleAlarm {
        at_ms: UtcMs,
    },
    CancelAlarm,
    /// The toolbar badge: minutes of the current stretch, `None` to clear it.
    Badge {
        minutes: Option<u32>,
    },
    /// The badge in the quick-move nudge's look, with the stretch's minutes.
    QuickBadge {
        minutes: u32,
    },
    /// `chrome.idle.setDetectionInterval`: `Idle` must mean "away time reached".
    SetIdleDetection {
        seconds: u32,
    },
}

/// The two nudges.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NudgeKind {
    /// The quiet quick-move nudge.
    Quick,
    /// The full pack's nudge.
    Full,
}

/// One sitting stretch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stretch {
    pub started_ms: UtcMs,
    pub nudges_shown: u8,
    /// When the next nudge becomes due before quiet rules apply; `None` when this stretch gets no
    /// more nudges.
    pub next_due_ms: Option<UtcMs>,
    /// A nudge is due and only sound holds it back.
    pub deferred: bool,
    /// The routine was opened from a nudge: no more nudges until the break ends the stretch.
    pub routine_started: bool,
    /// The sound stopped at this instant while the user was idle; the stretch ends one away time
    /// later unless input comes back first.
    pub silent_idle_since_ms: Option<UtcMs>,
    /// When the quick-move nudge becomes due before quiet rules apply; `None` when it is off,
    /// shown, or would not come before the full nudge.
    #[serde(default)]
    pub quick_due_ms: Option<UtcMs>,
    /// The quick-move nudge stands (its badge and the banner's offer) until a snooze or the end
    /// of the stretch.
    #[serde(default)]
    pub quick_shown: bool,
    /// The kind of the last notification shown, so a click on it opens the right routine.
    #[serde(default)]
    pub notified: Option<NudgeKind>,
}

impl Stretch {
    fn starting(at: UtcMs, settings: &Settings) -> Self {
        Self {
            started_ms: at,
            nudges_shown: 0,
            next_due_ms: Some(at + interval_ms(settings)),
            deferred: false,
            routine_started: false,
            silent_idle_since_ms: None,
            quick_due_ms: quick_ms(settings).map(|q| at + q),
            quick_shown: false,
            notified: None,
        }
    }

    /// Whether the badge shows the quick-move nudge: shown, and no full nudge yet.
    fn quick_badge(&self) -> bool {
        self.quick_shown && self.nudges_shown == 0 && !self.routine_started
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SittingTracker {
    schema: u32,
    settings: Settings,
    /// Assumed active until `chrome.idle` says otherwise, so the first event starts a stretch.
    idle: IdleState,
    audible: bool,
    stretch: Option<Stretch>,
    /// The alarm the worker was last told to set: the latest moment the tracker expects to run.
    alarm_at_ms: Option<UtcMs>,
    /// The badge as last shown, so it is only rewritten when it changes.
    badge_min: Option<u32>,
    /// Whether that badge had the quick-move nudge's look.
    #[serde(default)]
    badge_quick: bool,
    last_seen_ms: Option<UtcMs>,
}

impl SittingTracker {
    pub fn new(settings: Settings) -> Self {
        Self {
            schema: TRACKER_SCHEMA,
            settings,
            idle: IdleState::Active,
            audible: false,
            stretch: None,
            alarm_at_ms: None,
            badge_min: None,
            badge_quick: false,
            last_seen_ms: None,
        }
    }

    /// Handles one event at `now` and returns the next state with the effects to carry out.
    pub fn on(mut self, event: TrackerEvent, now: Moment) -> (Self, Vec<TrackerEffect>) {
        let t = now.utc_ms;
        let startup = matches!(event, TrackerEvent::Startup);
        // After an alarm fires, Chrome has no alarm left, so the next one is always sent.
        let resend_alarm = startup || matches!(event, TrackerEvent::Alarm);
        let old_away = self.settings.away_min;

        let mut clear = false;
        if self.gap_before(t) {
            clear |= self.end_stretch();
        }
        if self
            .stretch
            .is_some_and(|s| s.silent_idle_since_ms.is_some_and(|since| t >= since + away_ms(&self.settings)))
        {
            clear |= self.end_stretch();
        }
        clear |= self.apply(event, t);
        if self.stretch.is_none() && self.idle == IdleState::Active {
            self.stretch = Some(Stretch::starting(t, &self.settings));
        }

        let mut effects = Vec::new();
        if clear {
            effects.push(TrackerEffect::ClearNotification);
        }
        let full = self.deliver_due_nudge(now);
        let quick = self.deliver_quick_nudge(now, full.is_some());
        effects.extend(full.or(quick));
        let alarm = self.plan_alarm(now);
        if alarm != self.alarm_at_ms || resend_alarm {
            effects.push(match alarm {
                Some(at_ms) => TrackerEffect::ScheduleAlarm { at_ms },
                None => TrackerEffect::CancelAlarm,
            });
        }
        let badge = self.stretch.map(|s| whole_minutes(t - s.started_ms));
        let badge_quick = self.stretch.is_some_and(|s| s.quick_badge());
        if badge != self.badge_min || badge_quick != self.badge_quick || startup {
            effects.push(match badge {
                Some(minutes) if badge_quick => TrackerEffect::QuickBadge { minutes },
                minutes => TrackerEffect::Badge { minutes },
            });
        }
        if startup || self.settings.away_min != old_away {
            effects.push(TrackerEffect::SetIdleDetection { seconds: u32::from(self.settings.away_min) * 60 });
        }

        self.alarm_at_ms = alarm;
        self.badge_min = badge;
        self.badge_quick = badge_quick;
        self.last_seen_ms = Some(t);
        (self, effects)
    }

    /// What the event itself changes. True when the nudge on screen should go.
    fn apply(&mut self, event: TrackerEvent, t: UtcMs) -> bool {
        match event {
            TrackerEvent::Idle(state) => {
                self.idle = state;
                match state {
                    IdleState::Active => {
                        if let Some(s) = self.stretch.as_mut() {
                            s.silent_idle_since_ms = None;
                        }
                        false
                    }
                    IdleState::Idle if self.audible => false,
                    IdleState::Idle | IdleState::Locked => self.end_stretch(),
                }
            }
            TrackerEvent::Alarm | TrackerEvent::Startup => false,
            TrackerEvent::BreakCompleted => self.end_stretch(),
            TrackerEvent::Snooze => {
                self.snooze(t);
                true
            }
            TrackerEvent::NudgeOpened => {
                if let Some(s) = self.stretch.as_mut() {
                    s.quick_due_ms = None;
                    s.quick_shown = false;
                    // A quick move abandoned half-way still leaves the full nudge to come.
                    if s.notified != Some(NudgeKind::Quick) {
                        s.routine_started = true;
                        s.next_due_ms = None;
                    }
                    s.deferred = false;
                }
                true
            }
            TrackerEvent::SettingsChanged(settings) => {
                self.settings = settings;
                // Only the first nudge follows the interval; repeats and snoozes keep their time.
                let interval = interval_ms(&self.settings);
                let quick = quick_ms(&self.settings);
                if let Some(s) = self.stretch.as_mut().filter(|s| s.nudges_shown == 0 && !s.routine_started) {
                    s.next_due_ms = Some(s.started_ms + interval);
                    if quick.is_none() {
                        s.quick_shown = false;
                    }
                    if !s.quick_shown {
                        s.quick_due_ms = quick.map(|q| s.started_ms + q);
                    }
                }
                false
            }
            TrackerEvent::Audible(on) => {
                self.audible = on;
                let idle = self.idle;
                if let Some(s) = self.stretch.as_mut() {
                    s.silent_idle_since_ms = (!on && idle == IdleState::Idle).then_some(t);
                }
                false
            }
        }
    }

    /// From a notification, or from the New Tab's banner, possibly before the first nudge came.
    /// Before any nudge, a snooze never brings the first one closer: a stale snooze from an
    /// earlier stretch's notification leaves it where it is.
    fn snooze(&mut self, t: UtcMs) {
        if let Some(s) = self.stretch.as_mut().filter(|s| !s.routine_started) {
            let snoozed = t + SNOOZE_MS;
            // A quick nudge that is in play (shown, or due before the full one) waits too.
            if s.nudges_shown == 0 && (s.quick_shown || s.quick_due_ms.is_some()) {
                s.quick_shown = false;
                s.quick_due_ms = Some(s.quick_due_ms.map_or(snoozed, |due| due.max(snoozed)));
            }
            s.next_due_ms = Some(match s.next_due_ms {
                Some(due) if s.nudges_shown == 0 => due.max(snoozed),
                _ => snoozed,
            });
            s.deferred = false;
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn idle_state(&self) -> IdleState {
        self.idle
    }

    pub fn audible(&self) -> bool {
        self.audible
    }

    pub fn stretch(&self) -> Option<&Stretch> {
        self.stretch.as_ref()
    }

    /// The alarm the worker should have set.
    pub fn alarm_at(&self) -> Option<UtcMs> {
        self.alarm_at_ms
    }

    /// When the current stretch started, UTC ms.
    pub fn stretch_started(&self) -> Option<UtcMs> {
        self.stretch.map(|s| s.started_ms)
    }

    /// How long the user has sat at `now`. `None` without a stretch, and also when the stored
    /// stretch is stale (the next event will end it as a sleep or a clock change), so a page
    /// reading stored state never shows a stretch across a night.
    pub fn sat_ms(&self, now: Moment) -> Option<i64> {
        if self.gap_before(now.utc_ms) {
            return None;
        }
        self.stretch.map(|s| (now.utc_ms - s.started_ms).max(0))
    }

    /// Whether the New Tab page should show the sitting banner.
    pub fn over_interval(&self, now: Moment) -> bool {
        self.sat_ms(now).is_some_and(|sat| sat >= interval_ms(&self.settings))
    }

    /// What the New Tab's banner offers now, and how long the user has sat: the full pack once
    /// the stretch is over the nudge interval (as the banner always did), before that the quick
    /// move once its nudge is due and the quiet rules of work hours and pause allow it. Sound does
    /// not hold back the banner: the user opened the tab.
    pub fn offer(&self, now: Moment) -> Option<(NudgeKind, i64)> {
        let sat = self.sat_ms(now)?;
        if sat >= interval_ms(&self.settings) {
            return Some((NudgeKind::Full, sat));
        }
        let s = self.stretch?;
        let due = s.quick_shown || s.quick_due_ms.is_some_and(|d| d <= now.utc_ms);
        let allowed = self.settings.in_work_hours(now) && !self.settings.nudges_paused(now);
        (due && allowed && !s.routine_started).then_some((NudgeKind::Quick, sat))
    }

    /// When the quick-move nudge will be shown, quiet rules applied (see [`Self::next_nudge_at`]).
    pub fn next_quick_at(&self, now: Moment) -> Option<UtcMs> {
        let due = self.stretch?.quick_due_ms?;
        next_nudge_allowed(&self.settings, Moment::new(due.max(now.utc_ms), now.offset_min))
    }

    /// The kind of the last notification shown in this stretch.
    pub fn notified(&self) -> Option<NudgeKind> {
        self.stretch?.notified
    }

    /// When the next nudge will be shown if the stretch goes on, quiet rules applied. A value not
    /// after `now` means it is due and waits for the sound to stop.
    pub fn next_nudge_at(&self, now: Moment) -> Option<UtcMs> {
        let due = self.stretch?.next_due_ms?;
        next_nudge_allowed(&self.settings, Moment::new(due.max(now.utc_ms), now.offset_min))
    }

    /// Was there a stretch that time has since jumped over (see the module docs)?
    fn gap_before(&self, t: UtcMs) -> bool {
        if self.stretch.is_none() {
            return false;
        }
        let clock_set_back = self.last_seen_ms.is_some_and(|seen| t < seen);
        let expected = self.alarm_at_ms.or(self.last_seen_ms);
        let overslept = expected.is_some_and(|at| t > at + away_ms(&self.settings));
        clock_set_back || overslept
    }

    /// Ends the stretch; true when one of its nudges may still be on screen.
    fn end_stretch(&mut self) -> bool {
        self.stretch.take().is_some_and(|s| s.nudges_shown > 0 || s.notified.is_some())
    }

    fn deliver_due_nudge(&mut self, now: Moment) -> Option<TrackerEffect> {
        let allowed = self.settings.in_work_hours(now) && !self.settings.nudges_paused(now);
        let audible = self.audible;
        let s = self.stretch.as_mut()?;
        s.next_due_ms.filter(|due| *due <= now.utc_ms)?;
        if !allowed {
            // The alarm waits for the quiet rules to end; sound does not matter until then.
            s.deferred = false;
            return None;
        }
        if audible {
            s.deferred = true;
            return None;
        }
        s.deferred = false;
        s.nudges_shown = s.nudges_shown.saturating_add(1);
        s.next_due_ms = (s.nudges_shown < MAX_NUDGES_PER_STRETCH).then_some(now.utc_ms + NUDGE_REPEAT_MS);
        s.notified = Some(NudgeKind::Full);
        Some(TrackerEffect::Notify { sat_ms: (now.utc_ms - s.started_ms).max(0) })
    }

    /// The quiet quick-move nudge, under the same quiet rules as the full one. It shows in the
    /// badge; the notification only with `quick_notify`, and never over a full nudge shown now.
    fn deliver_quick_nudge(&mut self, now: Moment, full_shown: bool) -> Option<TrackerEffect> {
        let allowed = self.settings.in_work_hours(now) && !self.settings.nudges_paused(now);
        let (audible, notify) = (self.audible, self.settings.quick_notify);
        let s = self.stretch.as_mut()?;
        s.quick_due_ms.filter(|due| *due <= now.utc_ms)?;
        if !allowed {
            return None;
        }
        if audible {
            s.deferred = true;
            return None;
        }
        s.quick_due_ms = None;
        s.quick_shown = true;
        s.deferred = false;
        if !notify || full_shown || s.nudges_shown > 0 {
            return None;
        }
        s.notified = Some(NudgeKind::Quick);
        Some(TrackerEffect::NotifyQuick { sat_ms: (now.utc_ms - s.started_ms).max(0) })
    }

    /// The one alarm: the nearest thing that needs the worker awake, but never sooner than the
    /// heartbeat unless a nudge, or the end of a silent idle, falls before it.
    fn plan_alarm(&self, now: Moment) -> Option<UtcMs> {
        let s = self.stretch?;
        let t = now.utc_ms;
        // An alarm already set within a heartbeat is kept, so events between wake-ups add none.
        let heartbeat =
            self.alarm_at_ms.filter(|at| *at > t && *at <= t + HEARTBEAT_MS).unwrap_or(t + HEARTBEAT_MS);
        let mut alarm = match self.next_any_nudge_at(now) {
            // Taking a nudge less than two heartbeats away keeps alarms at least 30 min apart.
            Some(at) if at > t && at < t + 2 * HEARTBEAT_MS => at,
            _ => heartbeat,
        };
        if let Some(since) = s.silent_idle_since_ms {
            alarm = alarm.min(since + away_ms(&self.settings));
        }
        Some(alarm)
    }
}

impl SittingTracker {
    /// The nudge the alarm is for: the quick one only if the full one is at least a heartbeat
    /// after it, which keeps alarms 30 minutes apart (see the module docs on wake-ups).
    fn next_any_nudge_at(&self, now: Moment) -> Option<UtcMs> {
        match (self.next_nudge_at(now), self.next_quick_at(now)) {
            (Some(full), Some(quick)) if quick + HEARTBEAT_MS <= full => Some(quick),
            (Some(full), _) => Some(full),
            (None, quick) => quick,
        }
    }
}

/// The first instant at or after `from` when the quiet rules allow a nudge: not paused, and inside
/// work hours on a work day. `None` only if no work day is set. The UTC offset of `from` is
/// assumed to hold; if it changes (daylight saving), the alarm then re-checks and moves on.
pub fn next_nudge_allowed(settings: &Settings, from: Moment) -> Option<UtcMs> {
    let start = settings.nudges_paused_until.map_or(from.utc_ms, |until| until.max(from.utc_ms));
    let start = Moment::new(start, from.offset_min);
    if settings.in_work_hours(start) {
        return Some(start.utc_ms);
    }
    let offset_ms = i64::from(from.offset_min) * MINUTE_MS;
    let first_day = start.local_date();
    // Every work day's hours begin at `work_start`, so the answer is the first such start.
    (0..=7)
        .filter_map(|d| {
            let day = first_day.checked_add_signed(Duration::days(d))?;
            let local_ms = day.and_hms_opt(0, 0, 0)?.and_utc().timestamp_millis()
                + i64::from(settings.work_start) * MINUTE_MS;
            Some(Moment::new(local_ms - offset_ms, from.offset_min))
        })
        .find(|m| m.utc_ms > start.utc_ms && settings.in_work_hours(*m))
        .map(|m| m.utc_ms)
}

/// "1 h 30 min", "45 min", "2 h": whole minutes, rounded down.
pub fn format_sat(ms: i64) -> String {
    let minutes = ms.max(0) / MINUTE_MS;
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

fn interval_ms(settings: &Settings) -> i64 {
    i64::from(settings.nudge_interval_min) * MINUTE_MS
}

/// The quick-move nudge's delay, when it is on and comes before the full nudge.
fn quick_ms(settings: &Settings) -> Option<i64> {
    let quick = i64::from(settings.quick_nudge_min?) * MINUTE_MS;
    (quick < interval_ms(settings)).then_some(quick)
}

fn away_ms(settings: &Settings) -> i64 {
    i64::from(settings.away_min) * MINUTE_MS
}

fn whole_minutes(ms: i64) -> u32 {
    u32::try_from(ms.max(0) / MINUTE_MS).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;

    fn at(text: &str) -> Moment {
        let ms = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap().and_utc().timestamp_millis();
        Moment::new(ms, 0)
    }

    #[test]
    fn format_sat_reads_naturally() {
        assert_eq!(format_sat(45 * MINUTE_MS), "45 min");
        assert_eq!(format_sat(90 * MINUTE_MS + 59_999), "1 h 30 min");
        assert_eq!(format_sat(120 * MINUTE_MS), "2 h");
        assert_eq!(format_sat(-5), "0 min");
    }

    #[test]
    fn next_allowed_respects_pause_then_hours() {
        let s = Settings { nudges_paused_until: Some(at("2026-11-25 17:30").utc_ms), ..Settings::default() };
        // Wednesday 16:00, paused until 17:30: allowed from 17:30.
        assert_eq!(next_nudge_allowed(&s, at("2026-11-25 16:00")), Some(at("2026-11-25 17:30").utc_ms));
        // Paused past the end of the day: Thursday 09:00.
        let s = Settings { nudges_paused_until: Some(at("2026-11-25 18:30").utc_ms), ..s };
        assert_eq!(next_nudge_allowed(&s, at("2026-11-25 16:00")), Some(at("2026-11-26 09:00").utc_ms));
    }

    #[test]
    fn next_allowed_uses_the_local_offset() {
        // 07:30 UTC is 09:30 in UTC+2: inside hours. 06:00 UTC is 08:00 there: wait until 07:00 UTC.
        let s = Settings::default();
        let m = |text: &str| Moment::new(at(text).utc_ms, 120);
        assert_eq!(next_nudge_allowed(&s, m("2026-11-25 07:30")), Some(at("2026-11-25 07:30").utc_ms));
        assert_eq!(next_nudge_allowed(&s, m("2026-11-25 06:00")), Some(at("2026-11-25 07:00").utc_ms));
    }

    #[test]
    fn events_round_trip_through_json() {
        let e = TrackerEvent::Idle(IdleState::Locked);
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(json, r#"{"type":"idle","value":"locked"}"#);
        assert_eq!(serde_json::from_str::<TrackerEvent>(&json).unwrap(), e);
        let fx = TrackerEffect::ScheduleAlarm { at_ms: 5 };
        assert_eq!(serde_json::to_string(&fx).unwrap(), r#"{"type":"schedule_alarm","at_ms":5}"#);
    }
}
