// Runs one analysis off the panel's main thread: the wasm core on the page model.

import init, { analyzePage, version, warm } from "./pkg/newslens.js";

// The tables the analysis looks up are built while the page is still being read.
const ready = init({ module_or_path: new URL("./pkg/newslens_bg.wasm", import.meta.url) })
  .then(() => { try { warm(); } catch { /* the analysis will report it */ } });

self.onmessage = async (e) => {
  try {
    await ready;
    const view = analyzePage(e.data.model, e.data.options);
    self.postMessage({ ok: true, view, version: version() });
  } catch (err) {
    // The core throws {kind, message}; anything else is a bug (a panic shows as a RuntimeError).
    const error = err && typeof err === "object" && typeof err.kind === "string"
      ? { kind: err.kind, message: String(err.message) }
      : { kind: "internal", message: String(err && err.message || err) };
    self.postMessage({ ok: false, error });
  }
};
