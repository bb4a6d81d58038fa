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
   * read(document, {skip}) → {model: {url, nodes}, textNodes}. `skip` is an element left out
   * with its subtree (the overlay's own host).
   */
  function read(document, { skip = null, url = null } = {}) {
    const nodes = [];
    const textNodes = [];
    const root = document.documentElement;
    const win = document.defaultView;
    let truncated = false;
    if (root) {
      // Iterative: pages nest deeper than the call stack allows.
      const stack = [[root, null, false, false]];
      while (stack.length) {
        if (nodes.length >= MAX_NODES) {
          truncated = true;
          break;
        }
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
    }
    return { model: { url: url ?? (document.URL || null), nodes }, textNodes, truncated };
  }

  return { read, MAX_NODES };
})();
