// The Markdown brief and JSON export (pure functions of a view; no browser needed).

import { test } from "node:test";
import assert from "node:assert/strict";
import { toMarkdown, toJSON, groupPlaces } from "../../extension/ui/export.js";
import { formatValue, formatDate, readingMinutes, initials } from "../../extension/ui/format.js";

// A hand-written view in the shape of src/output.rs.
const VIEW = {
  article: { title: "Talks *resume* in [Geneva]", site: "Example News", published: "2024-03-14", byline: null, words: 700, text: "" },
  speakers: [
    { name: "Jane Doe", role: "Mayor", kind: "person", aliases: [], mentions: [], quotes: [
      { start: 0, end: 5, text: "We will\nnot <b>raise</b> taxes", kind: "direct", partial: false },
      { start: 9, end: 20, text: "the plan was sound", kind: "indirect", partial: false },
    ] },
  ],
  people: [{ name: "John Roe", role: null, kind: "person", aliases: [], mentions: [], quotes: [] }],
  places: [
    { name: "Springfield", kind: "city", country: "US", mentions: [{ start: 1, end: 2 }] },
    { name: "United States", kind: "country", country: "US", mentions: [] },
    { name: "Central America", kind: "region", country: null, mentions: [] },
  ],
  timeline: [
    { value: "2024-03", expression: "last month", event: "the vote", fuzzy: true, relative: true, start: 0, end: 1 },
    { value: "2024-06-07/2024-06-08", expression: "June 7-8", event: "a visit", fuzzy: false, relative: false, start: 0, end: 1 },
  ],
  timex: [],
  anchor: { date: "2024-03-14", published: true },
  warnings: [],
  segments: [{ start: 0, end: 10, node: 4, node_start: 0 }],
};

test("the Markdown brief has speakers with quotes, places by country, the timeline", () => {
  const md = toMarkdown(VIEW, { url: "https://example.com/a b" });
  assert.equal(md, [
    "# Talks \\*resume\\* in \\[Geneva\\]",
    "",
    "Example News · 14 March 2024",
    "",
    "<https://example.com/a%20b>",
    "",
    "## Speakers",
    "",
    "### Jane Doe (Mayor)",
    "",
    "- “We will not \\<b\\>raise\\</b\\> taxes”",
    "- the plan was sound",
    "",
    "Also mentioned: John Roe",
    "",
    "## Places",
    "",
    "- **United States**: Springfield (city)",
    "- **Regions**: Central America (region)",
    "",
    "## Timeline",
    "",
    "- **March 2024 (approximate)** (“last month”): the vote",
    "- **7–8 June 2024** (“June 7-8”): a visit",
    "",
  ].join("\n"));
});

test("empty sections are said plainly, and an unpublished anchor is explained", () => {
  const md = toMarkdown({ article: {}, speakers: [], people: [], places: [], timeline: [], anchor: { date: "2026-01-02", published: false } });
  assert.match(md, /^# Untitled article$/m);
  assert.match(md, /No quoted speakers found\./);
  assert.match(md, /No places found\./);
  assert.match(md, /No dated events found\./);
  assert.match(md, /counted from 2 January 2026/);
});

test("the JSON export is the view without the page mapping", () => {
  const back = JSON.parse(toJSON(VIEW));
  assert.equal(back.segments, undefined);
  assert.deepEqual(back.speakers, VIEW.speakers);
});

test("places group under their country, the country first", () => {
  const g = groupPlaces(VIEW.places);
  assert.deepEqual(g.map((x) => [x.label, x.country && x.country.name, x.members.map((p) => p.name)]),
    [["United States", "United States", ["Springfield"]], ["Regions", null, ["Central America"]]]);
});

test("dates, ranges and fuzzy values read as words", () => {
  assert.equal(formatValue("2021-06-07/2021-06-08"), "7–8 June 2021");
  assert.equal(formatDate("2021-04"), "April 2021");
  assert.equal(formatDate("199X"), "the 1990s");
  assert.equal(formatDate("2021-SU"), "summer 2021");
  assert.equal(formatDate("nonsense"), "nonsense");
  assert.equal(readingMinutes(0), 1);
  assert.equal(readingMinutes(700), 3);
  assert.equal(initials("Andres Manuel Lopez Obrador"), "AO");
  assert.equal(initials(""), "?");
});
