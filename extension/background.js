// Newslens background: the toolbar button (and its shortcut, `_execute_action`) toggles the
// overlay in the active tab. It holds no state about pages: the content script keeps its own,
// so a second click finds it and tears everything down.
"use strict";

const api = globalThis.browser ?? globalThis.chrome;

// Pages no extension may script (browser-internal pages, the web stores). Injection there fails
// anyway; naming them lets the button say why instead of doing nothing.
function restrictedReason(url) {
  if (!url) return "This tab cannot be read.";
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
  try {
    await api.scripting.executeScript({
      target: { tabId: tab.id },
      files: ["reader.js", "highlight.js", "content.js"],
    });
  } catch (e) {
    // e.g. a PDF viewer or a page that forbids extensions: the badge and title say so.
    await showBadge(tab.id, "Newslens cannot run on this page: " + String(e && e.message || e));
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

// The panel asks for the options page; content scripts cannot open it themselves.
api.runtime.onMessage.addListener((msg, sender) => {
  if (sender.id !== api.runtime.id || !msg || typeof msg !== "object") return;
  if (msg.type === "open-options") api.runtime.openOptionsPage();
});
