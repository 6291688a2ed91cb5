//! Builds one asset per language, `l10n/<lang>.json`: the interface's messages from
//! `locales/<lang>/*.ftl` and the catalog's words from `content/l10n/<lang>/`, each checked
//! against English; and the store's `_locales/<lang>/messages.json`. Any missing or extra key,
//! any variable English does not have, any pack or exercise that differs from English in more
//! than its words fails the build with its file and line.

use std::collections::BTreeMap;
use std::path::Path;

use deskbreak_core::catalog::Catalog;
use deskbreak_core::l10n::{CatalogText, Lang, LocaleAsset, Messages};
use deskbreak_core::l10n_format::{translate_library, translate_pack};
use deskbreak_core::pack_format::FormatError;

use super::{display, read};
use deskbreak_core::l10n_ftl::{compile, Compiled};

/// Messages by key, with the file that defines each.
type Compiled2 = BTreeMap<String, (String, Compiled)>;

fn fail(file: &str, line: usize, message: impl Into<String>) -> FormatError {
    FormatError { file: file.to_string(), line, message: message.into() }
}

/// A language's `.ftl` files by file name: each one's text and its messages by key.
type Files = BTreeMap<String, (String, BTreeMap<String, Compiled>)>;

/// Every `.ftl` file of one language, by file name, compiled.
fn read_locale(dir: &Path) -> Result<Files, FormatError> {
    println!("cargo:rerun-if-changed={}", dir.display());
    let entries = std::fs::read_dir(dir).map_err(|e| fail(&display(dir), 1, format!("cannot read: {e}")))?;
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut out = BTreeMap::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let text = read(&path)?;
        out.insert(name, (text.clone(), compile(&display(&path), &text)?));
    }
    Ok(out)
}

/// One language's messages, checked key for key and variable for variable against English.
fn messages(root: &Path, lang: Lang, english: &Compiled2) -> Result<Compiled2, FormatError> {
    let dir = root.join("locales").join(lang.code());
    let files = read_locale(&dir)?;
    let mut out = Compiled2::new();
    for (name, (_, compiled)) in files {
        let file = display(&dir.join(&name));
        for (key, c) in compiled {
            let Some((en_file, en)) = english.get(&key) else {
                return Err(fail(
                    &file,
                    c.line,
                    format!("\"{key}\" is not an English message (a stale key?)"),
                ));
            };
            if let Some(var) = c.vars.iter().find(|v| !en.vars.contains(v)) {
                return Err(fail(
                    &file,
                    c.line,
                    format!("\"{key}\" uses ${var}, which {en_file} does not give it"),
                ));
            }
            out.insert(key, (file.clone(), c));
        }
    }
    if let Some((key, (en_file, en))) = english.iter().find(|(k, _)| !out.contains_key(*k)) {
        let name = Path::new(en_file).file_name().and_then(|n| n.to_str()).unwrap_or_default();
        return Err(fail(
            &display(&dir.join(name)),
            1,
            format!("missing \"{key}\" ({en_file}:{} has it)", en.line),
        ));
    }
    Ok(out)
}

/// One language's words for the catalog, checked pack by pack and exercise by exercise.
fn catalog_text(root: &Path, lang: Lang, catalog: &Catalog) -> Result<CatalogText, FormatError> {
    let dir = root.join("content/l10n").join(lang.code());
    println!("cargo:rerun-if-changed={}", dir.display());
    let lib_path = dir.join("exercises.md");
    let exercises = translate_library(&catalog.library, &display(&lib_path), &read(&lib_path)?)?;
    let allowed_path = dir.join("english.txt");
    let english_packs: Vec<String> = std::fs::read_to_string(&allowed_path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    let mut packs = BTreeMap::new();
    for pack in &catalog.packs {
        let path = dir.join("packs").join(format!("{}.md", pack.id));
        println!("cargo:rerun-if-changed={}", path.display());
        if !path.exists() && english_packs.contains(&pack.id) {
            continue;
        }
        let text = read(&path)?;
        packs.insert(pack.id.clone(), translate_pack(pack, &exercises, &display(&path), &text)?);
    }
    Ok(CatalogText { packs, exercises, english_packs })
}

/// Every language's asset (`l10n/<code>.json`) and store listing (`_locales/<chrome>/messages.json`),
/// as (relative path, contents).
pub fn build(root: &Path, catalog: &Catalog) -> Result<Vec<(String, String)>, FormatError> {
    let en_dir = root.join("locales/en");
    let mut english = Compiled2::new();
    for (name, (_, compiled)) in read_locale(&en_dir)? {
        let file = display(&en_dir.join(&name));
        for (key, c) in compiled {
            english.insert(key, (file.clone(), c));
        }
    }
    let mut out = Vec::new();
    for &lang in deskbreak_core::l10n::SHIPPED {
        let (compiled, text) = if lang == Lang::En {
            (
                english.iter().map(|(k, (f, c))| (k.clone(), (f.clone(), c.clone()))).collect(),
                CatalogText::default(),
            )
        } else {
            (messages(root, lang, &english)?, catalog_text(root, lang, catalog)?)
        };
        out.push((
            format!("_locales/{}/messages.json", lang.chrome_locale()),
            store_listing(lang, &compiled)?,
        ));
        let map = compiled.into_iter().map(|(k, (_, c))| (k, c.parts)).collect();
        let asset = LocaleAsset { lang, messages: Messages { lang, map }, text };
        let json = serde_json::to_string(&asset).map_err(|e| fail("locales", 1, e.to_string()))?;
        out.push((deskbreak_core::l10n::asset_path(lang), json));
    }
    Ok(out)
}

/// The store's name and description for one language, within Chrome's limits.
fn store_listing(lang: Lang, messages: &Compiled2) -> Result<String, FormatError> {
    let mut listing = serde_json::Map::new();
    for (key, id, limit) in
        [("extension-name", "extName", 75), ("extension-description", "extDescription", 132)]
    {
        let (file, c) = messages
            .get(key)
            .ok_or_else(|| fail(&format!("locales/{}", lang.code()), 1, format!("missing \"{key}\"")))?;
        let text = Messages { lang, map: BTreeMap::from([(key.to_string(), c.parts.clone())]) }.get(key);
        if text.chars().count() > limit {
            return Err(fail(
                file,
                c.line,
                format!("\"{key}\" is {} characters; the stores allow {limit}", text.chars().count()),
            ));
        }
        listing.insert(id.into(), serde_json::json!({ "message": text }));
    }
    serde_json::to_string_pretty(&listing).map_err(|e| fail("locales", 1, e.to_string()))
}
