#!/usr/bin/env bash
# The page's wasm size: its bytes raw and gzipped, then twiggy's largest items, for `make bench`
# (issue 12: page wasm ≤ 400 KB). The shipped wasm has no names, so twiggy reads a copy of the same
# build with its names kept: wasm-bindgen --keep-debug and wasm-opt -g over the wasm cargo left in
# the target dir. Run it after scripts/build.sh.
#   DIST=dir   the built extension (default dist)
#   TOP=n      how many items twiggy lists (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
DIST=${DIST:-dist}
TOP=${TOP:-15}
PAGE="$DIST/deskbreak_bg.wasm"
NAMED_SOURCE="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/deskbreak.wasm"

[ -f "$PAGE" ] || { echo "wasm-size: no $PAGE (run scripts/build.sh first)" >&2; exit 1; }
echo "page wasm: $(wc -c <"$PAGE") B raw, $(gzip -9 -c "$PAGE" | wc -c) B gzip ($PAGE)"

if ! command -v twiggy >/dev/null; then
  echo "twiggy is not installed (scripts/setup.sh installs it): no item list" >&2
  exit 0
fi
if [ ! -f "$NAMED_SOURCE" ]; then
  echo "no $NAMED_SOURCE to read names from: no item list" >&2
  exit 0
fi
NAMED=$(mktemp -d)
trap 'rm -rf "$NAMED"' EXIT
wasm-bindgen --target web --no-typescript --keep-debug --out-dir "$NAMED" "$NAMED_SOURCE"
# The same passes as Trunk's (index.html's data-wasm-opt), plus -g to keep the names.
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$NAMED/deskbreak_bg.wasm" -o "$NAMED/named.wasm"
# Every item, then the largest ones and the same bytes summed by crate (the first path in the name).
twiggy top -n 1000000 --format csv "$NAMED/named.wasm" | node -e '
  const [raw, top] = process.argv.slice(1).map(Number);
  const rows = require("fs").readFileSync(0, "utf8").trim().split("\n").slice(1).map((line) => {
    // Name,ShallowSize,…: the name is quoted (with "" for ") when it holds a comma or a quote.
    const m = line.match(/^(?:"((?:[^"]|"")*)"|([^,]*)),(\d+),/);
    return { name: (m[1] ?? m[2]).replace(/""/g, "\""), bytes: Number(m[3]) };
  }).filter((r) => !/^"function names" subsection$/.test(r.name) && !/^(producers|target_features)/.test(r.name));
  const line = (bytes, name) => `${String(bytes).padStart(9)} B ${(100 * bytes / raw).toFixed(1).padStart(5)} %  ${name.slice(0, 140)}`;
  console.log("largest items (twiggy top over the same code with names; % of the shipped wasm):");
  for (const r of rows.slice(0, top)) console.log(line(r.bytes, r.name));
  const crates = new Map();
  for (const r of rows) {
    const crate = r.name.startsWith("data segment") ? "data (strings, tables)"
      : (r.name.match(/([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::/)?.[1] ?? "other (wasm sections, glue imports)");
    crates.set(crate, (crates.get(crate) ?? 0) + r.bytes);
  }
  console.log("by crate:");
  for (const [crate, bytes] of [...crates].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(line(bytes, crate));
' "$(wc -c <"$PAGE")" "$TOP"
