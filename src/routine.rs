//! The routine's actions: start one, feed the player its events, finish, and save the break.
//! Components take a [`Routine`] once, in their body, and call it from their handlers; the
//! screen it leads to lives in [`Flow`].

use deskbreak_browser::now;
use deskbreak_catalog::catalog;
use deskbreak_core::player::{plan, Outcome, Player, PlayerEffect, PlayerEvent};
use deskbreak_core::quick::quick_plan;
use deskbreak_core::record::BreakKind;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::persist;
use crate::state::{self, Completed, Flow, Save, Screen, Session, Stored};

#[derive(Clone, Copy)]
pub struct Routine {
    flow: Flow,
    stored: Stored,
}

impl Routine {
    /// From the page's contexts (in a component's body, where they can be read).
    pub fn get() -> Self {
        Self { flow: state::get(), stored: state::get() }
    }

    /// Starts the routine of a pack (one of your own included) from the New Tab (the Start
    /// button, the banner).
    pub fn start(&self, pack_id: &str) {
        self.begin(pack_id, BreakKind::Full, false);
    }

    /// Starts the quick move of a pack from the New Tab (the Quick button, the banner).
    pub fn start_quick(&self, pack_id: &str) {
        self.begin(pack_id, BreakKind::Quick, false);
    }

    /// Starts the routine a nudge opened: the user has not seen the pack card's cautions.
    pub fn start_from_nudge(&self, pack_id: &str, kind: BreakKind) {
        self.begin(pack_id, kind, true);
    }

    fn begin(&self, pack_id: &str, kind: BreakKind, from_nudge: bool) {
        let Some(pack) = self.stored.pack_untracked(pack_id) else { return };
        let steps = match kind {
            BreakKind::Full => plan(catalog(), pack),
            BreakKind::Quick => quick_plan(catalog(), pack),
        };
        let player = Player::new(steps, now().utc_ms);
        self.flow.go(Screen::Player(Session {
            pack_id: pack.id.clone(),
            kind,
            player,
            checkin_before: self.flow.checkin_before.get_untracked(),
            from_nudge,
        }));
    }

    /// Feeds one event to the player at `now_ms` and carries out its effects. A tick that
    /// changes nothing (the step is still running) tells no reader.
    pub fn send(&self, event: PlayerEvent, now_ms: i64) {
        let is_tick = event == PlayerEvent::Tick;
        let effects = self
            .flow
            .update_session(|s| {
                let effects = s.player.on(event, now_ms);
                let changed = !is_tick || !effects.is_empty();
                (effects, changed)
            })
            .unwrap_or_default();
        for effect in effects {
            match effect {
                PlayerEffect::StepStarted { .. } => {
                    if self.stored.settings.with_untracked(|s| s.sound) {
                        crate::sound::cue();
                    }
                }
                PlayerEffect::Finished(outcome) => self.finish(outcome),
            }
        }
    }

    fn finish(&self, outcome: Outcome) {
        let Some((pack_id, kind, checkin_before)) =
            self.flow.session_untracked(|s| (s.pack_id.clone(), s.kind, s.checkin_before))
        else {
            return;
        };
        self.flow.checkin_before.set(None);
        let save = if outcome.counts {
            let area = self.stored.pack_untracked(&pack_id).map(|p| p.checkin_area());
            Save::Saving(persist::new_record(&pack_id, kind, area, &outcome, checkin_before))
        } else {
            Save::NotCounted
        };
        self.flow.go(Screen::Done(Completed { pack_id, kind, outcome, save }));
        self.save_completed();
    }

    /// Saves (or saves again) the completed break, and shows what storage did.
    pub fn save_completed(&self) {
        let record = self.flow.completed_untracked(|c| match &c.save {
            Save::Saving(r) | Save::Failed { record: r, .. } => Some(r.clone()),
            _ => None,
        });
        let Some(record) = record.flatten() else { return };
        self.flow.set_save(Save::Saving(record.clone()));
        let (flow, stored) = (self.flow, self.stored);
        spawn_local(async move {
            let save = match persist::save_record(stored, record.clone()).await {
                Ok(saved) => Save::Saved(saved),
                Err(error) => Save::Failed { record, error },
            };
            flow.set_save(save);
        });
    }
}
