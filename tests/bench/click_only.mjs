// The extension's click path alone (click.mjs), for iterating on it without the whole
// `make bench`: `node tests/bench/click_only.mjs [--runs 10] [--warmup 2] [--pages N] [--no-big] [--ext DIR]`.
// Prints the median split of the warm clicks per page, the first clicks, the 5 MB page and the
// page's heap (after a forced GC) before opening, after the first close and after the last.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { clickBench } from "./click.mjs";
import { ROOT, pagesDir, scaledPage } from "./inputs.mjs";

const args = process.argv.slice(2);
const arg = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const runs = Number(arg("runs", 10));
const warmup = Number(arg("warmup", 2));
const pdir = pagesDir(arg("pages-dir", process.env.NEWSLENS_EVAL_PAGES));
const names = fs.readdirSync(pdir).filter((n) => n.endsWith(".html")).sort().slice(0, Number(arg("pages", Infinity)));

// The bench's 5 MB page.
const big = scaledPage(1, 5 << 20);
const server = http.createServer((req, res) => {
  const p = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const html = "text/html; charset=utf-8";
  const hit = p === "/big" ? big
    : p === "/empty" ? "<!doctype html><title>empty</title>"
    : p.startsWith("/page/") && names.includes(p.slice(6)) ? fs.readFileSync(path.join(pdir, p.slice(6))) : null;
  if (!hit) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": html, "cache-control": "no-store" }).end(hit);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const r = await clickBench({
  ext: path.resolve(arg("ext", path.join(ROOT, "extension"))), origin, runs, warmup,
  pages: names.map((name) => ({ name, url: `${origin}/page/${encodeURIComponent(name)}` })),
  big: args.includes("--no-big") ? null : { url: `${origin}/big`, bytes: Buffer.byteLength(big) },
});
server.close();

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : "-");
const keys = ["total", "inject", "read", "toPanel", "analyse", "paint", "frameStart", "html", "script", "compiled", "workerReady", "analysis"];
const row = (label, xs) => console.log(label.padEnd(24) + keys.map((k) => f(median(xs.map((x) => x[k]))).padStart(k.length + 1)).join(""));
console.log(`click path, ${runs} warm clicks per page after ${warmup}, load ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
console.log("".padEnd(24) + keys.map((k) => " " + k).join(""));
console.log("(total ... paint: from the click; frameStart: click to the panel frame's start; html, script, compiled, workerReady: in the frame, from its start; analysis: in the worker)");
for (const p of r.perPage) row(p.name.slice(0, 23), p.warm);
row("all warm", r.perPage.flatMap((p) => p.warm));
row("first clicks", r.perPage.map((p) => p.first));
if (r.bigPage) {
  const b = r.bigPage;
  console.log(`5 MB page: first panel (partial) ${f(b.firstPanel)} ms, whole ${f(b.total)} ms, read ${f(b.read)} ms, longest page gap ${f(b.longestTask)} ms`);
}
if (r.memory) {
  const m = r.memory;
  console.log(`page heap after GC (${m.page}): ${m.beforeMb.toFixed(2)} MB before, ${f(m.afterFirstMb)} after the first close, ${m.afterCloseMb.toFixed(2)} after ${m.opens} opens and closes`);
}
