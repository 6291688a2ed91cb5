// Issue 5: storage faults that can be produced in a real browser. A full chrome.storage.local
// refuses the write of a finished break: the user is told, and nothing stored before is lost.
// A record from a future schema version is kept untouched, and the page still renders.
import {
  test, assert, storage, breakKeys, streakStat, runToEnd, completionHeading, expectText,
  breakRecord, recordItems, putItems, DAY, WED_10, fillStorage, withBrowser, start,
} from "./harness.mjs";

test("a full storage refuses the break with a visible message and loses nothing stored", async () => {
  await withBrowser(async (b) => {
    const earlier = [breakRecord({ endMs: WED_10 - DAY }), breakRecord({ endMs: WED_10 - 2 * DAY })];
    await putItems(b, recordItems(earlier));
    const page = await b.newTab({ clock: WED_10 });
    await expectText(streakStat(page, "Current streak"), "2 days");

    const filled = await fillStorage(page);
    assert.ok(filled > 10_000_000, `storage is nearly full (${filled} bytes)`);
    const before = await storage(page);

    await start(page);
    await runToEnd(page);
    await expectText(completionHeading(page), /^Break done/);
    const alert = page.getByRole("alert").filter({ hasText: "couldn't be saved" });
    await alert.waitFor();
    assert.match(await alert.textContent(), /full/i);

    const after = await storage(page);
    assert.deepEqual(breakKeys(after).sort(), breakKeys(before).sort(), "no record lost, none half-written");
    for (const k of breakKeys(before)) assert.deepEqual(after[k], before[k]);
    await page.getByRole("button", { name: "Back to my new tab" }).click();
    await expectText(streakStat(page, "Current streak"), "2 days");
  });
});

test("a record from a future schema version is kept untouched and the page renders", async () => {
  await withBrowser(async (b) => {
    const future = JSON.stringify({ v: 99, id: "future", something_new: [1, 2, 3] });
    const good = breakRecord({ endMs: WED_10 - DAY });
    await putItems(b, { "break:future": future, ...recordItems([good]) });
    const page = await b.newTab({ clock: WED_10 });
    await expectText(streakStat(page, "Current streak"), "1 day");
    await expectText(streakStat(page, "All time"), "1 break");
    const raw = await page.evaluate(async () => (await chrome.storage.local.get("break:future"))["break:future"]);
    assert.equal(raw, future, "kept byte for byte under its own key");
    const items = await storage(page);
    assert.ok(!Object.keys(items).some((k) => k.startsWith("aside:")), "not set aside as damaged");
  });
});
