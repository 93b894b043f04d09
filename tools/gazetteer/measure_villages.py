#!/usr/bin/env python3
"""Measures village inclusion policies on the tuning articles (never the holdout ones).

Usage:
    python3 tools/gazetteer/measure_villages.py --raw /path/to/raw/gazetteer --models models/gazetteer --samples samples

For each policy it builds the gazetteer in a temporary folder, finds every shipped name in the
articles whose source is in samples/labels-tune.jsonl (same rules as the C# PlaceMatcher: word
tokens, longest match, first letter upper-case, stopwords never match) and counts:
  mentions         all name matches
  not_gold         matches that are neither the article's gold city nor its gold district
  village_only     matches whose name belongs to villages only (no province/district/town/area)
  gold_found       gold cities/districts found by name in their article
  gold_via_village gold cities/districts found only through a village entry
Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the tools folder free of caches
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_gazetteer as bg  # noqa: E402

POLICIES = ("none", "multiword", "all")


JOINING = re.compile(r"^[\s.\-\u2010\u2011\u2013\u2014&'\u2019\u02bc]*$")


def tokens(text: str) -> list[tuple[str, int, bool]]:
    """Word tokens of a text: folded word, offset of its first character, and whether only
    spaces, dots, hyphens or ampersands separate it from the previous word (a comma ends a name)."""
    out = []
    # Apostrophes join words, except before a possessive s (Karachi's = Karachi).
    text = re.sub(r"['\u2019\u02bc][sS]\b", lambda m: " " + m.group(0)[1:], text)
    previous_end = 0
    for m in re.finditer(r"[^\W_]+(?:['\u2019\u02bc][^\W_]+)*", text):
        word = bg.key(m.group(0)).replace(" ", "")
        if word:
            out.append((word, m.start(), bool(JOINING.match(text[previous_end:m.start()]))))
            previous_end = m.end()
    return out


def find(text: str, names: dict[str, set[str]], longest: int) -> list[tuple[str, set[str]]]:
    toks = tokens(text)
    found = []
    i = 0
    while i < len(toks):
        best = None
        for n in range(min(longest, len(toks) - i), 0, -1):
            if not all(joined for _, _, joined in toks[i + 1:i + n]):
                continue
            k = " ".join(t for t, _, _ in toks[i:i + n])
            if k in names:
                best = (n, k)
                break
        if best and text[toks[i][1]].isupper():
            found.append((best[1], names[best[1]]))
            i += best[0]
        else:
            i += 1
    return found


def index(places: list[dict[str, str]], stopwords: set[str]) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for p in places:
        for n in [p["name"]] + [a for a in p["aliases"].split("|") if a]:
            k = bg.key(n)
            if k and k not in stopwords:
                names.setdefault(k, set()).add(p["kind"])
    return names


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", required=True)
    parser.add_argument("--models", required=True, help="models/gazetteer (supplement.csv, stopwords.txt)")
    parser.add_argument("--samples", required=True)
    parser.add_argument("--show", default="", help="policy whose village-only matches to list")
    args = parser.parse_args(argv)

    gold = [json.loads(line) for line in open(os.path.join(args.samples, "labels-tune.jsonl"), encoding="utf-8")]
    articles = [(g, open(os.path.join(args.samples, "articles", g["source"]), encoding="utf-8").read()) for g in gold]
    stopwords = bg.load_stopwords(os.path.join(args.models, "stopwords.txt"))

    print("| policy | stoplist | villages | mentions | not_gold | village_only | gold_found | gold_via_village |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for policy in POLICIES:
        with tempfile.TemporaryDirectory() as tmp:
            for name in ("supplement.csv", "seats.csv", "stopwords.txt"):
                with open(os.path.join(args.models, name), encoding="utf-8") as src, open(os.path.join(tmp, name), "w", encoding="utf-8") as dst:
                    dst.write(src.read())
            builder = bg.Builder(args.raw, tmp, os.path.dirname(os.path.abspath(__file__)), policy)
            bg.write_places(builder.run(), os.path.join(tmp, "places.csv"))
            places = bg.read_csv(os.path.join(tmp, "places.csv"))
        village_count = sum(1 for p in places if p["kind"] == "village")
        for use_stoplist in (True, False):
            if not use_stoplist and policy != "all":
                continue
            names = index(places, stopwords if use_stoplist else set())
            longest = max(len(k.split()) for k in names)
            counts = dict(mentions=0, not_gold=0, village_only=0, gold_found=0, gold_via_village=0)
            shown: dict[str, int] = {}
            for g, text in articles:
                wanted = {bg.key(v) for v in (g.get("city"), g.get("district")) if v}
                hits = find(text, names, longest)
                for k, kinds in hits:
                    counts["mentions"] += 1
                    if k not in wanted:
                        counts["not_gold"] += 1
                        if kinds == {"village"}:
                            counts["village_only"] += 1
                            shown[k] = shown.get(k, 0) + 1
                for w in wanted:
                    kinds = set().union(*[kd for k, kd in hits if k == w]) if any(k == w for k, _ in hits) else set()
                    if kinds:
                        counts["gold_found"] += 1
                        if kinds == {"village"}:
                            counts["gold_via_village"] += 1
                            print(f"  gold via village only: {w} in {g['source']}", file=sys.stderr)
            print(f"| {policy} | {'yes' if use_stoplist else 'no'} | {village_count} | " +
                  " | ".join(str(counts[c]) for c in counts) + " |")
            if args.show == policy and use_stoplist:
                print("  village-only matches: " + ", ".join(f"{k} ({n})" for k, n in sorted(shown.items(), key=lambda t: -t[1])),
                      file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
