//! The committed hostile-input corpus (`tests/corpus/<dir>/`), read as text.

use std::path::Path;

/// Every file of `tests/corpus/<dir>`, as (file name, lossy UTF-8 text), sorted by name.
pub fn corpus(dir: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(dir);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("readable entry").path();
            let bytes = std::fs::read(&path).expect("readable file");
            let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
            (name, String::from_utf8_lossy(&bytes).into_owned())
        })
        .collect();
    files.sort();
    files
}
