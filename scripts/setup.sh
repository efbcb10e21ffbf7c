#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping what is already there:
# the wasm32 target and the standard library's sources, Trunk, wasm-bindgen-cli at the Cargo.lock version, npm packages
# (ECharts, binaryen's wasm-opt, Playwright core), and Debian's Chromium, ChromeDriver and
# CJK fonts. Needs rustup, Node.js 20 and root (or sudo) for apt on Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# (grep without -q: under pipefail, -q can kill the writer with SIGPIPE and fail the test.)
if ! rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null; then
  say "adding Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
# The standard library's sources: the release build rebuilds std for the wasm without panic
# messages (see the Makefile's WASM_BUILD_ENV).
if ! rustup component list --installed | grep -x 'rust-src' >/dev/null; then
  say "adding Rust component rust-src"
  rustup component add rust-src
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION"
  # Not --locked: its lockfile pins a webpki-roots release the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
say "tools ready: $(trunk --version), $(wasm-bindgen --version), $(chromium --version 2>/dev/null | head -1)"
