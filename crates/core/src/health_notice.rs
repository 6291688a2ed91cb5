//! The general health notice: the red flags every routine is preceded by, whichever pack it is.
//!
//! The seed pack is the client's page and stays verbatim, so what it (and any future pack) leaves
//! out lives here once. The page shows it before Start and in Settings.

/// A short notice: a title, one line of lead-in, the signs to check first, and a closing line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HealthNotice {
    pub title: &'static str,
    pub lead: &'static str,
    pub signs: &'static [&'static str],
    pub closing: &'static str,
}

pub const HEALTH_NOTICE: HealthNotice = HealthNotice {
    title: "Check with a health professional first",
    lead: "These moves are for everyday stiffness from sitting. Get advice before you start if you have:",
    signs: &[
        "pain that is severe, getting worse or spreading, for example down an arm or leg;",
        "numbness, tingling or weakness in an arm or leg;",
        "numbness around the groin or buttocks, or new trouble with your bladder or bowels: get urgent care;",
        "a fever, weight loss you can't explain, or a history of cancer;",
        "a recent injury, fall or surgery;",
        "a pregnancy, or osteoporosis: ask which moves suit you.",
    ],
    closing: "Move within comfort. Stop if a move brings sharp pain, dizziness or chest pain.",
};

impl HealthNotice {
    /// The whole notice as one text, for places that show plain text.
    pub fn text(&self) -> String {
        let mut out = format!("{} {}", self.title, self.lead);
        for s in self.signs {
            out.push(' ');
            out.push_str(s);
        }
        out.push(' ');
        out.push_str(self.closing);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 14's list of red flags, each as words the notice must contain.
    #[test]
    fn the_notice_names_every_red_flag() {
        let text = HEALTH_NOTICE.text().to_lowercase();
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
        assert!(HEALTH_NOTICE.signs.len() <= 7);
        assert!(HEALTH_NOTICE.text().split_whitespace().count() < 110, "{}", HEALTH_NOTICE.text());
    }
}
