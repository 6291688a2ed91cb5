//! The page's words: durations, counts, and the sentences that more than one place shows (the
//! pack card and the shell's preview of the next tab say the same thing in the same words), in
//! the active language (`locales/<lang>/home.ftl`; durations from `nudges.ftl`).

use deskbreak_catalog::{catalog, locale};
use deskbreak_core::clock::{weekday_short, PartOfDay};
use deskbreak_core::pack::{Exercise, Pack};
use deskbreak_core::settings::{format_minute_of_day, Settings, WeekdaySet};
use deskbreak_core::text;

use crate::i18n::{m, tf, Arg};

/// "Today's pack · morning".
pub fn today_eyebrow(part: PartOfDay) -> String {
    let part = part.label_in(m());
    tf("today-eyebrow", &[("part", Arg::Str(&part))])
}

/// "16 exercises · about 9 min of movement": the minutes add up the exercises only, not the
/// changes of position between them, so the text says so.
pub fn length_text(pack: &Pack) -> String {
    let minutes = catalog().estimated_minutes(pack);
    tf("pack-length", &[("count", pack.exercises.len().into()), ("minutes", minutes.into())])
}

/// "about 2 min · Shoulder Rolls, Chin Tucks and Neck Rotations, sitting": what the quick move
/// of a pack holds, beside its button.
pub fn quick_text(pack: &Pack) -> String {
    use deskbreak_core::quick::{assumed_position, quick_minutes, quick_moves};
    let position = assumed_position(pack);
    let names: Vec<&str> =
        quick_moves(catalog(), pack, position).iter().map(|e| locale::exercise_name(&e.name)).collect();
    let moves = text::list(m(), &names);
    let position = position.label_in(m());
    tf(
        "quick-text",
        &[
            ("minutes", quick_minutes(catalog(), pack).into()),
            ("moves", Arg::Str(&moves)),
            ("position", Arg::Str(&position)),
        ],
    )
}

/// "sitting · 30 s per side": an exercise's position and length, in a pack's list.
pub fn exercise_facts(e: &Exercise) -> String {
    let position = e.position.label_in(m());
    let key = if e.per_side { "exercise-facts-per-side" } else { "exercise-facts" };
    tf(key, &[("position", Arg::Str(&position)), ("seconds", e.duration_s.into())])
}

/// "Streak: 3 days", in the top bar.
pub fn streak_text(days: u32) -> String {
    tf("topbar-streak", &[("days", days.into())])
}

/// "1 h 5 min", "12 min", "40 s": durations as the page shows them.
pub fn format_duration_ms(ms: i64) -> String {
    text::duration_ms(m(), ms)
}

/// "1 min 40 s", "2 min", "45 s": a time that a rule counts to the second (quick moves).
pub fn format_min_s(seconds: u64) -> String {
    text::min_s(m(), seconds)
}

/// "0:25", "12:03": a countdown clock.
pub fn format_clock_ms(ms: i64) -> String {
    let s = (ms.max(0) + 999) / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

/// "1 break", "3 breaks", in English only: the page's own counts are messages with plurals
/// (`streak-breaks`, `pack-length`…).
pub fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "every day", "Mon–Fri", "Mon, Wed, Fri": a run of three or more days as a range.
pub fn work_days(days: WeekdaySet) -> String {
    if days.0 & 0x7f == 0x7f {
        return crate::i18n::t("welcome-days-every-day");
    }
    let on: Vec<usize> = (0..7).filter(|i| days.0 & (1 << i) != 0).collect();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < on.len() {
        let mut j = i;
        while j + 1 < on.len() && on[j + 1] == on[j] + 1 {
            j += 1;
        }
        if j - i >= 2 {
            let (first, last) = (weekday_short(m(), on[i]), weekday_short(m(), on[j]));
            parts.push(tf("welcome-days-range", &[("first", Arg::Str(&first)), ("last", Arg::Str(&last))]));
        } else {
            parts.extend(on[i..=j].iter().map(|&d| weekday_short(m(), d)));
        }
        i = j + 1;
    }
    parts.join(&crate::i18n::t("list-separator"))
}

/// When nudges come, in one phrase: "with a quick move after 30 min and the full pack after
/// 1 h 30 min of sitting, Mon–Fri 09:00–18:00" ("after 1 h 30 min of sitting, …" with the
/// quick-move nudge off, or set no sooner than the full one). The welcome card says it.
pub fn nudge_summary(s: &Settings) -> String {
    let full = text::minutes(m(), i64::from(s.nudge_interval_min));
    let days = work_days(s.work_days);
    let (start, end) = (format_minute_of_day(s.work_start), format_minute_of_day(s.work_end));
    let mut args = vec![
        ("full", Arg::Str(&full)),
        ("days", Arg::Str(&days)),
        ("start", Arg::Str(&start)),
        ("end", Arg::Str(&end)),
    ];
    let quick =
        s.quick_nudge_min.filter(|q| *q < s.nudge_interval_min).map(|q| text::minutes(m(), i64::from(q)));
    match &quick {
        Some(quick) => {
            args.push(("quick", Arg::Str(quick)));
            tf("welcome-nudge-when-quick", &args)
        }
        None => tf("welcome-nudge-when", &args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(format_duration_ms(0), "0 s");
        assert_eq!(format_duration_ms(36_000), "36 s");
        assert_eq!(format_duration_ms(59_001), "1 min");
        assert_eq!(format_duration_ms(12 * 60_000), "12 min");
        assert_eq!(format_duration_ms(60 * 60_000), "1 h");
        assert_eq!(format_duration_ms(95 * 60_000), "1 h 35 min");
        assert_eq!(format_duration_ms(-5), "0 s");
        assert_eq!([format_min_s(45), format_min_s(120), format_min_s(100)], ["45 s", "2 min", "1 min 40 s"]);
    }

    #[test]
    fn countdown_rounds_up_so_zero_means_done() {
        assert_eq!(format_clock_ms(25_000), "0:25");
        assert_eq!(format_clock_ms(24_001), "0:25");
        assert_eq!(format_clock_ms(0), "0:00");
        assert_eq!(format_clock_ms(723_000), "12:03");
    }

    #[test]
    fn plurals() {
        assert_eq!(plural(1, "day", "days"), "1 day");
        assert_eq!(plural(0, "day", "days"), "0 days");
        assert_eq!(plural(3, "break", "breaks"), "3 breaks");
        assert_eq!([streak_text(1), streak_text(0)], ["Streak: 1 day", "Streak: 0 days"]);
    }

    #[test]
    fn the_pack_card_says_what_it_said_in_english() {
        let c = catalog();
        let pack = c.pack("back-pain").expect("the seed pack");
        let minutes = c.estimated_minutes(pack);
        assert_eq!(length_text(pack), format!("16 exercises · about {minutes} min of movement"));
        assert_eq!(today_eyebrow(PartOfDay::Mid), "Today's pack · mid");
        let quick = quick_text(pack);
        assert!(quick.starts_with("about ") && quick.ends_with(", sitting"), "{quick}");
        assert!(quick.contains(" and "), "{quick}");
        let per_side = c.library.iter().find(|e| e.per_side).expect("a per-side move");
        assert_eq!(
            exercise_facts(per_side),
            format!("{} · {} s per side", per_side.position, per_side.duration_s)
        );
    }

    /// Every place a shipped pack names has a message, so no "Where" stays in English.
    #[test]
    fn every_shipped_place_has_a_message() {
        for p in &catalog().packs {
            assert!(p.location_key().is_some(), "{}: \"{}\" has no where-* message", p.id, p.location);
            assert_eq!(p.location_in(m()), p.location, "{}", p.id);
        }
    }

    #[test]
    fn the_welcome_says_when_in_one_phrase() {
        assert_eq!(
            nudge_summary(&Settings::default()),
            "with a quick move after 30 min and the full pack after 1 h 30 min of sitting, Mon–Fri 09:00–18:00"
        );
        let s = Settings {
            nudge_interval_min: 45,
            work_days: WeekdaySet(0b0010101),
            quick_nudge_min: None,
            ..Settings::default()
        };
        assert_eq!(nudge_summary(&s), "after 45 min of sitting, Mon, Wed, Fri 09:00–18:00");
        assert_eq!(work_days(WeekdaySet::ALL), "every day");
        assert_eq!(work_days(WeekdaySet(0b1100111)), "Mon–Wed, Sat, Sun");
        assert_eq!(work_days(WeekdaySet(0b0000011)), "Mon, Tue");
    }
}
