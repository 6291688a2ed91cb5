// Issue 11 part 4: your own routine, made from the exercise library, started like any pack, and
// carried to a fresh profile by export and import.
import { readFileSync } from "node:fs";
import { test, assert, expectText, poll, storage, openSettings, importFile, withBrowser, start, settled } from "./harness.mjs";

const NAME = "My desk mix";
const CHOSEN = ["Shoulder Rolls", "Wrist Circles", "Chin Tucks"];

const catalogNav = (page) => page.getByRole("navigation", { name: "All packs" });
const routineKeys = (items) => Object.keys(items).filter((k) => k.startsWith("routine:"));

async function closeSettings(page) {
  await page.getByRole("dialog", { name: "Settings" }).getByRole("button", { name: "Close" }).click();
  await page.getByRole("dialog", { name: "Settings" }).waitFor({ state: "hidden" });
}

/** The moves of the routine being made, in order, as the editor lists them. */
async function chosen(editor) {
  return (await editor.locator(".routine-steps .step-name").allTextContents()).map((t) => t.trim());
}

/** Makes the routine through Browse all packs → Make your own, checking the editor's refusals. */
async function makeRoutine(page) {
  await page.getByRole("button", { name: "Browse all packs" }).click();
  await catalogNav(page).getByRole("button", { name: "Make your own" }).click();
  const editor = page.getByRole("region", { name: "Make your own routine" });
  const save = editor.getByRole("button", { name: "Save routine" });
  const alert = editor.getByRole("alert");
  // The button that opened it is gone: the focus is on the name, ready to type.
  await poll(() => editor.getByLabel("Name").evaluate((el) => el === document.activeElement), { message: "name focused" });

  await save.click();
  await expectText(alert, "Give your routine a name.");
  await editor.getByLabel("Name").fill("x".repeat(61));
  await save.click();
  await expectText(alert, "The name is 61 characters long; keep it to 60 or fewer.");
  await editor.getByLabel("Name").fill(`  ${NAME} `);
  await save.click();
  await expectText(alert, "Pick at least one exercise.");
  assert.deepEqual(routineKeys(await storage(page)), [], "a refused routine stores nothing");

  // Added in the order Chin Tucks, Shoulder Rolls, Wrist Circles, then Chin Tucks moved to the end
  // with the keyboard.
  for (const name of ["Chin Tucks", "Shoulder Rolls", "Wrist Circles"]) {
    await editor.getByRole("button", { name: `Add ${name}`, exact: true }).click();
  }
  await editor.getByRole("button", { name: "Move Chin Tucks down" }).focus();
  await page.keyboard.press("Enter");
  await poll(async () => (await chosen(editor))[1] === "Chin Tucks", { message: "Chin Tucks moved down" });
  // The focus followed the move, so Enter moves it once more.
  await page.keyboard.press("Enter");
  await poll(async () => JSON.stringify(await chosen(editor)) === JSON.stringify(CHOSEN), { message: "the order" });
  await expectText(editor.getByRole("status"), "Chin Tucks is now 3 of 3.");
  await save.click();
  await expectText(page.getByRole("heading", { level: 1 }), NAME);
}

test("a routine of your own: made, started, exported and imported into a fresh profile", async () => {
  let file;
  await withBrowser(async (b) => {
    const page = await b.newTab();
    await makeRoutine(page);

    const items = await storage(page);
    const keys = routineKeys(items);
    assert.equal(keys.length, 1);
    const stored = items[keys[0]];
    assert.deepEqual(stored, { v: 1, id: keys[0].slice("routine:".length), name: NAME, exercises: CHOSEN });

    // Shown like any pack: its moves in order, then started.
    const list = page.getByRole("region", { name: /^Exercises/ }).getByRole("listitem");
    assert.deepEqual((await list.locator(".exercise-name").allTextContents()).map((t) => t.trim()), CHOSEN);
    await start(page);
    await expectText(page.getByRole("heading", { level: 1 }), CHOSEN[0]);
    await page.keyboard.press("Escape");
    await page.getByRole("heading", { level: 1, name: /^(Routine ended|Routine finished)/ }).waitFor();

    const dialog = await openSettings(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Export data" }).click(),
    ]);
    file = readFileSync(await download.path(), "utf8");
    assert.deepEqual(JSON.parse(file).routines, [stored]);
    await closeSettings(page);
    assert.deepEqual(b.errors, []);
  });

  await withBrowser(async (b) => {
    const page = await b.newTab();
    const { shown } = await importFile(page, file);
    assert.equal(shown, "Added 1 routine of your own.");
    await closeSettings(page);
    await page.getByRole("button", { name: "Browse all packs" }).click();
    const own = catalogNav(page).getByRole("region", { name: "Your routines" });
    await own.getByRole("button", { name: NAME, exact: true }).click();
    await expectText(page.getByRole("heading", { level: 1 }), NAME);
    await start(page);
    await expectText(page.getByRole("heading", { level: 1 }), CHOSEN[0]);

    // Importing the same file again adds nothing, and says so.
    await page.keyboard.press("Escape");
    const again = await importFile(page, file);
    assert.match(again.shown, /1 routine of your own was already here\./);
    assert.equal(routineKeys(await storage(page)).length, 1);
    assert.deepEqual(b.errors, []);
  });
});

test("a file with a routine of unknown moves is refused and changes nothing", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    await settled(page);
    const before = await storage(page);
    const bad = {
      format: "deskbreak-export",
      version: 1,
      exported_at: 0,
      breaks: [],
      routines: [{ v: 1, id: "abc", name: "Sneaky", exercises: ["Shoulder Rolls", "Moonwalk"] }],
    };
    const { shown } = await importFile(page, JSON.stringify(bad));
    assert.equal(
      shown,
      'Routine number 1 in this file can\'t be imported: "Moonwalk" isn\'t an exercise in the library. Nothing was changed.',
    );
    assert.deepEqual(await storage(page), before);
  });
});

test("a routine of your own can be changed and deleted; its key is the same until it is gone", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    await page.getByRole("button", { name: "Browse all packs" }).click();
    await catalogNav(page).getByRole("button", { name: "Make your own" }).click();
    let editor = page.getByRole("region", { name: "Make your own routine" });
    await editor.getByLabel("Name").fill("Short one");
    await editor.getByRole("button", { name: "Add Wrist Circles", exact: true }).click();
    await editor.getByRole("button", { name: "Save routine" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Short one");
    const [key] = routineKeys(await storage(page));

    await page.getByRole("button", { name: "Browse all packs" }).click();
    await catalogNav(page).getByRole("button", { name: "Change Short one" }).click();
    editor = page.getByRole("region", { name: "Change your routine" });
    assert.equal(await editor.getByLabel("Name").inputValue(), "Short one");
    await editor.getByLabel("Name").fill("Longer one");
    await editor.getByRole("button", { name: "Add Chin Tucks", exact: true }).click();
    await editor.getByRole("button", { name: "Remove Wrist Circles" }).click();
    await editor.getByRole("button", { name: "Save routine" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Longer one");
    const items = await storage(page);
    assert.deepEqual(routineKeys(items), [key]);
    assert.deepEqual(items[key].exercises, ["Chin Tucks"]);

    await page.getByRole("button", { name: "Browse all packs" }).click();
    await catalogNav(page).getByRole("button", { name: "Change Longer one" }).click();
    await page.getByRole("button", { name: "Delete this routine" }).click();
    await poll(async () => routineKeys(await storage(page)).length === 0, { message: "the routine deleted" });
    // The page no longer offers it, and shows a catalog pack again.
    assert.equal(await catalogNav(page).getByRole("button", { name: "Longer one", exact: true }).count(), 0);
    assert.notEqual((await page.getByRole("heading", { level: 1 }).textContent()).trim(), "Longer one");
    assert.deepEqual(b.errors, []);
  });
});
