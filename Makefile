# AI Index R&D Explorer. `make serve` and `make test` install what they need first
# (scripts/setup.sh skips what is already installed).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: setup site-url page-shell serve dist test test-native test-e2e bench clean

setup:
	@./scripts/setup.sh

# The ECharts bundles: ECharts 5.5.1 from npm, only the parts the explorer uses; the page loads
# echarts.js, and the SVG renderer's build (lazy/) only on the first SVG download.
ECHARTS := build/echarts/echarts.js
$(ECHARTS): scripts/echarts-entry.js scripts/echarts-svg.js scripts/build-echarts.mjs package-lock.json
	npm run --silent build:echarts

# The wasm's standard library is rebuilt from rust-src with panics that abort at once: no panic
# messages, file names or formatting code in the wasm (about 23 KB gzipped less; the app never
# panics by design, and the browser suite fails on any trap). build-std and this panic strategy
# are unstable cargo/rustc features; RUSTC_BOOTSTRAP lets the pinned stable toolchain use them,
# for the wasm build only (native builds and tests are unchanged).
WASM_BUILD_ENV := RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort"

# The static HTML index.html shows before the wasm runs, and without JavaScript (figure list,
# boot templates: src/page_shell.rs), written natively from the same data and strings; Trunk's
# hook scripts/insert-shell.mjs puts it into index.html. Rewritten only when it changed.
page-shell:
	cargo run --quiet --bin page-shell -- build/shell.html

# Where the site is hosted: `make dist SITE_URL=https://example.org/ai-index/` (absolute URLs in
# the share pages' cards, oEmbed and sitemap), PUBLIC_URL (the path Trunk builds for) defaulting to
# SITE_URL's path, else /. Given both, they must agree: checked first, before anything compiles.
# (Expanded only in the recipes that use it, after the site-url check. Passed on explicitly:
# before GNU Make 4.4, $(shell) does not see variables given on the command line.)
PUBLIC = $(shell SITE_URL='$(SITE_URL)' PUBLIC_URL='$(PUBLIC_URL)' node scripts/site-url.mjs)
site-url:
	@node scripts/site-url.mjs >/dev/null

## The release build, served at http://127.0.0.1:8080 (rebuilt when sources change) from its own
## folder: Trunk adds a live-reload script to the index.html it serves, which must never reach dist/.
SERVE_DIST := target/serve
serve: site-url setup $(ECHARTS) page-shell
	$(WASM_BUILD_ENV) trunk serve --release --public-url $(PUBLIC) --dist $(SERVE_DIST)

## Release build (opt-level z, LTO, wasm-opt) into dist/, then the share pages: s/<fig>/<lang>/
## (index.html, oembed.json), sitemap.xml and robots.txt's Sitemap line from build/share.json
## (`make page-shell`), then their preview images, screenshots of those pages in headless Chromium.
dist: site-url setup $(ECHARTS) page-shell
	$(WASM_BUILD_ENV) trunk build --release --public-url $(PUBLIC)
	node scripts/share-pages.mjs dist
	node scripts/share-previews.mjs dist

## All tests: native unit and data tests, then the browser suite against the release build.
test: setup test-native dist test-e2e

test-native:
	cargo test --all-targets

# The browser suite also checks a build hosted under a sub-path. Its random-state run
# (tests/e2e/random_states.test.mjs) uses a fixed seed; another: `SEED=123 make test-e2e`.
# Its share pages are built with SUBPATH_SITE: every absolute URL must fall under it.
SUBPATH_ROOT := target/subpath
SUBPATH_SITE := https://example.org/reports/ai-index/
SEED ?= 20261129
test-e2e: $(ECHARTS) page-shell
	$(WASM_BUILD_ENV) trunk build --release --public-url /reports/ai-index/ --dist $(SUBPATH_ROOT)/reports/ai-index
	SITE_URL=$(SUBPATH_SITE) PUBLIC_URL= node scripts/share-pages.mjs $(SUBPATH_ROOT)/reports/ai-index
	SITE_URL=$(SUBPATH_SITE) PUBLIC_URL= node scripts/share-previews.mjs $(SUBPATH_ROOT)/reports/ai-index
	SUBPATH_ROOT=$(SUBPATH_ROOT) SEED=$(SEED) node --test --test-concurrency=1 tests/e2e/

## Issue 9's targets table (Markdown): first chart, title, toggle and next figure as ratios
## against a plain ECharts page built from the explorer's own options, bytes of ?fig=1.1.1
## (gzip -9, summed) and of ?view=models, JS heap over 100 figure switches. Fails only over a
## byte target.
bench: dist
	node tests/bench.mjs

clean:
	cargo clean
	rm -rf dist build tests/e2e/artifacts
