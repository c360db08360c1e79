#!/usr/bin/env python3
"""Writes sample-data/parquet/articles.parquet: 8 short articles of our own invented text, with the columns of
Hugging Face news data sets (title, text, domain, date, url), read by actor-trends without any field options.

Needs pyarrow; CI does not run this, the .parquet file is committed. Run from the repository root:
    python3 sample-data/tools/make_parquet.py
"""
import pyarrow as pa
import pyarrow.parquet as pq

ROWS = [
    ("Macron opens summit on energy", "Emmanuel Macron opened a summit on energy prices in Paris on Monday, "
     "promising new grid links with Spain.", "example-news.org", "2025-08-04", "https://example-news.org/a/1"),
    ("Scholz and Macron meet in Berlin", "Olaf Scholz welcomed Emmanuel Macron in Berlin to discuss the budget "
     "of the European Union.", "example-news.org", "2025-08-05", "https://example-news.org/a/2"),
    ("Zelensky asks for air defence", "Volodymyr Zelensky asked European partners for more air defence systems "
     "after a night of attacks.", "daily-example.net", "2025-08-05", "https://daily-example.net/z/3"),
    ("Macron visits a factory", "Emmanuel Macron visited a battery factory in the north of France and praised "
     "its workers.", "daily-example.net", "2025-08-06", "https://daily-example.net/z/4"),
    ("Trade talks resume", "Ursula von der Leyen said trade talks with the United States would resume next week.",
     "example-news.org", "2025-08-06", "https://example-news.org/a/5"),
    ("Markets calm", "Markets were calm on Thursday as traders waited for the central bank.",
     "daily-example.net", "2025-08-07", "https://daily-example.net/z/6"),
    ("Macron and Zelensky speak by phone", "Emmanuel Macron spoke with Volodymyr Zelensky by phone about "
     "security guarantees.", "example-news.org", "2025-08-07", "https://example-news.org/a/7"),
    ("Summer heat in Spain", "Spain recorded its hottest day of the summer, the weather service said.",
     "daily-example.net", "2025-08-08", "https://daily-example.net/z/8"),
]

table = pa.table({
    "title": [r[0] for r in ROWS],
    "text": [r[1] for r in ROWS],
    "domain": [r[2] for r in ROWS],
    "date": [r[3] for r in ROWS],
    "url": [r[4] for r in ROWS],
})
pq.write_table(table, "sample-data/parquet/articles.parquet")
print("wrote sample-data/parquet/articles.parquet with", table.num_rows, "rows")
