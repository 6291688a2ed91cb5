//! User settings: defaults, ranges, validation, and a lenient reader for stored values.
//!
//! Every change goes through [`Settings::apply`], which refuses out-of-range input with a
//! message and leaves the settings as they were. Stored settings are read field by field:
//! a bad field is repaired to its default and reported, the rest are kept.

use chrono::Weekday;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::clock::{Moment, UtcMs};
use crate::l10n::{Arg, Lang, Messages};

pub const SETTINGS_SCHEMA: u32 = 1;

pub const NUDGE_INTERVAL_RANGE: (u16, u16) = (30, 180);
pub const AWAY_RANGE: (u16, u16) = (1, 30);
pub const DAILY_GOAL_RANGE: (u8, u8) = (1, 12);
/// Minutes of sitting before the quiet quick-move nudge, when it is on.
pub const QUICK_NUDGE_RANGE: (u16, u16) = (20, 60);
/// The quick-move nudge's default: after 30 minutes, as the trials suggest (PRODUCT.md).
pub const QUICK_NUDGE_DEFAULT_MIN: u16 = 30;

fn default_quick_nudge() -> Option<u16> {
    Some(QUICK_NUDGE_DEFAULT_MIN)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Self::System, Self::Light, Self::Dark];

    /// The name stored in settings, in the settings form's `<select>`, and in the hint that
    /// `extension/boot.js` applies before the first paint ("light" and "dark" only).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    pub fn parse(text: &str) -> Option<Theme> {
        Self::ALL.into_iter().find(|t| t.as_str() == text)
    }

    /// "Follow the system", "Light", "Dark".
    pub fn label(self, m: &Messages) -> String {
        m.get(match self {
            Self::System => "settings-theme-system",
            Self::Light => "settings-theme-light",
            Self::Dark => "settings-theme-dark",
        })
    }
}

/// Body areas a user can ask the suggestion to favour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Focus {
    Back,
    Neck,
    Shoulders,
    Wrists,
    Eyes,
    Hips,
    Posture,
    Energy,
    Calm,
}

impl Focus {
    pub const ALL: [Focus; 9] = [
        Self::Back,
        Self::Neck,
        Self::Shoulders,
        Self::Wrists,
        Self::Eyes,
        Self::Hips,
        Self::Posture,
        Self::Energy,
        Self::Calm,
    ];

    /// "Back", "Neck"…: the settings' name of the area.
    pub fn label(self, m: &Messages) -> String {
        m.get(match self {
            Self::Back => "settings-focus-back",
            Self::Neck => "settings-focus-neck",
            Self::Shoulders => "settings-focus-shoulders",
            Self::Wrists => "settings-focus-wrists",
            Self::Eyes => "settings-focus-eyes",
            Self::Hips => "settings-focus-hips",
            Self::Posture => "settings-focus-posture",
            Self::Energy => "settings-focus-energy",
            Self::Calm => "settings-focus-calm",
        })
    }

    /// Words that mark a pack as serving this focus (matched against its title and goals).
    pub fn keywords(self) -> &'static [&'static str] {
        match self {
            Self::Back => &["back", "spine", "lumbar"],
            Self::Neck => &["neck"],
            Self::Shoulders => &["shoulder"],
            Self::Wrists => &["wrist", "forearm", "hand", "typing"],
            Self::Eyes => &["eye", "screen", "vision"],
            Self::Hips => &["hip", "glute"],
            Self::Posture => &["posture", "upper back"],
            Self::Energy => &["energ", "wake", "warm-up", "alert"],
            Self::Calm => &["calm", "wind-down", "unwind", "relax", "stress"],
        }
    }
}

/// A set of weekdays, Monday = bit 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WeekdaySet(pub u8);

impl WeekdaySet {
    pub const MON_FRI: WeekdaySet = WeekdaySet(0b0001_1111);
    pub const ALL: WeekdaySet = WeekdaySet(0b0111_1111);

    pub fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day.num_days_from_monday()) != 0
    }

    pub fn with(self, day: Weekday, on: bool) -> Self {
        let bit = 1 << day.num_days_from_monday();
        WeekdaySet(if on { self.0 | bit } else { self.0 & !bit })
    }

    pub fn is_empty(self) -> bool {
        self.0 & 0x7f == 0
    }
}

impl Default for WeekdaySet {
    fn default() -> Self {
        Self::MON_FRI
    }
}

/// Minutes since local midnight.
pub type MinuteOfDay = u16;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub schema: u32,
    /// Continuous sitting before a nudge, minutes.
    pub nudge_interval_min: u16,
    /// Time without input that ends a sitting stretch, minutes.
    pub away_min: u16,
    pub work_start: MinuteOfDay,
    /// May be earlier than `work_start`: the hours then run across midnight.
    pub work_end: MinuteOfDay,
    pub work_days: WeekdaySet,
    pub daily_goal: u8,
    /// Days off (by `work_days`) never break the streak.
    pub work_days_only: bool,
    pub sound: bool,
    pub theme: Theme,
    pub focus: Vec<Focus>,
    /// Nudges are paused until this instant.
    pub nudges_paused_until: Option<UtcMs>,
    /// Continuous sitting before the quiet quick-move nudge, minutes; `None` turns it off.
    /// Settings stored before it existed read as the default.
    #[serde(default = "default_quick_nudge")]
    pub quick_nudge_min: Option<u16>,
    /// The quick-move nudge also shows an OS notification (off: the badge and the New Tab's
    /// banner only).
    #[serde(default)]
    pub quick_notify: bool,
    /// The language chosen in Settings; `None` follows the browser's.
    #[serde(default)]
    pub language: Option<Lang>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            schema: SETTINGS_SCHEMA,
            nudge_interval_min: 90,
            away_min: 5,
            work_start: 9 * 60,
            work_end: 18 * 60,
            work_days: WeekdaySet::MON_FRI,
            daily_goal: 1,
            work_days_only: false,
            sound: false,
            theme: Theme::System,
            focus: Vec::new(),
            nudges_paused_until: None,
            quick_nudge_min: default_quick_nudge(),
            quick_notify: false,
            language: None,
        }
    }
}

/// One change a user can make in the settings panel.
#[derive(Clone, Debug, PartialEq)]
pub enum SettingChange {
    NudgeInterval(i64),
    AwayTime(i64),
    WorkStart(i64),
    WorkEnd(i64),
    WorkDay(Weekday, bool),
    DailyGoal(i64),
    WorkDaysOnly(bool),
    Sound(bool),
    Theme(Theme),
    Focus(Focus, bool),
    PauseNudges(Pause),
    ResumeNudges,
    /// Minutes before the quick-move nudge, `None` for off.
    QuickNudge(Option<i64>),
    QuickNotify(bool),
    /// The language to show, `None` for the browser's.
    Language(Option<Lang>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pause {
    OneHour,
    UntilTomorrow,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    #[error("The nudge interval must be between {} and {} minutes.", NUDGE_INTERVAL_RANGE.0, NUDGE_INTERVAL_RANGE.1)]
    NudgeInterval,
    #[error("The away time must be between {} and {} minutes.", AWAY_RANGE.0, AWAY_RANGE.1)]
    AwayTime,
    #[error("Work hours must be a time of day between 00:00 and 23:59.")]
    WorkHour,
    #[error("Work hours must not start and end at the same time.")]
    EmptyWorkHours,
    #[error("Keep at least one work day.")]
    NoWorkDays,
    #[error("The daily goal must be between {} and {} breaks.", DAILY_GOAL_RANGE.0, DAILY_GOAL_RANGE.1)]
    DailyGoal,
    #[error("The quick-move nudge must come after {} to {} minutes, or be off.", QUICK_NUDGE_RANGE.0, QUICK_NUDGE_RANGE.1)]
    QuickNudge,
}

impl SettingsError {
    /// The message the settings dialog shows, in the user's language. (`Display` is the English
    /// one, for logs and the callers that have no messages at hand.)
    pub fn message_in(&self, m: &Messages) -> String {
        let range = |key: &str, (min, max): (i64, i64)| {
            m.format(key, &[("min", Arg::Num(min)), ("max", Arg::Num(max))])
        };
        match self {
            Self::NudgeInterval => range("settings-error-nudge-interval", wide(NUDGE_INTERVAL_RANGE)),
            Self::AwayTime => range("settings-error-away-time", wide(AWAY_RANGE)),
            Self::WorkHour => m.get("settings-error-work-hour"),
            Self::EmptyWorkHours => m.get("settings-error-empty-work-hours"),
            Self::NoWorkDays => m.get("settings-error-no-work-days"),
            Self::DailyGoal => range("settings-error-daily-goal", wide(DAILY_GOAL_RANGE)),
            Self::QuickNudge => range("settings-error-quick-nudge", wide(QUICK_NUDGE_RANGE)),
        }
    }
}

/// A range of any unsigned width, as `i64`s.
fn wide<T: Into<i64>>((min, max): (T, T)) -> (i64, i64) {
    (min.into(), max.into())
}

fn in_range<T: Into<i64> + Copy>(value: i64, (lo, hi): (T, T)) -> bool {
    value >= lo.into() && value <= hi.into()
}

impl Settings {
    /// Applies one change, or refuses it with a message and changes nothing.
    pub fn apply(&self, change: SettingChange, now: Moment) -> Result<Settings, SettingsError> {
        let mut next = self.clone();
        match change {
            SettingChange::NudgeInterval(v) => {
                if !in_range(v, NUDGE_INTERVAL_RANGE) {
                    return Err(SettingsError::NudgeInterval);
                }
                next.nudge_interval_min = v as u16;
            }
            SettingChange::AwayTime(v) => {
                if !in_range(v, AWAY_RANGE) {
                    return Err(SettingsError::AwayTime);
                }
                next.away_min = v as u16;
            }
            SettingChange::WorkStart(v) | SettingChange::WorkEnd(v) => {
                if !(0..1440).contains(&v) {
                    return Err(SettingsError::WorkHour);
                }
                if matches!(change, SettingChange::WorkStart(_)) {
                    next.work_start = v as u16;
                } else {
                    next.work_end = v as u16;
                }
                if next.work_start == next.work_end {
                    return Err(SettingsError::EmptyWorkHours);
                }
            }
            SettingChange::WorkDay(day, on) => {
                next.work_days = next.work_days.with(day, on);
                if next.work_days.is_empty() {
                    return Err(SettingsError::NoWorkDays);
                }
            }
            SettingChange::DailyGoal(v) => {
                if !in_range(v, DAILY_GOAL_RANGE) {
                    return Err(SettingsError::DailyGoal);
                }
                next.daily_goal = v as u8;
            }
            SettingChange::WorkDaysOnly(on) => next.work_days_only = on,
            SettingChange::Sound(on) => next.sound = on,
            SettingChange::Theme(t) => next.theme = t,
            SettingChange::Focus(f, on) => {
                next.focus.retain(|x| *x != f);
                if on {
                    next.focus.push(f);
                    next.focus.sort();
                }
            }
            SettingChange::PauseNudges(Pause::OneHour) => {
                next.nudges_paused_until = Some(now.utc_ms + crate::clock::HOUR_MS)
            }
            SettingChange::PauseNudges(Pause::UntilTomorrow) => {
                next.nudges_paused_until = Some(now.next_local_midnight())
            }
            SettingChange::ResumeNudges => next.nudges_paused_until = None,
            SettingChange::QuickNudge(v) => {
                if v.is_some_and(|v| !in_range(v, QUICK_NUDGE_RANGE)) {
                    return Err(SettingsError::QuickNudge);
                }
                next.quick_nudge_min = v.map(|v| v as u16);
            }
            SettingChange::QuickNotify(on) => next.quick_notify = on,
            SettingChange::Language(lang) => next.language = lang,
        }
        Ok(next)
    }

    /// Are nudges paused at this instant?
    pub fn nudges_paused(&self, now: Moment) -> bool {
        self.nudges_paused_until.is_some_and(|until| now.utc_ms < until)
    }

    /// Is this local instant inside work hours on a work day?
    ///
    /// Hours that run across midnight (22:00–06:00) belong to the day they started on.
    pub fn in_work_hours(&self, now: Moment) -> bool {
        let minute = now.local_minute_of_day();
        let day = now.weekday();
        if self.work_start < self.work_end {
            self.work_days.contains(day) && minute >= self.work_start && minute < self.work_end
        } else if minute >= self.work_start {
            self.work_days.contains(day)
        } else if minute < self.work_end {
            self.work_days.contains(day.pred())
        } else {
            false
        }
    }

    /// Reads stored settings field by field. Unknown or invalid fields fall back to their
    /// defaults and are named in the returned list, so nothing else is lost.
    pub fn from_stored(value: &Value) -> (Settings, Vec<String>) {
        let mut s = Settings::default();
        let mut repaired = Vec::new();
        let Some(obj) = value.as_object() else {
            return (s, vec!["settings".into()]);
        };
        fn field<T: serde::de::DeserializeOwned>(
            obj: &serde_json::Map<String, Value>,
            name: &str,
            repaired: &mut Vec<String>,
            ok: impl Fn(&T) -> bool,
        ) -> Option<T> {
            let v = obj.get(name)?;
            match serde_json::from_value::<T>(v.clone()) {
                Ok(t) if ok(&t) => Some(t),
                _ => {
                    repaired.push(name.to_string());
                    None
                }
            }
        }
        let r = &mut repaired;
        if let Some(v) =
            field(obj, "nudge_interval_min", r, |v: &u16| in_range(i64::from(*v), NUDGE_INTERVAL_RANGE))
        {
            s.nudge_interval_min = v;
        }
        if let Some(v) = field(obj, "away_min", r, |v: &u16| in_range(i64::from(*v), AWAY_RANGE)) {
            s.away_min = v;
        }
        let start = field(obj, "work_start", r, |v: &u16| *v < 1440);
        let end = field(obj, "work_end", r, |v: &u16| *v < 1440);
        if let (Some(a), Some(b)) = (start, end) {
            if a != b {
                s.work_start = a;
                s.work_end = b;
            } else {
                r.push("work_end".into());
            }
        }
        if let Some(v) = field(obj, "work_days", r, |v: &WeekdaySet| !v.is_empty() && v.0 < 128) {
            s.work_days = v;
        }
        if let Some(v) = field(obj, "daily_goal", r, |v: &u8| in_range(i64::from(*v), DAILY_GOAL_RANGE)) {
            s.daily_goal = v;
        }
        if let Some(v) = field(obj, "work_days_only", r, |_: &bool| true) {
            s.work_days_only = v;
        }
        if let Some(v) = field(obj, "sound", r, |_: &bool| true) {
            s.sound = v;
        }
        if let Some(v) = field(obj, "theme", r, |_: &Theme| true) {
            s.theme = v;
        }
        if let Some(mut v) = field(obj, "focus", r, |_: &Vec<Focus>| true) {
            v.sort();
            v.dedup();
            s.focus = v;
        }
        if let Some(v) = field(obj, "nudges_paused_until", r, |_: &Option<UtcMs>| true) {
            s.nudges_paused_until = v;
        }
        let quick_ok = |v: &Option<u16>| v.is_none_or(|v| in_range(i64::from(v), QUICK_NUDGE_RANGE));
        if let Some(v) = field(obj, "quick_nudge_min", r, quick_ok) {
            s.quick_nudge_min = v;
        }
        if let Some(v) = field(obj, "quick_notify", r, |_: &bool| true) {
            s.quick_notify = v;
        }
        if let Some(v) = field(obj, "language", r, |_: &Option<Lang>| true) {
            s.language = v;
        }
        (s, repaired)
    }
}

/// The stored settings fields, in the settings panel's order.
pub const FIELDS: [&str; 14] = [
    "nudge_interval_min",
    "quick_nudge_min",
    "quick_notify",
    "away_min",
    "work_start",
    "work_end",
    "work_days",
    "nudges_paused_until",
    "daily_goal",
    "work_days_only",
    "focus",
    "theme",
    "sound",
    "language",
];

/// Settings fields as the settings panel calls them, in English (the page's words:
/// `store::setting_field_in`).
pub fn field_label(field: &str) -> &str {
    match field {
        "nudge_interval_min" => "nudge interval",
        "away_min" => "away time",
        "work_start" => "start of work hours",
        "work_end" => "end of work hours",
        "work_days" => "work days",
        "daily_goal" => "daily goal",
        "work_days_only" => "work days only",
        "theme" => "theme",
        "sound" => "sound",
        "focus" => "focus areas",
        "nudges_paused_until" => "nudge pause",
        "quick_nudge_min" => "quick-move nudge",
        "quick_notify" => "quick-move notification",
        "language" => "language",
        other => other,
    }
}

/// The settings fields an import file names, each checked on its own. Fields it does not name
/// are not part of it, so applying it leaves them as the user has them.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SettingsPatch(Map<String, Value>);

impl SettingsPatch {
    /// Takes the known fields of a settings object. `Err` names the invalid fields.
    pub fn from_value(value: &Value) -> Result<Self, Vec<String>> {
        let Some(obj) = value.as_object() else { return Err(vec!["settings".into()]) };
        let known = serde_json::to_value(Settings::default()).unwrap_or(Value::Null);
        let mut fields = Map::new();
        let mut bad = Vec::new();
        for (name, v) in obj {
            if name == "schema" || known.get(name).is_none() {
                continue;
            }
            // Each field is judged alone; how fields combine (work hours) is judged on merging.
            let probe = Value::Object(Map::from_iter([(name.clone(), v.clone())]));
            if Settings::from_stored(&probe).1.is_empty() {
                fields.insert(name.clone(), v.clone());
            } else {
                bad.push(name.clone());
            }
        }
        if bad.is_empty() {
            Ok(Self(fields))
        } else {
            Err(bad)
        }
    }

    /// The whole of a settings value, as a patch that replaces every field.
    pub fn all_of(settings: &Settings) -> Self {
        match serde_json::to_value(settings) {
            Ok(Value::Object(mut map)) => {
                map.remove("schema");
                Self(map)
            }
            _ => Self::default(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

impl Settings {
    /// These settings with the patch's fields merged in. Returns the result and the fields that
    /// changed, or the fields that the combination makes invalid (say work hours that start and
    /// end at the same minute).
    pub fn merged(&self, patch: &SettingsPatch) -> Result<(Settings, Vec<String>), Vec<String>> {
        let before = serde_json::to_value(self).unwrap_or(Value::Null);
        let mut value = before.clone();
        for (name, v) in &patch.0 {
            value[name.as_str()] = v.clone();
        }
        let (next, repaired) = Settings::from_stored(&value);
        if !repaired.is_empty() {
            return Err(repaired);
        }
        let after = serde_json::to_value(&next).unwrap_or(Value::Null);
        let changed = FIELDS
            .iter()
            .filter(|name| patch.0.contains_key(**name) && before.get(**name) != after.get(**name))
            .map(|name| name.to_string())
            .collect();
        Ok((next, changed))
    }
}

/// Formats minutes since midnight as `HH:MM`.
pub fn format_minute_of_day(m: MinuteOfDay) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// Parses `HH:MM` (as an `<input type="time">` gives it) into minutes since midnight.
pub fn parse_minute_of_day(text: &str) -> Result<MinuteOfDay, SettingsError> {
    let (h, m) = text.trim().split_once(':').ok_or(SettingsError::WorkHour)?;
    let h: u16 = h.parse().map_err(|_| SettingsError::WorkHour)?;
    let m: u16 = m.get(..2).unwrap_or(m).parse().map_err(|_| SettingsError::WorkHour)?;
    if h > 23 || m > 59 {
        return Err(SettingsError::WorkHour);
    }
    Ok(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> Moment {
        let ms = NaiveDate::from_ymd_opt(y, mo, d)
            .unwrap()
            .and_hms_opt(h, mi, 0)
            .unwrap()
            .and_utc()
            .timestamp_millis();
        Moment::new(ms, 0)
    }

    #[test]
    fn out_of_range_is_refused_and_changes_nothing() {
        let s = Settings::default();
        let now = at(2026, 11, 25, 10, 0);
        assert_eq!(s.apply(SettingChange::NudgeInterval(29), now), Err(SettingsError::NudgeInterval));
        assert_eq!(s.apply(SettingChange::NudgeInterval(181), now), Err(SettingsError::NudgeInterval));
        assert_eq!(s.apply(SettingChange::DailyGoal(0), now), Err(SettingsError::DailyGoal));
        assert_eq!(s.apply(SettingChange::DailyGoal(13), now), Err(SettingsError::DailyGoal));
        assert_eq!(s.apply(SettingChange::AwayTime(0), now), Err(SettingsError::AwayTime));
        assert_eq!(s.apply(SettingChange::WorkStart(1440), now), Err(SettingsError::WorkHour));
        assert_eq!(s.apply(SettingChange::WorkEnd(9 * 60), now), Err(SettingsError::EmptyWorkHours));
        assert_eq!(s, Settings::default());
        assert_eq!(s.apply(SettingChange::DailyGoal(12), now).unwrap().daily_goal, 12);
        assert_eq!(s.apply(SettingChange::NudgeInterval(30), now).unwrap().nudge_interval_min, 30);
    }

    #[test]
    fn the_quick_nudge_takes_its_range_or_off() {
        let s = Settings::default();
        let now = at(2026, 11, 25, 10, 0);
        assert_eq!(s.quick_nudge_min, Some(30));
        assert!(!s.quick_notify);
        for bad in [19, 61, 0, -5] {
            assert_eq!(s.apply(SettingChange::QuickNudge(Some(bad)), now), Err(SettingsError::QuickNudge));
        }
        assert_eq!(s.apply(SettingChange::QuickNudge(Some(20)), now).unwrap().quick_nudge_min, Some(20));
        assert_eq!(s.apply(SettingChange::QuickNudge(None), now).unwrap().quick_nudge_min, None);
        assert!(s.apply(SettingChange::QuickNotify(true), now).unwrap().quick_notify);
        let msg = SettingsError::QuickNudge.to_string();
        assert_eq!(msg, "The quick-move nudge must come after 20 to 60 minutes, or be off.");
    }

    #[test]
    fn stored_quick_fields_are_read_leniently() {
        let (s, bad) =
            Settings::from_stored(&serde_json::json!({ "quick_nudge_min": null, "quick_notify": true }));
        assert_eq!((s.quick_nudge_min, s.quick_notify, bad.len()), (None, true, 0));
        let (s, bad) =
            Settings::from_stored(&serde_json::json!({ "quick_nudge_min": 90, "quick_notify": "yes" }));
        assert_eq!((s.quick_nudge_min, s.quick_notify), (Some(30), false));
        assert_eq!(bad, ["quick_nudge_min", "quick_notify"]);
        // Settings stored before the fields existed read strictly too, with the defaults.
        let old: Settings = serde_json::from_str(
            r#"{"schema":1,"nudge_interval_min":60,"away_min":5,
            "work_start":540,"work_end":1080,"work_days":31,"daily_goal":1,"work_days_only":false,
            "sound":false,"theme":"system","focus":[],"nudges_paused_until":null}"#,
        )
        .unwrap();
        assert_eq!((old.quick_nudge_min, old.quick_notify), (Some(30), false));
        assert_eq!(field_label("quick_nudge_min"), "quick-move nudge");
    }

    #[test]
    fn cannot_remove_every_work_day() {
        let mut s = Settings::default();
        let now = at(2026, 11, 25, 10, 0);
        for d in [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu] {
            s = s.apply(SettingChange::WorkDay(d, false), now).unwrap();
        }
        assert_eq!(s.apply(SettingChange::WorkDay(Weekday::Fri, false), now), Err(SettingsError::NoWorkDays));
    }

    #[test]
    fn work_hours_default_and_overnight() {
        let s = Settings::default();
        assert!(s.in_work_hours(at(2026, 11, 25, 9, 0))); // Wednesday
        assert!(!s.in_work_hours(at(2026, 11, 25, 18, 0)));
        assert!(!s.in_work_hours(at(2026, 11, 28, 10, 0))); // Saturday
        let night = Settings { work_start: 22 * 60, work_end: 6 * 60, ..Settings::default() };
        assert!(night.in_work_hours(at(2026, 11, 27, 23, 0))); // Friday night
        assert!(night.in_work_hours(at(2026, 11, 28, 5, 59))); // still Friday's shift
        assert!(!night.in_work_hours(at(2026, 11, 28, 23, 0))); // Saturday night
        assert!(!night.in_work_hours(at(2026, 11, 25, 12, 0)));
    }

    #[test]
    fn pause_until_tomorrow_ends_at_local_midnight() {
        let now = at(2026, 11, 25, 15, 0);
        let s = Settings::default().apply(SettingChange::PauseNudges(Pause::UntilTomorrow), now).unwrap();
        assert!(s.nudges_paused(now));
        assert!(s.nudges_paused(at(2026, 11, 25, 23, 59)));
        assert!(!s.nudges_paused(at(2026, 11, 26, 0, 0)));
        let s = Settings::default().apply(SettingChange::PauseNudges(Pause::OneHour), now).unwrap();
        assert!(s.nudges_paused(at(2026, 11, 25, 15, 59)));
        assert!(!s.nudges_paused(at(2026, 11, 25, 16, 0)));
    }

    #[test]
    fn stored_settings_repair_bad_fields_only() {
        let v = serde_json::json!({
            "schema": 1, "nudge_interval_min": 500, "daily_goal": 3, "theme": "purple",
            "work_days": 0, "focus": ["neck", "back", "neck"], "sound": true
        });
        let (s, repaired) = Settings::from_stored(&v);
        assert_eq!(s.nudge_interval_min, 90);
        assert_eq!(s.daily_goal, 3);
        assert_eq!(s.theme, Theme::System);
        assert_eq!(s.work_days, WeekdaySet::MON_FRI);
        assert_eq!(s.focus, vec![Focus::Back, Focus::Neck]);
        assert!(s.sound);
        assert_eq!(repaired, vec!["nudge_interval_min", "work_days", "theme"]);
        assert_eq!(
            Settings::from_stored(&serde_json::to_value(Settings::default()).unwrap()),
            (Settings::default(), vec![])
        );
    }

    #[test]
    fn minute_of_day_round_trip() {
        assert_eq!(parse_minute_of_day("09:30"), Ok(570));
        assert_eq!(format_minute_of_day(570), "09:30");
        assert!(parse_minute_of_day("24:00").is_err());
        assert!(parse_minute_of_day("nope").is_err());
    }

    #[cfg(feature = "markdown")]
    #[test]
    fn the_messages_read_word_for_word_as_the_english() {
        let m = crate::l10n::testing::english();
        let errors = [
            SettingsError::NudgeInterval,
            SettingsError::AwayTime,
            SettingsError::WorkHour,
            SettingsError::EmptyWorkHours,
            SettingsError::NoWorkDays,
            SettingsError::DailyGoal,
            SettingsError::QuickNudge,
        ];
        for e in errors {
            assert_eq!(e.message_in(m), e.to_string());
        }
        assert_eq!(Theme::System.label(m), "Follow the system");
        assert_eq!(
            Focus::ALL.map(|f| f.label(m)).join(" "),
            "Back Neck Shoulders Wrists Eyes Hips Posture Energy Calm"
        );
    }

    #[test]
    fn the_language_is_a_setting_like_the_others() {
        let now = at(2026, 11, 25, 10, 0);
        let s = Settings::default().apply(SettingChange::Language(Some(Lang::De)), now).unwrap();
        assert_eq!(s.language, Some(Lang::De));
        assert_eq!(s.apply(SettingChange::Language(None), now).unwrap().language, None);
        let (merged, changed) = Settings::default().merged(&SettingsPatch::all_of(&s)).unwrap();
        assert_eq!((merged.language, changed), (Some(Lang::De), vec!["language".to_string()]));
    }

    #[test]
    fn theme_names_round_trip_and_match_the_stored_form() {
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.as_str()), Some(theme));
            assert_eq!(serde_json::to_string(&theme).unwrap(), format!("\"{}\"", theme.as_str()));
        }
        assert_eq!(Theme::parse("sepia"), None);
    }
}
