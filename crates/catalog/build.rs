//! Compiles `content/` into `catalog.json` (and, in `build/l10n.rs`, every language into
//! `l10n/<lang>.json`): parses every pack and the exercise library with the
//! core's markdown parser, checks them against each other, and writes the JSON into OUT_DIR.
//! A malformed pack, or one that breaks a safety rule (`content_rules`), fails the build with its
//! file and line; no markdown parser ships in the wasm, and no catalog text either: the page and
//! the worker fetch the packaged copy (`scripts/catalog-asset.mjs` puts it next to index.html).

use std::path::{Path, PathBuf};

use deskbreak_core::catalog::Catalog;
use deskbreak_core::content_rules::check_content;
use deskbreak_core::figure::library::library_figures;
use deskbreak_core::figure::packed::pack;
use deskbreak_core::pack_format::{check_catalog, parse_library, parse_pack, FormatError};

#[path = "src/asset.rs"]
#[allow(dead_code)]
mod asset;
#[path = "build/l10n.rs"]
mod l10n;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let content = manifest.join("../../content");
    println!("cargo:rerun-if-changed={}", content.display());
    println!("cargo:rerun-if-changed=src/asset.rs");
    println!("cargo:rerun-if-changed=build");
    match build(&content)
        .and_then(|(catalog, json)| Ok((json, l10n::build(&manifest.join("../.."), &catalog)?)))
    {
        Ok((json, locales)) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
            std::fs::write(out.join(asset::ASSET), json).expect("write catalog.json");
            for (path, text) in locales {
                let path = out.join(path);
                std::fs::create_dir_all(path.parent().expect("a folder")).expect("create the locale folder");
                std::fs::write(&path, text).expect("write a locale");
            }
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

fn build(content: &Path) -> Result<(Catalog, String), FormatError> {
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
    let asset = asset::CatalogAsset { catalog, figures: figures.iter().map(pack).collect() };
    let json = serde_json::to_string(&asset).map_err(|e| FormatError {
        file: display(content),
        line: 1,
        message: format!("cannot write catalog.json: {e}"),
    })?;
    Ok((asset.catalog, json))
}

/// `content/packs/x.md` rather than an absolute path, so messages are short and stable.
fn display(path: &Path) -> String {
    let s = path.display().to_string();
    match s.find("content/").or_else(|| s.find("locales/")) {
        Some(i) => s[i..].to_string(),
        None => s,
    }
}
