#!/usr/bin/env python3
"""Writes sample-data/warc/cc-news-sample.warc.gz: a small WARC file of our own invented news pages, laid out as
Common Crawl's CC-News ships them (one gzip member per record, WARC/1.0, HTTP/1.1 responses).

Python 3 standard library only; byte for byte reproducible (fixed record ids, dates and gzip mtime 0).

    python3 sample-data/tools/make_warc.py

The texts are our own fiction; the quotes attributed to real people are invented.
"""
import gzip
import io
import os
import uuid

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "warc", "cc-news-sample.warc.gz")
CRAWL_DATE = "2025-08-20T06:00:00Z"


def record_id(n):
    return "<urn:uuid:%s>" % uuid.UUID(int=0x5A3C0000_0000_4000_8000_000000000000 + n)


def warc_record(n, warc_type, block, target=None, content_type=None, date=CRAWL_DATE):
    headers = [
        ("WARC-Type", warc_type),
        ("WARC-Record-ID", record_id(n)),
        ("WARC-Date", date),
    ]
    if target:
        headers.append(("WARC-Target-URI", target))
    if content_type:
        headers.append(("Content-Type", content_type))
    headers.append(("Content-Length", str(len(block))))
    head = "WARC/1.0\r\n" + "".join("%s: %s\r\n" % h for h in headers) + "\r\n"
    return head.encode("ascii") + block + b"\r\n\r\n"


def http_response(status, reason, content_type, body):
    head = ("HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\nServer: sample\r\n\r\n"
            % (status, reason, content_type, len(body)))
    return head.encode("ascii") + body


def http_request(url):
    host = url.split("/")[2]
    path = "/" + url.split("/", 3)[3]
    return ("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: sample-crawler\r\n\r\n" % (path, host)).encode("ascii")


P = lambda *ps: "\n".join("<p>%s</p>" % p for p in ps)

PAGES = [
    # 1. a plain <article> with <time datetime>
    ("https://www.riverside-gazette.example/politics/2025/08/18/macron-merz-summit",
     "text/html; charset=utf-8",
     """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Macron and Merz agree on a joint defence fund | Riverside Gazette</title></head>
<body><header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav></header>
<article><h1>Macron and Merz agree on a joint defence fund</h1>
<time datetime="2025-08-18T09:15:00Z">18 August 2025</time>
""" + P("Emmanuel Macron and Friedrich Merz agreed on Monday to set up a joint fund for air defence, "
        "after a three-hour meeting in a castle outside Strasbourg.",
        "The French president said the fund would be open to every member of the European Union that wished to "
        "take part. The German chancellor called it a first step rather than a finished plan.",
        "Officials on both sides said the size of the fund would be settled in the autumn, once national budgets "
        "are known. Critics in both parliaments asked who would control the money.") + """
</article><footer><p>Copyright Riverside Gazette. All rights reserved.</p></footer></body></html>"""),
    # 2. div soup with navigation, footer, comments; meta article:published_time
    ("https://news.lowland-courier.example/world/zelensky-talks-geneva.html",
     "text/html",
     """<html><head><meta charset="utf-8"><title>Zelensky expected in Geneva</title>
<meta property="article:published_time" content="2025-08-19T14:40:00+02:00"></head><body>
<div class="top"><div class="menu"><a href="/">Front page</a> | <a href="/world">World</a> | <a href="/login">Log in</a></div></div>
<div class="wrap"><div class="col-main"><div class="story-body">
<div class="headline">Zelensky expected in Geneva for talks next week</div>
<div class="para">Volodymyr Zelensky is expected in Geneva next week for talks on prisoner exchanges, three diplomats said on Tuesday, speaking on condition of anonymity.</div>
<div class="para">The Ukrainian president has asked Switzerland to host a round of technical meetings. Antonio Guterres said the United Nations stood ready to help with the logistics.</div>
<div class="para">No date has been fixed, and the diplomats cautioned that the plans could still change at short notice if the fighting in the east escalates.</div>
</div></div>
<div class="col-side"><div class="related"><a href="/a">Ten things to do this weekend</a><a href="/b">Weather</a></div></div></div>
<div class="comments"><div class="comment">First! Great article.</div><div class="comment">I disagree with everything.</div></div>
<div class="footer">About us | Contact | Privacy | Cookies</div></body></html>"""),
    # 3. JSON-LD datePublished
    ("https://www.eastbank-tribune.example/2025/08/19/starmer-energy-bill",
     "text/html; charset=UTF-8",
     """<!doctype html><html><head><title>Starmer promises to cut energy bills</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Starmer promises to cut energy bills","datePublished":"2025-08-19T07:30:00+01:00"}</script></head>
<body><nav><ul><li>News</li><li>Business</li><li>Opinion</li></ul></nav>
<main><h1>Starmer promises to cut energy bills</h1>
""" + P("Keir Starmer promised on Tuesday to cut household energy bills before the winter, in a speech to "
        "workers at a wind turbine factory in the north of England.",
        "The prime minister said the government would pay for the cut by taxing the windfall profits of "
        "energy companies. Kemi Badenoch called the plan a gimmick that would not survive the budget.",
        "Economists said the effect on bills would depend on the price of gas, which has risen for three weeks.") + """
</main><aside>Sign up for our newsletter</aside></body></html>"""),
    # 4. no date anywhere: the crawl date is used
    ("https://harbourlight.example/stories/meloni-migration-plan",
     "text/html; charset=utf-8",
     """<html><head><title>Meloni presents migration plan</title></head><body>
<div id="page"><h2>Meloni presents migration plan</h2>
""" + P("Giorgia Meloni presented a new migration plan in Rome, saying Italy could no longer carry the load "
        "alone and asking other European governments to take in more people.",
        "Ursula von der Leyen said the Commission would study the plan carefully and reply within a month. "
        "Several mayors in the south welcomed the proposal but asked for money rather than promises.",
        "Opposition leaders said the plan repeated old ideas under a new name.") + """
</div></body></html>"""),
    # 5. ISO-8859-1 declared only in the HTTP header; meta name=date
    ("https://www.nordic-ledger.example/europa/2025-08-17/merz-paris",
     "text/html; charset=ISO-8859-1",
     """<html><head><title>Merz in Paris: \u00e9t\u00e9 of d\u00e9tente</title>
<meta name="date" content="2025-08-17"></head><body><article>
<h1>Merz in Paris: an \u00e9t\u00e9 of d\u00e9tente</h1>
""" + P("Friedrich Merz spent the day in Paris, where he walked along the Seine with Emmanuel Macron and "
        "visited a caf\u00e9 near the Assembl\u00e9e nationale.",
        "The two leaders spoke of a new d\u00e9tente between their governments after months of quarrels over "
        "trade. Macron said Europe needed a common voice, and Merz agreed that \u00ab the moment is now \u00bb.",
        "Their ministers will meet again in M\u00fcnster in September.") + """
</article></body></html>"""),
    # 6. <article> with sections and a subscription box
    ("https://www.capitol-review.example/2025/08/20/trump-putin-call",
     "text/html; charset=utf-8",
     """<html><head><meta charset="utf-8"><title>Trump and Putin speak by phone</title>
<meta property="og:title" content="Trump and Putin speak by phone">
<meta itemprop="datePublished" content="2025-08-20T03:10:00Z"></head><body>
<article><h1>Trump and Putin speak by phone</h1>
<section>""" + P("Donald Trump and Vladimir Putin spoke by phone for more than an hour on Tuesday evening, "
                 "the White House said, in their first call since the summit in Alaska.") + """</section>
<section>""" + P("The Kremlin said the two presidents discussed a ceasefire and the exchange of prisoners. "
                 "Trump told reporters afterwards that the call had been very good.",
                 "European leaders were briefed on the call by the American side the next morning.") + """</section>
<div class="subscribe"><p>Subscribe now to read more stories like this one.</p></div>
</article></body></html>"""),
]


def main():
    records = []
    n = 0

    def add(warc_type, block, target=None, content_type=None):
        nonlocal n
        n += 1
        records.append(warc_record(n, warc_type, block, target, content_type))

    add("warcinfo", b"software: make_warc.py (actor-trends sample data)\r\nformat: WARC File Format 1.0\r\n"
        b"description: invented news pages of our own for tests\r\n", content_type="application/warc-fields")
    for i, (url, content_type, html) in enumerate(PAGES):
        charset = "iso-8859-1" if "ISO-8859-1" in content_type else "utf-8"
        if i == 0:
            add("request", http_request(url), url, "application/http; msgtype=request")
        add("response", http_response(200, "OK", content_type, html.encode(charset)), url,
            "application/http; msgtype=response")
    add("response", http_response(404, "Not Found", "text/html; charset=utf-8",
                                  b"<html><body><h1>Not found</h1></body></html>"),
        "https://www.riverside-gazette.example/politics/missing-page", "application/http; msgtype=response")
    add("response", http_response(200, "OK", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64)),
        "https://www.riverside-gazette.example/images/summit.jpg", "application/http; msgtype=response")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as out:
        for record in records:
            buffer = io.BytesIO()
            with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as gz:
                gz.write(record)
            out.write(buffer.getvalue())
    print("wrote %s: %d records" % (os.path.normpath(OUT), len(records)))


if __name__ == "__main__":
    main()
