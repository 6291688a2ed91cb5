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
use deskbreak_core::l10n_ftl::{check, read_dir, Keyed};

fn fail(file: &str, line: usize, message: impl Into<String>) -> FormatError {
    FormatError { file: file.to_string(), line, message: message.into() }
}

/// One language's messages: every `.ftl` file of its folder, compiled.
fn read_locale(root: &Path, lang: Lang) -> Result<Keyed, FormatError> {
    let dir = root.join("locales").join(lang.code());
    println!("cargo:rerun-if-changed={}", dir.display());
    read_dir(&dir, display)
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
    let english = read_locale(root, Lang::En)?;
    let mut out = Vec::new();
    for &lang in deskbreak_core::l10n::SHIPPED {
        let (compiled, text) = if lang == Lang::En {
            (english.clone(), CatalogText::default())
        } else {
            let messages = read_locale(root, lang)?;
            check(&english, &format!("locales/{}", lang.code()), &messages)?;
            (messages, catalog_text(root, lang, catalog)?)
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
fn store_listing(lang: Lang, messages: &Keyed) -> Result<String, FormatError> {
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
