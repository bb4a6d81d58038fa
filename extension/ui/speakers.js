// The Speakers section: one card per quoted speaker, unnamed sources grouped under their
// description, and the people mentioned but not quoted in a smaller list.

import { h } from "./dom.js";
import { initials, plural } from "./format.js";

function firstOffset(s) {
  const starts = [...(s.mentions || []), ...(s.quotes || [])].map((x) => x.start).filter(Number.isInteger);
  return starts.length ? Math.min(...starts) : Infinity;
}

export function sortSpeakers(list, sort) {
  const byAppearance = (a, b) => firstOffset(a) - firstOffset(b);
  const copy = [...list];
  if (sort === "appearance") return copy.sort(byAppearance);
  return copy.sort((a, b) => (b.quotes || []).length - (a.quotes || []).length || byAppearance(a, b));
}

function spans(list) {
  return (list || []).map((m) => [m.start, m.end]);
}

// A partial quote ("agreed to “establish a strategic partnership”") means little alone: show
// its sentence with the quoted words set off, isolated like every piece of page text.
function quoteBody(q, text) {
  const s = q.sentence;
  if (q.partial && s && typeof text === "string" && s.start <= q.start && q.end <= s.end) {
    return h("bdi", { class: "nl-context" },
      text.slice(s.start, q.start).replace(/^\s+/, ""),
      h("strong", {}, text.slice(q.start, q.end)),
      text.slice(q.end, s.end).replace(/\s+$/, ""));
  }
  // <bdi>: a bidi override inside page text (U+202E…) cannot reorder the marks around it.
  return q.kind === "direct" ? ["“", h("bdi", {}, q.text), "”"] : h("bdi", {}, q.text);
}

function card(sp, view, ctx) {
  const quotes = sp.quotes || [];
  const name = ctx.item(h("button", { type: "button", class: "nl-name" },
    h("span", { class: "nl-avatar", "aria-hidden": "true" }, initials(sp.name)),
    h("bdi", { class: "nl-name-text" }, sp.name)),
  [...spans(sp.mentions), ...spans(quotes)], { scroll: sp.mentions?.[0] ? [sp.mentions[0].start, sp.mentions[0].end] : undefined });
  return h("li", { class: "nl-card" },
    h("div", { class: "nl-card-head" },
      h("h2", { class: "nl-card-title" }, name),
      h("span", { class: "nl-badge" }, plural(quotes.length, "quote", "quotes"))),
    sp.role ? h("p", { class: "nl-role" }, h("bdi", {}, sp.role)) : null,
    quotes.length ? quoteList(sp, quotes, view, ctx) : null);
}

// A glance, not a dump: a long list shows its first quotes and a button for the rest.
const SHOWN = 3;

function quoteList(sp, quotes, view, ctx) {
  const lis = quotes.map((q, i) => h("li", { class: `nl-quote nl-${q.kind === "direct" ? "direct" : "reported"}`, hidden: quotes.length > SHOWN + 1 && i >= SHOWN },
    ctx.item(h("button", { type: "button", class: "nl-quote-btn" },
      h("span", { class: "nl-sr" }, q.kind === "direct" ? "Direct quote: " : "Reported: "),
      quoteBody(q, view.article && view.article.text)), [[q.start, q.end]])));
  const list = h("ul", { class: "nl-quotes", "aria-label": `Quotes by ${sp.name}` }, lis);
  if (!lis.some((li) => li.hidden)) return list;
  const more = h("button", { type: "button", class: "nl-more", "aria-expanded": "false" }, `Show all ${quotes.length} quotes`);
  const expand = (open) => {
    lis.forEach((li, i) => (li.hidden = !open && i >= SHOWN));
    more.setAttribute("aria-expanded", String(open));
    more.textContent = open ? "Show fewer" : `Show all ${quotes.length} quotes`;
  };
  more.addEventListener("click", () => expand(more.getAttribute("aria-expanded") !== "true"));
  // The panel asks for this when a hidden quote is picked from the page.
  list.addEventListener("nl-reveal", () => expand(true));
  return [list, more];
}

export function renderSpeakers(view, ctx) {
  const sort = ctx.settings().sort;
  const all = sortSpeakers(view.speakers || [], sort);
  const named = all.filter((s) => s.kind !== "anonymous");
  const anonymous = all.filter((s) => s.kind === "anonymous");
  const people = view.people || [];
  const frag = document.createDocumentFragment();

  if (all.length > 1) {
    const select = h("select", { class: "nl-sort", id: "nl-sort", onchange: (e) => ctx.setSort(e.target.value) },
      h("option", { value: "count" }, "most quoted"),
      h("option", { value: "appearance" }, "order of appearance"));
    select.value = sort === "appearance" ? "appearance" : "count";
    frag.append(h("div", { class: "nl-sortbar" }, h("label", { for: "nl-sort" }, "Sort by"), select));
  }
  if (all.length === 0) {
    frag.append(h("p", { class: "nl-empty" }, "No one is quoted in this article."));
  }
  if (named.length) frag.append(h("ul", { class: "nl-cards", "aria-label": "Quoted speakers" }, named.map((s) => card(s, view, ctx))));
  if (anonymous.length) {
    frag.append(h("h2", { class: "nl-subhead" }, "Unnamed sources"),
      h("ul", { class: "nl-cards nl-anon", "aria-label": "Unnamed sources" }, anonymous.map((s) => card(s, view, ctx))));
  }
  if (people.length) {
    frag.append(h("h2", { class: "nl-subhead" }, "Also mentioned"),
      h("ul", { class: "nl-chips", "aria-label": "Mentioned but not quoted" }, people.map((p) => h("li", {},
        ctx.item(h("button", { type: "button", class: "nl-chip" }, h("bdi", {}, p.name), p.role ? h("span", { class: "nl-chip-role" }, " · ", h("bdi", {}, p.role)) : null),
          spans(p.mentions))))));
  }
  return frag;
}
