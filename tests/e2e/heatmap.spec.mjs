// Issue 15: a heatmap you can read (weekday and month labels, a legend, today marked, each day's
// date and count on hover and keyboard focus), correct right to left and at phone width; and the
// streak panel's figures as separate stats that never wrap.
import {
  test, assert, withBrowser, breakRecord, recordItems, putItems, streakStat, expectText, poll, DAY,
  HOUR, WED_10,
} from "./harness.mjs";

/** Two breaks on Tue 10 March, one on Mon 9 March and one this morning (Wed 11 March). */
const RECORDS = [
  breakRecord({ id: "a".repeat(32), endMs: WED_10 - DAY }),
  breakRecord({ id: "b".repeat(32), endMs: WED_10 - DAY + HOUR }),
  breakRecord({ id: "c".repeat(32), endMs: WED_10 - 2 * DAY }),
  breakRecord({ id: "d".repeat(32), endMs: WED_10 - HOUR }),
];

/** Runs `fn` on a new tab at WED_10 whose storage holds `records`, with its streak panel. */
function withRecords(records, options, fn) {
  return withBrowser(options, async (b) => {
    await putItems(b, recordItems(records));
    const page = await b.newTab({ clock: WED_10 });
    const panel = page.getByRole("complementary", { name: "Break streak" });
    const grid = panel.getByRole("grid", { name: "Last 12 weeks" });
    await grid.getByRole("gridcell", { name: /^Today, / }).waitFor();
    await fn({ page, panel, grid });
  });
}

/** The labels a sighted user sees: the text of every label wider than a few pixels. */
const visibleLabels = (locator) =>
  locator.evaluateAll((els) => els.filter((el) => el.querySelector("span").getBoundingClientRect().width > 4).map((el) => el.textContent.trim()));

const box = async (locator) => {
  const r = await locator.boundingBox();
  assert.ok(r, `${locator} has a box`);
  return r;
};

/** The line under the grid: the date, then the count. */
const caption = (panel) => panel.getByTestId("heatmap-day");
/** Waits until the line under the grid reads `date` over `count`. */
const captionReads = (panel, date, count) =>
  poll(async () => (await caption(panel).innerText()).trim().replace(/\s*\n\s*/g, " | ") === `${date} | ${count}`, {
    message: `the caption "${date} | ${count}"`,
  });

test("the heatmap names weekdays and months, has a legend and marks today", async () => {
  await withRecords(RECORDS, {}, async ({ panel, grid }) => {
    const rows = grid.getByRole("rowheader");
    assert.deepEqual(await rows.allTextContents(), ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    assert.deepEqual(await visibleLabels(rows), ["Mon", "Wed", "Fri"]);
    // From Mon 22 Dec 2025: the week of 22 December alone is too narrow for its name.
    const months = grid.getByRole("columnheader");
    assert.deepEqual(await months.allTextContents(), ["Dec", "Jan", "Feb", "Mar"]);
    assert.deepEqual(await visibleLabels(months), ["Jan", "Feb", "Mar"]);
    // "Mar" stands over the week that holds 1 March (23 February to 1 March).
    const mar = await box(months.filter({ hasText: "Mar" }).locator("span"));
    const week = await box(grid.getByRole("gridcell", { name: /^Mon 23 Feb 2026:/ }));
    assert.ok(Math.abs(mar.x - week.x) <= 2, `Mar at x=${mar.x}, its first week at x=${week.x}`);

    // Today: one cell, named and ringed.
    const today = grid.locator('[aria-current="date"]');
    assert.equal(await today.count(), 1);
    assert.equal(await today.getAttribute("aria-label"), "Today, Wed 11 Mar 2026: 1 break, goal met");
    const ring = await today.evaluate((el) => getComputedStyle(el).outline);
    assert.match(ring, /solid 2px/, `today's outline: ${ring}`);
    const other = await grid.getByRole("gridcell", { name: /^Tue 10 Mar 2026:/ }).evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.equal(other, "none");
    // Until the user points at a day, the line under the grid tells today's.
    await captionReads(panel, "Today, Wed 11 Mar 2026", "1 break, goal met");

    // The legend runs from fewer to more breaks, and explains the ring.
    const legend = panel.locator(".heat-legend");
    assert.match((await legend.textContent()).replace(/\s+/g, " "), /Fewer\s*More\s*Today/);
    const swatches = await legend.locator(".heat-key").first().locator(".heat-swatch").evaluateAll((els) =>
      els.map((el) => getComputedStyle(el).backgroundColor),
    );
    assert.equal(new Set(swatches).size, 4, `four distinct levels: ${swatches}`);
  });
});

test("focusing or hovering a day shows its date and count; the arrow keys move by day and week", async () => {
  await withRecords(RECORDS, {}, async ({ page, panel, grid }) => {
    // The grid is one Tab stop, on today.
    assert.equal(await grid.locator('[tabindex="0"]').count(), 1);
    await page.getByRole("heading", { name: "Break streak" }).click();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      if (await grid.getByRole("gridcell", { name: /^Today, / }).evaluate((el) => el === document.activeElement)) break;
    }
    const focused = () => page.evaluate(() => document.activeElement.getAttribute("aria-label"));
    assert.equal(await focused(), "Today, Wed 11 Mar 2026: 1 break, goal met");
    assert.ok(await page.evaluate(() => document.activeElement.matches(":focus-visible")));

    const height = (await box(caption(panel))).height;
    await page.keyboard.press("ArrowUp");
    assert.equal(await focused(), "Tue 10 Mar 2026: 2 breaks, goal met");
    await captionReads(panel, "Tue 10 Mar 2026", "2 breaks, goal met");
    assert.ok(await caption(panel).isVisible());
    await page.keyboard.press("ArrowLeft");
    await captionReads(panel, "Tue 3 Mar 2026", "no breaks");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowUp");
    await captionReads(panel, "Mon 9 Mar 2026", "1 break, goal met");
    await page.keyboard.press("Home");
    await captionReads(panel, "Mon 22 Dec 2025", "no breaks");
    await page.keyboard.press("End");
    await captionReads(panel, "Today, Wed 11 Mar 2026", "1 break, goal met");
    // The Tab stop moved along: still one, on the last day focused.
    assert.equal(await grid.locator('[tabindex="0"]').count(), 1);

    // Pointing wins over focus while the pointer is on a day, then the focused day comes back.
    await grid.getByRole("gridcell", { name: /^Tue 10 Mar 2026:/ }).hover();
    await captionReads(panel, "Tue 10 Mar 2026", "2 breaks, goal met");
    assert.equal((await box(caption(panel))).height, height, "the line under the grid keeps its height");
    await page.mouse.move(1, 1);
    await captionReads(panel, "Today, Wed 11 Mar 2026", "1 break, goal met");
  });
});

test("right to left: the weeks run from the right, and the arrow keys follow them", async () => {
  await withRecords(RECORDS, {}, async ({ page, panel, grid }) => {
    await page.evaluate(() => document.documentElement.setAttribute("dir", "rtl"));
    const thisWeek = await box(grid.getByRole("gridcell", { name: /^Today, / }));
    const lastWeek = await box(grid.getByRole("gridcell", { name: /^Wed 4 Mar 2026:/ }));
    assert.ok(thisWeek.x < lastWeek.x, "this week is left of last week");
    const mon = await box(grid.getByRole("rowheader", { name: "Mon" }).locator("span"));
    const monday = await box(grid.getByRole("gridcell", { name: /^Mon 22 Dec 2025:/ }));
    assert.ok(mon.x > monday.x + monday.width, "weekday names stand on the right");
    const mar = await box(grid.getByRole("columnheader", { name: "Mar" }).locator("span"));
    const week = await box(grid.getByRole("gridcell", { name: /^Mon 23 Feb 2026:/ }));
    assert.ok(Math.abs(mar.x + mar.width - (week.x + week.width)) <= 2, "Mar starts over its first week, from the right");

    await grid.getByRole("gridcell", { name: /^Wed 4 Mar 2026:/ }).focus();
    await page.keyboard.press("ArrowLeft");
    await captionReads(panel, "Today, Wed 11 Mar 2026", "1 break, goal met");
    await page.keyboard.press("ArrowRight");
    await captionReads(panel, "Wed 4 Mar 2026", "no breaks");
  });
});

test("at phone width the panel fits and no figure wraps mid-phrase, light and dark", async () => {
  // 112 breaks of 5 minutes over the last 56 days: "112 breaks", "9 h 20 min".
  const many = Array.from({ length: 112 }, (_, i) =>
    breakRecord({ id: (i + 1).toString(16).padStart(32, "0"), endMs: WED_10 - Math.floor(i / 2) * DAY - (i % 2) * HOUR }),
  );
  for (const colorScheme of ["light", "dark"]) {
    await withRecords(many, { colorScheme }, async ({ page, panel, grid }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await expectText(streakStat(page, "All time"), "112 breaks");
      await expectText(streakStat(page, "Time moved"), "9 h 20 min");
      await expectText(streakStat(page, "Today"), "2 of 1 break");
      await expectText(streakStat(page, "Current streak"), "56 days");
      // Every value on one line: all its text boxes share one top.
      for (const dd of await panel.locator("dd").all()) {
        const tops = await dd.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
        assert.equal(tops, 1, `"${(await dd.textContent()).trim()}" is on one line`);
      }
      // Nothing sticks out of the panel, and the page does not scroll sideways.
      const p = await box(panel);
      const g = await box(grid);
      assert.ok(g.x >= p.x && g.x + g.width <= p.x + p.width, `grid ${JSON.stringify(g)} inside panel ${JSON.stringify(p)}`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
      // The cells keep their colours in this scheme: the levels differ from the empty cell.
      const colour = (name) => grid.getByRole("gridcell", { name }).evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.notEqual(await colour(/^Tue 10 Mar 2026:/), await colour(/^Mon 22 Dec 2025:/));
    });
  }
});
