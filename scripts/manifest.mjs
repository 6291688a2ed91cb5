// One manifest source, extension/manifest.json (Chromium's, with the development key), written
// out for each target, so a permission or a version is written once:
//   node scripts/manifest.mjs chromium-store FILE   drops the development "key" (the store assigns the id)
//   node scripts/manifest.mjs firefox FILE          Firefox's form of the same manifest
// FILE is rewritten in place.
import { readFileSync, writeFileSync } from "node:fs";

/** Firefox's id for the add-on: stable, so storage and settings survive updates. */
export const GECKO_ID = "{6f1b3c2e-9a4d-4e8b-b7c1-2d5e8f0a3c91}";
/** data_collection_permissions needs Firefox 140 (the current ESR line). */
export const GECKO_MIN_VERSION = "140.0";
export const GECKO_ANDROID_MIN_VERSION = "142.0";

export function forTarget(manifest, target) {
  const m = structuredClone(manifest);
  delete m.key;
  if (target === "chromium-store") return m;
  if (target !== "firefox") throw new Error(`unknown target ${target}`);
  // Firefox runs the same module as an event page, not a service worker.
  m.background = { scripts: [manifest.background.service_worker], type: manifest.background.type };
  // Chromium-only fields.
  delete m.minimum_chrome_version;
  delete m.offline_enabled;
  m.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: GECKO_MIN_VERSION,
      // Desk Break collects nothing: everything stays in the browser's extension storage.
      data_collection_permissions: { required: ["none"] },
    },
    // Firefox for Android reads data_collection_permissions from 142 on.
    gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
  };
  return m;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [target, file] = process.argv.slice(2);
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  writeFileSync(file, JSON.stringify(forTarget(manifest, target), null, 2) + "\n");
}
