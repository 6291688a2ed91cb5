//! The packs and exercises in one language: the words only. Everything a decision reads (ids,
//! exercise keys, positions, durations, focus keywords, figures) stays with the English catalog,
//! so a translation can change what the user reads and nothing else.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::pack::{is_caution, sentences, split_sentences, Exercise, Faq, Goal, Pack};

/// A pack's words in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackText {
    pub title: String,
    pub tagline: String,
    pub when_to_reach: String,
    pub why_this_happens: String,
    pub about: String,
    pub goals: Vec<Goal>,
    pub faq: Vec<Faq>,
    /// The sentences of `about` that stand where the English pack's cautions stand: the
    /// "Before you start" box.
    pub safety: Vec<String>,
}

/// An exercise's words in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseText {
    pub name: String,
    pub steps: Vec<String>,
    pub cue: String,
    /// The cue's sentences that stand where the English cue's cautions stand.
    pub cautions: Vec<String>,
}

/// The catalog's words in one language. English has none: its words are the catalog's own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogText {
    /// By pack id.
    pub packs: BTreeMap<String, PackText>,
    /// By the English exercise name, the key records and routines keep.
    pub exercises: BTreeMap<String, ExerciseText>,
    /// Packs this language shows in English, as its folder's `english.txt` allows (and the page
    /// says so).
    pub english_packs: Vec<String>,
}

impl CatalogText {
    /// The pack as this language shows it: its words replaced, its ids, exercise keys and facts
    /// kept. `None` when the language has no words for it (English, or an allowed fallback).
    pub fn pack(&self, pack: &Pack) -> Option<Pack> {
        let text = self.packs.get(&pack.id)?;
        Some(Pack {
            title: text.title.clone(),
            tagline: text.tagline.clone(),
            when_to_reach: text.when_to_reach.clone(),
            why_this_happens: text.why_this_happens.clone(),
            about: text.about.clone(),
            goals: text.goals.clone(),
            faq: text.faq.clone(),
            safety: text.safety.clone(),
            ..pack.clone()
        })
    }

    /// The exercise as this language shows it. Its `name` is the translated name: for display
    /// only; look things up by the English exercise's name.
    pub fn exercise(&self, exercise: &Exercise) -> Option<Exercise> {
        let text = self.exercises.get(&exercise.name)?;
        Some(Exercise {
            name: text.name.clone(),
            steps: text.steps.clone(),
            cue: text.cue.clone(),
            ..exercise.clone()
        })
    }

    /// Is this pack shown in English in this language, by choice?
    pub fn shows_in_english(&self, pack_id: &str) -> bool {
        self.english_packs.iter().any(|p| p == pack_id)
    }
}

/// The sentences of a translated text: ".", "!", "?" and "؟" end one before white space and
/// anything but a lower-case letter; "。", "！" and "？" end one wherever they stand.
pub fn translated_sentences(text: &str) -> Vec<&str> {
    split_sentences(text, |c, rest| match c {
        '。' | '！' | '？' => true,
        '.' | '!' | '?' | '؟' => {
            let after = rest.trim_start();
            after.is_empty() || (rest.len() != after.len() && !after.starts_with(|n: char| n.is_lowercase()))
        }
        _ => false,
    })
}

/// The indices of the English text's caution sentences.
pub fn caution_indices(english: &str) -> Vec<usize> {
    sentences(english).iter().enumerate().filter(|(_, s)| is_caution(s)).map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_where_each_script_ends_them() {
        assert_eq!(translated_sentences("Eins. Zwei! Drei?"), ["Eins.", "Zwei!", "Drei?"]);
        assert_eq!(translated_sentences("ひとつ。ふたつ！みっつ？"), ["ひとつ。", "ふたつ！", "みっつ？"]);
        assert_eq!(translated_sentences("هل تشعر بألم؟ توقف."), ["هل تشعر بألم؟", "توقف."]);
        assert_eq!(translated_sentences("¿Te duele? Para."), ["¿Te duele?", "Para."]);
        // A period before a lower-case word is not the end of a sentence.
        assert_eq!(translated_sentences("Etwa 6 m. weit weg."), ["Etwa 6 m. weit weg."]);
    }

    /// A pack the language leaves in English (by its folder's english.txt) keeps its English
    /// words and says so; a translated one takes its words and keeps its id, facts and exercises.
    #[test]
    fn a_pack_is_shown_in_its_words_or_said_to_be_in_english() {
        let english = Pack {
            exercises: vec!["Chin Tucks".into(), "Neck Rotations".into()],
            about: "Two moves. Stop if it hurts.".into(),
            ..crate::suggest::tests::pack("neck", "Neck", crate::pack::TimeOfDay::Any)
        };
        let mut text = CatalogText { english_packs: vec!["neck".into()], ..CatalogText::default() };
        assert_eq!(text.pack(&english), None);
        assert!(text.shows_in_english("neck"));
        let words = PackText {
            title: "Nacken".into(),
            safety: vec!["Hör auf, wenn es wehtut.".into()],
            ..PackText::default()
        };
        text.packs.insert("neck".into(), words);
        text.english_packs.clear();
        let shown = text.pack(&english).expect("translated");
        assert_eq!((shown.id.as_str(), shown.title.as_str()), ("neck", "Nacken"));
        assert_eq!(shown.exercises, english.exercises);
        assert_eq!(shown.safety_sentences(), ["Hör auf, wenn es wehtut."]);
        assert!(!text.shows_in_english("neck"));
    }

    #[test]
    fn cautions_are_found_in_the_english() {
        let about = "Six moves at your desk. Skip this if your wrist is swollen. Enjoy it.";
        assert_eq!(caution_indices(about), [1]);
    }
}
