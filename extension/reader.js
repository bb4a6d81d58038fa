// Reads the live page into the page model of src/page.rs, with the same rules as the wasm DOM
// reader (src/wasm/dom.rs): every element and text node in document order, minus comments, the
// skipped elements and their content, and scripts other than JSON-LD; only the kept attributes;
// `hidden` from computed visibility in the body. It also returns the table node index → live
// Text node, which is how results find their words in the page again.
//
// A classic script (content scripts cannot be modules): it defines one global, in the content
// script's isolated world or the demo page.
"use strict";

globalThis.NewslensReader = (() => {
  // Keep in step with page::KEPT_ATTRIBUTES and page::SKIPPED_ELEMENTS.
  const KEPT = ["id", "class", "role", "itemprop", "itemtype", "itemscope", "property", "name", "content",
    "datetime", "rel", "href", "type", "lang", "aria-hidden", "aria-label", "hidden", "style", "charset",
    "http-equiv", "data-testid"];
  const SKIPPED = new Set(["style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
    "select", "option", "textarea", "input", "button"]);
  // Same ceiling as dom::MAX_NODES: a bigger page is cut, never hung on.
  const MAX_NODES = 400000;

  function hiddenByMarkup(el) {
    if (el.hasAttribute("hidden")) return true;
    if ((el.getAttribute("aria-hidden") || "").toLowerCase() === "true") return true;
    return false;
  }

  function hiddenByStyle(el, win) {
    const cs = win && win.getComputedStyle(el);
    if (!cs) return false;
    return cs.display === "none" || cs.visibility === "hidden" || cs.visibility === "collapse";
  }

  /**
   * A reader that can stop and resume: step(until) reads until performance.now() passes `until`
   * (checked every 256 nodes) and says whether it finished; result() is what read() returns.
   */
  function start(document, { skip = null, url = null } = {}) {
    const nodes = [];
    const textNodes = [];
    const root = document.documentElement;
    const win = document.defaultView;
    let truncated = false;
    // Iterative: pages nest deeper than the call stack allows.
    const stack = root ? [[root, null, false, false]] : [];
    function step(until) {
      let count = 0;
      while (stack.length) {
        if (nodes.length >= MAX_NODES) {
          truncated = true;
          stack.length = 0;
          break;
        }
        if ((++count & 255) === 0 && performance.now() > until) return false;
        const [node, parent, parentHidden, inBody] = stack.pop();
        const index = nodes.length;
        if (node.nodeType === 3 || node.nodeType === 4) {
          if (parent === null) continue;
          const n = { parent, tag: "#text", text: node.data };
          if (parentHidden) n.hidden = true;
          nodes.push(n);
          textNodes[index] = node;
          continue;
        }
        if (node.nodeType !== 1 || node === skip) continue;
        const tag = node.localName.toLowerCase();
        if (SKIPPED.has(tag)) continue;
        if (tag === "script" && (node.getAttribute("type") || "").trim().toLowerCase() !== "application/ld+json") continue;
        const body = inBody || tag === "body";
        const attrs = [];
        for (const k of KEPT) {
          const v = node.getAttribute(k);
          if (v !== null) attrs.push([k, v]);
        }
        const hidden = body && (parentHidden || hiddenByMarkup(node) || hiddenByStyle(node, win));
        const n = { parent, tag };
        if (attrs.length) n.attrs = attrs;
        if (hidden) n.hidden = true;
        nodes.push(n);
        const kids = node.childNodes;
        for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], index, hidden, body]);
      }
      return true;
    }
    const result = () => ({ model: { url: url ?? (document.URL || null), nodes }, textNodes, truncated });
    return { step, result };
  }

  /**
   * read(document, {skip}) → {model: {url, nodes}, textNodes}. `skip` is an element left out
   * with its subtree (the overlay's own host).
   */
  function read(document, options) {
    const r = start(document, options);
    r.step(Infinity);
    return r.result();
  }

  // A new task through a message port: timers and input run in between (scheduler.yield()
  // puts its continuation ahead of them, and setTimeout clamps to 4 ms once nested).
  const pause = () => new Promise((ok) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      ok();
    };
    channel.port2.postMessage(null);
  });

  /**
   * The same as read(), in slices of about `sliceMs` with the page's event loop running in
   * between, so a huge page stays responsive while it is read. An ordinary page is read in its
   * first slice.
   */
  async function readSliced(document, options, sliceMs = 10) {
    const r = start(document, options);
    while (!r.step(performance.now() + sliceMs)) await pause();
    return r.result();
  }

  return { read, readSliced, MAX_NODES };
})();
