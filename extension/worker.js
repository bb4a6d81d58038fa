// Runs the analysis off the panel's main thread: the wasm core on the page model. A big page is
// answered twice, first its beginning, then all of it (ui/budget.js); the panel decides what to
// show when, and stops this worker at its hard budget.
//
// The panel compiles the wasm while this worker starts, and its first message is the compiled
// module ({wasm}: a WebAssembly.Module, or null if the panel could not compile it, and then the
// worker fetches and compiles it itself). Every later message is a request (ui/budget.js serve).

import init, { analyzePage, analyzeText, warm } from "./pkg/newslens.js";
import { serve } from "./ui/budget.js";

const first = new Promise((ok) => {
  self.onmessage = (e) => ok(e.data);
});
const ready = first.then((msg) => {
  const wasm = msg && msg.wasm instanceof WebAssembly.Module ? msg.wasm : null;
  // from the extension's root: this file also runs bundled, from pkg/ (scripts/build_web.sh)
  return init({ module_or_path: wasm || new URL("/pkg/newslens_bg.wasm", import.meta.url) });
});
// The tables the analysis looks up are built while the page is still being read, unless a page
// is already waiting: then its own analysis builds them.
let asked = false;
ready.then(() => setTimeout(() => {
  if (!asked) {
    try {
      warm();
    } catch {
      // the analysis will report it
    }
  }
}), () => {});
first.then(() => serve(ready, {
  analyzePage: (...a) => ((asked = true), analyzePage(...a)),
  analyzeText: (...a) => ((asked = true), analyzeText(...a)),
}));
