// Shared set-up for the end-to-end specs: launches Debian's Chromium with the built extension
// (dist/ unless DESKBREAK_DIST says otherwise) in a fresh profile, headless.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const DIST = resolve(process.env.DESKBREAK_DIST ?? "dist");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

export function chromiumArgs(dist = DIST) {
  return [
    "--no-sandbox",
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-default-apps",
  ];
}

/** A browser with the extension loaded; `close()` removes its profile. */
export async function launch({ dist = DIST, colorScheme = "light", reducedMotion = "no-preference" } = {}) {
  const profile = mkdtempSync(join(tmpdir(), "deskbreak-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(dist),
    colorScheme,
    reducedMotion,
    viewport: { width: 1280, height: 900 },
  });
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent("serviceworker", { timeout: 15000 });
  const id = new URL(worker.url()).host;
  const origin = `chrome-extension://${id}`;

  // Every request any page or the worker makes, to prove none leaves the extension.
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  const errors = [];

  async function newTab({ clock } = {}) {
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
    if (clock !== undefined) await page.clock.install({ time: clock });
    await page.goto(`${origin}/index.html`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    return page;
  }

  /** Runs `fn` in the service worker (where chrome.* is available). */
  const inWorker = (fn, arg) => worker.evaluate(fn, arg);

  async function close() {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }

  return { context, worker, id, origin, requests, errors, newTab, inWorker, close };
}

/** Every stored item, parsed where it is JSON text. */
export async function storage(page) {
  return page.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const out = {};
    for (const [k, v] of Object.entries(all)) {
      try {
        out[k] = typeof v === "string" ? JSON.parse(v) : v;
      } catch {
        out[k] = v;
      }
    }
    return out;
  });
}

export const breakKeys = (items) => Object.keys(items).filter((k) => k.startsWith("break:"));

export const DAY = 24 * 3600 * 1000;
