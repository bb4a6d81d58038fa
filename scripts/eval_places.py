#!/usr/bin/env python3
"""Place-by-place view of the dev pages: which gold places were found, missed or added, and
whether each matched place got the right ISO country.

Usage: scripts/eval_places.py [--shared DIR] [--pred out/eval/pages]   (run scripts/eval.py --only pages first)

Reads the gold files only to measure; matching follows score_pages.py (name equals the gold
name, an alias or a mention, after normalising case and quote marks).
"""
import argparse
import json
import os
import re
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").replace("\u00ad", "")
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip().lower().strip(" \"',.;:")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--pred", default=os.path.join(ROOT, "out", "eval", "pages"))
    a = ap.parse_args()
    gdir = os.path.join(a.shared, "eval", "pages", "gold")
    matched = right = 0
    for name in sorted(os.listdir(gdir)):
        gold = json.load(open(os.path.join(gdir, name), encoding="utf-8"))
        try:
            pred = json.load(open(os.path.join(a.pred, name), encoding="utf-8"))
        except (OSError, ValueError):
            pred = {}
        gp = gold.get("places", [])
        names = [{norm(x) for x in [g.get("name")] + g.get("aliases", []) + g.get("mentions", []) if x} for g in gp]
        used = set()
        print("==", name)
        for p in pred.get("places", []):
            n = norm(p.get("name"))
            m = next((i for i, ns in enumerate(names) if i not in used and n in ns), None)
            if m is None:
                dup = any(n in ns for ns in names)
                print("  %-8s %-30s %s %s" % ("dup" if dup else "EXTRA", p.get("name"), p.get("country"), p.get("kind")))
                continue
            used.add(m)
            g = gp[m]
            if g.get("optional") or g.get("caption_only"):
                continue
            matched += 1
            ok = (p.get("country") or None) == (g.get("country") or None)
            right += ok
            print("  %-8s %-30s %s%s" % ("ok" if ok else "COUNTRY", p.get("name"), p.get("country"),
                                          "" if ok else " (gold %s)" % g.get("country")))
        for i, g in enumerate(gp):
            if i not in used and not (g.get("optional") or g.get("caption_only")):
                print("  %-8s %-30s %s %s" % ("MISSED", g.get("name"), g.get("country"), g.get("kind")))
    print("SUMMARY places matched %d, right country %d (%.1f%%)" % (matched, right, 100.0 * right / max(1, matched)))


if __name__ == "__main__":
    main()
