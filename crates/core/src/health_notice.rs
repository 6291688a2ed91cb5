//! The general health notice: the red flags every routine is preceded by, whichever pack it is.
//!
//! The seed pack is the client's page and stays verbatim, so what it (and any future pack) leaves
//! out lives here once. The page shows it before Start and in Settings, in the user's language
//! (`health-*` in `locales/<lang>/home.ftl`).

use crate::l10n::Messages;

/// A short notice: a title, one line of lead-in, the signs to check first, and a closing line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HealthNotice {
    pub title: String,
    pub lead: String,
    pub signs: Vec<String>,
    pub closing: String,
}

/// The messages of the signs, in the order the notice lists them.
const SIGNS: [&str; 6] = [
    "health-sign-pain",
    "health-sign-numbness",
    "health-sign-urgent",
    "health-sign-fever",
    "health-sign-injury",
    "health-sign-pregnancy",
];

/// The notice in the language of `m`.
pub fn health_notice(m: &Messages) -> HealthNotice {
    HealthNotice {
        title: m.get("health-title"),
        lead: m.get("health-lead"),
        signs: SIGNS.iter().map(|key| m.get(key)).collect(),
        closing: m.get("health-closing"),
    }
}

impl HealthNotice {
    /// The whole notice as one text, for places that show plain text.
    pub fn text(&self) -> String {
        let mut out = format!("{} {}", self.title, self.lead);
        for s in &self.signs {
            out.push(' ');
            out.push_str(s);
        }
        out.push(' ');
        out.push_str(&self.closing);
        out
    }
}

#[cfg(all(test, feature = "markdown"))]
mod tests {
    use super::*;
    use crate::l10n::testing::english;

    /// Issue 14's list of red flags, each as words the notice must contain.
    #[test]
    fn the_notice_names_every_red_flag() {
        let text = health_notice(english()).text().to_lowercase();
        for words in [
            "severe",
            "getting worse",
            "spreading",
            "numbness",
            "weakness",
            "groin or buttocks",
            "bladder or bowels",
            "urgent care",
            "fever",
            "weight loss",
            "cancer",
            "recent injury",
            "surgery",
            "pregnancy",
            "osteoporosis",
        ] {
            assert!(text.contains(words), "the notice lacks \"{words}\": {text}");
        }
    }

    #[test]
    fn the_notice_stays_short() {
        let notice = health_notice(english());
        assert!(notice.signs.len() <= 7);
        assert!(notice.text().split_whitespace().count() < 110, "{}", notice.text());
        assert_eq!(notice.title, "Check with a health professional first");
    }
}
