// Issue 13: never lose a record, never reset a setting, never claim a break that was not saved.
// The five defects found by trying to break the built extension, each replayed in the browser.
import {
  test, assert, storage, breakKeys, streakStat, runToEnd, completionHeading, expectText,
  breakRecord, recordItems, putItems, importFile, openSettings, settingsValue, until, DAY, WED_10,
  fillStorage, withBrowser, start,
} from "./harness.mjs";

const exportOf = (breaks, settings) =>
  JSON.stringify({ format: "deskbreak-export", version: 1, exported_at: WED_10, breaks, ...(settings ? { settings } : {}) });

test("an import never overwrites a break stored by a newer version", async () => {
  await withBrowser(async (b) => {
    const mine = breakRecord({ id: "shared-id", endMs: WED_10 - DAY });
    const newer = JSON.stringify({ ...mine, v: 9, mood: "great" });
    await putItems(b, { "break:shared-id": newer });
    const page = await b.newTab({ clock: WED_10 });
    await page.getByText("kept as saved but not counted here").waitFor();

    const { shown } = await importFile(page, exportOf([mine]));
    assert.match(shown, /also saved by a newer version of Desk Break; the newer one was kept/);
    assert.doesNotMatch(shown, /^Imported 1 break/);
    const raw = await page.evaluate(async () => (await chrome.storage.local.get("break:shared-id"))["break:shared-id"]);
    assert.equal(raw, newer, "the newer record is kept byte for byte, with its unknown field");
  });
});

test("an import with some settings changes only those and says which", async () => {
  await withBrowser(async (b) => {
    const mine = settingsValue({ nudge_interval_min: 45, daily_goal: 3, theme: "dark", focus: ["back"] });
    await putItems(b, { settings: JSON.stringify(mine) });
    const page = await b.newTab({ clock: WED_10 });
    const { shown } = await importFile(page, exportOf([], { daily_goal: 2 }));
    assert.equal(shown, "This file has no breaks to import. Settings changed: daily goal.");
    const stored = (await storage(page)).settings;
    assert.deepEqual(stored, { ...mine, daily_goal: 2 }, "every other setting stays as it was");
  });
});

test("a break that storage refuses is not celebrated, and can be saved again once there is room", async () => {
  await withBrowser(async (b) => {
    await putItems(b, recordItems([breakRecord({ endMs: WED_10 - DAY })]));
    const page = await b.newTab({ clock: WED_10 });
    await expectText(streakStat(page, "Current streak"), "1 day");
    assert.ok((await fillStorage(page)) > 10_000_000, "storage is nearly full");

    await start(page);
    await runToEnd(page);
    const heading = page.getByRole("heading", { level: 1, name: "Break done, but not saved" });
    await heading.waitFor();
    const alert = page.getByRole("alert").filter({ hasText: "isn't counted yet" });
    assert.match(await alert.textContent(), /full/i);
    assert.equal(await page.getByText("This break counts toward your streak.").count(), 0);
    assert.equal(await page.getByText("nice work").count(), 0);
    // The routine's result stays on screen.
    await page.getByRole("definition").filter({ hasText: /^\d+ of \d+$/ }).waitFor();

    // The one break can be exported as a file that imports later.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export this break" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^deskbreak-break-2026-03-11\.json$/);

    // Free the space, then try again: now it counts.
    await page.evaluate(async () => {
      const keys = Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith("filler:"));
      await chrome.storage.local.remove(keys);
    });
    await page.getByRole("button", { name: "Save this break again" }).click();
    await expectText(completionHeading(page), "Break done — nice work!");
    await page.getByText("This break counts toward your streak.").waitFor();
    assert.equal(breakKeys(await storage(page)).length, 2);
    await page.getByRole("button", { name: "Back to my new tab" }).click();
    await expectText(streakStat(page, "Current streak"), "2 days");
  });
});

test("a break that ends past the year 9999 is refused and never shown as counted", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: Date.parse("9999-12-31T23:59:00Z") });
    await start(page);
    await runToEnd(page);
    await page.getByRole("heading", { level: 1, name: "Break done, but not saved" }).waitFor();
    assert.match(await page.getByRole("alert").filter({ hasText: "isn't counted yet" }).textContent(), /9999/);
    assert.equal(await page.getByText("This break counts toward your streak.").count(), 0);
    assert.equal(breakKeys(await storage(page)).length, 0);
  });
});

test("two tabs changing different settings at the same moment keep both changes", async () => {
  await withBrowser(async (b) => {
    const [a, c] = [await b.newTab(), await b.newTab()];
    const holder = await b.newTab();
    // Another writer holds the storage lock, so both tabs' changes wait and then run together.
    await holder.evaluate(() => {
      navigator.locks.request("deskbreak-store", () => new Promise((release) => (window.releaseLock = release)));
    });
    const goal = (await openSettings(a)).getByLabel("Daily goal");
    await goal.fill("4");
    await goal.press("Tab");
    await (await openSettings(c)).getByRole("combobox", { name: "Theme" }).selectOption("dark");
    await holder.evaluate(() => window.releaseLock());
    await until(async () => {
      const s = (await storage(a)).settings;
      return s?.daily_goal === 4 && s?.theme === "dark";
    }, { what: "both changes stored" });
    // Each tab follows the other's change too.
    await until(async () => (await c.getByLabel("Daily goal").inputValue()) === "4", { what: "tab 2 shows goal 4" });
  });
});

test("a garbage sitting value is set aside the first time it is read", async () => {
  await withBrowser(async (b) => {
    await putItems(b, { sitting: "{not a tracker" });
    const page = await b.newTab();
    await until(async () => (await storage(page))["aside:sitting"] === "{not a tracker", { what: "aside:sitting" });
    const sitting = (await storage(page)).sitting;
    assert.ok(sitting === undefined || typeof sitting === "object", "the key holds a real tracker or nothing");
  });
});
