// The browser benchmark (issue 7): Newslens against the JavaScript stack, in the same headless
// Chromium, on the same pages, in interleaved runs. Figures are printed and written, never asserted.
//
//   node tests/bench/bench.mjs [--runs 15] [--warmup 3] [--pages DIR] [--smoke]
//
// --smoke runs every part once on the smallest input (one page, one run, no warm-up): CI's
// check that the benchmark still runs. Its figures mean nothing.
//
// Needs extension/pkg (scripts/build_web.sh) and the npm dev dependencies (npm ci). The dev pages
// are read at run time from ../shared/eval/pages/html (or --pages, or $NEWSLENS_EVAL_PAGES) and
// served from a local server; every other request is refused, so no page reaches the network.
//
// What is timed, in the page, with performance.now():
// - Newslens: reading the live DOM into the page model (extension/reader.js, as the content
//   script does) + analyzePage in wasm. The wasm is compiled once per page, as in the extension.
// - JS stack: Readability.js on a clone of the document + compromise (people, places,
//   organisations, quotations) + compromise-dates.
// It also reports the first call of each (wasm start-up included), the shipped size, and the
// scaling series (1x, 4x, 16x, 64x a typical article) with the peak wasm memory of each (wasm
// memory only grows, so its size after the runs is the peak).
// Then the extension's real path (click.mjs: click → rendered panel, warm and first, a 5 MB
// page, the page's heap after closing) and extraction alone, wasm against native
// (extraction.mjs, on aeb_dev).

import { chromium } from "playwright-core";
import { build } from "esbuild";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import os from "node:os";
import zlib from "node:zlib";
import { writeChart } from "./chart.mjs";
import { clickBench } from "./click.mjs";
import { ROOT, pagesDir, scaledPage } from "./inputs.mjs";
import { aebPages, nativeExtraction, wasmExtraction } from "./extraction.mjs";

const OUT = path.join(ROOT, "out", "bench");
const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
};
const SMOKE = args.includes("--smoke");
const RUNS = SMOKE ? 1 : Number(arg("runs", 15));
const WARMUP = SMOKE ? 0 : Number(arg("warmup", 3));
const SCALES = SMOKE ? [1] : [1, 4, 16, 64];
// The large page: the typical article repeated up to 5 MB of HTML.
const BIG_BYTES = SMOKE ? 100_000 : 5 << 20;
const AEB_ROUNDS = SMOKE ? 1 : 5;

const evalPages = () => pagesDir(arg("pages", process.env.NEWSLENS_EVAL_PAGES));

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const median = (xs) => quantile(xs, 0.5);
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : "-");

function serve(routes) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    const hit = routes(url);
    if (!hit) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": hit.type, "cache-control": "no-store" }).end(hit.body);
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

const TYPES = { ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm",
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".json": "application/json" };

function file(p) {
  if (!fs.existsSync(p) || !fs.statSync(p).isFile()) return null;
  return { type: TYPES[path.extname(p)] || "application/octet-stream", body: fs.readFileSync(p) };
}

/// Every file the extension ships, raw and gzip -9.
function sizes() {
  const dir = path.join(ROOT, "extension");
  // What build_web.sh bundled into pkg/ is not loaded by the extension, and dist.sh leaves it out.
  const bundled = new Set(fs.readFileSync(path.join(dir, "pkg", ".bundled"), "utf8").split("\n").filter(Boolean));
  const rows = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.name.startsWith(".") && !bundled.has(path.relative(dir, p))) {
        const body = fs.readFileSync(p);
        rows.push({ file: path.relative(dir, p), raw: body.length, gz: zlib.gzipSync(body, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  rows.sort((a, b) => b.gz - a.gz);
  return rows;
}

// In-page helpers, installed once per page. Newslens loads as the panel worker loads it: the
// wasm-bindgen module, init once, then analyzePage on the model the reader builds.
async function install(page) {
  await page.addScriptTag({ url: "/ext/reader.js" });
  await page.addScriptTag({ url: "/bench/js-stack.js" });
  return page.evaluate(async () => {
    const t0 = performance.now();
    const m = await import("/ext/pkg/newslens.js");
    const wasm = await m.default({ module_or_path: "/ext/pkg/newslens_bg.wasm" });
    const start = performance.now() - t0;
    globalThis.__bench = {
      newslens() {
        const t = performance.now();
        const { model } = globalThis.NewslensReader.read(document, { url: location.href });
        const read = performance.now() - t;
        let ok = true;
        try {
          m.analyzePage(model, {});
        } catch (e) {
          ok = false;
        }
        return { ms: performance.now() - t, read, ok };
      },
      js() {
        const t = performance.now();
        const r = globalThis.NewslensJsStack.analyze(document);
        return { ms: performance.now() - t, ok: !!r };
      },
      memory: () => wasm.memory.buffer.byteLength,
    };
    return start;
  });
}

async function main() {
  const pdir = evalPages();
  const pages = (pdir && fs.existsSync(pdir)
    ? fs.readdirSync(pdir).filter((n) => n.endsWith(".html")).sort()
    : []).slice(0, SMOKE ? 1 : Infinity);
  const aebDir = path.join(OUT, "aeb");
  const aeb = aebPages(ROOT, aebDir).slice(0, SMOKE ? 3 : Infinity);
  if (!fs.existsSync(path.join(ROOT, "extension/pkg/newslens_bg.wasm"))) {
    console.error("bench: extension/pkg is missing; run scripts/build_web.sh first");
    process.exit(2);
  }
  fs.mkdirSync(OUT, { recursive: true });
  const bigPage = scaledPage(1, BIG_BYTES);
  await build({
    entryPoints: [path.join(ROOT, "tests/bench/js_stack.js")],
    bundle: true, format: "iife", minify: true, platform: "browser", logLevel: "error",
    outfile: path.join(OUT, "js-stack.js"),
  });
  const server = await serve((url) => {
    const p = decodeURIComponent(url.pathname);
    if (p.startsWith("/page/")) return pages.includes(p.slice(6)) ? file(path.join(pdir, p.slice(6))) : null;
    if (p === "/scale") return { type: TYPES[".html"], body: scaledPage(Number(url.searchParams.get("k")) || 1) };
    if (p === "/big") return { type: TYPES[".html"], body: bigPage };
    if (p === "/blank") return { type: TYPES[".html"], body: "<!doctype html><title>bench</title>" };
    if (p.startsWith("/aeb/")) return aeb.includes(p.slice(5)) ? file(path.join(aebDir, p.slice(5))) : null;
    if (p.startsWith("/ext/") && !p.includes("..")) return file(path.join(ROOT, "extension", p.slice(5)));
    if (p === "/bench/js-stack.js") return file(path.join(OUT, "js-stack.js"));
    return null;
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), "newslens-bench-"));
  const ctx = await chromium.launchPersistentContext(userDir, {
    executablePath: "/usr/bin/chromium", headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  // pages reference their sites' scripts, fonts and images: refuse all of it, so the run is
  // offline and page scripts do not compete with the measurement
  await ctx.route("**/*", (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const browserVersion = ctx.browser()?.version() ?? "chromium";

  const perPage = [];
  for (const name of pages) {
    const page = await ctx.newPage();
    await page.goto(`${origin}/page/${encodeURIComponent(name)}`, { waitUntil: "load" });
    const wasmStart = await install(page);
    const coldNl = await page.evaluate(() => __bench.newslens());
    const coldJs = await page.evaluate(() => __bench.js());
    for (let i = 0; i < WARMUP; i++) {
      await page.evaluate(() => __bench.newslens());
      await page.evaluate(() => __bench.js());
    }
    const nl = [];
    const js = [];
    const reads = [];
    for (let i = 0; i < RUNS; i++) {
      // alternate which goes first, so neither always runs on a cache the other warmed
      const order = i % 2 ? ["js", "newslens"] : ["newslens", "js"];
      for (const which of order) {
        const r = await page.evaluate((w) => __bench[w](), which);
        (which === "js" ? js : nl).push(r.ms);
        if (which !== "js") reads.push(r.read);
      }
    }
    perPage.push({ name, wasmStart, coldNl: coldNl.ms, coldJs: coldJs.ms, nlOk: coldNl.ok, jsOk: coldJs.ok, nl, js, reads });
    await page.close();
  }

  const scaling = [];
  for (const k of SCALES) {
    const page = await ctx.newPage();
    await page.goto(`${origin}/scale?k=${k}`, { waitUntil: "load" });
    await install(page);
    const chars = await page.evaluate(() => document.body.innerText.length);
    const nl = [];
    const js = [];
    const reps = k >= 64 ? 3 : 5;
    for (let i = 0; i < reps + 1; i++) {
      const a = await page.evaluate(() => __bench.newslens());
      const b = await page.evaluate(() => __bench.js());
      if (i > 0) {
        nl.push(a.ms);
        js.push(b.ms);
      }
    }
    const memory = await page.evaluate(() => __bench.memory());
    scaling.push({ k, chars, nl: median(nl), js: median(js), memoryMb: memory / (1 << 20) });
    await page.close();
  }
  const wasmExtract = aeb.length ? await wasmExtraction(ctx, origin, aeb, AEB_ROUNDS) : null;
  await ctx.close();
  fs.rmSync(userDir, { recursive: true, force: true });
  const nativeExtract = aeb.length ? nativeExtraction(ROOT, aebDir, AEB_ROUNDS) : null;

  const clicks = await clickBench({
    ext: path.join(ROOT, "extension"), origin, runs: RUNS, warmup: WARMUP,
    pages: pages.map((name) => ({ name, url: `${origin}/page/${encodeURIComponent(name)}` })),
    big: { url: `${origin}/big`, bytes: Buffer.byteLength(bigPage) },
  });
  server.close();

  const assets = sizes();
  const shippedGz = assets.reduce((s, a) => s + a.gz, 0);
  const shippedRaw = assets.reduce((s, a) => s + a.raw, 0);

  // ---- the table ----
  const allNl = perPage.flatMap((p) => p.nl);
  const allJs = perPage.flatMap((p) => p.js);
  console.log(`\nBROWSER ${browserVersion} (headless), ${os.cpus().length} cores, ${RUNS} interleaved runs per page after ${WARMUP} warm-up`);
  console.log("page                          newslens med   p95 | js stack med    p95 | ratio | first call nl / js | wasm start | read");
  for (const p of perPage) {
    console.log(`${p.name.padEnd(28)} ${f(median(p.nl)).padStart(10)} ${f(quantile(p.nl, 0.95)).padStart(6)} | ${f(median(p.js)).padStart(12)} ${f(quantile(p.js, 0.95)).padStart(6)} | ${f(median(p.js) / median(p.nl), 1).padStart(5)} | ${f(p.coldNl, 1).padStart(8)} / ${f(p.coldJs, 1).padStart(7)} | ${f(p.wasmStart, 1).padStart(7)} ms | ${f(median(p.reads)).padStart(5)}${p.nlOk ? "" : "  (newslens: not an article)"}${p.jsOk ? "" : "  (js: no article)"}`);
  }
  console.log("  newslens = read (the reader builds the page model from the live DOM) + analyzePage in wasm");
  const nlMed = median(allNl);
  const jsMed = median(allJs);
  console.log(`${"all pages".padEnd(28)} ${f(nlMed).padStart(10)} ${f(quantile(allNl, 0.95)).padStart(6)} | ${f(jsMed).padStart(12)} ${f(quantile(allJs, 0.95)).padStart(6)} | ${f(jsMed / nlMed, 1).padStart(5)} |`);
  console.log("\nSCALING (typical article xk; median ms; wasm memory after the runs)");
  console.log("   k      chars   newslens     js stack   ratio   wasm MB");
  for (const s of scaling) {
    console.log(`${String(s.k).padStart(4)} ${String(s.chars).padStart(10)} ${f(s.nl).padStart(10)} ${f(s.js).padStart(12)} ${f(s.js / s.nl, 1).padStart(7)} ${f(s.memoryMb, 1).padStart(9)}`);
  }
  console.log("\nSIZE (every file under extension/, bytes)");
  for (const a of assets) console.log(`${a.file.padEnd(40)} ${String(a.raw).padStart(10)} ${String(a.gz).padStart(10)}`);
  console.log(`${"total".padEnd(40)} ${String(shippedRaw).padStart(10)} ${String(shippedGz).padStart(10)}`);

  // ---- the extension's real path ----
  const warmAll = clicks.perPage.flatMap((p) => p.warm);
  const col = (rs, k) => rs.map((r) => r[k]);
  console.log("\nCLICK TO PANEL (the extension: click → content script reads → panel → worker: wasm start + analysis → painted; ms)");
  console.log("page                          warm med    p95 |  first | inject   read to panel  worker  paint (warm medians)");
  for (const p of clicks.perPage) {
    const w = p.warm;
    const m = (k) => f(median(col(w, k)), 1);
    console.log(`${p.name.padEnd(28)} ${f(median(col(w, "total"))).padStart(10)} ${f(quantile(col(w, "total"), 0.95)).padStart(6)} | ${f(p.first.total, 1).padStart(6)} | ${m("inject").padStart(6)} ${m("read").padStart(6)} ${m("toPanel").padStart(8)} ${m("analyse").padStart(7)} ${m("paint").padStart(6)}${p.first.ok ? "" : "  (no tabs: not an article?)"}`);
  }
  console.log("  inject: click → content script runs; read: overlay + page model; to panel: click → model in the panel;");
  console.log("  worker: model → analysis back (worker start, wasm compile, analysis); paint: → first frame painted");
  const clickMed = median(col(warmAll, "total"));
  const firstClick = clicks.perPage[0]?.first.total;
  console.log(`${"all pages".padEnd(28)} ${f(clickMed).padStart(10)} ${f(quantile(col(warmAll, "total"), 0.95)).padStart(6)} |`);
  const fm = (k) => f(median(col(warmAll, k)), 1);
  console.log(`  the panel frame (warm medians): starts ${fm("frameStart")} ms after the click; from its start, HTML in ${fm("html")}, panel script runs ${fm("script")}, its wasm compile done ${fm("compiled")}, wasm ready in the worker ${fm("workerReady")}; the analysis itself ${fm("analysis")} ms in the worker`);
  const fc = clicks.perPage[0]?.first;
  console.log(`first click in a fresh browser (${clicks.perPage[0]?.name ?? "-"}): ${f(firstClick, 1)} ms` +
    (fc ? ` (frame starts ${f(fc.frameStart, 1)}, script ${f(fc.script, 1)}, compiled ${f(fc.compiled, 1)}, worker ready ${f(fc.workerReady, 1)}, analysis ${f(fc.analysis, 1)}, paint ${f(fc.paint, 1)})` : ""));
  const big = clicks.bigPage;
  if (big) {
    console.log(`${(big.bytes / (1 << 20)).toFixed(1)} MB page: first panel (partial) in ${f(big.firstPanel, 0)} ms, whole result in ${f(big.total, 0)} ms (read ${f(big.read, 0)}, worker ${f(big.analyse, 0)}, paint ${f(big.paint, 0)}); page unresponsive for at most ${f(big.longestTask, 0)} ms at a time`);
  }
  if (clicks.memory) {
    const m = clicks.memory;
    console.log(`page JS heap after a forced GC (${m.page}): ${f(m.beforeMb)} MB before opening, ${f(m.afterFirstMb)} MB after the first close, ${f(m.afterCloseMb)} MB after ${m.opens} opens and closes`);
  }
  const peakMb = scaling.length ? scaling[scaling.length - 1].memoryMb : NaN;
  console.log(`peak wasm memory on the ${SCALES.at(-1)}x page: ${f(peakMb, 1)} MB`);

  if (wasmExtract || nativeExtract) {
    console.log(`\nEXTRACTION (aeb_dev, ${aeb.length} pages, parse + extract, median of ${AEB_ROUNDS} rounds)`);
    const line = (what, r) => r && console.log(`${what.padEnd(44)} ${f(r.pages_per_s, 0).padStart(6)} pages/s ${f(r.ms_per_page).padStart(7)} ms/page`);
    line("native (html5ever + extract)", nativeExtract);
    line(`wasm in Chromium (DOMParser + reader + extract)`, wasmExtract);
    const sp = wasmExtract?.split_ms_per_page;
    if (sp) console.log(`  wasm side per page: DOMParser ${f(sp.parse)} ms, reader ${f(sp.read)} ms, extractPage ${f(sp.extract)} ms`);
    const fm = wasmExtract?.forms_ms_per_page;
    if (fm) console.log(`  model into wasm per page (decodePage): flat form ${f(fm.decode_flat)} ms, object form ${f(fm.decode_object)} ms; extractPage on the object form ${f(fm.extract_object)} ms`);
    if (wasmExtract && nativeExtract) {
      // The extension never parses HTML: it reads the page the browser has already parsed and
      // shown. So its path (reader + extractPage) is compared with the native path (html5ever +
      // extract); the ratio with the bench's own DOMParser step is printed too.
      const product = sp ? sp.read + sp.extract : NaN;
      console.log(`wasm / native time: ${f(product / nativeExtract.ms_per_page)}x for the extension's path (reader + extractPage), ${f(wasmExtract.ms_per_page / nativeExtract.ms_per_page)}x with DOMParser`);
    }
    if (!nativeExtract) console.log("native: build it with `cargo build --release --example extract_speed`");
  }

  const result = { browser: browserVersion, runs: RUNS, warmup: WARMUP, perPage, scaling, assets, shippedRaw, shippedGz,
    clicks, wasmExtract, nativeExtract };
  fs.writeFileSync(path.join(OUT, "bench.json"), JSON.stringify(result, null, 1));
  // a smoke run leaves the README's chart alone
  const chart = SMOKE ? path.join(OUT, "bench-smoke.svg") : path.join(ROOT, "tests/bench/bench.svg");
  writeChart(chart, result);
  console.log(`\nchart: ${path.relative(ROOT, chart)}; figures: ${path.relative(ROOT, path.join(OUT, "bench.json"))}`);
  console.log(`CLICK click_ms=${f(clickMed)} first_click_ms=${f(firstClick, 1)} big_first_ms=${f(big?.firstPanel, 0)} big_page_ms=${f(big?.total, 0)} peak_wasm_mb=${f(peakMb, 1)} native_pages_s=${f(nativeExtract?.pages_per_s, 0)} wasm_pages_s=${f(wasmExtract?.pages_per_s, 0)}`);
  console.log(`BENCH newslens_ms=${f(nlMed)} js_stack_ms=${f(jsMed)} ratio=${f(jsMed / nlMed, 1)} shipped_gz_kb=${Math.round(shippedGz / 1024)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
