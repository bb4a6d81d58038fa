// Runs the analysis off the panel's main thread: the wasm core on the page model.
//
// A big page is analysed twice: first a prefix of it (the first `prefix` characters of page
// text), posted as {stage: "partial"}, then the whole page, posted as {stage: "full"}. The panel
// shows the partial result once its time budget has passed without the full one, and can stop
// this worker at its hard budget and keep the partial result: the reader always gets an answer.

import init, { analyzePage, version } from "./pkg/newslens.js";
import { prefixModel, textLength } from "./ui/budget.js";

const ready = init({ module_or_path: new URL("./pkg/newslens_bg.wasm", import.meta.url) });

self.onmessage = async (e) => {
  const { model, options, prefix = 0 } = e.data || {};
  try {
    await ready;
  } catch (err) {
    self.postMessage({ stage: "full", ok: false, error: toError(err) });
    return;
  }
  const total = textLength(model);
  if (prefix > 0 && total > prefix * 2) {
    const cut = prefixModel(model, prefix);
    try {
      const view = analyzePage(cut.model, options);
      self.postMessage({ stage: "partial", ok: true, view, analysed: cut.chars, total, version: version() });
    } catch {
      // A prefix may not read as an article yet (or fail where the whole page would not):
      // there is simply no early answer, the full analysis decides.
    }
  }
  try {
    const view = analyzePage(model, options);
    self.postMessage({ stage: "full", ok: true, view, version: version() });
  } catch (err) {
    self.postMessage({ stage: "full", ok: false, error: toError(err) });
  }
};

function toError(err) {
  // The core throws {kind, message}; anything else is a bug (a panic shows as a RuntimeError).
  return err && typeof err === "object" && typeof err.kind === "string"
    ? { kind: err.kind, message: String(err.message) }
    : { kind: "internal", message: String((err && err.message) || err) };
}
