//! Time as the core sees it: a UTC instant plus the local UTC offset in force at that instant.
//!
//! The outer layers read the clock (`Date.now()`, `getTimezoneOffset()`) and pass a [`Moment`] in;
//! nothing in the core asks for the time itself.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike, Weekday};
use serde::{Deserialize, Serialize};

use crate::l10n::{Arg, Messages};

/// Milliseconds since the Unix epoch, UTC.
pub type UtcMs = i64;

pub const MINUTE_MS: i64 = 60_000;
pub const HOUR_MS: i64 = 60 * MINUTE_MS;
pub const DAY_MS: i64 = 24 * HOUR_MS;

/// An instant and the local offset east of UTC, in minutes (UTC+2 is `120`).
///
/// Note that JavaScript's `getTimezoneOffset()` has the opposite sign; the browser door converts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moment {
    pub utc_ms: UtcMs,
    pub offset_min: i32,
}

impl Moment {
    pub fn new(utc_ms: UtcMs, offset_min: i32) -> Self {
        Self { utc_ms, offset_min }
    }

    /// The local wall-clock time of this instant.
    pub fn local(&self) -> NaiveDateTime {
        let local_ms = self.utc_ms + i64::from(self.offset_min) * MINUTE_MS;
        chrono::DateTime::from_timestamp_millis(local_ms).map(|dt| dt.naive_utc()).unwrap_or_default()
    }

    /// The local calendar day of this instant.
    pub fn local_date(&self) -> NaiveDate {
        self.local().date()
    }

    /// Minutes since local midnight, 0..1440.
    pub fn local_minute_of_day(&self) -> u16 {
        let t = self.local().time();
        (t.hour() * 60 + t.minute()) as u16
    }

    pub fn weekday(&self) -> Weekday {
        self.local_date().weekday()
    }

    pub fn part_of_day(&self) -> PartOfDay {
        PartOfDay::at_minute(self.local_minute_of_day())
    }

    /// The UTC instant at which the current part of the day ends (05:00, 11:00, 14:00 or 18:00
    /// local), assuming the current offset holds until then. Caches of today's suggestion expire
    /// there.
    pub fn part_ends_at(&self) -> UtcMs {
        let minute = i64::from(self.local_minute_of_day());
        let end_minute = match PartOfDay::at_minute(minute as u16) {
            PartOfDay::Morning => 11 * 60,
            PartOfDay::Mid => 14 * 60,
            PartOfDay::Afternoon => 18 * 60,
            PartOfDay::Evening if minute < 5 * 60 => 5 * 60,
            PartOfDay::Evening => 24 * 60 + 5 * 60,
        };
        let local_ms = self.utc_ms + i64::from(self.offset_min) * MINUTE_MS;
        let midnight = local_ms - local_ms.rem_euclid(DAY_MS);
        midnight + end_minute * MINUTE_MS - i64::from(self.offset_min) * MINUTE_MS
    }

    /// The UTC instant of the next local midnight, assuming the current offset holds until then.
    pub fn next_local_midnight(&self) -> UtcMs {
        let next = self.local_date() + Duration::days(1);
        let local_midnight_ms = next
            .and_hms_opt(0, 0, 0)
            .map(|dt| dt.and_utc().timestamp_millis())
            .unwrap_or(self.utc_ms + DAY_MS);
        local_midnight_ms - i64::from(self.offset_min) * MINUTE_MS
    }
}

/// The four parts of a day that the suggestion follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PartOfDay {
    /// 05:00–11:00
    Morning,
    /// 11:00–14:00
    Mid,
    /// 14:00–18:00
    Afternoon,
    /// 18:00–05:00
    Evening,
}

impl PartOfDay {
    pub const ALL: [PartOfDay; 4] = [Self::Morning, Self::Mid, Self::Afternoon, Self::Evening];

    pub fn at_minute(minute_of_day: u16) -> Self {
        match minute_of_day / 60 {
            5..=10 => Self::Morning,
            11..=13 => Self::Mid,
            14..=17 => Self::Afternoon,
            _ => Self::Evening,
        }
    }

    /// The part's English name, as pack files and tests spell it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Morning => "morning",
            Self::Mid => "mid",
            Self::Afternoon => "afternoon",
            Self::Evening => "evening",
        }
    }

    /// The part's name in the user's language ("morning"), as the page shows it.
    pub fn label_in(self, m: &Messages) -> String {
        m.get(match self {
            Self::Morning => "part-of-day-morning",
            Self::Mid => "part-of-day-mid",
            Self::Afternoon => "part-of-day-afternoon",
            Self::Evening => "part-of-day-evening",
        })
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Weekday abbreviations, Monday first.
pub const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
/// Month abbreviations, January first.
pub const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// "Wed 25 Nov 2026". Written out rather than with chrono's `format`, whose formatting machinery
/// would add about 15 KB to the page's wasm.
pub fn format_day(date: NaiveDate) -> String {
    let weekday = WEEKDAYS[date.weekday().num_days_from_monday() as usize];
    let month = MONTHS[date.month0() as usize];
    format!("{weekday} {} {month} {}", date.day(), date.year())
}

/// "14:05, Wed 25 Nov".
pub fn format_local_time(moment: Moment) -> String {
    let t = moment.local();
    let date = t.date();
    let weekday = WEEKDAYS[date.weekday().num_days_from_monday() as usize];
    let month = MONTHS[date.month0() as usize];
    format!("{:02}:{:02}, {weekday} {} {month}", t.hour(), t.minute(), date.day())
}

/// The messages of [`WEEKDAYS`], Monday first.
const WEEKDAY_KEYS: [&str; 7] =
    ["weekday-mon", "weekday-tue", "weekday-wed", "weekday-thu", "weekday-fri", "weekday-sat", "weekday-sun"];
/// The messages of [`MONTHS`], January first.
const MONTH_KEYS: [&str; 12] = [
    "month-jan",
    "month-feb",
    "month-mar",
    "month-apr",
    "month-may",
    "month-jun",
    "month-jul",
    "month-aug",
    "month-sep",
    "month-oct",
    "month-nov",
    "month-dec",
];

/// A weekday's short name in the user's language, by its index from Monday (0–6): "Mon".
pub fn weekday_short(m: &Messages, from_monday: usize) -> String {
    m.get(WEEKDAY_KEYS[from_monday % 7])
}

/// A month's short name in the user's language, by its index from January (0–11): "Mar".
pub fn month_short(m: &Messages, month0: usize) -> String {
    m.get(MONTH_KEYS[month0 % 12])
}

/// [`format_day`] in the user's language: "Wed 25 Nov 2026".
pub fn format_day_in(m: &Messages, date: NaiveDate) -> String {
    let weekday = weekday_short(m, date.weekday().num_days_from_monday() as usize);
    let month = month_short(m, date.month0() as usize);
    // The year as written, never grouped like a number ("2,026").
    let year = date.year().to_string();
    m.format(
        "date-day",
        &[
            ("weekday", Arg::Str(&weekday)),
            ("day", date.day().into()),
            ("month", Arg::Str(&month)),
            ("year", Arg::Str(&year)),
        ],
    )
}

/// [`format_local_time`] in the user's language: "14:05, Wed 25 Nov".
pub fn format_local_time_in(m: &Messages, moment: Moment) -> String {
    let t = moment.local();
    let date = t.date();
    let time = format!("{:02}:{:02}", t.hour(), t.minute());
    let weekday = weekday_short(m, date.weekday().num_days_from_monday() as usize);
    let month = month_short(m, date.month0() as usize);
    m.format(
        "date-time-day",
        &[
            ("time", Arg::Str(&time)),
            ("weekday", Arg::Str(&weekday)),
            ("day", date.day().into()),
            ("month", Arg::Str(&month)),
        ],
    )
}

/// Serde for civil dates as "YYYY-MM-DD", parsed by hand for the same reason as [`format_day`].
pub mod iso_date {
    use chrono::{Datelike, NaiveDate};
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()))
    }

    pub fn parse(text: &str) -> Option<NaiveDate> {
        let mut parts = text.splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4
            || m.len() != 2
            || d.len() != 2
            || !text.bytes().all(|b| b.is_ascii_digit() || b == b'-')
        {
            return None;
        }
        NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        parse(&text).ok_or_else(|| D::Error::custom(format!("invalid date \"{text}\", expected YYYY-MM-DD")))
    }
}

/// Days since 1970-01-01 for a civil date: a stable integer for rotations.
pub fn day_number(date: NaiveDate) -> i64 {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    (date - epoch).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_date_follows_offset() {
        // 2026-03-01T23:30Z is already 2 March in UTC+1 and still 1 March in UTC-5.
        let utc = NaiveDate::from_ymd_opt(2026, 3, 1)
            .unwrap()
            .and_hms_opt(23, 30, 0)
            .unwrap()
            .and_utc()
            .timestamp_millis();
        assert_eq!(Moment::new(utc, 60).local_date(), NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
        assert_eq!(Moment::new(utc, -300).local_date(), NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
    }

    #[test]
    fn parts_of_day_boundaries() {
        assert_eq!(PartOfDay::at_minute(4 * 60 + 59), PartOfDay::Evening);
        assert_eq!(PartOfDay::at_minute(5 * 60), PartOfDay::Morning);
        assert_eq!(PartOfDay::at_minute(11 * 60), PartOfDay::Mid);
        assert_eq!(PartOfDay::at_minute(14 * 60), PartOfDay::Afternoon);
        assert_eq!(PartOfDay::at_minute(18 * 60), PartOfDay::Evening);
    }

    #[test]
    fn dates_format_and_parse_by_hand() {
        let d = NaiveDate::from_ymd_opt(2028, 2, 29).unwrap();
        assert_eq!(format_day(d), "Tue 29 Feb 2028");
        assert_eq!(format_day(d), d.format("%a %-d %b %Y").to_string());
        assert_eq!(iso_date::parse("2028-02-29"), Some(d));
        assert_eq!(iso_date::parse("2027-02-29"), None);
        assert_eq!(iso_date::parse("2028-2-29"), None);
        assert_eq!(iso_date::parse("+028-02-29"), None);
        assert_eq!(iso_date::parse("2028-02-29x"), None);
        let m = Moment::new(d.and_hms_opt(7, 5, 0).unwrap().and_utc().timestamp_millis(), 60);
        assert_eq!(format_local_time(m), "08:05, Tue 29 Feb");
    }

    #[test]
    fn part_ends_at_the_next_boundary() {
        let at = |h: i64, m: i64| Moment::new(h * HOUR_MS + m * MINUTE_MS, 0);
        assert_eq!(at(4, 59).part_ends_at(), 5 * HOUR_MS);
        assert_eq!(at(5, 0).part_ends_at(), 11 * HOUR_MS);
        assert_eq!(at(13, 59).part_ends_at(), 14 * HOUR_MS);
        assert_eq!(at(17, 0).part_ends_at(), 18 * HOUR_MS);
        assert_eq!(at(23, 0).part_ends_at(), 29 * HOUR_MS);
        // 10:00 in UTC+2 is 08:00Z; the morning ends at 11:00 local = 09:00Z.
        assert_eq!(Moment::new(8 * HOUR_MS, 120).part_ends_at(), 9 * HOUR_MS);
    }

    #[test]
    fn next_midnight_in_offset() {
        let m = Moment::new(0, 120); // 1970-01-01 02:00 local
        assert_eq!(m.next_local_midnight(), DAY_MS - 2 * HOUR_MS);
    }
}

#[cfg(all(test, feature = "markdown"))]
mod l10n_tests {
    use super::*;
    use crate::l10n::testing::english;

    #[test]
    fn the_english_messages_say_what_the_english_names_say() {
        let m = english();
        for part in PartOfDay::ALL {
            assert_eq!(part.label_in(m), part.label());
        }
        let mut d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        for _ in 0..400 {
            assert_eq!(format_day_in(m, d), format_day(d));
            d = d.succ_opt().unwrap();
        }
        let at = Moment::new(1_764_158_700_000, 120);
        assert_eq!(format_local_time_in(m, at), format_local_time(at));
        assert_eq!(format_local_time_in(m, at), "14:05, Wed 26 Nov");
    }
}
