// Issue 14: every caution of a pack is shown before the routine starts, with the general health
// notice (red flags every pack shares) beside it and in Settings.
import { test, assert, showPack, expectText, WED_10, withBrowser, startButton } from "./harness.mjs";

const NOTICE = "Check with a health professional first";

test("the Lower Back pack's 'Before you start' box shows the urgent-care warning and how to get down to the floor", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    await showPack(page, "Lower Back");
    const safety = page.getByRole("complementary", { name: "Before you start" });
    const text = await expectText(safety.getByRole("list"), /Seek urgent care/);
    // The sentence the old box cut off, whole and as its own item, and the ones after it.
    const items = (await safety.getByRole("listitem").allTextContents()).map((t) => t.trim());
    assert.ok(
      items.includes(
        "Seek urgent care for numbness around the groin or buttocks or new trouble controlling your bladder or bowels.",
      ),
      JSON.stringify(items),
    );
    assert.match(text, /Skip this if pain travels down a leg below the knee/);
    assert.match(text, /If you are pregnant, skip the floor stage/);
    assert.match(text, /Not a substitute for medical care/);
    assert.match(text, /kneel with a hand on your desk or a chair that cannot roll/);
    assert.match(text, /roll onto your side, push up to your hands and knees/);
    assert.ok(await safety.isVisible(), "the box is visible");
  });
});

test("the general health notice is shown with today's pack before the routine starts, and in Settings", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    const card = page.getByRole("article");
    const notice = card.getByRole("region", { name: NOTICE });
    assert.ok(await notice.isVisible(), "the notice is on the pack card");
    const signs = (await notice.getByRole("listitem").allTextContents()).join(" ");
    for (const sign of [
      /severe, getting worse or spreading/,
      /numbness, tingling or weakness/,
      /numbness around the groin or buttocks, or new trouble with your bladder or bowels: get urgent care/,
      /fever, weight loss you can't explain, or a history of cancer/,
      /recent injury, fall or surgery/,
      /pregnancy, or osteoporosis/,
    ]) {
      assert.match(signs, sign);
    }
    // It sits with the pack's own cautions, right after Start and before anything else of the pack.
    const start = startButton(card);
    const order = await page.evaluate(() => {
      const at = (el) => [...document.querySelectorAll("article *")].indexOf(el);
      return {
        start: at(document.querySelector("button.start")),
        safety: at(document.querySelector("aside.safety")),
        notice: at(document.querySelector("article .health-notice")),
        when: at(document.querySelector("#when-title")),
      };
    });
    assert.ok(order.start < order.safety && order.safety < order.notice && order.notice < order.when, JSON.stringify(order));

    // Another pack: the notice stays.
    await showPack(page, "Wrists & Forearms");
    assert.ok(await card.getByRole("region", { name: NOTICE }).isVisible(), "the notice shows for every pack");

    // Starting the routine leaves the card (and the notice) behind.
    await start.click();
    await page.getByText(/^1 of \d+ · /).waitFor();
    assert.equal(await page.getByRole("region", { name: NOTICE }).count(), 0);
    await page.keyboard.press("Escape");

    // Settings carry the same notice.
    await page.getByRole("button", { name: "Settings" }).click();
    const dialog = page.getByRole("dialog", { name: "Settings" });
    const inSettings = dialog.getByRole("region", { name: NOTICE });
    assert.ok(await inSettings.isVisible(), "the notice is in Settings");
    assert.match(await inSettings.textContent(), /get urgent care/);
  });
});
