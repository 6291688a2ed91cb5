#!/usr/bin/env bash
# Builds the Chrome Web Store package: the worker without test hooks, no source maps, the
# manifest at the zip's root and without the development "key" (the store assigns the id).
# Also unzips it into artifacts/unzipped so a test can load exactly what would be uploaded.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
OUT=dist-store
DIST=$OUT WORKER_FEATURES= scripts/build.sh
node -e '
  const fs = require("fs");
  const p = process.argv[1];
  const m = JSON.parse(fs.readFileSync(p, "utf8"));
  delete m.key;
  fs.writeFileSync(p, JSON.stringify(m, null, 2) + "\n");
' "$OUT/manifest.json"
find "$OUT" \( -name '*.map' -o -name '.stage' \) -prune -exec rm -rf {} +
VERSION=$(node -p 'require("./'"$OUT"'/manifest.json").version')
mkdir -p artifacts
ZIP="artifacts/deskbreak-$VERSION.zip"
rm -f "$ZIP"
(cd "$OUT" && python3 -c '
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for root, _, files in sorted(os.walk(".")):
        for f in sorted(files):
            path = os.path.join(root, f)[2:]
            z.write(path, path)
' "../$ZIP")
rm -rf artifacts/unzipped && mkdir -p artifacts/unzipped
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$ZIP" artifacts/unzipped
echo "packaged $ZIP ($(du -h "$ZIP" | cut -f1)); upload it at https://chrome.google.com/webstore/devconsole"
