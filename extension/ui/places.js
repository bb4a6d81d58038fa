// The Places section: a small offline world map (extension/map/world-map.js, generated from
// Natural Earth by the places stage) with the story's countries shaded and a marker per place,
// and the places listed by country with an icon for their kind.

import { h, s } from "./dom.js";
import { icon } from "./icons.js";
import { groupPlaces } from "./export.js";
import { plural } from "./format.js";

const KIND_LABEL = { country: "country", region: "region", admin: "state or province", city: "city", landmark: "landmark", other: "place" };

let mapModule = null;
// The map is optional: the list works without it, and a missing or broken map file must not
// take the panel down with it.
function loadMap() {
  mapModule ??= import("../map/world-map.js").catch(() => null);
  return mapModule;
}

function spans(list) {
  return (list || []).map((m) => [m.start, m.end]);
}

function hasCoords(p) {
  return Number.isFinite(p.lat) && Number.isFinite(p.lon);
}

/** The viewBox that frames the points with some margin, at the map's aspect ratio. */
export function frameBox(points, width, height) {
  if (points.length === 0) return [0, 0, width, height];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  const aspect = width / height;
  // At least a sixth of the world across, so a single city still shows its surroundings.
  let w = Math.max((x1 - x0) * 1.5, width / 6);
  let hgt = Math.max((y1 - y0) * 1.5, w / aspect);
  w = Math.max(w, hgt * aspect);
  w = Math.min(w, width); hgt = Math.min(w / aspect, height);
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const x = Math.max(0, Math.min(width - w, cx - w / 2));
  const y = Math.max(0, Math.min(height - hgt, cy - hgt / 2));
  return [x, y, w, hgt];
}

function drawMap(holder, places, byPlace, m) {
  const { WIDTH, HEIGHT, LAND, COUNTRIES, project } = m;
  if (!(WIDTH > 0 && HEIGHT > 0) || typeof project !== "function") return;
  const codes = new Set(places.map((p) => (p.country || "").toUpperCase()).filter(Boolean));
  const pts = places.filter(hasCoords).map((p) => ({ p, xy: project(p.lat, p.lon) }))
    .filter(({ xy }) => Array.isArray(xy) && Number.isFinite(xy[0]) && Number.isFinite(xy[1]));
  const box = frameBox(pts.map((q) => q.xy), WIDTH, HEIGHT);
  const r = box[2] / 90;
  const svg = s("svg", { class: "nl-map-svg", viewBox: box.join(" "), role: "img", "aria-label": `Map of ${plural(pts.length, "place", "places")} in the story` },
    s("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: "nl-sea" }),
    LAND ? s("path", { d: LAND, class: "nl-land" }) : null,
    [...codes].filter((c) => COUNTRIES && COUNTRIES[c]).map((c) => s("path", { d: COUNTRIES[c], class: "nl-shade" })),
    pts.map(({ p, xy }) => {
      const n = Math.max(1, (p.mentions || []).length);
      const dot = s("circle", { cx: xy[0], cy: xy[1], r: r * (1 + Math.min(n, 6) * 0.15), class: `nl-marker nl-k-${p.kind}` },
        s("title", {}, p.name));
      const item = byPlace.get(p);
      if (item) {
        item.marker = dot;
        dot.addEventListener("click", () => item.el.click());
        dot.addEventListener("mouseenter", () => item.el.dispatchEvent(new Event("mouseenter")));
        dot.addEventListener("mouseleave", () => item.el.dispatchEvent(new Event("mouseleave")));
      }
      return dot;
    }));
  holder.replaceChildren(svg);
  holder.hidden = false;
}

export function renderPlaces(view, ctx) {
  const places = view.places || [];
  const frag = document.createDocumentFragment();
  if (places.length === 0) {
    frag.append(h("p", { class: "nl-empty" }, "No places are named in this article."));
    return frag;
  }
  const holder = h("div", { class: "nl-map", hidden: true });
  frag.append(holder);
  const byPlace = new Map();

  const row = (p, sub) => {
    const n = (p.mentions || []).length;
    const el = ctx.item(h("button", { type: "button", class: `nl-place${sub ? " nl-place-sub" : ""}` },
      icon(p.kind, `nl-kind nl-k-${p.kind}`),
      h("bdi", { class: "nl-place-name" }, p.name),
      h("span", { class: "nl-place-kind" }, KIND_LABEL[p.kind] || "place"),
      n > 1 ? h("span", { class: "nl-mentions", title: plural(n, "mention", "mentions") }, `×${n}`, h("span", { class: "nl-sr" }, " mentions")) : null),
    spans(p.mentions));
    const info = { el, marker: null };
    byPlace.set(p, info);
    // Hovering a place pulses its marker as well as its words in the page.
    el.addEventListener("mouseenter", () => info.marker?.classList.add("nl-pulse"));
    el.addEventListener("focus", () => info.marker?.classList.add("nl-pulse"));
    el.addEventListener("mouseleave", () => info.marker?.classList.remove("nl-pulse"));
    el.addEventListener("blur", () => info.marker?.classList.remove("nl-pulse"));
    return h("li", {}, el);
  };

  const list = h("ul", { class: "nl-groups", "aria-label": "Places by country" },
    groupPlaces(places).map((g) => h("li", { class: "nl-group" },
      // A country's own row heads its group; the heading stays for screen readers only.
      h("h2", { class: g.country ? "nl-sr" : "nl-group-title" }, g.label),
      h("ul", { class: "nl-places" }, g.country ? row(g.country, false) : null, g.members.map((p) => row(p, !!g.country))))));
  frag.append(list);
  loadMap().then((m) => { if (m) drawMap(holder, places, byPlace, m); });
  return frag;
}
