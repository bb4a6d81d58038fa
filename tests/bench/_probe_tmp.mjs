import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import http from "node:http";
const ext = path.resolve(process.argv[3]);
const html = fs.readFileSync(process.argv[2]);
const server = http.createServer((q, r) => r.writeHead(200, { "content-type": "text/html" }).end(html));
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nl-floor-"));
const ctx = await chromium.launchPersistentContext(dir, { executablePath: "/usr/bin/chromium", headless: true,
  ignoreDefaultArgs: ["--disable-extensions"],
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, "--enable-unsafe-extension-debugging", "--no-sandbox", "--disable-gpu"] });
await ctx.route("**/*", (r) => r.request().url().startsWith(origin) || !/^https?:/.test(r.request().url()) ? r.continue() : r.abort());
const sw = ctx.serviceWorkers()[0] || (await ctx.waitForEvent("serviceworker"));
const id = new URL(sw.url()).host;
const cdp = await ctx.browser().newBrowserCDPSession();
const page = await ctx.newPage();
await page.goto(origin + "/");
const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
const targetId = targetInfos.find((t) => t.url === page.url()).targetId;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const panel = () => page.frames().find((f) => f.url().includes("panel.html"));
const rows = []; const wt = []; page.on("console", (m) => { const t = m.text(); if (t.startsWith("WT ")) wt.push(JSON.parse(t.slice(3))); });
for (let k = 0; k < 8; k++) {
  for (let i = 0; i < 30; i++) { try { await cdp.send("Extensions.triggerAction", { id, targetId }); break; } catch { await sleep(200); } }
  while (!panel()) await sleep(5);
  const f = panel();
  await f.waitForFunction(() => performance.getEntriesByName("newslens:painted").length > 0, null, { timeout: 30000, polling: 5 });
  rows.push(await f.evaluate(() => {
    const n = performance.getEntriesByType("navigation")[0];
    const at = (x) => performance.getEntriesByName("newslens:" + x)[0]?.startTime;
    return { html: n.responseEnd, script: at("script"), worker: at("worker-ready"), load: n.loadEventStart };
  }));
  await cdp.send("Extensions.triggerAction", { id, targetId });
  while (panel()) await sleep(5);
}
for (const w of wt) w.startLag = w.origin - w.frameOrigin;
const med = (k) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor((rows.length - 1) / 2)].toFixed(1);
const wm = (k) => wt.map((w) => w[k]).sort((a, b) => a - b)[Math.floor((wt.length - 1) / 2)]; console.log("worker (ms from its start): modules loaded", wm("body").toFixed(1), "init", wm("init").toFixed(1), "warm", wm("warm").toFixed(1), "worker start - frame start", wm("startLag").toFixed(1));
console.log(`frame timeline (ms from its start), median of ${rows.length}: html ${med("html")}, script ${med("script")}, load ${med("load")}, worker ready ${med("worker")}; load ${os.loadavg()[0].toFixed(1)}`);
await ctx.close(); server.close();
