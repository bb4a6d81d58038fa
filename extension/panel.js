// The overlay's extension page. It runs in an iframe inside the content script's closed shadow
// root, on the extension's origin, so the extension CSP (with 'wasm-unsafe-eval') applies here
// whatever the page's own CSP says. It accepts exactly one port: the one named with the secret in
// its URL fragment, opened by this extension's content script.

import { createPanel, DEFAULT_SETTINGS } from "./ui/panel.js";
import { HARD_BUDGET_MS, PREFIX_CHARS, analyseInWorker, textLength } from "./ui/budget.js";

// The module graph is loaded and this body runs (the benchmark's split of the click path).
performance.mark("newslens:script");

const api = globalThis.browser ?? globalThis.chrome;
const nonce = location.hash.slice(1);

let port = null;

const send = (msg) => {
  try {
    port?.postMessage(msg);
  } catch {
    // the content script went away (page navigated): nothing to do
  }
};

const host = {
  highlight: (ranges) => send({ type: "highlight", ranges: ranges && ranges.length ? ranges : null }),
  scrollTo: (range) => send({ type: "scroll", range }),
  showAll: (groups) => send({ type: "all", groups }),
  close: () => send({ type: "close" }),
  collapse: (on) => send({ type: "collapse", on }),
  openOptions: () => api.runtime.openOptionsPage(),
  saveSettings: (patch) => api.storage.local.set(patch).catch(() => {}),
};

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

// The analysis runs in a worker, so the panel (and the page) stay responsive. A big page is
// answered in two steps (ui/budget.js): the worker's quick analysis of the page's beginning is
// shown as soon as it is ready (the content script sends that beginning while it still reads
// the rest), marked partial with what was analysed, and replaced when the whole one arrives
// (unless the whole came first). At the hard budget the worker is
// stopped: the partial result stays, saying so, or the reader gets a message.
// One worker is started as the panel loads, so the wasm compiles while the page is read. The
// wasm is compiled here, in parallel with the worker's own start, and the compiled module is
// handed to each worker this panel starts (a later page message reuses it).
const wasm = WebAssembly.compileStreaming(fetch("pkg/newslens_bg.wasm")).catch(() => null);
// when the compiled module is in hand (the benchmark's split)
wasm.then(() => performance.mark("newslens:compiled"));
function startWorker() {
  // beside this script: worker.js, or pkg/worker.js when bundled (scripts/build_web.sh)
  const worker = new Worker(new URL("worker.js", import.meta.url), { type: "module" });
  // the module goes first, whatever is posted meanwhile waits for it
  const post = worker.postMessage.bind(worker);
  let queue = wasm.then((module) => post({ wasm: module }));
  worker.postMessage = (msg) => {
    queue = queue.then(() => post(msg));
  };
  return worker;
}
let running = null;
let spare = startWorker();

function analyse(request, onPartial) {
  running?.stop();
  const worker = spare || startWorker();
  spare = null;
  running = analyseInWorker(worker, { options: { today: today() }, ...request }, onPartial);
  return running;
}

// Timing marks for the benchmark (tests/bench/click.mjs): the model's arrival, the analysis's
// return, and the first frame painted after the panel shows the outcome.
const mark = (name) => performance.mark("newslens:" + name);
const markPainted = () => requestAnimationFrame(() => setTimeout(() => mark("painted")));

function truncatedNote(view, msg) {
  if (msg.truncated) {
    view.warnings = [...(view.warnings || []), "This page is very large: Newslens read only its first 400,000 elements."];
  }
  return view;
}

// A newer page message supersedes a running analysis: its late answers are dropped.
let generation = 0;
// The analysis started on a big page's beginning ({type: "prefix"}), which the whole page
// message then continues in the same worker: {gen, job}.
let early = null;

const budget = (p, pending) => ({ analysed: p.analysed, total: p.total, pending, budget: HARD_BUDGET_MS });

/** The message's model, its flat form's typed arrays restored, or null if it is not one. */
function modelOf(msg) {
  const model = msg.model;
  // The flat form from the reader (src/page/flat.rs), its typed arrays sent as plain arrays over
  // the runtime port (JSON in Chrome): restored here, so the worker gets them by cheap clone.
  const list = (x) => Array.isArray(x) || x instanceof Uint32Array;
  const flat = !!model && typeof model.text === "string" && list(model.nodes) && list(model.lens);
  if (flat) {
    model.nodes = Uint32Array.from(model.nodes);
    model.lens = Uint32Array.from(model.lens);
  }
  return model && (flat || Array.isArray(model.nodes)) ? model : null;
}

function showPartial(gen, p, msg, url) {
  if (gen !== generation) return;
  send({ type: "segments", segments: p.view.segments || [] });
  panel.showResult(truncatedNote(p.view, msg), { url, partial: budget(p, true) });
  if (!marked) requestAnimationFrame(() => setTimeout(() => mark("partial-painted")));
  marked = true;
}
let marked = false;

// A big page's beginning, sent while the rest is still being read: its analysis is shown
// (marked partial) as soon as it is ready, and the whole page follows in the same worker.
function onPrefix(msg) {
  const gen = ++generation;
  mark("prefix");
  const model = modelOf(msg);
  if (!model) return;
  panel.showLoading();
  const job = analyse({ model, prefix: PREFIX_CHARS, partialOnly: true }, (p) => showPartial(gen, p, msg, model.url));
  early = { gen, job };
}

async function onPage(msg) {
  const continued = early && early.gen === generation ? early.job : null;
  early = null;
  const gen = continued ? generation : ++generation;
  mark("page");
  if (!continued) panel.showLoading();
  const model = modelOf(msg);
  if (!model) {
    continued?.stop();
    panel.showError(new Error("the page could not be read"));
    return;
  }
  const flat = model.nodes instanceof Uint32Array;
  const started = performance.now();
  let r;
  if (continued) {
    panel.setPartialTotal(textLength(model));
    continued.send({ model, options: { today: today() }, prefix: 0 });
    r = await continued;
  } else {
    r = await analyse({ model }, (p) => showPartial(gen, p, msg, model.url));
  }
  if (gen !== generation) return;
  mark("analysed");
  if (Number.isFinite(r.readyAt)) performance.mark("newslens:worker-ready", { startTime: r.readyAt - performance.timeOrigin });
  if (Number.isFinite(r.ms)) performance.measure("newslens:analysis", { start: 0, duration: r.ms });
  markPainted();
  if (r.ok) {
    send({ type: "segments", segments: r.view.segments || [] });
    panel.showResult(truncatedNote(r.view, msg), { url: model.url, partial: null });
    return;
  }
  if (r.partial) {
    // Stopped at the hard budget: the partial result on screen stays, and says it is final.
    panel.showResult(r.partial.view, { url: model.url, partial: budget(r.partial, false) });
    return;
  }
  const err = r.error || {};
  if (err.kind === "not-article") panel.showNotArticle(err.message);
  else panel.showError(new Error(err.message || "unknown error"),
    `Kind: ${err.kind || "internal"}\nPage nodes: ${flat ? model.nodes.length / 3 : model.nodes.length}${msg.truncated ? " (cut)" : ""}\nTime: ${Math.round(performance.now() - started)} ms`);
}

function onMessage(msg) {
  if (!msg || typeof msg !== "object") return;
  if (msg.type === "page") onPage(msg);
  else if (msg.type === "prefix") onPrefix(msg);
  else if (msg.type === "pick") panel.pick(msg.offset);
  else if (msg.type === "read-error") {
    running?.stop();
    early = null;
    panel.showError(new Error(`reading the page failed: ${msg.message}`));
  }
}

// Registered synchronously, before the frame's load event, which is when the content script
// connects.
let panel = null;
api.runtime.onConnect.addListener((p) => {
  if (port || !nonce || p.name !== "newslens:" + nonce || p.sender?.id !== api.runtime.id) return;
  port = p;
  port.onMessage.addListener(onMessage);
  port.onDisconnect.addListener(() => (port = null));
  send({ type: "ready" });
});

panel = createPanel(document.getElementById("root"), host, { ...DEFAULT_SETTINGS, version: api.runtime.getManifest().version });
panel.showLoading();
api.storage.local.get(["theme", "sections", "sort", "side"]).then((s) => panel.setSettings(s), () => {});

api.storage.onChanged.addListener((changes, area) => {
  if (area !== "local") return;
  const next = {};
  for (const k of ["theme", "sections", "sort", "side"]) if (changes[k]) next[k] = changes[k].newValue;
  if (Object.keys(next).length) panel.setSettings(next);
  if (changes.side) send({ type: "settings", side: changes.side.newValue });
});
