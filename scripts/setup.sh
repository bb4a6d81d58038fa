#!/usr/bin/env bash
# Installs what Newslens needs on a fresh Debian 12 machine of the project's kind, and nothing
# twice: every step first checks whether its tool is already there at the pinned version.
# Only the package registries are used (apt, crates.io, npm).
#
#   scripts/setup.sh build   # what `make demo` needs: the wasm target, wasm-bindgen-cli, npm tools
#   scripts/setup.sh test    # the above, plus Chromium + chromedriver, wasm-pack, for the tests
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-build}

WASM_PACK_VERSION=0.15.1
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock, or the generated glue won't match.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,""); print $3; exit}' Cargo.lock)

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 8 minutes)"
  # Not --locked: its lockfile pins a crate version the registry no longer serves (TOOLCHAIN.md §2).
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.newslens-lock 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.newslens-lock
fi

if [ "$mode" = test ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v zip >/dev/null || missing+=(zip)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  fi
  if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$WASM_PACK_VERSION" ]; then
    say "installing wasm-pack $WASM_PACK_VERSION (about 8 minutes)"
    cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked --force
  fi
fi
say "ready ($mode)"
