// Paints today's pack into the static shell before the wasm arrives, from the preview the app
// cached the last time it rendered it (src/persist.rs, save_preview). Loaded async from <head>:
// it never blocks parsing, and fills each shell element as soon as both it and the element exist.
// It only ever sets textContent, and only while the cached preview is valid for this part of day.
(function () {
  let preview;
  try {
    preview = JSON.parse(localStorage.getItem("deskbreak-preview") || "null");
  } catch (_) {
    return;
  }
  if (!preview || typeof preview.until !== "number" || Date.now() >= preview.until || Date.now() < preview.from) return;
  const ids = { "shell-eyebrow": preview.eyebrow, "pack-title": preview.title, "shell-tagline": preview.tagline, "shell-length": preview.length, "shell-streak": preview.streak };
  let left = Object.keys(ids).length;
  const fill = () => {
    for (const id of Object.keys(ids)) {
      const el = document.getElementById(id);
      if (el) {
        if (typeof ids[id] === "string") el.textContent = ids[id];
        delete ids[id];
        left--;
      }
    }
    if (left === 0) observer.disconnect();
  };
  const observer = new MutationObserver(fill);
  observer.observe(document, { childList: true, subtree: true });
  fill();
})();
