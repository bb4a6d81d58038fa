#!/usr/bin/env python3
"""Builds data/names/ from the US Census 1990 name frequency files, as shipped in the PyPI
package `names` 0.3.0 (MIT; the Census data itself is US public domain).

Usage: scripts/build_names.py [DIR_WITH_names-0.3.0.tar.gz]
Without an argument the sdist is fetched with `pip download --no-deps names==0.3.0`.

Writes:
  data/names/first.txt  one first name a line, lower case, then a tab and M, F or U (both sexes,
                        the likelier one first when one sex is 3x more frequent it wins)
  data/names/last.txt   the most frequent surnames (cumulative share up to LAST_SHARE), lower case
"""
import os
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "names")
# Surnames covering this share of the 1990 population; the long tail is mostly rare spellings
# that add size without helping, since rare surnames come with a first name or a title anyway.
LAST_SHARE = 70.0


def read(tf, member):
    rows = []
    for line in tf.extractfile(member).read().decode("ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            rows.append((parts[0].lower(), float(parts[1]), float(parts[2])))
    return rows


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else None
    tmp = None
    if not src:
        tmp = tempfile.mkdtemp()
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        "-d", tmp, "names==0.3.0"], check=True)
        src = tmp
    tf = tarfile.open(os.path.join(src, "names-0.3.0.tar.gz"))
    male = {n: f for n, f, _ in read(tf, "names-0.3.0/names/dist.male.first")}
    female = {n: f for n, f, _ in read(tf, "names-0.3.0/names/dist.female.first")}
    last = read(tf, "names-0.3.0/names/dist.all.last")
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "first.txt"), "w") as f:
        for n in sorted(set(male) | set(female)):
            m, w = male.get(n, 0.0), female.get(n, 0.0)
            g = "M" if m > 3 * w else "F" if w > 3 * m else "U"
            f.write("%s\t%s\n" % (n, g))
    with open(os.path.join(OUT, "last.txt"), "w") as f:
        for n, _, cum in last:
            if cum > LAST_SHARE:
                break
            f.write(n + "\n")


if __name__ == "__main__":
    main()
