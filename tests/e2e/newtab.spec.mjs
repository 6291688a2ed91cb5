// Issue 2: the New Tab page shows a catalog pack, with everything a user needs before starting.
import {
  test, assert, readCatalog, expectText, runToEnd, WED_10, withBrowser, start, startButton,
} from "./harness.mjs";

const { packs } = readCatalog();

/** The pack whose title is on the page now. */
async function shownPack(page) {
  const title = (await page.getByRole("heading", { level: 1 }).textContent()).trim();
  const pack = packs.find((p) => p.title === title);
  assert.ok(pack, `the page's heading "${title}" is not a catalog pack (${packs.map((p) => p.title).join(", ")})`);
  return pack;
}

/** The value next to a label in one of the pack's fact lists. */
const fact = (page, term) =>
  page
    .getByRole("article")
    .locator("dl > div")
    .filter({ has: page.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) }) })
    .getByRole("definition");

test("the page shows today's catalog pack with every section, and the safety advice before starting", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    const pack = await shownPack(page);

    await page.getByText(pack.tagline, { exact: true }).waitFor();

    const when = page.getByRole("region", { name: "When to reach for this pack" });
    assert.ok(await when.isVisible(), "'When to reach for this pack' is visible");
    assert.equal((await when.getByRole("paragraph").first().textContent()).trim(), pack.when);

    await expectText(fact(page, "Positions"), pack.positions);
    await expectText(fact(page, "Where"), pack.where);

    // The exercise list: its count in the heading and the facts, one item per exercise, in order.
    await expectText(fact(page, "Length"), `${pack.count} exercises · about ${pack.minutes} min of movement`);
    const list = page.getByRole("region", { name: `Exercises (${pack.count})` });
    assert.ok(await list.isVisible(), `the region "Exercises (${pack.count})" is visible`);
    const items = list.getByRole("listitem");
    assert.equal(await items.count(), pack.count);
    for (const [i, name] of pack.exercises.entries()) {
      assert.match(await items.nth(i).textContent(), new RegExp(`^${name}`), `exercise ${i + 1}`);
    }

    for (const heading of ["Why this happens", "Who this is for", "Frequently asked"]) {
      assert.ok(await page.getByRole("region", { name: heading }).isVisible(), `the section "${heading}" is visible`);
    }
    assert.ok(
      (await page.getByRole("region", { name: "Who this is for" }).getByRole("listitem").count()) >= 1,
      "'Who this is for' lists at least one goal",
    );

    // The FAQ is collapsible: every question is a closed <details>; opening one shows its answer.
    const faq = page.getByRole("region", { name: "Frequently asked" });
    assert.equal(await faq.locator("details").count(), pack.faq.length);
    assert.ok(pack.faq.length > 0, "the pack has FAQ entries");
    const first = faq.locator("details").first();
    const answer = first.getByRole("paragraph");
    assert.equal(await first.evaluate((d) => d.open), false, "the FAQ starts collapsed");
    assert.equal(await answer.isVisible(), false, "a collapsed answer is hidden");
    await faq.getByText(pack.faq[0], { exact: true }).click();
    await answer.waitFor({ state: "visible" });
    assert.equal(await first.evaluate((d) => d.open), true);

    // The safety advice is on the page before the routine starts, next to the Start button.
    const safety = page.getByRole("complementary", { name: "Before you start" });
    // Every caution sentence of "About this routine", not only the "Skip this if" one (issue 14).
    await expectText(safety.getByRole("list"), /Skip this if .*Not a substitute/);
    assert.ok(await safety.isVisible(), "the safety advice is visible");
    assert.ok(await startButton(page).isVisible(), "Start is visible");
  });
});

test("Start is reachable with Tab, shows a visible focus ring, and Enter starts the routine", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    const pack = await shownPack(page);
    const start = startButton(page);
    let focused = false;
    for (let i = 0; i < 25 && !focused; i++) {
      await page.keyboard.press("Tab");
      focused = await start.evaluate((el) => el === document.activeElement);
    }
    assert.ok(focused, "Tab reaches the Start button within 25 presses");
    const ring = await start.evaluate((el) => {
      const s = getComputedStyle(el);
      return { visible: el.matches(":focus-visible"), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    assert.ok(ring.visible, "the Start button matches :focus-visible");
    assert.ok(ring.style !== "none" && ring.width >= 2, `the focus outline shows (${JSON.stringify(ring)})`);

    await page.keyboard.press("Enter");
    await expectText(page.getByText(/^1 of \d+ · /), new RegExp(`^1 of ${pack.count} · `));
    assert.equal((await page.getByRole("heading", { level: 1 }).textContent()).trim(), pack.exercises[0]);
  });
});

test("chrome://newtab opens the extension's page", async () => {
  await withBrowser(async (b) => {
    const page = await b.context.newPage();
    await page.goto("chrome://newtab");
    const heading = page.getByRole("heading", { level: 1 });
    await heading.waitFor();
    const title = (await heading.textContent()).trim();
    assert.ok(packs.some((p) => p.title === title), `chrome://newtab shows a catalog pack ("${title}")`);
    const where = await page.evaluate(() => ({ href: location.href, id: chrome.runtime.id }));
    assert.equal(where.id, b.id, "the page is the extension's");
    assert.equal(where.href, `${b.origin}/index.html`);
    assert.ok(await startButton(page).isVisible());
  });
});

test("no console errors and no request leaves the extension, through the main flows", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    await page.getByRole("button", { name: "Another pack" }).click();
    await page.getByRole("button", { name: "Browse all packs" }).click();
    await page.getByRole("navigation", { name: "All packs" }).getByRole("button").first().click();
    await start(page);
    assert.match(await runToEnd(page), /^Break done/);
    await page.getByRole("button", { name: "Back to my new tab" }).click();
    await page.getByRole("button", { name: "Settings" }).click();
    await page.getByRole("dialog", { name: "Settings" }).waitFor();
    await page.keyboard.press("Escape");
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    // A second tab at the real time, for good measure.
    await b.newTab();

    assert.deepEqual(b.errors, [], "no console errors or uncaught exceptions");
    const outside = b.requests.filter(
      (u) => !u.startsWith(`${b.origin}/`) && !u.startsWith("data:") && !u.startsWith("blob:"),
    );
    assert.deepEqual(outside, [], "every request stays inside chrome-extension://");
    assert.ok(b.requests.some((u) => u.endsWith(".wasm")), "the request log saw the page's own files");
  });
});
