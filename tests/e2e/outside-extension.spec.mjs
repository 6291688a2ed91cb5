// The same page outside the extension (as under `trunk serve`): served over plain HTTP, with no
// chrome.* APIs, it falls back to localStorage and still works end to end.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import {
  test, assert, DIST, CHROMIUM, runToEnd, completionHeading, expectText, streakStat, WED_10, start,
} from "./harness.mjs";

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".png": "image/png", ".json": "application/json" };

function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    try {
      const body = await readFile(join(dir, path === "/" ? "index.html" : path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "text/html" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

test("outside the extension the page renders and keeps breaks in localStorage", async () => {
  const server = await serve(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-background-networking"] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.clock.install({ time: WED_10 });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await start(page);
    await runToEnd(page);
    await expectText(completionHeading(page), /^Break done/);
    await page.reload();
    await expectText(streakStat(page, "Current streak"), "1 day");
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("deskbreak:break:")));
    assert.equal(keys.length, 1, "the break is one localStorage key");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
