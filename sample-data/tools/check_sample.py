#!/usr/bin/env python3
"""Sanity checks of sample-data/ (Python 3 stdlib only). Exit status 1 on any failure.

    python3 sample-data/tools/check_sample.py

- every article file parses (JSONL, gzip JSONL, CSV), every record has the six fields as strings
  (published_at may be an integer: epoch seconds), the text has paragraphs and no empty title
- ids are unique across the corpus; urls too
- >= 300 articles, >= 6 sources, >= 21 consecutive days, a handful of 2023-2024 articles
- answer-key article ids exist, actor ids are required ids, counts are positive integers
- the reference counter (mentions_ref.py) agrees with answer-key/mentions.csv (hand counts) and with
  answer-key/generated-mentions.csv (what make_sample.py wrote) for every article
- malformed.jsonl has the lines malformed.README.md describes
"""
import collections
import csv
import datetime as dt
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import mentions_ref as M  # noqa: E402

FIELDS = ["id", "url", "source", "published_at", "title", "text"]
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


def load_key(path):
    key = collections.defaultdict(dict)
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        assert next(r) == ["article_id", "actor_id", "mentions"], path
        for row in r:
            a, actor, n = row
            if actor not in M.REQUIRED:
                fail(f"{path}: {actor} is not a required actor id")
            if not n.isdigit() or int(n) < 1:
                fail(f"{path}: bad count {row}")
            if actor in key[a]:
                fail(f"{path}: duplicate row {row}")
            key[a][actor] = int(n)
    return key


def main():
    arts = {}
    per_file = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "articles", "*"))):
        n = 0
        try:
            for a in M.read_articles(path):
                n += 1
                if list(a.keys()) != FIELDS:
                    fail(f"{path}: fields {list(a.keys())}")
                for k in FIELDS:
                    v = a.get(k)
                    if k == "published_at" and isinstance(v, int):
                        continue
                    if not isinstance(v, str) or not v.strip():
                        fail(f"{path}: {a.get('id')}: bad {k}")
                if a["id"] in arts:
                    fail(f"duplicate id {a['id']}")
                if "\n\n" not in a["text"]:
                    fail(f"{a['id']}: text has no blank-line paragraphs")
                arts[a["id"]] = a
        except Exception as e:  # noqa: BLE001
            fail(f"{path}: does not parse: {e}")
        per_file[os.path.basename(path)] = n
    urls = collections.Counter(a["url"] for a in arts.values())
    for u, c in urls.items():
        if c > 1:
            fail(f"duplicate url {u}")

    days = collections.Counter()
    sources = collections.Counter()
    old = 0
    for a in arts.values():
        d = M.parse_published(a["published_at"])
        a["_day"] = d
        days[d] += 1
        sources[a["source"]] += 1
        if d.year in (2023, 2024):
            old += 1
    run = best = 0
    prev = None
    for d in sorted(days):
        run = run + 1 if prev and d - prev == dt.timedelta(days=1) else 1
        best = max(best, run)
        prev = d
    print(f"articles: {len(arts)} in {len(per_file)} files: {per_file}")
    print(f"sources: {len(sources)}: {dict(sources)}")
    print(f"days: {len(days)}, longest consecutive run: {best}, 2023-2024 articles: {old}")
    if len(arts) < 300:
        fail("fewer than 300 articles")
    if len(sources) < 6:
        fail("fewer than 6 sources")
    if best < 21:
        fail("fewer than 21 consecutive days")
    words = [len(a["text"].split()) for a in arts.values()]
    print(f"words per article: min {min(words)}, median {sorted(words)[len(words) // 2]}, max {max(words)}")

    hand = load_key(os.path.join(ROOT, "answer-key", "mentions.csv"))
    gen = load_key(os.path.join(ROOT, "answer-key", "generated-mentions.csv"))
    for name, key in (("mentions.csv", hand), ("generated-mentions.csv", gen)):
        for aid in key:
            if aid not in arts:
                fail(f"{name}: unknown article {aid}")
    hand_ids = set(hand)
    for aid, a in sorted(arts.items()):
        ref = M.count(a["title"], a["text"], a["_day"])
        expected = hand.get(aid) if aid in hand_ids else gen.get(aid, {})
        if ref != expected:
            fail(f"{aid}: reference counter {sorted(ref.items())} != key {sorted(expected.items())}")
    print(f"answer key: {len(hand)} hand-checked articles, {sum(len(v) for v in hand.values())} rows; "
          f"generated key: {len(gen)} articles, {sum(len(v) for v in gen.values())} rows")
    actors = set()
    for k in (hand, gen):
        for v in k.values():
            actors |= set(v)
    print(f"distinct actors mentioned: {len(actors)} of {len(M.REQUIRED)} required; "
          f"missing: {sorted(set(M.REQUIRED) - actors)}")

    # malformed.jsonl vs its README
    mpath = os.path.join(ROOT, "malformed.jsonl")
    rpath = os.path.join(ROOT, "malformed.README.md")
    if os.path.exists(mpath) and os.path.exists(rpath):
        lines = open(mpath, encoding="utf-8").read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        table = re.findall(r"^\|\s*(\d+)\s*\|\s*`?([a-z_]+)`?\s*\|", open(rpath, encoding="utf-8").read(), re.M)
        described = {int(n): r for n, r in table}
        print(f"malformed.jsonl: {len(lines)} lines, README describes {len(described)}")
        if sorted(described) != list(range(1, len(lines) + 1)):
            fail("malformed.README.md does not describe every line of malformed.jsonl exactly once")
        reasons = [r for r in described.values() if r != "valid"]
        if len(reasons) < 12:
            fail("fewer than 12 broken records")
    else:
        fail("malformed.jsonl or malformed.README.md missing")

    print("OK" if not fails else f"{len(fails)} failure(s)")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
