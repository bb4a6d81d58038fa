// Shared set-up for the end-to-end tests: a local server with per-route headers, Chromium
// (Debian's) with the built extension loaded, and the toolbar click (TOOLCHAIN.md §5).

import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// NEWSLENS_EXT: run the same tests on an unpacked release zip (scripts/dist.sh) instead.
export const EXT = process.env.NEWSLENS_EXT ? path.resolve(process.env.NEWSLENS_EXT) : path.join(ROOT, "extension");
export const OUT = path.join(ROOT, "out/e2e");
export const STRICT_CSP = "default-src 'self'; script-src 'self'";

export function fixture(name) {
  return fs.readFileSync(path.join(ROOT, "fixtures", name), "utf8");
}

/** routes: {"/path": {body, type?, csp?, headers?}}; every request is recorded. */
export async function serve(routes) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    const r = routes[new URL(req.url, "http://x").pathname];
    if (!r) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    const headers = { "content-type": r.type || "text/html; charset=utf-8", ...(r.headers || {}) };
    if (r.csp !== null) headers["content-security-policy"] = r.csp || STRICT_CSP;
    res.writeHead(200, headers);
    res.end(r.body);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { base, requests, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch({ colorScheme = "light" } = {}) {
  if (!fs.existsSync(path.join(EXT, "pkg/newslens_bg.wasm"))) {
    throw new Error("extension/pkg is missing: run scripts/build_web.sh first");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newslens-e2e-"));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    colorScheme,
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, "--enable-unsafe-extension-debugging",
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  const sw = ctx.serviceWorkers()[0] || (await ctx.waitForEvent("serviceworker"));
  const id = new URL(sw.url()).host;
  const close = async () => {
    await ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { ctx, sw, id, close };
}

/** Clicks the toolbar button for the tab showing `page` (CDP Extensions.triggerAction). */
export async function clickAction(ctx, page, id) {
  const cdp = await ctx.browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    // The first call sometimes comes before activeTab is ready (TOOLCHAIN.md §5): retry.
    let last;
    for (let i = 0; i < 4; i++) {
      try {
        await cdp.send("Extensions.triggerAction", { id, targetId: tab.targetId });
        return;
      } catch (e) {
        // Only a refused grant is retried: any other error may come after a click that did
        // happen, and a second click would close the overlay again.
        if (!/Cannot access/i.test(String(e && e.message))) throw e;
        last = e;
        await new Promise((r) => setTimeout(r, 1500));
      }
    }
    throw last;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The panel's frame (an extension page inside the closed shadow root). */
export async function panelFrame(page, id, timeout = 10000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const f = page.frames().find((fr) => fr.url().startsWith(`chrome-extension://${id}/panel.html`));
    if (f) {
      await f.waitForSelector(".nl-app", { timeout: Math.max(100, deadline - Date.now()) });
      return f;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the panel did not open");
}

/**
 * Clicks the toolbar button and returns the panel's frame. A fresh browser under load now and
 * then takes the click (CDP answers) but never runs it: no frame appears. The frame shows
 * within a few hundred milliseconds of a click that ran, so after 5 s without one the click is
 * made again; a second click on an open panel would close it, which is why it is not blind.
 */
export async function openPanel(ctx, page, id) {
  await clickAction(ctx, page, id);
  try {
    return await panelFrame(page, id, 5000);
  } catch {
    await clickAction(ctx, page, id);
    return await panelFrame(page, id);
  }
}

/** Waits until the panel leaves the "analysing" state. */
export async function settled(frame, timeout = 30000) {
  await frame.waitForFunction(() => !document.querySelector(".nl-loading"), null, { timeout });
}

export async function shot(page, name) {
  fs.mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
}

/**
 * What must be identical before opening and after closing: markup, highlights, adopted sheets,
 * and the event listeners on document, window and <html> in every JavaScript world of the page
 * (the content script's listeners live in its isolated world).
 */
export async function pageState(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const dom = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      highlights: CSS.highlights.size,
      sheets: document.adoptedStyleSheets.length,
      popovers: document.querySelectorAll(":popover-open").length,
      rootMargin: getComputedStyle(document.documentElement).margin,
    }));
    const contexts = [];
    cdp.on("Runtime.executionContextCreated", (e) => contexts.push(e.context));
    await cdp.send("Runtime.enable");
    const { frameTree } = await cdp.send("Page.getFrameTree");
    // Playwright's own utility world listens too; it is the test's, not the page's.
    const main = contexts.filter((c) => c.auxData && c.auxData.frameId === frameTree.frame.id && !c.name.startsWith("__playwright"));
    const listeners = [];
    for (const c of main) {
      for (const expr of ["document", "window", "document.documentElement"]) {
        const { result } = await cdp.send("Runtime.evaluate", { expression: expr, contextId: c.id });
        const { listeners: l } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
        for (const x of l) listeners.push(`${c.name || "main"}:${expr}:${x.type}:${x.useCapture}`);
      }
    }
    await cdp.send("Runtime.disable");
    // Playwright's hit-target check adds capture listeners to the main world's window once a
    // test has clicked; they carry a marker listener and are the test's, not the page's.
    const pw = listeners.includes("main:window:__playwright_global_listeners_check__:false");
    const PW = /^main:window:(__playwright_global_listeners_check__|auxclick|click|contextmenu|dblclick|mousedown|mousemove|mouseup|pointerdown|pointerup|touchcancel|touchend|touchstart):(true|false)$/;
    return { ...dom, listeners: listeners.filter((l) => !(pw && PW.test(l))).sort().join(",") };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Starts a 20 ms timer on the page's own thread that notes in `window.__gap` the longest gap
 *  between its ticks: how long the page could not answer. Reset it with `window.__gap = 0`. */
export function watchMainThread(page) {
  return page.evaluate(() => {
    window.__gap = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      window.__gap = Math.max(window.__gap, now - last);
      last = now;
    }, 20);
  });
}
