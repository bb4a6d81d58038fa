#!/usr/bin/env python3
"""Builds data/names/ from two registry packages:

- the US Census 1990 name frequency files, as shipped in the PyPI package `names` 0.3.0 (MIT; the
  Census data itself is US public domain);
- the first-name and surname lists of the PyPI package `Faker` 40.54.0 (MIT), one list per
  locale: they bring the names of the rest of the world ("Sergey", "Leonhard", "Dvořák") that
  a 1990 US census does not know, and that news and biographies are full of.

Usage: scripts/build_names.py [DIR_WITH_THE_TWO_DOWNLOADS]
Without an argument the packages are fetched with `pip download --no-deps`.

Writes:
  data/names/first.txt  one first name a line, folded (lower case, accents off as
                        src/entities/names.rs folds them), a tab and M, F or U
  data/names/last.txt   surnames, folded the same way

Both sorted by bytes: names.rs binary-searches them in place, with nothing built at start-up.

The census decides the sex of the names it knows (one sex 3x more frequent wins). Faker's names
are added only when they are not also lower-case English words (Debian `wamerican`, used at
build time only: a Turkish "Can" or an Indonesian "Ade" must not make "Can" a first name); their
sex comes from the lists they appear in. Only names written in the Latin alphabet are kept:
pages are read in English.
"""
import glob
import importlib
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "names")
# Surnames covering this share of the 1990 population; the long tail is mostly rare spellings
# that add size without helping, since rare surnames come with a first name or a title anyway.
LAST_SHARE = 70.0
FAKER = "40.54.0"
WORDS = "/usr/share/dict/american-english"
# Letters that have no decomposition but a plain Latin look-alike; names.rs folds the same.
SPECIAL = {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŀ": "l", "ŧ": "t"}


def fold_char(c):
    """The plain letter names.rs folds `c` to (U+00C0..U+017F), else `c` itself."""
    if c in SPECIAL:
        return SPECIAL[c]
    if 0xC0 <= ord(c) <= 0x17F:
        base = unicodedata.normalize("NFKD", c)[0]
        if base.isascii() and base.isalpha():
            return base.lower()
    return c


def fold(name):
    return "".join(fold_char(c) for c in name.lower())


def rust_table():
    """The fold table for names.rs, printed with --table: one ASCII letter per code point from
    U+00C0 to U+017F, '.' where the letter stays as it is."""
    out = []
    for cp in range(0xC0, 0x180):
        f = fold_char(chr(cp))
        out.append(f if f.isascii() and len(f) == 1 else ".")
    return "".join(out)


def plain(name):
    """A folded single-word name: ASCII letters, inner hyphens and apostrophes."""
    return (
        len(name) >= 2
        and name.isascii()
        and name[0].isalpha()
        and name[-1].isalpha()
        and all(c.isalpha() or c in "-'" for c in name)
    )


def read_census(tf, member):
    rows = []
    for line in tf.extractfile(member).read().decode("ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            rows.append((parts[0].lower(), float(parts[1]), float(parts[2])))
    return rows


def faker_lists(whl):
    """Faker's person names: (first names by sex, surnames), all locales, as written."""
    tmp = tempfile.mkdtemp()
    with zipfile.ZipFile(whl) as z:
        z.extractall(tmp)
    sys.path.insert(0, tmp)
    base = os.path.join(tmp, "faker", "providers", "person")
    first = {"M": set(), "F": set(), "U": set()}
    last = set()
    for loc in sorted(os.listdir(base)):
        if not os.path.isdir(os.path.join(base, loc)) or loc.startswith("_"):
            continue
        prov = importlib.import_module("faker.providers.person." + loc).Provider
        for attr in dir(prov):
            if attr.startswith("_") or "kana" in attr or "pairs" in attr:
                continue
            val = getattr(prov, attr)
            if not isinstance(val, (tuple, list, dict)):
                continue
            names = [n for n in val if isinstance(n, str)]
            if attr.startswith("first_") or attr.startswith("first_romanized"):
                sex = "F" if "female" in attr else "M" if "male" in attr else "U"
                first[sex].update(names)
            elif "last_name" in attr:
                last.update(names)
    return first, last


def english_words():
    with open(WORDS, encoding="utf-8") as f:
        return {w.strip() for w in f if w[:1].islower()}


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else None
    if src == "--table":
        print(rust_table())
        return
    if not src:
        src = tempfile.mkdtemp()
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        "-d", src, "names==0.3.0"], check=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", src,
                        "faker==" + FAKER], check=True)
    tf = tarfile.open(os.path.join(src, "names-0.3.0.tar.gz"))
    male = {n: f for n, f, _ in read_census(tf, "names-0.3.0/names/dist.male.first")}
    female = {n: f for n, f, _ in read_census(tf, "names-0.3.0/names/dist.female.first")}
    census_last = read_census(tf, "names-0.3.0/names/dist.all.last")

    first = {}
    for n in set(male) | set(female):
        m, w = male.get(n, 0.0), female.get(n, 0.0)
        first[n] = "M" if m > 3 * w else "F" if w > 3 * m else "U"
    last = set()
    for n, _, cum in census_last:
        if cum > LAST_SHARE:
            break
        last.add(n)

    whl = glob.glob(os.path.join(src, "[Ff]aker-%s-*.whl" % FAKER))[0]
    fk_first, fk_last = faker_lists(whl)
    words = english_words()
    votes = {}
    for sex, names in fk_first.items():
        for n in names:
            f = fold(n)
            if plain(f) and f not in first and f not in words:
                votes.setdefault(f, set()).add(sex)
    for f, sexes in votes.items():
        sexes.discard("U")
        first[f] = sexes.pop() if len(sexes) == 1 else "U"
    for n in fk_last:
        f = fold(n)
        if plain(f) and f not in words:
            last.add(f)

    # src/entities/names.rs searches the lists where they lie (binary search over the lines):
    # they must stay sorted by bytes, which for these ASCII names is Python's order.
    assert all(plain(n) or n.isascii() for n in list(first) + list(last))
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "first.txt"), "w") as f:
        for n in sorted(first):
            f.write("%s\t%s\n" % (n, first[n]))
    with open(os.path.join(OUT, "last.txt"), "w") as f:
        for n in sorted(last):
            f.write(n + "\n")


if __name__ == "__main__":
    main()
