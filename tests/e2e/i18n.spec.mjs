// The languages (issue 10): the browser's language by default, a choice in Settings that every
// open tab follows without a reload, right to left in Arabic, the nudge in the user's language,
// and no English left on screen where a translation exists.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  test, assert, DIST, withBrowser, start, axe, until, writeSettings, workHoursNow, testEvent,
  recordNotifications, ageStretch, fireAlarm, HOUR,
} from "./harness.mjs";

/** A built language asset: its messages and its words for the catalog. */
const asset = (code) => JSON.parse(readFileSync(join(DIST, "l10n", `${code}.json`), "utf8"));

/** A message's text when it has no variables (null otherwise). */
function plain(parts) {
  return parts.every((p) => "t" in p) ? parts.map((p) => p.t).join("").trim() : null;
}

/**
 * Every English string the user could see that `code` translates differently: the interface's
 * messages without variables, and the catalog's pack titles, taglines and exercise names.
 */
function englishOnly(code) {
  const en = asset("en");
  const tr = asset(code);
  const out = new Set();
  for (const [key, parts] of Object.entries(en.messages.map)) {
    const english = plain(parts);
    const translated = tr.messages.map[key] ? plain(tr.messages.map[key]) : null;
    if (english && english.length > 3 && english !== translated) out.add(english);
  }
  const catalog = JSON.parse(readFileSync(join(DIST, "catalog.json"), "utf8")).catalog;
  for (const p of catalog.packs) {
    const t = tr.text.packs[p.id];
    if (t && t.title !== p.title) out.add(p.title);
    if (t && t.tagline !== p.tagline) out.add(p.tagline);
  }
  for (const e of catalog.library) {
    const t = tr.text.exercises[e.name];
    if (t && t.name !== e.name) out.add(e.name);
  }
  // A word both languages write alike for another message ("Start") is not a leak.
  for (const parts of Object.values(tr.messages.map)) out.delete(plain(parts));
  return out;
}

/** The visible text of every element, and every accessible label, that is English-only. */
async function englishOnScreen(page, code) {
  const english = englishOnly(code);
  const seen = await page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.currentNode; el; el = walker.nextNode()) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("").trim();
      if (own) out.push(own);
      for (const a of ["aria-label", "title", "placeholder"]) if (el.getAttribute(a)) out.push(el.getAttribute(a).trim());
    }
    return out;
  });
  return seen.filter((s) => english.has(s));
}

test("with the browser in German the New Tab, the player and Settings are in German", async () => {
  await withBrowser({ lang: "de" }, async (b) => {
    const page = await b.newTab();
    const de = asset("de");
    await until(async () => (await page.evaluate(() => document.documentElement.lang)) === "de", { what: "lang=de" });
    const title = (await page.getByRole("heading", { level: 1 }).first().textContent()).trim();
    assert.ok(Object.values(de.text.packs).some((p) => p.title === title), `the pack's German title, not "${title}"`);
    assert.deepEqual(await englishOnScreen(page, "de"), [], "home");

    await page.getByRole("button", { name: plain(de.messages.map["topbar-settings"]) }).click();
    await page.getByRole("dialog").waitFor();
    assert.deepEqual(await englishOnScreen(page, "de"), [], "settings");
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: plain(de.messages.map["start-verb"]), exact: true }).click();
    await page.getByRole("timer").waitFor();
    assert.deepEqual(await englishOnScreen(page, "de"), [], "player");
    assert.deepEqual(b.errors, []);
  });
});

test("choosing French in Settings changes an open second tab without a reload", async () => {
  await withBrowser({ lang: "en" }, async (b) => {
    const first = await b.newTab();
    const second = await b.newTab();
    await second.evaluate(() => (window.__sameDocument = true));
    await first.bringToFront();
    await first.getByRole("button", { name: "Settings" }).click();
    await first.getByLabel("Language").selectOption("fr");
    const fr = asset("fr");
    await until(async () => (await second.evaluate(() => document.documentElement.lang)) === "fr", { what: "the second tab in French" });
    assert.equal(await second.evaluate(() => window.__sameDocument), true, "no reload");
    const title = (await second.getByRole("heading", { level: 1 }).first().textContent()).trim();
    assert.ok(Object.values(fr.text.packs).some((p) => p.title === title), `French title, not "${title}"`);
    assert.deepEqual(await englishOnScreen(second, "fr"), []);
    const stored = await second.evaluate(async () => JSON.parse((await chrome.storage.local.get("settings")).settings));
    assert.equal(stored.language, "fr");
  });
});

test("Arabic lays out right to left, keeps the figure unmirrored, and axe stays clean", async () => {
  await withBrowser({ lang: "ar" }, async (b) => {
    const page = await b.newTab();
    await until(async () => (await page.evaluate(() => document.documentElement.dir)) === "rtl", { what: "dir=rtl" });
    assert.equal(await page.evaluate(() => document.documentElement.lang), "ar");
    const brand = await page.locator(".topbar .brand").boundingBox();
    assert.ok(brand.x > 1280 / 2, `the brand starts the bar on the right (x=${brand.x})`);
    await axe(page, "Arabic home");
    assert.deepEqual(await englishOnScreen(page, "ar"), [], "home");
    const ar = asset("ar");
    await page.getByRole("button", { name: plain(ar.messages.map["start-verb"]), exact: true }).click();
    await page.getByRole("timer").waitFor();
    const transform = await page.locator("svg.figure").first().evaluate((svg) => getComputedStyle(svg).transform);
    assert.ok(transform === "none" || !transform.startsWith("matrix(-1"), `figure not mirrored (${transform})`);
    await axe(page, "Arabic player");
  });
});

test("a nudge in Japanese has a Japanese title", async () => {
  await withBrowser({ lang: "ja" }, async (b) => {
    const page = await b.newTab();
    await writeSettings(page, workHoursNow());
    assert.deepEqual(await testEvent(page, "idle", "active"), { ok: true });
    const created = await recordNotifications(b);
    await ageStretch(page, 2 * HOUR);
    await fireAlarm(b, page);
    const calls = await until(async () => {
      const c = await created();
      return c.length > 0 && c;
    }, { what: "a notification" });
    const [, options] = calls[0];
    assert.match(options.title, /[\u3040-\u30ff\u4e00-\u9fff]/, `Japanese title: ${options.title}`);
    assert.doesNotMatch(options.title, /sitting/);
    const ja = asset("ja");
    const titles = Object.values(ja.text.packs).map((p) => p.title);
    assert.ok(titles.some((t) => options.message.includes(t)), `the pack's Japanese title in: ${options.message}`);
  });
});
