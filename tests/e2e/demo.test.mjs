// The www demo: static files only, the same panel beside the sample article, paste box and date.

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { ROOT, OUT, serve, watchMainThread } from "./harness.mjs";

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".png": "image/png" };

function staticRoutes(dir) {
  const routes = {};
  const walk = (d, base, prefix) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p, base, prefix);
      else routes[prefix + path.relative(base, p).split(path.sep).join("/")] = { body: fs.readFileSync(p), type: TYPES[path.extname(p)] || "application/octet-stream", csp: null };
    }
  };
  walk(dir, dir, "/");
  // The shared UI is served from its source, so the test never sees a stale copy.
  const ext = path.join(ROOT, "extension");
  walk(path.join(ext, "ui"), ext, "/lib/");
  walk(path.join(ext, "map"), ext, "/lib/");
  for (const f of ["reader.js", "highlight.js"]) {
    routes["/lib/" + f] = { body: fs.readFileSync(path.join(ext, f)), type: TYPES[".js"], csp: null };
  }
  routes["/"] = routes["/index.html"];
  return routes;
}

test("the demo analyses the sample and pasted text, with nothing but static files", async () => {
  assert.ok(fs.existsSync(path.join(ROOT, "www/pkg/newslens_bg.wasm")), "run scripts/build_web.sh first");
  const srv = await serve(staticRoutes(path.join(ROOT, "www")));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(srv.base + "/");
    await page.waitForSelector("#panel .nl-app");
    await page.waitForFunction(() => !document.querySelector("#panel .nl-loading"));
    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, "demo-sample.png") });

    // The content script's reader (JavaScript) and the wasm DOM reader build the same model.
    const same = await page.evaluate(async () => {
      // (The demo analyses in a worker; the comparison loads the wasm here.)
      const wasm = await import("./pkg/newslens.js");
      await wasm.default({ module_or_path: new URL("./pkg/newslens_bg.wasm", location.href) });
      const { readDocument } = wasm;
      const doc = document.querySelector("#article-holder iframe").contentDocument;
      const js = NewslensReader.toObjects(NewslensReader.read(doc, { url: "https://example.org/a" }).model);
      const rs = readDocument(doc, "https://example.org/a");
      const norm = (m) => JSON.stringify({ url: m.url, nodes: m.nodes.map((n) => ({ parent: n.parent ?? null, tag: n.tag, text: n.text || "", attrs: n.attrs || [], hidden: !!n.hidden })) });
      return { equal: norm(js) === norm(rs), js: js.nodes.length, rs: rs.nodes.length };
    });
    assert.ok(same.equal, `readers agree: ${JSON.stringify(same)}`);

    // Export: the Markdown brief lands on the clipboard, the JSON as a download.
    if (await page.locator("#panel [role=tab]").count()) {
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: srv.base });
      await page.click("#panel button[aria-label='Copy a Markdown brief']");
      await page.waitForFunction(() => document.querySelector("#panel [role=status]").textContent.includes("copied"));
      const md = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(md, /^# US Vice President Calls for Immigration Effort With Mexico\n/);
      assert.match(md, /## Speakers[\s\S]*### Kamala Harris \(U\.S\. Vice President\)[\s\S]*## Places[\s\S]*## Timeline/);
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#panel button[aria-label='Download the analysis as JSON']")]);
      assert.match(download.suggestedFilename(), /^newslens-us-vice-president-calls-for-immigration-effort-with-mexico\.json$/);
      const json = JSON.parse(fs.readFileSync(await download.path(), "utf8"));
      assert.equal(json.article.title, "US Vice President Calls for Immigration Effort With Mexico");
      assert.ok(Array.isArray(json.speakers) && json.segments === undefined);
    }

    await page.fill("#paste", "Officials said on Monday that talks would resume.\n\nThe minister said \"we are ready\" and left.");
    await page.click("button[type=submit]");
    await page.waitForFunction(() => document.querySelector("#article-holder iframe")?.contentDocument?.querySelector("pre"));
    await page.waitForFunction(() => !document.querySelector("#panel .nl-loading"));
    // Text input always yields an analysis (possibly empty), never a "not an article".
    assert.equal(await page.locator("#panel .nl-notarticle").count(), 0);
    assert.ok(await page.locator("#panel [role=tab]").count() >= 1);
    await page.screenshot({ path: path.join(OUT, "demo-text.png") });

    // Pasted HTML runs no script, even one that would execute in a normal page.
    await page.fill("#paste", '<html><body><h1>Hi</h1><img src=x onerror="parent.__pwned=1"><script>parent.__pwned=2</script><p>Text.</p></body></html>');
    await page.click("button[type=submit]");
    await page.waitForFunction(() => document.querySelector("#article-holder iframe")?.srcdoc);
    await page.waitForFunction(() => !document.querySelector("#panel .nl-loading"));
    assert.equal(await page.evaluate(() => window.__pwned), undefined);

    // A huge paste (600,000 characters of text) is analysed in the worker: the demo's thread
    // stays free, and the panel ends on the whole analysis.
    const para = "The committee said on Monday that the new rules would take effect next year in Lisbon, officials said.";
    await page.evaluate((text) => (document.querySelector("#paste").value = text), Array.from({ length: 6000 }, () => para).join("\n\n"));
    await watchMainThread(page);
    await page.click("button[type=submit]");
    await page.waitForFunction(() => document.querySelector("#article-holder iframe")?.contentDocument?.querySelector("pre"));
    await page.evaluate(() => (window.__gap = 0));
    await page.waitForFunction(() => !document.querySelector("#panel .nl-loading") && !document.querySelector("#panel .nl-partial"), null, { timeout: 90000 });
    assert.ok(await page.locator("#panel [role=tab]").count() >= 1);
    assert.equal(await page.locator("#panel .nl-error").count(), 0);
    const gap = await page.evaluate(() => window.__gap);
    console.log(`# demo, 600,000-character paste: longest stall of the demo's thread while analysing ${Math.round(gap)} ms`);
    assert.ok(gap < 1000, `the demo stalled ${gap} ms`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await srv.close();
  }
});

/**
 * A second panel alone on the demo page, driven through its public methods (`window.p`), with
 * the wasm loaded (`window.wasm`); the host only records what the panel asks of the page
 * (`window.calls`).
 */
async function barePanel(browser, srv, scheme, height) {
  const page = await browser.newPage({ viewport: { width: 420, height }, colorScheme: scheme });
  await page.goto(srv.base + "/");
  await page.waitForSelector("#panel .nl-app");
  await page.evaluate(async () => {
    document.body.replaceChildren();
    const root = document.createElement("div");
    root.style.height = "100vh";
    document.body.append(root);
    const { createPanel } = await import("./lib/ui/panel.js");
    const wasm = await import("./pkg/newslens.js");
    await wasm.default({ module_or_path: new URL("./pkg/newslens_bg.wasm", location.href) });
    window.wasm = wasm;
    window.calls = [];
    const host = { highlight: (r) => calls.push(["highlight", r]), scrollTo: () => {}, showAll: () => {}, close: () => calls.push(["close"]), collapse: (on) => calls.push(["collapse", on]), openOptions: () => {} };
    window.p = createPanel(root, host, { version: "test" });
  });
  return page;
}

test("panel states (analysing, not an article, internal error, collapsed) in light and dark", async () => {
  const srv = await serve(staticRoutes(path.join(ROOT, "www")));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    for (const scheme of ["light", "dark"]) {
      const page = await barePanel(browser, srv, scheme, 640);
      // Read in the same task as the call: a round trip from the test could take longer than
      // the 100 ms the bar waits on a loaded machine.
      const hiddenAtFirst = await page.evaluate(() => {
        p.showLoading();
        return document.querySelector(".nl-progress").hidden;
      });
      assert.equal(hiddenAtFirst, true, "no progress bar at first: quick analyses never flicker");
      await page.waitForSelector(".nl-progress:not([hidden])", { timeout: 2000 });
      await page.screenshot({ path: path.join(OUT, `state-analysing-${scheme}.png`) });
      await page.evaluate(() => p.showNotArticle("no block of paragraphs long enough for a story"));
      assert.match(await page.locator(".nl-app").innerText(), /doesn't look like a news article[\s\S]*no block of paragraphs/);
      await page.screenshot({ path: path.join(OUT, `state-not-article-${scheme}.png`) });
      await page.evaluate(() => p.showError(new Error("RuntimeError: unreachable"), "Kind: internal"));
      assert.match(await page.locator("[role=alert]").innerText(), /Something went wrong/);
      await page.locator("details summary").click();
      assert.match(await page.locator(".nl-details").innerText(), /RuntimeError: unreachable[\s\S]*Browser:/);
      await page.screenshot({ path: path.join(OUT, `state-error-${scheme}.png`) });
      await page.keyboard.press("Escape");
      assert.deepEqual(await page.evaluate(() => calls.at(-1)), ["close"]);
      await page.click(".nl-collapse");
      assert.deepEqual(await page.evaluate(() => calls.at(-1)), ["collapse", true]);
      await page.setViewportSize({ width: 44, height: 640 });
      await page.screenshot({ path: path.join(OUT, `state-collapsed-${scheme}.png`) });
      await page.close();
    }
  } finally {
    await browser.close();
    await srv.close();
  }
});

test("states from real analyses: partial article, no publication date, an empty section, in light and dark", async () => {
  const srv = await serve(staticRoutes(path.join(ROOT, "www")));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  // A subscriber-only teaser (the publisher says so in its JSON-LD), and a dateless story that
  // names no place: both analysed by the real wasm, then shown by the real panel.
  const teaser = `<!DOCTYPE html><html lang="en"><head><title>Council approves budget | The Paper</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves budget",
"datePublished":"2024-03-14T09:00:00-05:00","isAccessibleForFree":"False"}</script></head><body><article>
<h1>Council approves budget</h1>
<p>The city council approved the budget on Tuesday after a long debate, officials said.</p>
<p>“We will not raise taxes,” Mayor Jane Doe said at a news conference on Wednesday.</p>
<p>Council member John Roe said the plan was reckless and that the vote came too soon.</p>
<p class="paywall">Subscribe to read the rest of this story.</p></article></body></html>`;
  const dateless = "“We will not raise taxes this year,” Mayor Jane Doe said on Wednesday.\n\n" +
    "Council member John Roe said last week that the plan was reckless and would be reviewed next month.";
  try {
    for (const scheme of ["light", "dark"]) {
      const page = await barePanel(browser, srv, scheme, 760);

      await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, "text/html");
        p.showResult(wasm.analyzeDocument(doc, "https://paper.example/2024/03/14/budget", {}));
      }, teaser);
      assert.match(await page.locator(".nl-app").innerText(), /Only part of the story is on this page/);
      await page.screenshot({ path: path.join(OUT, `state-partial-${scheme}.png`) });

      // The budget's partial result (extension/ui/budget.js): what was analysed, while the rest
      // runs, then after the hard budget stopped it.
      for (const pending of [true, false]) {
        await page.evaluate(([html, pending]) => {
          const doc = new DOMParser().parseFromString(html, "text/html");
          p.showResult(wasm.analyzeDocument(doc, "https://paper.example/2024/03/14/budget", {}),
            { partial: { analysed: 100000, total: 5240329, pending, budget: 60000 } });
        }, [teaser, pending]);
        const notice = await page.locator(".nl-partial").innerText();
        assert.match(notice, /^Partial: analysed the first 100,000 characters of 5,240,329\./);
        assert.match(notice, pending ? /still being analysed/ : /took longer than 60 s and was stopped/);
        assert.equal(await page.locator(".nl-partial .nl-progress").count(), pending ? 1 : 0);
        await page.screenshot({ path: path.join(OUT, `state-budget-${pending ? "pending" : "stopped"}-${scheme}.png`) });
      }

      await page.evaluate((text) => p.showResult(wasm.analyzeText(text, { today: "2026-11-27" })), dateless);
      const app = page.locator(".nl-app");
      assert.match(await app.innerText(), /No publication date was found, so dates like “last week” are counted from today/);
      await page.click("#nl-tab-timeline");
      assert.match(await app.innerText(), /relative to today/);
      await page.screenshot({ path: path.join(OUT, `state-no-date-${scheme}.png`) });
      await page.click("#nl-tab-places");
      assert.match(await app.innerText(), /No places are named in this article\./);
      await page.screenshot({ path: path.join(OUT, `state-empty-section-${scheme}.png`) });

      // A wire story with a dated dateline and no publication date: the dateline, not today,
      // is what its dates are counted from, and the panel says which.
      await page.evaluate((text) => p.showResult(wasm.analyzeText(text, { today: "2026-11-27" })),
        "WASHINGTON, Aug. 11 (Xinhua) --\n\nThe envoy said on Tuesday that the talks of last week went well.");
      assert.match(await app.innerText(), /counted from the dateline, 11 August 2026/);
      await page.click("#nl-tab-timeline");
      const axis = await app.innerText();
      assert.match(axis, /Story filed in Washington/);
      assert.match(axis, /relative to the dateline/);
      assert.match(axis, /DATELINE/i);
      await page.screenshot({ path: path.join(OUT, `state-dateline-${scheme}.png`) });
      await page.close();
    }
  } finally {
    await browser.close();
    await srv.close();
  }
});

test("every string of a view full of hostile text is shown as text, isolated and wrapped", async () => {
  const srv = await serve(staticRoutes(path.join(ROOT, "www")));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await barePanel(browser, srv, "light", 760);
    const found = await page.evaluate(() => {
      window.__pwned = undefined;
      const story = "“We will not raise taxes,” Mayor Jane Doe said in Springfield, Illinois, on Tuesday.\n\n" +
        "Council member John Roe said last week that the plan was reckless. Officials in Paris agreed on Monday.";
      const view = wasm.analyzeText(story, { today: "2026-11-27" });
      // Every free-text field the core could fill from a page (names, roles, quotes, places,
      // events, title, site…) is replaced by hostile text; offsets and enums stay valid.
      const HOSTILE = ["<img src=x onerror=window.__pwned=1>", "javascript:window.__pwned=2", "</style><script>window.__pwned=3</script>",
        "\u202Eevil\u202C \u2066iso\u2069 \u202Eunclosed", "W".repeat(10000)];
      const FREE = new Set(["name", "role", "text", "title", "site", "byline", "dateline", "event", "expression", "country", "admin1", "label_text", "context"]);
      let k = 0;
      const poison = (v) => {
        if (Array.isArray(v)) return v.map(poison);
        if (v && typeof v === "object") {
          return Object.fromEntries(Object.entries(v).map(([key, x]) => [key, typeof x === "string" && FREE.has(key) ? HOSTILE[k++ % HOSTILE.length] + " " + x : poison(x)]));
        }
        return v;
      };
      const bad = poison(view);
      bad.warnings = [...(bad.warnings || []), HOSTILE[0]];
      p.showResult(bad, { url: "javascript:window.__pwned=4" });
      const out = { tabs: [], counts: [view.speakers.length, view.places.length, view.timeline.length] };
      for (const id of ["speakers", "places", "timeline"]) {
        document.querySelector(`#nl-tab-${id}`)?.click();
        for (const more of document.querySelectorAll(".nl-more")) more.click();
        const body = document.querySelector(".nl-body");
        out.tabs.push({ id, sw: body.scrollWidth, cw: body.clientWidth, text: document.querySelector(`#nl-panel-${id}`).textContent });
      }
      const all = [...document.querySelectorAll(".nl-app *")];
      out.elements = document.querySelectorAll(".nl-app img, .nl-app script, .nl-app style, .nl-app a, .nl-app iframe").length;
      out.handlers = all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length;
      out.urls = all.filter((el) => [...el.attributes].some((a) => /javascript:/i.test(a.value))).length;
      out.leaks = [];
      const walker = document.createTreeWalker(document.querySelector(".nl-app"), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!/[\u202A-\u202E\u2066-\u2069]/.test(n.data)) continue;
        let el = n.parentElement;
        while (el && !/^(isolate|isolate-override|plaintext)$/.test(getComputedStyle(el).unicodeBidi)) el = el.parentElement;
        if (!el) out.leaks.push(n.data.slice(0, 60));
      }
      out.shown = document.querySelector(".nl-app").textContent;
      out.pwned = window.__pwned;
      return out;
    });
    await page.screenshot({ path: path.join(OUT, "hostile-view.png") });
    assert.ok(found.counts[0] > 0 && found.counts[1] > 0 && found.counts[2] > 0, `the story has something in each section: ${found.counts}`);
    assert.equal(found.pwned, undefined);
    assert.deepEqual([found.elements, found.handlers, found.urls], [0, 0, 0]);
    assert.deepEqual(found.leaks, []);
    for (const s of ["<img src=x onerror=window.__pwned=1>", "</style><script>window.__pwned=3</script>", "javascript:window.__pwned=2", "W".repeat(10000)]) {
      assert.ok(found.shown.includes(s), `shown as text: ${s.slice(0, 40)}`);
    }
    for (const t of found.tabs) assert.ok(t.sw <= t.cw + 1, `${t.id} wraps: ${t.sw} > ${t.cw}`);
    await page.close();
  } finally {
    await browser.close();
    await srv.close();
  }
});
