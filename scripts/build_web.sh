#!/usr/bin/env bash
# Builds the wasm core into extension/pkg (with the panel's and its worker's bundled scripts)
# and assembles the www demo (www/pkg, www/lib).
# Usage: scripts/build_web.sh        (release build, wasm-opt -Os)
#        NO_OPT=1 scripts/build_web.sh (skip wasm-opt, faster while iterating)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Panic messages embed absolute dependency paths; remap them so the build is reproducible and
# names no local directory (TOOLCHAIN.md §8). The prefix is computed, never written down.
reg=$(echo "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/ | tr ' ' '\n' | head -1)
export RUSTFLAGS="${RUSTFLAGS:-} --remap-path-prefix=${reg%/}=/deps --remap-path-prefix=$HOME/.rustup=/rustup --remap-path-prefix=$root=/newslens"

cargo build --release --lib --target wasm32-unknown-unknown --no-default-features
wasm-bindgen --target web --no-typescript --out-dir extension/pkg \
  target/wasm32-unknown-unknown/release/newslens.wasm
if [ -z "${NO_OPT:-}" ]; then
  wasm-opt -Os extension/pkg/newslens_bg.wasm -o extension/pkg/newslens_bg.wasm
fi
rm -f extension/pkg/.gitignore
# The panel frame loads on every click: its script and its worker's, each bundled into one file
# (pkg/panel.js, pkg/worker.js), are two requests instead of twelve module fetches in a
# waterfall three deep (warm click 175-184 -> 131-144 ms, docs/performance.md). Not minified:
# the shipped code stays readable.
esbuild extension/panel.js --bundle --format=esm --log-level=warning --outfile=extension/pkg/panel.js \
  --metafile=extension/pkg/.panel.meta.json
esbuild extension/worker.js --bundle --format=esm --log-level=warning --outfile=extension/pkg/worker.js \
  --metafile=extension/pkg/.worker.meta.json
# The modules now inside a bundle are not loaded by the extension any more: extension/pkg/.bundled
# names them so that scripts/dist.sh leaves them out of the zips and the bench's size report
# counts only what is shipped.
node -e '
const fs = require("fs"), path = require("path");
const inputs = new Set();
for (const m of ["panel", "worker"]) {
  const meta = JSON.parse(fs.readFileSync(`extension/pkg/.${m}.meta.json`, "utf8"));
  for (const f of Object.keys(meta.inputs)) inputs.add(path.relative("extension", f));
}
fs.writeFileSync("extension/pkg/.bundled", [...inputs].sort().join("\n") + "\n");
'

# The demo serves the very same panel code, the map and the wasm, plus the vendored sample.
rm -rf www/pkg www/lib
mkdir -p www/pkg www/lib
cp extension/pkg/newslens.js extension/pkg/newslens_bg.wasm www/pkg/
cp -r extension/ui www/lib/ui
cp extension/reader.js extension/highlight.js www/lib/
if [ -d extension/map ]; then cp -r extension/map www/lib/map; fi
cp fixtures/voa-harris-lopez-obrador.html www/lib/sample.html

raw=$(stat -c %s extension/pkg/newslens_bg.wasm)
gz=$(gzip -9 -c extension/pkg/newslens_bg.wasm | wc -c)
echo "wasm: $raw bytes raw, $gz bytes gzip -9"
