//! Packs and exercises: the content the page shows and the player runs.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::checkin::CheckinArea;
use crate::clock::PartOfDay;
use crate::l10n::Messages;
use crate::settings::Focus;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Position {
    Sitting,
    Standing,
    Floor,
}

impl Position {
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "sitting" => Some(Self::Sitting),
            "standing" => Some(Self::Standing),
            "floor" => Some(Self::Floor),
            _ => None,
        }
    }

    /// The position's English name, as pack files spell it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Sitting => "sitting",
            Self::Standing => "standing",
            Self::Floor => "floor",
        }
    }

    /// The position in the user's language ("sitting"), as the page shows it.
    pub fn label_in(self, m: &Messages) -> String {
        m.get(match self {
            Self::Sitting => "position-sitting",
            Self::Standing => "position-standing",
            Self::Floor => "position-floor",
        })
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// When a pack fits best. `Any` fits every part of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeOfDay {
    Part(PartOfDay),
    Any,
}

impl TimeOfDay {
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "morning" => Some(Self::Part(PartOfDay::Morning)),
            "mid" | "midday" => Some(Self::Part(PartOfDay::Mid)),
            "afternoon" => Some(Self::Part(PartOfDay::Afternoon)),
            "evening" => Some(Self::Part(PartOfDay::Evening)),
            "any" | "anytime" => Some(Self::Any),
            _ => None,
        }
    }

    pub fn fits(self, part: PartOfDay) -> bool {
        match self {
            Self::Any => true,
            Self::Part(p) => p == part,
        }
    }

    /// The English name ("any time", "morning").
    pub fn label(self) -> &'static str {
        match self {
            Self::Any => "any time",
            Self::Part(p) => p.label(),
        }
    }

    /// The pack's best time in the user's language, as the page shows it.
    pub fn label_in(self, m: &Messages) -> String {
        match self {
            Self::Any => m.get("time-of-day-any"),
            Self::Part(p) => p.label_in(m),
        }
    }
}

/// "Who this is for": a goal and why the pack serves it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub name: String,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Faq {
    pub question: String,
    pub answer: String,
}

/// One pack page, field for field as the markdown layout has it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pack {
    /// The file stem, stable across releases; break records refer to it.
    pub id: String,
    pub title: String,
    pub tagline: String,
    pub canonical_url: Option<String>,
    pub demo_video_url: Option<String>,
    pub exercise_count: usize,
    pub positions: Vec<Position>,
    pub location: String,
    pub time_of_day: TimeOfDay,
    pub when_to_reach: String,
    pub why_this_happens: String,
    pub about: String,
    /// Exercise names, in order; each has an entry in the library.
    pub exercises: Vec<String>,
    pub goals: Vec<Goal>,
    pub faq: Vec<Faq>,
    /// Text after the closing `---` rule, if any (the seed's attribution line).
    pub footer: Option<String>,
    /// What the check-in asks about, when the pack file names it (`- **Check-in:** eyes`).
    pub checkin: Option<CheckinArea>,
    /// A translation's "Before you start" sentences, chosen by the English cautions' places
    /// (`l10n::CatalogText::pack`). Empty for English: [`Pack::safety_sentences`] finds them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub safety: Vec<String>,
}

impl Pack {
    /// The safety advice for the "Before you start" box: every caution sentence of "About this
    /// routine" (see [`is_caution`]), in the order the pack gives them, joined by spaces. Falls
    /// back to the whole section when it has none (the build refuses such a pack).
    pub fn safety_advice(&self) -> String {
        self.safety_sentences().join(" ")
    }

    /// The sentences of [`Pack::safety_advice`], one by one, for a list that is easy to scan.
    pub fn safety_sentences(&self) -> Vec<&str> {
        if !self.safety.is_empty() {
            return self.safety.iter().map(String::as_str).collect();
        }
        let cautions: Vec<&str> = sentences(&self.about).into_iter().filter(|s| is_caution(s)).collect();
        if cautions.is_empty() {
            vec![self.about.as_str()]
        } else {
            cautions
        }
    }

    /// Does the pack serve this focus? Matched on its title, tagline and goal names.
    /// What the check-in asks about: the area the pack names, or the one its focus suggests.
    pub fn checkin_area(&self) -> CheckinArea {
        self.checkin.unwrap_or_else(|| CheckinArea::from_focus(|f| self.serves(f)))
    }

    /// The message that names the pack's "Where" field ("desk", "anywhere", "standing desk"),
    /// which translations keep in English. `None` for a place no message names yet.
    pub fn location_key(&self) -> Option<&'static str> {
        match self.location.trim().to_ascii_lowercase().as_str() {
            "desk" => Some("where-desk"),
            "anywhere" => Some("where-anywhere"),
            "standing desk" => Some("where-standing-desk"),
            _ => None,
        }
    }

    /// The pack's "Where" in the user's language; a place no message names, as the pack has it.
    pub fn location_in(&self, m: &Messages) -> String {
        self.location_key().map_or_else(|| self.location.clone(), |key| m.get(key))
    }

    pub fn serves(&self, focus: Focus) -> bool {
        // ASCII case folding is enough for ASCII keywords, and keeps Unicode's case tables
        // (about 14 KB) out of the wasm.
        let mut hay = self.title.to_ascii_lowercase();
        for g in &self.goals {
            hay.push(' ');
            hay.push_str(&g.name.to_ascii_lowercase());
        }
        focus.keywords().iter().any(|k| hay.contains(k))
    }
}

/// Openings that make a sentence a caution: "Skip this if…", "Seek urgent care…", "Not a
/// substitute…", and the conditional or protective advice our packs give ("If you are pregnant…",
/// "Check the space…", "Keep every movement…").
const CAUTION_OPENINGS: &[&str] = &[
    "Skip",
    "Seek",
    "Stop",
    "Not a substitute",
    "If ",
    "Get ",
    "Check",
    "Keep",
    "Move slowly",
    "Lock",
    "Pause",
    "Avoid",
    "Ask",
    "Do not",
    "Don't",
];

/// Words that make any sentence a caution, wherever they stand in it.
const CAUTION_WORDS: &[&str] = &[
    "urgent",
    "medical",
    "doctor",
    "clinician",
    "physiotherapist",
    "midwife",
    "emergency",
    "pregnan",
    "osteoporosis",
    "wheels",
    "get down",
];

/// Is this sentence of "About this routine" a caution, one the "Before you start" box must show?
/// Errs towards showing: a sentence too many in the box costs a line, one too few can cost a
/// warning such as "Seek urgent care…".
pub fn is_caution(sentence: &str) -> bool {
    let s = sentence.trim_start();
    // The words are ASCII: ASCII case folding finds them (see `Pack::serves`).
    let lower = s.to_ascii_lowercase();
    CAUTION_OPENINGS.iter().any(|o| s.starts_with(o)) || CAUTION_WORDS.iter().any(|w| lower.contains(w))
}

/// The sentences of a text. A sentence ends at ".", "!" or "?" followed by white space and a
/// capital letter (or the end), so "(/exercises/x)" and "e.g. this" stay inside their sentence.
pub fn sentences(text: &str) -> Vec<&str> {
    split_sentences(text, |c, rest| {
        if !matches!(c, '.' | '!' | '?') {
            return false;
        }
        let after = rest.trim_start();
        after.is_empty() || (rest.len() != after.len() && after.starts_with(|n: char| n.is_uppercase()))
    })
}

/// The sentences of a text, where `ends(c, rest)` says whether the character `c`, followed by
/// `rest`, ends one. Shared with the translations' splitter (`l10n::content`).
pub fn split_sentences(text: &str, ends: impl Fn(char, &str) -> bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if ends(c, &text[end..]) {
            let sentence = text[start..end].trim();
            if !sentence.is_empty() {
                out.push(sentence);
            }
            start = end;
        }
    }
    let tail = text[start..].trim();
    if !tail.is_empty() {
        out.push(tail);
    }
    out
}

/// A library entry: how to do one exercise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exercise {
    pub name: String,
    pub position: Position,
    /// Seconds; for a per-side exercise, seconds per side.
    pub duration_s: u32,
    pub per_side: bool,
    pub steps: Vec<String>,
    pub cue: String,
}

impl Exercise {
    /// Seconds the whole exercise takes, both sides included.
    pub fn total_seconds(&self) -> u32 {
        if self.per_side {
            self.duration_s * 2
        } else {
            self.duration_s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `serves` and `is_caution` fold case for ASCII only: every word they look for must be
    /// lowercase ASCII for that to find it.
    #[test]
    fn the_words_matched_without_case_are_lowercase_ascii() {
        let words = Focus::ALL.iter().flat_map(|f| f.keywords().iter()).chain(CAUTION_WORDS);
        for w in words {
            assert!(w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()), "{w}");
        }
        assert!(is_caution("Seek URGENT care if it spreads."));
    }
}
