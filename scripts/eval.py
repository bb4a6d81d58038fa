#!/usr/bin/env python3
"""Runs every scorer of ../shared/eval on a fresh build and prints their SUMMARY lines.

Usage: scripts/eval.py [--only pages,extraction,ner,timex,quotes] [--bin PATH] [--shared DIR] [-v]

The data is read where it lies and fed to `newslens batch` as ../shared/eval/README.md says;
predictions go to out/eval/. Nothing from the data is written into the repository.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_batch(binary, lines, out_path):
    start = time.time()
    data = "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines).encode("utf-8")
    with open(out_path, "wb") as out:
        subprocess.run([binary, "batch"], input=data, stdout=out, check=True)
    return time.time() - start


def score(cmd, verbose, pick=None):
    """The scorer's headline: its SUMMARY line, else the lines `pick` selects, else its last line."""
    res = subprocess.run([sys.executable] + cmd, capture_output=True, text=True, check=True)
    lines = [l for l in res.stdout.splitlines() if l.strip()]
    if verbose:
        print(res.stdout)
    summary = [l for l in lines if l.startswith("SUMMARY")]
    if summary:
        return summary[-1]
    if pick:
        chosen = [" ".join(l.split()) for l in lines if pick(l)]
        if chosen:
            return " | ".join(chosen)
    return lines[-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="pages,extraction,ner,timex,quotes")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "newslens"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    ev = os.path.join(a.shared, "eval")
    if not os.path.isdir(ev):
        sys.exit("eval: no evaluation data at %s (pass --shared)" % ev)
    out = os.path.join(ROOT, "out", "eval")
    os.makedirs(out, exist_ok=True)
    only = a.only.split(",")
    results = []

    if "pages" in only:
        pdir = os.path.join(out, "pages")
        os.makedirs(pdir, exist_ok=True)
        html_dir = os.path.join(ev, "pages", "html")
        for name in sorted(os.listdir(html_dir)):
            if name.endswith(".html"):
                r = subprocess.run([a.bin, "analyze", "--json", os.path.join(html_dir, name)], capture_output=True)
                if r.returncode:
                    print("pages: %s: %s" % (name, r.stderr.decode().strip()), file=sys.stderr)
                with open(os.path.join(pdir, name[:-5] + ".json"), "wb") as f:
                    f.write(r.stdout if r.returncode == 0 else b"{}")
        gold = os.path.join(ev, "pages", "gold")
        if a.verbose:
            subprocess.run([sys.executable, os.path.join(ev, "score_pages.py"), gold, pdir, "--verbose"])
        results.append(("pages", score([os.path.join(ev, "score_pages.py"), gold, pdir], False)))

    if "extraction" in only:
        aeb = os.path.join(ev, "data", "aeb_dev")
        truth = json.load(open(os.path.join(aeb, "ground-truth.json"), encoding="utf-8"))
        lines = []
        for pid, g in truth.items():
            path = os.path.join(aeb, "html", pid + ".html.gz")
            raw = gzip.open(path).read()
            try:
                html = raw.decode("utf-8")
            except UnicodeDecodeError:
                html = raw.decode("cp1252", errors="replace")
            lines.append({"id": pid, "html": html, "url": g.get("url")})
        pred = os.path.join(out, "aeb_dev.jsonl")
        secs = run_batch(a.bin, lines, pred)
        cmd = [os.path.join(ev, "score_extraction.py"), os.path.join(aeb, "ground-truth.json"), pred]
        if a.verbose:
            cmd += ["--worst", "10"]
        s = score(cmd, a.verbose)
        results.append(("extraction", "%s  (%d pages in %.2f s with the CLI)" % (s, len(lines), secs)))

    def jsonl(name, date_key):
        lines = []
        for l in open(os.path.join(ev, "data", name), encoding="utf-8"):
            d = json.loads(l)
            x = {"id": d["id"], "text": d["text"]}
            if date_key and d.get(date_key):
                x["published"] = d[date_key][:10]
            lines.append(x)
        return lines

    if "ner" in only:
        pred = os.path.join(out, "gum_ner.jsonl")
        run_batch(a.bin, jsonl("gum_ner.jsonl", None), pred)
        for lab in ("PER", "LOC"):
            results.append(("ner " + lab, score([os.path.join(ev, "score_ner.py"), os.path.join(ev, "data", "gum_ner.jsonl"), pred, "--labels", lab], a.verbose,
                                                 lambda l: l.startswith(lab + " ") or l.startswith("label "))))

    if "timex" in only:
        pred = os.path.join(out, "tempeval3_dev.jsonl")
        run_batch(a.bin, jsonl("tempeval3_dev.jsonl", "dct"), pred)
        results.append(("timex", score([os.path.join(ev, "score_timex.py"), os.path.join(ev, "data", "tempeval3_dev.jsonl"), pred], a.verbose,
                                        lambda l: l.split()[:1] in (["strict"], ["relaxed"], ["value"]))))

    if "quotes" in only:
        pred = os.path.join(out, "polnear_dev.jsonl")
        run_batch(a.bin, jsonl("polnear_dev.jsonl", "date"), pred)
        results.append(("quotes", score([os.path.join(ev, "score_quotes.py"), os.path.join(ev, "data", "polnear_dev.jsonl"), pred], a.verbose,
                                         lambda l: l.startswith("quote detection") or l.startswith("end-to-end"))))

    for name, line in results:
        print("%-11s %s" % (name, line))


if __name__ == "__main__":
    main()
