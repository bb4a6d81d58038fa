// Pure parts of the panel (its sections, the analysis budget): no browser needed.

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { frameBox } from "../../extension/ui/places.js";
import { sortSpeakers } from "../../extension/ui/speakers.js";
import { prefixModel, textLength, withBudget, answer, toError } from "../../extension/ui/budget.js";
import { entryFlags, entryClock } from "../../extension/ui/timeline.js";
import { toMarkdown } from "../../extension/ui/export.js";

test("the map frames its markers with a margin, at the map's aspect ratio, inside the world", () => {
  const [x, y, w, h] = frameBox([[100, 100], [140, 120]], 960, 480);
  assert.ok(x <= 100 && y <= 100 && x + w >= 140 && y + h >= 120, "markers inside");
  assert.ok(Math.abs(w / h - 2) < 1e-9, "aspect kept");
  assert.ok(w >= 960 / 6, "a single region still shows its surroundings");
  assert.deepEqual(frameBox([], 960, 480), [0, 0, 960, 480]);
  const edge = frameBox([[2, 2]], 960, 480);
  assert.ok(edge[0] >= 0 && edge[1] >= 0, "never outside the world");
});

test("speakers sort by number of quotes, then by order of appearance", () => {
  const a = { name: "A", quotes: [{ start: 50 }], mentions: [{ start: 40 }] };
  const b = { name: "B", quotes: [{ start: 10 }, { start: 90 }], mentions: [{ start: 5 }] };
  const c = { name: "C", quotes: [{ start: 30 }], mentions: [{ start: 1 }] };
  assert.deepEqual(sortSpeakers([a, b, c], "count").map((s) => s.name), ["B", "C", "A"]);
  assert.deepEqual(sortSpeakers([a, b, c], "appearance").map((s) => s.name), ["C", "B", "A"]);
});

test("the budget's prefix: a valid model, the same node indices, cut inside a text node but never in a pair", () => {
  const model = {
    url: "https://example.test/a",
    nodes: [
      { parent: null, tag: "html" },
      { parent: 0, tag: "body" },
      { parent: 1, tag: "p" },
      { parent: 2, tag: "#text", text: "hidden text", hidden: true },
      { parent: 2, tag: "#text", text: "0123456789" },
      { parent: 1, tag: "p" },
      { parent: 5, tag: "#text", text: "abc\u{1F600}def" },
      { parent: 1, tag: "p" },
      { parent: 7, tag: "#text", text: "never reached" },
    ],
  };
  assert.equal(textLength(model), 10 + 8 + 13, "hidden text is not counted");
  const whole = prefixModel(model, 1000);
  assert.equal(whole.chars, 31);
  assert.deepEqual(whole.model.nodes, model.nodes);
  // 10 + 4 would end between the two halves of the emoji: the cut steps back before it.
  const cut = prefixModel(model, 14);
  assert.equal(cut.chars, 13);
  assert.equal(cut.model.url, model.url);
  assert.deepEqual(cut.model.nodes.slice(0, 6), model.nodes.slice(0, 6));
  assert.deepEqual(cut.model.nodes[6], { parent: 5, tag: "#text", text: "abc" });
  assert.equal(cut.model.nodes.length, 7);
  for (const [i, n] of cut.model.nodes.entries()) assert.ok(n.parent === null || n.parent < i, "parents come first");
  assert.equal(model.nodes[6].text, "abc\u{1F600}def", "the full model is left alone");
  assert.equal(prefixModel(model, 0).chars, 0);
  assert.equal(textLength({}), 0);
});

/** A fake analysis job: posts what `script` says, when it says; records whether it was stopped. */
function fakeJob(script) {
  const job = { stopped: false, timers: [] };
  job.start = (onMessage) => {
    for (const [at, msg] of script) job.timers.push(setTimeout(() => onMessage(msg), at));
  };
  job.stop = () => {
    job.stopped = true;
    job.timers.forEach(clearTimeout);
  };
  return job;
}

const PARTIAL = { stage: "partial", ok: true, view: { n: "partial" }, analysed: 10, total: 100 };
const FULL = { stage: "full", ok: true, view: { n: "full" } };

test("budget: a whole result within the soft budget is the only one shown", async () => {
  const shown = [];
  const job = fakeJob([[5, PARTIAL], [15, FULL]]);
  // A soft budget far beyond the whole result, so a busy machine cannot make the test flaky.
  const r = await withBudget(job, (p) => shown.push(p), { soft: 5000, hard: 10000 });
  assert.deepEqual(r, FULL);
  assert.deepEqual(shown, [], "no flash of a partial result");
  assert.ok(job.stopped);
});

test("budget: past the soft budget the partial result is shown, then the whole one", async () => {
  const shown = [];
  const job = fakeJob([[5, PARTIAL], [120, FULL]]);
  const r = await withBudget(job, (p) => shown.push(performance.now()), { soft: 40, hard: 1000 });
  assert.deepEqual(r, FULL);
  assert.equal(shown.length, 1);
});

test("budget: a partial result that comes after the soft budget is shown at once", async () => {
  const shown = [];
  const job = fakeJob([[60, PARTIAL], [150, FULL]]);
  const t0 = performance.now();
  await withBudget(job, () => shown.push(performance.now() - t0), { soft: 20, hard: 1000 });
  assert.equal(shown.length, 1);
  assert.ok(shown[0] >= 55, `shown when it came, at ${shown[0]} ms`);
});

test("budget: at the hard budget the job is stopped and the partial result stays", async () => {
  const shown = [];
  const job = fakeJob([[5, PARTIAL], [10000, FULL]]);
  const t0 = performance.now();
  const r = await withBudget(job, (p) => shown.push(p), { soft: 20, hard: 120 });
  assert.ok(performance.now() - t0 < 2000, "no wait for the runaway analysis");
  assert.equal(r.ok, false);
  assert.equal(r.error.kind, "timeout");
  assert.deepEqual(r.partial, PARTIAL);
  assert.deepEqual(shown, [PARTIAL]);
  assert.ok(job.stopped, "the worker is terminated");
});

test("budget: no partial result and no whole one by the hard budget is a timeout, never a hang", async () => {
  const job = fakeJob([]);
  const r = await withBudget(job, () => assert.fail("nothing to show"), { soft: 10, hard: 50 });
  assert.equal(r.error.kind, "timeout");
  assert.equal(r.partial, null);
  assert.ok(job.stopped);
});

test("budget: a failed analysis ends the wait at once, and a partial result is never shown after it", async () => {
  const shown = [];
  const fail = { stage: "full", ok: false, error: { kind: "not-article", message: "no story" } };
  const r = await withBudget(fakeJob([[5, PARTIAL], [10, fail]]), (p) => shown.push(p), { soft: 100, hard: 10000 });
  assert.deepEqual(r, fail);
  // (On a machine busy enough to deliver the partial result late it may have been shown before
  // the failure; never after it.)
  const atEnd = shown.length;
  await new Promise((ok) => setTimeout(ok, 200));
  assert.equal(shown.length, atEnd);
});

test("the extension's own code has no way to the network, to eval, to markup parsing or to page storage", () => {
  // The e2e run intercepts requests from pages, frames and workers; the background service
  // worker is checked here, with the rest of the hand-written code (pkg/ is the wasm-bindgen
  // glue, which fetches only the extension's own .wasm).
  const ext = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../extension");
  const files = fs.readdirSync(ext, { recursive: true })
    .filter((f) => /\.(m?js|html)$/.test(f) && !f.startsWith("pkg"))
    .map((f) => [f, fs.readFileSync(path.join(ext, f), "utf8").replace(/^\s*\/\/.*$/gm, "")])
    // the one exception: the panel fetches the extension's own wasm, to compile it while its
    // worker starts (as the glue in pkg/ would)
    .map(([f, src]) => [f, f === "panel.js" ? src.replace('fetch("pkg/newslens_bg.wasm")', "") : src]);
  assert.ok(files.some(([f]) => f === "background.js") && files.some(([f]) => f === "ui/panel.js"));
  const banned = [/\bfetch\s*\(/, /XMLHttpRequest/, /WebSocket/, /sendBeacon/, /EventSource/, /importScripts/,
    /\beval\s*\(/, /new\s+Function\b/, /\.innerHTML\s*=/, /\.outerHTML\s*=/, /insertAdjacentHTML/, /document\.write/,
    /https?:\/\/(?!www\.w3\.org\/)/,
    // and nowhere to keep what was read: settings go to storage.local, which the e2e run checks
    /localStorage/, /sessionStorage/, /indexedDB/, /document\.cookie/, /caches\./];
  const found = files.flatMap(([f, src]) => banned.filter((re) => re.test(src)).map((re) => `${f}: ${re}`));
  assert.deepEqual(found, []);
});

test("the worker's answer: a big input gets its beginning first, then all of it; a small one only all", () => {
  const calls = [];
  const core = {
    analyzeText: (t) => (calls.push(["text", t.length]), { n: t.length }),
    analyzePage: (m) => (calls.push(["page", m.nodes.length]), { n: m.nodes.length }),
  };
  const posts = [];
  answer({ text: "x".repeat(50), prefix: 10 }, core, (m) => posts.push(m));
  assert.deepEqual(posts.map((p) => [p.stage, p.view.n, p.analysed, p.total]),
    [["partial", 10, 10, 50], ["full", 50, undefined, undefined]]);
  posts.length = 0;
  answer({ text: "x".repeat(15), prefix: 10 }, core, (m) => posts.push(m));
  assert.deepEqual(posts.map((p) => p.stage), ["full"], "under twice the prefix: no partial pass");
  posts.length = 0;
  const nodes = [{ parent: null, tag: "html" }, ...Array.from({ length: 30 }, () => ({ parent: 0, tag: "#text", text: "abcde" }))];
  answer({ model: { nodes }, prefix: 50 }, core, (m) => posts.push(m));
  assert.deepEqual(posts.map((p) => [p.stage, p.view.n]), [["partial", 11], ["full", 31]]);
  assert.equal(posts[0].analysed, 50);
  assert.equal(posts[0].total, 150);
});

test("the worker's answer: the beginning of a page still being read gets only its partial answer", () => {
  const core = { analyzePage: (m) => ({ n: m.nodes.length }) };
  const nodes = [{ parent: null, tag: "html" }, ...Array.from({ length: 30 }, () => ({ parent: 0, tag: "#text", text: "abcde" }))];
  const posts = [];
  answer({ model: { nodes }, prefix: 50, partialOnly: true }, core, (m) => posts.push(m));
  assert.deepEqual(posts.map((p) => [p.stage, p.view.n, p.analysed, p.total]), [["partial", 11, 50, null]],
    "no whole answer, and the total is not known yet");
  posts.length = 0;
  answer({ model: { nodes }, prefix: 50, partialOnly: true }, { analyzePage: () => { throw new Error("not yet an article"); } }, (m) => posts.push(m));
  assert.deepEqual(posts, [], "a failing beginning is simply no early answer");
});

test("the worker's answer: a failing prefix is skipped, a failing whole is an error value", () => {
  const posts = [];
  let n = 0;
  const core = { analyzeText: () => { throw n++ === 0 ? new RangeError("boom") : { kind: "bad-input", message: "no" }; } };
  answer({ text: "x".repeat(50), prefix: 10 }, core, (m) => posts.push(m));
  assert.deepEqual(posts, [{ stage: "full", ok: false, error: { kind: "bad-input", message: "no" } }]);
  assert.deepEqual(toError(new Error("RuntimeError: unreachable")), { kind: "internal", message: "RuntimeError: unreachable" });
});

test("the manifest keeps the extension's CSP strict and its permissions few", () => {
  const ext = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../extension");
  const m = JSON.parse(fs.readFileSync(path.join(ext, "manifest.json"), "utf8"));
  const csp = m.content_security_policy.extension_pages.split(";").map((d) => d.trim()).filter(Boolean);
  assert.deepEqual(csp, ["script-src 'self' 'wasm-unsafe-eval'", "object-src 'self'"]);
  assert.deepEqual([...m.permissions].sort(), ["activeTab", "scripting", "storage"]);
  assert.equal(m.host_permissions, undefined, "no standing access to any site");
  assert.equal(m.content_scripts, undefined, "nothing runs before the click");
  assert.deepEqual(m.web_accessible_resources.map((r) => r.resources), [["panel.html"]]);
});

test("timeline flags: without a publication date, relative dates and guessed years are said so", () => {
  const published = { date: "2021-05-07", published: true };
  const today = { date: "2026-11-27", published: false };
  const june = { value: "2021-06-07/2021-06-08", relative: false, year_inferred: true, fuzzy: false };
  const lastWeek = { value: "2026-W47", relative: true, year_inferred: false, fuzzy: true };
  assert.deepEqual(entryFlags(june, published), []);
  assert.deepEqual(entryFlags(june, today), ["year assumed"]);
  assert.deepEqual(entryFlags(lastWeek, today), ["approximate", "relative to today"]);
  assert.deepEqual(entryFlags(lastWeek, published), ["approximate"]);
  assert.deepEqual(entryFlags(june, null), []);
  const dateline = { date: "1998-08-11", published: false, dateline: true };
  assert.deepEqual(entryFlags(lastWeek, dateline), ["approximate", "relative to the dateline"]);
  assert.deepEqual(entryFlags(june, dateline), ["year assumed"]);
  // a fiscal quarter placed where it happened says when that was
  const fiscal = { value: "2020-Q1", relative: false, year_inferred: true, fuzzy: true, sort_day: 18444 };
  assert.deepEqual(entryFlags(fiscal, published), ["approximate", "fiscal, July 2020 – September 2020"]);
  const calendar = { value: "2020-Q3", relative: false, year_inferred: true, fuzzy: true, sort_day: 18444 };
  assert.deepEqual(entryFlags(calendar, published), ["approximate"]);
});

test("markdown export: a fiscal quarter says when it ran, as the panel does", () => {
  const timeline = [
    { value: "2020-Q1", expression: "the fiscal first quarter", event: "sales rose", fuzzy: true, sort_day: 18444 },
    { value: "2020-Q3", expression: "the third quarter", event: "sales fell", fuzzy: true, sort_day: 18444 },
  ];
  const md = toMarkdown({ article: { title: "T" }, timeline, anchor: { date: "2021-05-07", published: true } });
  assert.match(md, /- \*\*Q1 2020 \(approximate; fiscal, July 2020 – September 2020\)\*\*/);
  assert.match(md, /- \*\*Q3 2020 \(approximate\)\*\*/);
});

test("timeline clock: a TIME entry shows its clock and the zone the article named", () => {
  assert.equal(entryClock({ value: "2021-05-07T15:30" }, "-04:00"), "15:30 UTC\u221204:00");
  assert.equal(entryClock({ value: "2021-05-07T15:30" }, "Z"), "15:30 UTC");
  assert.equal(entryClock({ value: "2021-05-07T09:05" }, undefined), "09:05");
  assert.equal(entryClock({ value: "2021-05-07" }, "-04:00"), "");
});
