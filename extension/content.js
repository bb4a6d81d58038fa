// Newslens content script, injected on a toolbar click (after reader.js and highlight.js).
// First click: reads the page, opens the overlay (an extension page in an iframe inside a closed
// shadow root) and hands it the page model. Second click: removes everything it added.
//
// The wasm never runs here: page CSPs forbid it in content scripts (TOOLCHAIN.md §5). The panel
// runs it. The page cannot see or forge our messages: they travel over a runtime port, which
// only this extension's own contexts can open, named with a secret the page never sees.
"use strict";

(() => {
  const api = globalThis.browser ?? globalThis.chrome;

  // The state lives in this isolated world's global, invisible to the page.
  if (globalThis.__newslens) {
    globalThis.__newslens.close();
    return;
  }

  // Timing marks for the benchmark (tests/bench/click.mjs): the overlay opens, the page is read.
  const mark = (name) => performance.mark("newslens:" + name);
  mark("start");

  const MIN_WIDTH = 300, MAX_WIDTH = 640, SLIM = 44;
  // Below this much room left for the page, the panel overlays it instead of pushing it aside.
  const MIN_PAGE = 720;
  // Narrowing a page lays all of it out again: over a second for a 5 MB article, during which
  // the page cannot answer. A page this tall (about 250 screens) gets the panel over it
  // instead. Read once, while the page's layout is still clean, so it costs nothing.
  const HUGE_PX = 200000;
  const huge = (document.documentElement?.scrollHeight || 0) > HUGE_PX;

  const nonce = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
  let settings = { side: "right", width: 380 };
  let collapsed = false;
  let port = null;
  let mapper = null;
  let textNodes = [];
  const listeners = [];
  const styles = [];

  // Our CSS (the ::highlight colours, the room made for the panel) goes in as adopted sheets,
  // which leave the DOM alone. Where the content-script sandbox refuses that (Firefox's
  // wrappers can), the background inserts the same CSS into this frame instead.
  function addStyle(cssText) {
    let handle;
    try {
      handle = NewslensHighlight.adoptStyle(document, cssText);
    } catch {
      let current = cssText;
      const css = (msg) => api.runtime.sendMessage({ type: "css", ...msg }).catch(() => {});
      css({ add: current });
      handle = {
        update: (next) => {
          css({ remove: current, add: next });
          current = next;
        },
        remove: () => css({ remove: current }),
      };
    }
    styles.push(handle);
    return handle;
  }
  const painter = NewslensHighlight.painter(document, { addStyle });
  const layoutSheet = addStyle("");

  function on(target, type, fn, opts) {
    target.addEventListener(type, fn, opts);
    listeners.push(() => target.removeEventListener(type, fn, opts));
  }

  // ---- the overlay -----------------------------------------------------------------------

  const host = document.createElement("div");
  const shadow = host.attachShadow({ mode: "closed" });
  const frame = document.createElement("iframe");
  frame.src = api.runtime.getURL("panel.html") + "#" + nonce;
  frame.title = "Newslens";
  frame.setAttribute("allow", "clipboard-write");
  const grip = document.createElement("div");
  grip.className = "grip";
  grip.setAttribute("role", "separator");
  grip.setAttribute("aria-orientation", "vertical");
  grip.setAttribute("aria-label", "Resize the Newslens panel");
  grip.tabIndex = 0;
  const style = document.createElement("style");
  style.textContent = `
    iframe { all: initial; display: block; width: 100%; height: 100%; border: 0; background: transparent; color-scheme: normal; }
    .grip { all: initial; position: absolute; top: 0; bottom: 0; width: 8px; cursor: ew-resize; z-index: 1; }
    .grip:hover, .grip:focus-visible { background: rgba(43, 85, 199, .35); outline: none; }
    :host([data-collapsed]) .grip { display: none; }
    .note { all: initial; display: block; box-sizing: border-box; height: 100%; padding: 20px; background: #fff; color: #1b1f24;
      font: 14px/1.45 system-ui, sans-serif; }
    .note strong { display: block; font-size: 16px; margin-bottom: 8px; }
    .note button { all: initial; margin-top: 14px; padding: 6px 12px; border: 1px solid #56606b; border-radius: 6px;
      font: 14px system-ui, sans-serif; color: #1b1f24; cursor: pointer; }
    .note button:focus-visible { outline: 2px solid #2b55c7; outline-offset: 2px; }
  `;
  // The host's box is set by :host rules marked !important: in the cascade an important rule
  // from inside the shadow tree beats every important rule of the page, even
  // `* { all: unset !important }`, and the page's normal rules never get a say.
  const layout = document.createElement("style");
  shadow.append(style, layout, grip, frame);

  function place() {
    const side = settings.side === "left" ? "left" : "right";
    const width = collapsed ? SLIM : Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, settings.width | 0 || 380));
    layout.textContent = ":host { " + [
      "all: initial", "inset: auto", "position: fixed", "top: 0", "bottom: 0", `${side}: 0`, `width: ${width}px`, "height: 100vh",
      "max-width: 100vw", "z-index: 2147483647", "display: block", "margin: 0", "padding: 0", "border: 0",
      "box-shadow: 0 0 0 1px rgba(0,0,0,.12), 0 8px 28px rgba(0,0,0,.18)", "background: transparent",
      "visibility: visible", "opacity: 1", "transform: none", "pointer-events: auto", "contain: strict",
      "clip-path: none", "filter: none", "overflow: visible",
    ].map((d) => d + " !important").join("; ") + " }";
    grip.style.cssText = side === "right" ? "left: -4px" : "right: -4px";
    if (collapsed) host.setAttribute("data-collapsed", "");
    else host.removeAttribute("data-collapsed");
    grip.setAttribute("aria-valuenow", String(width));
    grip.setAttribute("aria-valuemin", String(MIN_WIDTH));
    grip.setAttribute("aria-valuemax", String(MAX_WIDTH));
    // On a wide window the panel sits beside the article: the page is narrowed by the panel's
    // width (one adopted stylesheet, removed on close). On a narrow one it overlays.
    const beside = !collapsed && !huge && window.innerWidth - width >= MIN_PAGE;
    layoutSheet.update(beside
      ? `:root:root { margin-${side}: ${width}px !important; }`
      : collapsed && !huge ? `:root:root { margin-${side}: ${SLIM}px !important; }` : "");
  }

  // Drag or arrow keys on the grip resize the panel; the width is remembered.
  on(grip, "pointerdown", (e) => {
    e.preventDefault();
    grip.setPointerCapture(e.pointerId);
    frame.style.pointerEvents = "none";
    const move = (ev) => {
      settings.width = settings.side === "left" ? ev.clientX : window.innerWidth - ev.clientX;
      place();
    };
    const up = () => {
      grip.removeEventListener("pointermove", move);
      grip.removeEventListener("pointerup", up);
      frame.style.pointerEvents = "";
      save({ width: settings.width });
    };
    grip.addEventListener("pointermove", move);
    grip.addEventListener("pointerup", up);
  });
  on(grip, "keydown", (e) => {
    const step = e.shiftKey ? 60 : 20;
    const grow = settings.side === "left" ? "ArrowRight" : "ArrowLeft";
    const shrink = settings.side === "left" ? "ArrowLeft" : "ArrowRight";
    if (e.key !== grow && e.key !== shrink) return;
    e.preventDefault();
    settings.width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, (settings.width | 0) + (e.key === grow ? step : -step)));
    place();
    save({ width: settings.width });
  });
  on(window, "resize", () => place());

  function save(patch) {
    api.storage.local.set(patch).catch(() => {});
  }

  // ---- talking to the panel ----------------------------------------------------------------

  function send(msg) {
    try {
      port?.postMessage(msg);
    } catch {
      // The panel is gone (closed, or the extension reloaded): nothing to tell it.
    }
  }

  // A runtime port serialises as JSON in Chrome: the flat model's typed arrays travel as plain
  // arrays of numbers (still far cheaper than one object per node) and the panel restores them.
  const portable = (m) => ({ ...m, nodes: Array.from(m.nodes), lens: Array.from(m.lens) });

  /**
   * Reads the page in slices (a huge page stays responsive while it is read) and hands the panel
   * its model, or the reading error. On a big page, once twice ui/budget.js's PREFIX_CHARS of
   * visible text are read, the model of what is read so far goes first: the panel shows its
   * partial analysis while the rest is still being read (reading 5 MB alone takes over 500 ms).
   */
  async function readPage() {
    let read;
    let sentPrefix = false;
    const onSlice = (r) => {
      if (sentPrefix || r.visible() <= EARLY_CHARS) return;
      sentPrefix = true;
      mark("prefix");
      const sofar = r.result();
      // the same array the whole read goes on filling: the partial result's highlights find
      // their text nodes through it
      textNodes = sofar.textNodes;
      deliver({ type: "prefix", model: portable(sofar.model) });
    };
    try {
      read = await NewslensReader.readSliced(document, { skip: host }, 10, onSlice);
    } catch (e) {
      deliver({ type: "read-error", message: String(e && e.message || e) });
      return;
    }
    if (globalThis.__newslens !== state) return;
    textNodes = read.textNodes;
    mark("read");
    deliver({ type: "page", model: portable(read.model), truncated: read.truncated, title: document.title });
  }
  const EARLY_CHARS = 200000;
  // The page is read while the panel frame loads (in the extension's own process), not after
  // the panel says it is ready: the two no longer wait for each other. What is read before the
  // panel is ready waits here.
  let early = [];
  function deliver(msg) {
    if (globalThis.__newslens !== state) return;
    if (ready) send(msg);
    else early.push(msg);
  }

  function onPanelMessage(msg) {
    if (!msg || typeof msg !== "object" || typeof msg.type !== "string") return;
    switch (msg.type) {
      case "ready":
        if (ready) {
          // the panel frame loaded again: it gets the page anew
          readPage();
          break;
        }
        ready = true;
        for (const m of early.splice(0)) send(m);
        break;
      case "segments":
        mapper = NewslensHighlight.mapper(document, msg.segments, textNodes);
        break;
      case "highlight":
        painter.set("focus", mapper && Array.isArray(msg.ranges) ? msg.ranges.flatMap(([s, e]) => mapper.domRanges(s, e)) : null);
        break;
      case "all":
        for (const kind of ["speaker", "quote", "place", "date"]) {
          const ranges = msg.groups && Array.isArray(msg.groups[kind]) ? msg.groups[kind] : null;
          painter.set(kind, mapper && ranges ? ranges.flatMap(([s, e]) => mapper.domRanges(s, e)) : null);
        }
        break;
      case "scroll":
        if (mapper && Array.isArray(msg.range)) scrollTo(mapper.domRanges(msg.range[0], msg.range[1])[0]);
        break;
      case "collapse":
        collapsed = !!msg.on;
        place();
        break;
      case "settings":
        if (msg.side === "left" || msg.side === "right") {
          settings.side = msg.side;
          place();
        }
        break;
      case "close":
        close();
        break;
    }
  }

  function scrollTo(range) {
    if (!range) return;
    const el = range.startContainer.parentElement;
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const rect = range.getBoundingClientRect();
    // Put the words a third of the way down the window: near the eye line, with context above.
    window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: "instant" });
    const after = range.getBoundingClientRect();
    if (after.bottom < 0 || after.top > window.innerHeight) {
      // The words are in a scrolling box of the page, not the window.
      el?.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "instant" });
    }
  }

  // A click on highlighted words in the page selects their item in the panel.
  on(document, "click", (e) => {
    if (!mapper || e.composedPath().includes(host)) return;
    const pos = caretAt(e.clientX, e.clientY);
    if (!pos || !painter.contains(pos.node, pos.offset)) return;
    const offset = mapper.offsetOf(pos.node, pos.offset);
    if (offset >= 0) send({ type: "pick", offset });
  }, true);

  function caretAt(x, y) {
    if (document.caretPositionFromPoint) {
      const p = document.caretPositionFromPoint(x, y);
      return p && { node: p.offsetNode, offset: p.offset };
    }
    if (document.caretRangeFromPoint) {
      const r = document.caretRangeFromPoint(x, y);
      return r && { node: r.startContainer, offset: r.startOffset };
    }
    return null;
  }

  function connect() {
    if (port) return;
    port = api.runtime.connect({ name: "newslens:" + nonce });
    port.onMessage.addListener(onPanelMessage);
    port.onDisconnect.addListener(() => {
      port = null;
      if (!ready) cannotOpen();
    });
    // A panel that never answers is one the page keeps from running (a sandboxed page
    // sandboxes our frame too): say so instead of showing an empty box.
    setTimeout(() => {
      if (!ready) cannotOpen();
    }, 5000);
  }

  let ready = false;
  function cannotOpen() {
    if (ready || globalThis.__newslens !== state || !frame.isConnected) return;
    const note = document.createElement("div");
    note.className = "note";
    note.setAttribute("role", "alert");
    const title = document.createElement("strong");
    title.textContent = "Newslens cannot open its panel on this page.";
    const text = document.createElement("span");
    text.textContent = "The page runs in a sandbox that also blocks the extension's panel. Opening the article in its own tab may help.";
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Close";
    button.addEventListener("click", () => close());
    note.append(title, text, document.createElement("br"), button);
    frame.replaceWith(note);
    button.focus();
  }

  // ---- open and close ----------------------------------------------------------------------

  function close() {
    if (globalThis.__newslens !== state) return;
    globalThis.__newslens = undefined;
    try {
      port?.disconnect();
    } catch {
      // already gone
    }
    port = null;
    for (const off of listeners.splice(0)) off();
    painter.clear();
    for (const s of styles.splice(0)) s.remove();
    host.remove();
    textNodes = [];
    mapper = null;
    early = [];
    // The reader and highlighter are injected anew with each click: dropped here, their code
    // and closures can be collected, and the page's heap returns nearer where it was.
    delete globalThis.NewslensReader;
    delete globalThis.NewslensHighlight;
  }

  const state = { close };
  globalThis.__newslens = state;

  // The panel's own script registers its port listener before its load event, so connecting on
  // load never races it.
  on(frame, "load", connect);
  api.storage.local.get(["side", "width"]).then((s) => {
    if (globalThis.__newslens !== state) return;
    if (s.side === "left" || s.side === "right") settings.side = s.side;
    if (Number.isFinite(s.width)) settings.width = s.width;
    place();
  }, () => {});
  place();
  // A manual popover lives in the top layer: no transform, filter, opacity or overflow of the
  // page's html or body (or a `* { all: unset }`) can shrink, hide or clip it.
  host.setAttribute("popover", "manual");
  document.documentElement.append(host);
  try {
    host.showPopover();
  } catch {
    // Without popover support the fixed-position host still works on ordinary pages.
  }
  frame.focus();
  readPage();
})();
