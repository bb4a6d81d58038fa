// The demo's analysis worker: extension/worker.js with the demo's paths (ui/budget.js serves both).

import init, { analyzePage, analyzeText } from "./pkg/newslens.js";
import { serve } from "./lib/ui/budget.js";

serve(init({ module_or_path: new URL("./pkg/newslens_bg.wasm", import.meta.url) }), { analyzePage, analyzeText });
