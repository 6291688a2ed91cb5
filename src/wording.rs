//! The page's words: durations, plurals, and the sentences that more than one place shows (the
//! pack card and the shell's preview of the next tab say the same thing in the same words).

use deskbreak_catalog::catalog;
use deskbreak_core::clock::PartOfDay;
use deskbreak_core::pack::Pack;

/// "Today's pack · morning".
pub fn today_eyebrow(part: PartOfDay) -> String {
    format!("Today's pack · {}", part.label())
}

/// "16 exercises · about 9 min of movement": the minutes add up the exercises only, not the
/// changes of position between them, so the text says so.
pub fn length_text(pack: &Pack) -> String {
    let minutes = catalog().estimated_minutes(pack);
    format!("{} exercises · about {minutes} min of movement", pack.exercises.len())
}

/// "about 2 min · Shoulder Rolls, Chin Tucks and Neck Rotations, sitting": what the quick move
/// of a pack holds, beside its button.
pub fn quick_text(pack: &Pack) -> String {
    use deskbreak_core::quick::{assumed_position, quick_minutes, quick_moves};
    let position = assumed_position(pack);
    let names: Vec<&str> = quick_moves(catalog(), pack, position).iter().map(|e| e.name.as_str()).collect();
    let list = match names.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    };
    format!("about {} min · {list}, {}", quick_minutes(catalog(), pack), position.label())
}

/// "Streak: 3 days", in the top bar.
pub fn streak_text(days: u32) -> String {
    format!("Streak: {}", plural(days, "day", "days"))
}

/// "1 h 5 min", "12 min", "40 s": durations as the page shows them.
pub fn format_duration_ms(ms: i64) -> String {
    let s = (ms.max(0) + 999) / 1000;
    if s < 60 {
        return format!("{s} s");
    }
    let m = (s + 30) / 60;
    if m < 60 {
        format!("{m} min")
    } else if m % 60 == 0 {
        format!("{} h", m / 60)
    } else {
        format!("{} h {} min", m / 60, m % 60)
    }
}

/// "1 min 40 s", "2 min", "45 s": a time that a rule counts to the second (quick moves).
pub fn format_min_s(seconds: u64) -> String {
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

/// "0:25", "12:03": a countdown clock.
pub fn format_clock_ms(ms: i64) -> String {
    let s = (ms.max(0) + 999) / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

/// "1 break", "3 breaks".
pub fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
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
    }
}
