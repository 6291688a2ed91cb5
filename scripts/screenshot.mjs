// `make screenshot`: the README's picture of the New Tab, docs/newtab.png, made the same way every
// time: the built extension (dist/, or DESKBREAK_DIST) in headless Chromium, a fresh profile with
// seven weeks of breaks, the clock fixed at Wednesday 11 March 2026 10:00 UTC, 1280×760, light.
//
// Options, for looking at the page in other conditions:
//   --dark          the dark colour scheme
//   --width N       the viewport's width in CSS pixels (390 is a phone)
//   --rtl           dir="rtl" on <html>
//   --panel         only the streak panel
//   --focus-day D   focus the heatmap's cell of date D ("2026-03-04"), to see its caption
//   --welcome       keep the first-run welcome (by default it is dismissed, as on every later tab)
//   --out FILE      where to write the PNG (default docs/newtab.png)
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DAY, WED_10, breakRecord, launch, putItems, recordItems } from "../tests/e2e/harness.mjs";

const { values: opt } = parseArgs({
  options: {
    dark: { type: "boolean", default: false },
    width: { type: "string", default: "1280" },
    rtl: { type: "boolean", default: false },
    panel: { type: "boolean", default: false },
    "focus-day": { type: "string" },
    welcome: { type: "boolean", default: false },
    out: { type: "string", default: "docs/newtab.png" },
  },
});

/** One to three breaks on most work days of the last seven weeks, one of them this morning. */
function history() {
  // Breaks per work day, newest first; a zero is a missed day.
  const perWorkDay = [1, 2, 1, 0, 2, 1, 1, 3, 1, 2, 1, 1, 2, 0, 1, 1, 2, 1, 1, 0, 1, 3, 1, 1, 2, 0, 1, 1, 1, 2, 1, 1, 2, 1, 1];
  const records = [];
  let workDay = 0;
  for (let back = 0; workDay < perWorkDay.length; back++) {
    const weekday = new Date(WED_10 - back * DAY).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const count = perWorkDay[workDay++];
    for (let n = 0; n < count; n++) {
      const id = (records.length + 1).toString(16).padStart(32, "0");
      // Today's break ended at 09:30; earlier ones at 11:00, 13:30 and 16:00.
      const endMs = WED_10 - back * DAY + (back === 0 ? -30 : 60 + n * 150) * 60_000;
      records.push(breakRecord({ id, endMs, movedS: 240 + 60 * ((back + n) % 4) }));
    }
  }
  return records;
}

const b = await launch({
  dist: resolve(process.env.DESKBREAK_DIST ?? "dist"),
  colorScheme: opt.dark ? "dark" : "light",
});
try {
  await putItems(b, recordItems(history()));
  const page = await b.newTab({ clock: WED_10 });
  await page.setViewportSize({ width: Number(opt.width), height: 760 });
  if (opt.rtl) await page.evaluate(() => document.documentElement.setAttribute("dir", "rtl"));
  // A fresh profile is a first run: its welcome shows once, and the picture is of every day after.
  const gotIt = page.getByRole("button", { name: "Got it" });
  await gotIt.waitFor();
  if (!opt.welcome) {
    await gotIt.click();
    await gotIt.waitFor({ state: "detached" });
  }
  const panel = page.getByRole("complementary", { name: "Break streak" });
  await panel.getByRole("gridcell", { name: /^Today, / }).waitFor();
  if (opt["focus-day"]) {
    await panel.getByRole("gridcell", { name: new RegExp(`^(Today, )?\\w+ ${dayName(opt["focus-day"])}:`) }).focus();
  }
  // Let fonts and the figures settle; the fixed clock does not move on its own.
  await page.waitForTimeout(300);
  const out = resolve(opt.out);
  mkdirSync(dirname(out), { recursive: true });
  await (opt.panel ? panel : page).screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await b.close();
}

/** "2026-03-04" → "4 Mar 2026", as the heatmap names its days. */
function dayName(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  const month = d.toLocaleString("en", { month: "short", timeZone: "UTC" });
  return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}
