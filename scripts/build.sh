#!/usr/bin/env bash
# Builds the unpacked extension: the New Tab page with Trunk, then the service worker's wasm,
# into DIST for Chromium (Chrome, Edge, Brave), and a copy with Firefox's manifest into
# DIST-firefox: the same Rust, the same loaders, only the manifest differs.
#   DIST=dir           output folder (default dist)
#   WORKER_FEATURES=…  cargo features of the worker (default test-hooks; the store package uses none)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
DIST=${DIST:-dist}
WORKER_FEATURES=${WORKER_FEATURES-test-hooks}
TARGET=wasm32-unknown-unknown

trunk build --release --dist "$DIST"

cargo build -p deskbreak-worker --release --target "$TARGET" ${WORKER_FEATURES:+--features "$WORKER_FEATURES"}
rm -rf "$DIST/worker"
wasm-bindgen --target web --no-typescript --out-dir "$DIST/worker" "${CARGO_TARGET_DIR:-target}/$TARGET/release/deskbreak_worker.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue \
  "$DIST/worker/deskbreak_worker_bg.wasm" -o "$DIST/worker/deskbreak_worker_bg.wasm"

# With inject_scripts off, Trunk leaves its own <link data-trunk rel="rust"> tag behind: drop it.
sed -i -E 's#<link [^>]*data-trunk[^>]*>##g' "$DIST/index.html"
# Trunk minifies nothing (Trunk.toml says why): esbuild minifies every script and style sheet
# (about 35 KB less), and the page's HTML loses its comments and the blanks between tags.
for asset in "$DIST"/*.js "$DIST"/worker/*.js "$DIST"/*.css; do
  esbuild "$asset" --minify --log-level=warning --outfile="$asset" --allow-overwrite
done
node -e 'const fs = require("fs"), f = process.argv[1];
  fs.writeFileSync(f, fs.readFileSync(f, "utf8").replace(/<!--[\s\S]*?-->/g, "").replace(/ data-integrity="none"/g, "").replace(/>\s+</g, "><").trim() + "\n");' "$DIST/index.html"
# preview.js is a classic script (it must not wait for an import): the key it reads is written
# into it here, from keys.js, where the page's keys are defined once.
PREVIEW_KEY=$(node --input-type=module -e 'import { PREVIEW_KEY } from "./extension/keys.js"; console.log(PREVIEW_KEY)')
sed -i "s/__PREVIEW_KEY__/$PREVIEW_KEY/" "$DIST/preview.js"
grep -q "$PREVIEW_KEY" "$DIST/preview.js" || { echo "build: preview.js lost its key" >&2; exit 1; }
# Trunk's copies of the loader and manifest are already in place; drop what no page uses.
rm -f "$DIST"/*.map "$DIST/worker"/*.map

FIREFOX_DIST="$DIST-firefox"
rm -rf "$FIREFOX_DIST"
cp -r "$DIST" "$FIREFOX_DIST"
rm -rf "$FIREFOX_DIST/.stage"
node scripts/manifest.mjs firefox "$FIREFOX_DIST/manifest.json"
echo "built $DIST/ ($(du -sh "$DIST" | cut -f1)); load it with chrome://extensions → Developer mode → Load unpacked"
echo "built $FIREFOX_DIST/; load it with about:debugging → This Firefox → Load Temporary Add-on (pick its manifest.json)"
