// Loads the New Tab page's wasm. Extension pages allow no inline script, so Trunk's injected
// loader is off and this static module does its job.
import init from "./deskbreak.js";
import { LANG_KEY, THEME_KEY } from "./keys.js";

const root = document.documentElement;

// Apply a theme the user chose explicitly before the wasm paints, so there is no flash.
try {
  const theme = localStorage.getItem(THEME_KEY);
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;
} catch (_) {
  /* storage may be unavailable; the system scheme applies */
}

// The language the last tab showed (src/i18n.rs keeps the hint), which the wasm will start in:
// its words download now, while the wasm compiles, and the page takes its lang and direction
// before the wasm runs, unless preview.js has already set those of the shell's cached text.
try {
  const lang = localStorage.getItem(LANG_KEY);
  // A language tag, as preview.js checks it: nothing else goes into an attribute or a URL.
  if (lang && /^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) {
    if (!self.deskbreakShellLang) {
      root.lang = lang;
      root.dir = lang === "ar" ? "rtl" : "ltr";
    }
    // The same request as the wasm's fetch (same URL, CORS, same-origin credentials), so the
    // browser hands it the preloaded response.
    const words = document.createElement("link");
    words.rel = "preload";
    words.as = "fetch";
    words.crossOrigin = "anonymous";
    words.href = `l10n/${lang}.json`;
    document.head.append(words);
  }
} catch (_) {
  /* no hint: the wasm picks the browser's language */
}

init({ module_or_path: new URL("./deskbreak_bg.wasm", import.meta.url) });
