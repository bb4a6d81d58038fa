// The Timeline section: a vertical axis with the dated events in order, the publication date
// marked as "today" of the story, ranges drawn as spans and fuzzy dates said to be approximate.

import { h } from "./dom.js";
import { formatDate, formatValue, dayNumber } from "./format.js";

// What an entry's date is worth, said in words. Without a publication date the panel anchors on
// the story's dateline if it has a date, else on today: a relative date ("last week") is counted
// from that day, and a date named but for its year ("June 7-8") got the year nearest it, which is
// only a guess.
export function entryFlags(e, anchor) {
  const flags = [];
  if (e.fuzzy) flags.push("approximate");
  const dateless = anchor && !anchor.published;
  if (dateless && e.relative) flags.push(anchor.dateline ? "relative to the dateline" : "relative to today");
  else if (dateless && e.year_inferred) flags.push("year assumed");
  // A fiscal quarter keeps its TimeML value ("2020-Q1", shown "Q1 2020") but sits on the axis
  // where it happened (sort_day): say when, or it reads as January to March.
  const q = /^(\d{4})-Q([1-4])$/.exec(typeof e.value === "string" ? e.value : "");
  const calendar = q && dayNumber(`${q[1]}-${String(3 * q[2] - 2).padStart(2, "0")}`);
  if (q && Number.isFinite(e.sort_day) && e.sort_day !== calendar) {
    const month = (day) => new Date(day * 86400000).toISOString().slice(0, 7);
    flags.push(`fiscal, ${formatValue(`${month(e.sort_day)}/${month(e.sort_day + 90)}`)}`);
  }
  return flags;
}

// A clock time reads with the zone the article named ("3:30 p.m. EDT" → "15:30 UTC−04:00").
// The value stays local time, as TimeML writes it; the zone is the time expression's own field,
// found by the span the entry shares with it.
export function entryClock(e, zone) {
  const m = /T(\d{2}):(\d{2})/.exec(typeof e.value === "string" ? e.value : "");
  if (!m) return "";
  const clock = `${m[1]}:${m[2]}`;
  if (!zone) return clock;
  return `${clock} ${zone === "Z" ? "UTC" : `UTC${zone.replace("-", "\u2212")}`}`;
}

export function renderTimeline(view, ctx) {
  const entries = [...(view.timeline || [])].sort((a, b) => (a.sort_day ?? 0) - (b.sort_day ?? 0));
  const frag = document.createDocumentFragment();
  if (entries.length === 0) {
    frag.append(h("p", { class: "nl-empty" }, "No dated events were found in this article."));
    return frag;
  }
  const anchor = view.anchor;
  const anchorDay = anchor ? dayNumber(anchor.date) : null;
  const ol = h("ol", { class: "nl-axis", "aria-label": "Events in time order" });
  let todayPlaced = anchorDay === null;
  const label = anchor && (anchor.published ? "Published" : anchor.dateline ? "Dateline" : "Today");
  const today = () => h("li", { class: "nl-today", "aria-label": `${label}, ${formatDate(anchor.date)}` },
    h("span", { class: "nl-today-label" }, label),
    h("span", { class: "nl-today-date" }, formatDate(anchor.date)));
  const zones = new Map((view.timex || []).filter((t) => t.zone).map((t) => [`${t.start}:${t.end}`, t.zone]));
  let previous = null;
  for (const e of entries) {
    // Several events on one day read as one date with a list under it; the repeated date stays
    // for screen readers, which hear each entry on its own.
    const same = previous === e.value;
    previous = e.value;
    if (!todayPlaced && (e.sort_day ?? 0) > anchorDay) {
      ol.append(today());
      todayPlaced = true;
      previous = null;
    }
    const range = typeof e.value === "string" && e.value.includes("/");
    const flags = entryFlags(e, anchor).map((f) => h("span", { class: "nl-flag" }, f));
    const clock = entryClock(e, zones.get(`${e.start}:${e.end}`));
    const btn = ctx.item(h("button", { type: "button", class: "nl-entry-btn" },
      h("span", { class: same ? "nl-when nl-sr" : "nl-when" }, clock ? `${formatValue(e.value)}, ${clock}` : formatValue(e.value)),
      e.expression ? h("span", { class: "nl-expr" }, "“", h("bdi", {}, e.expression), "”") : null,
      flags,
      e.event ? h("span", { class: "nl-event" }, h("bdi", {}, e.event)) : null),
    [[e.start, e.end]]);
    ol.append(h("li", { class: `nl-entry${range ? " nl-range" : ""}${e.fuzzy ? " nl-fuzzy" : ""}${same ? " nl-same" : ""}` },
      h("span", { class: "nl-mark", "aria-hidden": "true" }), btn));
  }
  if (!todayPlaced) ol.append(today());
  frag.append(ol);
  return frag;
}
