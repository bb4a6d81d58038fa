// The analysis budget: how a big page is cut for a quick first answer, and when the panel
// shows that partial answer. Shared by the extension (worker.js, panel.js) and the www demo;
// tested in tests/e2e/ui.test.mjs.

/** A page with more visible text than twice this many characters gets a partial answer first. */
export const PREFIX_CHARS = 100000;
/** Past this, a partial answer is shown instead of the "analysing" state. Zero: on a big page
 * the beginning's analysis is shown as soon as it is ready (before, after 1 s: a 5 MB page had
 * nothing on screen for a second while its partial answer waited). */
export const SOFT_BUDGET_MS = 0;
/** Past this, the analysis is stopped: the partial answer stays, or the reader gets a message. */
export const HARD_BUDGET_MS = 60000;

// The page model comes in two forms (src/page/flat.rs): the flat one the reader builds
// ({url, tags, nodes: Uint32Array, text, lens}) and the object one ({url, nodes: [{…}]}) of
// tests and hand-made models. Both are handled here.
const isFlat = (model) => !!model && model.nodes instanceof Uint32Array;
const HIDDEN = 0x80000000;
const ATTRIBUTES = 0x1fffff; // one bit per kept attribute (page::KEPT_ATTRIBUTES, 21)

/** Calls visit(node, piece, start) for each text node of a flat model: `piece` indexes `lens`,
 * `start` is where its text begins in `text`. Stops when visit returns true. */
function eachFlatText(model, visit) {
  const { nodes, lens } = model;
  let piece = 0;
  let start = 0;
  for (let i = 0; 3 * i < nodes.length; i++) {
    if (nodes[3 * i + 1] !== 0) {
      let bits = nodes[3 * i + 2] & ATTRIBUTES;
      for (; bits; bits &= bits - 1) start += lens[piece++];
      continue;
    }
    if (visit(i, piece, start)) return;
    start += lens[piece++];
  }
}

/** Characters of visible page text in a model (UTF-16 units, as the panel counts them). */
export function textLength(model) {
  let n = 0;
  if (isFlat(model)) {
    eachFlatText(model, (i, piece) => {
      if (!(model.nodes[3 * i + 2] & HIDDEN)) n += model.lens[piece];
    });
    return n;
  }
  for (const node of (model && model.nodes) || []) {
    if (node && node.tag === "#text" && !node.hidden && typeof node.text === "string") n += node.text.length;
  }
  return n;
}

/** Where a text of `length` units is cut to keep at most `keep` of them (never inside a
 * surrogate pair); `codeAt(k)` is the text's k-th code unit. */
function cutAt(keep, codeAt) {
  if (keep > 0) {
    const code = codeAt(keep - 1);
    if (code >= 0xd800 && code <= 0xdbff) keep--;
  }
  return keep;
}

/**
 * The model cut after its first `limit` characters of visible text. Nodes are in document order
 * and every parent comes before its children, so a prefix of the node list is itself a valid
 * model, and its node indices are the full model's: the partial result highlights the live page
 * through the same text nodes. A text node straddling the limit is cut too (never inside a
 * surrogate pair), so one huge paragraph still yields a prefix.
 */
export function prefixModel(model, limit) {
  if (isFlat(model)) return prefixFlat(model, limit);
  const nodes = model.nodes;
  let chars = 0;
  let end = nodes.length;
  let last = null;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (!node || node.tag !== "#text" || node.hidden || typeof node.text !== "string") continue;
    if (chars + node.text.length <= limit) {
      chars += node.text.length;
      continue;
    }
    const keep = cutAt(limit - chars, (k) => node.text.charCodeAt(k));
    if (keep > 0) last = { ...node, text: node.text.slice(0, keep) };
    chars += keep;
    end = i;
    break;
  }
  const kept = nodes.slice(0, end);
  if (last) kept.push(last);
  return { model: { ...model, nodes: kept }, chars };
}

function prefixFlat(model, limit) {
  let chars = 0;
  let cut = null;
  eachFlatText(model, (i, piece, start) => {
    if (model.nodes[3 * i + 2] & HIDDEN) return false;
    const len = model.lens[piece];
    if (chars + len <= limit) {
      chars += len;
      return false;
    }
    const keep = cutAt(limit - chars, (k) => model.text.charCodeAt(start + k));
    chars += keep;
    // the node is kept, shortened, if anything of it is left
    cut = keep > 0 ? { nodes: i + 1, pieces: piece + 1, textEnd: start + keep, keep } : { nodes: i, pieces: piece, textEnd: start };
    return true;
  });
  if (!cut) return { model, chars };
  const lens = model.lens.slice(0, cut.pieces);
  if (cut.keep !== undefined) lens[cut.pieces - 1] = cut.keep;
  return {
    model: { ...model, nodes: model.nodes.slice(0, 3 * cut.nodes), text: model.text.slice(0, cut.textEnd), lens },
    chars,
  };
}

/**
 * Runs one analysis under the budget. `job.start(onMessage)` begins it and calls onMessage with
 * {stage: "partial", …} (at most once) and then {stage: "full", ok, …}; `job.stop()` ends it.
 * A partial result is handed to `onPartial` once the soft budget has passed without the full
 * one (at once if it comes later than that). Resolves with the full result, or at the hard
 * budget with {ok: false, error: {kind: "timeout"}, partial}, where `partial` is the partial
 * result the reader is looking at (null if none was shown).
 */
export function withBudget(job, onPartial, { soft = SOFT_BUDGET_MS, hard = HARD_BUDGET_MS } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    let partial = null;
    let shown = false;
    let done = false;
    const show = () => {
      if (partial && !shown && !done) {
        shown = true;
        onPartial(partial);
      }
    };
    const finish = (r) => {
      if (done) return;
      done = true;
      clearTimeout(softTimer);
      clearTimeout(hardTimer);
      job.stop();
      resolve(r);
    };
    const softTimer = setTimeout(show, soft);
    const hardTimer = setTimeout(() => finish({
      ok: false,
      partial: shown ? partial : null,
      error: { kind: "timeout", message: `the analysis took longer than ${Math.round(hard / 1000)} s and was stopped` },
    }), hard);
    job.start((r) => {
      if (done || !r) return;
      if (r.stage === "partial") {
        partial = r;
        if (performance.now() - started >= soft) show();
      } else {
        finish(r);
      }
    });
  });
}

/** The core's error as a plain value: {kind, message}; anything else is a bug ("internal"). */
export function toError(err) {
  return err && typeof err === "object" && typeof err.kind === "string"
    ? { kind: err.kind, message: String(err.message) }
    : { kind: "internal", message: String((err && err.message) || err) };
}

/** The first `limit` UTF-16 units of a string, never half a surrogate pair. */
function prefixText(text, limit) {
  let keep = limit;
  const code = text.charCodeAt(keep - 1);
  if (keep > 0 && code >= 0xd800 && code <= 0xdbff) keep--;
  return text.slice(0, keep);
}

/**
 * The worker's side: answers one request, {model, options, prefix} or {text, options, prefix},
 * through `post`. Past twice `prefix` characters, a partial result of the first `prefix`
 * characters comes first ({stage: "partial", ok, view, analysed, total}); then always the whole
 * one ({stage: "full", ok, view} or {stage: "full", ok: false, error}). `core` is the wasm
 * module: {analyzePage, analyzeText}.
 */
export function answer(request, core, post) {
  const { model, text, options, prefix = 0, partialOnly = false } = request || {};
  const isText = typeof text === "string";
  const run = (input) => (isText ? core.analyzeText(input, options) : core.analyzePage(input, options));
  if (partialOnly) {
    // The beginning of a page still being read ({partialOnly, prefix}): only the partial
    // result, its total unknown (null) until the whole page comes in a later request.
    const cut = prefixModel(model, prefix);
    try {
      post({ stage: "partial", ok: true, view: run(cut.model), analysed: cut.chars, total: null });
    } catch {
      // no early answer: the whole page decides
    }
    return;
  }
  const total = isText ? text.length : textLength(model);
  if (prefix > 0 && total > prefix * 2) {
    const cut = isText ? { input: prefixText(text, prefix) } : prefixModel(model, prefix);
    const input = isText ? cut.input : cut.model;
    const analysed = isText ? cut.input.length : cut.chars;
    try {
      post({ stage: "partial", ok: true, view: run(input), analysed, total });
    } catch {
      // A prefix may not read as an article yet (or fail where the whole page would not):
      // there is simply no early answer, the whole analysis decides.
    }
  }
  try {
    const t = performance.now();
    const view = run(isText ? text : model);
    // `ms`: the analysis alone, for the benchmark's split of the click path
    post({ stage: "full", ok: true, view, ms: performance.now() - t });
  } catch (err) {
    post({ stage: "full", ok: false, error: toError(err) });
  }
}

/**
 * A worker's whole message loop: each request waits for the wasm (`ready`), then is answered
 * as above. A wasm that failed to start is the answer to every request.
 */
export function serve(ready, core) {
  // When the wasm was ready (epoch ms), sent with each answer: the benchmark's split of the
  // click path (worker start + compile against the rest).
  let readyAt = NaN;
  ready.then(() => (readyAt = performance.timeOrigin + performance.now()), () => {});
  self.onmessage = async (e) => {
    try {
      await ready;
    } catch (err) {
      self.postMessage({ stage: "full", ok: false, error: toError(err) });
      return;
    }
    answer(e.data, core, (msg) => self.postMessage({ ...msg, readyAt }));
  };
}

/**
 * The page's side: runs `request` in a module worker at `url` under the budget. Resolves like
 * withBudget; `onPartial` gets the partial result when it is due.
 */
export function analyseInWorker(urlOrWorker, request, onPartial, budget) {
  // A worker the caller started early (its wasm already compiling) or a new one.
  const worker = typeof urlOrWorker === "string" ? new Worker(urlOrWorker, { type: "module" }) : urlOrWorker;
  const job = {
    start(onMessage) {
      worker.onmessage = (e) => onMessage(e.data);
      worker.onerror = (e) => onMessage({ stage: "full", ok: false, error: { kind: "internal", message: e.message || "the analysis worker failed" } });
      worker.postMessage({ prefix: PREFIX_CHARS, ...request });
    },
    stop: () => worker.terminate(),
  };
  const done = withBudget(job, onPartial, budget);
  done.stop = () => job.stop();
  // A follow-up request to the same worker, answered under the same budget: the whole page
  // after a {partialOnly} request for its beginning.
  done.send = (more) => worker.postMessage(more);
  return done;
}
