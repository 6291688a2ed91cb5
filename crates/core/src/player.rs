//! The routine player: a pure state machine the page drives with timestamps.
//!
//! The page's timer only prompts a redraw; every remaining time is computed from the
//! timestamps passed in, so a tab the browser throttled in the background lands on the right
//! step (or finishes) at its next tick instead of drifting.
//!
//! [`Player::on`] takes `&mut self` and returns the effects, rather than consuming the player,
//! so the page can call it inside a signal update without cloning the steps.

use crate::catalog::Catalog;
use crate::clock::UtcMs;
use crate::l10n::Messages;
use crate::pack::Pack;

/// A break counts only with at least this much unpaused movement.
pub const COUNTS_MIN_MOVED_MS: i64 = 60_000;

/// An exercise is done once its steps ran this long, or fully if they are shorter:
/// a glance on the way past is not doing it, ten seconds of a hold is a real attempt.
pub const EXERCISE_DONE_MS: i64 = 10_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    /// What the player shows: the left side comes first, so the right side is the switch.
    pub fn label(self) -> &'static str {
        match self {
            Self::Left => "left side",
            Self::Right => "switch sides",
        }
    }

    /// [`Side::label`] in the user's language.
    pub fn label_in(self, m: &Messages) -> String {
        m.get(match self {
            Self::Left => "player-side-left",
            Self::Right => "player-side-right",
        })
    }
}

/// One timed screen of the routine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// Index in `pack.exercises`: both sides of an exercise share it.
    pub exercise_index: usize,
    pub name: String,
    pub side: Option<Side>,
    pub duration_ms: i64,
}

/// The steps of a pack's routine: one per exercise, two (left, then right) for a per-side one.
///
/// Names without a library entry are skipped; the build refuses such packs, so that only
/// happens with hand-made catalogs.
pub fn plan(catalog: &Catalog, pack: &Pack) -> Vec<Step> {
    let mut steps = Vec::new();
    for (exercise_index, name) in pack.exercises.iter().enumerate() {
        let Some(exercise) = catalog.exercise(name) else {
            continue;
        };
        let duration_ms = i64::from(exercise.duration_s) * 1000;
        let sides: &[Option<Side>] =
            if exercise.per_side { &[Some(Side::Left), Some(Side::Right)] } else { &[None] };
        steps.extend(sides.iter().map(|&side| Step {
            exercise_index,
            name: exercise.name.clone(),
            side,
            duration_ms,
        }));
    }
    steps
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlayerEvent {
    /// The page's timer fired (or the tab woke up).
    Tick,
    TogglePause,
    Next,
    Previous,
    /// The user quits before the end.
    End,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlayerEffect {
    /// A step is now on screen: announce it in the live region, play the cue if enabled.
    StepStarted { index: usize },
    /// The routine is over; the page records the break if it `counts`.
    Finished(Outcome),
}

/// How a routine ended, for the completion screen and the break record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub started_ms: UtcMs,
    /// When the last step ran out, not when a late tick noticed it.
    pub ended_ms: UtcMs,
    /// Unpaused time spent in steps.
    pub moved_ms: i64,
    /// Distinct exercises whose steps together ran [`EXERCISE_DONE_MS`] (or fully, if shorter).
    pub exercises_done: usize,
    pub exercises_total: usize,
    /// Reached the end with at least [`COUNTS_MIN_MOVED_MS`] of movement.
    pub counts: bool,
    /// The last step ran out, or the user pressed Next on it (not End).
    pub reached_end: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Player {
    steps: Vec<Step>,
    /// 1-based position of each step's exercise among the distinct exercises, for "3 of 16".
    exercise_ordinal: Vec<usize>,
    exercises_total: usize,
    index: usize,
    /// Time the current step ran before the running segment (pauses split segments).
    elapsed_before_ms: i64,
    /// Start of the running segment; `None` while paused.
    running_since: Option<UtcMs>,
    started_ms: UtcMs,
    /// Unpaused time of closed segments.
    moved_ms: i64,
    /// Unpaused time per step; `None` for steps never reached.
    ran_ms: Vec<Option<i64>>,
    outcome: Option<Outcome>,
}

impl Player {
    /// A player running step 0 from `now_ms`. The page announces `current()` itself on start.
    ///
    /// With no steps at all the player is finished at once, with nothing done.
    pub fn new(steps: Vec<Step>, now_ms: UtcMs) -> Player {
        let mut exercise_ordinal = Vec::with_capacity(steps.len());
        let mut seen: Vec<usize> = Vec::new();
        for step in &steps {
            let ordinal = match seen.iter().position(|&e| e == step.exercise_index) {
                Some(i) => i + 1,
                None => {
                    seen.push(step.exercise_index);
                    seen.len()
                }
            };
            exercise_ordinal.push(ordinal);
        }
        let mut ran_ms = vec![None; steps.len()];
        if let Some(first) = ran_ms.first_mut() {
            *first = Some(0);
        }
        let mut player = Player {
            exercise_ordinal,
            exercises_total: seen.len(),
            index: 0,
            elapsed_before_ms: 0,
            running_since: Some(now_ms),
            started_ms: now_ms,
            moved_ms: 0,
            ran_ms,
            outcome: None,
            steps,
        };
        if player.steps.is_empty() {
            player.finish(now_ms, false);
        }
        player
    }

    /// Applies one event at `now_ms` and says what the page should do.
    ///
    /// Steps whose time ran out before `now_ms` are completed first, whatever the event, so
    /// a late Next or End acts on the step that is really current. When several steps pass at
    /// once only the one now current is announced. Once finished, events do nothing.
    pub fn on(&mut self, event: PlayerEvent, now_ms: UtcMs) -> Vec<PlayerEffect> {
        if self.outcome.is_some() {
            return Vec::new();
        }
        let mut step_started = self.catch_up(now_ms);
        if self.outcome.is_none() {
            match event {
                PlayerEvent::Tick => {}
                PlayerEvent::TogglePause => match self.running_since {
                    Some(_) => self.close_segment(now_ms),
                    None => self.running_since = Some(now_ms),
                },
                PlayerEvent::Next => {
                    if self.index + 1 >= self.steps.len() {
                        self.stop(now_ms);
                        self.finish(now_ms, true);
                    } else {
                        self.enter(self.index + 1, now_ms);
                        step_started = true;
                    }
                }
                PlayerEvent::Previous => {
                    // On the first step this restarts it: there is nowhere further back to go.
                    self.enter(self.index.saturating_sub(1), now_ms);
                    step_started = true;
                }
                PlayerEvent::End => {
                    self.stop(now_ms);
                    self.finish(now_ms, false);
                }
            }
        }
        match &self.outcome {
            Some(outcome) => vec![PlayerEffect::Finished(outcome.clone())],
            None if step_started => vec![PlayerEffect::StepStarted { index: self.index }],
            None => Vec::new(),
        }
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The step on screen; `None` once finished.
    pub fn current(&self) -> Option<&Step> {
        if self.outcome.is_some() {
            return None;
        }
        self.steps.get(self.index)
    }

    pub fn is_paused(&self) -> bool {
        self.outcome.is_none() && self.running_since.is_none()
    }

    pub fn is_finished(&self) -> bool {
        self.outcome.is_some()
    }

    pub fn outcome(&self) -> Option<&Outcome> {
        self.outcome.as_ref()
    }

    /// Time left in the current step, 0 once it ran out (the next `Tick` moves on).
    pub fn step_remaining_ms(&self, now_ms: UtcMs) -> i64 {
        match self.current() {
            Some(step) => (step.duration_ms - self.step_elapsed_ms(now_ms)).clamp(0, step.duration_ms.max(0)),
            None => 0,
        }
    }

    /// Time left in the whole routine. Counted from the current step's start, so it stays
    /// right even if no tick has moved the player past a step that already ran out.
    pub fn total_remaining_ms(&self, now_ms: UtcMs) -> i64 {
        if self.outcome.is_some() {
            return 0;
        }
        let ahead: i64 = self.steps.iter().skip(self.index).map(|s| s.duration_ms.max(0)).sum();
        (ahead - self.step_elapsed_ms(now_ms)).max(0)
    }

    /// Unpaused time spent in steps so far.
    pub fn moved_ms(&self, now_ms: UtcMs) -> i64 {
        match &self.outcome {
            Some(outcome) => outcome.moved_ms,
            None => self.moved_ms + self.segment_ms(now_ms),
        }
    }

    /// Step position, 1-based, and the number of steps. `(total, total)` once finished.
    pub fn progress(&self) -> (usize, usize) {
        let total = self.steps.len();
        if self.outcome.is_some() {
            (total, total)
        } else {
            (self.index + 1, total)
        }
    }

    /// Exercise position, 1-based, and the number of exercises ("3 of 16"): both sides of an
    /// exercise are one exercise.
    pub fn exercise_progress(&self) -> (usize, usize) {
        let total = self.exercises_total;
        match self.exercise_ordinal.get(self.index) {
            Some(&ordinal) if self.outcome.is_none() => (ordinal, total),
            _ => (total, total),
        }
    }

    /// Time of the running segment, never negative even if the clock stepped back.
    fn segment_ms(&self, now_ms: UtcMs) -> i64 {
        self.running_since.map_or(0, |since| now_ms.saturating_sub(since).max(0))
    }

    fn step_elapsed_ms(&self, now_ms: UtcMs) -> i64 {
        self.elapsed_before_ms + self.segment_ms(now_ms)
    }

    /// Ends the running segment at `at` (a pause, or leaving the step), crediting its time.
    fn close_segment(&mut self, at: UtcMs) {
        let ran = self.segment_ms(at);
        self.elapsed_before_ms += ran;
        self.moved_ms += ran;
        if let Some(slot) = self.ran_ms.get_mut(self.index) {
            *slot = Some(slot.unwrap_or(0) + ran);
        }
        self.running_since = None;
    }

    /// Closes the segment if running; leaves a paused player as it is.
    fn stop(&mut self, at: UtcMs) {
        if self.running_since.is_some() {
            self.close_segment(at);
        }
    }

    /// Moves to step `index` with its full duration. A paused player stays paused: the user
    /// paused to look or to step away, and the countdown resumes only when they say so.
    fn enter(&mut self, index: usize, at: UtcMs) {
        let running = self.running_since.is_some();
        self.stop(at);
        self.index = index;
        self.elapsed_before_ms = 0;
        self.running_since = running.then_some(at);
        if let Some(slot) = self.ran_ms.get_mut(index) {
            slot.get_or_insert(0);
        }
    }

    /// Completes every step that ran out by `now_ms`, each at its own end time, so a long
    /// background throttle neither loses nor adds movement. Returns whether the step changed.
    fn catch_up(&mut self, now_ms: UtcMs) -> bool {
        let mut changed = false;
        while let (Some(since), Some(step)) = (self.running_since, self.steps.get(self.index)) {
            let ends_at = since + (step.duration_ms - self.elapsed_before_ms).max(0);
            if now_ms < ends_at {
                break;
            }
            if self.index + 1 >= self.steps.len() {
                self.close_segment(ends_at);
                self.finish(ends_at, true);
                break;
            }
            self.enter(self.index + 1, ends_at);
            changed = true;
        }
        changed
    }

    fn finish(&mut self, at: UtcMs, reached_end: bool) {
        let moved_ms = self.moved_ms;
        let mut exercises_done = 0;
        for ordinal in 1..=self.exercises_total {
            let mut reached = false;
            let (mut ran, mut full) = (0, 0);
            for (i, step) in self.steps.iter().enumerate() {
                if self.exercise_ordinal.get(i) == Some(&ordinal) {
                    full += step.duration_ms.max(0);
                    if let Some(Some(ms)) = self.ran_ms.get(i) {
                        reached = true;
                        ran += ms;
                    }
                }
            }
            if reached && ran >= EXERCISE_DONE_MS.min(full) {
                exercises_done += 1;
            }
        }
        self.running_since = None;
        self.outcome = Some(Outcome {
            started_ms: self.started_ms,
            ended_ms: at,
            moved_ms,
            exercises_done,
            exercises_total: self.exercises_total,
            counts: reached_end && moved_ms >= COUNTS_MIN_MOVED_MS,
            reached_end,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::{Exercise, Position, TimeOfDay};
    use PlayerEvent::*;

    const S: i64 = 1000;
    const T0: i64 = 1_764_000_000_000;

    fn step(exercise_index: usize, side: Option<Side>, secs: i64) -> Step {
        Step { exercise_index, name: format!("Exercise {exercise_index}"), side, duration_ms: secs * S }
    }

    /// 30 s, then a per-side 20 s exercise, then 40 s: four steps, three exercises, 110 s.
    fn routine() -> Vec<Step> {
        vec![
            step(0, None, 30),
            step(1, Some(Side::Left), 20),
            step(1, Some(Side::Right), 20),
            step(2, None, 40),
        ]
    }

    fn finished(effects: &[PlayerEffect]) -> Outcome {
        match effects {
            [PlayerEffect::Finished(o)] => o.clone(),
            other => panic!("expected Finished, got {other:?}"),
        }
    }

    fn exercise(name: &str, secs: u32, per_side: bool) -> Exercise {
        Exercise {
            name: name.into(),
            position: Position::Sitting,
            duration_s: secs,
            per_side,
            steps: vec!["Do it.".into()],
            cue: "Gently.".into(),
        }
    }

    #[test]
    fn plan_splits_per_side_exercises_into_left_then_right() {
        let catalog = Catalog {
            packs: Vec::new(),
            library: vec![exercise("Neck Roll", 30, false), exercise("Trunk Stretch", 20, true)],
        };
        let pack = Pack {
            id: "p".into(),
            title: "P".into(),
            tagline: String::new(),
            canonical_url: None,
            demo_video_url: None,
            exercise_count: 3,
            positions: vec![Position::Sitting],
            location: String::new(),
            time_of_day: TimeOfDay::Any,
            when_to_reach: String::new(),
            why_this_happens: String::new(),
            about: String::new(),
            exercises: vec!["Trunk Stretch".into(), "Missing".into(), "Neck Roll".into()],
            goals: Vec::new(),
            faq: Vec::new(),
            footer: None,
            checkin: None,
            safety: Vec::new(),
        };
        let steps = plan(&catalog, &pack);
        let summary: Vec<_> =
            steps.iter().map(|s| (s.exercise_index, s.name.as_str(), s.side, s.duration_ms)).collect();
        assert_eq!(
            summary,
            vec![
                (0, "Trunk Stretch", Some(Side::Left), 20 * S),
                (0, "Trunk Stretch", Some(Side::Right), 20 * S),
                (2, "Neck Roll", None, 30 * S),
            ]
        );
        assert_eq!(Side::Left.label(), "left side");
        assert_eq!(Side::Right.label(), "switch sides");
        #[cfg(feature = "markdown")]
        for side in [Side::Left, Side::Right] {
            assert_eq!(side.label_in(crate::l10n::testing::english()), side.label());
        }

        let mut p = Player::new(steps, T0);
        assert_eq!(p.exercise_progress(), (1, 2));
        assert_eq!(p.current().and_then(|s| s.side), Some(Side::Left));
        assert_eq!(p.on(Tick, T0 + 20 * S), vec![PlayerEffect::StepStarted { index: 1 }]);
        assert_eq!(p.current().and_then(|s| s.side), Some(Side::Right));
        assert_eq!(p.exercise_progress(), (1, 2), "both sides are one exercise");
        assert_eq!(p.progress(), (2, 3));
        p.on(Tick, T0 + 40 * S);
        assert_eq!(p.exercise_progress(), (2, 2));
        assert_eq!(p.progress(), (3, 3));
    }

    #[test]
    fn runs_through_and_counts() {
        let mut p = Player::new(routine(), T0);
        assert_eq!(p.progress(), (1, 4));
        assert_eq!(p.exercise_progress(), (1, 3));
        assert!(p.on(Tick, T0 + 29 * S).is_empty());
        assert_eq!(p.on(Tick, T0 + 30 * S), vec![PlayerEffect::StepStarted { index: 1 }]);
        let o = finished(&p.on(Tick, T0 + 110 * S));
        assert_eq!(
            o,
            Outcome {
                started_ms: T0,
                ended_ms: T0 + 110 * S,
                moved_ms: 110 * S,
                exercises_done: 3,
                exercises_total: 3,
                counts: true,
                reached_end: true,
            }
        );
        assert!(p.is_finished());
        assert_eq!(p.current(), None);
        assert_eq!(p.progress(), (4, 4));
        assert_eq!(p.exercise_progress(), (3, 3));
        assert!(p.on(Next, T0 + 111 * S).is_empty(), "finished only once");
        assert_eq!(p.outcome(), Some(&o));
    }

    #[test]
    fn pause_and_resume_keep_the_remaining_time() {
        let mut p = Player::new(routine(), T0);
        p.on(Tick, T0 + 10 * S);
        assert!(p.on(TogglePause, T0 + 10 * S).is_empty());
        assert!(p.is_paused());
        // Ten minutes away: nothing moves, nothing counts as movement.
        assert!(p.on(Tick, T0 + 610 * S).is_empty());
        assert_eq!(p.step_remaining_ms(T0 + 610 * S), 20 * S);
        assert_eq!(p.total_remaining_ms(T0 + 610 * S), 100 * S);
        assert_eq!(p.moved_ms(T0 + 610 * S), 10 * S);
        p.on(TogglePause, T0 + 610 * S);
        assert!(!p.is_paused());
        assert_eq!(p.step_remaining_ms(T0 + 615 * S), 15 * S);
        assert!(p.on(Tick, T0 + 629 * S).is_empty());
        assert_eq!(p.on(Tick, T0 + 630 * S), vec![PlayerEffect::StepStarted { index: 1 }]);
        let o = finished(&p.on(Tick, T0 + 710 * S));
        assert_eq!(o.moved_ms, 110 * S);
        assert_eq!(o.ended_ms, T0 + 710 * S);
        assert!(o.counts);
    }

    #[test]
    fn time_remaining_totals() {
        let p = Player::new(routine(), T0);
        assert_eq!(p.step_remaining_ms(T0), 30 * S);
        assert_eq!(p.total_remaining_ms(T0), 110 * S);
        assert_eq!(p.step_remaining_ms(T0 + 12_345), 30 * S - 12_345);
        assert_eq!(p.total_remaining_ms(T0 + 12_345), 110 * S - 12_345);
        // Without a tick the step shows 0, but the total keeps counting down correctly.
        assert_eq!(p.step_remaining_ms(T0 + 45 * S), 0);
        assert_eq!(p.total_remaining_ms(T0 + 45 * S), 65 * S);
        assert_eq!(p.total_remaining_ms(T0 + 500 * S), 0);
        // A clock that steps back never shows more than the step holds.
        assert_eq!(p.step_remaining_ms(T0 - 5 * S), 30 * S);
    }

    #[test]
    fn skipping_straight_through_reaches_the_end_but_does_not_count() {
        let mut p = Player::new(routine(), T0);
        for (i, expected) in [1, 2, 3].into_iter().enumerate() {
            assert_eq!(p.on(Next, T0 + i as i64 * 500), vec![PlayerEffect::StepStarted { index: expected }]);
        }
        let o = finished(&p.on(Next, T0 + 2 * S));
        assert!(o.reached_end);
        assert!(!o.counts);
        assert_eq!(o.moved_ms, 2 * S);
        assert_eq!(o.exercises_done, 0);
        assert_eq!(o.exercises_total, 3);
    }

    #[test]
    fn next_credits_only_the_time_really_spent() {
        let mut p = Player::new(routine(), T0);
        p.on(Next, T0 + 12 * S);
        assert_eq!(p.moved_ms(T0 + 12 * S), 12 * S);
        assert_eq!(p.step_remaining_ms(T0 + 12 * S), 20 * S);
        p.on(Next, T0 + 15 * S); // left side: 3 s
        p.on(Next, T0 + 23 * S); // right side: 8 s, so the exercise had 11 s
        let o = finished(&p.on(Next, T0 + 25 * S));
        assert_eq!(o.moved_ms, 25 * S);
        assert_eq!(o.exercises_done, 2, "12 s and 3 + 8 s are real attempts, 2 s is not");
    }

    #[test]
    fn the_sixty_second_rule() {
        let one = |secs_ms: i64| vec![Step { duration_ms: secs_ms, ..step(0, None, 0) }];
        let mut p = Player::new(one(59_900), T0);
        let o = finished(&p.on(Tick, T0 + 59_900));
        assert!(o.reached_end);
        assert_eq!(o.moved_ms, 59_900);
        assert!(!o.counts);

        let mut p = Player::new(one(60_000), T0);
        let o = finished(&p.on(Tick, T0 + 60_000));
        assert!(o.counts);

        // Next on the last step reaches the end too: the same threshold applies.
        let mut p = Player::new(one(90_000), T0);
        assert!(!finished(&p.on(Next, T0 + 59_900)).counts);
        let mut p = Player::new(one(90_000), T0);
        assert!(finished(&p.on(Next, T0 + 60_000)).counts);
    }

    #[test]
    fn a_tick_ten_minutes_late_finishes_at_the_real_end() {
        let mut p = Player::new(routine(), T0);
        let o = finished(&p.on(Tick, T0 + 600 * S));
        assert_eq!(o.ended_ms, T0 + 110 * S);
        assert_eq!(o.moved_ms, 110 * S);
        assert!(o.counts);
        assert_eq!(o.exercises_done, 3);
    }

    #[test]
    fn a_late_tick_lands_on_the_right_step() {
        let mut p = Player::new(routine(), T0);
        // 30 + 20 + 20 = 70 s: 75 s is 5 s into the last step.
        assert_eq!(p.on(Tick, T0 + 75 * S), vec![PlayerEffect::StepStarted { index: 3 }]);
        assert_eq!(p.step_remaining_ms(T0 + 75 * S), 35 * S);
        assert_eq!(p.moved_ms(T0 + 75 * S), 75 * S);
        // A late End still ends on the step that is really current.
        let o = finished(&p.on(End, T0 + 80 * S));
        assert_eq!(o.moved_ms, 80 * S);
        assert!(!o.reached_end);
    }

    #[test]
    fn previous_restarts_the_first_step_and_goes_back_elsewhere() {
        let mut p = Player::new(routine(), T0);
        assert_eq!(p.on(Previous, T0 + 10 * S), vec![PlayerEffect::StepStarted { index: 0 }]);
        assert_eq!(p.step_remaining_ms(T0 + 10 * S), 30 * S);
        assert_eq!(p.moved_ms(T0 + 10 * S), 10 * S);

        p.on(Tick, T0 + 40 * S); // step 1 from 40 s
        assert_eq!(p.progress(), (2, 4));
        assert_eq!(p.on(Previous, T0 + 45 * S), vec![PlayerEffect::StepStarted { index: 0 }]);
        assert_eq!(p.progress(), (1, 4));
        assert_eq!(p.step_remaining_ms(T0 + 45 * S), 30 * S, "full duration again");
        assert_eq!(p.total_remaining_ms(T0 + 45 * S), 110 * S);
        assert_eq!(p.moved_ms(T0 + 45 * S), 45 * S);
    }

    #[test]
    fn navigating_while_paused_stays_paused() {
        let mut p = Player::new(routine(), T0);
        p.on(TogglePause, T0 + 5 * S);
        assert_eq!(p.on(Next, T0 + 50 * S), vec![PlayerEffect::StepStarted { index: 1 }]);
        assert!(p.is_paused());
        assert_eq!(p.step_remaining_ms(T0 + 90 * S), 20 * S);
        assert_eq!(p.moved_ms(T0 + 90 * S), 5 * S);
        p.on(Previous, T0 + 91 * S);
        assert!(p.is_paused());
        assert_eq!(p.step_remaining_ms(T0 + 99 * S), 30 * S);
    }

    #[test]
    fn end_early_never_counts() {
        let mut p = Player::new(routine(), T0);
        p.on(Tick, T0 + 65 * S);
        let o = finished(&p.on(End, T0 + 65 * S));
        assert_eq!(o.ended_ms, T0 + 65 * S);
        assert_eq!(o.moved_ms, 65 * S);
        assert!(!o.reached_end);
        assert!(!o.counts, "over 60 s moved, but the routine was not finished");
        assert_eq!(o.exercises_done, 2);
        assert!(p.on(End, T0 + 70 * S).is_empty());

        // Ending while paused does not credit the paused time.
        let mut p = Player::new(routine(), T0);
        p.on(TogglePause, T0 + 5 * S);
        assert_eq!(finished(&p.on(End, T0 + 500 * S)).moved_ms, 5 * S);
    }

    #[test]
    fn an_empty_routine_is_finished_at_once() {
        let mut p = Player::new(Vec::new(), T0);
        assert!(p.is_finished());
        assert_eq!(p.current(), None);
        assert_eq!(p.progress(), (0, 0));
        assert_eq!(p.exercise_progress(), (0, 0));
        assert!(p.on(Next, T0).is_empty());
        let o = p.outcome().cloned().unwrap();
        assert!(!o.counts && !o.reached_end);
    }
}
