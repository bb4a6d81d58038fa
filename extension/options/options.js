// Options: theme, side, sections and the shortcut, kept in storage.local (the panel listens for
// changes, so an open panel follows at once).

const api = globalThis.browser ?? globalThis.chrome;
const form = document.getElementById("form");
const status = document.getElementById("status");
const SECTIONS = ["speakers", "places", "timeline"];

function applyTheme(theme) {
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

async function load() {
  const s = await api.storage.local.get(["theme", "side", "sections"]);
  const theme = s.theme || "system";
  form.elements.theme.value = theme;
  form.elements.side.value = s.side === "left" ? "left" : "right";
  for (const k of SECTIONS) form.elements[k].checked = !s.sections || s.sections[k] !== false;
  applyTheme(theme);
}

form.addEventListener("change", async () => {
  const sections = Object.fromEntries(SECTIONS.map((k) => [k, form.elements[k].checked]));
  // Hiding every section would leave an empty panel: keep at least one.
  if (!SECTIONS.some((k) => sections[k])) {
    form.elements.speakers.checked = true;
    sections.speakers = true;
  }
  const theme = form.elements.theme.value;
  await api.storage.local.set({ theme, side: form.elements.side.value, sections });
  applyTheme(theme);
  status.textContent = "Saved.";
});

// Chromium lets only the browser's own page change shortcuts; Firefox lets extensions do it.
async function shortcut() {
  const cmds = await api.commands.getAll();
  const cmd = cmds.find((c) => c.name === "_execute_action");
  document.getElementById("shortcut").textContent = (cmd && cmd.shortcut) || "not set";
  const help = document.getElementById("shortcut-help");
  if (typeof api.commands.update === "function") {
    document.getElementById("shortcut-edit").hidden = false;
    help.textContent = "Type a combination such as Alt+Shift+N or Ctrl+Shift+Y.";
    document.getElementById("shortcut-save").addEventListener("click", async () => {
      const value = document.getElementById("shortcut-input").value.trim();
      try {
        await api.commands.update({ name: "_execute_action", shortcut: value });
        status.textContent = "Shortcut saved.";
        shortcut();
      } catch (e) {
        status.textContent = `That shortcut cannot be used: ${e.message}`;
      }
    });
  } else {
    help.textContent = "To change it, open chrome://extensions/shortcuts in the address bar.";
  }
}

load();
shortcut();

// The About line names the version, for bug reports.
{
  const api = globalThis.browser ?? globalThis.chrome;
  const el = document.getElementById("version");
  if (el && api?.runtime?.getManifest) el.textContent = api.runtime.getManifest().version;
}
