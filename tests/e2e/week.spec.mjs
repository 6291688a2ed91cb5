// Issue 11 part 3: "Your week", opened from the streak panel after a simulated week of breaks
// and the worker's day summaries: minutes moved per day as a labelled chart, quick and full
// breaks, the longest sitting, the nudges, the check-in trend in honest words; and a store
// from before day summaries, which shows the week with "no data" for sitting and nudges.
import {
  test, assert, withBrowser, breakRecord, recordItems, putItems, axe, expectText, storage, until, writeSettings,
  workHoursNow, testEvent, ageStretch, fireAlarm, DAY, HOUR, MINUTE, WED_10,
} from "./harness.mjs";

/** A break ending `daysAgo` days before Wed 11 Mar 2026 10:00 UTC, `hours` later that day. */
const at = (daysAgo, hours = 0) => WED_10 - daysAgo * DAY + hours * HOUR;
const rated = (record, before, after) => ({ ...record, checkin_before: before, checkin_after: after, checkin_area: "back" });

/** Thu 5 Mar to Wed 11 Mar, with Saturday empty; five rated breaks in 30 days, one too old. */
const WEEK = [
  rated(breakRecord({ endMs: at(6), movedS: 300 }), 2, 4),
  breakRecord({ endMs: at(6, 5), movedS: 120, kind: "quick", done: 3, total: 3 }),
  rated(breakRecord({ endMs: at(5), movedS: 540 }), 3, 4),
  breakRecord({ endMs: at(3), movedS: 120, kind: "quick", done: 3, total: 3 }),
  rated(breakRecord({ endMs: at(2), movedS: 600 }), 2, 3),
  breakRecord({ endMs: at(2, 4), movedS: 150, kind: "quick", done: 4, total: 4 }),
  rated(breakRecord({ endMs: at(1), movedS: 480 }), 1, 3),
  breakRecord({ endMs: at(0, -1), movedS: 90, kind: "quick", done: 2, total: 2 }),
  rated(breakRecord({ endMs: at(20), movedS: 300 }), 3, 5),
  rated(breakRecord({ endMs: at(40), movedS: 300 }), 5, 1),
];

/** The worker's summaries of Mon, Tue and today (v1 of `day:<date>`). */
const day = (date, longest, nudges) => [
  `day:${date}`,
  JSON.stringify({ v: 1, date, longest_stretch_min: longest, nudges, open_nudge_ms: null }),
];
const SUMMARIES = Object.fromEntries([
  day("2026-03-09", 95, { answered: 1, snoozed: 0, ignored: 1 }),
  day("2026-03-10", 48, { answered: 0, snoozed: 1, ignored: 0 }),
  day("2026-03-11", 20, { answered: 0, snoozed: 0, ignored: 0 }),
]);

/** Opens the streak panel's week view on `page`, checking it is built only once opened. */
async function openWeek(page) {
  const panel = page.getByRole("complementary", { name: "Break streak" });
  const toggle = panel.getByRole("button", { name: "Your week" });
  await toggle.waitFor();
  // Built only when opened.
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  assert.equal(await page.locator("#week-view").count(), 0);
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  const week = panel.getByRole("region", { name: "Your week" });
  await week.waitFor();
  return week;
}

/** Opens a new tab at WED_10 on `items` and its week view; `fn({ page, week })`. */
function withWeek(items, options, fn) {
  return withBrowser(options, async (b) => {
    await putItems(b, items);
    const page = await b.newTab({ clock: WED_10 });
    await fn({ page, week: await openWeek(page) });
  });
}

/** Each row of the week's table as "Day | Full | Quick | Longest sitting". */
const tableRows = (week) =>
  week.getByRole("table", { name: "Breaks and sitting per day" }).locator("tbody tr").evaluateAll((rows) =>
    rows.map((r) => [...r.children].map((c) => c.textContent.trim()).join(" | ")),
  );

test("the week view charts a simulated week and tells the trend in the user's own ratings", async () => {
  await withWeek({ ...recordItems(WEEK), ...SUMMARIES }, {}, async ({ page, week }) => {
    const chart = week.getByRole("img", { name: "Minutes moved per day" });
    await chart.waitFor();
    const describedBy = await chart.getAttribute("aria-describedby");
    const description = await page.locator(`#${describedBy}`).textContent();
    assert.equal(
      description,
      "Thu 5 Mar: 7 min; Fri 6 Mar: 9 min; Sat 7 Mar: 0 min; Sun 8 Mar: 2 min; Mon 9 Mar: 13 min; Tue 10 Mar: 8 min; Wed 11 Mar: 2 min. Total 41 min.",
    );
    // What a sighted user reads: a value over every bar, a weekday under it.
    assert.deepEqual(await chart.locator(".week-value").allTextContents(), ["7", "9", "0", "2", "13", "8", "2"]);
    assert.deepEqual(await chart.locator(".week-label").allTextContents(), ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Today"]);
    // The tallest bar is Monday's, and no bar is taller than the chart.
    const heights = await chart.locator(".week-bar").evaluateAll((bars) => bars.map((b) => Number(b.getAttribute("height"))));
    assert.equal(Math.max(...heights), heights[4]);
    assert.equal(heights[2], 0);

    assert.deepEqual(await tableRows(week), [
      "Thu 5 Mar | 1 | 1 | no data",
      "Fri 6 Mar | 1 | 0 | no data",
      "Sat 7 Mar | 0 | 0 | no data",
      "Sun 8 Mar | 0 | 1 | no data",
      "Mon 9 Mar | 1 | 1 | 1 h 35 min",
      "Tue 10 Mar | 1 | 0 | 48 min",
      "Today | 0 | 1 | 20 min",
    ]);
    await expectText(week.getByTestId("week-nudges"), "1 answered, 1 snoozed, 1 ignored.");
    await expectText(
      week.getByTestId("week-trend"),
      "Over the last 30 days your own ratings averaged 2.2 before a break and 3.8 after (5 breaks with both check-ins).",
    );
    assert.match(await week.textContent(), /your own ratings on a 1–5 scale.*not a medical measure/);
    await axe(page, "week view");

    // Right to left, the days run from the right and the labels still read.
    await page.evaluate(() => document.documentElement.setAttribute("dir", "rtl"));
    const label = (name) => chart.locator(".week-label", { hasText: name }).boundingBox();
    const [today, thu] = [await label("Today"), await label("Thu")];
    assert.ok(today.x < thu.x, `today at x=${today.x}, Thursday at x=${thu.x}`);
    const mirrored = await chart.locator(".week-label").first().evaluate((el) => getComputedStyle(el).transform);
    assert.match(mirrored, /^matrix\(-1/, "each label is turned back");
  });
});

test("a store from before day summaries shows its breaks, and no data for sitting and nudges", async () => {
  const old = WEEK.slice(0, 4);
  await withWeek(recordItems(old), { colorScheme: "dark" }, async ({ page, week }) => {
    const rows = await tableRows(week);
    assert.equal(rows.length, 7);
    assert.ok(rows.every((r) => r.endsWith("| no data")), rows.join("\n"));
    await expectText(week.getByTestId("week-nudges"), /^No data yet/);
    // Two rated breaks: too few for averages, and the sentence says how many there are.
    await expectText(week.getByTestId("week-trend"), /appears once 5 breaks .* \(2 so far\)\.$/);
    assert.doesNotMatch(await week.textContent(), /averaged/);
    await axe(page, "week view without summaries (dark)");
  });
});

test("the worker's day summary reaches an open week view", async () => {
  await withWeek(recordItems(WEEK.slice(0, 1)), {}, async ({ page, week }) => {
    const today = week.locator("tbody tr").last();
    await expectText(today.locator("td").last(), "no data");
    // The worker writes today's summary; the open page follows storage.
    await page.evaluate(
      ([k, v]) => chrome.storage.local.set({ [k]: v }),
      day("2026-03-11", 42, { answered: 2, snoozed: 0, ignored: 0 }),
    );
    await expectText(today.locator("td").last(), "42 min");
    await expectText(week.getByTestId("week-nudges"), "2 answered, 0 snoozed, 0 ignored.");
  });
});

test("the worker records today's longest sitting and the nudge that was answered", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    await writeSettings(page, workHoursNow());
    await testEvent(page, "idle", "active");
    await ageStretch(page, 95 * MINUTE);
    await fireAlarm(b, page);
    await until(async () => (await b.inWorker(() => chrome.notifications.getAll())).nudge, { what: "the nudge" });
    const [tab] = await Promise.all([b.context.waitForEvent("page"), testEvent(page, "notification-start")]);
    await tab.getByRole("timer").waitFor();

    const key = await page.evaluate(() => {
      const d = new Date();
      return `day:${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    await until(async () => (await storage(page))[key]?.nudges?.answered === 1, { what: `${key} with the answered nudge` });
    const summary = (await storage(page))[key];
    assert.equal(summary.v, 1);
    assert.ok(summary.longest_stretch_min >= 95 && summary.longest_stretch_min <= 96, JSON.stringify(summary));
    assert.deepEqual(summary.nudges, { answered: 1, snoozed: 0, ignored: 0 });
    assert.equal(summary.open_nudge_ms, null);

    const week = await openWeek(page);
    await expectText(week.locator("tbody tr").last().locator("td").last(), /^1 h 3[56] min$/);
    await expectText(week.getByTestId("week-nudges"), "1 answered, 0 snoozed, 0 ignored.");
    assert.deepEqual(b.errors, []);
  });
});
