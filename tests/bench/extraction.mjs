// Article extraction, wasm in Chromium against native (issue 3: within 2x), on the same pages:
// aeb_dev, decompressed into out/bench/aeb. Native: the extract_speed example (html5ever parse +
// extract). Browser: DOMParser + the reader (extension/reader.js) + extractPage in wasm, so each
// side parses the HTML with its own parser and builds the same page model.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/** Decompresses aeb_dev's pages into `out` once; returns the file names. */
export function aebPages(root, out) {
  const src = ["../shared/eval/data/aeb_dev/html", "../../shared/eval/data/aeb_dev/html"]
    .map((rel) => path.resolve(root, rel))
    .find((d) => fs.existsSync(d));
  if (!src) return [];
  fs.mkdirSync(out, { recursive: true });
  const names = [];
  for (const n of fs.readdirSync(src).sort()) {
    if (!n.endsWith(".html.gz")) continue;
    const name = n.slice(0, -3);
    const dst = path.join(out, name);
    if (!fs.existsSync(dst)) fs.writeFileSync(dst, zlib.gunzipSync(fs.readFileSync(path.join(src, n))));
    names.push(name);
  }
  return names;
}

/** The native figures, or null when the example is not built (scripts/bench.sh builds it). */
export function nativeExtraction(root, dir, rounds) {
  const bin = path.join(root, "target/release/examples/extract_speed");
  if (!fs.existsSync(bin)) return null;
  return JSON.parse(execFileSync(bin, [dir, "--rounds", String(rounds), "--json"], { encoding: "utf8" }));
}

/** Runs in a blank page of the bench server: `names` are served under /aeb/. */
export async function wasmExtraction(ctx, origin, names, rounds) {
  const page = await ctx.newPage();
  await page.goto(`${origin}/blank`, { waitUntil: "load" });
  await page.addScriptTag({ url: "/ext/reader.js" });
  const r = await page.evaluate(async ({ names, rounds }) => {
    const m = await import("/ext/pkg/newslens.js");
    await m.default({ module_or_path: "/ext/pkg/newslens_bg.wasm" });
    const htmls = await Promise.all(names.map((n) => fetch(`/aeb/${n}`).then((r) => r.text())));
    // time spent in each part over the timed rounds: DOMParser, the reader, extractPage
    const split = { parse: 0, read: 0, extract: 0 };
    const one = (html) => {
      const t0 = performance.now();
      const doc = new DOMParser().parseFromString(html, "text/html");
      const t1 = performance.now();
      const { model } = globalThis.NewslensReader.read(doc, { url: null });
      const t2 = performance.now();
      const ok = m.extractPage(model) > 0;
      const t3 = performance.now();
      split.parse += t1 - t0;
      split.read += t2 - t1;
      split.extract += t3 - t2;
      return ok;
    };
    let articles = 0;
    for (const h of htmls) articles += one(h) ? 1 : 0; // warm-up round
    split.parse = split.read = split.extract = 0;
    const totals = [];
    const perPage = htmls.map(() => []);
    for (let k = 0; k < rounds; k++) {
      const t0 = performance.now();
      htmls.forEach((h, i) => {
        const t = performance.now();
        one(h);
        perPage[i].push(performance.now() - t);
      });
      totals.push(performance.now() - t0);
    }
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const total = med(totals);
    // The model crossing into wasm on its own (decodePage), in the flat form the reader builds
    // and in the object form it replaced (src/page/flat.rs), with extractPage on the object form.
    const forms = { decode_flat: 0, decode_object: 0, extract_object: 0 };
    const models = htmls.map((h) => globalThis.NewslensReader.read(new DOMParser().parseFromString(h, "text/html"), { url: null }).model);
    const objects = models.map((mo) => globalThis.NewslensReader.toObjects(mo));
    const time = (key, f, xs) => {
      for (let k = 0; k < rounds; k++) {
        for (const x of xs) {
          const t = performance.now();
          f(x);
          forms[key] += performance.now() - t;
        }
      }
    };
    time("decode_flat", m.decodePage, models);
    time("decode_object", m.decodePage, objects);
    time("extract_object", m.extractPage, objects);
    return { pages: htmls.length, articles, rounds, pages_per_s: htmls.length / (total / 1000),
      ms_per_page: total / htmls.length,
      split_ms_per_page: Object.fromEntries(Object.entries(split).map(([k, v]) => [k, v / rounds / htmls.length])),
      forms_ms_per_page: Object.fromEntries(Object.entries(forms).map(([k, v]) => [k, v / rounds / htmls.length])),
      per_page: names.map((name, i) => ({ name, ms: med(perPage[i]) })) };
  }, { names, rounds });
  await page.close();
  return r;
}
