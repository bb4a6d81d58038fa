// Writes the benchmark chart as a plain SVG (no dependency): left, the scaling series on log-log
// axes (a straight line of slope 1 is linear cost); right, the median time per dev page.
import fs from "node:fs";

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const NL = "#1f6feb";
const JS = "#d1242f";

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
}

export function writeChart(file, r) {
  const W = 960;
  const H = 400;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);

  // scaling, log-log
  const sx = 60, sy = 40, sw = 380, sh = 300;
  const pts = r.scaling.filter((s) => s.nl > 0 && s.js > 0);
  const xs = pts.map((s) => s.chars);
  const ys = pts.flatMap((s) => [s.nl, s.js]);
  const lx0 = Math.log10(Math.min(...xs, 1e3)), lx1 = Math.log10(Math.max(...xs, 1e4));
  const ly0 = Math.floor(Math.log10(Math.min(...ys, 1))), ly1 = Math.ceil(Math.log10(Math.max(...ys, 10)));
  const X = (v) => sx + ((Math.log10(v) - lx0) / (lx1 - lx0 || 1)) * sw;
  const Y = (v) => sy + sh - ((Math.log10(v) - ly0) / (ly1 - ly0 || 1)) * sh;
  out.push(`<text x="${sx}" y="22" font-weight="bold">Scaling: typical article ×1, ×4, ×16, ×64 (ms, log-log)</text>`);
  out.push(`<rect x="${sx}" y="${sy}" width="${sw}" height="${sh}" fill="none" stroke="#999"/>`);
  for (let e = ly0; e <= ly1; e++) {
    out.push(`<line x1="${sx}" x2="${sx + sw}" y1="${Y(10 ** e)}" y2="${Y(10 ** e)}" stroke="#eee"/>`);
    out.push(`<text x="${sx - 6}" y="${Y(10 ** e) + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)}</text>`);
  }
  for (const s of pts) {
    out.push(`<text x="${X(s.chars)}" y="${sy + sh + 16}" text-anchor="middle">×${s.k}</text>`);
    out.push(`<text x="${X(s.chars)}" y="${sy + sh + 30}" text-anchor="middle" fill="#666">${Math.round(s.memoryMb)} MB</text>`);
  }
  out.push(`<text x="${sx + sw / 2}" y="${sy + sh + 46}" text-anchor="middle" fill="#666">article length (characters); wasm memory below each</text>`);
  for (const [key, color] of [["nl", NL], ["js", JS]]) {
    const line = pts.map((s) => `${X(s.chars).toFixed(1)},${Y(s[key]).toFixed(1)}`).join(" ");
    out.push(`<polyline points="${line}" fill="none" stroke="${color}" stroke-width="2"/>`);
    for (const s of pts) out.push(`<circle cx="${X(s.chars)}" cy="${Y(s[key])}" r="3" fill="${color}"><title>${esc(`${key} ×${s.k}: ${s[key].toFixed(2)} ms`)}</title></circle>`);
  }

  // per page, bars on a log scale (the two differ by an order of magnitude or more)
  const px = 560, py = 40, pw = 370, ph = 300;
  const pages = r.perPage.map((p) => ({ name: p.name.replace(/\.html$/, ""), nl: median(p.nl), js: median(p.js) }));
  const vals = pages.flatMap((p) => [p.nl, p.js]).filter((v) => v > 0);
  const b0 = Math.floor(Math.log10(Math.min(...vals, 1))), b1 = Math.ceil(Math.log10(Math.max(...vals, 10)));
  const B = (v) => (v > 0 ? ((Math.log10(v) - b0) / (b1 - b0 || 1)) * ph : 0);
  out.push(`<text x="${px}" y="22" font-weight="bold">Per dev page: median ms (log), Newslens vs JS stack</text>`);
  out.push(`<rect x="${px}" y="${py}" width="${pw}" height="${ph}" fill="none" stroke="#999"/>`);
  for (let e = b0; e <= b1; e++) {
    const y = py + ph - B(10 ** e);
    out.push(`<line x1="${px}" x2="${px + pw}" y1="${y}" y2="${y}" stroke="#eee"/>`);
    out.push(`<text x="${px - 6}" y="${y + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)}</text>`);
  }
  const slot = pw / Math.max(pages.length, 1);
  pages.forEach((p, i) => {
    const x = px + i * slot + slot * 0.15;
    const bw = slot * 0.33;
    for (const [j, key, color] of [[0, "nl", NL], [1, "js", JS]]) {
      const h = B(p[key]);
      out.push(`<rect x="${x + j * bw}" y="${py + ph - h}" width="${bw}" height="${h}" fill="${color}"><title>${esc(`${p.name} ${key}: ${p[key].toFixed(2)} ms`)}</title></rect>`);
    }
    out.push(`<text transform="translate(${x + bw},${py + ph + 12}) rotate(30)" font-size="10">${esc(p.name)}</text>`);
  });
  out.push(`<rect x="${W - 200}" y="${H - 28}" width="10" height="10" fill="${NL}"/><text x="${W - 185}" y="${H - 19}">Newslens (wasm)</text>`);
  out.push(`<rect x="${W - 90}" y="${H - 28}" width="10" height="10" fill="${JS}"/><text x="${W - 75}" y="${H - 19}">JS stack</text>`);
  out.push(`<text x="10" y="${H - 6}" fill="#666" font-size="10">${esc(`${r.browser}, headless; ${r.runs} interleaved runs per page; shipped ${Math.round(r.shippedGz / 1024)} KB gzip`)}</text>`);
  out.push("</svg>");
  fs.writeFileSync(file, out.join("\n") + "\n");
}
