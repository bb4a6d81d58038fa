// Highlights article ranges in the page with the CSS Custom Highlight API: ranges over the page's
// own Text nodes, painted by ::highlight() rules. The page's DOM is never touched, so removing
// the highlights and the one stylesheet leaves the page exactly as it was.
//
// A classic script shared by the content script and the www demo; one global.
"use strict";

globalThis.NewslensHighlight = (() => {
  const NAMES = { focus: "newslens-focus", speaker: "newslens-speaker", quote: "newslens-quote", place: "newslens-place", date: "newslens-date" };

  // !important: a page rule aimed at our highlight names cannot hide them.
  const CSS_TEXT = `
::highlight(newslens-speaker) { background-color: #dbe6ff !important; color: #0b1a3a !important; }
::highlight(newslens-quote) { background-color: #fff1b8 !important; color: #2a2000 !important; }
::highlight(newslens-place) { background-color: #cdf2dc !important; color: #06301a !important; }
::highlight(newslens-date) { background-color: #f1dcfa !important; color: #2d0b3d !important; }
::highlight(newslens-focus) { background-color: #ffcf3f !important; color: #111111 !important; }
`;

  /**
   * A mapper from article ranges (UTF-16 offsets) to DOM Ranges. `segments` are the view's
   * [{start, end, node, node_start}], `textNodes[node]` the live Text node. Ranges whose nodes
   * changed since reading are clipped or dropped, never thrown on.
   */
  function mapper(doc, segments, textNodes) {
    const segs = (Array.isArray(segments) ? segments : [])
      .filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start && Number.isInteger(s.node) && Number.isInteger(s.node_start))
      .sort((a, b) => a.start - b.start);

    // First segment whose end is after `offset` (segments do not overlap).
    function firstAfter(offset) {
      let lo = 0, hi = segs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (segs[mid].end <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }

    function domRanges(start, end) {
      const out = [];
      if (!(end > start)) return out;
      for (let i = firstAfter(start); i < segs.length && segs[i].start < end; i++) {
        const s = segs[i];
        const node = textNodes[s.node];
        if (!node || !node.isConnected) continue;
        const a = s.node_start + Math.max(start, s.start) - s.start;
        const b = s.node_start + Math.min(end, s.end) - s.start;
        const len = node.length;
        if (a >= len || b <= a) continue;
        const r = doc.createRange();
        r.setStart(node, a);
        r.setEnd(node, Math.min(b, len));
        out.push(r);
      }
      return out;
    }

    /** Article offset of a point in a page Text node, or -1 when it is not article text. */
    const byNode = new Map();
    for (const s of segs) {
      let list = byNode.get(s.node);
      if (!list) byNode.set(s.node, (list = []));
      list.push(s);
    }
    const nodeIndex = new Map();
    textNodes.forEach((n, i) => { if (n && byNode.has(i)) nodeIndex.set(n, i); });
    function offsetOf(node, offset) {
      const i = nodeIndex.get(node);
      if (i === undefined) return -1;
      for (const s of byNode.get(i)) {
        if (offset >= s.node_start && offset < s.node_start + (s.end - s.start)) return s.start + offset - s.node_start;
      }
      return -1;
    }

    return { domRanges, offsetOf };
  }

  /**
   * Adds a stylesheet to `doc` without touching its DOM (an adopted, constructed sheet).
   * Returns {update(css), remove()}.
   */
  function adoptStyle(doc, cssText) {
    const win = doc.defaultView;
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(cssText);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return {
      update: (css) => sheet.replaceSync(css),
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  }

  /**
   * Highlight painter bound to one document; `clear()` removes everything it added.
   * `addStyle(css)` puts the ::highlight rules in (default: an adopted sheet).
   */
  function painter(doc, { addStyle = (css) => adoptStyle(doc, css) } = {}) {
    const win = doc.defaultView;
    const registry = win && win.CSS && win.CSS.highlights;
    const supported = !!registry && typeof win.Highlight === "function";
    let sheet = null;
    const active = new Map();

    function ensureSheet() {
      if (sheet || !supported) return;
      sheet = addStyle(CSS_TEXT);
    }

    function set(kind, ranges) {
      const name = NAMES[kind];
      if (!name || !supported) return;
      if (!ranges || ranges.length === 0) {
        registry.delete(name);
        active.delete(kind);
        return;
      }
      ensureSheet();
      const hl = new win.Highlight(...ranges);
      // Focus paints over the "all" colours.
      hl.priority = kind === "focus" ? 2 : 1;
      registry.set(name, hl);
      active.set(kind, ranges);
    }

    /** Is (node, offset) inside a painted range? */
    function contains(node, offset) {
      for (const ranges of active.values()) {
        for (const r of ranges) {
          try {
            if (r.isPointInRange(node, offset)) return true;
          } catch {
            // a node from another document: not ours
          }
        }
      }
      return false;
    }

    function clear() {
      if (registry) for (const name of Object.values(NAMES)) registry.delete(name);
      active.clear();
      if (sheet) {
        sheet.remove();
        sheet = null;
      }
    }

    return { set, contains, clear, supported };
  }

  return { mapper, painter, adoptStyle, NAMES };
})();
