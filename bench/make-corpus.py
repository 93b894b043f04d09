#!/usr/bin/env python3
"""Builds a benchmark corpus by sampling the labelled tuning articles and varying them lightly.

Usage: make-corpus.py REPO_ROOT COUNT OUT_FOLDER OUT_JSONL [SEED]

Writes COUNT article files under OUT_FOLDER (1,000 per sub-folder, so no folder grows huge) and
the same articles, in the same order, as one JSON Lines batch ({"id", "text"} per line).
Each article is one of the tuning-split articles (the held-out split is left out, so no copy of
it can be read by accident) with some of its numbers, weekdays and place names swapped and its
paragraphs after the lead shuffled. The same seed always gives the same corpus. Only the standard
library is used.
"""

import json
import os
import random
import re
import sys

PLACES = [
    "Peshawar", "Quetta", "Karachi", "Lahore", "Bannu", "Kohat", "Gwadar", "Turbat",
    "Dera Ismail Khan", "Mardan", "Swat", "Khyber", "Lakki Marwat", "Tank", "Chaman", "Zhob",
]
PLACE_PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in PLACES) + r")\b")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY_PATTERN = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b")
# Small counts only: years, dates and times keep their digits, so the text stays plausible.
COUNT_PATTERN = re.compile(r"(?<![\d,.:/-])\b([1-9]|[1-4]\d)\b(?![\d,.:/-])")
FILES_PER_FOLDER = 1000


def tuning_articles(root):
    """The texts of the articles named in the tuning labels, in label order."""
    with open(os.path.join(root, "samples", "labels-tune.jsonl"), encoding="utf-8") as labels:
        sources = [json.loads(line)["source"] for line in labels if line.strip()]
    texts = []
    for source in sources:
        with open(os.path.join(root, "samples", "articles", source), encoding="utf-8") as article:
            texts.append(article.read())
    return texts


def vary(text, rng):
    """One light variation of an article: same shape and length, different details."""
    place_swap = {p: rng.choice(PLACES) for p in PLACES}
    text = PLACE_PATTERN.sub(lambda m: place_swap[m.group(0)], text)
    weekday = rng.choice(WEEKDAYS)
    text = WEEKDAY_PATTERN.sub(weekday, text)
    shift = rng.randint(-2, 3)
    text = COUNT_PATTERN.sub(lambda m: str(max(1, int(m.group(1)) + shift)), text)

    # The headline and lead stay first: they define the incident; the rest is shuffled.
    paragraphs = text.split("\n\n")
    head, tail = paragraphs[:2], paragraphs[2:]
    rng.shuffle(tail)
    return "\n\n".join(head + tail)


def main(argv):
    if len(argv) not in (5, 6):
        sys.exit(__doc__)
    root, count, folder, batch = argv[1], int(argv[2]), argv[3], argv[4]
    rng = random.Random(int(argv[5]) if len(argv) == 6 else 20181123)
    texts = tuning_articles(root)
    os.makedirs(folder, exist_ok=True)
    with open(batch, "w", encoding="utf-8", newline="\n") as jsonl:
        for i in range(count):
            text = vary(rng.choice(texts), rng)
            name = f"{i:07d}.txt"
            sub = os.path.join(folder, f"{i // FILES_PER_FOLDER:04d}")
            if i % FILES_PER_FOLDER == 0:
                os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, name), "w", encoding="utf-8", newline="\n") as article:
                article.write(text)
            jsonl.write(json.dumps({"id": name, "text": text}, ensure_ascii=False))
            jsonl.write("\n")


if __name__ == "__main__":
    main(sys.argv)
