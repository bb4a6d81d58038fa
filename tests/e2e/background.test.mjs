// The background script alone, in a stub browser API (node:vm): where injection is impossible,
// the toolbar button says why instead of doing nothing. The e2e run checks a real browser page.

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { EXT } from "./harness.mjs";

/** Loads background.js against a stub `chrome`; `inject` plays scripting.executeScript. */
function background(inject) {
  const calls = [];
  let onClicked = null;
  const chrome = {
    runtime: { id: "ext", onMessage: { addListener() {} } },
    action: {
      onClicked: { addListener: (fn) => (onClicked = fn) },
      setBadgeText: async (o) => calls.push(["badge", o.tabId, o.text]),
      setTitle: async (o) => calls.push(["title", o.tabId, o.title]),
    },
    scripting: { executeScript: async (o) => { calls.push(["inject", o.target.tabId]); return inject(o); } },
  };
  vm.runInNewContext(fs.readFileSync(path.join(EXT, "background.js"), "utf8"), { chrome, setTimeout, URL, console });
  return { click: (tab) => onClicked(tab), calls };
}

for (const [url, why] of [
  ["chrome://settings/", /Browser pages cannot be analysed/],
  ["about:addons", /Browser pages cannot be analysed/],
  // Chrome withholds the address of browser pages and the web store from the click's grant.
  [undefined, /browser pages and extension stores cannot be analysed/],
  ["view-source:https://news.example/", /Browser pages cannot be analysed/],
  ["https://chromewebstore.google.com/detail/abc", /Extension stores do not allow/],
  ["https://addons.mozilla.org/en-US/firefox/addon/x/", /Extension stores do not allow/],
]) {
  test(`no injection on ${url || "a tab whose address is withheld"}: the button says why`, async () => {
    const bg = background(() => assert.fail("must not try to inject"));
    await bg.click({ id: 7, url });
    assert.deepEqual(bg.calls.map((c) => c.slice(0, 2)), [["badge", 7], ["title", 7]]);
    assert.equal(bg.calls[0][2], "!");
    assert.match(bg.calls[1][2], why);
  });
}

test("a page that refuses the injection (a PDF viewer, a policy) gets the browser's reason", async () => {
  const bg = background(() => Promise.reject(new Error("Cannot access contents of the page. Extension manifest must request permission")));
  await bg.click({ id: 3, url: "https://news.example/file.pdf" });
  const title = bg.calls.find((c) => c[0] === "title");
  assert.ok(bg.calls.filter((c) => c[0] === "inject").length > 1, "a refused grant is tried again first");
  assert.match(title[2], /^Newslens cannot run on this page: Cannot access/);
});

test("an ordinary page is injected and the badge cleared", async () => {
  const bg = background(() => Promise.resolve([]));
  await bg.click({ id: 5, url: "https://news.example/story" });
  assert.deepEqual(bg.calls, [["inject", 5], ["badge", 5, ""]]);
});
