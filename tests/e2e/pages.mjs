// Test pages, written by hand for the end-to-end tests (the VOA sample is vendored in fixtures/).

import { fixture } from "./harness.mjs";

export const SAMPLE = fixture("voa-harris-lopez-obrador.html");
export const NOMETA = fixture("voa-harris-lopez-obrador-nometa.html");

/** A site's front page: navigation, a search form and link lists, no story. */
export const NOT_ARTICLE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>City Library: opening hours</title></head>
<body><header><nav><a href="/">Home</a> <a href="/books">Books</a> <a href="/events">Events</a> <a href="/contact">Contact</a></nav></header>
<main><h1>Opening hours</h1><form><label>Search the catalogue <input name="q"></label> <button>Search</button></form>
<table><tr><th>Monday</th><td>9:00–17:00</td></tr><tr><th>Tuesday</th><td>9:00–17:00</td></tr><tr><th>Saturday</th><td>10:00–14:00</td></tr></table>
<ul><li><a href="/a">Library cards</a></li><li><a href="/b">Printing</a></li><li><a href="/c">Study rooms</a></li></ul></main>
<footer><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer></body></html>`;

/** The sample under the most aggressive global CSS a page could have. */
export const HOSTILE_CSS = SAMPLE.replace("</head>", `<link rel="stylesheet" href="/evil.css"></head>`);
export const EVIL_CSS = `* { all: unset !important; }
html, body, div, iframe { display: block !important; width: 10px !important; height: 10px !important; position: static !important;
  transform: scale(0.1) rotate(30deg) !important; opacity: 0.3 !important; filter: blur(4px) !important; font-size: 40px !important;
  color: red !important; background: lime !important; z-index: 0 !important; visibility: visible !important; }
iframe { display: none !important; }
::highlight(newslens-focus) { background-color: transparent !important; }`;

const WORD = "A".repeat(10000);
// Balanced overrides, and one left open: none may reorder the panel's own text around it.
const BIDI = "\u202Egnp.exe\u202C and \u2066isolated\u2069 and \u202Eunclosed";

/** Page text that would be markup, script or a layout bomb if it were ever parsed or trusted. */
export const HOSTILE_TEXT = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>&lt;img src=x onerror=window.__pwned=1&gt; Council approves budget</title>
<meta property="og:type" content="article">
<meta property="og:title" content="&lt;img src=x onerror=window.__pwned=1&gt; Council approves budget ${WORD}">
<meta property="article:published_time" content="2024-03-14T10:00:00Z">
<script src="/probe.js"></script>
</head><body><main><article>
<h1>&lt;img src=x onerror=window.__pwned=1&gt; Council approves budget</h1>
<p>The city council approved the budget on Tuesday after a long debate in Springfield, Illinois, officials said.</p>
<p>“&lt;/style&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt; We will not raise taxes,” Mayor &lt;img src=x onerror=window.__pwned=3&gt; Jane Doe said at a news conference on Wednesday.</p>
<p>Council member John Roe said the plan was “javascript:alert(1) reckless” and that ${BIDI} would follow.</p>
<p>“${WORD.slice(0, 400)},” Roe said.</p>
<p>The vote followed three weeks of hearings in which residents, business owners and school officials asked the council to protect libraries, parks and bus routes from the cuts first proposed in January.</p>
<p>Under the approved plan, the city will spend more on road repairs and hire twelve new teachers, while the fire department will replace two of its oldest engines by the end of the year.</p>
<p>Supporters said the budget kept the city on a sound footing without asking families for more money at a time when prices for food, rent and energy remain high across the region.</p>
<p>Critics argued that the plan relies on optimistic forecasts for sales tax revenue and leaves too little in reserve should the local economy slow down in the coming months.</p>
<p>The council will review the figures again in September, when the first quarterly report on spending and revenue is due, and could amend the plan if revenue falls short.</p>
<p>The budget takes effect in July, the council said in a statement. Residents in Springfield will see the changes next year.</p>
<p>Doe said the city would publish the details online next week, and that she expected no further delays.</p>
</article></main></body></html>`;

/** The same story with one 10,000-character word in the body. */
export const HOSTILE_WORD = HOSTILE_TEXT.replace(`${WORD.slice(0, 400)},”`, `${WORD},”`);

/** Runs in the page: records whether anything hostile executed, and offers fake messages. */
export const PROBE_JS = `window.__pwned = undefined;
window.__fake = function () {
  var forged = [
    { type: "page", model: { url: "http://evil.invalid/", nodes: [{ tag: "html" }] } },
    { type: "pick", offset: 0 }, { type: "close" }, { type: "ready" },
    { type: "highlight", ranges: [[0, 5]] }, { type: "result", view: { article: { title: "FORGED" } } }
  ];
  for (var i = 0; i < window.frames.length; i++) {
    for (var j = 0; j < forged.length; j++) {
      try { window.frames[i].postMessage(forged[j], "*"); } catch (e) {}
    }
  }
  for (var k = 0; k < forged.length; k++) window.postMessage(forged[k], "*");
  return window.frames.length;
};`;

/** About 5 MB of story: a long article of ordinary paragraphs. */
export function hugePage() {
  const para = "The committee said on Monday that the new rules would take effect next year in Lisbon, and officials in Portugal welcomed the decision after months of talks with regional leaders.";
  const ps = [];
  for (let i = 0; ps.length * para.length < 5e6; i++) ps.push(`<p>${para} (${i})</p>`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A very long report</title></head><body><main><article><h1>A very long report</h1>${ps.join("\n")}</article></main></body></html>`;
}
