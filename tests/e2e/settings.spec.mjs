// Settings behind the gear (issue 4): validated, stored, and followed by other tabs and the worker.
import { test, assert, storage, until, openSettings, HOUR, MINUTE, withBrowser } from "./harness.mjs";

/** Types a value into a field and leaves it, which is when the page takes it. */
async function enter(field, value) {
  await field.fill(String(value));
  await field.press("Tab");
}

const stored = async (page) => (await storage(page)).settings;
const trackerSettings = async (page) => (await storage(page)).sitting?.settings;
// The message line is always in the dialog; it is hidden (display: none) while empty.
const alertText = async (dialog) =>
  ((await dialog.getByRole("alert", { includeHidden: true }).first().textContent()) ?? "").trim();

test("out-of-range numbers are refused with a message and never stored", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    const dialog = await openSettings(page);
    const NUDGE = ["Nudge after sitting for", "nudge_interval_min", /nudge interval must be between 30 and 180 minutes/];
    const GOAL = ["Daily goal", "daily_goal", /daily goal must be between 1 and 12 breaks/];
    const AWAY = ["Away time that ends a stretch", "away_min", /away time must be between 1 and 30 minutes/];
    // [field, a valid value entered first (it clears the message and is stored), a refused value]
    const cases = [
      [NUDGE, 60, 10],
      [NUDGE, 61, 500],
      [NUDGE, 62, 29],
      [NUDGE, 63, 181],
      [NUDGE, 64, 2.5],
      [GOAL, 4, 0],
      [GOAL, 5, 13],
      [AWAY, 6, 0],
      [AWAY, 7, 31],
    ];
    for (const [[label, key, message], valid, refused] of cases) {
      const field = dialog.getByRole("spinbutton", { name: label });
      await enter(field, valid);
      await until(async () => (await alertText(dialog)) === "" && (await stored(page))?.[key] === valid, {
        what: `${label} ${valid} to be taken`,
      });
      await enter(field, refused);
      const text = await until(async () => (await alertText(dialog)) || false, { what: `a message for ${label} ${refused}` });
      assert.match(text, message, `${label} = ${refused}`);
      assert.ok(await dialog.getByRole("alert").isVisible());
      await new Promise((r) => setTimeout(r, 200));
      assert.equal((await stored(page))[key], valid, `${label} = ${refused} was stored`);
      // The field shows the stored value again.
      await until(async () => (await field.inputValue()) === String(valid), { what: `${label} to show ${valid}` });
    }
    // The worker never saw a refused value either.
    const worker = await until(async () => {
      const t = await trackerSettings(page);
      return t?.away_min === 7 && t;
    }, { what: "the worker's settings" });
    assert.equal(worker.nudge_interval_min, 64);
    assert.equal(worker.daily_goal, 5);
  });
});

test("empty work hours and no work day are refused and never stored", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    const dialog = await openSettings(page);
    await enter(dialog.getByLabel("Work hours from"), "18:00");
    assert.match(await until(() => alertText(dialog)), /must not start and end at the same time/);
    // The field shows the stored start again.
    await until(async () => (await dialog.getByLabel("Work hours from").inputValue()) === "09:00", {
      what: "the start to show 09:00 again",
    });

    const days = dialog.getByRole("group", { name: "Work days" });
    let bits = 0b11111;
    for (const [i, d] of ["Mon", "Tue", "Wed", "Thu"].entries()) {
      await days.getByRole("checkbox", { name: d }).uncheck();
      bits &= ~(1 << i);
      await until(async () => (await stored(page))?.work_days === bits, { what: `${d} off to be stored` });
    }
    await days.getByRole("checkbox", { name: "Fri" }).click();
    assert.match(await until(() => alertText(dialog)), /Keep at least one work day/);
    // The page shows the day as still on, and storage kept it.
    await until(() => days.getByRole("checkbox", { name: "Fri" }).isChecked(), { what: "Fri to stay checked" });
    const s = await stored(page);
    assert.equal(s.work_days, 0b10000);
    assert.equal(s.work_start, 540);
    assert.equal(s.work_end, 1080);
  });
});

test("valid values are stored and persist across a reload", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    let dialog = await openSettings(page);
    await enter(dialog.getByRole("spinbutton", { name: "Nudge after sitting for" }), 45);
    await enter(dialog.getByRole("spinbutton", { name: "Away time that ends a stretch" }), 12);
    await enter(dialog.getByRole("spinbutton", { name: "Daily goal" }), 3);
    await enter(dialog.getByLabel("Work hours from"), "08:30");
    await enter(dialog.getByLabel("to", { exact: true }), "17:15");
    await dialog.getByRole("group", { name: "Work days" }).getByRole("checkbox", { name: "Sat" }).check();
    await dialog.getByRole("checkbox", { name: /Work days only/ }).check();
    await dialog.getByRole("group", { name: "Focus areas" }).getByRole("checkbox", { name: "Neck" }).check();
    await dialog.getByLabel("Theme").selectOption("dark");

    const s = await until(async () => {
      const s = await stored(page);
      return s?.theme === "dark" && s;
    }, { what: "the settings to be stored" });
    assert.equal(await alertText(dialog), "");
    assert.equal(s.nudge_interval_min, 45);
    assert.equal(s.away_min, 12);
    assert.equal(s.daily_goal, 3);
    assert.equal(s.work_start, 8 * 60 + 30);
    assert.equal(s.work_end, 17 * 60 + 15);
    assert.equal(s.work_days, 0b0111111);
    assert.equal(s.work_days_only, true);
    assert.deepEqual(s.focus, ["neck"]);

    await page.reload();
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    dialog = await openSettings(page);
    await until(async () => (await dialog.getByRole("spinbutton", { name: "Nudge after sitting for" }).inputValue()) === "45", {
      what: "45 after the reload",
    });
    assert.equal(await dialog.getByRole("spinbutton", { name: "Away time that ends a stretch" }).inputValue(), "12");
    assert.equal(await dialog.getByRole("spinbutton", { name: "Daily goal" }).inputValue(), "3");
    assert.equal(await dialog.getByLabel("Work hours from").inputValue(), "08:30");
    assert.equal(await dialog.getByLabel("to", { exact: true }).inputValue(), "17:15");
    assert.ok(await dialog.getByRole("group", { name: "Work days" }).getByRole("checkbox", { name: "Sat" }).isChecked());
    assert.ok(!(await dialog.getByRole("group", { name: "Work days" }).getByRole("checkbox", { name: "Sun" }).isChecked()));
    assert.ok(await dialog.getByRole("checkbox", { name: /Work days only/ }).isChecked());
    assert.ok(await dialog.getByRole("group", { name: "Focus areas" }).getByRole("checkbox", { name: "Neck" }).isChecked());
    assert.equal(await dialog.getByLabel("Theme").inputValue(), "dark");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
    // The streak panel follows the goal.
    await page.keyboard.press("Escape");
    await page.getByText("0 of 3 breaks").waitFor();
  });
});

test("a change in one tab applies at once in another open tab and in the worker", async () => {
  await withBrowser(async (b) => {
    const a = await b.newTab();
    const other = await b.newTab();
    const otherDialog = await openSettings(other);
    assert.equal(await otherDialog.getByRole("spinbutton", { name: "Nudge after sitting for" }).inputValue(), "90");
    await other.getByText("0 of 1 break").waitFor();

    const dialog = await openSettings(a);
    await enter(dialog.getByRole("spinbutton", { name: "Nudge after sitting for" }), 60);
    await enter(dialog.getByRole("spinbutton", { name: "Daily goal" }), 2);

    await until(async () => (await otherDialog.getByRole("spinbutton", { name: "Nudge after sitting for" }).inputValue()) === "60", {
      what: "the other tab to show 60",
    });
    await until(async () => (await otherDialog.getByRole("spinbutton", { name: "Daily goal" }).inputValue()) === "2");
    await other.getByText("0 of 2 breaks").waitFor();

    // The worker took them: its tracker's settings, and the first nudge now follows 60 minutes.
    const tracker = await until(async () => {
      const t = (await storage(a)).sitting;
      return t?.settings.nudge_interval_min === 60 && t.settings.daily_goal === 2 && t;
    }, { what: "the worker to take the new settings" });
    assert.equal(tracker.stretch.next_due_ms - tracker.stretch.started_ms, 60 * MINUTE);
  });
});

test("Pause nudges for 1 hour shows until when, and Resume ends it", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    const dialog = await openSettings(page);
    await dialog.getByText("Nudges are on.").waitFor();
    const clicked = Date.now();
    await dialog.getByRole("button", { name: "Pause nudges for 1 hour" }).click();
    const status = dialog.getByRole("status").filter({ hasText: "Nudges are paused until" });
    await status.waitFor();
    const text = (await status.textContent()).trim();
    // The page's local time is UTC here: HH:MM an hour from now.
    const expected = [0, 1].map((extra) => {
      const d = new Date(clicked + HOUR + extra * MINUTE);
      return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
    });
    assert.ok(expected.some((hm) => text.startsWith(`Nudges are paused until ${hm}, `)), `${text} vs ${expected}`);

    const s = await stored(page);
    assert.ok(Math.abs(s.nudges_paused_until - (clicked + HOUR)) < 10_000);
    await until(async () => (await trackerSettings(page))?.nudges_paused_until === s.nudges_paused_until, {
      what: "the worker to take the pause",
    });

    await dialog.getByRole("button", { name: "Resume nudges" }).click();
    await dialog.getByText("Nudges are on.").waitFor();
    assert.equal((await stored(page)).nudges_paused_until, null);
  });
});

test("the language menu lists the shipped languages, each in its own words, and stores the choice", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    const dialog = await openSettings(page);
    const menu = dialog.getByRole("combobox", { name: "Language" });
    const options = await menu.locator("option").evaluateAll((list) =>
      list.map((o) => ({ value: o.value, lang: o.getAttribute("lang"), text: o.textContent.trim() })),
    );
    // First the browser's language, named; then every shipped language (read from the page: the
    // list grows as languages ship), each once, named in its own language and marked as such.
    const [browser, ...languages] = options;
    assert.equal(browser.value, "");
    assert.match(browser.text, /^Browser default \(.+\)$/);
    assert.ok(languages.length >= 1, "at least one language");
    assert.deepEqual(languages.find((o) => o.value === "en"), { value: "en", lang: "en", text: "English" });
    assert.equal(new Set(languages.map((o) => o.value)).size, languages.length, "each language once");
    for (const o of languages) {
      assert.equal(o.lang, o.value, `${o.text} is marked as its language`);
      assert.ok(o.text, `${o.value} has a name`);
    }
    assert.equal(await menu.inputValue(), "", "nothing chosen: the browser's language");
    assert.equal((await stored(page))?.language ?? null, null);

    // Each choice is stored as it is made, and the page shows that language. The menu is found by
    // its id: its label is in the language just chosen.
    const select = page.locator("#language");
    for (const { value } of languages) {
      await select.selectOption(value);
      await until(async () => (await stored(page))?.language === value, { what: `${value} to be stored` });
      await until(async () => (await page.evaluate(() => document.documentElement.lang)) === value, {
        what: `the page in ${value}`,
      });
      assert.equal(await select.inputValue(), value);
    }
    await select.selectOption("en");
    await until(async () => (await stored(page))?.language === "en", { what: "English to be stored" });
    await select.selectOption("");
    await until(async () => (await stored(page))?.language === null, { what: "the browser's language to be stored" });
    assert.equal(await alertText(dialog), "");
  });
});
