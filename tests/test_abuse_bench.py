"""The hostile-load probe's pure helpers (``benchmarks/abuse_data.py``): payloads sized
against the app's limits, and the summary maths."""

from __future__ import annotations

from benchmarks.abuse_data import (
    ARTICLE_BYTES,
    BUDGETS,
    UPLOAD_LIMIT,
    Outcome,
    acled_csv,
    article_html,
    article_text,
    kind_rows,
    long_query,
    short,
    target_rows,
)
from geo.articles import MAX_ARTICLE_BYTES
from geo.importacled import parse_acled
from geo.intake import parse_submission
from geo.layerimport import read_upload


def test_articles_are_the_largest_the_app_takes() -> None:
    for punctuated in (True, False):
        text = article_text(ARTICLE_BYTES, punctuated, seed=2)
        assert ARTICLE_BYTES - 100 < len(text.encode()) <= ARTICLE_BYTES < MAX_ARTICLE_BYTES
        assert (". " in text) is punctuated
    assert article_text(ARTICLE_BYTES, True, 1) != article_text(ARTICLE_BYTES, True, 2)
    small = article_text(20_000, False, 1)
    assert parse_submission(text=small).text.startswith(small[:50])


def test_html_is_under_the_limit_and_reads_as_text() -> None:
    page = article_html(ARTICLE_BYTES, seed=3)
    assert ARTICLE_BYTES - 2_000 < len(page) <= ARTICLE_BYTES
    small = article_html(30_000, seed=3)
    sub = parse_submission(upload=small, filename="a.html")
    assert "tracking" not in sub.text and "Home" not in sub.text and "shelled" in sub.text


def test_acled_csv_rows_and_size_cap() -> None:
    data, n = acled_csv(50, seed=1)
    assert n == 50
    res = parse_acled(data.decode())
    assert len(res.records) == 50 and not res.skipped
    capped, m = acled_csv(10**6, seed=1, minimal=True, max_bytes=20_000)
    assert len(capped) <= 20_000 < len(capped) + 40 and m == capped.count(b"\n") - 1
    assert len(read_upload(capped, "x.csv").records) == m
    assert UPLOAD_LIMIT == 3_000_000  # the widget's MB (the server's is 1,048,576 bytes)


def test_long_query() -> None:
    q = long_query(1000, "actor", "from=2022-02-24")
    assert len(q) == 1000 and q.startswith("from=2022-02-24&actor=xx")
    assert long_query(5, "article") == "article="


def test_summary_maths() -> None:
    outs = [
        Outcome(0, "upload 2 MB HTML", 10.0, "Preview: 3 incident(s) will be added"),
        Outcome(1, "upload 2 MB HTML", 90.0, "Preview: 4 incident(s) will be added"),
        Outcome(2, "upload 2 MB HTML", None, "no message within 900 s", True),
        Outcome(0, "URL 100 KB: map", 2.0, "URL parameter 'actor' is too long"),
    ]
    assert [o.within_budget for o in outs] == [True, False, False, True]
    rows = kind_rows(reversed(outs))
    assert [r["kind"] for r in rows] == ["upload 2 MB HTML", "URL 100 KB: map"]
    html = rows[0]
    assert (html["n"], html["answered"], html["in_budget"]) == (3, 2, 1)
    assert (html["p50"], html["max"], html["budget"]) == (50.0, 90.0, BUDGETS["upload 2 MB HTML"])
    assert html["messages"] == [  # numbers as N: one line per kind of message
        "Preview: N incident(s) will be added",
        "no message within N s",
    ]
    t = target_rows([1.0] * 18 + [9.0] * 2, 0, 1500, 900, outs)  # p95: the 19th of 20
    assert [r[3] for r in t] == [False, True, True, True, False]
    assert t[0][1] == "9.00 s" and t[-1][1] == "2 of 4"
    assert target_rows([], 1, 3000, 1100, [])[0][1] == "inf s"
    assert short("a\n b  c") == "a b c" and len(short("x" * 200, 10)) == 10
