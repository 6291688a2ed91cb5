//! The page's sentences that more than one place shows: the pack card and the shell's preview
//! of the next tab say the same thing in the same words.

use deskbreak_catalog::catalog;
use deskbreak_core::clock::PartOfDay;
use deskbreak_core::pack::Pack;

use crate::ui::plural;

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

/// "Streak: 3 days", in the top bar.
pub fn streak_text(days: u32) -> String {
    format!("Streak: {}", plural(days, "day", "days"))
}
