// The benchmarks' inputs, shared by bench.mjs and click_only.mjs: the dev pages where they lie
// (read at run time, never vendored) and the typical article scaled up.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** ../shared/eval/pages/html (or `given`), from the repository or from a worktree beside it. */
export function pagesDir(given) {
  if (given) return given;
  return ["../shared/eval/pages/html", "../../shared/eval/pages/html"]
    .map((rel) => path.resolve(ROOT, rel))
    .find((d) => fs.existsSync(d));
}

/** A typical article (the VOA sample, public domain) with its body paragraphs repeated k times,
 * or as many times as make `bytes` of HTML. */
export function scaledPage(k, bytes = 0) {
  const html = fs.readFileSync(path.join(ROOT, "fixtures/voa-harris-lopez-obrador.html"), "utf8");
  const start = html.indexOf("<p");
  const end = html.lastIndexOf("</p>") + 4;
  if (start < 0 || end < 4) return html;
  if (bytes) k = Math.max(1, Math.ceil((bytes - (html.length - (end - start))) / (end - start)));
  return html.slice(0, start) + html.slice(start, end).repeat(k) + html.slice(end);
}
