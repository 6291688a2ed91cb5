// Issue 3: export all data to a JSON file and import it back; a bad file is refused and changes nothing.
import { readFileSync } from "node:fs";
import {
  test, assert, expectText, poll, storage, breakKeys, streakStat, runToEnd, breakRecord,
  recordItems, putItems, openSettings, importFile, DAY, WED_10, withBrowser, start,
} from "./harness.mjs";

async function closeSettings(page) {
  await page.getByRole("dialog", { name: "Settings" }).getByRole("button", { name: "Close" }).click();
  await page.getByRole("dialog", { name: "Settings" }).waitFor({ state: "hidden" });
}

/** Exports through the settings panel and returns the file's name and text. */
async function exportFile(page) {
  const dialog = await openSettings(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Export data" }).click(),
  ]);
  const path = await download.path();
  await expectText(dialog.getByRole("status").filter({ hasText: /Export/ }), "Exported all your data.");
  await closeSettings(page);
  return { name: download.suggestedFilename(), text: readFileSync(path, "utf8") };
}

/** The break records and settings, as stored. */
async function data(page) {
  const all = await storage(page);
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith("break:") || k === "settings"));
}

/** A profile with three breaks: Monday and Tuesday written directly, today's through a routine. */
async function withThreeBreaks(b) {
  await putItems(
    b,
    recordItems([breakRecord({ endMs: WED_10 - 2 * DAY }), breakRecord({ endMs: WED_10 - DAY, movedS: 120 })]),
  );
  const page = await b.newTab({ clock: WED_10 });
  await start(page);
  assert.match(await runToEnd(page), /^Break done/);
  await poll(async () => breakKeys(await storage(page)).length === 3, { message: "three records" });
  await page.getByRole("button", { name: "Back to my new tab" }).click();
  await expectText(streakStat(page, "Current streak"), "3 days");
  return page;
}

test("export, clear storage, import: the same streak and records come back", async () => {
  await withBrowser(async (b) => {
    const page = await withThreeBreaks(b);
    const before = await data(page);
    const totals = (await streakStat(page, "All time").textContent()).trim();
    const moved = (await streakStat(page, "Time moved").textContent()).trim();

    const file = await exportFile(page);
    assert.equal(file.name, "deskbreak-2026-03-11.json");
    const json = JSON.parse(file.text);
    assert.equal(json.format, "deskbreak-export");
    assert.equal(json.breaks.length, 3);
    assert.deepEqual(json.breaks.map((r) => r.id).sort(), breakKeys(before).map((k) => k.slice(6)).sort());

    await page.evaluate(() => chrome.storage.local.clear());
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectText(streakStat(page, "Current streak"), "0 days");
    assert.deepEqual(breakKeys(await storage(page)), []);

    const { shown } = await importFile(page, file.text);
    assert.equal(shown, "Imported 3 breaks.");
    await closeSettings(page);
    await expectText(streakStat(page, "Current streak"), "3 days");
    await expectText(streakStat(page, "All time"), totals);
    await expectText(streakStat(page, "Time moved"), moved);

    const after = await data(page);
    for (const k of breakKeys(before)) assert.deepEqual(after[k], before[k], `${k} is back as it was`);
    assert.equal(breakKeys(after).length, 3);

    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectText(streakStat(page, "Current streak"), "3 days");
  });
});

test("importing the same file twice adds nothing the second time", async () => {
  await withBrowser(async (b) => {
    const page = await withThreeBreaks(b);
    const file = await exportFile(page);
    await page.evaluate(() => chrome.storage.local.clear());
    await expectText(streakStat(page, "Current streak"), "0 days");

    assert.equal((await importFile(page, file.text)).shown, "Imported 3 breaks.");
    await closeSettings(page);
    const once = await data(page);
    assert.equal(breakKeys(once).length, 3);

    assert.equal(
      (await importFile(page, file.text)).shown,
      "Nothing new to import: every break in the file was already here.",
    );
    await closeSettings(page);
    assert.deepEqual(await data(page), once, "the second import changed nothing");
    await expectText(streakStat(page, "All time"), "3 breaks");
  });
});

test("a file that isn't JSON is refused with a message, and nothing changes", async (t) => {
  await withBrowser(async (b) => {
    const page = await withThreeBreaks(b);
    const before = await data(page);
    const { shown, dialog } = await importFile(page, "this is not { json at all", "notes.json");
    t.diagnostic(`notes.json: ${shown}`);
    assert.match(shown, /isn't JSON/);
    assert.match(shown, /Nothing was changed/);
    assert.ok(await dialog.getByRole("alert").filter({ hasText: /isn't JSON/ }).isVisible(), "shown as an alert");
    await page.waitForTimeout(300);
    assert.deepEqual(await data(page), before, "storage is unchanged");
    await closeSettings(page);
    await expectText(streakStat(page, "Current streak"), "3 days");
  });
});

test("a JSON file with the wrong schema is refused with a message, and nothing changes", async (t) => {
  await withBrowser(async (b) => {
    const page = await withThreeBreaks(b);
    const before = await data(page);
    const good = JSON.parse((await exportFile(page)).text);

    const cases = [
      // Some other program's JSON.
      { name: "other.json", text: JSON.stringify({ hello: "world", items: [1, 2, 3] }) },
      // Our format, but one break has the wrong types: the whole file is refused, the good break too.
      {
        name: "broken.json",
        text: JSON.stringify({
          ...good,
          breaks: [breakRecord({ endMs: WED_10 - 5 * DAY }), { v: 2, id: 42, pack_id: null, end_ms: "soon" }],
        }),
      },
    ];
    for (const c of cases) {
      const { shown, dialog } = await importFile(page, c.text, c.name);
      t.diagnostic(`${c.name}: ${shown}`);
      assert.ok(shown && /Nothing was changed/.test(shown), `${c.name}: refused with a message (${shown})`);
      assert.doesNotMatch(shown, /^Imported/);
      assert.ok(await dialog.getByRole("alert").filter({ hasText: /Nothing was changed/ }).isVisible());
      await closeSettings(page);
      await page.waitForTimeout(300);
      assert.deepEqual(await data(page), before, `${c.name}: storage is unchanged`);
    }
    await expectText(streakStat(page, "All time"), "3 breaks");
  });
});
