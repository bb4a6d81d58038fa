#!/usr/bin/env python3
"""Sorts the TempEval-3 dev errors of the last `make eval` and measures how many of the wrong
values the dev gold itself gives elsewhere, for the same words in the same relation to the
document's date.

Usage: scripts/timex_errors.py [--shared DIR] [--list N]

Reads out/eval/tempeval3_dev.jsonl (written by `make eval` / scripts/eval.py) and the gold where
it lies; writes nothing. Every value is first made relative to the document's creation date
("last week" in a story of 1989-10-30 written 1989-W43 becomes W-1), so that the same phrase in
two stories can be compared. A wrong value is *contradicted by the gold* when the gold gives our
relative value to the same phrase in some other place: no rule that reads only the words and
the date can satisfy both annotations. A weekday or month name alone is left out, since its
direction depends on the verb. The ceiling printed is the value F1 if every such item
were counted right, everything else unchanged. The last line is a ceiling for rules that read
only the words: see `oracle`.
"""
import argparse
import collections
import datetime
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def relative(value, dct):
    """A TIMEX3 value written relative to the creation date, where it has a calendar part."""
    d = datetime.date.fromisoformat(dct[:10])
    year, week, _ = d.isocalendar()
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(.*)", value)
    if m:
        try:
            x = datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return value
        return "D%+d%s" % ((x - d).days, m[4])
    m = re.fullmatch(r"(\d{4})-W(\d+)(.*)", value)
    if m:
        return "W%+d%s%s" % ((int(m[1]) - year) * 52 + int(m[2]) - week, m[3], "u" if len(m[2]) == 1 else "")
    m = re.fullmatch(r"(\d{4})-Q(\d)", value)
    if m:
        return "Q%+d" % ((int(m[1]) - d.year) * 4 + int(m[2]) - ((d.month - 1) // 3 + 1))
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        return "M%+d" % ((int(m[1]) - d.year) * 12 + int(m[2]) - d.month)
    m = re.fullmatch(r"(\d{4})(.*)", value)
    if m:
        return "Y%+d%s" % (int(m[1]) - d.year, m[2])
    return value


def words_of(text, x):
    """The words of a time expression as compared across stories: lower case, one space
    between words, no closing stop or comma."""
    return re.sub(r"\s+", " ", text[x["start"]:x["end"]].lower()).strip(". ,")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--list", type=int, default=0, help="print N contradicted items per phrase table")
    a = ap.parse_args()
    ev = os.path.join(a.shared, "eval")
    sys.path.insert(0, ev)
    import score_timex as S  # the official-equivalent matcher, so counts agree with the scorer

    pred_path = os.path.join(ROOT, "out", "eval", "tempeval3_dev.jsonl")
    if not os.path.exists(pred_path):
        sys.exit("timex_errors: run `make eval` first (no %s)" % pred_path)
    gold = S.load(os.path.join(ev, "data", "tempeval3_dev.jsonl"))
    pred = S.load(pred_path)

    said = collections.defaultdict(collections.Counter)  # phrase -> relative gold values
    pairs, missed, spurious, n_gold, n_sys = [], 0, 0, 0, 0
    for doc_id, g in gold.items():
        text, dct = g["text"], g["dct"]
        gs, ps = S.spans(g, True), S.spans(pred.get(doc_id, {}), False)
        n_gold += len(gs)
        n_sys += len(ps)
        key = lambda x: words_of(text, x)
        for x in gs:
            said[key(x)][relative(x["value"], dct)] += 1
        matched = S.match(gs, ps)
        missed += len(gs) - len(matched)
        spurious += len(ps) - len(matched)
        for gi, si in matched:
            pairs.append((key(gs[gi]), relative(ps[si]["value"], dct), gs[gi]["value"] == ps[si]["value"]))

    right = sum(ok for _, _, ok in pairs)
    wrong = [(k, v) for k, v, ok in pairs if not ok]
    # A weekday or month alone points back or ahead by its verb, so its relative value is not
    # fixed by the words: those are left out of the comparison.
    context = re.compile(r"(%s)( (morning|afternoon|evening|night))?" % "|".join(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december", r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec\.?"]))
    contradicted = collections.Counter(
        k for k, v in wrong if said[k][v] > 0 and not context.fullmatch(k))
    n_contra = sum(contradicted.values())
    f1 = lambda ok: 200.0 * ok / (n_gold + n_sys)
    print("gold %d, ours %d: right value %d, wrong value %d, missed %d, spurious %d" %
          (n_gold, n_sys, right, len(wrong), missed, spurious))
    print("wrong values the gold gives elsewhere to the same words: %d of %d" % (n_contra, len(wrong)))
    print("SUMMARY value F1 %.2f; with every gold-contradicted item counted right %.2f" %
          (f1(right), f1(right + n_contra)))
    for phrase, n in contradicted.most_common(a.list):
        forms = ", ".join("%s×%d" % (v, c) for v, c in said[phrase].most_common())
        print("  %3d  %-22s gold writes it: %s" % (n, phrase, forms))
    print("SUMMARY words-only oracle: value F1 %.2f" % oracle(gold, S, context))


def oracle(gold, S, context):
    """The best value F1 of a system that reads only the words and the creation date: it must
    give every occurrence of the same words the same relative value, or leave them all
    unmarked. Occurrences the gold leaves unmarked count as a form of their own. Phrases whose
    direction the verb sets (a weekday or month alone) and absolute dates are assumed right,
    and so is every phrase the gold writes one way only: the figure is a ceiling."""
    forms = collections.defaultdict(collections.Counter)
    n_gold = 0
    docs = []
    for g in gold.values():
        gs = S.spans(g, True)
        n_gold += len(gs)
        docs.append((g["text"].lower(), gs))
        for x in gs:
            k = words_of(g["text"], x)
            forms[k][relative(x["value"], g["dct"])] += 1
    absolute = re.compile(r".*\d.*")
    relative_word = re.compile(r"\b(ago|earlier|later|last|next|past|this|previous)\b")
    right = out = 0
    for k, c in forms.items():
        fixed = context.fullmatch(k) or (absolute.fullmatch(k) and not relative_word.search(k))
        if not fixed:
            pattern = re.compile(r"(?<![a-z0-9])" + re.escape(k) + r"(?![a-z0-9])")
            for text, gs in docs:
                for m in pattern.finditer(text):
                    if not any(x["start"] < m.end() and m.start() < x["end"] for x in gs):
                        c[None] += 1
        marked = sum(n for v, n in c.items() if v is not None)
        if fixed or len(c) == 1:
            right += marked
            out += marked
            continue
        top, n = c.most_common(1)[0]
        if top is not None:
            right += n
            out += sum(c.values())
    return 200.0 * right / (n_gold + out)


if __name__ == "__main__":
    main()
