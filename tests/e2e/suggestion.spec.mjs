// Issue 2: today's suggestion is shared by every tab of one day and part of day, changes the next
// day, and the user can ask for another pack or browse the whole catalog.
import { test, assert, readCatalog, expectText, DAY, WED_10, withBrowser, startButton } from "./harness.mjs";

const { packs } = readCatalog();

const title = async (page) => (await page.getByRole("heading", { level: 1 }).textContent()).trim();

test("two tabs in the same day and part of day show the same pack", async () => {
  await withBrowser(async (b) => {
    const first = await b.newTab({ clock: WED_10 });
    const second = await b.newTab({ clock: WED_10 });
    const later = await b.newTab({ clock: WED_10 + 50 * 60 * 1000 }); // 10:50, still the morning
    const t = await title(first);
    assert.ok(packs.some((p) => p.title === t), `"${t}" is a catalog pack`);
    assert.equal(await title(second), t, "a second tab agrees");
    assert.equal(await title(later), t, "a tab later in the same part of the day agrees");
    await expectText(first.getByText(/^Today's pack · /), /^Today's pack · morning$/i);
  });
});

test("the next day, at the same time, suggests a different pack (never yesterday's)", async () => {
  await withBrowser(async (b) => {
    // A whole week of mornings: each day's pick differs from the day before.
    const titles = [];
    for (let d = 0; d < 8; d++) {
      const page = await b.newTab({ clock: WED_10 + d * DAY });
      titles.push(await title(page));
      await page.close();
    }
    for (let d = 1; d < titles.length; d++) {
      assert.notEqual(titles[d], titles[d - 1], `day ${d} repeats day ${d - 1}'s pack (${titles.join(" / ")})`);
    }
  });
});

test("'Another pack' shows a different pack, and 'Back to today's pack' returns to today's pick", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    const today = await title(page);
    await page.getByRole("button", { name: "Another pack" }).click();
    const other = await title(page);
    assert.notEqual(other, today, "'Another pack' changes the pack");
    assert.ok(packs.some((p) => p.title === other), `"${other}" is a catalog pack`);
    await expectText(page.getByText(/^(Another pack|Today's pack · .*)$/).first(), "Another pack");
    await page.getByRole("button", { name: "Another pack" }).click();
    const third = await title(page);
    assert.ok(third !== today && third !== other, "pressing it again shows yet another pack");

    await page.getByRole("button", { name: "Back to today's pack" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), today);
    // Today's pick was not lost: a new tab still shows it.
    const fresh = await b.newTab({ clock: WED_10 });
    assert.equal(await title(fresh), today);
  });
});

test("pressing 'Another pack' repeatedly reaches the seed pack, with its demo link and safety text", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    const seen = [await title(page)];
    for (let i = 0; i < packs.length && seen.at(-1) !== "Back Pain"; i++) {
      await page.getByRole("button", { name: "Another pack" }).click();
      seen.push(await title(page));
    }
    assert.equal(seen.at(-1), "Back Pain", `"Back Pain" never came up: ${seen.join(" / ")}`);

    // The video link sits beside Watch the demo, and says whose version of the routine it shows.
    const demo = page.getByRole("link", { name: "Watch Wakeout's video of this routine" });
    assert.ok(await demo.isVisible(), "the demo link is visible");
    assert.equal(await demo.getAttribute("href"), "https://wakeout-assets.b-cdn.net/demos/backPain.mp4");
    assert.equal(await demo.getAttribute("target"), "_blank");
    assert.ok((await demo.getAttribute("rel")).split(/\s+/).includes("noopener"), "rel has noopener");

    const safety = page.getByRole("complementary", { name: "Before you start" });
    assert.ok(await safety.getByText(/Skip this if pain radiates down a leg/).isVisible(), "the safety text shows");
    assert.ok(await startButton(page).isVisible());
  });
});

test("'Browse all packs' lists every pack of the catalog, and choosing one shows it", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    const today = await title(page);
    const browse = page.getByRole("button", { name: "Browse all packs" });
    assert.equal(await browse.getAttribute("aria-expanded"), "false");
    await browse.click();
    assert.equal(await browse.getAttribute("aria-expanded"), "true");

    const nav = page.getByRole("navigation", { name: "All packs" });
    // Every pack's card, and beside them "Make your own" (a fresh profile has no routines yet).
    await nav.getByRole("button", { name: "Make your own" }).waitFor();
    const buttons = nav.getByRole("button").filter({ hasNotText: "Make your own" });
    assert.equal(await buttons.count(), packs.length);
    assert.ok(packs.length >= 12, `the catalog has at least 12 packs (${packs.length})`);
    const names = await buttons.allTextContents();
    for (const p of packs) {
      assert.ok(
        names.some((n) => n.startsWith(p.title) && n.includes(`${p.count} exercises`)),
        `"${p.title}" is listed with its ${p.count} exercises`,
      );
    }

    const pick = packs.find((p) => p.title !== today);
    await nav.getByRole("button", { name: new RegExp(`^${pick.title}`) }).click();
    await expectText(page.getByRole("heading", { level: 1 }), pick.title);
    await page.getByText(pick.tagline, { exact: true }).waitFor();
    assert.equal(await nav.count(), 0, "the list closes after a pick");
  });
});
