// Newslens background: the toolbar button (and its shortcut, `_execute_action`) toggles the
// overlay in the active tab. It holds no state about pages: the content script keeps its own,
// so a second click finds it and tears everything down.
"use strict";

const api = globalThis.browser ?? globalThis.chrome;

// Pages no extension may script (browser-internal pages, the web stores). Injection there fails
// anyway; naming them lets the button say why instead of doing nothing.
function restrictedReason(url) {
  // Chrome hides the address of exactly these pages from the click's grant: no address means one.
  if (!url) return "Newslens cannot read this tab: browser pages and extension stores cannot be analysed.";
  if (/^(chrome|edge|about|moz-extension|chrome-extension|view-source|devtools|resource):/i.test(url)) {
    return "Browser pages cannot be analysed.";
  }
  if (/^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)\//i.test(url)) {
    return "Extension stores do not allow extensions to read their pages.";
  }
  return null;
}

// The engine, compiled and run once here as the click arrives, so that the panel's first
// analysis finds its code ready. The wasm compiles lazily (a few ms), and each function is
// compiled on its first call: that, not the compile, is what the first click of a fresh browser
// paid (tens of ms). V8 keeps compiled wasm per process, keyed by the module's bytes, and this
// background shares the extension's renderer process with the panel frame and its worker: the
// code compiled here by one warm-up run (`warm`, a short analysis inside the wasm that crosses
// into JavaScript nowhere) is the code they run. The module is held for a few seconds only,
// long enough for the panel's compile to find it: held longer, every later panel would share
// this first, partly unoptimised copy instead of getting Chrome's cached optimised code
// (measured: the first analysis on the next pages 24-51 ms instead of 13-16). Once per life of
// this context; any failure only means the panel compiles and warms as it did before.
const HOLD_MS = 10000;
let warmed = false;
function warmEngine() {
  if (warmed) return;
  warmed = true;
  let module = null;
  (async () => {
    module = await WebAssembly.compileStreaming(fetch(api.runtime.getURL("pkg/newslens_bg.wasm")));
    setTimeout(() => (module = null), HOLD_MS);
    // `warm` calls no import: each stub says so if that ever changes
    const imports = {};
    for (const { module: from, name } of WebAssembly.Module.imports(module)) {
      (imports[from] ??= {})[name] = () => {
        throw new Error(`newslens warm-up: ${name} is not available here`);
      };
    }
    const { exports } = await WebAssembly.instantiate(module, imports);
    exports.warm();
  })().catch(() => {
    // no fetch, no compileStreaming, or the warm-up failed: the panel compiles and warms it
  });
}

async function toggle(tab) {
  if (!tab || tab.id === undefined) return;
  const reason = restrictedReason(tab.url);
  if (reason) {
    await showBadge(tab.id, reason);
    return;
  }
  warmEngine();
  for (let attempt = 0; ; attempt++) {
    try {
      await api.scripting.executeScript({
        target: { tabId: tab.id },
        files: ["reader.js", "highlight.js", "content.js"],
      });
      await api.action.setBadgeText({ tabId: tab.id, text: "" }).catch(() => {});
      return;
    } catch (e) {
      const message = String((e && e.message) || e);
      // The activeTab grant can land a moment after the click event (seen with clicks sent
      // through DevTools): a refused access is tried again briefly before giving up.
      if (/cannot access/i.test(message) && attempt < 4) {
        await new Promise((r) => setTimeout(r, 400));
        continue;
      }
      // e.g. a PDF viewer or a page that forbids extensions: the badge and title say so.
      await showBadge(tab.id, "Newslens cannot run on this page: " + message);
      return;
    }
  }
}

async function showBadge(tabId, message) {
  try {
    await api.action.setBadgeText({ tabId, text: "!" });
    await api.action.setTitle({ tabId, title: message });
  } catch {
    // The tab may have closed meanwhile; nothing to report to.
  }
}

api.action.onClicked.addListener(toggle);

// The content script's CSS, when its sandbox cannot adopt a stylesheet itself: inserted into
// (and removed from) exactly the frame that asked, under the click's activeTab grant.
api.runtime.onMessage.addListener((msg, sender) => {
  if (sender.id !== api.runtime.id || !msg || msg.type !== "css" || !sender.tab) return;
  const target = { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] };
  (async () => {
    if (typeof msg.remove === "string" && msg.remove) await api.scripting.removeCSS({ target, css: msg.remove });
    if (typeof msg.add === "string" && msg.add) await api.scripting.insertCSS({ target, css: msg.add });
  })().catch(() => {});
});
