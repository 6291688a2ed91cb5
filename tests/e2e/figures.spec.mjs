// The exercise figures (issue 8): the pack card's demo, the player's figure, reduced motion,
// the packs' own video links, and axe on the demo and the player in both colour schemes.
// Time is Playwright's fake clock: it drives Date and the animation frames the figures use.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import {
  test, assert, readCatalog, showPack, expectText, poll, WED_10, withBrowser, start,
} from "./harness.mjs";

const catalog = readCatalog();
const pack = (title) => catalog.packs.find((p) => p.title === title);
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Counts animation-frame requests, to prove a frame loop runs or does not. */
async function countFrames(page) {
  await page.addInitScript(() => {
    window.__frames = 0;
    const request = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      window.__frames += 1;
      return request(callback);
    };
  });
}
const frames = (page) => page.evaluate(() => window.__frames);

/** A new tab on the fake clock, with frame counting, showing `title`. */
async function tabWith(b, title) {
  const page = await b.context.newPage();
  await page.clock.install({ time: WED_10 });
  await countFrames(page);
  await page.goto(`${b.origin}/index.html`);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await showPack(page, title);
  return page;
}

const markup = (locator) => locator.evaluate((svg) => svg.innerHTML);

test("Watch the demo plays the pack's moves in order with their captions, loops, pauses and closes", async () => {
  await withBrowser(async (b) => {
    const p = pack("Neck & Shoulders") ?? catalog.packs[0];
    const page = await tabWith(b, p.title);
    const demo = page.getByRole("region", { name: `Demo of ${p.title}` });
    assert.equal(await demo.count(), 0, "the demo plays only when asked");
    await page.getByRole("button", { name: "Watch the demo" }).click();
    await demo.waitFor();
    const caption = demo.locator(".demo-name");
    const slot = 30_000 / p.exercises.length;
    const seen = [];
    // Read each caption in the middle of its slot: at a slot's very edge, the demo's first frame
    // (a moment after the click) decides which side of the boundary the reading falls on.
    await page.clock.runFor(slot / 2);
    for (let i = 0; i < p.exercises.length + 1; i++) {
      seen.push((await caption.textContent()).trim());
      await page.clock.runFor(slot);
    }
    assert.deepEqual(seen, [...p.exercises, p.exercises[0]], "every move in order, then from the start");
    const figure = demo.getByRole("img");
    const onStage = (await caption.textContent()).trim();
    assert.match(await figure.getAttribute("aria-label"), new RegExp(`^${onStage}: `), "the figure is the captioned move's");

    const [moving, counted] = [await markup(figure), await frames(page)];
    await page.clock.runFor(slot / 3);
    assert.notEqual(await markup(figure), moving, "the figure moves");
    assert.ok((await frames(page)) > counted, "on animation frames");

    const pause = demo.getByRole("button", { name: "Pause demo" });
    await pause.click();
    assert.equal(await pause.getAttribute("aria-pressed"), "true");
    const still = [await markup(figure), await caption.textContent(), await frames(page)];
    await page.clock.runFor(5_000);
    assert.deepEqual([await markup(figure), await caption.textContent(), await frames(page)], still, "paused: nothing moves, no frame loop");
    await pause.click();
    await page.clock.runFor(slot);
    assert.notEqual(await caption.textContent(), still[1], "playing again moves on");

    await demo.getByRole("button", { name: "Close demo" }).click();
    assert.equal(await demo.count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Watch the demo", "focus returns to the button");
    const closed = await frames(page);
    await page.clock.runFor(2_000);
    assert.equal(await frames(page), closed, "a closed demo leaves no frame loop");
  });
});

test("in the demo a per-side move shows its left side, then its mirrored right side", async () => {
  await withBrowser(async (b) => {
    const p = catalog.packs.find((x) => x.exercises.some((n) => catalog.library.get(n)?.perSide));
    const i = p.exercises.findIndex((n) => catalog.library.get(n)?.perSide);
    const page = await tabWith(b, p.title);
    await page.getByRole("button", { name: "Watch the demo" }).click();
    const demo = page.getByRole("region", { name: `Demo of ${p.title}` });
    await demo.waitFor();
    const slot = 30_000 / p.exercises.length;
    await page.clock.runFor(slot * i + slot / 4);
    const figure = demo.getByRole("img", { name: new RegExp(`^${p.exercises[i]}: `) });
    await figure.waitFor();
    assert.match(await demo.locator(".demo-caption").textContent(), /left side/);
    const left = await markup(figure);
    await page.clock.runFor(slot / 2);
    assert.match(await demo.locator(".demo-caption").textContent(), /right side/, "the second half of its turn");
    assert.match(await figure.getAttribute("aria-label"), new RegExp(`^${p.exercises[i]}: `), "still the same move");
    assert.notEqual(await markup(figure), left, "drawn as its mirror image");
  });
});

test("the player's figure moves with the countdown, changes with Next and stops on Pause", async () => {
  await withBrowser(async (b) => {
    const p = pack("Neck & Shoulders") ?? catalog.packs[0];
    const page = await tabWith(b, p.title);
    await start(page);
    const figure = page.locator(".player-figure").getByRole("img");
    await figure.waitFor();
    assert.match(await figure.getAttribute("aria-label"), new RegExp(`^${p.exercises[0]}: `));
    const first = await markup(figure);
    await page.clock.runFor(1_500);
    assert.notEqual(await markup(figure), first, "the figure moves while the routine runs");

    await page.getByRole("button", { name: "Next" }).click();
    await poll(async () => (await figure.getAttribute("aria-label")).startsWith(`${p.exercises[1]}: `), {
      message: "the second exercise's figure",
    });

    await page.getByRole("button", { name: "Pause" }).click();
    await expectText(page.getByRole("button", { name: "Resume" }), "Resume");
    const paused = [await markup(figure), await frames(page)];
    await page.clock.runFor(4_000);
    assert.deepEqual([await markup(figure), await frames(page)], paused, "paused: the figure and its frame loop stop");
    await page.getByRole("button", { name: "Resume" }).click();
    await page.clock.runFor(700);
    assert.ok((await frames(page)) > paused[1], "resumed: the frame loop runs again");
    assert.notEqual(await markup(figure), paused[0]);
  });
});

test("under reduced motion the demo and the player show still poses and nothing animates", async () => {
  await withBrowser({ reducedMotion: "reduce" }, async (b) => {
    const p = pack("Neck & Shoulders") ?? catalog.packs[0];
    const page = await tabWith(b, p.title);
    const before = await frames(page);
    await page.getByRole("button", { name: "Watch the demo" }).click();
    const demo = page.getByRole("region", { name: `Demo of ${p.title}` });
    await demo.waitFor();
    const names = (await demo.locator(".demo-caption").allTextContents()).map((t) => t.trim());
    assert.deepEqual(names, p.exercises, "one still pose per move, each captioned");
    assert.equal(await demo.getByRole("img").count(), p.exercises.length);
    const stills = await demo.evaluate((d) => d.innerHTML);
    await page.clock.runFor(5_000);
    assert.equal(await demo.evaluate((d) => d.innerHTML), stills);
    assert.deepEqual(await page.evaluate(() => document.getAnimations().length), 0);
    assert.equal(await frames(page), before, "no frame loop");

    await start(page);
    const figure = page.locator(".player-figure").getByRole("img");
    await figure.waitFor();
    const pose = await markup(figure);
    await page.clock.runFor(3_000);
    assert.equal(await markup(figure), pose, "the player's figure holds its still pose");
    assert.deepEqual(await page.evaluate(() => document.getAnimations().length), 0);
    assert.equal(await frames(page), before, "no frame loop in the player either");
  });
});

test("a pack with a real video links to it beside Watch the demo, in a new tab", async () => {
  await withBrowser(async (b) => {
    for (const p of catalog.packs.filter((x) => x.demo)) {
      const page = await tabWith(b, p.title);
      const link = page.getByRole("link", { name: "Watch Wakeout's video of this routine" });
      assert.equal(await link.getAttribute("href"), p.demo, p.title);
      assert.equal(await link.getAttribute("target"), "_blank");
      assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
      await page.close();
    }
    const without = catalog.packs.find((x) => !x.demo);
    if (without) {
      const page = await tabWith(b, without.title);
      assert.equal(await page.getByRole("link", { name: "Watch Wakeout's video of this routine" }).count(), 0);
    }
  });
});

async function axe(page, where) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document, { resultTypes: ["violations"] })).violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    })),
  );
  for (const v of violations) console.log(`axe ${where}: ${v.impact} ${v.id}: ${v.nodes.join(", ")}`);
  assert.deepEqual(violations.filter((v) => v.impact === "serious" || v.impact === "critical"), [], where);
}

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds nothing serious on the demo and the player (${colorScheme})`, async () => {
    await withBrowser({ colorScheme }, async (b) => {
      const p = pack("Neck & Shoulders") ?? catalog.packs[0];
      const page = await tabWith(b, p.title);
      await page.getByRole("button", { name: "Watch the demo" }).click();
      await page.getByRole("region", { name: `Demo of ${p.title}` }).waitFor();
      await page.clock.runFor(1_000);
      await axe(page, `demo, ${colorScheme}`);
      await start(page);
      await page.locator(".player-figure").getByRole("img").waitFor();
      await axe(page, `player, ${colorScheme}`);
    });
  });
}
