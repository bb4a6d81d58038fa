// The www demo: the extension's panel beside an article in a frame, with the same page reader,
// highlighter and wasm core. Pasted HTML goes into a sandboxed frame (no scripts; the page's CSP
// is inherited by srcdoc), so a pasted page can neither run code nor load anything. The wasm runs
// in a worker under the extension's budget (lib/ui/budget.js): a huge paste never freezes the
// page, and shows a partial result first.

import { createPanel, DEFAULT_SETTINGS } from "./lib/ui/panel.js";
import { HARD_BUDGET_MS, analyseInWorker } from "./lib/ui/budget.js";

const holder = document.getElementById("article-holder");
const published = document.getElementById("published");
const theme = document.getElementById("theme");
const paste = document.getElementById("paste");

let frameDoc = null;
let mapper = null;
let painter = null;

const host = {
  highlight: (ranges) => painter?.set("focus", mapper && ranges ? ranges.flatMap(([s, e]) => mapper.domRanges(s, e)) : null),
  showAll: (groups) => {
    for (const k of ["speaker", "quote", "place", "date"]) {
      painter?.set(k, mapper && groups && groups[k] ? groups[k].flatMap(([s, e]) => mapper.domRanges(s, e)) : null);
    }
  },
  scrollTo: (range) => {
    const r = mapper?.domRanges(range[0], range[1])[0];
    r?.startContainer.parentElement?.scrollIntoView({ block: "center" });
  },
};

const panel = createPanel(document.getElementById("panel"), host, { ...DEFAULT_SETTINGS, url: "" });

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function options() {
  return published.value ? { published: published.value, today: today() } : { today: today() };
}

/** A fresh sandboxed frame: scripts off, same origin so the reader and highlighter can reach it. */
function newFrame(load) {
  painter?.clear();
  const f = document.createElement("iframe");
  f.setAttribute("sandbox", "allow-same-origin");
  f.title = "Article";
  load(f);
  holder.replaceChildren(f);
  return new Promise((ok) => f.addEventListener("load", () => ok(f), { once: true }));
}

function wire(f) {
  frameDoc = f.contentDocument;
  painter = NewslensHighlight.painter(frameDoc);
  frameDoc.addEventListener("click", (e) => {
    if (!mapper) return;
    const p = frameDoc.caretPositionFromPoint?.(e.clientX, e.clientY);
    const r = p ? { node: p.offsetNode, offset: p.offset } : null;
    if (r && painter.contains(r.node, r.offset)) panel.pick(mapper.offsetOf(r.node, r.offset));
  });
}

let running = null;

/** Analyses `request` in the worker and shows the result over `textNodes`; `fix` adjusts a view. */
async function run(request, textNodes, fix = (v) => v) {
  panel.showLoading();
  running?.stop();
  const show = (view, partial) => {
    view = fix(view);
    mapper = NewslensHighlight.mapper(frameDoc, view.segments || [], textNodes);
    panel.showResult(view, { url: "", partial });
  };
  const budget = (p, pending) => ({ analysed: p.analysed, total: p.total, pending, budget: HARD_BUDGET_MS });
  const job = (running = analyseInWorker("worker.js", { ...request, options: options() }, (p) => {
    if (running === job) show(p.view, budget(p, true));
  }));
  const r = await job;
  if (running !== job) return;
  running = null;
  if (r.ok) return show(r.view, null);
  if (r.partial) return show(r.partial.view, budget(r.partial, false));
  mapper = null;
  const err = r.error || {};
  if (err.kind === "not-article") panel.showNotArticle(err.message);
  else panel.showError(new Error(err.message || "unknown error"), `Kind: ${err.kind || "internal"}\nNewslens demo`);
}

async function showPage(load) {
  const f = await newFrame(load);
  wire(f);
  const read = NewslensReader.read(frameDoc, { url: null });
  await run({ model: read.model }, read.textNodes);
}

async function showText(text) {
  // The text is shown verbatim in a <pre>; analyzeText's offsets are offsets into it.
  const d = document.implementation.createHTMLDocument("Pasted text");
  const css = d.createElement("link");
  css.rel = "stylesheet";
  css.href = new URL("text.css", location.href).href;
  d.head.append(css);
  const pre = d.createElement("pre");
  pre.textContent = text;
  d.body.append(pre);
  const f = await newFrame((fr) => (fr.srcdoc = "<!DOCTYPE html>" + d.documentElement.outerHTML));
  wire(f);
  const node = frameDoc.querySelector("pre")?.firstChild;
  await run({ text }, node ? [node] : [],
    (view) => ({ ...view, segments: node ? [{ start: 0, end: text.length, node: 0, node_start: 0 }] : [] }));
}

document.getElementById("sample").addEventListener("click", () => showPage((f) => (f.src = "lib/sample.html")));
document.getElementById("form").addEventListener("submit", (e) => {
  e.preventDefault();
  const value = paste.value;
  if (!value.trim()) return showPage((f) => (f.src = "lib/sample.html"));
  // Markup starts with a tag; anything else is the story's text.
  if (/^\s*</.test(value)) showPage((f) => (f.srcdoc = value));
  else showText(value);
});
theme.addEventListener("change", () => panel.setSettings({ theme: theme.value }));
published.addEventListener("change", () => document.getElementById("form").requestSubmit());

showPage((f) => (f.src = "lib/sample.html"));
