#!/usr/bin/env python3
"""A small, independent reference counter for the sample data (Python 3 stdlib only).

It implements the counting rules of the shared spec (spec-actors.md), so that the hand-counted answer
key and the generator's own counts can be cross-checked: over a built-in copy of the required actor ids
(the generated articles), or over every actor of the project's dictionary, pipelines/actors.yaml, read by
read_dictionary (the hand-written articles, whose key covers all of them). It is NOT the project's
matcher; it only exists to catch counting mistakes in sample-data/.

Decisions it makes where the spec leaves room (the answer key follows the same ones):
- Matching is leftmost-longest over tokens and spans never overlap, so a role title that contains
  an organisation ("Kremlin spokesman", "Nato chief", "European Commission president",
  "EU foreign policy chief", "UN secretary general") is a mention of the holder only.
- A role title immediately followed (whitespace only) by a form of its holder is one mention.
- A role title preceded by former/ex/late/then/future/next is not counted.
- A short form shared by several actors (Trump, Johnson) counts only if exactly one of them is
  named in full (name or alias) in the counted text.
- Lines starting with a boilerplate phrase are dropped before anything else.

Only English is counted, as the job's default run (--languages=en) reads only English: an article is left out
when its record has a "language" field that is not English, or when its hand-written header (tools/handwritten/)
says "language: xx" for another language (the sample's records carry no language field: the job detects it).

Usage: python3 mentions_ref.py FILE.jsonl|FILE.jsonl.gz|FILE.csv ...   (prints article_id,actor_id,mentions)
"""
import datetime as _dt
import re
import unicodedata

BOILERPLATE = ("Your support helps", "Sign up to", "Sign up for", "Subscribe to", "Read more:", "Related:",
               "Advertisement", "Share this article", "Follow us on", "Click here", "Get our free",
               "This article was amended", "Copyright ©")

EXCLUDING = {"former", "ex", "late", "then", "future", "next"}

# id: (name, aliases, shorts or None for the default, roles [(titles, from, to)])
US_PRES = ["US president", "American president", "president of the United States"]
DE_CHANC = ["German chancellor", "chancellor of Germany", "Germany's chancellor"]
UK_PM = ["British prime minister", "UK prime minister", "Britain's prime minister"]
NATO_SG = ["Nato secretary general", "Nato chief"]

ACTORS = {
    "donald_trump": ("Donald Trump", ["Donald J. Trump"], ["Trump"],
                     [(US_PRES, "2025-01-20", None), (US_PRES, "2017-01-20", "2021-01-20")]),
    "vladimir_putin": ("Vladimir Putin", [], ["Putin"],
                       [(["Russian president", "president of Russia", "Russia's president"], "2012-05-07", None),
                        (["Russian president", "president of Russia", "Russia's president"], "2000-05-07", "2008-05-07")]),
    "volodymyr_zelensky": ("Volodymyr Zelensky", ["Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelenskii"],
                           ["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskii"],
                           [(["Ukrainian president", "president of Ukraine", "Ukraine's president"], "2019-05-20", None)]),
    "friedrich_merz": ("Friedrich Merz", [], None, [(DE_CHANC, "2025-05-06", None)]),
    "olaf_scholz": ("Olaf Scholz", [], None, [(DE_CHANC, "2021-12-08", "2025-05-06")]),
    "angela_merkel": ("Angela Merkel", [], None, [(DE_CHANC, "2005-11-22", "2021-12-08")]),
    "emmanuel_macron": ("Emmanuel Macron", [], None, [(["French president", "president of France"], "2017-05-14", None)]),
    "keir_starmer": ("Keir Starmer", ["Sir Keir Starmer"], ["Starmer", "Sir Keir"], [(UK_PM, "2024-07-05", None)]),
    "rishi_sunak": ("Rishi Sunak", [], None, [(UK_PM, "2022-10-25", "2024-07-05")]),
    "liz_truss": ("Liz Truss", [], None, [(UK_PM, "2022-09-06", "2022-10-25")]),
    "boris_johnson": ("Boris Johnson", [], None, [(UK_PM, "2019-07-24", "2022-09-06")]),
    "joe_biden": ("Joe Biden", [], None, [(US_PRES, "2021-01-20", "2025-01-20")]),
    "kamala_harris": ("Kamala Harris", [], None, [(["US vice president"], "2021-01-20", "2025-01-20")]),
    "jd_vance": ("JD Vance", [], ["Vance"], [(["US vice president"], "2025-01-20", None)]),
    "marco_rubio": ("Marco Rubio", [], None, [(["US secretary of state"], "2025-01-21", None)]),
    "antony_blinken": ("Antony Blinken", [], None, [(["US secretary of state"], "2021-01-26", "2025-01-20")]),
    "steve_witkoff": ("Steve Witkoff", [], None, []),
    "benjamin_netanyahu": ("Benjamin Netanyahu", ["Bibi"], ["Netanyahu"],
                           [(["Israeli prime minister", "Israel's prime minister"], "2022-12-29", None),
                            (["Israeli prime minister", "Israel's prime minister"], "2009-03-31", "2021-06-13")]),
    "xi_jinping": ("Xi Jinping", [], ["Xi"], [(["Chinese president", "China's president"], "2013-03-14", None)]),
    "narendra_modi": ("Narendra Modi", [], None, [(["Indian prime minister"], "2014-05-26", None)]),
    "recep_tayyip_erdogan": ("Recep Tayyip Erdogan", ["Tayyip Erdogan"], ["Erdogan"],
                             [(["Turkish president"], "2014-08-28", None)]),
    "giorgia_meloni": ("Giorgia Meloni", [], None, [(["Italian prime minister"], "2022-10-22", None)]),
    "ursula_von_der_leyen": ("Ursula von der Leyen", [], ["von der Leyen"],
                             [(["European Commission president", "Commission president"], "2019-12-01", None)]),
    "mark_rutte": ("Mark Rutte", [], None, [(NATO_SG, "2024-10-01", None)]),
    "jens_stoltenberg": ("Jens Stoltenberg", [], None, [(NATO_SG, "2014-10-01", "2024-10-01")]),
    "antonio_guterres": ("Antonio Guterres", [], None, [(["UN secretary general"], "2017-01-01", None)]),
    "sergei_lavrov": ("Sergei Lavrov", [], None, [(["Russian foreign minister"], "2004-03-09", None)]),
    "dmitry_peskov": ("Dmitry Peskov", [], None, [(["Kremlin spokesman"], "2012-05-22", None)]),
    "elon_musk": ("Elon Musk", [], None, []),
    "kaja_kallas": ("Kaja Kallas", [], None, [(["EU foreign policy chief"], "2024-12-01", None)]),
    "antonio_costa": ("Antonio Costa", [], None, [(["European Council president"], "2024-12-01", None)]),
    "mohammed_bin_salman": ("Mohammed bin Salman", ["MBS"], ["bin Salman"],
                            [(["Saudi crown prince"], "2017-06-21", None)]),
    "ali_khamenei": ("Ali Khamenei", [], None, [(["Iran's supreme leader"], "1989-06-04", None)]),
    "masoud_pezeshkian": ("Masoud Pezeshkian", [], None, [(["Iranian president"], "2024-07-28", None)]),
    "donald_tusk": ("Donald Tusk", [], None, [(["Polish prime minister"], "2023-12-13", None)]),
    "viktor_orban": ("Viktor Orban", [], None, [(["Hungarian prime minister"], "2010-05-29", None)]),
    "pedro_sanchez": ("Pedro Sanchez", [], None, [(["Spanish prime minister"], "2018-06-02", None)]),
    "kemi_badenoch": ("Kemi Badenoch", [], None, [(["Conservative leader", "Tory leader"], "2024-11-02", None)]),
    "nigel_farage": ("Nigel Farage", [], None, []),
    "melania_trump": ("Melania Trump", [], None, []),
    "mike_johnson": ("Mike Johnson", [], None, [(["Speaker of the House", "House speaker"], "2023-10-25", None)]),
    "keith_kellogg": ("Keith Kellogg", [], None, []),
    "andriy_yermak": ("Andriy Yermak", [], None,
                      [(["Ukraine's chief of staff", "Zelensky's chief of staff"], "2020-02-11", "2025-11-28")]),
    # organisations: no short forms
    "nato": ("Nato", ["NATO"], [], []),
    "european_union": ("European Union", ["EU"], [], []),
    "united_nations": ("United Nations", ["UN"], [], []),
    "kremlin": ("Kremlin", [], [], []),
    "white_house": ("White House", [], [], []),
    "hamas": ("Hamas", [], [], []),
    "hezbollah": ("Hezbollah", [], [], []),
    "pentagon": ("Pentagon", [], [], []),
    "european_commission": ("European Commission", [], [], []),
    "idf": ("Israel Defense Forces", ["IDF"], [], []),
    "houthis": ("Houthis", [], [], []),
    "wagner_group": ("Wagner Group", [], [], []),
    "iaea": ("International Atomic Energy Agency", ["IAEA"], [], []),
    "imf": ("International Monetary Fund", ["IMF"], [], []),
    "g7": ("G7", [], [], []),
}

REQUIRED = [a for a in ACTORS if a != "liz_truss"]

_TOKEN = re.compile(r"[A-Za-z0-9]+")


def _fold(s):
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'").replace("\u2018", "'"))
    return "".join(c for c in s if not unicodedata.combining(c))


def tokenize(line):
    """Tokens (text, start, end) of a folded line; a possessive 's is dropped."""
    out = []
    for m in _TOKEN.finditer(line):
        t = m.group(0)
        if t in ("s", "S") and m.start() > 0 and line[m.start() - 1] == "'" and out and out[-1][2] == m.start() - 1:
            continue
        out.append((t, m.start(), m.end()))
    return out


def _pattern(form):
    return [t for t, _, _ in tokenize(_fold(form))]


def _build(actors=None):
    """Forms of actors (id -> (name, aliases, shorts or None for the default, roles)); default: ACTORS."""
    forms = {}  # first token lower -> list of (tokens, kind, actor, extra)
    for aid, (name, aliases, shorts, roles) in (actors or ACTORS).items():
        fulls = [name] + aliases
        if shorts is None:
            shorts = sorted({f.split()[-1] for f in fulls})
        for f in fulls:
            p = _pattern(f)
            forms.setdefault(p[0].lower(), []).append((p, "full", aid, None))
        for f in shorts:
            p = _pattern(f)
            forms.setdefault(p[0].lower(), []).append((p, "short", aid, None))
        for titles, frm, to in roles:
            for t in titles:
                p = _pattern(t)
                forms.setdefault(p[0].lower(), []).append((p, "role", aid, (frm, to)))
    return forms


FORMS = _build()


def _flow_list(value):
    """Items of a YAML flow list as the dictionary writes them: [a, b c, d's] (no quoting, no commas inside)."""
    value = value.split(" #", 1)[0].strip()
    assert value.startswith("[") and value.endswith("]"), value
    return [x.strip() for x in value[1:-1].split(",") if x.strip()]


def read_dictionary(path):
    """The actors of the project's dictionary (pipelines/actors.yaml) as id -> (name, aliases, shorts, roles).

    A small reader of the dictionary's own regular layout (one key per line, flow lists, one role per line), so
    that this file stays standard library only. As the dictionary says: an absent `short` is the last word of
    the name and of each multi-word alias, for persons only; organisations have no short forms.
    """
    actors, cur = {}, None
    role_line = re.compile(r"-\s*\{titles:\s*(\[[^\]]*\])\s*,\s*from:\s*([0-9-]+)\s*(?:,\s*to:\s*([0-9-]+)\s*)?\}")
    with open(path, encoding="utf-8") as f:
        for line in f:
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if stripped.startswith("- id:"):
                cur = {"id": stripped.split(":", 1)[1].strip(), "aliases": [], "short": None, "roles": []}
                actors[cur["id"]] = cur
            elif cur is None:
                continue
            elif stripped.startswith(("name:", "type:")):
                key, value = stripped.split(":", 1)
                cur[key] = value.split(" #", 1)[0].strip()
            elif stripped.startswith(("aliases:", "short:")):
                key, value = stripped.split(":", 1)
                cur[key] = _flow_list(value)
            elif stripped.startswith("- {titles:"):
                m = role_line.match(stripped)
                assert m, stripped
                cur["roles"].append((_flow_list(m.group(1)), m.group(2), m.group(3)))
    out = {}
    for aid, a in actors.items():
        shorts = a["short"]
        if shorts is None:
            if a.get("type") == "person":
                shorts = sorted({f.split()[-1] for f in [a["name"]] + a["aliases"] if len(f.split()) > 1})
            else:
                shorts = []
        out[aid] = (a["name"], a["aliases"], shorts, a["roles"])
    return out


def dictionary_forms(path):
    """Matching forms of every actor of the dictionary at path, for find_spans/count(forms=...)."""
    return _build(read_dictionary(path))


def _tok_eq(p, t, kind):
    if kind == "role":
        return p.lower() == t.lower()
    if p[0].isupper():
        return t[0].isupper() and p.lower() == t.lower()
    return p.lower() == t.lower()


def _date_of(published):
    return published if isinstance(published, _dt.date) else _dt.date.fromisoformat(str(published)[:10])


def find_spans(title, text, day, forms=None):
    """Resolved mention spans: list of (actor_id, kind, line_no, start, end); forms: default FORMS (spec copy)."""
    forms = forms or FORMS
    day = _date_of(day)
    body = (title or "") + "\n\n" + (text or "")
    raw = []  # (line_no, start, end, kind, candidates, excluded)
    for ln, line in enumerate(body.split("\n")):
        if line.lstrip().startswith(BOILERPLATE):
            continue
        fl = _fold(line)
        toks = tokenize(fl)
        i = 0
        while i < len(toks):
            best = None
            for p, kind, aid, extra in forms.get(toks[i][0].lower(), ()):
                n = len(p)
                if i + n <= len(toks) and all(_tok_eq(p[k], toks[i + k][0], kind) for k in range(n)):
                    if best is None or n > best[0]:
                        best = (n, kind, [(aid, extra)])
                    elif n == best[0] and kind == best[1]:
                        best[2].append((aid, extra))
                    elif n == best[0] and kind == "full":  # a name or alias beats another actor's short form
                        best = (n, kind, [(aid, extra)])
            if best is None:
                i += 1
                continue
            n, kind, cands = best
            excluded = kind == "role" and i > 0 and toks[i - 1][0].lower() in EXCLUDING
            raw.append((ln, toks[i][1], toks[i + n - 1][2], kind, cands, excluded, fl))
            i += n
    named = set()
    for r in raw:
        if r[3] == "full":
            named.update(a for a, _ in r[4])
    resolved = []
    for ln, s, e, kind, cands, excluded, fl in raw:
        aid = None
        if kind == "full":
            aid = cands[0][0]
        elif kind == "short":
            ids = sorted({a for a, _ in cands})
            if len(ids) == 1:
                aid = ids[0]
            else:
                hit = [a for a in ids if a in named]
                aid = hit[0] if len(hit) == 1 else None
        elif not excluded:
            for a, (frm, to) in cands:
                if _dt.date.fromisoformat(frm) <= day and (to is None or day < _dt.date.fromisoformat(to)):
                    aid = a
                    break
        resolved.append((aid, kind, ln, s, e, fl))
    out = []
    skip = False
    for k, (aid, kind, ln, s, e, fl) in enumerate(resolved):
        if skip:
            skip = False
            continue
        if aid is None:
            continue
        out.append((aid, kind, ln, s, e))
        if kind == "role" and k + 1 < len(resolved):
            n_aid, n_kind, n_ln, n_s, _, _ = resolved[k + 1]
            if n_aid == aid and n_kind != "role" and n_ln == ln and fl[e:n_s].strip() == "":
                skip = True
    return out


def count(title, text, day, forms=None):
    counts = {}
    for aid, *_ in find_spans(title, text, day, forms):
        counts[aid] = counts.get(aid, 0) + 1
    return counts


def parse_published(v):
    """Date (UTC) of the published_at forms used in sample-data/."""
    if isinstance(v, (int, float)) or (isinstance(v, str) and v.strip().isdigit()):
        return _dt.datetime.fromtimestamp(int(v), _dt.timezone.utc).date()
    v = v.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return _dt.date.fromisoformat(v)
    if re.match(r"\d{4}-\d{2}-\d{2}T", v):
        d = _dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
        return d.astimezone(_dt.timezone.utc).date()
    import email.utils
    d = email.utils.parsedate_to_datetime(v)
    return d.astimezone(_dt.timezone.utc).date()


def read_articles(path):
    import csv
    import gzip
    import io
    import json
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        if path.endswith(".csv") or path.endswith(".csv.gz"):
            for row in csv.DictReader(f):
                yield row
        else:
            for line in f:
                if line.strip():
                    yield json.loads(line)


def non_english_ids(handwritten_dir=None):
    """Ids of the hand-written articles whose header says they are in another language than English."""
    import glob
    import os
    folder = handwritten_dir or os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten")
    ids = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            head = f.read().split("\n---\n", 1)[0]
        h = dict(line.split(": ", 1) for line in head.split("\n"))
        if h.get("language", "en") != "en":
            ids[h["id"]] = h["language"]
    return ids


def is_english(article, other_ids):
    lang = article.get("language")
    if isinstance(lang, str) and lang.strip():
        return lang.strip().lower().split("-")[0].split("_")[0] in ("en", "eng")
    return article.get("id") not in other_ids


if __name__ == "__main__":
    import sys
    print("article_id,actor_id,mentions")
    other = non_english_ids()
    for path in sys.argv[1:]:
        for a in read_articles(path):
            if not is_english(a, other):
                continue
            c = count(a["title"], a["text"], parse_published(a["published_at"]))
            for aid in sorted(c):
                print(f"{a['id']},{aid},{c[aid]}")
