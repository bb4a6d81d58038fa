#!/usr/bin/env bash
# `make bench` for Newslens (issue 7): native stage benchmarks, then the browser benchmark with
# the size report and the scaling series. Prints figures and writes tests/bench/bench.svg; it
# never asserts a speed or a size.
#
#   scripts/bench.sh            everything (criterion takes a few minutes)
#   QUICK=1 scripts/bench.sh    the browser benchmark only
#   RUNS=30 scripts/bench.sh    more interleaved runs per page (default 15)
#   SMOKE=1 scripts/bench.sh    every browser part once on the smallest input (CI)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
if [ -z "${QUICK:-}${SMOKE:-}" ]; then
  cargo bench --bench stages
fi
[ -f extension/pkg/newslens_bg.wasm ] || scripts/build_web.sh
# native extraction speed on aeb_dev, which the browser benchmark compares with the wasm's
cargo build --release --example extract_speed
if [ -n "${SMOKE:-}" ]; then exec node tests/bench/bench.mjs --smoke; fi
node tests/bench/bench.mjs --runs "${RUNS:-15}" --warmup "${WARMUP:-3}"
