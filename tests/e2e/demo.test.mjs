// The www demo: static files only, the same panel beside the sample article, paste box and date.

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { ROOT, OUT, serve } from "./harness.mjs";

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".png": "image/png" };

function staticRoutes(dir) {
  const routes = {};
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else routes["/" + path.relative(dir, p).split(path.sep).join("/")] = { body: fs.readFileSync(p), type: TYPES[path.extname(p)] || "application/octet-stream", csp: null };
    }
  };
  walk(dir);
  routes["/"] = routes["/index.html"];
  return routes;
}

test("the demo analyses the sample and pasted text, with nothing but static files", async () => {
  assert.ok(fs.existsSync(path.join(ROOT, "www/pkg/newslens_bg.wasm")), "run scripts/build_web.sh first");
  const srv = await serve(staticRoutes(path.join(ROOT, "www")));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(srv.base + "/");
    await page.waitForSelector("#panel .nl-app");
    await page.waitForFunction(() => !document.querySelector("#panel .nl-loading"));
    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, "demo-sample.png") });

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
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await srv.close();
  }
});
