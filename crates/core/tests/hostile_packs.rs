//! Hostile and malformed pack files: the build-time parser must answer every input with a pack or
//! with an error pointing at a real line, and never panic.
//!
//! A property pass stands in for `cargo fuzz` (which needs nightly): arbitrary text, markdown-ish
//! line soup, and random mutations of the real seed pack and exercise library. The committed
//! corpus in `tests/corpus/packs/` holds the inputs worth keeping. More cases:
//! `PROPTEST_CASES=10000 cargo test -p deskbreak-core --features markdown --test hostile_packs`.
#![cfg(feature = "markdown")]

use deskbreak_core::pack::Pack;
use deskbreak_core::pack_format::{parse_library, parse_pack, FormatError};
use proptest::prelude::*;

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/mutation.rs"]
mod mutation;
#[path = "support/proptest_cases.rs"]
mod proptest_cases;
use corpus::corpus;
use mutation::{mutate, mutation};
use proptest_cases::proptest_config;

const SEED: &str = include_str!("../../../content/packs/back-pain.md");
const LIBRARY: &str = include_str!("../../../content/exercises.md");

/// The parser's promise about errors: a 1-based line inside the file (or just past its end, for
/// "missing …" at the end of the file), the file name as given, and words for a person.
fn error_is_well_formed(text: &str, file: &str, e: &FormatError) -> Result<(), String> {
    let lines = text.lines().count();
    if !(1..=lines + 1).contains(&e.line) {
        return Err(format!("line {} outside 1..={} for {e}", e.line, lines + 1));
    }
    if e.file != file {
        return Err(format!("error names {:?}, not {file:?}", e.file));
    }
    if e.message.trim().is_empty() {
        return Err(format!("empty message at line {}", e.line));
    }
    Ok(())
}

/// What any pack the parser accepts must satisfy.
fn pack_is_consistent(p: &Pack) -> Result<(), String> {
    if p.exercises.len() != p.exercise_count {
        return Err(format!("{} exercises but a count of {}", p.exercises.len(), p.exercise_count));
    }
    if p.title.trim().is_empty() || p.tagline.trim().is_empty() {
        return Err("empty title or tagline".into());
    }
    if p.exercises.iter().any(|e| e.trim().is_empty()) || p.faq.is_empty() || p.positions.is_empty() {
        return Err("an empty exercise, FAQ or position list".into());
    }
    for url in p.canonical_url.iter().chain(&p.demo_video_url) {
        if !url.starts_with("https://") || url.contains(char::is_whitespace) {
            return Err(format!("accepted a bad URL {url:?}"));
        }
    }
    Ok(())
}

fn check_pack(text: &str) -> Result<Option<Pack>, String> {
    match parse_pack("fuzz", "fuzz.md", text) {
        Ok(p) => pack_is_consistent(&p).map(|()| Some(p)),
        Err(e) => error_is_well_formed(text, "fuzz.md", &e).map(|()| None),
    }
}

fn check_library(text: &str) -> Result<usize, String> {
    match parse_library("lib.md", text) {
        Ok(lib) => {
            for ex in &lib {
                if !(2..=4).contains(&ex.steps.len()) || !(5..=300).contains(&ex.duration_s) {
                    return Err(format!("accepted {ex:?}"));
                }
            }
            Ok(lib.len())
        }
        Err(e) => error_is_well_formed(text, "lib.md", &e).map(|()| 0),
    }
}

/// Lines that look like the format, so mutations reach deep into the parser.
fn markdownish_line() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        Just("# Back Pain".to_string()),
        Just("> A tagline".to_string()),
        Just("> **Cue:** Breathe.".to_string()),
        Just("- **Exercise count:** 2".to_string()),
        Just("- **Exercise count:** 18446744073709551616".to_string()),
        Just("- **Positions:** sitting, , floor".to_string()),
        Just("- **Canonical URL:** javascript:alert(1)".to_string()),
        Just("- **Duration:** 4294967296 s".to_string()),
        Just("- **Per side:** maybe".to_string()),
        Just("## Exercises".to_string()),
        Just("## Frequently asked".to_string()),
        Just("### Why?".to_string()),
        Just("1. **Arm Up Bows**".to_string()),
        Just("1.".to_string()),
        Just("- ".to_string()),
        Just("---".to_string()),
        Just("```".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("<!--".to_string()),
        Just("**".to_string()),
        Just("\u{feff}".to_string()),
        Just("\r".to_string()),
        Just(String::new()),
        "[#>*_`\\-\\[\\]()!<>&;:0-9a-z \t\r]{0,30}",
        ".{0,40}",
    ]
}

proptest! {
    #![proptest_config(proptest_config(256))]

    #[test]
    fn any_text_gets_a_pack_or_a_located_error(text in ".{0,600}") {
        check_pack(&text).map_err(TestCaseError::fail)?;
        check_library(&text).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn markdown_soup_gets_a_pack_or_a_located_error(
        lines in prop::collection::vec(markdownish_line(), 0..60),
        crlf in any::<bool>(),
    ) {
        let text = lines.join(if crlf { "\r\n" } else { "\n" });
        check_pack(&text).map_err(TestCaseError::fail)?;
        check_library(&text).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn mutated_seed_pack_gets_a_pack_or_a_located_error(
        edits in prop::collection::vec(mutation(markdownish_line()), 1..6),
    ) {
        let text = mutate(SEED, &edits);
        check_pack(&text).map_err(TestCaseError::fail)?;
    }
}

proptest! {
    // The library is 820 lines: fewer cases keep the default pass quick.
    #![proptest_config(proptest_config(64))]

    #[test]
    fn mutated_exercise_library_gets_exercises_or_a_located_error(
        edits in prop::collection::vec(mutation(markdownish_line()), 1..6),
    ) {
        let text = mutate(LIBRARY, &edits);
        check_library(&text).map_err(TestCaseError::fail)?;
    }
}

#[test]
fn the_unmutated_seeds_parse() {
    assert!(check_pack(SEED).unwrap().is_some());
    assert!(check_library(LIBRARY).unwrap() > 50);
}

/// Generated hostile inputs too big or too regular to commit.
fn generated_packs() -> Vec<(String, String)> {
    let mut out = vec![
        ("generated: seed with CRLF line ends".to_string(), SEED.replace('\n', "\r\n")),
        ("generated: seed with a byte-order mark".to_string(), format!("\u{feff}{SEED}")),
        ("generated: seed with CR-only line ends".to_string(), SEED.replace('\n', "\r")),
        ("generated: 6 MB single line".to_string(), "a".repeat(6 * 1024 * 1024)),
        ("generated: 10k nested quotes".to_string(), format!("# T\n\n{} deep\n", ">".repeat(10_000))),
        (
            "generated: 10k nested lists".to_string(),
            (0..10_000).map(|i| format!("{}- x\n", "  ".repeat(i % 200))).collect(),
        ),
        ("generated: 10k emphasis openers".to_string(), format!("# {}x\n", "*_".repeat(10_000))),
        ("generated: 100k blank lines".to_string(), "\n".repeat(100_000)),
        ("generated: seed with 10k FAQ entries".to_string(), {
            let faq = "### Why?\n\nBecause.\n\n".repeat(10_000);
            SEED.replace("## Frequently asked\n", &format!("## Frequently asked\n\n{faq}"))
        }),
        ("generated: nul bytes everywhere".to_string(), SEED.replace(' ', "\0")),
    ];
    // Every line of the seed cut short, one file each: errors must land on a real line.
    let lines: Vec<&str> = SEED.lines().collect();
    for n in [1, 2, 5, 10, 20, 40, 60] {
        out.push((format!("generated: seed cut after line {n}"), lines[..n.min(lines.len())].join("\n")));
    }
    out
}

/// Committed files named `ok-*` must parse; `err-*` must be refused with a located error.
#[test]
fn committed_pack_corpus_parses_or_fails_cleanly() {
    let files = corpus("packs");
    assert!(files.len() >= 20, "the corpus went missing: {} files", files.len());
    for (name, text) in &files {
        let result = if name.contains("library") {
            check_library(text).map(|n| n > 0)
        } else {
            check_pack(text).map(|p| p.is_some())
        };
        match result {
            Err(broken) => panic!("{name}: {broken}"),
            Ok(parsed) if name.starts_with("ok-") => assert!(parsed, "{name} should parse"),
            Ok(parsed) if name.starts_with("err-") => assert!(!parsed, "{name} should be refused"),
            Ok(_) => panic!("{name}: corpus files are named ok-… or err-…"),
        }
    }
    println!("pack corpus: {} committed files", files.len());
}

#[test]
fn generated_hostile_packs_parse_or_fail_cleanly() {
    let inputs = generated_packs();
    for (name, text) in &inputs {
        if let Err(broken) = check_pack(text).and_then(|_| check_library(text)) {
            panic!("{name}: {broken}");
        }
    }
    // What editors on Windows write (CRLF, a byte-order mark) is not an error.
    assert!(check_pack(&SEED.replace('\n', "\r\n")).unwrap().is_some());
    assert!(check_pack(&format!("\u{feff}{SEED}")).unwrap().is_some());
    assert!(check_library(&format!("\u{feff}{}", LIBRARY.replace('\n', "\r\n"))).unwrap() > 50);
    println!("generated hostile packs: {}", inputs.len());
}

#[test]
fn html_in_a_pack_is_kept_as_text_or_dropped_never_passed_through_as_markup() {
    // Inline HTML is not text of the pack: the parser drops the tags. Code spans and escaped
    // entities are text, and the page shows them as text (Leptos escapes it).
    let text = SEED.replace("# Back Pain", "# Back <b onclick=\"x()\">Pain</b> `<script>` &lt;i&gt;");
    let p = parse_pack("x", "x.md", &text).expect("still a pack");
    assert_eq!(p.title, "Back Pain <script> <i>");
}
