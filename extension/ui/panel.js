// The Newslens panel: header, three tabbed sections, toolbar and states. The same module serves
// the extension (inside panel.html, an extension page in the overlay) and the www demo. It only
// renders a view and reports what the reader points at; the host (content script or demo page)
// owns the article page and its highlights.
//
// host = {
//   highlight(ranges | null)      focus highlight: [[start, end], …] in article UTF-16 offsets
//   scrollTo(range)                bring [start, end] into view in the page
//   showAll(groups | null)         {speaker: ranges, place: ranges, date: ranges} or off
//   close(), collapse(bool), openOptions()   (optional: buttons appear only when given)
// }

import { h, fill } from "./dom.js";
import { icon } from "./icons.js";
import { formatDate, readingMinutes, siteOf, plural } from "./format.js";
import { toMarkdown, toJSON } from "./export.js";
import { renderSpeakers } from "./speakers.js";
import { renderPlaces } from "./places.js";
import { renderTimeline } from "./timeline.js";

const SECTIONS = [
  { id: "speakers", label: "Speakers", render: renderSpeakers, count: (v) => (v.speakers || []).length },
  { id: "places", label: "Places", render: renderPlaces, count: (v) => (v.places || []).length },
  { id: "timeline", label: "Timeline", render: renderTimeline, count: (v) => (v.timeline || []).length },
];

export const DEFAULT_SETTINGS = Object.freeze({
  theme: "system",
  side: "right",
  sort: "count",
  sections: { speakers: true, places: true, timeline: true },
});

export function createPanel(root, host, initial = {}) {
  const doc = root.ownerDocument;
  let settings = { ...DEFAULT_SETTINGS, ...initial, sections: { ...DEFAULT_SETTINGS.sections, ...(initial.sections || {}) } };
  let view = null;
  let url = initial.url || "";
  let active = "speakers";
  let allOn = false;
  let selected = null;
  let progressTimer = 0;
  // Set while the view is a partial result (ui/budget.js): {analysed, total, pending, budget}.
  let partial = null;
  // Every linkable item: its element and the article ranges it stands for.
  let items = [];
  // Draws the current state again (after expanding from the slim tab).
  let redraw = () => {};

  const app = h("div", { class: "nl-app" });
  const live = h("div", { class: "nl-sr", role: "status", "aria-live": "polite" });
  root.replaceChildren(app, live);
  applyTheme();

  function applyTheme() {
    const t = settings.theme === "light" || settings.theme === "dark" ? settings.theme : null;
    if (t) doc.documentElement.dataset.theme = t;
    else delete doc.documentElement.dataset.theme;
  }

  function say(text) {
    live.textContent = "";
    // A fresh text node after a tick makes screen readers announce repeated messages too.
    setTimeout(() => (live.textContent = text), 30);
  }

  function frame(bodyChildren, { title = "Newslens", meta = null, tools = true } = {}) {
    // While collapsed the slim tab stays; the new state is drawn on expanding (redraw).
    if (app.classList.contains("nl-collapsed")) return;
    const buttons = [];
    if (host.openOptions) buttons.push(iconButton("settings", "Options", () => host.openOptions()));
    // The arrows point toward the docked edge when collapsing, away from it when expanding.
    if (host.collapse) buttons.push(iconButton(settings.side === "left" ? "expand" : "collapse", "Collapse panel", () => collapse(true), "nl-collapse"));
    if (host.close) buttons.push(iconButton("close", "Close Newslens (Escape)", () => host.close(), "nl-close"));
    const head = h("header", { class: "nl-head" },
      h("div", { class: "nl-brandbar" },
        h("span", { class: "nl-brand" }, h("span", { class: "nl-logo", "aria-hidden": "true" }), "Newslens"),
        h("div", { class: "nl-headtools" }, buttons)),
      h("h1", { class: "nl-title", id: "nl-title", tabindex: "-1" }, h("bdi", {}, title)),
      meta);
    fill(app, head, bodyChildren);
    app.dataset.tools = tools ? "1" : "0";
    // Each new state starts the reader at its title, so focus never falls back to <body>.
    if (doc.hasFocus()) head.querySelector("#nl-title").focus({ preventScroll: true });
  }

  function iconButton(name, label, onclick, cls = "") {
    return h("button", { type: "button", class: `nl-iconbtn ${cls}`.trim(), "aria-label": label, title: label, onclick }, icon(name));
  }

  function collapse(on) {
    app.classList.toggle("nl-collapsed", on);
    host.collapse?.(on);
    if (on) {
      fill(app, h("button", {
        type: "button", class: "nl-tab-collapsed", "aria-label": "Expand the Newslens panel",
        onclick: () => { app.classList.remove("nl-collapsed"); host.collapse?.(false); redraw(); },
      }, icon(settings.side === "left" ? "collapse" : "expand"), h("span", { class: "nl-vertical" }, "Newslens"),
      view ? h("span", { class: "nl-vcount" }, String((view.speakers || []).length + (view.places || []).length + (view.timeline || []).length)) : null));
    }
  }

  // ---- states ----------------------------------------------------------------------------

  function showLoading() {
    redraw = showLoading;
    view = null;
    partial = null;
    clearTimeout(progressTimer);
    frame(h("div", { class: "nl-state nl-loading", "aria-busy": "true" },
      h("p", { class: "nl-state-title" }, "Reading the article…"),
      h("div", { class: "nl-progress", hidden: true, role: "progressbar", "aria-label": "Analysing" }, h("span"))),
    { tools: false });
    // Quick analyses finish before anything flickers; only a slow one shows the bar.
    progressTimer = setTimeout(() => app.querySelector(".nl-progress")?.removeAttribute("hidden"), 100);
  }

  function showNotArticle(reason) {
    redraw = () => showNotArticle(reason);
    view = null;
    partial = null;
    clearTimeout(progressTimer);
    host.highlight(null);
    frame(h("div", { class: "nl-state nl-notarticle" },
      icon("info", "nl-state-icon"),
      h("p", { class: "nl-state-title" }, "This page doesn't look like a news article."),
      h("p", { class: "nl-state-text" }, "Newslens looks for a story with a headline and paragraphs of text. ",
        reason ? h("span", {}, "What it found: ", h("span", { class: "nl-reason" }, String(reason)), ".") : null)),
    { title: "No article here", tools: false });
    say("No article found on this page.");
  }

  function showError(err, details = "") {
    redraw = () => showError(err, details);
    view = null;
    partial = null;
    clearTimeout(progressTimer);
    host.highlight(null);
    const report = [
      `Newslens ${initial.version || ""}`.trim(),
      `Error: ${err && err.message ? err.message : String(err)}`,
      details,
      `Browser: ${navigator.userAgent}`,
    ].filter(Boolean).join("\n");
    const pre = h("pre", { class: "nl-details" }, report);
    frame(h("div", { class: "nl-state nl-error", role: "alert" },
      icon("alert", "nl-state-icon"),
      h("p", { class: "nl-state-title" }, "Something went wrong."),
      h("p", { class: "nl-state-text" }, "Newslens could not analyse this page. Nothing was sent anywhere. If you report the bug, these details help (they contain no page text):"),
      h("details", {}, h("summary", {}, "Details for a bug report"), pre),
      h("button", { type: "button", class: "nl-btn", onclick: () => copyText(report, "Details copied") }, icon("copy"), "Copy details")),
    { title: "Newslens", tools: false });
  }

  // ---- the analysis ------------------------------------------------------------------------

  function showResult(v, opts = {}) {
    redraw = render;
    clearTimeout(progressTimer);
    view = v;
    partial = opts.partial || null;
    if (opts.url !== undefined) url = opts.url;
    const first = SECTIONS.find((s) => settings.sections[s.id] !== false);
    if (first && settings.sections[active] === false) active = first.id;
    render();
    say(`${partial ? (partial.pending ? "Partial analysis ready" : "Analysis stopped, partial result") : "Analysis ready"}: ${plural((v.speakers || []).length, "speaker", "speakers")}, ${plural((v.places || []).length, "place", "places")}, ${plural((v.timeline || []).length, "dated event", "dated events")}.`);
  }

  function header() {
    const a = view.article || {};
    const parts = [];
    const site = a.site || siteOf(url);
    if (site) parts.push(h("span", {}, site));
    parts.push(a.published
      ? h("time", { datetime: a.published }, formatDate(a.published))
      : h("span", { class: "nl-nodate" }, "No publication date"));
    parts.push(h("span", {}, `${readingMinutes(a.words)} min read`));
    const meta = h("p", { class: "nl-meta" }, parts.flatMap((p, i) => (i ? [h("span", { class: "nl-dot", "aria-hidden": "true" }, "·"), p] : [p])));
    return { title: a.title || "Untitled article", meta };
  }

  // The total is null while the page is still being read (its beginning was sent first).
  function partialWhat(p) {
    const n = (x) => Number(x || 0).toLocaleString("en");
    return `Partial: analysed the first ${n(p.analysed)} characters${p.total == null ? "" : ` of ${n(p.total)}`}.`;
  }

  /** The whole page's length, once read, in the partial notice on screen (nothing else moves). */
  function setPartialTotal(total) {
    if (!partial || !partial.pending) return;
    partial = { ...partial, total };
    const what = app.querySelector(".nl-partial > span");
    if (what && what.firstChild) what.firstChild.textContent = partialWhat(partial);
  }

  function notices() {
    const out = [];
    if (partial) {
      const n = (x) => Number(x || 0).toLocaleString("en");
      out.push(h("p", { class: "nl-notice nl-warn nl-partial", "data-pending": partial.pending ? "1" : "0" }, icon("alert"),
        h("span", {}, partialWhat(partial), " ", partial.pending
          ? "The rest of the page is still being analysed; the lists will update."
          : `The full analysis took longer than ${Math.round((partial.budget || 0) / 1000)} s and was stopped.`),
        partial.pending ? h("span", { class: "nl-progress nl-progress-inline", role: "progressbar", "aria-label": "Analysing the rest" }, h("span")) : null));
    }
    for (const w of view.warnings || []) {
      if (/^no publication date/i.test(w)) {
        const d = view.anchor && !view.anchor.published ? formatDate(view.anchor.date) : null;
        const from = view.anchor && view.anchor.dateline ? "the dateline" : "today";
        out.push(h("p", { class: "nl-notice" }, icon("info"),
          d ? `No publication date was found, so dates like “last week” are counted from ${from}, ${d}.`
            : "No publication date was found, so relative dates (“last week”) are left unresolved."));
      } else if (/^too large: analysed the first (\d+) characters/i.test(w)) {
        const n = Number(/(\d+)/.exec(w)[1]).toLocaleString("en");
        out.push(h("p", { class: "nl-notice nl-warn" }, icon("alert"), `This article is very long: Newslens analysed its first ${n} characters.`));
      } else if (/^partial/i.test(w)) {
        out.push(h("p", { class: "nl-notice nl-warn" }, icon("alert"), "Only part of the story is on this page, so the lists may be incomplete."));
      } else {
        out.push(h("p", { class: "nl-notice nl-warn" }, icon("alert"), w));
      }
    }
    return out;
  }

  function render() {
    if (!view) return;
    items = [];
    const { title, meta } = header();
    const shown = SECTIONS.filter((s) => settings.sections[s.id] !== false);
    const tabs = h("div", { class: "nl-tabs", role: "tablist", "aria-label": "Sections" },
      shown.map((s) => h("button", {
        type: "button", role: "tab", id: `nl-tab-${s.id}`, class: "nl-tab",
        "aria-selected": String(s.id === active), "aria-controls": `nl-panel-${s.id}`,
        tabindex: s.id === active ? "0" : "-1",
        onclick: () => selectTab(s.id, true),
        onkeydown: (e) => tabKeys(e, shown),
      }, s.label, h("span", { class: "nl-count", "aria-label": `(${s.count(view)})` }, String(s.count(view))))));
    const toolbar = h("div", { class: "nl-toolbar" },
      h("label", { class: "nl-switch" },
        h("input", { type: "checkbox", role: "switch", checked: allOn, onchange: (e) => setAll(e.target.checked) }),
        h("span", {}, "Show all highlights")),
      h("div", { class: "nl-export" },
        h("button", { type: "button", class: "nl-btn nl-btn-quiet", title: "Copy a Markdown brief", "aria-label": "Copy a Markdown brief", onclick: () => copyText(toMarkdown(view, { url }), "Markdown brief copied") },
          icon("copy"), "Markdown"),
        h("button", { type: "button", class: "nl-btn nl-btn-quiet", onclick: downloadJSON, title: "Download the analysis as JSON", "aria-label": "Download the analysis as JSON" }, icon("download"), "JSON")));
    const panels = shown.map((s) => {
      const p = h("section", { role: "tabpanel", id: `nl-panel-${s.id}`, class: "nl-section", "aria-labelledby": `nl-tab-${s.id}`, hidden: s.id !== active });
      p.append(s.render(view, ctx));
      return p;
    });
    frame([h("div", { class: "nl-notices" }, notices()), tabs, toolbar, h("div", { class: "nl-body" }, panels)], { title, meta });
    if (allOn) host.showAll(allGroups());
  }

  function selectTab(id, focus) {
    active = id;
    for (const t of app.querySelectorAll('[role="tab"]')) {
      const on = t.id === `nl-tab-${id}`;
      t.setAttribute("aria-selected", String(on));
      t.tabIndex = on ? 0 : -1;
      if (on && focus) t.focus();
    }
    for (const p of app.querySelectorAll('[role="tabpanel"]')) p.hidden = p.id !== `nl-panel-${id}`;
  }

  function tabKeys(e, shown) {
    const i = shown.findIndex((s) => s.id === active);
    let j = null;
    if (e.key === "ArrowRight") j = (i + 1) % shown.length;
    else if (e.key === "ArrowLeft") j = (i - 1 + shown.length) % shown.length;
    else if (e.key === "Home") j = 0;
    else if (e.key === "End") j = shown.length - 1;
    else if (e.key === "ArrowDown") {
      e.preventDefault();
      focusItem(0);
      return;
    }
    if (j === null) return;
    e.preventDefault();
    selectTab(shown[j].id, true);
  }

  // ---- linking: items ↔ page ---------------------------------------------------------------

  // Sections register their linkable elements here; the panel wires hover, focus, keys.
  const ctx = {
    settings: () => settings,
    setSort(sort) {
      settings = { ...settings, sort };
      host.saveSettings?.({ sort });
      render();
      selectTab("speakers", false);
      app.querySelector('#nl-panel-speakers .nl-sort')?.focus();
    },
    item(el, ranges, { scroll = ranges[0], kind = "", label = "" } = {}) {
      const info = { el, ranges: ranges.filter(validRange), scroll: validRange(scroll) ? scroll : null, kind };
      items.push(info);
      el.classList.add("nl-item");
      el.tabIndex = items.length === 1 ? 0 : -1;
      el.dataset.index = String(items.length - 1);
      if (label) el.setAttribute("aria-label", label);
      el.addEventListener("mouseenter", () => host.highlight(info.ranges));
      el.addEventListener("mouseleave", () => { if (!el.matches(":focus")) host.highlight(selected ? selected.ranges : null); });
      el.addEventListener("focus", () => { rove(el); host.highlight(info.ranges); });
      el.addEventListener("click", () => jump(info));
      el.addEventListener("keydown", itemKeys);
      return el;
    },
    pulse(ranges) { host.highlight(ranges); },
    unpulse() { host.highlight(selected ? selected.ranges : null); },
  };

  function validRange(r) {
    return Array.isArray(r) && Number.isInteger(r[0]) && Number.isInteger(r[1]) && r[1] > r[0];
  }

  function rove(el) {
    for (const i of items) if (i.el !== el) i.el.tabIndex = -1;
    el.tabIndex = 0;
  }

  function jump(info) {
    setSelected(info);
    if (info.scroll) host.scrollTo(info.scroll);
    host.highlight(info.ranges);
  }

  function setSelected(info) {
    if (selected) selected.el.removeAttribute("aria-current");
    selected = info;
    if (info) info.el.setAttribute("aria-current", "true");
  }

  function visibleItems() {
    return items.filter((i) => i.el.isConnected && !i.el.closest("[hidden]"));
  }

  function focusItem(k) {
    const vis = visibleItems();
    if (vis.length === 0) return;
    const i = vis[Math.max(0, Math.min(vis.length - 1, k))];
    i.el.focus();
    i.el.scrollIntoView({ block: "nearest" });
  }

  function itemKeys(e) {
    const vis = visibleItems();
    const k = vis.findIndex((i) => i.el === e.currentTarget);
    if (e.key === "ArrowDown") focusItem(k + 1);
    else if (e.key === "ArrowUp") {
      if (k === 0) app.querySelector('[role="tab"][aria-selected="true"]')?.focus();
      else focusItem(k - 1);
    } else if (e.key === "Home") focusItem(0);
    else if (e.key === "End") focusItem(vis.length - 1);
    else if (e.key === "Enter" || e.key === " ") {
      if (e.currentTarget.tagName !== "BUTTON") jump(vis[k]);
      else return; // a button's own click does it
    } else return;
    e.preventDefault();
  }

  /** The page reports a click on highlighted article text: select the item that covers it. */
  function pick(offset) {
    if (!view || !Number.isInteger(offset)) return false;
    let best = null;
    for (const i of items) {
      for (const [s, e] of i.ranges) {
        if (offset >= s && offset < e && (!best || e - s < best.len)) best = { info: i, len: e - s };
      }
    }
    if (!best) return false;
    if (best.info.el.closest("[hidden]:not([role=tabpanel])")) {
      best.info.el.closest("ul")?.dispatchEvent(new CustomEvent("nl-reveal"));
    }
    const panel = best.info.el.closest('[role="tabpanel"]');
    if (panel) selectTab(panel.id.replace("nl-panel-", ""), false);
    setSelected(best.info);
    host.highlight(best.info.ranges);
    best.info.el.focus({ preventScroll: true });
    best.info.el.scrollIntoView({ block: "center" });
    return true;
  }

  function allGroups() {
    const v = view;
    const sp = (list) => list.flatMap((s) => (s.mentions || []).map((m) => [m.start, m.end]));
    return {
      speaker: [...sp(v.speakers || []), ...sp(v.people || [])],
      quote: (v.speakers || []).flatMap((s) => (s.quotes || []).map((q) => [q.start, q.end])),
      place: (v.places || []).flatMap((p) => (p.mentions || []).map((m) => [m.start, m.end])),
      date: (v.timex || []).map((t) => [t.start, t.end]),
    };
  }

  function setAll(on) {
    allOn = on;
    host.showAll(on && view ? allGroups() : null);
    say(on ? "All highlights shown in the page." : "Highlights hidden.");
  }

  // ---- export ------------------------------------------------------------------------------

  async function copyText(text, done) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Clipboard access can be refused in a frame; a selected textarea and copy still works.
      const ta = h("textarea", { class: "nl-sr", "aria-hidden": "true" });
      ta.value = text;
      app.append(ta);
      ta.select();
      try { doc.execCommand("copy"); } catch { /* nothing else to try */ }
      ta.remove();
    }
    say(done);
    host.copied?.(text);
  }

  function downloadJSON() {
    const blob = new Blob([toJSON(view)], { type: "application/json" });
    const a = h("a", { href: URL.createObjectURL(blob), download: fileName() + ".json" });
    app.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    say("JSON downloaded");
  }

  function fileName() {
    const t = (view.article && view.article.title) || "article";
    return "newslens-" + t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").slice(0, 60);
  }

  doc.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && host.close && !e.defaultPrevented) {
      e.preventDefault();
      host.close();
    }
  });

  return {
    showLoading,
    showResult,
    get partial() { return partial; },
    setPartialTotal,
    showNotArticle,
    showError,
    pick,
    setSettings(next) {
      settings = { ...settings, ...next, sections: { ...settings.sections, ...(next.sections || {}) } };
      applyTheme();
      if (view && !app.classList.contains("nl-collapsed")) render();
    },
    get view() { return view; },
  };
}
