// The nudges (issue 4): the Rust service worker, its tracker, the notification and its buttons.
// `chrome.idle` stays "active" in a headless container and notification buttons cannot be clicked,
// so those events come through the worker's test hook, which hands them to the same handler.
import {
  test, assert, storage, until, writeSettings, workHoursNow, workHoursLater, testEvent, ageStretch,
  fireAlarm, recordNotifications, HOUR, MINUTE, withBrowser,
} from "./harness.mjs";

const TITLE = /^You've been sitting for \d+ h( \d+ min)?$/;
const notifications = (b) => b.inWorker(() => chrome.notifications.getAll());

/** A page, settings (by default allowing nudges now), and a stretch older than the interval. */
async function nudgeDue(b, settings = workHoursNow()) {
  const page = await b.newTab();
  await writeSettings(page, settings);
  assert.deepEqual(await testEvent(page, "idle", "active"), { ok: true });
  const created = await recordNotifications(b);
  await ageStretch(page, 2 * HOUR);
  return { page, created };
}

/** A second after the alarm, no nudge is shown and none was ever created. */
async function expectNoNudge(b, created) {
  await new Promise((r) => setTimeout(r, 1000));
  assert.deepEqual(await notifications(b), {});
  assert.deepEqual(await created(), []);
}

/** Collects console errors and uncaught errors from the worker and every page. */
function collectErrors(b) {
  const errors = [];
  const watch = (w) => w.on("console", (m) => m.type() === "error" && errors.push(`worker: ${m.text()}`));
  watch(b.worker);
  b.context.on("serviceworker", watch);
  b.context.on("weberror", (e) => errors.push(`weberror: ${e.error()}`));
  return errors;
}

test("the worker starts and loads its wasm with no errors", async () => {
  await withBrowser(async (b) => {
    const errors = collectErrors(b);
    const page = await b.newTab();
    // Both keys are written by the wasm's handler of the start-up "wake": it loaded and ran.
    const items = await until(async () => {
      const s = await storage(page);
      return s.sitting && s["debug:wakeups"] && s;
    }, { what: "the worker's keys" });
    assert.ok(items["debug:wakeups"].starts >= 1);
    assert.equal(items.sitting.schema, 1);
    assert.ok(items.sitting.stretch, "the first event starts a stretch (idle is assumed active)");
    // Its one alarm is set, and the page's status message is answered by the wasm.
    const alarm = await b.inWorker(() => chrome.alarms.get("sitting"));
    assert.ok(alarm && alarm.scheduledTime > Date.now());
    const status = JSON.parse(await page.evaluate(() => chrome.runtime.sendMessage({ type: "deskbreak/status" })));
    assert.ok(status.sat_ms >= 0);
    assert.equal(status.over_interval, false);

    // A restart (MV3 stops idle workers) loads the wasm again and continues the same stretch.
    const cdp = await b.context.newCDPSession(page);
    await cdp.send("ServiceWorker.enable");
    const stopped = new Promise((resolve) =>
      cdp.on("ServiceWorker.workerVersionUpdated", (e) => e.versions.some((v) => v.runningStatus === "stopped") && resolve()),
    );
    await cdp.send("ServiceWorker.stopAllWorkers");
    await stopped;
    // A message from the page wakes it again.
    const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: "deskbreak/status" }));
    assert.ok(JSON.parse(answer).sat_ms >= 0);
    const after = await until(async () => {
      const s = await storage(page);
      return s["debug:wakeups"].starts > items["debug:wakeups"].starts && s;
    }, { what: "the restarted worker to count its start" });
    assert.equal(after.sitting.stretch.started_ms, items.sitting.stretch.started_ms);

    assert.deepEqual(errors, []);
    assert.deepEqual(b.errors, []);
  });
});

test("a stretch older than the interval plus the alarm gives a nudge with both buttons", async () => {
  await withBrowser(async (b) => {
    const { page, created } = await nudgeDue(b);
    assert.deepEqual(await notifications(b), {}, "nothing before the alarm");
    await fireAlarm(b, page);
    const shown = await until(async () => {
      const all = await notifications(b);
      return Object.keys(all).length > 0 && all;
    }, { what: "a notification" });
    assert.deepEqual(Object.keys(shown), ["nudge"]);

    // What the worker asked Chrome to show (getAll lists ids only).
    const calls = await created();
    assert.equal(calls.length, 1);
    const [id, options] = calls[0];
    assert.equal(id, "nudge");
    assert.match(options.title, TITLE);
    assert.match(options.title, /^You've been sitting for 2 h/);
    assert.deepEqual(options.buttons.map((x) => x.title), ["Start", "Snooze 15 min"]);
    // It names today's pack and its length, the one the New Tab suggests.
    const packTitle = await page.getByRole("heading", { level: 1 }).first().textContent();
    assert.match(options.message, new RegExp(`Today's pack: ${packTitle.trim()} · about \\d+ min\\. Click to start it\\.`));
    assert.equal(options.type, "basic");
    assert.equal(options.iconUrl, "icons/icon128.png");

    const tracker = (await storage(page)).sitting;
    assert.equal(tracker.stretch.nudges_shown, 1);
  });
});

test("Start opens a new tab with today's routine running and clears the nudge", async () => {
  await withBrowser(async (b) => {
    const { page } = await nudgeDue(b);
    const packTitle = (await page.getByRole("heading", { level: 1 }).first().textContent()).trim();
    await fireAlarm(b, page);
    await until(async () => (await notifications(b)).nudge, { what: "the nudge" });

    const [tab, answer] = await Promise.all([
      b.context.waitForEvent("page", { timeout: 10000 }),
      testEvent(page, "notification-start"),
    ]);
    assert.deepEqual(answer, { ok: true });
    await tab.waitForLoadState();
    assert.ok(tab.url().startsWith(`${b.origin}/index.html`), tab.url());

    // The player runs at once: exercise 1 of N with its countdown, in today's pack.
    const player = tab.getByRole("region", { name: /.+/ }).filter({ has: tab.getByRole("timer") });
    await player.waitFor({ timeout: 10000 });
    await tab.getByText(/^1 of \d+ · .+ left$/).waitFor();
    const timer = tab.getByRole("timer", { name: "Time left in this exercise" });
    assert.match(await timer.textContent(), /^\d+:\d\d$/);
    assert.equal((await player.locator(".eyebrow").textContent()).trim(), packTitle);
    await tab.getByRole("button", { name: "Pause" }).waitFor();
    // The pack card was skipped, so its cautions and the health notice come in the player, on the
    // first step only.
    await player.getByRole("complementary", { name: "Before you start" }).waitFor();
    await player.getByRole("region", { name: "Check with a health professional first" }).waitFor();
    await tab.getByRole("button", { name: "Next" }).click();
    await until(async () => (await player.getByRole("complementary", { name: "Before you start" }).count()) === 0, {
      what: "the cautions to go after the first step",
    });
    // The countdown moves.
    const first = await timer.textContent();
    await until(async () => (await timer.textContent()) !== first, { what: "the countdown to move" });

    await until(async () => Object.keys(await notifications(b)).length === 0, { what: "the nudge to clear" });
    const tracker = (await storage(page)).sitting;
    assert.equal(tracker.stretch.routine_started, true);
    assert.equal(tracker.stretch.next_due_ms, null, "no more nudges in this stretch");
  });
});

test("Snooze leaves no notification until the snooze ends", async () => {
  await withBrowser(async (b) => {
    const { page, created } = await nudgeDue(b);
    await fireAlarm(b, page);
    await until(async () => (await notifications(b)).nudge, { what: "the nudge" });

    const snoozedAt = Date.now();
    assert.deepEqual(await testEvent(page, "notification-snooze"), { ok: true });
    await until(async () => Object.keys(await notifications(b)).length === 0, { what: "the nudge to clear" });
    // The one alarm now waits for the end of the snooze, 15 minutes on.
    const alarm = await b.inWorker(() => chrome.alarms.get("sitting"));
    assert.ok(Math.abs(alarm.scheduledTime - (snoozedAt + 15 * MINUTE)) < 30 * 1000, `${alarm.scheduledTime - snoozedAt} ms`);

    // An alarm during the snooze (say a wake-up) shows nothing.
    await fireAlarm(b, page);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(await notifications(b), {});
    assert.equal((await created()).length, 1);

    // Once the snooze is over, the nudge comes back.
    await ageStretch(page, 16 * MINUTE);
    await fireAlarm(b, page);
    await until(async () => (await notifications(b)).nudge, { what: "the nudge after the snooze" });
    const calls = await created();
    assert.equal(calls.length, 2);
    assert.match(calls[1][1].title, TITLE);
  });
});

test("outside work hours there is no notification, and the nudge waits for them", async () => {
  await withBrowser(async (b) => {
    const { page, created } = await nudgeDue(b, workHoursLater());
    await fireAlarm(b, page);
    await expectNoNudge(b, created);
    // Not dropped: an alarm is still set, and the stretch still owes its first nudge.
    const alarm = await b.inWorker(() => chrome.alarms.get("sitting"));
    assert.ok(alarm && alarm.scheduledTime > Date.now());
    const tracker = (await storage(page)).sitting;
    assert.equal(tracker.stretch.nudges_shown, 0);
    assert.ok(tracker.stretch.next_due_ms <= Date.now());

    // When the hours include now, the waiting nudge is delivered.
    await page.evaluate(
      (s) => chrome.storage.local.set({ settings: JSON.stringify(s) }),
      { ...tracker.settings, ...workHoursNow() },
    );
    await until(async () => (await notifications(b)).nudge, { what: "the nudge once inside work hours" });
    assert.match((await created())[0][1].title, TITLE);
  });
});

test("paused nudges give no notification", async () => {
  await withBrowser(async (b) => {
    const { page, created } = await nudgeDue(b, { ...workHoursNow(), nudges_paused_until: Date.now() + HOUR });
    await fireAlarm(b, page);
    await expectNoNudge(b, created);
  });
});

test("the debug wake-up counter counts the worker's starts and alarms, and nothing polls", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    const start = await until(async () => (await storage(page))["debug:wakeups"], { what: "the counter" });
    assert.ok(start.starts >= 1);
    assert.equal(start.alarms, 0);
    assert.ok(start.since_ms > 0 && start.since_ms <= Date.now());

    // Idle changes and messages are events, not wake-ups of the worker's own making.
    for (const state of ["idle", "active", "locked", "active"]) {
      assert.deepEqual(await testEvent(page, "idle", state), { ok: true });
    }
    assert.equal((await storage(page))["debug:wakeups"].alarms, 0);

    await fireAlarm(b, page);
    await fireAlarm(b, page);
    const after = (await storage(page))["debug:wakeups"];
    assert.equal(after.alarms, 2);
    assert.equal(after.since_ms, start.since_ms);

    // One alarm, not repeating, at least half an hour away when no nudge is near: no polling.
    const alarms = await b.inWorker(() => chrome.alarms.getAll());
    assert.equal(alarms.length, 1);
    assert.equal(alarms[0].name, "sitting");
    assert.equal(alarms[0].periodInMinutes, undefined);
    assert.ok(alarms[0].scheduledTime >= Date.now() + 29 * MINUTE);
  });
});

test("the test hook answers only the extension's own pages", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    // From our own page, a known event is taken and an unknown one is refused.
    assert.deepEqual(await testEvent(page, "idle", "locked"), { ok: true });
    assert.equal((await storage(page)).sitting.idle, "locked");
    const bad = await testEvent(page, "make-coffee");
    assert.match(String(bad.error), /unknown test event/);

    // An ordinary web page (served here without network) has no way to reach the worker: the
    // extension declares no externally_connectable, so chrome.runtime is not exposed to it.
    const web = await b.context.newPage();
    await web.route("https://example.test/**", (r) =>
      r.fulfill({ contentType: "text/html", body: "<!doctype html><title>web</title><p>hello</p>" }),
    );
    await web.goto("https://example.test/");
    const reach = await web.evaluate(async (id) => {
      const rt = globalThis.chrome?.runtime;
      if (!rt?.sendMessage) return "no chrome.runtime.sendMessage";
      try {
        await rt.sendMessage(id, { type: "deskbreak/test-event", event: "idle", value: "active" });
        return "sent";
      } catch (e) {
        return `refused: ${e.message}`;
      }
    }, b.id);
    assert.notEqual(reach, "sent");
    await new Promise((r) => setTimeout(r, 300));
    assert.equal((await storage(page)).sitting.idle, "locked", "the web page changed nothing");
  });
});
