//! The service worker's decisions, as one pure step.
//!
//! `extension/sw.js` registers the browser's listeners and hands each event over as a typed
//! JSON object (`{"type":"idle","state":"locked"}`), which the worker's wasm boundary reads once
//! into a [`WorkerEvent`]. The worker's shell then only:
//! 1. loads a [`WorkerState`] through the store's snapshot reader ([`WorkerState::read`]);
//! 2. looks up in the browser what [`needs`] asks for (is any tab audible?), into [`Facts`];
//! 3. calls [`step`];
//! 4. carries out the [`Effect`]s in order. The last two are the one write ([`Effect::Save`]) and
//!    the answer to a page's message ([`Effect::Reply`]).
//!
//! Everything else is decided here: which [`TrackerEvent`]s an input means, the nudge's words and
//! the pack it names, the routine a click opens, the wake-up counts, and what is written back.
//!
//! # The skip rule
//! An input that means nothing to the tracker and counts no wake-up returns at once, with no
//! effect and no write: an alarm or a notification of another name, a storage change of other
//! keys (the worker's own writes among them, which would otherwise loop), the page's status
//! question, a tab closing while nothing played sound. Chrome wakes the worker for each of these,
//! and a write would wake every open tab's storage listener in turn.
//!
//! Otherwise the tracker steps, and its state is written only if it changed, with the wake-up
//! counts when this input was a wake-up (a start of the worker, or its own alarm).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::clock::{Moment, UtcMs};
use crate::day_summary::{DayLog, DaySummary};
use crate::l10n::LocaleAsset;
use crate::pack::Pack;
use crate::quick::quick_minutes;
use crate::record::{is_record_key, BreakKind};
use crate::settings::Settings;
use crate::store::{Snapshot, DEBUG_WAKEUPS_KEY, SETTINGS_KEY, SITTING_KEY};
use crate::text;
use crate::tracker::{IdleState, NudgeKind, SittingTracker, TrackerEffect, TrackerEvent};

/// The name of the tracker's one alarm; alarms of other names are not the worker's.
pub const ALARM: &str = "sitting";
/// The id of the nudge notification; clicks on other notifications are not the worker's.
pub const NOTIFICATION: &str = "nudge";
/// Refusal of a test event from anyone but the extension's own pages.
pub const REFUSED_TEST_EVENT: &str = "refused: test events are accepted only from the extension itself";

/// One browser event, as `sw.js` hands it over: `{ type, ...what the listener received }`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(try_from = "wire::Event")]
pub enum WorkerEvent {
    /// `{type:"wake"}`: the worker's script was evaluated, a cold start. Every wake-up passes
    /// here first.
    Wake,
    /// `{type:"startup"}`: `runtime.onStartup` or `runtime.onInstalled`.
    Startup,
    /// `{type:"idle", state}`: `idle.onStateChanged`.
    Idle { state: IdleState },
    /// `{type:"alarm", name}`: `alarms.onAlarm`.
    Alarm { name: String },
    /// `{type:"notification_clicked", id}`: the body of a notification.
    NotificationClicked { id: String },
    /// `{type:"notification_button", id, index}`; `index` 0 is Start (see [`text::NUDGE_BUTTONS`]).
    NotificationButton { id: String, index: u32 },
    /// `{type:"audible", audible}`: a tab started or stopped playing sound.
    Audible { audible: bool },
    /// `{type:"audible_check"}`: a tab closed, and the sound may have stopped with it.
    AudibleCheck,
    /// `{type:"storage_changed", keys, added}`: the changed keys of the local area, and those
    /// that were new.
    StorageChanged { keys: Vec<String>, added: Vec<String> },
    /// `{type:"message", message, sender_id, sender_url}`: `runtime.onMessage` from the extension's
    /// pages.
    Message { message: PageMessage, sender: Sender },
}

/// Who sent a message: `sender.id` and `sender.url` as the browser reports them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sender {
    pub id: Option<String>,
    pub url: Option<String>,
}

/// What the extension's pages ask the worker (`{type:"deskbreak/status"}`…). Anything else is
/// [`PageMessage::Unknown`] and answered as such.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum PageMessage {
    /// How long the user has sat (the New Tab's banner, and handy when debugging).
    Status,
    /// The banner's Snooze (the only one in Firefox, whose notifications have no buttons).
    Snooze,
    /// End-to-end tests cannot make `chrome.idle` report anything but "active" in a headless
    /// container, nor click a notification's buttons: `{type:"deskbreak/test-event", event,
    /// value}` delivers those events instead. Only builds with test hooks take it (see
    /// [`Facts::own_pages`]), from the extension's own pages.
    TestEvent(TestEvent),
    #[default]
    Unknown,
}

/// A test event: `{event:"idle", value:"locked"}`, `{event:"notification-start"}`…
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum TestEvent {
    Idle(IdleState),
    NotificationStart,
    NotificationSnooze,
    #[default]
    Unknown,
}

/// The JSON `sw.js` sends, read as flat records and then checked into the typed events above.
/// Serde's tagged enums would read it too, but they cost the worker's wasm about 50 KB.
mod wire {
    use serde::Deserialize;

    use super::{IdleState, PageMessage, Sender, TestEvent, WorkerEvent};

    #[derive(Deserialize)]
    pub(super) struct Event {
        #[serde(rename = "type")]
        kind: String,
        state: Option<IdleState>,
        name: Option<String>,
        id: Option<String>,
        index: Option<u32>,
        audible: Option<bool>,
        #[serde(default)]
        keys: Vec<String>,
        #[serde(default)]
        added: Vec<String>,
        message: Option<Message>,
        sender_id: Option<String>,
        sender_url: Option<String>,
    }

    /// A page's message; missing fields are empty, so an odd message is only an unknown one.
    #[derive(Default, Deserialize)]
    #[serde(default)]
    pub(super) struct Message {
        #[serde(rename = "type")]
        kind: String,
        event: String,
        value: Option<String>,
    }

    impl TryFrom<Event> for WorkerEvent {
        type Error = String;

        fn try_from(e: Event) -> Result<Self, String> {
            let kind = e.kind;
            let missing = |field: &str| format!("the {kind} event has no {field}");
            Ok(match kind.as_str() {
                "wake" => Self::Wake,
                "startup" => Self::Startup,
                "idle" => Self::Idle { state: e.state.ok_or_else(|| missing("state"))? },
                "alarm" => Self::Alarm { name: e.name.ok_or_else(|| missing("name"))? },
                "notification_clicked" => {
                    Self::NotificationClicked { id: e.id.ok_or_else(|| missing("id"))? }
                }
                "notification_button" => Self::NotificationButton {
                    id: e.id.ok_or_else(|| missing("id"))?,
                    index: e.index.ok_or_else(|| missing("index"))?,
                },
                "audible" => Self::Audible { audible: e.audible.ok_or_else(|| missing("audible"))? },
                "audible_check" => Self::AudibleCheck,
                "storage_changed" => Self::StorageChanged { keys: e.keys, added: e.added },
                "message" => Self::Message {
                    message: e.message.map(PageMessage::from).unwrap_or_default(),
                    sender: Sender { id: e.sender_id, url: e.sender_url },
                },
                _ => return Err(format!("unknown event type {kind:?}")),
            })
        }
    }

    impl From<Message> for PageMessage {
        fn from(m: Message) -> Self {
            match m.kind.as_str() {
                "deskbreak/status" => Self::Status,
                "deskbreak/snooze" => Self::Snooze,
                "deskbreak/test-event" => Self::TestEvent(match (m.event.as_str(), m.value.as_deref()) {
                    ("idle", Some("active")) => TestEvent::Idle(IdleState::Active),
                    ("idle", Some("idle")) => TestEvent::Idle(IdleState::Idle),
                    ("idle", Some("locked")) => TestEvent::Idle(IdleState::Locked),
                    ("notification-start", _) => TestEvent::NotificationStart,
                    ("notification-snooze", _) => TestEvent::NotificationSnooze,
                    _ => TestEvent::Unknown,
                }),
                _ => Self::Unknown,
            }
        }
    }
}

/// Wake-ups the worker counted, for the end-to-end tests and `make bench`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WakeCounter {
    /// Times the worker's script was evaluated (a cold start).
    pub starts: u64,
    /// Alarms that fired: the only wake-ups the worker causes itself.
    pub alarms: u64,
    /// Wall-clock time of the first count, to turn counts into rates.
    pub since_ms: UtcMs,
}

/// A wake-up worth counting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Wakeup {
    Start,
    Alarm,
}

impl WakeCounter {
    fn count(&mut self, wakeup: Wakeup, now: Moment) {
        if self.since_ms == 0 {
            self.since_ms = now.utc_ms;
        }
        match wakeup {
            Wakeup::Start => self.starts += 1,
            Wakeup::Alarm => self.alarms += 1,
        }
    }
}

/// What the worker knows between events: all of it in storage, since MV3 stops it at will.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkerState {
    /// The user's settings, as the page reads them.
    pub settings: Settings,
    /// The tracker as stored; `None` when nothing readable is (the first event starts afresh).
    pub tracker: Option<SittingTracker>,
    pub wakeups: WakeCounter,
    /// The day summaries as stored (see [`crate::day_summary`]).
    pub days: BTreeMap<NaiveDate, DaySummary>,
}

impl WorkerState {
    /// The state from the store's snapshot (the same reader as the page's) and the raw values it
    /// was read from, which hold the worker's own wake-up counts.
    pub fn read(snapshot: Snapshot, all: &BTreeMap<String, String>) -> Self {
        let wakeups =
            all.get(DEBUG_WAKEUPS_KEY).and_then(|raw| serde_json::from_str(raw).ok()).unwrap_or_default();
        Self { settings: snapshot.settings, tracker: snapshot.sitting, wakeups, days: snapshot.days }
    }

    /// The tracker to step: the stored one, or a fresh one (a lost stretch only means a new one).
    fn tracker_or_new(&self) -> SittingTracker {
        self.tracker.clone().unwrap_or_else(|| SittingTracker::new(self.settings.clone()))
    }

    fn audible(&self) -> bool {
        self.tracker.as_ref().is_some_and(SittingTracker::audible)
    }
}

/// What the shell must look up in the browser before stepping this event.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Needs {
    /// Whether any tab is audible: sound defers a nudge, so it is checked when one may be due.
    pub audible: bool,
    /// The extension's own id and address, to check a test event's sender.
    pub own_pages: bool,
}

/// Asks for only what this event's decision reads.
pub fn needs(state: &WorkerState, event: &WorkerEvent) -> Needs {
    Needs {
        audible: match event {
            WorkerEvent::Alarm { name } => name == ALARM,
            WorkerEvent::AudibleCheck => state.audible(),
            _ => false,
        },
        own_pages: matches!(event, WorkerEvent::Message { message: PageMessage::TestEvent(_), .. }),
    }
}

/// The extension's own id and base address (`chrome-extension://<id>/`, `moz-extension://<uuid>/`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnPages {
    pub id: Option<String>,
    pub url: String,
}

impl OwnPages {
    fn sent(&self, sender: &Sender) -> bool {
        self.id.is_some()
            && sender.id == self.id
            && sender.url.as_deref().is_some_and(|url| url.starts_with(&self.url))
    }
}

/// What the step reads besides the state and the event.
#[derive(Clone, Copy, Debug)]
pub struct Facts<'a> {
    pub catalog: &'a Catalog,
    /// The user's language: the nudge's words and the pack's title in it.
    pub locale: &'a LocaleAsset,
    /// Whether any tab plays sound, when [`needs`] asked; `None` also when the browser could
    /// not say, which counts as silence.
    pub audible: Option<bool>,
    /// Set only by builds with test hooks, when [`needs`] asked. Without it a test event is an
    /// unknown message, as in the store package.
    pub own_pages: Option<&'a OwnPages>,
}

/// What the worker must do, in the order given.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Show (or replace) the nudge [`NOTIFICATION`].
    Notify {
        title: String,
        message: String,
        buttons: [String; 2],
    },
    ClearNotification,
    /// Create the one [`ALARM`] at this instant, replacing any earlier one.
    ScheduleAlarm {
        at_ms: UtcMs,
    },
    CancelAlarm,
    /// The toolbar badge's text; empty clears it. `quick`: in the quick-move nudge's look.
    Badge {
        text: String,
        quick: bool,
    },
    /// `idle.setDetectionInterval`: `Idle` must mean "away time reached".
    SetIdleDetection {
        seconds: u32,
    },
    /// Open this packaged page in a new, focused tab: the routine a nudge started.
    OpenRoutine {
        path: String,
    },
    /// Write these values in one atomic set, under the store's write rule.
    Save(Save),
    /// Answer the page's message.
    Reply(Reply),
}

/// What an event changed, to be written back.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Save {
    pub tracker: Option<SittingTracker>,
    pub wakeups: Option<WakeCounter>,
    /// The day summaries this event changed, each under its own `day:<date>` key.
    pub days: Vec<DaySummary>,
}

impl Save {
    /// The storage items, as JSON text under their keys.
    pub fn items(&self) -> Result<Vec<(String, String)>, serde_json::Error> {
        let mut items = Vec::new();
        if let Some(tracker) = &self.tracker {
            items.push((SITTING_KEY.to_string(), serde_json::to_string(tracker)?));
        }
        if let Some(wakeups) = &self.wakeups {
            items.push((DEBUG_WAKEUPS_KEY.to_string(), serde_json::to_string(wakeups)?));
        }
        items.extend(self.days.iter().map(|day| (day.key(), day.to_stored_json())));
        Ok(items)
    }
}

/// The answer to a page's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    Status {
        sat_ms: Option<i64>,
        over_interval: bool,
    },
    Ok,
    UnknownMessage,
    /// The message is refused: the page's promise is rejected with this reason.
    Refused(&'static str),
}

impl Reply {
    /// The JSON text the page receives, or the reason its message is refused.
    pub fn answer(&self) -> Result<String, String> {
        match self {
            Self::Status { sat_ms, over_interval } => {
                Ok(serde_json::json!({ "sat_ms": sat_ms, "over_interval": over_interval }).to_string())
            }
            Self::Ok => Ok(r#"{"ok":true}"#.to_string()),
            Self::UnknownMessage => Ok(r#"{"error":"unknown message"}"#.to_string()),
            Self::Refused(reason) => Err((*reason).to_string()),
        }
    }
}

/// The fragment of the New Tab's address that starts a pack's routine at once.
pub const START_FRAGMENT: &str = "#start=";
/// The fragment that starts a pack's quick move at once.
pub const QUICK_FRAGMENT: &str = "#quick=";

/// The packaged page that starts today's routine, or its quick move, at once (the page reads
/// [`routine_to_start`]).
pub fn routine_path(pack: Option<&Pack>, kind: BreakKind) -> String {
    let fragment = match kind {
        BreakKind::Full => START_FRAGMENT,
        BreakKind::Quick => QUICK_FRAGMENT,
    };
    match pack {
        Some(pack) => format!("index.html{fragment}{}", pack.id),
        None => "index.html".to_string(),
    }
}

/// The pack a New Tab's address asks to start (`location.hash`), if any.
pub fn pack_to_start(hash: &str) -> Option<&str> {
    routine_to_start(hash).map(|(id, _)| id)
}

/// The pack and the kind of break a New Tab's address asks to start, if any.
pub fn routine_to_start(hash: &str) -> Option<(&str, BreakKind)> {
    let full = hash.strip_prefix(START_FRAGMENT).map(|id| (id, BreakKind::Full));
    let quick = || hash.strip_prefix(QUICK_FRAGMENT).map(|id| (id, BreakKind::Quick));
    full.or_else(quick).filter(|(id, _)| !id.is_empty())
}

/// Handles one event at `now`: the next state, and the effects to carry out in order.
pub fn step(
    mut state: WorkerState,
    event: &WorkerEvent,
    facts: &Facts,
    now: Moment,
) -> (WorkerState, Vec<Effect>) {
    let Meaning { events, count, reply } = meaning(&state, event, facts, now);
    let mut effects = Vec::new();
    // The skip rule (see the module docs).
    if !events.is_empty() || count.is_some() {
        effects = run(&mut state, events, count, (facts.catalog, facts.locale), now);
    }
    effects.extend(reply.map(Effect::Reply));
    (state, effects)
}

/// What one input means: tracker events, a wake-up to count, an answer.
#[derive(Debug, Default)]
struct Meaning {
    events: Vec<TrackerEvent>,
    count: Option<Wakeup>,
    reply: Option<Reply>,
}

impl Meaning {
    fn events(events: Vec<TrackerEvent>) -> Self {
        Self { events, ..Self::default() }
    }

    fn reply(reply: Reply) -> Self {
        Self { reply: Some(reply), ..Self::default() }
    }
}

fn meaning(state: &WorkerState, event: &WorkerEvent, facts: &Facts, now: Moment) -> Meaning {
    use TrackerEvent as T;
    let sound = facts.audible.unwrap_or(false);
    match event {
        WorkerEvent::Wake => Meaning { events: vec![T::Startup], count: Some(Wakeup::Start), reply: None },
        WorkerEvent::Startup => Meaning::events(vec![T::Startup]),
        WorkerEvent::Idle { state } => Meaning::events(vec![T::Idle(*state)]),
        // Sound is checked when a nudge may be due, so a call defers it.
        WorkerEvent::Alarm { name } if name == ALARM => {
            Meaning { events: vec![T::Audible(sound), T::Alarm], count: Some(Wakeup::Alarm), reply: None }
        }
        WorkerEvent::NotificationClicked { id } if id == NOTIFICATION => {
            Meaning::events(vec![T::NudgeOpened])
        }
        WorkerEvent::NotificationButton { id, index } if id == NOTIFICATION => {
            Meaning::events(vec![if *index == 0 { T::NudgeOpened } else { T::Snooze }])
        }
        WorkerEvent::Audible { audible } => Meaning::events(vec![T::Audible(*audible)]),
        WorkerEvent::AudibleCheck if state.audible() && !sound => Meaning::events(vec![T::Audible(false)]),
        WorkerEvent::StorageChanged { keys, added } => {
            let mut events = Vec::new();
            if keys.iter().any(|k| k == SETTINGS_KEY) {
                events.push(T::SettingsChanged(state.settings.clone()));
            }
            // A new break record ends the stretch; an update (the check-in after) does not.
            if added.iter().any(|k| is_record_key(k)) {
                events.push(T::BreakCompleted);
            }
            Meaning::events(events)
        }
        WorkerEvent::Message { message, sender } => answer(state, message, sender, facts, now),
        WorkerEvent::Alarm { .. }
        | WorkerEvent::NotificationClicked { .. }
        | WorkerEvent::NotificationButton { .. }
        | WorkerEvent::AudibleCheck => Meaning::default(),
    }
}

fn answer(
    state: &WorkerState,
    message: &PageMessage,
    sender: &Sender,
    facts: &Facts,
    now: Moment,
) -> Meaning {
    use TrackerEvent as T;
    match (message, facts.own_pages) {
        (PageMessage::Status, _) => {
            let tracker = state.tracker_or_new();
            let (sat_ms, over_interval) = (tracker.sat_ms(now), tracker.over_interval(now));
            Meaning::reply(Reply::Status { sat_ms, over_interval })
        }
        (PageMessage::Snooze, _) => Meaning { events: vec![T::Snooze], count: None, reply: Some(Reply::Ok) },
        (PageMessage::TestEvent(_), Some(own)) if !own.sent(sender) => {
            Meaning::reply(Reply::Refused(REFUSED_TEST_EVENT))
        }
        (PageMessage::TestEvent(test), Some(_)) => {
            let event = match test {
                TestEvent::Idle(idle) => T::Idle(*idle),
                TestEvent::NotificationStart => T::NudgeOpened,
                TestEvent::NotificationSnooze => T::Snooze,
                TestEvent::Unknown => return Meaning::reply(Reply::Refused("unknown test event")),
            };
            Meaning { events: vec![event], count: None, reply: Some(Reply::Ok) }
        }
        (PageMessage::TestEvent(_), None) | (PageMessage::Unknown, _) => {
            Meaning::reply(Reply::UnknownMessage)
        }
    }
}

/// Steps the tracker through the events and plans the write.
fn run(
    state: &mut WorkerState,
    events: Vec<TrackerEvent>,
    count: Option<Wakeup>,
    (catalog, locale): (&Catalog, &LocaleAsset),
    now: Moment,
) -> Vec<Effect> {
    let pack = catalog.todays_pack(now, &state.settings.focus);
    let mut tracker = state.tracker_or_new();
    let mut days = DayLog::new(std::mem::take(&mut state.days));
    let mut effects = Vec::new();
    for event in events {
        // The notification clicked is the last one shown: the quick move, or the full pack.
        let opened = (event == TrackerEvent::NudgeOpened).then(|| match tracker.notified() {
            Some(NudgeKind::Quick) => BreakKind::Quick,
            _ => BreakKind::Full,
        });
        let (next, done) = tracker.clone().on(event.clone(), now);
        days.observe(&tracker, &next, &event, &done, now);
        tracker = next;
        effects.extend(done.into_iter().map(|effect| carry_out(effect, pack, catalog, locale)));
        // The tracker already cleared the nudge; the routine opens once.
        if let Some(kind) = opened {
            effects.push(Effect::OpenRoutine { path: routine_path(pack, kind) });
        }
    }
    let mut save = Save { days: days.changed(), ..Save::default() };
    state.days = days.days;
    if state.tracker.as_ref() != Some(&tracker) {
        save.tracker = Some(tracker.clone());
    }
    if let Some(wakeup) = count {
        state.wakeups.count(wakeup, now);
        save.wakeups = Some(state.wakeups.clone());
    }
    if save != Save::default() {
        effects.push(Effect::Save(save));
    }
    state.tracker = Some(tracker);
    effects
}

/// The tracker's effect, in the words and with the pack the user sees.
fn carry_out(effect: TrackerEffect, pack: Option<&Pack>, catalog: &Catalog, locale: &LocaleAsset) -> Effect {
    let m = &locale.messages;
    let title = |pack: &Pack| locale.text.packs.get(&pack.id).map_or(pack.title.clone(), |t| t.title.clone());
    match effect {
        TrackerEffect::Notify { sat_ms } => Effect::Notify {
            title: text::sitting_for(m, sat_ms),
            message: text::nudge_message(
                m,
                pack.map(|p| (title(p), catalog.estimated_minutes(p)))
                    .as_ref()
                    .map(|(t, n)| (t.as_str(), *n)),
            ),
            buttons: text::nudge_buttons(m),
        },
        TrackerEffect::NotifyQuick { sat_ms } => Effect::Notify {
            title: text::sitting_for(m, sat_ms),
            message: text::quick_nudge_message(
                m,
                pack.map(|p| (title(p), quick_minutes(catalog, p))).as_ref().map(|(t, n)| (t.as_str(), *n)),
            ),
            buttons: text::quick_nudge_buttons(m),
        },
        TrackerEffect::ClearNotification => Effect::ClearNotification,
        TrackerEffect::ScheduleAlarm { at_ms } => Effect::ScheduleAlarm { at_ms },
        TrackerEffect::CancelAlarm => Effect::CancelAlarm,
        TrackerEffect::Badge { minutes } => Effect::Badge { text: text::badge(m, minutes), quick: false },
        TrackerEffect::QuickBadge { minutes } => {
            Effect::Badge { text: text::badge(m, Some(minutes)), quick: true }
        }
        TrackerEffect::SetIdleDetection { seconds } => Effect::SetIdleDetection { seconds },
    }
}

#[cfg(all(test, feature = "markdown"))]
mod tests {
    use super::*;
    use crate::pack::{Exercise, Position, TimeOfDay};
    use crate::store::read_snapshot;
    use crate::suggest::tests::pack;
    use chrono::NaiveDateTime;

    /// A time on Wednesday 25 November 2026, UTC: inside the default work hours.
    fn at(time: &str) -> Moment {
        let text = format!("2026-11-25 {time}");
        let ms = NaiveDateTime::parse_from_str(&text, "%Y-%m-%d %H:%M").unwrap().and_utc().timestamp_millis();
        Moment::new(ms, 0)
    }

    /// An event as `sw.js` hands it over.
    fn event(json: &str) -> WorkerEvent {
        serde_json::from_str(json).unwrap()
    }

    /// Three packs; every routine takes two and a half minutes ("about 3 min").
    fn catalog() -> Catalog {
        let exercise = Exercise {
            name: "roll".into(),
            position: Position::Sitting,
            duration_s: 75,
            per_side: true,
            steps: Vec::new(),
            cue: String::new(),
        };
        let with_roll = |id: &str, title: &str| Pack {
            exercises: vec!["roll".into()],
            ..pack(id, title, TimeOfDay::Any)
        };
        Catalog {
            packs: vec![
                with_roll("neck", "Neck reset"),
                with_roll("wrists", "Wrist ease"),
                with_roll("back", "Back"),
            ],
            library: vec![exercise],
        }
    }

    /// The worker between events: its stored state, and the browser it asks about sound and
    /// its own pages.
    struct Story {
        state: WorkerState,
        catalog: Catalog,
        sound: bool,
        /// Set in builds with test hooks.
        own: Option<OwnPages>,
    }

    impl Story {
        /// Nudges every 30 minutes, so the first one is due while the first alarm fires.
        fn new() -> Self {
            let settings = Settings { nudge_interval_min: 30, ..Settings::default() };
            Self {
                state: WorkerState { settings, ..WorkerState::default() },
                catalog: catalog(),
                sound: false,
                own: None,
            }
        }

        /// Steps one event at `time`, looking up only what the step asks for.
        fn on(&mut self, time: &str, json: &str) -> Vec<Effect> {
            let event = event(json);
            let needs = needs(&self.state, &event);
            let locale =
                LocaleAsset { messages: crate::l10n::testing::english().clone(), ..LocaleAsset::default() };
            let facts = Facts {
                catalog: &self.catalog,
                locale: &locale,
                audible: needs.audible.then_some(self.sound),
                own_pages: self.own.as_ref().filter(|_| needs.own_pages),
            };
            let (next, effects) = step(self.state.clone(), &event, &facts, at(time));
            self.state = next;
            effects
        }

        fn tracker(&self) -> &SittingTracker {
            self.state.tracker.as_ref().unwrap()
        }

        fn todays_path(&self, time: &str) -> String {
            routine_path(self.catalog.todays_pack(at(time), &self.state.settings.focus), BreakKind::Full)
        }
    }

    fn saves(effects: &[Effect]) -> Vec<&Save> {
        effects.iter().filter_map(|e| if let Effect::Save(s) = e { Some(s) } else { None }).collect()
    }

    fn count(effects: &[Effect], wanted: impl Fn(&Effect) -> bool) -> usize {
        effects.iter().filter(|e| wanted(e)).count()
    }

    fn reply(effects: &[Effect]) -> Option<Result<String, String>> {
        effects.iter().find_map(|e| if let Effect::Reply(r) = e { Some(r.answer()) } else { None })
    }

    #[test]
    fn sw_js_hands_over_typed_events_read_once() {
        assert_eq!(event(r#"{"type":"wake"}"#), WorkerEvent::Wake);
        assert_eq!(
            event(r#"{"type":"idle","state":"locked"}"#),
            WorkerEvent::Idle { state: IdleState::Locked }
        );
        assert_eq!(event(r#"{"type":"alarm","name":"sitting"}"#), WorkerEvent::Alarm { name: ALARM.into() });
        assert_eq!(
            event(r#"{"type":"notification_button","id":"nudge","index":1}"#),
            WorkerEvent::NotificationButton { id: NOTIFICATION.into(), index: 1 }
        );
        assert_eq!(event(r#"{"type":"audible","audible":true}"#), WorkerEvent::Audible { audible: true });
        assert_eq!(
            event(r#"{"type":"storage_changed","keys":["settings","break:a"],"added":["break:a"]}"#),
            WorkerEvent::StorageChanged {
                keys: vec!["settings".into(), "break:a".into()],
                added: vec!["break:a".into()]
            }
        );
        let message = |json: &str| match event(&format!(
            r#"{{"type":"message","message":{json},"sender_id":"x","sender_url":null}}"#
        )) {
            WorkerEvent::Message { message, sender } => {
                assert_eq!(sender, Sender { id: Some("x".into()), url: None });
                message
            }
            other => panic!("not a message: {other:?}"),
        };
        assert_eq!(message(r#"{"type":"deskbreak/status"}"#), PageMessage::Status);
        assert_eq!(
            message(r#"{"type":"deskbreak/test-event","event":"idle","value":"idle"}"#),
            PageMessage::TestEvent(TestEvent::Idle(IdleState::Idle))
        );
        assert_eq!(
            message(r#"{"type":"deskbreak/test-event","event":"notification-start"}"#),
            PageMessage::TestEvent(TestEvent::NotificationStart)
        );
        // What the worker cannot read is unknown, never an error the page would not expect.
        assert_eq!(
            message(r#"{"type":"deskbreak/test-event","event":"make-coffee"}"#),
            PageMessage::TestEvent(TestEvent::Unknown)
        );
        assert_eq!(
            message(r#"{"type":"deskbreak/test-event","event":"idle","value":"asleep"}"#),
            PageMessage::TestEvent(TestEvent::Unknown)
        );
        assert_eq!(message(r#"{"type":"coffee"}"#), PageMessage::Unknown);
        assert_eq!(message(r#"{"kind":5}"#), PageMessage::Unknown);
        // Events are checked at the door, before the worker loads anything.
        let unreadable = |json: &str| serde_json::from_str::<WorkerEvent>(json).unwrap_err().to_string();
        assert!(unreadable(r#"{"type":"idle"}"#).contains("the idle event has no state"));
        assert!(unreadable(r#"{"type":"idle","state":"asleep"}"#).contains("unknown variant"));
        assert!(unreadable(r#"{"type":"coffee"}"#).contains("unknown event type"));
        assert!(unreadable(r#"{"type":"message","message":42}"#).contains("invalid type"));
    }

    #[test]
    fn a_cold_start_starts_a_stretch_and_counts_itself() {
        let mut story = Story::new();
        let fx = story.on("10:00", r#"{"type":"wake"}"#);
        assert!(fx.contains(&Effect::SetIdleDetection { seconds: 300 }));
        assert!(fx.contains(&Effect::Badge { text: "0m".into(), quick: false }));
        assert!(fx.contains(&Effect::ScheduleAlarm { at_ms: at("10:30").utc_ms }));
        let save = saves(&fx);
        assert_eq!(save.len(), 1, "one write, at the end");
        assert!(matches!(fx.last(), Some(Effect::Save(_))));
        assert_eq!(save[0].tracker.as_ref().and_then(|t| t.stretch_started()), Some(at("10:00").utc_ms));
        let since_ms = at("10:00").utc_ms;
        assert_eq!(save[0].wakeups, Some(WakeCounter { starts: 1, alarms: 0, since_ms }));
        let keys: Vec<String> = save[0].items().unwrap().into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, [SITTING_KEY, DEBUG_WAKEUPS_KEY]);

        // MV3 stopped the worker; the next start continues the stretch and counts once more.
        let fx = story.on("10:10", r#"{"type":"wake"}"#);
        assert_eq!(saves(&fx)[0].wakeups, Some(WakeCounter { starts: 2, alarms: 0, since_ms }));
        assert_eq!(story.tracker().stretch_started(), Some(at("10:00").utc_ms));
    }

    #[test]
    fn inputs_that_change_nothing_are_skipped_without_a_write() {
        let mut story = Story::new();
        story.on("10:00", r#"{"type":"wake"}"#);
        let before = story.state.clone();
        for json in [
            r#"{"type":"alarm","name":"someone-else"}"#,
            r#"{"type":"notification_clicked","id":"another"}"#,
            r#"{"type":"notification_button","id":"another","index":0}"#,
            // The worker's own write comes back as a change of `sitting` and `debug:wakeups`.
            r#"{"type":"storage_changed","keys":["sitting","debug:wakeups"],"added":[]}"#,
            // The check-in after a break updates its record: not a new break.
            r#"{"type":"storage_changed","keys":["break:abc"],"added":[]}"#,
            // A tab closed while nothing played sound.
            r#"{"type":"audible_check"}"#,
        ] {
            assert!(!needs(&story.state, &event(json)).audible, "{json}");
            assert_eq!(story.on("10:05", json), [], "{json}");
            assert_eq!(story.state, before, "{json}");
        }
        // A question is answered, and changes nothing either.
        let fx = story.on("10:05", r#"{"type":"message","message":{"type":"deskbreak/status"}}"#);
        assert_eq!(fx.len(), 1);
        let status: serde_json::Value = serde_json::from_str(&reply(&fx).unwrap().unwrap()).unwrap();
        assert_eq!(status, serde_json::json!({ "sat_ms": 5 * 60_000, "over_interval": false }));
        assert_eq!(story.state, before);
    }

    #[test]
    fn the_alarm_asks_about_sound_and_a_nudge_names_todays_pack() {
        let mut story = Story::new();
        story.on("10:00", r#"{"type":"wake"}"#);
        let alarm = r#"{"type":"alarm","name":"sitting"}"#;
        assert!(needs(&story.state, &event(alarm)).audible);

        // A call plays: the due nudge waits, and the alarm still counts as a wake-up.
        story.sound = true;
        let fx = story.on("10:30", alarm);
        assert_eq!(count(&fx, |e| matches!(e, Effect::Notify { .. })), 0);
        assert_eq!(saves(&fx)[0].wakeups.as_ref().map(|w| w.alarms), Some(1));
        assert!(story.tracker().stretch().unwrap().deferred);
        // The tab closes but another still plays: nothing changes.
        assert!(needs(&story.state, &event(r#"{"type":"audible_check"}"#)).audible);
        assert_eq!(story.on("10:35", r#"{"type":"audible_check"}"#), []);

        // The sound stops: the nudge comes, in the words and with the pack the New Tab shows.
        story.sound = false;
        let fx = story.on("10:40", r#"{"type":"audible_check"}"#);
        let pack = story.catalog.todays_pack(at("10:40"), &[]).unwrap();
        let notify = Effect::Notify {
            title: "You've been sitting for 40 min".into(),
            message: format!("Today's pack: {} · about 3 min. Click to start it.", pack.title),
            buttons: ["Start".into(), "Snooze 15 min".into()],
        };
        assert_eq!(count(&fx, |e| *e == notify), 1, "{fx:?}");
        assert_eq!(saves(&fx)[0].wakeups, None, "a tab closing is no wake-up of the worker's own");
    }

    #[test]
    fn a_click_on_the_nudge_clears_it_and_opens_todays_routine_once() {
        for click in [
            r#"{"type":"notification_clicked","id":"nudge"}"#,
            r#"{"type":"notification_button","id":"nudge","index":0}"#,
        ] {
            let mut story = Story::new();
            story.on("10:00", r#"{"type":"wake"}"#);
            story.on("10:30", r#"{"type":"alarm","name":"sitting"}"#);
            assert_eq!(story.tracker().stretch().unwrap().nudges_shown, 1);

            let fx = story.on("10:31", click);
            assert_eq!(count(&fx, |e| *e == Effect::ClearNotification), 1, "{click}: {fx:?}");
            let open = Effect::OpenRoutine { path: story.todays_path("10:31") };
            assert_eq!(count(&fx, |e| *e == open), 1, "{click}: {fx:?}");
            let clear_at = fx.iter().position(|e| *e == Effect::ClearNotification);
            assert!(clear_at < fx.iter().position(|e| *e == open));
            assert!(story.tracker().stretch().unwrap().routine_started);
            assert_eq!(saves(&fx).len(), 1);
        }
        let path = Story::new().todays_path("10:31");
        assert!(path.starts_with("index.html#start="));
        let id = pack_to_start(path.trim_start_matches("index.html")).unwrap();
        assert!(catalog().pack(id).is_some(), "the page finds the pack the worker's address names");
    }

    #[test]
    fn the_quick_nudge_turns_the_badge_and_its_notification_opens_the_quick_move() {
        let mut story = Story::new();
        story.state.settings = Settings::default();
        story.on("10:00", r#"{"type":"wake"}"#);
        // Quiet by default: the badge changes its look, nothing is shown.
        let fx = story.on("10:30", r#"{"type":"alarm","name":"sitting"}"#);
        assert_eq!(count(&fx, |e| matches!(e, Effect::Notify { .. })), 0);
        assert!(fx.contains(&Effect::Badge { text: "30m".into(), quick: true }), "{fx:?}");

        // With the notification asked for, it names the quick move, and a click starts it.
        let mut story = Story::new();
        story.state.settings = Settings { quick_notify: true, ..Settings::default() };
        story.on("10:00", r#"{"type":"wake"}"#);
        let fx = story.on("10:30", r#"{"type":"alarm","name":"sitting"}"#);
        let pack = story.catalog.todays_pack(at("10:30"), &[]).unwrap().clone();
        let notify = Effect::Notify {
            title: "You've been sitting for 30 min".into(),
            message: format!(
                "A quick move from {} · about 3 min, right where you are. Click to start it.",
                pack.title
            ),
            buttons: ["Quick move".into(), "Snooze 15 min".into()],
        };
        assert_eq!(count(&fx, |e| *e == notify), 1, "{fx:?}");
        let fx = story.on("10:31", r#"{"type":"notification_button","id":"nudge","index":0}"#);
        let path = routine_path(story.catalog.todays_pack(at("10:31"), &[]), BreakKind::Quick);
        assert!(path.starts_with("index.html#quick="), "{path}");
        assert_eq!(count(&fx, |e| *e == Effect::OpenRoutine { path: path.clone() }), 1, "{fx:?}");
        assert_eq!(
            routine_to_start(path.trim_start_matches("index.html")),
            Some((pack.id.as_str(), BreakKind::Quick))
        );
        assert_eq!(routine_to_start("#start=neck"), Some(("neck", BreakKind::Full)));
        assert_eq!(routine_to_start("#quick="), None);
    }

    #[test]
    fn snooze_from_the_nudge_or_the_banner_opens_nothing() {
        for snooze in [
            r#"{"type":"notification_button","id":"nudge","index":1}"#,
            r#"{"type":"message","message":{"type":"deskbreak/snooze"}}"#,
        ] {
            let mut story = Story::new();
            story.on("10:00", r#"{"type":"wake"}"#);
            story.on("10:30", r#"{"type":"alarm","name":"sitting"}"#);
            let fx = story.on("10:31", snooze);
            assert_eq!(count(&fx, |e| matches!(e, Effect::OpenRoutine { .. })), 0, "{snooze}");
            assert_eq!(count(&fx, |e| *e == Effect::ClearNotification), 1, "{snooze}");
            assert_eq!(story.tracker().stretch().unwrap().next_due_ms, Some(at("10:46").utc_ms), "{snooze}");
        }
    }

    #[test]
    fn new_settings_and_new_breaks_reach_the_tracker() {
        let mut story = Story::new();
        story.on("10:00", r#"{"type":"wake"}"#);
        // The page saved new settings; the worker reads them with everything else.
        story.state.settings = Settings { nudge_interval_min: 60, ..story.state.settings.clone() };
        story.on("10:05", r#"{"type":"storage_changed","keys":["settings"],"added":[]}"#);
        assert_eq!(story.tracker().settings().nudge_interval_min, 60);
        // A new break ends the stretch; the user is still active, so the next one starts now.
        let fx =
            story.on("10:20", r#"{"type":"storage_changed","keys":["break:abc"],"added":["break:abc"]}"#);
        assert_eq!(story.tracker().stretch_started(), Some(at("10:20").utc_ms));
        assert!(saves(&fx)[0].tracker.is_some());
    }

    #[test]
    fn test_events_are_taken_only_in_test_builds_from_the_extension_itself() {
        let message = |json: &str, id: &str, url: &str| {
            format!(r#"{{"type":"message","message":{json},"sender_id":"{id}","sender_url":"{url}"}}"#)
        };
        let lock = r#"{"type":"deskbreak/test-event","event":"idle","value":"locked"}"#;
        let own_url = "chrome-extension://abc/index.html";
        let mut story = Story::new();
        story.on("10:00", r#"{"type":"wake"}"#);
        assert!(needs(&story.state, &event(&message(lock, "abc", own_url))).own_pages);

        // The store package does not know the message.
        let fx = story.on("10:01", &message(lock, "abc", own_url));
        assert_eq!(fx, [Effect::Reply(Reply::UnknownMessage)]);
        assert_eq!(reply(&fx), Some(Ok(r#"{"error":"unknown message"}"#.into())));

        story.own = Some(OwnPages { id: Some("abc".into()), url: "chrome-extension://abc/".into() });
        for (id, url) in [("other", own_url), ("abc", "https://example.test/")] {
            let fx = story.on("10:02", &message(lock, id, url));
            assert_eq!(fx, [Effect::Reply(Reply::Refused(REFUSED_TEST_EVENT))], "{id} {url}");
        }
        let fx = story.on(
            "10:03",
            &message(r#"{"type":"deskbreak/test-event","event":"make-coffee"}"#, "abc", own_url),
        );
        assert_eq!(reply(&fx), Some(Err("unknown test event".into())));
        assert_eq!(story.tracker().idle_state(), IdleState::Active);

        let fx = story.on("10:04", &message(lock, "abc", own_url));
        assert_eq!(reply(&fx), Some(Ok(r#"{"ok":true}"#.into())));
        assert!(matches!(fx.last(), Some(Effect::Reply(_))), "the answer comes after the write");
        assert_eq!(story.tracker().idle_state(), IdleState::Locked);
        assert_eq!(story.tracker().stretch(), None);
    }

    #[test]
    fn the_state_is_read_through_the_snapshot_and_a_bad_tracker_starts_afresh() {
        let all: BTreeMap<String, String> = [
            (SETTINGS_KEY, r#"{"schema":1,"nudge_interval_min":45}"#),
            (SITTING_KEY, "not json"),
            (DEBUG_WAKEUPS_KEY, r#"{"starts":3,"alarms":2,"since_ms":7}"#),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let (snapshot, _) = read_snapshot(&all);
        let state = WorkerState::read(snapshot, &all);
        assert_eq!(state.settings.nudge_interval_min, 45);
        assert_eq!(state.tracker, None);
        assert_eq!(state.wakeups, WakeCounter { starts: 3, alarms: 2, since_ms: 7 });

        let mut story = Story { state, ..Story::new() };
        let fx = story.on("10:00", r#"{"type":"idle","state":"active"}"#);
        let written = saves(&fx)[0].tracker.clone().unwrap();
        assert_eq!(written.settings().nudge_interval_min, 45);
        assert_eq!(written.stretch_started(), Some(at("10:00").utc_ms));
    }

    #[test]
    fn the_step_writes_the_days_summary_with_the_tracker_and_reads_it_back() {
        let mut story = Story::new();
        story.on("10:00", r#"{"type":"wake"}"#);
        let fx = story.on("10:30", r#"{"type":"alarm","name":"sitting"}"#);
        let items = saves(&fx)[0].items().unwrap();
        let keys: Vec<&str> = items.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, [SITTING_KEY, DEBUG_WAKEUPS_KEY, "day:2026-11-25"]);
        let fx = story.on("10:31", r#"{"type":"notification_clicked","id":"nudge"}"#);
        let day = &saves(&fx)[0].days[0];
        assert_eq!((day.longest_stretch_min, day.nudges.answered, day.open_nudge_ms), (31, 1, None));
        // The worker's own write comes back as a storage change, and is skipped.
        let own = r#"{"type":"storage_changed","keys":["day:2026-11-25"],"added":["day:2026-11-25"]}"#;
        assert_eq!(story.on("10:32", own), []);

        // The next start reads it through the snapshot, as the page does.
        let all: BTreeMap<String, String> = saves(&fx)[0].items().unwrap().into_iter().collect();
        let (snapshot, plan) = read_snapshot(&all);
        assert!(plan.is_empty());
        let state = WorkerState::read(snapshot, &all);
        assert_eq!(state.days.values().next(), Some(day));
    }
}
