// Issue 15: a first run that explains itself, and a catalog you can choose from.
import {
  test, assert, openSettings, readCatalog, expectText, until, withBrowser, startButton,
} from "./harness.mjs";

const welcome = (page) => page.getByRole("region", { name: "Welcome to Desk Break" });

test("the welcome card comes once, says when nudges come, adjusts them, and never returns", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    await welcome(page).waitFor();
    const text = await welcome(page).textContent();
    assert.match(text, /offline and privately/);
    assert.match(text, /nudge you with a quick move after 30 min and the full pack after 1 h 30 min of sitting, Mon–Fri 09:00–18:00/);
    // Today's pack stays first: the welcome sits beside it, after it in reading order.
    const order = await page.evaluate(() => {
      const pack = document.querySelector("article.pack");
      const card = document.querySelector(".welcome");
      return pack.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    assert.ok(order, "the welcome comes after today's pack");

    await welcome(page).getByRole("button", { name: "Adjust nudges" }).click();
    const dialog = page.getByRole("dialog", { name: "Settings" });
    await dialog.getByLabel("Work hours from").fill("08:00");
    await dialog.getByLabel("Work hours from").press("Tab");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expectText(welcome(page).getByRole("listitem").last(), /Mon–Fri 08:00–18:00/);

    // A second tab is not welcomed again, nor is this one once dismissed.
    const second = await b.newTab();
    await startButton(second).waitFor();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await welcome(second).count(), 0, "only the first tab welcomes");
    await welcome(page).getByRole("button", { name: "Got it" }).click();
    assert.equal(await welcome(page).count(), 0);
    await page.reload();
    await startButton(page).waitFor();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await welcome(page).count(), 0, "never again after dismissal");
  });
});

test("the catalog shows each pack's facts and filters by position and place, announcing the count", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    await page.getByRole("button", { name: "Browse all packs" }).click();
    const nav = page.getByRole("navigation", { name: "All packs" });
    const cards = nav.getByRole("listitem").getByRole("button");
    const all = readCatalog().packs.length;
    await until(async () => (await cards.count()) === all, { what: "every pack listed" });
    // A card: its title as its name, the tagline and facts as its description.
    const lowerBack = nav.getByRole("button", { name: "Lower Back", exact: true });
    assert.match(await lowerBack.getAttribute("aria-describedby"), /^catalog-about-/);
    assert.match(await lowerBack.textContent(), /sitting, standing, floor · anywhere · about \d+ min of movement/);

    await nav.getByRole("group", { name: "Position" }).getByRole("radio", { name: "Standing" }).check();
    await until(async () => (await cards.count()) < all, { what: "the list to narrow" });
    for (const text of await cards.allTextContents()) assert.match(text, /standing/, `a standing pack: ${text}`);
    const n = await cards.count();
    await expectText(nav.getByRole("status"), `${n} packs shown`);

    await nav.getByRole("group", { name: "Position" }).getByRole("radio", { name: "Floor" }).check();
    await until(async () => (await cards.count()) === 1, { what: "only the floor pack" });
    await nav.getByRole("group", { name: "Place" }).getByRole("radio", { name: "At a desk" }).check();
    await expectText(nav.getByRole("status"), "No pack matches these filters.");
    await nav.getByRole("group", { name: "Position" }).getByRole("radio", { name: "Any", exact: true }).check();
    await nav.getByRole("group", { name: "Place" }).getByRole("radio", { name: "Any", exact: true }).check();
    await until(async () => (await cards.count()) === all, { what: "every pack again" });
  });
});
