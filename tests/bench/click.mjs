// The extension's real path, timed (issue 7): toolbar click → content script reads the page →
// panel iframe → worker (wasm start + analysis) → panel rendered and painted. The built extension
// runs in its own Chromium profile; the click is CDP's Extensions.triggerAction, as in the e2e
// tests.
//
// Clocks: the click is stamped in node just before the CDP call; the panel stamps
// `newslens:page`, `newslens:analysed` and `newslens:painted` (the first frame after the outcome
// is drawn) with performance.mark. Both sides are read as epoch milliseconds and the panel's
// clock is aligned with node's by a round trip (error about half a round trip, well under 1 ms).

import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const nodeNow = () => performance.timeOrigin + performance.now();

async function launch(ext, origin) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newslens-bench-ext-"));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: "/usr/bin/chromium", headless: true,
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, "--enable-unsafe-extension-debugging",
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  // offline: only the bench server and the extension itself
  await ctx.route("**/*", (route) => {
    const u = route.request().url();
    return u.startsWith(origin) || !/^https?:/.test(u) ? route.continue() : route.abort();
  });
  const sw = ctx.serviceWorkers()[0] || (await ctx.waitForEvent("serviceworker"));
  const id = new URL(sw.url()).host;
  const cdp = await ctx.browser().newBrowserCDPSession();
  const close = async () => {
    await cdp.detach().catch(() => {});
    await ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { ctx, id, cdp, close };
}

async function targetOf(cdp, page) {
  const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  return tab.targetId;
}

/** Clicks the toolbar button; returns node's clock just before the click that was accepted. */
async function click(b, targetId) {
  for (let i = 0; ; i++) {
    const t0 = nodeNow();
    try {
      await b.cdp.send("Extensions.triggerAction", { id: b.id, targetId });
      return t0;
    } catch (e) {
      // activeTab can lag a fresh tab by a moment: a refused click did nothing, so try again
      if (!/Cannot access/i.test(String(e && e.message)) || i >= 20) throw e;
      await sleep(200);
    }
  }
}

const panelOf = (page, id) => page.frames().find((f) => f.url().startsWith(`chrome-extension://${id}/panel.html`));

async function waitFor(fn, timeout, what) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** One open: click, wait for the painted mark, read the marks on node's clock, close again. */
async function openOnce(b, page, targetId, { timeout = 60000 } = {}) {
  const t0 = await click(b, targetId);
  const frame = await waitFor(() => panelOf(page, b.id), timeout, "the panel frame");
  await frame.waitForFunction(() => performance.getEntriesByName("newslens:painted").length > 0, null,
    { timeout, polling: 5 });
  const ta = nodeNow();
  const r = await frame.evaluate(() => {
    const at = (n) => performance.getEntriesByName("newslens:" + n)[0]?.startTime ?? NaN;
    return { now: performance.timeOrigin + performance.now(), origin: performance.timeOrigin,
      page: at("page"), analysed: at("analysed"), painted: at("painted"), partial: at("partial-painted"),
      script: at("script"), compiled: at("compiled"), workerReady: at("worker-ready"),
      analysis: performance.getEntriesByName("newslens:analysis")[0]?.duration ?? NaN,
      html: performance.getEntriesByType("navigation")[0]?.responseEnd ?? NaN,
      ok: !!document.querySelector('[role="tab"]') };
  });
  const tb = nodeNow();
  // the frame's epoch clock minus node's, measured at the middle of the round trip
  const skew = r.now - (ta + tb) / 2;
  const onNode = (ms) => r.origin + ms - skew;
  const pa = nodeNow();
  const content = await page.evaluate(() => {
    const at = (n) => performance.getEntriesByName("newslens:" + n).at(-1)?.startTime ?? NaN;
    return { now: performance.timeOrigin + performance.now(), origin: performance.timeOrigin,
      start: at("start"), read: at("read") };
  }).catch(() => ({ now: NaN, origin: NaN, start: NaN, read: NaN }));
  const pb = nodeNow();
  const pageSkew = content.now - (pa + pb) / 2;
  const result = {
    total: onNode(r.painted) - t0,
    // the content script's marks (its isolated world shares the page's performance timeline):
    // the click until the script runs, then the overlay set up and the page read
    inject: content.origin + content.start - pageSkew - t0,
    read: content.read - content.start,
    toPanel: onNode(r.page) - t0,
    analyse: r.analysed - r.page,
    paint: r.painted - r.analysed,
    // the panel frame's own timeline, from its navigation start: the frame starts
    // (`frameStart`, from the click), its HTML is in (`html`), its module graph has loaded and
    // panel.js runs (`script`), its wasm compile is done
    // (`compiled`), the wasm is ready in the worker (`workerReady`), the analysis
    // itself in the worker (`analysis`)
    frameStart: onNode(0) - t0,
    html: r.html,
    script: r.script,
    compiled: r.compiled,
    workerReady: r.workerReady,
    analysis: r.analysis,
    // a big page's first panel: its beginning's partial result painted (NaN on other pages)
    firstPanel: onNode(r.partial) - t0,
    ok: r.ok,
  };
  await click(b, targetId);
  await waitFor(() => !panelOf(page, b.id), timeout, "the panel to close");
  return result;
}

async function heapMb(page) {
  const s = await page.context().newCDPSession(page);
  try {
    await s.send("HeapProfiler.collectGarbage");
    const { usedSize } = await s.send("Runtime.getHeapUsage");
    return usedSize / (1 << 20);
  } finally {
    await s.detach().catch(() => {});
  }
}

/**
 * pages: [{name, url}]. Returns per-page first and warm clicks, and the big page's figures
 * with the page's longest main-thread task while the panel opened.
 */
export async function clickBench({ ext, origin, pages, runs, warmup, big }) {
  const b = await launch(ext, origin);
  const perPage = [];
  let memory = null;
  try {
    for (const p of pages) {
      const page = await b.ctx.newPage();
      await page.goto(p.url, { waitUntil: "load" });
      const targetId = await targetOf(b.cdp, page);
      const before = memory ? null : await heapMb(page);
      const first = await openOnce(b, page, targetId);
      const afterFirst = memory ? null : await heapMb(page);
      for (let i = 0; i < warmup; i++) await openOnce(b, page, targetId);
      const warm = [];
      for (let i = 0; i < runs; i++) warm.push(await openOnce(b, page, targetId));
      if (!memory) memory = { page: p.name, beforeMb: before, afterFirstMb: afterFirst, afterCloseMb: await heapMb(page), opens: runs + warmup + 1 };
      perPage.push({ name: p.name, first, warm });
      await page.close();
    }
    let bigPage = null;
    if (big) {
      const page = await b.ctx.newPage();
      await page.goto(big.url, { waitUntil: "load" });
      // A 10 ms heartbeat on the page's main thread: its longest gap is the longest time the
      // page could not respond (long-task entries miss the content script's injected work).
      await page.evaluate(() => {
        globalThis.__longest = 0;
        let last = performance.now();
        globalThis.__beat = setInterval(() => {
          const now = performance.now();
          globalThis.__longest = Math.max(globalThis.__longest, now - last);
          last = now;
        }, 10);
      });
      const targetId = await targetOf(b.cdp, page);
      const r = await openOnce(b, page, targetId, { timeout: 120000 });
      await sleep(100);
      const longestTask = await page.evaluate(() => {
        clearInterval(globalThis.__beat);
        return globalThis.__longest;
      });
      bigPage = { ...big, ...r, longestTask };
      await page.close();
    }
    return { perPage, memory, bigPage };
  } finally {
    await b.close();
  }
}
