//! What a check-in asks about. Each pack names its area (`- **Check-in:** eyes`), or it follows
//! from the pack's focus; the question and the ends of the 1–5 scale say it in plain words, and
//! every break record keeps the area its check-ins were about.

use serde::{Deserialize, Serialize};

use crate::l10n::Messages;
use crate::settings::Focus;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckinArea {
    Back,
    NeckShoulders,
    Eyes,
    Wrists,
    Hips,
    Energy,
    Tension,
}

impl CheckinArea {
    pub const ALL: [CheckinArea; 7] =
        [Self::Back, Self::NeckShoulders, Self::Eyes, Self::Wrists, Self::Hips, Self::Energy, Self::Tension];

    /// The name used in pack files and in stored records.
    pub fn key(self) -> &'static str {
        match self {
            Self::Back => "back",
            Self::NeckShoulders => "neck-shoulders",
            Self::Eyes => "eyes",
            Self::Wrists => "wrists",
            Self::Hips => "hips",
            Self::Energy => "energy",
            Self::Tension => "tension",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|a| a.key() == text)
    }

    /// The area a pack's focus suggests, for packs that do not name one. The order puts the
    /// most specific areas first: a wrist pack that also mentions the back asks about wrists, a
    /// back pack that also mentions the neck asks about the back.
    pub fn from_focus(serves: impl Fn(Focus) -> bool) -> Self {
        const ORDER: [(Focus, CheckinArea); 9] = [
            (Focus::Eyes, CheckinArea::Eyes),
            (Focus::Wrists, CheckinArea::Wrists),
            (Focus::Back, CheckinArea::Back),
            (Focus::Hips, CheckinArea::Hips),
            (Focus::Neck, CheckinArea::NeckShoulders),
            (Focus::Shoulders, CheckinArea::NeckShoulders),
            (Focus::Posture, CheckinArea::NeckShoulders),
            (Focus::Energy, CheckinArea::Energy),
            (Focus::Calm, CheckinArea::Tension),
        ];
        ORDER.into_iter().find(|(f, _)| serves(*f)).map_or(Self::Tension, |(_, a)| a)
    }

    /// "How do your eyes feel right now?", in the user's language.
    pub fn question(self, m: &Messages) -> String {
        m.get(match self {
            Self::Back => "checkin-question-back",
            Self::NeckShoulders => "checkin-question-neck-shoulders",
            Self::Eyes => "checkin-question-eyes",
            Self::Wrists => "checkin-question-wrists",
            Self::Hips => "checkin-question-hips",
            Self::Energy => "checkin-question-energy",
            Self::Tension => "checkin-question-tension",
        })
    }

    /// The words for 1 and 5 on the scale ("sore", "fine"), in the user's language.
    pub fn scale_ends(self, m: &Messages) -> (String, String) {
        let (low, high) = match self {
            Self::Back | Self::NeckShoulders | Self::Wrists | Self::Hips => ("checkin-sore", "checkin-fine"),
            Self::Eyes => ("checkin-strained", "checkin-fine"),
            Self::Energy => ("checkin-drained", "checkin-alert"),
            Self::Tension => ("checkin-tense", "checkin-relaxed"),
        };
        (m.get(low), m.get(high))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_match_serde() {
        for a in CheckinArea::ALL {
            assert_eq!(CheckinArea::parse(a.key()), Some(a));
            assert_eq!(serde_json::to_value(a).unwrap(), serde_json::Value::from(a.key()));
        }
        assert_eq!(CheckinArea::parse(" Eyes "), Some(CheckinArea::Eyes));
        assert_eq!(CheckinArea::parse("knees"), None);
    }

    #[test]
    fn the_fallback_follows_the_most_specific_focus() {
        assert_eq!(CheckinArea::from_focus(|f| f == Focus::Eyes || f == Focus::Back), CheckinArea::Eyes);
        assert_eq!(CheckinArea::from_focus(|f| f == Focus::Back), CheckinArea::Back);
        assert_eq!(CheckinArea::from_focus(|f| f == Focus::Calm), CheckinArea::Tension);
        assert_eq!(CheckinArea::from_focus(|_| false), CheckinArea::Tension);
    }

    #[cfg(feature = "markdown")]
    #[test]
    fn questions_name_the_area_in_plain_words() {
        let m = crate::l10n::testing::english();
        assert_eq!(CheckinArea::Eyes.question(m), "How do your eyes feel right now?");
        assert_eq!(CheckinArea::Back.question(m), "How does your back feel right now?");
        assert_eq!(CheckinArea::Tension.question(m), "How tense do you feel right now?");
        let ends = |a: CheckinArea| a.scale_ends(m);
        assert_eq!(ends(CheckinArea::Eyes), ("strained".into(), "fine".into()));
        assert_eq!(ends(CheckinArea::Back), ("sore".into(), "fine".into()));
        assert_eq!(ends(CheckinArea::Energy), ("drained".into(), "alert".into()));
        for a in CheckinArea::ALL {
            assert!(m.has(&format!("checkin-question-{}", a.key())), "{a:?}");
        }
    }
}
