// Prints today's pack title as the Chromium build shows it now, for the Firefox tier to compare.
import { launch } from "../e2e/harness.mjs";

const b = await launch({ dist: process.argv[2] });
try {
  const page = await b.newTab();
  process.stdout.write((await page.locator("main h1").first().textContent()).trim());
} finally {
  await b.close();
}
