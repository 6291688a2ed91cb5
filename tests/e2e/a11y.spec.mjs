// Accessibility (issue 5): axe-core on every screen in both colour schemes, a keyboard-only run
// from new tab to completed break to settings, visible focus, and reduced motion.
import { test, assert, storage, breakKeys, until, withBrowser, start, axe } from "./harness.mjs";

/** Runs a started routine to its end on the page's fake clock, a minute at a time. */
async function finishRoutine(page) {
  const done = page.getByRole("heading", { level: 1, name: "Break done — nice work!" });
  for (let i = 0; i < 40 && !(await done.isVisible()); i++) await page.clock.runFor(60_000);
  await done.waitFor({ timeout: 5000 });
}

/** What has focus: its role-ish description, and whether its focus ring shows. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: "BODY" };
    const s = getComputedStyle(el);
    const ring = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
    // The import button is a label around a visually hidden file input; the label shows the ring.
    const wrap = el.closest(".file-button");
    const wrapRing = wrap && getComputedStyle(wrap).outlineStyle !== "none";
    // A time input has inner stops (hours, minutes, AM/PM, the picker button). On the picker
    // button Chromium drops :focus-visible from the input and rings the button itself, inside
    // its shadow root, where computed styles cannot reach (checked on a screenshot).
    const timePicker = el.matches('input[type="time"]:focus-within') && !el.matches(":focus");
    return {
      tag: el.tagName,
      name: (el.getAttribute("aria-label") || el.textContent || el.id || "").trim().slice(0, 60),
      visible: timePicker || (el.matches(":focus-visible") && (ring || Boolean(wrapRing))),
      outline: `${s.outlineStyle} ${s.outlineWidth}`,
    };
  });

/** Presses Tab (or Shift+Tab) until `match(focused)` holds; returns every stop passed. */
async function tabTo(page, match, { back = false, max = 60 } = {}) {
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    stops.push(f);
    if (match(f)) return stops;
  }
  throw new Error(`never reached the target; stops: ${stops.map((s) => `${s.tag}:${s.name}`).join(" | ")}`);
}

for (const colorScheme of ["light", "dark"]) {
  test(`axe: no serious or critical violations on the new tab, player, completion and settings (${colorScheme})`, async () => {
    await withBrowser({ colorScheme }, async (b) => {
      const page = await b.newTab({ clock: Date.now() });
      // The scheme really applies: a dark page has a dark background, a light one a light one.
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, bl] = bg.match(/\d+/g).map(Number);
      const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * bl) / 255;
      assert.ok(colorScheme === "dark" ? luminance < 0.3 : luminance > 0.7, `${colorScheme} background ${bg}`);

      // A fresh profile: the first-run welcome is on the page.
      await page.getByRole("region", { name: "Welcome to Desk Break" }).waitFor();
      await axe(page, `new tab with the welcome (${colorScheme})`);
      // The FAQ open and the catalog shown and filtered, so their content is checked too.
      await page.getByRole("button", { name: "Browse all packs" }).click();
      await page.getByRole("group", { name: "Position" }).getByRole("radio", { name: "Standing" }).check();
      await page.locator("details summary").first().click();
      await axe(page, `new tab with catalog and FAQ (${colorScheme})`);
      // The routine editor, with moves in it and a refusal shown.
      await page.getByRole("button", { name: "Make your own" }).click();
      const editor = page.getByRole("region", { name: "Make your own routine" });
      await editor.getByRole("button", { name: "Add Chin Tucks", exact: true }).click();
      await editor.getByRole("button", { name: "Add Wrist Circles", exact: true }).click();
      await editor.getByRole("button", { name: "Save routine" }).click();
      await editor.getByRole("alert").getByText("Give your routine a name.").waitFor();
      await axe(page, `routine editor (${colorScheme})`);
      await editor.getByRole("button", { name: "Cancel" }).click();

      await start(page);
      await page.getByRole("timer").waitFor();
      await axe(page, `player (${colorScheme})`);
      await page.getByRole("button", { name: "Pause" }).click();
      await page.getByText("Paused", { exact: true }).waitFor();
      await axe(page, `player paused (${colorScheme})`);
      await page.getByRole("button", { name: "Resume" }).click();

      await finishRoutine(page);
      await until(async () => breakKeys(await storage(page)).length === 1, { what: "the break" });
      await page.getByRole("group", { name: /right now\?$/ }).waitFor();
      await axe(page, `completion (${colorScheme})`);

      await page.getByRole("button", { name: "Back to my new tab" }).click();
      // The heatmap with today's break, a day focused and its caption showing.
      await page.getByRole("grid", { name: "Last 12 weeks" }).getByRole("gridcell", { name: /^Today, .*: 1 break/ }).focus();
      await page.keyboard.press("ArrowUp");
      await axe(page, `new tab with a heatmap day focused (${colorScheme})`);
      await page.getByRole("button", { name: "Settings" }).click();
      await page.getByRole("dialog", { name: "Settings" }).waitFor();
      await axe(page, `settings (${colorScheme})`);
      // With a refusal message showing.
      const goal = page.getByRole("spinbutton", { name: "Daily goal" });
      await goal.fill("0");
      await goal.press("Tab");
      await page.getByRole("dialog").getByRole("alert").waitFor();
      await axe(page, `settings with an error (${colorScheme})`);
    });
  });
}

test("keyboard only: new tab → Start → completed break → back → settings changed → Escape", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: Date.now() });
    const unringed = [];
    const note = (stops) => unringed.push(...stops.filter((s) => s.tag !== "BODY" && !s.visible));

    // The skip link comes first, then the gear; Start is reachable by Tab.
    const first = await tabTo(page, () => true);
    assert.equal(first[0].name, "Skip to content");
    note(first);
    // Its text is "Start · 9 min"; its accessible name is "Start".
    note(await tabTo(page, (f) => f.tag === "BUTTON" && /^Start · \d+ min$/.test(f.name)));
    await page.keyboard.press("Enter");
    await page.getByRole("timer").waitFor();

    // Space pauses and resumes; the routine then runs to its end on the fake clock.
    await page.keyboard.press("Space");
    await page.getByText("Paused", { exact: true }).waitFor();
    await page.keyboard.press("Space");
    await until(async () => (await page.getByText("Paused", { exact: true }).count()) === 0, { what: "resume" });
    await finishRoutine(page);
    await until(async () => breakKeys(await storage(page)).length === 1, { what: "the break to count" });
    await page.getByText("This break counts toward your streak.").waitFor();

    // Focus lands on "Back to my new tab".
    const back = await focused(page);
    assert.equal(back.name, "Back to my new tab");
    // The after check-in, by keyboard.
    note(await tabTo(page, (f) => f.name === "4", { back: true }));
    await page.keyboard.press("Enter");
    await until(async () => (await storage(page))[breakKeys(await storage(page))[0]].checkin_after === 4, {
      what: "the check-in to be saved",
    });
    note(await tabTo(page, (f) => f.name === "Back to my new tab"));
    await page.keyboard.press("Enter");
    await page.getByText("1 of 1 break").waitFor();

    // Settings with the keyboard: open, change the daily goal, close with Escape.
    note(await tabTo(page, (f) => f.name === "Settings"));
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Settings" });
    await dialog.waitFor();
    note(await tabTo(page, (f) => f.tag === "INPUT" && f.name === "daily-goal"));
    await page.keyboard.press("Control+A");
    await page.keyboard.type("3");
    note(await tabTo(page, () => true));
    await until(async () => (await storage(page)).settings?.daily_goal === 3, { what: "goal 3 to be stored" });
    // Tab stays inside the open dialog.
    const inside = await tabTo(page, () => false, { max: 50 }).catch((e) => e);
    assert.ok(inside instanceof Error);
    assert.ok(await page.evaluate(() => document.querySelector("dialog").contains(document.activeElement)));
    await page.keyboard.press("Escape");
    await until(async () => !(await dialog.isVisible()), { what: "the dialog to close" });
    assert.equal((await focused(page)).name, "Settings", "focus returns to the gear");
    await page.getByText("1 of 3 breaks").waitFor();

    assert.deepEqual(unringed, [], "every focus stop shows a focus ring");
  });
});

test("focus is visible on every Tab stop of the new tab", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    const stops = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      const f = await focused(page);
      if (stops.length && f.tag === stops[0].tag && f.name === stops[0].name) break;
      stops.push(f);
    }
    assert.ok(stops.length >= 10, `${stops.length} stops`);
    const bad = stops.filter((s) => s.tag !== "BODY" && !s.visible);
    assert.deepEqual(bad, []);
    // And the ring is the page's own 3 px outline.
    await page.getByRole("button", { name: "Settings" }).focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    assert.match((await focused(page)).outline, /^solid 3px$/);
  });
});

test("prefers-reduced-motion: reduce turns transitions and animations off", async () => {
  const transitions = async (reducedMotion) => {
    return withBrowser({ reducedMotion }, async (b) => {
      const page = await b.newTab();
      await start(page);
      await page.getByRole("timer").waitFor();
      return await page.evaluate(() => {
        const moving = [];
        for (const el of document.querySelectorAll("*")) {
          const s = getComputedStyle(el);
          const t = s.transitionDuration.split(",").some((d) => parseFloat(d) > 0);
          const a = s.animationName !== "none" && s.animationDuration.split(",").some((d) => parseFloat(d) > 0);
          if (t || a) moving.push(`${el.tagName}.${el.className}`);
        }
        return { moving, running: document.getAnimations().length };
      });
    });
  };
  const normal = await transitions("no-preference");
  assert.ok(normal.moving.length > 0, "the page has transitions to turn off");
  const reduced = await transitions("reduce");
  assert.deepEqual(reduced.moving, []);
  assert.equal(reduced.running, 0);
});
