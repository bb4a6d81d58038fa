# Newslens: two commands do everything on a fresh machine (see README.md).
#   make demo   installs the build tools, builds the CLI, the extension and the demo site, and
#               analyses the bundled sample article
#   make test   installs the test tools and runs every test
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
SAMPLE := fixtures/voa-harris-lopez-obrador.html
CLI := target/release/newslens

.PHONY: demo test setup-build setup-test cli web dist serve eval bench screenshots \
        test-rust test-wasm test-e2e test-dist bench-smoke lint clean

demo: setup-build cli web
	@echo
	$(CLI) analyze $(SAMPLE)
	@echo
	@echo "Built: extension/ (load it unpacked in Chrome or Firefox), www/ (make serve), $(CLI)"

test: setup-test test-rust test-wasm web test-e2e test-dist bench-smoke lint

setup-build:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test

cli:
	cargo build --release --bin newslens

# The wasm (built without the native HTML parser) into extension/pkg, and the demo site.
web:
	scripts/build_web.sh

dist: web
	scripts/dist.sh

serve: web
	@echo "demo at http://127.0.0.1:8080/"
	python3 -m http.server --bind 127.0.0.1 --directory www 8080

test-rust:
	cargo test --profile ci

test-wasm:
	wasm-pack test --node --mode no-install
	wasm-pack test --headless --chrome --mode no-install

# A headless browser driven over CDP occasionally loses an event; like Playwright's own
# `retries: 1` in CI, a failed run is repeated once, so only a failure that happens twice fails.
E2E := node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/
E2E_EXT := node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/extension.test.mjs
test-e2e:
	$(E2E) || { echo "e2e: one more run, to tell a flaky browser from a real failure"; $(E2E); }

# The release zip holds the bundles, not the modules they were built from: the extension's
# end-to-end tests run once more on it, unpacked, so what ships is what was tested (with the
# same one repeat as test-e2e: a headless browser driven over CDP occasionally loses an event).
test-dist: dist
	rm -rf out/dist-unpacked
	python3 -m zipfile -e dist/newslens-chrome.zip out/dist-unpacked
	NEWSLENS_EXT=out/dist-unpacked $(E2E_EXT) || { echo "test-dist: one more run, as for test-e2e"; \
	  NEWSLENS_EXT=out/dist-unpacked $(E2E_EXT); }

# clippy comes with the machine's toolchain (rustup cannot fetch components here: it is no
# package registry); if a machine lacks it, lint says so rather than failing the run.
lint:
	if cargo clippy --version >/dev/null 2>&1; then cargo clippy --profile ci --all-targets -- -D warnings; \
	else echo "lint: cargo clippy is not installed, Rust lints skipped"; fi
	web-ext lint --source-dir extension --no-input --self-hosted

eval: cli
	python3 scripts/eval.py

bench: cli web
	scripts/bench.sh

# CI's check that the benchmark runs: every part once on the smallest input, no figure asserted.
bench-smoke: web
	node tests/bench/bench.mjs --smoke

clean:
	cargo clean
	rm -rf extension/pkg dist out

# The README's screenshots come from the end-to-end run (out/e2e): refresh them after `make test`.
SHOTS := sample-light:panel-light sample-dark:panel-dark sample-places:places sample-timeline:timeline \
         sample-quote-clicked:quote-clicked sample-all-highlights:highlights state-not-article-light:not-article \
         demo-sample:demo
screenshots:
	@test -d out/e2e || { echo "run make test first: the screenshots come from the end-to-end run"; exit 1; }
	@mkdir -p docs/screenshots
	@for pair in $(SHOTS); do cp out/e2e/$${pair%%:*}.png docs/screenshots/$${pair##*:}.png; done
	@echo "docs/screenshots refreshed from out/e2e"
