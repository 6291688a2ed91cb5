// Paints today's pack into the static shell before the wasm arrives, from the previews the app
// cached the last time it rendered (src/shell.rs): one per part of the day for the coming week,
// so every tab but the first after install finds one. Loaded async from <head>: it never blocks
// parsing, and fills each shell element as soon as both it and the element exist. It only ever
// sets textContent, and only from a preview valid now, in this time zone.
//
// The preview says which language its text is in: <html lang dir> take it before the first paint,
// so a right-to-left shell is laid out right to left from the start. Only well-formed values are
// taken (a BCP 47-like tag, "ltr" or "rtl"); boot.js, which sets them from the last tab's language
// otherwise, leaves them to the preview when it has set them.
//
// A classic script, not a module: it runs as soon as it arrives, with no import to wait for.
// Its key is keys.js's PREVIEW_KEY, written in by scripts/build.sh (the placeholder below).
(function () {
const PREVIEW_KEY = "__PREVIEW_KEY__";
const LANG_TAG = /^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
let fill = null;
try {
  const now = Date.now();
  const offset = -new Date().getTimezoneOffset();
  const list = JSON.parse(localStorage.getItem(PREVIEW_KEY) || "[]");
  const valid = Array.isArray(list) ? list.find((p) => p && p.offset_min === offset && p.from <= now && now < p.until) : null;
  fill = valid && typeof valid.fill === "object" ? { ...valid.fill } : null;
  if (fill) {
    const root = document.documentElement;
    if (typeof valid.lang === "string" && LANG_TAG.test(valid.lang)) {
      root.lang = valid.lang;
      self.deskbreakShellLang = valid.lang;
    }
    if (valid.dir === "ltr" || valid.dir === "rtl") root.dir = valid.dir;
  }
} catch (_) {
  /* no usable preview: the app paints the shell */
}

if (fill) {
  let left = Object.keys(fill).length;
  const paint = () => {
    for (const id of Object.keys(fill)) {
      const el = document.getElementById(id);
      if (el) {
        if (typeof fill[id] === "string") el.textContent = fill[id];
        delete fill[id];
        left--;
      }
    }
    if (left === 0) observer.disconnect();
  };
  const observer = new MutationObserver(paint);
  observer.observe(document, { childList: true, subtree: true });
  paint();
}
})();
