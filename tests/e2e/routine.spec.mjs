// Issue 3: the guided routine player, and the streak that counted breaks build.
import {
  test, assert, readCatalog, expectText, poll, storage, breakKeys, streakStat, runToEnd,
  completionHeading, showPack, breakRecord, recordItems, putItems, DAY, WED_10, withBrowser, start,
} from "./harness.mjs";

const { packs, library } = readCatalog();

const progress = (page) => page.getByText(/^\d+ of \d+ · .* left$/);
const countdown = (page) => page.getByRole("timer", { name: "Time left in this exercise" });
const heading = (page) => page.getByRole("heading", { level: 1 });
const text = async (locator) => (await locator.textContent()).trim();

/** Starts today's pack in `page` and runs the clock until it is done; returns the saved records. */
async function completeRoutine(page, expectedRecords) {
  await start(page);
  await progress(page).waitFor();
  assert.match(await runToEnd(page), /^Break done/);
  await expectText(page.getByRole("status").filter({ hasText: /counts/ }), "This break counts toward your streak.");
  return poll(
    async () => {
      const keys = breakKeys(await storage(page));
      return keys.length === expectedRecords && keys;
    },
    { message: `${expectedRecords} break records in storage` },
  );
}

async function reload(page) {
  await page.reload();
  await heading(page).waitFor();
}

test("start and complete a routine: the completion screen, one record, and a 1-day streak after reload", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    await expectText(streakStat(page, "Current streak"), "0 days");
    const pack = packs.find((p) => p.title === "Back Pain") ?? packs[0];
    await showPack(page, pack.title);
    const [key] = await completeRoutine(page, 1);

    await expectText(completionHeading(page), "Break done — nice work!");
    await page.getByText("Time moved", { exact: true }).waitFor();
    await page.getByText(`${pack.count} of ${pack.count}`, { exact: true }).waitFor();

    const record = (await storage(page))[key];
    assert.equal(record.v, 4);
    assert.equal(record.kind, "full", "the Start button runs the full pack");
    assert.equal(record.checkin_area, "back", "Back Pain asks about the back");
    assert.equal(record.pack_id, pack.id);
    assert.equal(record.local_date, "2026-03-11");
    assert.equal(record.offset_min, 0);
    assert.equal(record.exercises_done, pack.count);
    assert.equal(record.exercises_total, pack.count);
    assert.equal(record.moved_s, pack.seconds, "moved time is the routine's length");
    assert.ok(record.start_ms >= WED_10 && record.start_ms < WED_10 + 60_000, "it started at the clock's time");
    assert.ok(record.end_ms - record.start_ms >= pack.seconds * 1000, "end minus start covers the routine");
    assert.equal(key, `break:${record.id}`);
    assert.match(record.id, /^[0-9a-f]{32}$/);

    await reload(page);
    await expectText(streakStat(page, "Current streak"), "1 day");
    await expectText(streakStat(page, "Best streak"), "1 day");
    await expectText(streakStat(page, "Today"), "1 of 1 break");
    await expectText(streakStat(page, "All time"), "1 break");
    await expectText(streakStat(page, "Time moved"), `${Math.round(pack.seconds / 60)} min`);
  });
});

test("a routine completed on the next day makes the streak 2 days", async () => {
  await withBrowser(async (b) => {
    const monday = await b.newTab({ clock: WED_10 - DAY });
    await completeRoutine(monday, 1);
    await monday.close();

    const page = await b.newTab({ clock: WED_10 });
    // Today has no break yet, which does not break the streak that ran through yesterday.
    await expectText(streakStat(page, "Current streak"), "1 day");
    await expectText(streakStat(page, "Today"), "0 of 1 break");
    await completeRoutine(page, 2);
    await reload(page);
    await expectText(streakStat(page, "Current streak"), "2 days");
    await expectText(streakStat(page, "Best streak"), "2 days");
  });
});

test("after a two-day gap the streak is back to 1 day", async () => {
  await withBrowser(async (b) => {
    // Breaks on Saturday and Sunday, none on Monday or Tuesday; today is Wednesday.
    await putItems(
      b,
      recordItems([
        breakRecord({ endMs: WED_10 - 4 * DAY }),
        breakRecord({ endMs: WED_10 - 3 * DAY }),
      ]),
    );
    const page = await b.newTab({ clock: WED_10 });
    await expectText(streakStat(page, "Current streak"), "0 days");
    await expectText(streakStat(page, "Best streak"), "2 days");
    await completeRoutine(page, 3);
    await reload(page);
    await expectText(streakStat(page, "Current streak"), "1 day");
    await expectText(streakStat(page, "Best streak"), "2 days");
    await expectText(streakStat(page, "All time"), "3 breaks");
  });
});

test("skipping straight through to the end records nothing", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    await start(page);
    await progress(page).waitFor();
    const maxPresses = 2 * Math.max(...packs.map((p) => p.count)) + 2;
    let presses = 0;
    while (!(await completionHeading(page).isVisible())) {
      assert.ok(presses++ < maxPresses, "ArrowRight reaches the end");
      await page.keyboard.press("ArrowRight");
    }
    await expectText(completionHeading(page), "Routine finished");
    await expectText(page.getByRole("status").filter({ hasText: /count/ }), /^This one doesn't count/);

    await page.waitForTimeout(500);
    assert.deepEqual(breakKeys(await storage(page)), [], "no break record was written");
    await page.getByRole("button", { name: "Back to my new tab" }).click();
    await expectText(streakStat(page, "Current streak"), "0 days");
    await reload(page);
    await expectText(streakStat(page, "Current streak"), "0 days");
    await expectText(streakStat(page, "All time"), "0 breaks");
    await expectText(streakStat(page, "Time moved"), "0 min");
  });
});

test("Space pauses the player (the countdown stays frozen while the clock runs) and resumes it", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    await start(page);
    await progress(page).waitFor();
    const first = await text(heading(page));
    await page.clock.runFor(3000);

    await page.keyboard.press("Space");
    await page.getByText("Paused", { exact: true }).waitFor();
    assert.ok(await page.getByRole("button", { name: "Resume" }).isVisible(), "the Pause button reads Resume");
    const frozen = await text(countdown(page));
    await page.clock.runFor(120_000);
    assert.equal(await text(countdown(page)), frozen, "the countdown did not move while paused");
    assert.equal(await text(heading(page)), first, "still on the same exercise");
    assert.match(await text(progress(page)), /^1 of /);

    await page.keyboard.press("Space");
    await page.getByText("Paused", { exact: true }).waitFor({ state: "detached" });
    await page.clock.runFor(4000);
    const after = await text(countdown(page));
    const secs = (t) => t.split(":").reduce((m, s) => m * 60 + Number(s), 0);
    assert.ok(secs(after) <= secs(frozen) - 3, `the countdown runs again (${frozen} → ${after})`);
  });
});

test("ArrowRight and ArrowLeft move between exercises, and Escape ends the routine", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    // A pack whose first two exercises are done once each (not per side).
    const pack = packs.find((p) => p.exercises.slice(0, 2).every((n) => !library.get(n).perSide));
    await showPack(page, pack.title);
    await start(page);
    await expectText(heading(page), pack.exercises[0]);
    await expectText(progress(page), new RegExp(`^1 of ${pack.count} · `));

    await page.keyboard.press("ArrowRight");
    await expectText(heading(page), pack.exercises[1]);
    await expectText(progress(page), new RegExp(`^2 of ${pack.count} · `));

    await page.keyboard.press("ArrowLeft");
    await expectText(heading(page), pack.exercises[0]);
    await expectText(progress(page), new RegExp(`^1 of ${pack.count} · `));

    await page.keyboard.press("Escape");
    await expectText(completionHeading(page), "Routine ended");
    await page.waitForTimeout(300);
    assert.deepEqual(breakKeys(await storage(page)), [], "ending early records nothing");
  });
});

test("the player shows '1 of N', time left, and 'left side' then 'switch sides' for per-side moves", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    // The pack whose first per-side exercise comes earliest.
    const firstSided = (p) => p.exercises.findIndex((n) => library.get(n).perSide);
    const pack = packs
      .filter((p) => firstSided(p) >= 0)
      .sort((a, b2) => firstSided(a) - firstSided(b2))[0];
    const k = firstSided(pack);
    const sided = pack.exercises[k];
    await showPack(page, pack.title);
    await start(page);
    await expectText(progress(page), new RegExp(`^1 of ${pack.count} · \\d+ (min|s) left$`));
    await expectText(countdown(page), /^\d+:\d\d$/);
    assert.ok(await page.getByRole("progressbar", { name: "Routine progress" }).isVisible());
    assert.ok((await page.getByRole("listitem").count()) >= 2, "the exercise's numbered steps show");

    for (let i = 0; i < k; i++) await page.keyboard.press("ArrowRight");
    await expectText(heading(page), sided);
    await page.getByText(/^\s*·\s*left side$/).waitFor();
    await expectText(progress(page), new RegExp(`^${k + 1} of ${pack.count} · `));

    // The right side is the same exercise, announced as a switch.
    await page.keyboard.press("ArrowRight");
    await page.getByText(/^\s*·\s*switch sides$/).waitFor();
    await expectText(heading(page), sided);
    await expectText(progress(page), new RegExp(`^${k + 1} of ${pack.count} · `));

    // And the countdown moves on to the next exercise by itself.
    const sideSeconds = library.get(sided).duration;
    await page.clock.runFor(sideSeconds * 1000 + 500);
    await expectText(progress(page), new RegExp(`^${k + 2} of ${pack.count} · `));
    await expectText(heading(page), pack.exercises[k + 1]);
  });
});
