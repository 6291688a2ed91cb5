#!/usr/bin/env bash
# Builds the unpacked extension: the New Tab page with Trunk, then the service worker's wasm.
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
wasm-bindgen --target web --no-typescript --out-dir "$DIST/worker" "target/$TARGET/release/deskbreak_worker.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue \
  "$DIST/worker/deskbreak_worker_bg.wasm" -o "$DIST/worker/deskbreak_worker_bg.wasm"

# With inject_scripts off, Trunk leaves its own <link data-trunk rel="rust"> tag behind: drop it.
sed -i -E 's#<link [^>]*data-trunk[^>]*>##g' "$DIST/index.html"
# Minify every script (Trunk minifies the HTML and CSS, not wasm-bindgen's glue): about 35 KB less.
for js in "$DIST"/*.js "$DIST"/worker/*.js; do
  esbuild "$js" --minify --log-level=warning --outfile="$js" --allow-overwrite
done
# Trunk's copies of the loader and manifest are already in place; drop what no page uses.
rm -f "$DIST"/*.map "$DIST/worker"/*.map
echo "built $DIST/ ($(du -sh "$DIST" | cut -f1)); load it with chrome://extensions → Developer mode → Load unpacked"
