// The names the New Tab shares between its loaders (boot.js, preview.js) and the wasm
// (src/shell.rs imports this module through wasm-bindgen): written here once.
export const PREVIEW_KEY = "deskbreak-preview";
export const THEME_KEY = "deskbreak-theme";

export function previewKey() {
  return PREVIEW_KEY;
}

export function themeKey() {
  return THEME_KEY;
}

// The page's language as last shown ("de"), so the next tab starts fetching its words and sets
// <html lang dir> before the wasm runs.
export const LANG_KEY = "deskbreak-lang";

export function langKey() {
  return LANG_KEY;
}
