//! Packs and exercises: the content the page shows and the player runs.

use std::fmt;

use crate::clock::PartOfDay;
use crate::settings::Focus;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

    pub fn label(self) -> &'static str {
        match self {
            Self::Sitting => "sitting",
            Self::Standing => "standing",
            Self::Floor => "floor",
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// When a pack fits best. `Any` fits every part of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

    pub fn label(self) -> &'static str {
        match self {
            Self::Any => "any time",
            Self::Part(p) => p.label(),
        }
    }
}

/// "Who this is for": a goal and why the pack serves it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Goal {
    pub name: String,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Faq {
    pub question: String,
    pub answer: String,
}

/// One pack page, field for field as the markdown layout has it.
#[derive(Clone, Debug, PartialEq, Eq)]
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
}

impl Pack {
    /// The safety advice: the sentences of "About this routine" from "Skip this if" on,
    /// up to the end of that sentence. Falls back to the whole section when it has none.
    pub fn safety_advice(&self) -> &str {
        match self.about.find("Skip this if") {
            Some(start) => {
                let rest = &self.about[start..];
                let end = rest.find(". ").map(|i| i + 1).unwrap_or(rest.len());
                &rest[..end]
            }
            None => &self.about,
        }
    }

    /// Does the pack serve this focus? Matched on its title, tagline and goal names.
    pub fn serves(&self, focus: Focus) -> bool {
        let mut hay = self.title.to_lowercase();
        for g in &self.goals {
            hay.push(' ');
            hay.push_str(&g.name.to_lowercase());
        }
        focus.keywords().iter().any(|k| hay.contains(k))
    }
}

/// A library entry: how to do one exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
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
