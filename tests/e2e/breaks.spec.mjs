// Issue 11 parts 1–2: two kinds of break (the full pack and a quick move of about 2 minutes),
// both recorded with their kind, and the New Tab's quiet quick-move offer after 30 minutes.
import {
  test, assert, readCatalog, expectText, poll, storage, breakKeys, streakStat, runToEnd, until,
  writeSettings, workHoursNow, testEvent, ageStretch, fireAlarm, recordNotifications, startButton,
  quickButton, WED_10, MINUTE, withBrowser,
} from "./harness.mjs";

const sittingBanner = (page) => page.getByRole("status").filter({ hasText: "You've been sitting for" });
const title = async (page) => (await page.getByRole("heading", { level: 1 }).first().textContent()).trim();
const packByTitle = (t) => readCatalog().packs.find((p) => p.title === t);

test("the New Tab offers both breaks with their lengths", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    const pack = packByTitle(await title(page));
    // Named by their verbs, shown with their lengths.
    assert.equal((await startButton(page).textContent()).trim(), `Start · ${pack.minutes} min`);
    const quick = (await quickButton(page).textContent()).trim();
    assert.match(quick, /^Quick · [1-3] min$/);
    // What the quick move holds is shown beside it, and read as the button's description.
    const moves = page.locator("#quick-moves");
    const text = (await moves.textContent()).trim();
    assert.match(text, /^about [1-3] min · .+, (sitting|standing)$/);
    const named = pack.exercises.filter((n) => text.includes(n));
    assert.ok(named.length >= 2 && named.length <= 4, `2–4 of the pack's moves: ${text}`);
    assert.equal(await quickButton(page).getAttribute("aria-describedby"), "quick-moves");
  });
});

test("a quick move runs in the player, is recorded with kind quick, and counts by its minutes", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    const packTitle = await title(page);
    await quickButton(page).click();
    await page.getByRole("timer", { name: "Time left in this exercise" }).waitFor();
    assert.equal((await page.locator(".player .eyebrow").textContent()).trim(), `Quick move · ${packTitle}`);
    const progress = (await page.getByText(/^1 of \d+ · .+ left$/).textContent()).trim();
    const total = Number(/^1 of (\d+)/.exec(progress)[1]);
    assert.ok(total >= 2 && total <= 4, progress);

    assert.match(await runToEnd(page, { step: 5000 }), /^Break done/);
    const items = await poll(async () => {
      const all = await storage(page);
      return breakKeys(all).length === 1 && all;
    }, { message: "the quick move's record" });
    const record = items[breakKeys(items)[0]];
    assert.equal(record.kind, "quick");
    assert.equal(record.exercises_total, total);
    assert.ok(record.moved_s >= 60 && record.moved_s <= 180, `${record.moved_s} s`);
    // The completion screen says how it counts, and states the rule.
    await expectText(page.getByRole("status").filter({ hasText: /quick move counts/ }),
      /^This quick move counts toward your streak by its minutes: [1-3] min( \d+ s)? of quick moves today\.$/);
    await page.getByText("A full pack counts as one break toward your daily goal; quick moves count by their minutes: every 5 minutes of quick moves count as one break.").waitFor();

    // Two minutes are not a break toward the goal yet, but they are minutes moved.
    await page.getByRole("button", { name: "Back to my new tab" }).click();
    await expectText(streakStat(page, "Today"), "0 of 1 break");
    await expectText(streakStat(page, "All time"), "1 break");
    await expectText(page.getByTestId("today-quick"), /^Quick moves today: [1-3] min( \d+ s)? \(every 5 min count as one break\)$/);

    // The full pack, from its Start button, is recorded as full and meets the goal.
    await startButton(page).click();
    await page.getByRole("timer").waitFor();
    assert.equal((await page.locator(".player .eyebrow").textContent()).trim(), packTitle);
    assert.match(await runToEnd(page), /^Break done/);
    const all = await poll(async () => {
      const s = await storage(page);
      return breakKeys(s).length === 2 && s;
    }, { message: "the full pack's record" });
    const kinds = breakKeys(all).map((k) => all[k].kind).sort();
    assert.deepEqual(kinds, ["full", "quick"]);
    await expectText(page.getByRole("status").filter({ hasText: /counts/ }), "This break counts toward your streak.");
    await page.getByRole("button", { name: "Back to my new tab" }).click();
    await expectText(streakStat(page, "Today"), "1 of 1 break");
  });
});

test("after 30 simulated minutes the banner offers the quick move, quietly, and Quick starts it", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    await writeSettings(page, workHoursNow());
    assert.deepEqual(await testEvent(page, "idle", "active"), { ok: true });
    const created = await recordNotifications(b);
    await ageStretch(page, 20 * MINUTE);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await sittingBanner(page).count(), 0, "nothing at 20 minutes");

    await ageStretch(page, 11 * MINUTE);
    await sittingBanner(page).waitFor({ timeout: 10000 });
    const text = (await sittingBanner(page).textContent()).replace(/\s+/g, " ");
    assert.match(text, /You've been sitting for 3[12] min — time for a quick move/);
    assert.equal(await sittingBanner(page).getByRole("button", { name: /^Start/ }).count(), 0, "not the full pack yet");
    await sittingBanner(page).getByRole("button", { name: "Snooze 15 min" }).waitFor();
    assert.match((await quickButton(sittingBanner(page)).textContent()).trim(), /^Quick · [1-3] min$/);

    // The worker's alarm: the badge changes its look, and no notification is shown.
    await fireAlarm(b, page);
    const badge = await until(async () => {
      const s = await b.inWorker(async () => ({
        text: await chrome.action.getBadgeText({}),
        colour: await chrome.action.getBadgeBackgroundColor({}),
        title: await chrome.action.getTitle({}),
      }));
      return s.title.includes("quick move") && s;
    }, { what: "the quick-move badge" });
    assert.match(badge.text, /^3\dm$/);
    assert.deepEqual(badge.colour, [26, 95, 208, 255]);
    assert.equal((await storage(page)).sitting.stretch.quick_shown, true);
    assert.deepEqual(await created(), [], "quiet: no notification by default");

    const packTitle = await title(page);
    await quickButton(sittingBanner(page)).click();
    await page.getByRole("timer", { name: "Time left in this exercise" }).waitFor();
    assert.equal((await page.locator(".player .eyebrow").textContent()).trim(), `Quick move · ${packTitle}`);
  });
});

test("the quick-move offer snoozes for 15 minutes, and is gone with the nudge off", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    await writeSettings(page, workHoursNow());
    assert.deepEqual(await testEvent(page, "idle", "active"), { ok: true });
    await ageStretch(page, 35 * MINUTE);
    await sittingBanner(page).waitFor({ timeout: 10000 });
    const clicked = Date.now();
    await sittingBanner(page).getByRole("button", { name: "Snooze 15 min" }).click();
    await until(async () => (await sittingBanner(page).count()) === 0, { what: "the offer to go" });
    const due = (await storage(page)).sitting.stretch.quick_due_ms;
    assert.ok(Math.abs(due - (clicked + 15 * MINUTE)) < 5000, `${due - clicked} ms`);

    // Once the snooze is over, it is back; with the quick-move nudge off, it goes.
    await ageStretch(page, 16 * MINUTE);
    await sittingBanner(page).waitFor({ timeout: 10000 });
    await writeSettings(page, { ...workHoursNow(), quick_nudge_min: null });
    await until(async () => (await sittingBanner(page).count()) === 0, { what: "no offer when off" });
  });
});

test("asked for, the quick-move nudge also notifies, and its Start opens the quick move", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    await writeSettings(page, { ...workHoursNow(), quick_notify: true });
    assert.deepEqual(await testEvent(page, "idle", "active"), { ok: true });
    const created = await recordNotifications(b);
    const packTitle = await title(page);
    await ageStretch(page, 31 * MINUTE);
    await fireAlarm(b, page);
    const calls = await until(async () => {
      const c = await created();
      return c.length > 0 && c;
    }, { what: "the quick-move notification" });
    const [id, options] = calls[0];
    assert.equal(id, "nudge");
    assert.match(options.title, /^You've been sitting for 3\d min$/);
    assert.match(options.message, new RegExp(`^A quick move from ${packTitle} · about [1-3] min, right where you are\\. Click to start it\\.$`));
    assert.deepEqual(options.buttons.map((x) => x.title), ["Quick move", "Snooze 15 min"]);

    const [tab, answer] = await Promise.all([
      b.context.waitForEvent("page", { timeout: 10000 }),
      testEvent(page, "notification-start"),
    ]);
    assert.deepEqual(answer, { ok: true });
    await tab.getByRole("timer", { name: "Time left in this exercise" }).waitFor({ timeout: 10000 });
    assert.equal((await tab.locator(".player .eyebrow").textContent()).trim(), `Quick move · ${packTitle}`);
    // The full nudge is still to come if the quick move is abandoned.
    const stretch = (await storage(page)).sitting.stretch;
    assert.equal(stretch.routine_started, false);
    assert.ok(stretch.next_due_ms > Date.now());
  });
});
