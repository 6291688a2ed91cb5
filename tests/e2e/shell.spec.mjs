// Issue 12: every tab warm. The page caches a preview of every part of the coming week, so a new
// tab paints its pack into the static shell before the wasm arrives, whatever day and part of the
// day it opens in, and the app then shows the same pack (no flash of another title).
import { test, assert, DAY, HOUR, WED_10, withBrowser, startButton } from "./harness.mjs";

// Records the first title the shell shows (painted by preview.js) before the app replaces it.
const WATCH_SHELL = () => {
  const look = () => {
    const text = document.querySelector("#shell #pack-title")?.textContent;
    if (text && window.__shellTitle === undefined) window.__shellTitle = text;
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
};

async function openAt(b, time) {
  const page = await b.context.newPage();
  await page.clock.install({ time });
  await page.addInitScript(WATCH_SHELL);
  await page.goto(`${b.origin}/index.html`);
  await startButton(page).waitFor();
  const app = (await page.getByRole("heading", { level: 1 }).textContent()).trim();
  const shell = await page.evaluate(() => window.__shellTitle ?? null);
  await page.close();
  return { app, shell };
}

test("tabs in later parts of the week paint their own pack from the cache before the wasm", async () => {
  await withBrowser(async (b) => {
    // The first tab after install has nothing cached: the wasm renders it, and caches the week.
    const first = await openAt(b, WED_10);
    assert.equal(first.shell, null, "the first tab after install has no preview");
    const later = [WED_10 + 5 * HOUR, WED_10 + DAY + 9 * HOUR, WED_10 + 3 * DAY - 8 * HOUR, WED_10 + 6 * DAY];
    const seen = new Set();
    for (const time of later) {
      const tab = await openAt(b, time);
      assert.ok(tab.shell, `a tab at ${new Date(time).toISOString()} painted a cached title`);
      assert.equal(tab.shell, tab.app, `the cached title at ${new Date(time).toISOString()} is the app's`);
      seen.add(tab.app);
    }
    assert.ok(seen.size > 1, "the cache holds each part's own pack, not one title for the week");
  });
});

test("the cache covers the coming week in contiguous parts of the day", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    const list = await page.evaluate(async () => {
      const { PREVIEW_KEY } = await import("./keys.js");
      return JSON.parse(localStorage.getItem(PREVIEW_KEY));
    });
    assert.ok(list[0].from <= WED_10 + 60_000 && WED_10 < list[0].until, "the first preview is for now");
    for (let i = 1; i < list.length; i++) assert.equal(list[i].from, list[i - 1].until, `no gap before preview ${i}`);
    assert.ok(list.at(-1).until >= WED_10 + 6 * DAY, "a week ahead");
    for (const p of list) assert.deepEqual(Object.keys(p.fill).sort(), ["pack-title", "shell-eyebrow", "shell-length", "shell-streak", "shell-tagline"]);
  });
});
