// Shared set-up for the end-to-end specs: launches Debian's Chromium with the built extension
// (dist/ unless DESKBREAK_DIST says otherwise) in a fresh profile, headless.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const DIST = resolve(process.env.DESKBREAK_DIST ?? "dist");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

export function chromiumArgs(dist = DIST) {
  return [
    "--no-sandbox",
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-default-apps",
  ];
}

/** A browser with the extension loaded; `close()` removes its profile. */
export async function launch({ dist = DIST, colorScheme = "light", reducedMotion = "no-preference", lang } = {}) {
  const profile = mkdtempSync(join(tmpdir(), "deskbreak-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // `lang`: the browser's interface language (chrome.i18n.getUILanguage) and navigator.language.
    args: lang ? [...chromiumArgs(dist), `--lang=${lang}`] : chromiumArgs(dist),
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang.replace("-", "_"), LANG: `${lang.replace("-", "_")}.UTF-8` } } : {}),
    colorScheme,
    reducedMotion,
    viewport: { width: 1280, height: 900 },
  });
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent("serviceworker", { timeout: 15000 });
  const id = new URL(worker.url()).host;
  const origin = `chrome-extension://${id}`;

  // Every request any page or the worker makes, to prove none leaves the extension.
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  const errors = [];

  async function newTab({ clock } = {}) {
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
    if (clock !== undefined) await page.clock.install({ time: clock });
    await page.goto(`${origin}/index.html`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    return page;
  }

  /** Runs `fn` in the service worker (where chrome.* is available). */
  /**
   * Runs `fn` in the service worker (where chrome.* is available). MV3 stops an idle worker
   * after ~30 s; if it has stopped, an extension page wakes it and the new one is used.
   */
  async function inWorker(fn, arg) {
    try {
      return await worker.evaluate(fn, arg);
    } catch (e) {
      if (!/closed|destroyed|Target/.test(String(e))) throw e;
    }
    const waking = context.waitForEvent("serviceworker", { timeout: 15000 });
    const page = await context.newPage();
    await page.goto(`${origin}/manifest.json`);
    await page.evaluate(() => chrome.runtime.sendMessage({ type: "deskbreak/status" }).catch(() => null));
    worker = context.serviceWorkers().find((w) => w.url().startsWith(origin)) ?? (await waking);
    await page.close();
    return worker.evaluate(fn, arg);
  }

  async function close() {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }

  return { context, worker, id, origin, requests, errors, newTab, inWorker, close };
}

/**
 * Runs `fn(browser)` with a fresh browser (see `launch` for the options) and always closes it:
 * `await withBrowser(async (b) => { ... })` or `await withBrowser({ colorScheme: "dark" }, fn)`.
 */
export async function withBrowser(options, fn) {
  if (typeof options === "function") [options, fn] = [{}, options];
  const b = await launch(options);
  try {
    return await fn(b);
  } finally {
    await b.close();
  }
}

/** The home screen's Start button: its name is "Start", its visible text "Start · 9 min". */
export const startButton = (page) => page.getByRole("button", { name: "Start", exact: true });

/** The quick move's button: its name is "Quick", its visible text "Quick · 2 min". */
export const quickButton = (scope) => scope.getByRole("button", { name: "Quick", exact: true });

/** Starts the shown pack's routine from the home screen and waits for the player's countdown. */
export async function start(page) {
  await startButton(page).click();
  await page.getByRole("timer").waitFor();
}

// Every spec's test runner and assertions, from here with the rest.
export { test } from "node:test";
export { default as assert } from "node:assert/strict";
import assertStrict from "node:assert/strict";

// The extension's CSP forbids inline <script>, so addScriptTag({ content }) is blocked there;
// page.evaluate runs through the DevTools protocol, which the page's CSP does not govern.
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe on the page; fails on serious or critical violations and prints every violation. */
export async function axe(page, where) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    const pick = (list) => list.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
    return {
      violations: pick(r.violations),
      checked: r.passes.length + r.violations.length + r.incomplete.length + r.inapplicable.length,
      rules: window.axe.getRules().length,
      version: window.axe.version,
    };
  });
  for (const v of result.violations) console.log(`axe ${where}: ${v.impact} ${v.id} — ${v.help}: ${v.nodes.join(", ")}`);
  console.log(`axe ${result.version} ${where}: ${result.checked} rules applied of ${result.rules}`);
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assertStrict.deepEqual(serious, [], `${where}: serious or critical axe violations`);
  return result;
}

/** Every stored item, parsed where it is JSON text. */
export async function storage(page) {
  return page.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const out = {};
    for (const [k, v] of Object.entries(all)) {
      try {
        out[k] = typeof v === "string" ? JSON.parse(v) : v;
      } catch {
        out[k] = v;
      }
    }
    return out;
  });
}

export const breakKeys = (items) => Object.keys(items).filter((k) => k.startsWith("break:"));

export const DAY = 24 * 3600 * 1000;

/** The fixed clock most specs use: a Wednesday morning (the container is on UTC). */
export const WED_10 = Date.parse("2026-03-11T10:00:00Z");

// ---------------------------------------------------------------------------------------------
// Helpers shared by the specs of issues 2 and 3.

import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const REPO = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** The catalog as the content files define it: what the page must show. */
export function readCatalog() {
  const library = new Map();
  const lib = readFileSync(join(REPO, "content/exercises.md"), "utf8");
  for (const block of lib.split(/^## /m).slice(1)) {
    const name = block.split("\n")[0].trim();
    const duration = Number(/\*\*Duration:\*\*\s*(\d+)\s*s/.exec(block)?.[1]);
    const perSide = /\*\*Per side:\*\*\s*yes/i.test(block);
    library.set(name, { name, duration, perSide });
  }
  const dir = join(REPO, "content/packs");
  const packs = readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      const field = (name) => new RegExp(`^- \\*\\*${name}:\\*\\*\\s*(.+)$`, "m").exec(text)?.[1].trim();
      const section = (name) => {
        const m = new RegExp(`^## ${name}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, "m").exec(text);
        return m ? m[1].trim() : "";
      };
      const exercises = [...section("Exercises").matchAll(/^\d+\.\s+\*\*(.+?)\*\*/gm)].map((m) => m[1]);
      const seconds = exercises.reduce((s, n) => {
        const e = library.get(n);
        return s + (e ? e.duration * (e.perSide ? 2 : 1) : 0);
      }, 0);
      return {
        id: f.replace(/\.md$/, ""),
        title: /^# (.+)$/m.exec(text)[1].trim(),
        tagline: /^> (.+)$/m.exec(text)[1].trim(),
        demo: field("30-second demo video"),
        count: Number(field("Exercise count")),
        positions: field("Positions"),
        where: field("Where"),
        when: section("When to reach for this pack"),
        faq: [...section("Frequently asked").matchAll(/^### (.+)$/gm)].map((m) => m[1].trim()),
        exercises,
        seconds,
        minutes: Math.max(1, Math.ceil(seconds / 60)),
      };
    });
  return { packs, library };
}

/** Polls `fn` until it returns a truthy value; fails with `message` (and the last value) after `timeout` ms. */
export async function poll(fn, { timeout = 5000, interval = 50, message = "condition" } = {}) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${message} (last: ${last})`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Waits until the locator's text is `expected` (a string, exact after trimming, or a RegExp). */
export async function expectText(locator, expected, { timeout = 5000 } = {}) {
  let seen;
  const ok = (t) => (expected instanceof RegExp ? expected.test(t) : t === expected);
  try {
    await poll(
      async () => {
        seen = (await locator.textContent({ timeout: 250 }))?.trim();
        return seen !== undefined && ok(seen);
      },
      { timeout },
    );
  } catch {
    throw new Error(`expected ${locator} to read ${expected}, but it read ${JSON.stringify(seen)}`);
  }
  return seen;
}

/** A statistic of the streak panel by its label ("Current streak", "Best streak", "Today",
 * "All time" for breaks, "Time moved"). */
export function streakStat(page, term) {
  return page
    .getByRole("complementary", { name: "Break streak" })
    .locator("dl > div")
    .filter({ has: page.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) }) })
    .getByRole("definition");
}

/** The completion screen's heading, however the routine ended. */
export const completionHeading = (page) =>
  page.getByRole("heading", { level: 1, name: /^(Break done|Routine finished|Routine ended)/ });

/** Advances the page's fake clock in `step` ms jumps until the routine is over; returns the heading text. */
export async function runToEnd(page, { step = 10_000, maxMs = 3 * 3600 * 1000 } = {}) {
  const heading = completionHeading(page);
  for (let ran = 0; ran <= maxMs; ran += step) {
    if (await heading.isVisible()) return (await heading.textContent()).trim();
    await page.clock.runFor(step);
  }
  throw new Error(`the routine did not end within ${maxMs} ms of clock time`);
}

/** Shows one pack by title through "Browse all packs". */
export async function showPack(page, title) {
  await page.getByRole("button", { name: "Browse all packs" }).click();
  // A card is named by its title alone ("Lower Back" is not "Lower Back Strength").
  await page.getByRole("navigation", { name: "All packs" }).getByRole("button", { name: title, exact: true }).click();
  await expectText(page.getByRole("heading", { level: 1 }), title);
}

/** A valid stored break record (schema v4) that ended at `endMs`, in a zone `offsetMin` east of UTC. */
export function breakRecord({ id, packId = "back-pain", endMs, offsetMin = 0, movedS = 300, done = 16, total = 16, kind = "full" }) {
  return {
    v: 4,
    id: id ?? randomId(),
    pack_id: packId,
    start_ms: endMs - movedS * 1000,
    end_ms: endMs,
    local_date: new Date(endMs + offsetMin * 60_000).toISOString().slice(0, 10),
    offset_min: offsetMin,
    exercises_done: done,
    exercises_total: total,
    moved_s: movedS,
    checkin_before: null,
    checkin_after: null,
    checkin_area: null,
    kind,
  };
}

export const randomId = () =>
  Array.from({ length: 32 }, () => "0123456789abcdef"[Math.floor(Math.random() * 16)]).join("");

/** Storage items for records: each its own `break:<id>` key, its value the JSON text. */
export const recordItems = (records) => Object.fromEntries(records.map((r) => [`break:${r.id}`, JSON.stringify(r)]));

/** Writes raw items into chrome.storage.local from the service worker. */
export const putItems = (browser, items) => browser.inWorker((it) => chrome.storage.local.set(it), items);

// ---------------------------------------------------------------------------------------------
// Helpers for the nudge, settings, trust and accessibility specs.

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;

/** `poll` with the nudge specs' defaults and wording. */
export const until = (fn, { timeout = 10000, interval = 100, what = "a condition" } = {}) =>
  poll(fn, { timeout, interval, message: what });

/** The Settings shape of crates/core/src/settings.rs, defaults overridden by `patch`. */
export function settingsValue(patch = {}) {
  return {
    schema: 1,
    nudge_interval_min: 90,
    away_min: 5,
    work_start: 540,
    work_end: 1080,
    work_days: 31,
    daily_goal: 1,
    work_days_only: false,
    sound: false,
    theme: "system",
    focus: [],
    nudges_paused_until: null,
    quick_nudge_min: 30,
    quick_notify: false,
    language: null,
    ...patch,
  };
}

/** Minutes since local midnight now (the container runs in UTC; the page and worker agree). */
const minuteNow = () => {
  const d = new Date();
  return d.getHours() * 60 + d.getMinutes();
};

/** Work hours on every day that contain the present moment (an hour either side). */
export function workHoursNow() {
  const m = minuteNow();
  return { work_days: 127, work_start: (m + 1440 - 60) % 1440, work_end: (m + 60) % 1440 };
}

/** Work hours on every day that exclude the present moment (they start in two hours). */
export function workHoursLater() {
  const m = minuteNow();
  return { work_days: 127, work_start: (m + 120) % 1440, work_end: (m + 180) % 1440 };
}

/**
 * Stores settings (as the page does: a JSON string under "settings") and waits until the worker
 * has handled the change, i.e. the stored tracker carries them.
 */
export async function writeSettings(page, patch = {}) {
  const value = settingsValue(patch);
  await page.evaluate((v) => chrome.storage.local.set({ settings: JSON.stringify(v) }), value);
  await until(
    async () => {
      const t = (await storage(page)).sitting;
      return t && JSON.stringify(t.settings) === JSON.stringify(value);
    },
    { what: "the worker to take the new settings" },
  );
  return value;
}

/** Sends the worker's test hook message from an extension page; returns the parsed answer. */
export async function testEvent(page, event, value) {
  const answer = await page.evaluate(
    ([event, value]) => chrome.runtime.sendMessage({ type: "deskbreak/test-event", event, value }),
    [event, value],
  );
  return typeof answer === "string" ? JSON.parse(answer) : answer;
}

/** Shifts the stored stretch (its start and next nudges) back by `ms`, making it older. */
export async function ageStretch(page, ms) {
  const tracker = (await storage(page)).sitting;
  if (!tracker?.stretch) throw new Error("no sitting stretch is stored");
  tracker.stretch.started_ms -= ms;
  if (tracker.stretch.next_due_ms !== null) tracker.stretch.next_due_ms -= ms;
  if (tracker.stretch.quick_due_ms != null) tracker.stretch.quick_due_ms -= ms;
  await page.evaluate((t) => chrome.storage.local.set({ sitting: JSON.stringify(t) }), tracker);
  return tracker;
}

/** Fires the worker's "sitting" alarm now and waits until the worker has counted and handled it. */
export async function fireAlarm(b, page) {
  const before = (await storage(page))["debug:wakeups"]?.alarms ?? 0;
  await b.inWorker(() => chrome.alarms.create("sitting", { when: Date.now() + 100 }));
  await until(async () => ((await storage(page))["debug:wakeups"]?.alarms ?? 0) > before, {
    what: "the worker to handle the alarm",
  });
}

/**
 * Wraps chrome.notifications.create in the worker so the options of each real call are recorded
 * in `globalThis.__created`; the call itself still goes through to Chrome.
 */
export async function recordNotifications(b) {
  await b.inWorker(() => {
    globalThis.__created = [];
    const create = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = (...args) => {
      globalThis.__created.push(JSON.parse(JSON.stringify(args)));
      return create(...args);
    };
  });
  return () => b.inWorker(() => globalThis.__created);
}

/** Opens the Settings dialog and returns it. */
export async function openSettings(page) {
  await page.getByRole("button", { name: "Settings" }).click();
  const dialog = page.getByRole("dialog", { name: "Settings" });
  await dialog.waitFor();
  return dialog;
}

/** Imports `text` as a file through Settings; returns the message the page shows and the dialog. */
export async function importFile(page, text, name = "deskbreak-import.json") {
  const dialog = await openSettings(page);
  const before = await dialog.getByRole("status").or(dialog.getByRole("alert")).allTextContents();
  await dialog.getByLabel("Import data").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  const message = dialog.locator(".transfer-ok, .field-error").filter({ hasText: /\S/ }).last();
  const shown = await poll(
    async () => {
      const t = (await message.textContent({ timeout: 250 }))?.trim();
      return t && !before.includes(t) && t;
    },
    { message: "the import's message" },
  ).catch(async () => (await message.textContent())?.trim());
  return { shown, dialog };
}

/**
 * Fills chrome.storage.local (10 MB without unlimitedStorage) to within a few bytes, with
 * `filler:` keys; returns the bytes in use.
 */
export async function fillStorage(page) {
  return page.evaluate(async () => {
    const chunk = "x".repeat(1024 * 1024);
    let i = 0;
    for (; i < 12; i++) {
      try {
        await chrome.storage.local.set({ [`filler:${i}`]: chunk });
      } catch {
        break;
      }
    }
    let size = 512 * 1024;
    while (size >= 16) {
      try {
        await chrome.storage.local.set({ [`filler:${i++}`]: "x".repeat(size) });
      } catch {
        size >>= 1;
      }
    }
    return chrome.storage.local.getBytesInUse(null);
  });
}

/**
 * Waits until a new profile's first tab has made its start-up write (the first-run welcome's
 * claim, `welcome` in storage), so that a snapshot of storage taken next is not raced by it.
 */
export async function settled(page) {
  await until(async () => (await storage(page)).welcome, { what: "the first-run welcome claim" });
}
