// Newslens background: the toolbar button (and its shortcut, `_execute_action`) toggles the
// overlay in the active tab. It holds no state about pages: the content script keeps its own,
// so a second click finds it and tears everything down.
"use strict";

const api = globalThis.browser ?? globalThis.chrome;

// Pages no extension may script (browser-internal pages, the web stores). Injection there fails
// anyway; naming them lets the button say why instead of doing nothing.
function restrictedReason(url) {
  // Chrome hides the address of exactly these pages from the click's grant: no address means one.
  if (!url) return "Newslens cannot read this tab: browser pages and extension stores cannot be analysed.";
  if (/^(chrome|edge|about|moz-extension|chrome-extension|view-source|devtools|resource):/i.test(url)) {
    return "Browser pages cannot be analysed.";
  }
  if (/^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)\//i.test(url)) {
    return "Extension stores do not allow extensions to read their pages.";
  }
  return null;
}

async function toggle(tab) {
  if (!tab || tab.id === undefined) return;
  const reason = restrictedReason(tab.url);
  if (reason) {
    await showBadge(tab.id, reason);
    return;
  }
  for (let attempt = 0; ; attempt++) {
    try {
      await api.scripting.executeScript({
        target: { tabId: tab.id },
        files: ["reader.js", "highlight.js", "content.js"],
      });
      await api.action.setBadgeText({ tabId: tab.id, text: "" }).catch(() => {});
      return;
    } catch (e) {
      const message = String((e && e.message) || e);
      // The activeTab grant can land a moment after the click event (seen with clicks sent
      // through DevTools): a refused access is tried again briefly before giving up.
      if (/cannot access/i.test(message) && attempt < 4) {
        await new Promise((r) => setTimeout(r, 400));
        continue;
      }
      // e.g. a PDF viewer or a page that forbids extensions: the badge and title say so.
      await showBadge(tab.id, "Newslens cannot run on this page: " + message);
      return;
    }
  }
}

async function showBadge(tabId, message) {
  try {
    await api.action.setBadgeText({ tabId, text: "!" });
    await api.action.setTitle({ tabId, title: message });
  } catch {
    // The tab may have closed meanwhile; nothing to report to.
  }
}

api.action.onClicked.addListener(toggle);

// The content script's CSS, when its sandbox cannot adopt a stylesheet itself: inserted into
// (and removed from) exactly the frame that asked, under the click's activeTab grant.
api.runtime.onMessage.addListener((msg, sender) => {
  if (sender.id !== api.runtime.id || !msg || msg.type !== "css" || !sender.tab) return;
  const target = { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] };
  (async () => {
    if (typeof msg.remove === "string" && msg.remove) await api.scripting.removeCSS({ target, css: msg.remove });
    if (typeof msg.add === "string" && msg.add) await api.scripting.insertCSS({ target, css: msg.add });
  })().catch(() => {});
});
