// Issue 15: the check-in asks about the pack in front of the user, before and after, and every
// record keeps the area. Records from before check-in areas migrate as "back".
import {
  test, assert, storage, breakKeys, runToEnd, showPack, putItems, until, DAY, WED_10, withBrowser,
  start,
} from "./harness.mjs";

test("the Eyes pack asks about the eyes, before and after, and the record keeps the area", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    await showPack(page, "Eyes & Screen Strain");
    const before = page.getByRole("group", { name: "How do your eyes feel right now?" });
    await before.getByRole("button", { name: "1, strained" }).waitFor();
    await before.getByRole("button", { name: "5, fine" }).waitFor();
    await before.getByRole("button", { name: "2" }).click();
    assert.equal(await page.getByRole("group", { name: /back/ }).count(), 0, "nothing asks about the back");

    await start(page);
    await runToEnd(page);
    const after = page.getByRole("group", { name: "How do your eyes feel right now?" });
    await after.getByRole("button", { name: "4" }).click();
    const record = await until(async () => {
      const all = await storage(page);
      const [key] = breakKeys(all);
      return key && all[key].checkin_after === 4 && all[key];
    }, { what: "the record with both check-ins" });
    assert.equal(record.checkin_before, 2);
    assert.equal(record.checkin_area, "eyes");
  });
});

test("a record from before check-in areas migrates to the back, the only question asked then", async () => {
  await withBrowser(async (b) => {
    const end = WED_10 - DAY;
    const v2 = {
      v: 2, id: "old", pack_id: "back-pain", start_ms: end - 300_000, end_ms: end,
      local_date: new Date(end).toISOString().slice(0, 10), offset_min: 0, exercises_done: 16,
      exercises_total: 16, moved_s: 300, checkin_before: 2, checkin_after: 4,
    };
    await putItems(b, { "break:old": JSON.stringify(v2) });
    const page = await b.newTab({ clock: WED_10 });
    const migrated = await until(async () => {
      const r = (await storage(page))["break:old"];
      return r?.v === 4 && r;
    }, { what: "the record migrated in place" });
    assert.deepEqual(migrated, { ...v2, v: 4, checkin_area: "back", kind: "full" });
  });
});
