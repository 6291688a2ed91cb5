//! Compiles `content/` into Rust: parses every pack and the exercise library with the core's
//! markdown parser, checks them against each other, and writes `catalog.rs` into OUT_DIR.
//! A malformed pack, or one that breaks a safety rule (`content_rules`), fails the build with its
//! file and line; no markdown parser ships in the wasm.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use deskbreak_core::catalog::Catalog;
use deskbreak_core::content_rules::check_content;
use deskbreak_core::figure::library::library_figures;
use deskbreak_core::figure::packed::pack;
use deskbreak_core::pack::{Position, TimeOfDay};
use deskbreak_core::pack_format::{check_catalog, parse_library, parse_pack, FormatError};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let content = manifest.join("../../content");
    println!("cargo:rerun-if-changed={}", content.display());
    match build(&content) {
        Ok(code) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalog.rs");
            std::fs::write(&out, code).expect("write catalog.rs");
        }
        Err(e) => {
            eprintln!("\nerror in pack content: {e}\n");
            println!("cargo:warning=pack content: {e}");
            std::process::exit(1);
        }
    }
}

fn read(path: &Path) -> Result<String, FormatError> {
    std::fs::read_to_string(path).map_err(|e| FormatError {
        file: path.display().to_string(),
        line: 1,
        message: format!("cannot read: {e}"),
    })
}

fn build(content: &Path) -> Result<String, FormatError> {
    let packs_dir = content.join("packs");
    println!("cargo:rerun-if-changed={}", packs_dir.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&packs_dir)
        .map_err(|e| FormatError { file: packs_dir.display().to_string(), line: 1, message: e.to_string() })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();

    let lib_path = content.join("exercises.md");
    println!("cargo:rerun-if-changed={}", lib_path.display());
    let lib_text = read(&lib_path)?;
    let library = parse_library(&display(&lib_path), &lib_text)?;

    let mut packs = Vec::new();
    let mut sources = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = read(path)?;
        let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        packs.push(parse_pack(&id, &display(path), &text)?);
        sources.push((display(path), text));
    }
    if packs.is_empty() {
        return Err(FormatError { file: display(&packs_dir), line: 1, message: "no packs found".into() });
    }
    let catalog = Catalog { packs, library };
    check_catalog(&catalog, &sources)?;
    // Issue 14's safety rules: the whole warning in the box, floor and chair guidance, and the
    // cautions that travel with each exercise.
    check_content(&catalog, (&display(&lib_path), &lib_text), &sources)?;
    // Every exercise's figure, checked against the human ranges; shipped packed.
    let figures = library_figures(&display(&lib_path), &lib_text, &catalog.library)?;
    let packed: Vec<String> = figures.iter().map(pack).collect();
    let mut code = generate(&catalog);
    let _ = writeln!(code, "const FIGURES: &str = {:?};", packed.join(&RECORD.to_string()));
    Ok(code)
}

/// `content/packs/x.md` rather than an absolute path, so messages are short and stable.
fn display(path: &Path) -> String {
    let s = path.display().to_string();
    match s.find("content/") {
        Some(i) => s[i..].to_string(),
        None => s,
    }
}

// The catalog travels as one string with ASCII separators, decoded once at start-up by
// `src/lib.rs`: far less wasm than Rust code constructing every value (about 27 KB less).
// The markdown never contains these control characters: the parser refuses them.
const FIELD: char = '\u{1f}';
const RECORD: char = '\u{1e}';
const ITEM: char = '\u{1d}';
const PAIR: char = '\u{1c}';

fn time_of_day(t: TimeOfDay) -> &'static str {
    match t {
        TimeOfDay::Any => "any",
        TimeOfDay::Part(p) => p.label(),
    }
}

fn items<'a>(list: impl Iterator<Item = &'a str>) -> String {
    list.collect::<Vec<_>>().join(&ITEM.to_string())
}

fn generate(c: &Catalog) -> String {
    let mut packs = Vec::new();
    for p in &c.packs {
        let fields = [
            p.id.clone(),
            p.title.clone(),
            p.tagline.clone(),
            p.canonical_url.clone().unwrap_or_default(),
            p.demo_video_url.clone().unwrap_or_default(),
            p.exercise_count.to_string(),
            items(p.positions.iter().map(|x: &Position| x.label())),
            p.location.clone(),
            time_of_day(p.time_of_day).to_string(),
            p.when_to_reach.clone(),
            p.why_this_happens.clone(),
            p.about.clone(),
            items(p.exercises.iter().map(String::as_str)),
            items(
                p.goals
                    .iter()
                    .map(|g| format!("{}{PAIR}{}", g.name, g.reason))
                    .collect::<Vec<_>>()
                    .iter()
                    .map(String::as_str),
            ),
            items(
                p.faq
                    .iter()
                    .map(|f| format!("{}{PAIR}{}", f.question, f.answer))
                    .collect::<Vec<_>>()
                    .iter()
                    .map(String::as_str),
            ),
            p.footer.clone().unwrap_or_default(),
            p.checkin.map(|a| a.key()).unwrap_or_default().to_string(),
        ];
        packs.push(fields.join(&FIELD.to_string()));
    }
    let mut library = Vec::new();
    for e in &c.library {
        let fields = [
            e.name.clone(),
            e.position.label().to_string(),
            e.duration_s.to_string(),
            if e.per_side { "1" } else { "0" }.to_string(),
            items(e.steps.iter().map(String::as_str)),
            e.cue.clone(),
        ];
        library.push(fields.join(&FIELD.to_string()));
    }
    let packs = packs.join(&RECORD.to_string());
    let library = library.join(&RECORD.to_string());
    let mut o = String::from("// Generated by build.rs from content/. Do not edit.\n");
    let _ = writeln!(o, "const PACKS: &str = {packs:?};");
    let _ = writeln!(o, "const LIBRARY: &str = {library:?};");
    o
}
