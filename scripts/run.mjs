// `make run`: opens Chromium with dist/ loaded in a fresh profile, on a new tab.
// With a display it starts a normal window. Without one it runs headless, saves a screenshot of
// the new tab and says where it is and how to load dist/ by hand.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromiumArgs, launch, CHROMIUM } from "../tests/e2e/harness.mjs";

const dist = resolve("dist");
const howTo = `
To install it in your own Chrome, Edge or Brave:
  1. open chrome://extensions (edge://extensions, brave://extensions)
  2. switch on "Developer mode"
  3. click "Load unpacked" and choose ${dist}
  4. open a new tab`;

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  const profile = mkdtempSync(join(tmpdir(), "deskbreak-run-"));
  const args = chromiumArgs(dist).filter((a) => a !== "--no-sandbox");
  if (process.getuid?.() === 0) args.push("--no-sandbox");
  const child = spawn(CHROMIUM, [...args, `--user-data-dir=${profile}`, "chrome://newtab"], { stdio: "inherit" });
  console.log(`Chromium is running with the extension (profile ${profile}). Close it to finish.${howTo}`);
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  const b = await launch({ dist });
  try {
    const page = await b.context.newPage();
    await page.goto("chrome://newtab");
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await page.waitForTimeout(300);
    mkdirSync("artifacts", { recursive: true });
    const shot = resolve("artifacts/newtab.png");
    await page.screenshot({ path: shot, fullPage: true });
    const title = await page.getByRole("heading", { level: 1 }).first().textContent();
    console.log(`No display: ran Chromium headless with the extension (id ${b.id}).`);
    console.log(`Today's pack: ${title}`);
    console.log(`Screenshot of the new tab: ${shot}${howTo}`);
  } finally {
    await b.close();
  }
}
