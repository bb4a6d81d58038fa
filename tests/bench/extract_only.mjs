// The extraction part of the bench alone (wasm in Chromium against native on aeb_dev), for
// iterating on the model's crossing into wasm without the whole `make bench`:
// `node tests/bench/extract_only.mjs [--rounds 5] [--pages N]`.
import { chromium } from "playwright-core";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { aebPages, nativeExtraction, wasmExtraction } from "./extraction.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const arg = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const rounds = Number(arg("rounds", 5));
const dir = path.join(ROOT, "out", "bench", "aeb");
const names = aebPages(ROOT, dir).slice(0, Number(arg("pages", Infinity)));
const TYPES = { ".js": "text/javascript", ".wasm": "application/wasm", ".html": "text/html; charset=utf-8" };
const file = (p) => (fs.existsSync(p) && fs.statSync(p).isFile() ? { type: TYPES[path.extname(p)] || "application/octet-stream", body: fs.readFileSync(p) } : null);
const server = http.createServer((req, res) => {
  const p = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const hit = p === "/blank" ? { type: TYPES[".html"], body: "<!doctype html><title>bench</title>" }
    : p.startsWith("/aeb/") && names.includes(p.slice(5)) ? file(path.join(dir, p.slice(5)))
    : p.startsWith("/ext/") && !p.includes("..") ? file(path.join(ROOT, "extension", p.slice(5))) : null;
  if (!hit) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": hit.type, "cache-control": "no-store" }).end(hit.body);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const ctx = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), "newslens-bench-")), {
  executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
await ctx.route("**/*", (r) => (r.request().url().startsWith(origin) ? r.continue() : r.abort()));
const wasm = await wasmExtraction(ctx, origin, names, rounds);
await ctx.close();
server.close();
const native = nativeExtraction(ROOT, dir, rounds);
const f = (x) => (x == null ? "-" : x.toFixed(2));
console.log(`aeb_dev ${names.length} pages, median of ${rounds} rounds, load ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
if (native) console.log(`native (html5ever + extract): ${f(native.pages_per_s)} pages/s, ${f(native.ms_per_page)} ms/page`);
console.log(`wasm (DOMParser + reader + extractPage): ${f(wasm.pages_per_s)} pages/s, ${f(wasm.ms_per_page)} ms/page`);
const sp = wasm.split_ms_per_page, fm = wasm.forms_ms_per_page;
console.log(`  per page: DOMParser ${f(sp.parse)} ms, reader ${f(sp.read)} ms, extractPage ${f(sp.extract)} ms`);
console.log(`  decodePage: flat ${f(fm.decode_flat)} ms, object ${f(fm.decode_object)} ms; extractPage(object) ${f(fm.extract_object)} ms`);
if (native) console.log(`  reader + extractPage / native parse + extract: ${f((sp.read + sp.extract) / native.ms_per_page)}x`);
