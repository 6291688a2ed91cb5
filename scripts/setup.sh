#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing, checking versions first.
# Safe to run again: each step is skipped when the right version is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock (pinned with "=" in Cargo.toml).
WBG_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p' | head -1)
WBG_VERSION=${WBG_VERSION:-0.2.130}

say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Browsers from Debian: Chromium (+ ChromeDriver for the wasm tier) and Firefox ESR.
APT_MISSING=""
command -v chromium >/dev/null || APT_MISSING="$APT_MISSING chromium"
command -v chromedriver >/dev/null || APT_MISSING="$APT_MISSING chromium-driver"
command -v firefox-esr >/dev/null || APT_MISSING="$APT_MISSING firefox-esr"
# Japanese and Chinese glyphs: without them headless Chromium draws those pages as boxes in the
# screenshots of `make run` and `make shots`.
fc-list :lang=ja 2>/dev/null | grep -q . || APT_MISSING="$APT_MISSING fonts-noto-cjk"
if [ -n "$APT_MISSING" ]; then
  say "installing$APT_MISSING (apt-get)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $APT_MISSING >/dev/null
fi

# The Firefox tier drives Firefox over Marionette with Mozilla's own client, in a virtualenv.
MARIONETTE_VERSION=3.7.1
if [ "$(.venv-firefox/bin/pip show marionette-driver 2>/dev/null | sed -n 's/^Version: //p')" != "$MARIONETTE_VERSION" ]; then
  say "creating .venv-firefox with marionette-driver $MARIONETTE_VERSION (pip)"
  python3 -m venv .venv-firefox
  .venv-firefox/bin/pip install -q "marionette-driver==$MARIONETTE_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (about 4 minutes)"
  # --locked fails here: a locked dependency is not on the registry (see TOOLCHAIN.md).
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# twiggy lists what takes room in the page's wasm, for `make bench` (scripts/wasm-size.sh).
TWIGGY_VERSION=0.8.0
if [ "$(twiggy --version 2>/dev/null | awk '{print $2}')" != "$TWIGGY_VERSION" ]; then
  say "installing twiggy $TWIGGY_VERSION (about 2 minutes)"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked --force
fi

# binaryen (wasm-opt 132), esbuild, playwright-core and web-ext come from npm, pinned by package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] || [ ! -d node_modules/playwright-core ] \
   || [ ! -x node_modules/.bin/web-ext ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi
say "toolchain ready"
