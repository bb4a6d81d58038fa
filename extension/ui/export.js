// Exports of an analysis: a Markdown brief a reader can paste into notes, and the analysis as
// JSON. Pure functions of the view, tested in tests/e2e/export.test.mjs.

import { countryName, formatDate, formatValue } from "./format.js";
import { entryFlags } from "./timeline.js";

// Page text lands in Markdown; characters that would start markup there are escaped so a name
// like "*NSYNC" or a quote with "[link](…)" reads back as written.
function md(text) {
  return String(text ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/([\\`*_{}\[\]<>()#|!])/g, "\\$1");
}

function quoteLine(q) {
  return q.kind === "direct" ? `“${md(q.text)}”` : md(q.text);
}

/** The Markdown brief: title line, speakers with their quotes, places by country, timeline. */
export function toMarkdown(view, { url } = {}) {
  const a = view.article || {};
  const out = [];
  out.push(`# ${md(a.title || "Untitled article")}`, "");
  const meta = [a.site && md(a.site), a.published && formatDate(a.published), a.byline && `by ${md(a.byline)}`]
    .filter(Boolean);
  if (meta.length) out.push(meta.join(" · "), "");
  if (url) out.push(`<${String(url).replace(/[<>\s]/g, encodeURIComponent)}>`, "");

  out.push("## Speakers", "");
  const speakers = view.speakers || [];
  if (speakers.length === 0) out.push("No quoted speakers found.", "");
  for (const s of speakers) {
    out.push(`### ${md(s.name)}${s.role ? ` (${md(s.role)})` : ""}`, "");
    for (const q of s.quotes || []) out.push(`- ${quoteLine(q)}`);
    out.push("");
  }
  const people = view.people || [];
  if (people.length) out.push(`Also mentioned: ${people.map((p) => md(p.name)).join(", ")}`, "");

  out.push("## Places", "");
  const groups = groupPlaces(view.places || []);
  if (groups.length === 0) out.push("No places found.", "");
  for (const g of groups) {
    out.push(`- **${md(g.label)}**${g.members.length ? ": " + g.members.map((p) => `${md(p.name)} (${p.kind})`).join(", ") : ""}`);
  }
  if (groups.length) out.push("");

  out.push("## Timeline", "");
  const entries = view.timeline || [];
  if (entries.length === 0) out.push("No dated events found.", "");
  for (const e of entries) {
    // The panel's flags, as a published story has them: a fiscal quarter says when it ran
    // ("Q1 2020" alone reads as January to March); relative dates are explained once, below.
    const flags = entryFlags(e, { published: true });
    const when = formatValue(e.value) + (flags.length ? ` (${flags.join("; ")})` : "");
    const said = e.expression ? ` (“${md(e.expression)}”)` : "";
    out.push(`- **${when}**${said}: ${md(e.event)}`);
  }
  if (entries.length) out.push("");
  if (view.anchor && !view.anchor.published) {
    const from = view.anchor.dateline ? "the dateline, " : "";
    out.push(`_No publication date: relative dates are counted from ${from}${formatDate(view.anchor.date)}._`, "");
  }
  return out.join("\n").replace(/\n+$/, "\n");
}

/**
 * Places grouped by country, the country itself heading its group; places that span countries
 * ("Central America") form a group of their own at the end.
 */
export function groupPlaces(places) {
  const byCountry = new Map();
  const regions = [];
  for (const p of places) {
    if (!p.country) {
      regions.push(p);
      continue;
    }
    const code = String(p.country).toUpperCase();
    let g = byCountry.get(code);
    if (!g) byCountry.set(code, (g = { code, label: countryName(code), country: null, members: [] }));
    if (p.kind === "country" && !g.country) g.country = p;
    else g.members.push(p);
  }
  const groups = [...byCountry.values()];
  if (regions.length) groups.push({ code: null, label: "Regions", country: null, members: regions });
  return groups;
}

/** The analysis as a JSON file: the view itself, minus the article text's page mapping. */
export function toJSON(view) {
  const { segments, ...rest } = view;
  return JSON.stringify(rest, null, 2) + "\n";
}
