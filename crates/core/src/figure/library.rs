//! The build's check of the library's figures: every exercise has exactly one, and each parses
//! within the human ranges. Errors name the file and line, like the pack parser's.

use super::notation::{figure_sources, parse_figure};
use super::Figure;
use crate::pack::Exercise;
use crate::pack_format::FormatError;

/// Each exercise's figure, in library order, after checking them all.
pub fn library_figures(file: &str, text: &str, library: &[Exercise]) -> Result<Vec<Figure>, FormatError> {
    let err = |line: usize, message: String| FormatError { file: file.to_string(), line, message };
    let sources = figure_sources(text);
    for source in &sources {
        let count = sources.iter().filter(|s| s.exercise == source.exercise).count();
        if count > 1 {
            return Err(err(source.first_line(), format!("\"{}\" has {count} figures", source.exercise)));
        }
        if !library.iter().any(|e| e.name == source.exercise) {
            return Err(err(source.first_line(), "a figure outside any exercise".into()));
        }
    }
    library
        .iter()
        .map(|exercise| {
            let source = sources.iter().find(|s| s.exercise == exercise.name).ok_or_else(|| {
                let heading = format!("## {}", exercise.name);
                let line = text.lines().position(|l| l.trim_end() == heading).map_or(1, |i| i + 1);
                err(line, format!("\"{}\" has no \"- **Figure:**\" field", exercise.name))
            })?;
            parse_figure(&source.text, exercise.position.into(), exercise.per_side).map_err(|e| {
                err(source.line_of(e.offset), format!("figure of \"{}\": {}", exercise.name, e.message))
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::Stance;
    use crate::pack_format::parse_library;

    const LIB: &str = "# Exercise library\n\n## Neck Tilt\n\n- **Position:** sitting\n- **Duration:** 30 s\n- **Per side:** yes\n- **Figure:** front chair\n  | 1s\n  | 1s neck=0/30\n\n1. Tilt.\n2. Hold.\n\n> **Cue:** Gently.\n";

    fn check(text: &str) -> Result<Vec<Figure>, FormatError> {
        let library = parse_library("ex.md", text).expect("the library parses");
        library_figures("ex.md", text, &library)
    }

    #[test]
    fn every_exercise_gets_its_notation() {
        let figures = check(LIB).unwrap();
        assert_eq!(
            figures,
            vec![parse_figure("front chair | 1s | 1s neck=0/30", Stance::Seated, true).unwrap()]
        );
    }

    #[test]
    fn a_bad_figure_fails_with_the_file_and_line() {
        let e = check(&LIB.replace("neck=0/30", "neck=0/70")).unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("ex.md", 10));
        assert!(e.message.contains("neck frontal angle 70"), "{e}");
        let e = check(&LIB.replace("  | 1s neck=0/30\n", "  | 1s nek=0/30\n")).unwrap_err();
        assert_eq!(e.line, 10);
        assert!(e.message.contains("unknown joint \"nek\""), "{e}");
        let e = check(&LIB.replace("  | 1s neck=0/30\n", "  | 1s neck=0/30 pulse:neck\n")).unwrap_err();
        assert_eq!(e.line, 10);
        assert!(e.message.contains("figure of \"Neck Tilt\": unknown mark \"pulse\""), "{e}");
        let e = check(&LIB.replace("  | 1s\n", "  | 1s squeeze:toes\n")).unwrap_err();
        assert_eq!(e.line, 9);
        assert!(e.message.contains("unknown place \"toes\""), "{e}");
        let e = check(&LIB.replace("  | 1s\n  | 1s neck=0/30\n", "")).unwrap_err();
        assert_eq!(e.line, 8);
        assert!(e.message.contains("no key pose"), "{e}");
        let e = check(&LIB.replace("- **Figure:** front chair\n  | 1s\n  | 1s neck=0/30\n", "")).unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("no \"- **Figure:**\" field"), "{e}");
    }
}
