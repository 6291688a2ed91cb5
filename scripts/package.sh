#!/usr/bin/env bash
# Builds the store packages: the worker without test hooks, no source maps, the manifest at the
# zip's root. The Chrome Web Store zip has no development "key" (the store assigns the id); the
# Firefox zip (addons.mozilla.org) has Firefox's manifest and must pass `web-ext lint` with no
# error. Also unzips the Chrome one into artifacts/unzipped so a test can load exactly what would
# be uploaded.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
OUT=dist-store
DIST=$OUT WORKER_FEATURES= scripts/build.sh
node scripts/manifest.mjs chromium-store "$OUT/manifest.json"
find "$OUT" "$OUT-firefox" \( -name '*.map' -o -name '.stage' \) -prune -exec rm -rf {} +
VERSION=$(node -p 'require("./'"$OUT"'/manifest.json").version')
mkdir -p artifacts
zip_dir() { # zip_dir DIR ZIP: the folder's files at the zip's root, in a stable order
  rm -f "$2"
  (cd "$1" && python3 -c '
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for root, _, files in sorted(os.walk(".")):
        for f in sorted(files):
            path = os.path.join(root, f)[2:]
            z.write(path, path)
' "$OLDPWD/$2")
}
ZIP="artifacts/deskbreak-$VERSION.zip"
FIREFOX_ZIP="artifacts/deskbreak-firefox-$VERSION.zip"
zip_dir "$OUT" "$ZIP"
zip_dir "$OUT-firefox" "$FIREFOX_ZIP"
# Errors fail the package; the warnings that remain are explained in the README.
web-ext lint --source-dir "$OUT-firefox" --output text --no-config-discovery
rm -rf artifacts/unzipped && mkdir -p artifacts/unzipped
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$ZIP" artifacts/unzipped
echo "packaged $ZIP ($(du -h "$ZIP" | cut -f1)); upload it at https://chrome.google.com/webstore/devconsole"
echo "packaged $FIREFOX_ZIP ($(du -h "$FIREFOX_ZIP" | cut -f1)); upload it at https://addons.mozilla.org/developers/"
