# Desk Break: `make run` to try it, `make test` for every test tier.
# Each target first runs scripts/setup.sh, which installs whatever is missing (and only that).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: all setup build run screenshot test test-native test-wasm test-e2e test-firefox lint fmt bench package sheet shots clean

all: build

setup:
	@scripts/setup.sh

## build: the unpacked extension in dist/ (Chrome, Edge, Brave) and dist-firefox/
build: setup
	@scripts/build.sh

## run: build, then open Chromium on a new tab with the extension (headless: a screenshot)
run: build
	@node scripts/run.mjs

## screenshot: the README's picture of the New Tab, docs/newtab.png (fixed clock, size and history)
screenshot: build
	@node scripts/screenshot.mjs

## test: every tier — lint, native core, wasm in Chromium, build, end-to-end in Chromium
test: setup
	@scripts/test.sh

test-native:
	cargo test --workspace --exclude deskbreak-browser --features deskbreak-core/markdown

test-wasm:
	CHROMEDRIVER=/usr/bin/chromedriver cargo test -p deskbreak-browser --target wasm32-unknown-unknown

test-e2e: build
	node --test --test-concurrency=1 tests/e2e/*.spec.mjs

test-firefox: build
	web-ext lint --source-dir dist-firefox --output text --no-config-discovery
	.venv-firefox/bin/python -m unittest discover -s tests/firefox -v

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --target wasm32-unknown-unknown -- -D warnings
	cargo clippy -p deskbreak-worker --target wasm32-unknown-unknown --features test-hooks -- -D warnings
	python3 scripts/fn_lengths.py --check

fmt:
	cargo fmt --all

## bench: time to content against a static copy, payload bytes, worker wake-ups and start-up
bench: build
	@node scripts/bench.mjs

## sheet: artifacts/moves.png, every exercise's key poses drawn by the page's own renderer
sheet: setup
	@node scripts/sheet.mjs

## shots: artifacts/shots/<lang>-{home,player,settings}.png, for every language the build ships
shots: build
	@node scripts/shots.mjs

## package: the Chrome Web Store zip and the Firefox (AMO) zip in artifacts/ (no test hooks)
package: setup
	@scripts/package.sh

clean:
	rm -rf dist dist-firefox dist-sheet dist-store dist-store-firefox target/deskbreak-*.zip artifacts
