// Issue 12: the catalog ships as catalog.json beside the page, not inside the wasm. A package
// without it (damaged, half-updated) still gives a New Tab that says what happened.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, assert, DIST, withBrowser, expectText } from "./harness.mjs";

test("without its catalog file the New Tab shows a message, never a blank page", async () => {
  const dist = join(mkdtempSync(join(tmpdir(), "deskbreak-no-catalog-")), "dist");
  cpSync(DIST, dist, { recursive: true });
  rmSync(join(dist, "catalog.json"));
  try {
    await withBrowser({ dist }, async (b) => {
      const page = await b.newTab();
      await expectText(page.getByRole("heading", { level: 1 }), "Desk Break could not load its packs");
      const alert = page.getByRole("alert");
      await expectText(alert, /Reload this tab\. If this message stays, reinstall the extension\.\s*catalog\.json/);
      assert.equal(await page.locator("#shell").count(), 0, "the empty shell is gone");
    });
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
