//! The sentences the page and the worker both show, from one language's messages
//! (`locales/<lang>/nudges.ftl`): the nudge notification, the New Tab's sitting banner, the
//! toolbar badge, and the durations and lists every screen writes. The end-to-end tests read these
//! words, in the notification and on the page, so a change here is a change the user sees in both.

use crate::clock::{Moment, MINUTE_MS};
use crate::l10n::{Arg, Messages};
use crate::settings::format_minute_of_day;

/// "12 min", "2 h", "1 h 35 min": whole minutes.
pub fn minutes(m: &Messages, minutes: i64) -> String {
    let minutes = minutes.max(0);
    match (minutes / 60, minutes % 60) {
        (0, min) => m.format("duration-min", &[("m", min.into())]),
        (h, 0) => m.format("duration-h", &[("h", h.into())]),
        (h, min) => m.format("duration-h-min", &[("h", h.into()), ("m", min.into())]),
    }
}

/// A sitting time, in whole minutes.
pub fn sat(m: &Messages, ms: i64) -> String {
    minutes(m, ms.max(0) / MINUTE_MS)
}

/// "45 s", "2 min", "1 min 40 s": a time a rule counts to the second.
pub fn min_s(m: &Messages, seconds: u64) -> String {
    let (min, s) = ((seconds / 60) as i64, (seconds % 60) as i64);
    match (min, s) {
        (0, s) => m.format("duration-s", &[("s", s.into())]),
        (min, 0) => m.format("duration-min", &[("m", min.into())]),
        (min, s) => m.format("duration-min-s", &[("m", min.into()), ("s", s.into())]),
    }
}

/// "0 s", "36 s", "12 min", "1 h 35 min": a time the page rounds to the minute past one minute.
pub fn duration_ms(m: &Messages, ms: i64) -> String {
    let s = (ms.max(0) + 999) / 1000;
    if s < 60 {
        return m.format("duration-s", &[("s", s.into())]);
    }
    minutes(m, (s + 30) / 60)
}

/// "A", "A and B", "A, B and C", in the language's words.
pub fn list(m: &Messages, items: &[&str]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, head)) => {
            let head = head.join(&m.get("list-separator"));
            m.format("list-and", &[("head", Arg::Str(&head)), ("last", Arg::Str(last))])
        }
    }
}

/// The nudge's title and the banner's headline: "You've been sitting for 1 h 35 min".
pub fn sitting_for(m: &Messages, sat_ms: i64) -> String {
    m.format("sitting-for", &[("duration", Arg::Str(&sat(m, sat_ms)))])
}

/// The nudge's body. One text for both browsers: a click on the body starts the routine
/// everywhere, and where there are no buttons (Firefox) Snooze is in the New Tab's banner.
/// `None` for a catalog without packs, which the build never ships.
pub fn nudge_message(m: &Messages, pack: Option<(&str, u32)>) -> String {
    match pack {
        Some((title, minutes)) => {
            m.format("nudge-message", &[("pack", title.into()), ("minutes", minutes.into())])
        }
        None => m.get("nudge-message-no-pack"),
    }
}

/// The quick-move notification's body.
pub fn quick_nudge_message(m: &Messages, pack: Option<(&str, u32)>) -> String {
    match pack {
        Some((title, minutes)) => {
            m.format("quick-nudge-message", &[("pack", title.into()), ("minutes", minutes.into())])
        }
        None => m.get("nudge-message-no-pack"),
    }
}

/// The nudge's buttons, in the order the worker reads their index: Start, then Snooze.
pub fn nudge_buttons(m: &Messages) -> [String; 2] {
    [m.get("nudge-start"), m.get("snooze")]
}

/// The quick-move notification's buttons (only with `quick_notify`): index 0 starts it.
pub fn quick_nudge_buttons(m: &Messages) -> [String; 2] {
    [m.get("nudge-quick"), m.get("snooze")]
}

/// The New Tab's button for the full pack: "Start · 9 min".
pub fn start_full(m: &Messages, minutes: u32) -> String {
    m.format("start-full", &[("minutes", minutes.into())])
}

/// The New Tab's button for the quick move: "Quick · 2 min".
pub fn start_quick(m: &Messages, minutes: u32) -> String {
    m.format("start-quick", &[("minutes", minutes.into())])
}

/// The toolbar button's tooltip: with the quick-move nudge standing, or otherwise.
pub fn badge_title(m: &Messages, quick: bool) -> String {
    m.get(if quick { "badge-title-quick" } else { "badge-title" })
}

/// "Next nudge at 14:05." in the banner, at the nudge's local time.
pub fn next_nudge_at(m: &Messages, at: Moment) -> String {
    let time = format_minute_of_day(at.local_minute_of_day());
    m.format("next-nudge-at", &[("time", Arg::Str(&time))])
}

/// The toolbar badge: minutes of the current stretch, "5m" or "1h30"; empty with no stretch.
pub fn badge(m: &Messages, minutes: Option<u32>) -> String {
    match minutes {
        None => String::new(),
        Some(min) if min < 60 => m.format("badge-min", &[("m", min.into())]),
        Some(min) => {
            let mm = format!("{:02}", min % 60);
            m.format("badge-h-min", &[("h", (min / 60).into()), ("mm", Arg::Str(&mm))])
        }
    }
}

#[cfg(all(test, feature = "markdown"))]
mod tests {
    use super::*;
    use crate::l10n::testing::english;

    #[test]
    fn the_nudge_reads_as_the_user_sees_it() {
        let m = english();
        assert_eq!(sitting_for(m, 95 * MINUTE_MS), "You've been sitting for 1 h 35 min");
        assert_eq!(
            nudge_message(m, Some(("Neck reset", 4))),
            "Today's pack: Neck reset · about 4 min. Click to start it."
        );
        assert_eq!(nudge_buttons(m), ["Start", "Snooze 15 min"]);
        assert_eq!(
            quick_nudge_message(m, Some(("Neck reset", 2))),
            "A quick move from Neck reset · about 2 min, right where you are. Click to start it."
        );
        assert_eq!((start_full(m, 9), start_quick(m, 2)), ("Start · 9 min".into(), "Quick · 2 min".into()));
    }

    #[test]
    fn durations_and_lists_read_naturally() {
        let m = english();
        assert_eq!(sat(m, 45 * MINUTE_MS), "45 min");
        assert_eq!(sat(m, 90 * MINUTE_MS + 59_999), "1 h 30 min");
        assert_eq!(sat(m, 120 * MINUTE_MS), "2 h");
        assert_eq!(sat(m, -5), "0 min");
        assert_eq!([min_s(m, 45), min_s(m, 120), min_s(m, 100)], ["45 s", "2 min", "1 min 40 s"]);
        assert_eq!(duration_ms(m, 0), "0 s");
        assert_eq!(duration_ms(m, 59_001), "1 min");
        assert_eq!(duration_ms(m, 95 * 60_000), "1 h 35 min");
        assert_eq!(list(m, &["A"]), "A");
        assert_eq!(list(m, &["A", "B", "C"]), "A, B and C");
    }

    #[test]
    fn the_banner_names_the_next_nudge_in_local_time() {
        // 12:05 UTC is 14:05 in UTC+2.
        let at = Moment::new(1_764_158_700_000, 120);
        assert_eq!(next_nudge_at(english(), at), "Next nudge at 14:05.");
    }

    #[test]
    fn badge_is_short() {
        let m = english();
        assert_eq!(badge(m, None), "");
        assert_eq!(badge(m, Some(5)), "5m");
        assert_eq!(badge(m, Some(59)), "59m");
        assert_eq!(badge(m, Some(90)), "1h30");
        assert_eq!(badge(m, Some(600)), "10h00");
    }
}
