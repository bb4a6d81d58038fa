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

  // Flat-form flags (src/page/flat.rs): bit i for KEPT[i], bit 31 for hidden.
  const HIDDEN = 0x80000000;

  /**
   * A reader that can stop and resume: step(until) reads until performance.now() passes `until`
   * (checked every 256 nodes) and says whether it finished; result() is what read() returns.
   *
   * The model is built in its flat form (src/page/flat.rs): `nodes` three numbers per node
   * (parent + 1, tag index, attribute bits | hidden bit) in a Uint32Array, every string in one
   * `text` with their lengths in `lens`. wasm takes it in bulk and postMessage clones it cheaply;
   * the object form, read property by property across the boundary, cost ~5x the extraction.
   */
  function start(document, { skip = null, url = null } = {}) {
    let nodes = new Uint32Array(3 * 1024);
    let count = 0;
    const pieces = [];
    let lens = new Uint32Array(1024);
    let pieceCount = 0;
    const tagIndex = new Map();
    const textNodes = [];
    const root = document.documentElement;
    const win = document.defaultView;
    let truncated = false;
    // UTF-16 units of visible text read so far (what ui/budget.js's textLength counts)
    let visible = 0;
    const piece = (s) => {
      if (pieceCount === lens.length) {
        const more = new Uint32Array(lens.length * 2);
        more.set(lens);
        lens = more;
      }
      lens[pieceCount++] = s.length;
      pieces.push(s);
    };
    const node = (parent, tag, flags) => {
      if (3 * count === nodes.length) {
        const more = new Uint32Array(nodes.length * 2);
        more.set(nodes);
        nodes = more;
      }
      nodes[3 * count] = parent === null ? 0 : parent + 1;
      nodes[3 * count + 1] = tag;
      nodes[3 * count + 2] = flags;
      count++;
    };
    // Iterative: pages nest deeper than the call stack allows.
    const stack = root ? [[root, null, false, false]] : [];
    function step(until) {
      let seen = 0;
      while (stack.length) {
        if (count >= MAX_NODES) {
          truncated = true;
          stack.length = 0;
          break;
        }
        if ((++seen & 255) === 0 && performance.now() > until) return false;
        const [dom, parent, parentHidden, inBody] = stack.pop();
        const index = count;
        if (dom.nodeType === 3 || dom.nodeType === 4) {
          if (parent === null) continue;
          node(parent, 0, parentHidden ? HIDDEN : 0);
          piece(dom.data);
          if (!parentHidden) visible += dom.data.length;
          textNodes[index] = dom;
          continue;
        }
        if (dom.nodeType !== 1 || dom === skip) continue;
        const tag = dom.localName.toLowerCase();
        if (SKIPPED.has(tag)) continue;
        if (tag === "script" && (dom.getAttribute("type") || "").trim().toLowerCase() !== "application/ld+json") continue;
        const body = inBody || tag === "body";
        let flags = 0;
        for (let k = 0; k < KEPT.length; k++) {
          const v = dom.getAttribute(KEPT[k]);
          if (v !== null) {
            flags |= 1 << k;
            piece(v);
          }
        }
        const hidden = body && (parentHidden || hiddenByMarkup(dom) || hiddenByStyle(dom, win));
        let t = tagIndex.get(tag);
        if (t === undefined) tagIndex.set(tag, (t = tagIndex.size + 1));
        node(parent, t, (hidden ? HIDDEN : 0) | flags);
        // Siblings, not `childNodes`: that creates a NodeList cached on each element for as long
        // as the page lives (1,200 of them, 0.15 MB of the page's heap left after closing).
        for (let kid = dom.lastChild; kid; kid = kid.previousSibling) stack.push([kid, index, hidden, body]);
      }
      return true;
    }
    const result = () => ({
      model: {
        url: url ?? (document.URL || null),
        tags: [...tagIndex.keys()].join(" "),
        nodes: nodes.slice(0, 3 * count),
        text: pieces.join(""),
        lens: lens.slice(0, pieceCount),
      },
      textNodes,
      truncated,
    });
    // What is read so far is a valid model too: nodes come in document order, parents first.
    return { step, result, visible: () => visible };
  }

  /** Number of nodes in a model of either form. */
  const nodeCount = (model) =>
    model && model.nodes ? (model.nodes instanceof Uint32Array ? model.nodes.length / 3 : model.nodes.length) : 0;

  /**
   * The object form of a flat model ({url, nodes: [{parent, tag, text, attrs, hidden}]}), for
   * tests and debugging; the extension never needs it.
   */
  function toObjects(model) {
    const tags = model.tags ? model.tags.split(" ") : [];
    const out = [];
    let pos = 0;
    let p = 0;
    const next = () => model.text.slice(pos, (pos += model.lens[p++]));
    for (let i = 0; i < model.nodes.length; i += 3) {
      const parent = model.nodes[i] === 0 ? null : model.nodes[i] - 1;
      const tag = model.nodes[i + 1];
      const flags = model.nodes[i + 2];
      const n = { parent, tag: tag === 0 ? "#text" : tags[tag - 1] };
      if (tag === 0) n.text = next();
      const attrs = [];
      for (let k = 0; k < KEPT.length; k++) if (flags & (1 << k)) attrs.push([KEPT[k], next()]);
      if (attrs.length) n.attrs = attrs;
      if (flags & HIDDEN) n.hidden = true;
      out.push(n);
    }
    return { url: model.url, nodes: out };
  }

  /**
   * read(document, {skip}) → {model (flat form), textNodes, truncated}. `skip` is an element left out
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
   * first slice. `onSlice(reader)`, if given, is called after each unfinished slice: it may take
   * `reader.result()` (the model of the page's beginning) and `reader.visible()` (its visible text).
   */
  async function readSliced(document, options, sliceMs = 10, onSlice = null) {
    const r = start(document, options);
    while (!r.step(performance.now() + sliceMs)) {
      if (onSlice) onSlice(r);
      await pause();
    }
    return r.result();
  }

  return { read, readSliced, toObjects, nodeCount, MAX_NODES };
})();
