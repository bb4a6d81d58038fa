// The analysis budget: how a big page is cut for a quick first answer, and when the panel
// shows that partial answer. Pure functions, shared by the worker and the panel, tested in
// tests/e2e/ui.test.mjs.

/** A page with more visible text than twice this many characters gets a partial answer first. */
export const PREFIX_CHARS = 100000;
/** Past this, a partial answer is shown instead of the "analysing" state. */
export const SOFT_BUDGET_MS = 1000;
/** Past this, the analysis is stopped: the partial answer stays, or the reader gets a message. */
export const HARD_BUDGET_MS = 60000;

/** Characters of visible page text in a model (UTF-16 units, as the panel counts them). */
export function textLength(model) {
  let n = 0;
  for (const node of (model && model.nodes) || []) {
    if (node && node.tag === "#text" && !node.hidden && typeof node.text === "string") n += node.text.length;
  }
  return n;
}

/**
 * The model cut after its first `limit` characters of visible text. Nodes are in document order
 * and every parent comes before its children, so a prefix of the node list is itself a valid
 * model, and its node indices are the full model's: the partial result highlights the live page
 * through the same text nodes. A text node straddling the limit is cut too (never inside a
 * surrogate pair), so one huge paragraph still yields a prefix.
 */
export function prefixModel(model, limit) {
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
    let keep = limit - chars;
    const code = node.text.charCodeAt(keep - 1);
    if (keep > 0 && code >= 0xd800 && code <= 0xdbff) keep--;
    last = { ...node, text: node.text.slice(0, keep) };
    chars += keep;
    end = i;
    break;
  }
  const kept = nodes.slice(0, end);
  if (last) kept.push(last);
  return { model: { ...model, nodes: kept }, chars };
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
