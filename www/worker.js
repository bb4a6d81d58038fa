// The demo's analysis worker: extension/worker.js with the demo's paths. A big page is
// answered twice, first its beginning, then all of it (ui/budget.js); the panel decides what to
// show when, and stops this worker at its hard budget.

import init, { analyzePage, analyzeText } from "./pkg/newslens.js";
import { answer, toError } from "./lib/ui/budget.js";

const ready = init({ module_or_path: new URL("./pkg/newslens_bg.wasm", import.meta.url) });

self.onmessage = async (e) => {
  try {
    await ready;
  } catch (err) {
    self.postMessage({ stage: "full", ok: false, error: toError(err) });
    return;
  }
  answer(e.data, { analyzePage, analyzeText }, (msg) => self.postMessage(msg));
};
