//! The sentences the page and the worker both show, written once: the nudge notification, the
//! New Tab's sitting banner, and the toolbar badge. The end-to-end tests read these exact words,
//! in the notification and on the page, so a change here is a change the user sees in both.

use crate::clock::Moment;
use crate::settings::format_minute_of_day;
use crate::tracker::format_sat;

/// The nudge's title and the banner's headline: "You've been sitting for 1 h 35 min".
pub fn sitting_for(sat_ms: i64) -> String {
    format!("You've been sitting for {}", format_sat(sat_ms))
}

/// The nudge's body. One text for both browsers: a click on the body starts the routine
/// everywhere, and where there are no buttons (Firefox) Snooze is in the New Tab's banner.
pub fn nudge_message(pack_title: &str, minutes: u32) -> String {
    format!("Today's pack: {pack_title} · about {minutes} min. Click to start it.")
}

/// The nudge's body in a catalog without packs, which the build never ships.
pub const NUDGE_MESSAGE_NO_PACK: &str = "Click to start a break.";

/// "Snooze 15 min", on the nudge's second button and in the banner.
pub const SNOOZE: &str = "Snooze 15 min";

/// The nudge's buttons, in the order the worker reads their index: Start, then Snooze.
pub const NUDGE_BUTTONS: [&str; 2] = ["Start", SNOOZE];

/// The quick-move notification's buttons (only with `quick_notify`): index 0 starts it.
pub const QUICK_NUDGE_BUTTONS: [&str; 2] = ["Quick move", SNOOZE];

/// The quick-move notification's body.
pub fn quick_nudge_message(pack_title: &str, minutes: u32) -> String {
    format!("A quick move from {pack_title} · about {minutes} min, right where you are. Click to start it.")
}

/// The New Tab's button for the full pack: "Start · 9 min".
pub fn start_full(minutes: u32) -> String {
    format!("Start · {minutes} min")
}

/// The New Tab's button for the quick move: "Quick · 2 min".
pub fn start_quick(minutes: u32) -> String {
    format!("Quick · {minutes} min")
}

/// The banner's words after its headline, when it offers the quick move.
pub const BANNER_QUICK_INVITATION: &str =
    " — time for a quick move: about two minutes of today's pack, right where you are. ";

/// The toolbar button's tooltip while the quick-move nudge stands (the badge's colour says the
/// same to those who can tell it).
pub const QUICK_BADGE_TITLE: &str = "Desk Break: time for a quick move";

/// The toolbar button's tooltip otherwise.
pub const BADGE_TITLE: &str = "Desk Break";

/// The banner's words after its headline.
pub const BANNER_INVITATION: &str = " — a short routine may ease your back and refresh your focus. ";

/// The banner's Start button.
pub const BANNER_START: &str = "Start a break";

/// "Next nudge at 14:05." in the banner, at the nudge's local time.
pub fn next_nudge_at(at: Moment) -> String {
    format!("Next nudge at {}.", format_minute_of_day(at.local_minute_of_day()))
}

/// The toolbar badge: minutes of the current stretch, "5m" or "1h30"; empty with no stretch.
pub fn badge(minutes: Option<u32>) -> String {
    match minutes {
        None => String::new(),
        Some(m) if m < 60 => format!("{m}m"),
        Some(m) => format!("{}h{:02}", m / 60, m % 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::MINUTE_MS;

    #[test]
    fn the_nudge_reads_as_the_user_sees_it() {
        assert_eq!(sitting_for(95 * MINUTE_MS), "You've been sitting for 1 h 35 min");
        assert_eq!(
            nudge_message("Neck reset", 4),
            "Today's pack: Neck reset · about 4 min. Click to start it."
        );
        assert_eq!(NUDGE_BUTTONS, ["Start", "Snooze 15 min"]);
        assert_eq!(
            quick_nudge_message("Neck reset", 2),
            "A quick move from Neck reset · about 2 min, right where you are. Click to start it."
        );
        assert_eq!((start_full(9), start_quick(2)), ("Start · 9 min".into(), "Quick · 2 min".into()));
    }

    #[test]
    fn the_banner_names_the_next_nudge_in_local_time() {
        // 12:05 UTC is 14:05 in UTC+2.
        let at = Moment::new(1_764_158_700_000, 120);
        assert_eq!(next_nudge_at(at), "Next nudge at 14:05.");
    }

    #[test]
    fn badge_is_short() {
        assert_eq!(badge(None), "");
        assert_eq!(badge(Some(5)), "5m");
        assert_eq!(badge(Some(59)), "59m");
        assert_eq!(badge(Some(90)), "1h30");
        assert_eq!(badge(Some(600)), "10h00");
    }
}
