#!/usr/bin/env python3
"""Sanity checks of sample-data/ (Python 3 stdlib only). Exit status 1 on any failure.

    python3 sample-data/tools/check_sample.py

- every article file parses (JSONL, gzip JSONL, CSV), every record has the six fields as strings
  (published_at may be an integer: epoch seconds), the text has paragraphs and no empty title
- ids are unique across the corpus; urls too
- >= 300 articles, >= 6 sources, >= 21 consecutive days, a handful of 2023-2024 articles
- the articles in another language than English are exactly the hand-written ones whose header says so
  ("language: de"); they are in no answer key (the job's default run sets them aside) and the reference counter
  skips them
- answer-key article ids exist, actor ids are dictionary ids (hand key) or required ids (generated key),
  counts are positive integers
- answer-key/mentions.csv and not-mentions.csv are exactly what the headers of tools/handwritten/ say
- the reference counter (mentions_ref.py) agrees with answer-key/mentions.csv (hand counts, over every actor
  of pipelines/actors.yaml) and with answer-key/generated-mentions.csv (what make_sample.py wrote, over the
  spec's required actors) for every article
- no not-mention (answer-key/not-mentions.csv) is counted by the reference counter for its actor
- the key's README gives each hand-written article's actors and mentions, and the key's totals, as they are
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
DICTIONARY = os.path.join(os.path.dirname(ROOT), "pipelines", "actors.yaml")
sys.path.insert(0, HERE)
import make_sample  # noqa: E402
import mentions_ref as M  # noqa: E402

FIELDS = ["id", "url", "source", "published_at", "title", "text"]
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


def load_key(path, actor_ids):
    key = collections.defaultdict(dict)
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        assert next(r) == ["article_id", "actor_id", "mentions"], path
        for row in r:
            a, actor, n = row
            if actor not in actor_ids:
                fail(f"{path}: {actor} is not an actor id it may use")
            if not n.isdigit() or int(n) < 1:
                fail(f"{path}: bad count {row}")
            if actor in key[a]:
                fail(f"{path}: duplicate row {row}")
            key[a][actor] = int(n)
    return key


def check_not_mentions(handwritten, arts, dictionary, forms):
    """Each not-mention's surface is in the article's counted text, and no counted span of its actor overlaps it."""
    rows = 0
    for art, _, _ in handwritten:
        if not art["not"]:
            continue
        a = arts[art["id"]]
        spans = M.find_spans(a["title"], a["text"], a["_day"], forms)
        lines = (a["title"] + "\n\n" + a["text"]).split("\n")
        for actor, surface, _ in art["not"]:
            rows += 1
            if actor not in dictionary:
                fail(f"{art['id']}: not-mention of {actor}, which is not in the dictionary")
            places = [(ln, m.start(), m.end()) for ln, line in enumerate(lines)
                      if not line.lstrip().startswith(M.BOILERPLATE)
                      for m in re.finditer(re.escape(M._fold(surface)), M._fold(line))]
            if not places:
                fail(f"{art['id']}: not-mention {surface!r} is not in the counted text")
            for aid, _, ln, s, e in spans:
                if aid == actor and any(ln == pl and s < pe and ps < e for pl, ps, pe in places):
                    fail(f"{art['id']}: {surface!r} is a not-mention of {actor} but the reference counter counts it")
    return rows


def check_key_readme(hand):
    """The README's table and totals of the hand-checked key say what mentions.csv holds."""
    text = open(os.path.join(ROOT, "answer-key", "README.md"), encoding="utf-8").read()
    table = {m[0]: (int(m[1]), int(m[2])) for m in
             re.findall(r"^\| ([a-z]{2}-\d{4}-\d{2}-\d{2}-\d{3}) \| [^|]+ \| [^|]+ \| (\d+) \| (\d+) \|", text, re.M)}
    for aid, counts in sorted(hand.items()):
        if table.get(aid) != (len(counts), sum(counts.values())):
            fail(f"answer-key/README.md: {aid} says (actors, mentions) {table.get(aid)}, "
                 f"the key {(len(counts), sum(counts.values()))}")
    if set(table) != set(hand):
        fail("answer-key/README.md: its table does not list exactly the key's articles")
    rows = sum(len(v) for v in hand.values())
    total = sum(sum(v.values()) for v in hand.values())
    if f"{rows} rows" not in text or f"{total:,} mentions" not in text:
        fail(f"answer-key/README.md does not say '{rows} rows' and '{total:,} mentions'")


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

    # The hand-checked key covers every actor of the project's dictionary; the generated key the spec's
    # required actors, the only ones the generator writes.
    dictionary = M.read_dictionary(DICTIONARY)
    dictionary_forms = M._build(dictionary)
    hand = load_key(os.path.join(ROOT, "answer-key", "mentions.csv"), dictionary)
    gen = load_key(os.path.join(ROOT, "answer-key", "generated-mentions.csv"), M.REQUIRED)
    for name, key in (("mentions.csv", hand), ("generated-mentions.csv", gen)):
        for aid in key:
            if aid not in arts:
                fail(f"{name}: unknown article {aid}")
    handwritten = make_sample.load_handwritten()
    for name, text in make_sample.hand_keys(handwritten).items():
        with open(os.path.join(ROOT, "answer-key", name), encoding="utf-8", newline="") as f:
            if f.read() != text:
                fail(f"answer-key/{name} is not what the headers of tools/handwritten/ say "
                     "(run make_sample.py; correct a header, never the key)")
    other = M.non_english_ids()
    headers_other = {art["id"]: art["language"] for art, _, _ in handwritten if art["language"] != "en"}
    if other != headers_other:
        fail(f"mentions_ref.non_english_ids() {other} != the headers' {headers_other}")
    for aid in sorted(other):
        if aid not in arts:
            fail(f"{aid}: hand-written in {other[aid]} but not in articles/")
        if aid in hand or aid in gen:
            fail(f"{aid}: in {other[aid]}, set aside by the job's default run, but an answer key lists it")
    by_lang = collections.Counter(other.values())
    print(f"not in English (set aside by the default run): {len(other)} {dict(sorted(by_lang.items()))}; "
          f"English: {len(arts) - len(other)}")
    hand_ids = {art["id"] for art, _, _ in handwritten if art["language"] == "en"}
    if set(hand) - hand_ids:
        fail(f"mentions.csv: articles that are not hand-written: {sorted(set(hand) - hand_ids)}")
    for aid, a in sorted(arts.items()):
        if not M.is_english(a, other):
            continue
        if aid in hand_ids:
            ref = M.count(a["title"], a["text"], a["_day"], dictionary_forms)
            expected = hand.get(aid, {})
        else:
            ref = M.count(a["title"], a["text"], a["_day"])
            expected = gen.get(aid, {})
        if ref != expected:
            fail(f"{aid}: reference counter {sorted(ref.items())} != key {sorted(expected.items())}")
    not_rows = check_not_mentions(handwritten, arts, dictionary, dictionary_forms)
    print(f"answer key: {len(hand)} hand-checked articles, {sum(len(v) for v in hand.values())} rows, "
          f"{sum(sum(v.values()) for v in hand.values())} mentions, {not_rows} not-mention rows; "
          f"generated key: {len(gen)} articles, {sum(len(v) for v in gen.values())} rows")
    check_key_readme(hand)
    actors = set()
    for k in (hand, gen):
        for v in k.values():
            actors |= set(v)
    print(f"distinct actors in the keys: {len(actors)}; required actors mentioned: "
          f"{len(actors & set(M.REQUIRED))} of {len(M.REQUIRED)}; missing: {sorted(set(M.REQUIRED) - actors)}")

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
