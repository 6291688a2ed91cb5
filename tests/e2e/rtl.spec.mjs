// Right to left: the style sheet is written in logical properties, so with dir="rtl" the page
// mirrors (the brand at the right edge, the side column on the left, the cautions' bar on their
// right), while the exercise figures are drawn exactly as left to right: a figure's left arm is
// the one the step names. Until Arabic ships, dir="rtl" is set on the English page by script.
import { test, assert, withBrowser, start, axe, openSettings, WED_10 } from "./harness.mjs";

const rtl = (page) => page.evaluate(() => document.documentElement.setAttribute("dir", "rtl"));
const box = (locator) => locator.evaluate((el) => el.getBoundingClientRect().toJSON());

/** Every element from `el` up to <html> with a transform that flips it along x. */
const mirroring = (locator) =>
  locator.evaluate((el) => {
    const flips = [];
    for (let e = el; e; e = e.parentElement) {
      const t = getComputedStyle(e).transform;
      const a = t.startsWith("matrix(") ? Number(t.slice(7).split(",")[0]) : 1;
      if (a < 0) flips.push(`${e.tagName.toLowerCase()}.${e.getAttribute("class")}: ${t}`);
    }
    return flips;
  });

test("right to left the page mirrors: brand at the right, side column on the left, cautions barred on the right", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    await page.getByRole("region", { name: "Welcome to Desk Break" }).waitFor();
    const bar = page.getByRole("banner");
    const brand = bar.locator(".brand");
    const gear = bar.getByRole("button", { name: "Settings" });
    const pack = page.locator("article.pack");
    const side = page.getByRole("complementary", { name: "Break streak" });

    const ltr = { brand: await box(brand), gear: await box(gear), pack: await box(pack), side: await box(side) };
    assert.ok(ltr.brand.x < ltr.gear.x && ltr.pack.x < ltr.side.x, "left to right first");

    await rtl(page);
    const [barBox, brandBox, gearBox, packBox, sideBox] = await Promise.all([bar, brand, gear, pack, side].map(box));
    const padding = await bar.evaluate((el) => parseFloat(getComputedStyle(el).paddingInlineStart));
    assert.ok(Math.abs(brandBox.right - (barBox.right - padding)) < 1, `the brand ends at the bar's right edge (${brandBox.right} vs ${barBox.right - padding})`);
    assert.ok(gearBox.right < brandBox.x, "the gear is at the other end, on the left");
    assert.ok(sideBox.right < packBox.x, "the side column is on the left of the pack");
    // Each mirrored box sits where its twin did, measured from the other edge.
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    assert.ok(Math.abs(width - brandBox.right - ltr.brand.x) < 1, "the brand is the mirror image of its place");

    // The cautions' warning bar is on their start side: the right.
    const safety = page.locator(".safety").first();
    const border = await safety.evaluate((el) => [getComputedStyle(el).borderRightWidth, getComputedStyle(el).borderLeftWidth]);
    assert.deepEqual(border, ["4px", "0px"]);
    // Lists are indented from the right, where their numbers are.
    const indent = await page.locator(".exercise-list").evaluate((el) => [getComputedStyle(el).paddingRight, getComputedStyle(el).paddingLeft]);
    assert.deepEqual(indent, ["24px", "0px"]);
  });
});

test("right to left the figures are not mirrored, and the player reads from the right", async () => {
  // Reduced motion: the figure holds its still pose, so the two drawings can be compared.
  await withBrowser({ reducedMotion: "reduce" }, async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    await start(page);
    const figure = page.locator(".player-figure svg.figure");
    await figure.waitFor();
    const before = { markup: await figure.innerHTML(), picture: await figure.screenshot() };

    await rtl(page);
    assert.deepEqual(await mirroring(figure), [], "nothing flips the figure or what holds it");
    assert.equal(await figure.evaluate((el) => getComputedStyle(el).direction), "ltr");
    assert.equal(await figure.innerHTML(), before.markup, "the same drawing");
    assert.ok((await figure.screenshot()).equals(before.picture), "the figure looks exactly as it does left to right");

    // The controls run from the right: Previous on the right, Next on the left.
    const [previous, next] = [
      await box(page.getByRole("button", { name: "Previous" })),
      await box(page.getByRole("button", { name: "Next" })),
    ];
    assert.ok(next.right < previous.x, `Next (x=${next.x}) left of Previous (x=${previous.x})`);
    // The steps start at the right, and the bar fills from the right.
    const list = page.locator(".steps");
    assert.equal(await list.evaluate((el) => getComputedStyle(el).textAlign), "start");
    assert.equal(await page.getByRole("progressbar").evaluate((el) => getComputedStyle(el).direction), "rtl");
  });
});

test("right to left the catalog's poses and the demo's figure are drawn as left to right", async () => {
  await withBrowser({ reducedMotion: "reduce" }, async (b) => {
    const page = await b.newTab({ clock: WED_10 });
    await page.getByRole("button", { name: "Watch the demo" }).click();
    await page.getByRole("button", { name: "Browse all packs" }).click();
    await rtl(page);
    const figures = page.locator("svg.figure");
    const count = await figures.count();
    assert.ok(count > 10, `${count} figures on the page`);
    for (let i = 0; i < count; i++) assert.deepEqual(await mirroring(figures.nth(i)), [], `figure ${i}`);
    // A catalog card's pose is at its start: the right.
    const card = page.getByRole("navigation", { name: "All packs" }).locator(".catalog-item").first();
    const [cardBox, pose] = [await box(card), await box(card.locator(".catalog-pose"))];
    assert.ok(pose.x > cardBox.x + cardBox.width / 2, "the pose is on the card's right");
  });
});

test("axe: no serious or critical violations right to left (new tab, player, settings)", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: Date.now() });
    await page.getByRole("region", { name: "Welcome to Desk Break" }).waitFor();
    await rtl(page);
    await axe(page, "new tab, right to left");
    await start(page);
    await axe(page, "player, right to left");
    await openSettings(page);
    await axe(page, "settings, right to left");
  });
});
