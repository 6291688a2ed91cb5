// `make sheet`: every exercise's key poses on one contact sheet, artifacts/moves.png, drawn by
// the page's own figure renderer. Builds the page with the `sheet` feature into dist-sheet/
// (the route index.html#moves is not in the shipped page), serves it on 127.0.0.1 and
// photographs it in headless Chromium.
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM } from "../tests/e2e/harness.mjs";

const dist = resolve(process.env.SHEET_DIST ?? "dist-sheet");
if (!process.env.SHEET_SKIP_BUILD) {
  execFileSync("trunk", ["build", "--release", "--all-features", "--dist", dist], { stdio: "inherit" });
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".png": "image/png", ".json": "application/json" };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  try {
    const body = await readFile(join(dist, path === "/" ? "index.html" : path));
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "text/html" });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
try {
  const page = await browser.newPage({ viewport: { width: Number(process.env.SHEET_WIDTH ?? 1800), height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html#moves`);
  await page.getByRole("heading", { name: "Every move" }).waitFor();
  const moves = await page.locator(".sheet-entry").count();
  const poses = await page.getByRole("img").count();
  if (errors.length) throw new Error(errors.join("\n"));
  mkdirSync("artifacts", { recursive: true });
  const out = resolve("artifacts/moves.png");
  await page.screenshot({ path: out, fullPage: true });
  console.log(`${moves} exercises, ${poses} key poses: ${out}`);
} finally {
  await browser.close();
  server.close();
}
