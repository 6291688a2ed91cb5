// `make shots`: the New Tab in every language the built extension ships, to look over a
// translation: artifacts/shots/<lang>-home.png (the whole page), <lang>-player.png (the routine
// started) and <lang>-settings.png (Settings open). The languages are the built l10n/<lang>.json
// files of dist/ (or DESKBREAK_DIST); each one gets a fresh profile with that language chosen in
// Settings, two weeks of breaks, the clock fixed at Wednesday 11 March 2026 10:00 UTC, light.
//
// Options:
//   --lang CODE   only this language (repeatable)
//   --rtl         force dir="rtl" on the page once it has loaded, whatever the language, to look
//                 at the right-to-left layout before a right-to-left language ships: the files
//                 are named <lang>-rtl-<screen>.png
//   --dark        the dark colour scheme
//   --out DIR     where to write the PNGs (default artifacts/shots)
import { mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DAY, WED_10, breakRecord, launch, poll, putItems, recordItems, settingsValue } from "../tests/e2e/harness.mjs";

const { values: opt } = parseArgs({
  options: {
    lang: { type: "string", multiple: true },
    rtl: { type: "boolean", default: false },
    dark: { type: "boolean", default: false },
    out: { type: "string", default: "artifacts/shots" },
  },
});

const dist = resolve(process.env.DESKBREAK_DIST ?? "dist");
const shipped = readdirSync(join(dist, "l10n"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -".json".length))
  .sort();
const langs = opt.lang ? opt.lang.filter((l) => shipped.includes(l)) : shipped;
for (const l of opt.lang ?? []) if (!shipped.includes(l)) console.warn(`shots: ${dist} ships no ${l} (it has ${shipped.join(", ")})`);
if (langs.length === 0) throw new Error(`shots: no language to photograph in ${dist}/l10n`);
const out = resolve(opt.out);
mkdirSync(out, { recursive: true });

/** A break on most of the last fourteen days, one of them this morning: a streak to show. */
function history() {
  const records = [];
  for (let back = 0; back < 14; back++) {
    if (back % 5 === 3) continue;
    const id = (back + 1).toString(16).padStart(32, "0");
    records.push(breakRecord({ id, endMs: WED_10 - back * DAY - 30 * 60_000, movedS: 240 + 60 * (back % 4) }));
  }
  return records;
}

/** Waits until the page shows `lang` (the app sets <html lang> once its words are in). */
const shows = (page, lang) =>
  poll(() => page.evaluate((l) => document.documentElement.lang === l, lang), { message: `the page in ${lang}` });

async function shoot(lang) {
  const b = await launch({ dist, colorScheme: opt.dark ? "dark" : "light" });
  const name = (screen) => join(out, `${lang}${opt.rtl ? "-rtl" : ""}-${screen}.png`);
  try {
    await putItems(b, { settings: JSON.stringify(settingsValue({ language: lang })), ...recordItems(history()) });
    const page = await b.newTab({ clock: WED_10 });
    await shows(page, lang);
    if (opt.rtl) await page.evaluate(() => document.documentElement.setAttribute("dir", "rtl"));
    // The start button is named by its verb in the page's language: found by its role and the
    // pack length it is described by, not by its English name.
    const start = page.getByRole("button").and(page.locator('[aria-describedby="pack-length"]')).first();
    await start.waitFor();
    // Let fonts and the figures settle; the fixed clock does not move on its own.
    await page.waitForTimeout(300);
    await page.screenshot({ path: name("home"), fullPage: true });

    await start.click();
    await page.getByRole("timer").waitFor();
    // Into the first exercise, so the figure is mid-move rather than at its first frame.
    await page.clock.runFor(4_000);
    await page.waitForTimeout(300);
    await page.screenshot({ path: name("player"), fullPage: true });

    // The gear, by role and what it opens (its name is "Settings" in the page's language).
    await page.getByRole("banner").getByRole("button").and(page.locator('[aria-haspopup="dialog"]')).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    // Tall enough for the whole dialog: it scrolls within 90% of the window.
    const tall = await dialog.evaluate((d) => d.scrollHeight);
    await page.setViewportSize({ width: 1280, height: Math.ceil(tall / 0.9) + 40 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: name("settings") });
    if (b.errors.length) console.warn(`shots ${lang}: the page reported\n  ${b.errors.join("\n  ")}`);
    console.log(`wrote ${["home", "player", "settings"].map(name).join(", ")}`);
  } finally {
    await b.close();
  }
}

for (const lang of langs) await shoot(lang);
