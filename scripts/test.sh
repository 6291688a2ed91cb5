#!/usr/bin/env bash
# Every test tier, in order of speed: lint, native core, wasm in Chromium, build, end-to-end in
# Chromium, the Firefox build (web-ext lint, then Marionette), the store packages.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1;34m== %s ==\033[0m\n' "$*"; }

step "format and lints (host and wasm32)"
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --workspace --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p deskbreak-worker --target wasm32-unknown-unknown --features test-hooks -- -D warnings
python3 scripts/fn_lengths.py --check --top 3 # no function over 80 lines in src/ or crates/

step "native tests: the pure core, the pack parser, the catalog (incl. property tests)"
cargo test --workspace --exclude deskbreak-browser --features deskbreak-core/markdown

step "browser tier: wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver cargo test -p deskbreak-browser --target wasm32-unknown-unknown

step "build the extension"
scripts/build.sh

step "end-to-end: Playwright against dist/ in headless Chromium"
node --test --test-concurrency=1 tests/e2e/*.spec.mjs

step "Firefox: web-ext lint on dist-firefox/ (errors fail)"
web-ext lint --source-dir dist-firefox --output text --no-config-discovery

step "Firefox: the add-on in Firefox ESR over Marionette"
.venv-firefox/bin/python -m unittest discover -s tests/firefox -v

step "store packages (Chrome zip loads in Chromium; Firefox zip lints clean)"
scripts/package.sh
DESKBREAK_DIST="$PWD/artifacts/unzipped" node --test tests/package/*.spec.mjs
printf '\n\033[1;32mall test tiers passed\033[0m\n'
