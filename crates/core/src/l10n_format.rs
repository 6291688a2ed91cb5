//! Build-time checks of a translation (`content/l10n/<lang>/`) against the English catalog: the
//! same exercises with the same facts, the same packs with the same facts and lists, and the
//! caution sentences in the same places. Any difference but the words fails the build with the
//! translated file and line.

use std::collections::BTreeMap;

use crate::l10n::content::{caution_indices, translated_sentences};
use crate::l10n::{ExerciseText, PackText};
use crate::pack::{Exercise, Pack};
use crate::pack_format::{library_entries, parse_pack, FormatError};

fn error(file: &str, line: usize, message: impl Into<String>) -> FormatError {
    FormatError { file: file.to_string(), line, message: message.into() }
}

/// The line of the first line of `text` that contains `needle` (1 when none does).
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).map_or(1, |i| i + 1)
}

/// The line of the first line after line `from` that contains `needle` (`from` when none does).
fn line_after(text: &str, from: usize, needle: &str) -> usize {
    text.lines().enumerate().skip(from).find(|(_, l)| l.contains(needle)).map_or(from, |(i, _)| i + 1)
}

/// The translated sentences at the places of the English cautions, after checking that the
/// translation has as many sentences as the English.
fn cautions_in_place(
    english: &str,
    translated: &str,
    what: &str,
    (file, line): (&str, usize),
) -> Result<Vec<String>, FormatError> {
    let (en, tr) = (crate::pack::sentences(english), translated_sentences(translated));
    if en.len() != tr.len() {
        return Err(error(
            file,
            line,
            format!(
                "{what} has {} sentences where the English has {}; translate it sentence for sentence \
                 so that each caution stands where the English one does",
                tr.len(),
                en.len()
            ),
        ));
    }
    Ok(caution_indices(english).into_iter().map(|i| tr[i].to_string()).collect())
}

/// A translated library: every English exercise once, named by `Source`, with the same facts and
/// as many steps.
pub fn translate_library(
    english: &[Exercise],
    file: &str,
    text: &str,
) -> Result<BTreeMap<String, ExerciseText>, FormatError> {
    let mut out = BTreeMap::new();
    for entry in library_entries(file, text)? {
        let e = &entry.exercise;
        let Some((source, source_line)) = &entry.source else {
            return Err(error(
                file,
                entry.line,
                format!("\"{}\" needs \"- **Source:** <English name>\"", e.name),
            ));
        };
        let Some(en) = english.iter().find(|x| &x.name == source) else {
            return Err(error(file, *source_line, format!("no English exercise is named \"{source}\"")));
        };
        if out.contains_key(source) {
            return Err(error(file, *source_line, format!("\"{source}\" is translated twice")));
        }
        if (e.position, e.duration_s, e.per_side) != (en.position, en.duration_s, en.per_side) {
            return Err(error(
                file,
                entry.line,
                format!("\"{}\": Position, Duration and Per side must be the English entry's", e.name),
            ));
        }
        if e.steps.len() != en.steps.len() {
            return Err(error(
                file,
                entry.line,
                format!(
                    "\"{}\" has {} steps where the English has {}",
                    e.name,
                    e.steps.len(),
                    en.steps.len()
                ),
            ));
        }
        let cue_line = line_after(text, entry.line, "**Cue:**");
        let cautions =
            cautions_in_place(&en.cue, &e.cue, &format!("the cue of \"{}\"", e.name), (file, cue_line))?;
        let text =
            ExerciseText { name: e.name.clone(), steps: e.steps.clone(), cue: e.cue.clone(), cautions };
        out.insert(source.clone(), text);
    }
    if let Some(missing) = english.iter().find(|e| !out.contains_key(&e.name)) {
        return Err(error(file, 1, format!("\"{}\" is not translated", missing.name)));
    }
    Ok(out)
}

/// A translated pack: the English pack's facts and exercises, in its words.
pub fn translate_pack(
    english: &Pack,
    library: &BTreeMap<String, ExerciseText>,
    file: &str,
    text: &str,
) -> Result<PackText, FormatError> {
    let t = parse_pack(&english.id, file, text)?;
    let facts = |p: &Pack| {
        (
            p.exercise_count,
            p.positions.clone(),
            p.location.clone(),
            p.time_of_day,
            p.checkin,
            p.canonical_url.clone(),
            p.demo_video_url.clone(),
            p.footer.clone(),
        )
    };
    if facts(&t) != facts(english) {
        return Err(error(
            file,
            line_of(text, "- **"),
            "the field list and the footer must be the English pack's, byte for byte",
        ));
    }
    for (key, name) in english.exercises.iter().zip(&t.exercises) {
        let want = library.get(key).map_or(key.as_str(), |e| e.name.as_str());
        if name != want {
            return Err(error(
                file,
                line_of(text, &format!("**{name}**")),
                format!("exercise \"{name}\" stands where the English has \"{key}\", translated \"{want}\""),
            ));
        }
    }
    if t.goals.len() != english.goals.len() || t.faq.len() != english.faq.len() {
        return Err(error(
            file,
            line_of(text, "## Who this is for"),
            format!(
                "{} goals and {} questions where the English has {} and {}",
                t.goals.len(),
                t.faq.len(),
                english.goals.len(),
                english.faq.len()
            ),
        ));
    }
    let about_line = line_of(text, "## About this routine") + 2;
    let safety = cautions_in_place(&english.about, &t.about, "\"About this routine\"", (file, about_line))?;
    Ok(PackText {
        title: t.title,
        tagline: t.tagline,
        when_to_reach: t.when_to_reach,
        why_this_happens: t.why_this_happens,
        about: t.about,
        goals: t.goals,
        faq: t.faq,
        safety,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack_format::parse_library;

    const LIB: &str = "# Exercise library\n\n## Neck Roll\n\n- **Position:** sitting\n- **Duration:** 30 s\n- **Per side:** yes\n\n1. Drop your chin.\n2. Roll slowly.\n\n> **Cue:** Go slowly. Stop if it hurts.\n";
    const DE: &str = "# Exercise library\n\n## Nackenrollen\n\n- **Source:** Neck Roll\n- **Position:** sitting\n- **Duration:** 30 s\n- **Per side:** yes\n\n1. Kinn senken.\n2. Langsam rollen.\n\n> **Cue:** Langsam. Hör auf, wenn es wehtut.\n";

    fn english() -> Vec<Exercise> {
        parse_library("exercises.md", LIB).unwrap()
    }

    #[test]
    fn a_faithful_library_gives_its_words_and_its_cautions() {
        let t = translate_library(&english(), "de/exercises.md", DE).unwrap();
        let roll = &t["Neck Roll"];
        assert_eq!(roll.name, "Nackenrollen");
        assert_eq!(roll.cautions, ["Hör auf, wenn es wehtut."]);
    }

    #[test]
    fn any_difference_but_the_words_is_refused_with_its_line() {
        let cases = [
            (DE.replace("- **Source:** Neck Roll\n", ""), 3, "needs \"- **Source:**"),
            (DE.replace("Source:** Neck Roll", "Source:** Neck Rol"), 5, "no English exercise"),
            (DE.replace("30 s", "40 s"), 3, "Position, Duration and Per side"),
            (
                DE.replace("2. Langsam rollen.\n", "2. Langsam rollen.\n3. Lösen.\n"),
                3,
                "3 steps where the English has 2",
            ),
            (DE.replace("Langsam. Hör", "Langsam, hör"), 13, "1 sentences where the English has 2"),
        ];
        for (text, line, message) in cases {
            let e = translate_library(&english(), "de/exercises.md", &text).expect_err(message);
            assert!(e.message.contains(message), "{e}");
            assert_eq!((e.file.as_str(), e.line), ("de/exercises.md", line), "{e}");
        }
        let e = parse_library("exercises.md", DE).expect_err("Source in English");
        assert!(e.message.contains("belongs in a translation"), "{e}");
    }
}
