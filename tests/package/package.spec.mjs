// The Chrome Web Store zip (made by `make package`, unzipped to artifacts/unzipped): the manifest
// is at its root, there are no source maps and no test hooks, and Chromium loads it as it is.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { launch } from "../e2e/harness.mjs";

const DIR = resolve(process.env.DESKBREAK_DIST ?? "artifacts/unzipped");

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

test("the zip holds the manifest at its root, no source maps, no development key", () => {
  const manifest = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8"));
  assert.equal(manifest.manifest_version, 3);
  assert.equal(manifest.key, undefined, "the store assigns the id; the dev key must not ship");
  const all = files(DIR);
  assert.deepEqual(all.filter((f) => f.endsWith(".map")), []);
  for (const needed of ["index.html", "boot.js", "sw.js", "deskbreak_bg.wasm", "worker/deskbreak_worker_bg.wasm", "icons/icon128.png"]) {
    assert.ok(all.includes(join(DIR, needed)), `${needed} is packaged`);
  }
});

test("the packaged copy loads in Chromium and shows the new tab, with no test hooks", async () => {
  const b = await launch({ dist: DIR });
  try {
    const page = await b.newTab();
    await page.getByRole("button", { name: "Start", exact: true }).waitFor();
    const answer = await page.evaluate(() =>
      chrome.runtime
        .sendMessage({ type: "deskbreak/test-event", event: "idle", value: "idle" })
        .then((r) => r, (e) => `rejected: ${e.message}`),
    );
    assert.match(String(answer), /unknown message/, "the store build ignores the test event");
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
