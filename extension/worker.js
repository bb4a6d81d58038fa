// Runs the analysis off the panel's main thread: the wasm core on the page model. A big page is
// answered twice, first its beginning, then all of it (ui/budget.js); the panel decides what to
// show when, and stops this worker at its hard budget.

import init, { analyzePage, analyzeText, warm } from "./pkg/newslens.js";
import { serve } from "./ui/budget.js";

// The tables the analysis looks up are built while the page is still being read.
const ready = init({ module_or_path: new URL("./pkg/newslens_bg.wasm", import.meta.url) })
  .then(() => { try { warm(); } catch { /* the analysis will report it */ } });

serve(ready, { analyzePage, analyzeText });
