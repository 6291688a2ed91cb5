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

// The page's state at the moment its wasm is instantiated, before any of its code runs: what
// preview.js and boot.js did on their own.
const WATCH_BEFORE_WASM = () => {
  const snap = () => {
    if (window.__beforeWasm) return;
    const root = document.documentElement;
    const brand = document.querySelector("#shell .brand")?.getBoundingClientRect();
    window.__beforeWasm = {
      lang: root.getAttribute("lang"),
      dir: root.getAttribute("dir"),
      title: document.querySelector("#shell #pack-title")?.textContent || null,
      words: [...document.querySelectorAll('link[rel="preload"][as="fetch"][href^="l10n/"]')].map((l) => l.getAttribute("href")),
      brandAtRight: brand ? root.clientWidth - brand.right < brand.left : null,
    };
  };
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      snap();
      return result;
    };
  }
};

/** Rewrites the cached previews and the language hint (`null` removes either), as a tab left them. */
async function seed(b, { preview, hint }) {
  const page = await b.context.newPage();
  await page.goto(`${b.origin}/manifest.json`);
  await page.evaluate(
    async ([preview, hint]) => {
      const { PREVIEW_KEY, LANG_KEY } = await import("./keys.js");
      const list = JSON.parse(localStorage.getItem(PREVIEW_KEY) || "[]");
      if (preview === null) localStorage.removeItem(PREVIEW_KEY);
      else localStorage.setItem(PREVIEW_KEY, JSON.stringify(list.map((p) => ({ ...p, ...preview }))));
      if (hint === null) localStorage.removeItem(LANG_KEY);
      else if (hint !== undefined) localStorage.setItem(LANG_KEY, hint);
    },
    [preview, hint],
  );
  await page.close();
}

/** Opens a tab at `time`; returns what the page was before its wasm, and its <html lang dir> after. */
async function openBeforeWasm(b, time) {
  const page = await b.context.newPage();
  const [warnings, fetched] = [[], []];
  page.on("console", (m) => warnings.push(m.text()));
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.clock.install({ time });
  await page.addInitScript(WATCH_BEFORE_WASM);
  await page.goto(`${b.origin}/index.html`);
  await startButton(page).waitFor();
  const before = await page.evaluate(() => window.__beforeWasm ?? null);
  const after = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
  await page.close();
  return { before, after, fetched, warnings };
}

test("the warm shell takes the preview's language before the wasm, and the app its own after", async () => {
  await withBrowser(async (b) => {
    await openAt(b, WED_10);
    // The last tab showed English (the hint), but the cached text is in German: the shell is.
    await seed(b, { preview: { lang: "de", dir: "ltr" }, hint: "en" });
    const tab = await openBeforeWasm(b, WED_10 + HOUR);
    assert.ok(tab.before, "the wasm was seen starting");
    assert.ok(tab.before.title, "the shell was painted from the preview");
    assert.equal(tab.before.lang, "de", "<html lang> is the preview's before the wasm");
    assert.equal(tab.before.dir, "ltr");
    // boot.js still fetched the words the wasm starts in, the hint's.
    assert.deepEqual(tab.before.words, ["l10n/en.json"]);
    assert.deepEqual(tab.after, { lang: "en", dir: "ltr" }, "the app shows its own language once it runs");
  });
});

test("a right-to-left preview lays the shell out right to left before the wasm", async () => {
  await withBrowser(async (b) => {
    await openAt(b, WED_10);
    await seed(b, { preview: { lang: "ar", dir: "rtl" } });
    const tab = await openBeforeWasm(b, WED_10 + HOUR);
    assert.equal(tab.before.lang, "ar");
    assert.equal(tab.before.dir, "rtl");
    assert.equal(tab.before.brandAtRight, true, "the shell's brand is at the right edge");
  });
});

test("a preview's language and direction are taken only when well formed", async () => {
  await withBrowser(async (b) => {
    await openAt(b, WED_10);
    await seed(b, { preview: { lang: 'de" onload="x', dir: "sideways" }, hint: "en" });
    const bad = await openBeforeWasm(b, WED_10 + HOUR);
    assert.ok(bad.before.title, "the shell was still painted");
    assert.deepEqual([bad.before.lang, bad.before.dir], ["en", "ltr"], "the hint's, not the preview's");
    await seed(b, { preview: { lang: 42, dir: null } });
    const odd = await openBeforeWasm(b, WED_10 + 2 * HOUR);
    assert.deepEqual([odd.before.lang, odd.before.dir], ["en", "ltr"]);
  });
});

test("without a preview, boot.js sets the last tab's language and starts its words downloading", async () => {
  await withBrowser(async (b) => {
    await openAt(b, WED_10);
    // The hint alone: right to left for Arabic (its words may not ship yet: the app then falls
    // back to English, which is not what this checks).
    await seed(b, { preview: null, hint: "ar" });
    const ar = await openBeforeWasm(b, WED_10 + HOUR);
    assert.equal(ar.before.title, null, "no preview painted");
    assert.deepEqual([ar.before.lang, ar.before.dir], ["ar", "rtl"]);
    assert.deepEqual(ar.before.words, ["l10n/ar.json"]);
    // The preloaded words are the ones the wasm reads: fetched once, and no preload goes unused.
    await seed(b, { preview: null, hint: "en" });
    const en = await openBeforeWasm(b, WED_10 + 2 * HOUR);
    assert.deepEqual([en.before.lang, en.before.dir], ["en", "ltr"]);
    assert.deepEqual(en.before.words, ["l10n/en.json"]);
    assert.equal(en.fetched.filter((p) => p.endsWith("/l10n/en.json")).length, 1, `fetched ${en.fetched.join(", ")}`);
    assert.deepEqual(en.warnings.filter((w) => /preload/i.test(w)), []);
  });
});
