// Issue 3: break records in chrome.storage.local: one key each, live in every tab, and a damaged
// value never breaks the page.
import {
  test, assert, readCatalog, expectText, poll, storage, breakKeys, streakStat, runToEnd,
  completionHeading, breakRecord, recordItems, putItems, DAY, WED_10, withBrowser, start,
  startButton,
} from "./harness.mjs";

test("five tabs finishing a routine at the same moment leave five records", async () => {
  await withBrowser(async (b) => {
    const tabs = [];
    for (let i = 0; i < 5; i++) tabs.push(await b.newTab({ clock: WED_10 }));
    for (const t of tabs) {
      await start(t);
      await t.getByRole("timer", { name: "Time left in this exercise" }).waitFor();
    }
    // Every tab runs today's pack, so one jump longer than any pack ends them all at once.
    const longest = Math.max(...readCatalog().packs.map((p) => p.seconds)) * 1000;
    await Promise.all(tabs.map((t) => t.clock.runFor(longest + 60_000)));
    for (const t of tabs) await expectText(completionHeading(t), /^Break done/);

    const items = await poll(
      async () => {
        const all = await storage(tabs[0]);
        return breakKeys(all).length >= 5 && all;
      },
      { message: "five break records", timeout: 5000 },
    ).catch(async () => storage(tabs[0]));
    const keys = breakKeys(items);
    assert.equal(keys.length, 5, `five records, one per tab (found ${keys.length})`);
    assert.equal(new Set(keys.map((k) => items[k].id)).size, 5, "five distinct ids");
    for (const t of tabs) await expectText(t.getByRole("status").filter({ hasText: /counts/ }), /counts toward/);

    await tabs[0].getByRole("button", { name: "Back to my new tab" }).click();
    await expectText(streakStat(tabs[0], "All time"), "5 breaks");
  });
});

test("an open tab updates live when a break is finished in another tab", async () => {
  await withBrowser(async (b) => {
    const watcher = await b.newTab({ clock: WED_10 });
    await expectText(streakStat(watcher, "Current streak"), "0 days");
    await expectText(streakStat(watcher, "Today"), "0 of 1 break");

    const doer = await b.newTab({ clock: WED_10 });
    await start(doer);
    assert.match(await runToEnd(doer), /^Break done/);
    const finished = Date.now();
    await poll(async () => breakKeys(await storage(doer)).length === 1, { message: "the record" });

    // Within a second, without a reload.
    await expectText(streakStat(watcher, "Current streak"), "1 day", { timeout: 1000 });
    await expectText(streakStat(watcher, "Today"), "1 of 1 break", { timeout: 1000 });
    assert.ok(Date.now() - finished < 1500, "the update arrived promptly");
  });
});

test("a damaged stored value is set aside and reported; the page renders and the other records count", async () => {
  await withBrowser(async (b) => {
    const good = [breakRecord({ endMs: WED_10 - DAY }), breakRecord({ endMs: WED_10 - 2 * 3600 * 1000 })];
    const garbage = '{"v":2,"id":"zzz", this is not JSON';
    await putItems(b, { ...recordItems(good), "break:zzz": garbage });

    const page = await b.newTab({ clock: WED_10 });
    await startButton(page).waitFor();
    const notice = page.getByRole("alert").filter({ hasText: /set aside/ });
    await expectText(notice.getByRole("paragraph"), /couldn't be read and was set aside; your other breaks are safe/);

    // The two good records count: yesterday and today.
    await expectText(streakStat(page, "Current streak"), "2 days");
    await expectText(streakStat(page, "All time"), "2 breaks");

    const items = await poll(
      async () => {
        const raw = await page.evaluate(() => chrome.storage.local.get(null));
        return raw["aside:break:zzz"] !== undefined && raw["break:zzz"] === undefined && raw;
      },
      { message: "the damaged value moved to its aside: key" },
    );
    assert.equal(items["aside:break:zzz"], garbage, "the raw value is kept, byte for byte");
    for (const r of good) assert.equal(items[`break:${r.id}`], JSON.stringify(r), "a good record is untouched");

    // The notice can be dismissed, and a reload still renders everything.
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectText(streakStat(page, "Current streak"), "2 days");
    assert.deepEqual(b.errors.filter((e) => /panicked|RuntimeError|unreachable/.test(e)), [], "no panic");
  });
});
