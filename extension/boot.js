// Loads the New Tab page's wasm. Extension pages allow no inline script, so Trunk's injected
// loader is off and this static module does its job.
import init from "./deskbreak.js";
import { THEME_KEY } from "./keys.js";

// Apply a theme the user chose explicitly before the wasm paints, so there is no flash.
try {
  const theme = localStorage.getItem(THEME_KEY);
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
} catch (_) {
  /* storage may be unavailable; the system scheme applies */
}

init({ module_or_path: new URL("./deskbreak_bg.wasm", import.meta.url) });
