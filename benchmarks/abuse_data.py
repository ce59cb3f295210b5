"""Pure helpers of :mod:`benchmarks.abuse`: the hostile payloads and the summary maths.

Payloads are sized against the app's own limits, so each one is the largest the app
accepts (an article just under :data:`geo.articles.MAX_ARTICLE_BYTES`, an import just
under :data:`geo.layerimport.MAX_UPLOAD_MB`) or plainly over them (a 200,000-row ACLED
export). Nothing here starts a server or a browser.
"""

from __future__ import annotations

import csv
import io
import random
import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from benchmarks.load import pct
from benchmarks.long_text import text_of
from geo.articles import MAX_ARTICLE_BYTES
from geo.importacled import ACLED_COLUMNS
from geo.layerimport import MAX_UPLOAD_MB

ARTICLE_BYTES = MAX_ARTICLE_BYTES - 10_000
"""A "2 MB" article: the largest the app takes, less a margin for the HTML reduction."""
UPLOAD_LIMIT = MAX_UPLOAD_MB * 1000 * 1000
"""The upload widget's limit: Streamlit's browser code counts a MB as 1,000,000 bytes
(1,048,576 on Windows); the server and :mod:`geo.layerimport` take 3 × 1,048,576."""

# Seconds from the request to its message, per kind (see README "Hostile load").
BUDGETS: dict[str, float] = {
    "paste 2 MB punctuated": 60,
    "paste 2 MB no full stops": 60,
    "upload 2 MB HTML": 60,
    "import 200k rows: browser": 5,
    "import 200k rows: server PUT": 5,
    "import 200k rows: server PUT chunked": 5,
    "import 3 MB ACLED": 30,
    "URL 100 KB: map": 15,
    "URL 100 KB: sources": 15,
}
TARGETS = {"ready p95 s": 5.0, "viewer errors": 0, "RSS peak MB": 2048, "RSS after MB": 1024}

_PLACES = [
    ("Kharkiv", "Kharkiv", 49.9935, 36.2304),
    ("Sumy", "Sumy", 50.9077, 34.7981),
    ("Kherson", "Kherson", 46.6354, 32.6169),
    ("Zaporizhzhia", "Zaporizhia", 47.8388, 35.1396),
    ("Pokrovsk", "Donetsk", 48.2820, 37.1758),
    ("Nikopol", "Dnipropetrovsk", 47.5712, 34.3964),
]
_SUBS = [
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Battles", "Armed clash"),
]


def article_text(nbytes: int = ARTICLE_BYTES, punctuated: bool = True, seed: int = 1) -> str:
    """:func:`benchmarks.long_text.text_of` cut at a space to at most ``nbytes`` (ASCII)."""
    text = text_of(nbytes * 5 // 4 // 1024 + 64, punctuated, seed)  # ~6.5 bytes a word
    return text[: text.rfind(" ", 0, nbytes)]


def article_html(nbytes: int = ARTICLE_BYTES, seed: int = 1) -> bytes:
    """An HTML page of at most ``nbytes``: chrome the app strips (script, nav, footer) and
    paragraphs of punctuated war-report text."""
    head = (
        "<!doctype html><html><head><title>Strikes overnight</title>"
        "<script>var tracking = 1;</script><style>p{margin:0}</style></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
    )
    tail = "</article><footer>© The Outlet</footer></body></html>"
    room = nbytes - len(head) - len(tail)
    words = article_text(room, True, seed).split(". ")
    parts: list[str] = []
    size = 0
    for k in range(0, len(words), 8):
        para = "<p>" + ". ".join(words[k : k + 8]) + ".</p>\n"
        if size + len(para) > room:
            break
        parts.append(para)
        size += len(para)
    return (head + "".join(parts) + tail).encode()


def acled_csv(
    rows: int, seed: int = 1, minimal: bool = False, max_bytes: int | None = None
) -> tuple[bytes, int]:
    """An ACLED-style export of ``rows`` events (fewer when ``max_bytes`` is reached first);
    returns the file and its row count. ``minimal``: only the columns the importer needs
    (the most rows a size limit lets through)."""
    rng = random.Random(seed)
    cols = ("event_id_cnty", "event_date", "latitude", "longitude") if minimal else ACLED_COLUMNS
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(cols)
    n = 0
    for n in range(1, rows + 1):
        place, admin1, lat, lon = rng.choice(_PLACES)
        day = f"2022-{rng.randint(3, 12):02d}-{rng.randint(1, 28):02d}"
        row = {
            "event_id_cnty": f"UKR{seed:02d}{n:07d}",
            "event_date": day,
            "latitude": f"{lat + rng.uniform(-0.3, 0.3):.4f}",
            "longitude": f"{lon + rng.uniform(-0.3, 0.3):.4f}",
        }
        if not minimal:
            kind, sub = rng.choice(_SUBS)
            row |= {
                "time_precision": "1", "event_type": kind, "sub_event_type": sub,
                "actor1": "Military Forces of Russia (2000-)", "actor2": "Civilians (Ukraine)",
                "admin1": admin1, "admin2": "", "admin3": "", "location": place,
                "geo_precision": "1", "source": "Suspilne",
                "notes": f"On {day}, Russian forces shelled {place}; {n % 4} people were killed.",
                "fatalities": str(n % 4),
            }  # fmt: skip
        line = [row.get(c, "") for c in cols]
        if max_bytes is not None:
            probe = io.StringIO(newline="")
            csv.writer(probe, lineterminator="\n").writerow(line)
            if out.tell() + len(probe.getvalue()) > max_bytes:
                n -= 1
                break
        w.writerow(line)
    return out.getvalue().encode(), n


def long_query(nbytes: int, key: str, base: str = "") -> str:
    """A query string of ``nbytes``: ``base`` (``from=…&to=…``) and one ``key`` whose value
    fills the rest."""
    head = (base + "&" if base else "") + key + "="
    return head + "x" * max(0, nbytes - len(head))


@dataclass(frozen=True)
class Outcome:
    """One abusive request: how long until the page (or server) answered, and with what."""

    session: int
    kind: str
    seconds: float | None  # None: no message within the timeout
    message: str
    failed: bool = False  # an exception, a lost connection, a server error

    @property
    def within_budget(self) -> bool:
        return (
            not self.failed
            and self.seconds is not None
            and self.seconds <= BUDGETS.get(self.kind, float("inf"))
        )


def kind_rows(outcomes: Iterable[Outcome]) -> list[dict[str, object]]:
    """Per kind, in :data:`BUDGETS` order: requests, answered, within budget, p50 and max
    seconds, the budget and the distinct messages (shortened, numbers as N)."""
    by: dict[str, list[Outcome]] = {}
    for o in outcomes:
        by.setdefault(o.kind, []).append(o)
    order = [k for k in BUDGETS if k in by] + sorted(k for k in by if k not in BUDGETS)
    rows = []
    for kind in order:
        got = by[kind]
        secs = [o.seconds for o in got if o.seconds is not None]
        msgs = sorted({short(re.sub(r"\d[\d,.]*", "N", o.message)) for o in got})
        rows.append(
            {
                "kind": kind,
                "n": len(got),
                "answered": len(secs),
                "in_budget": sum(o.within_budget for o in got),
                "p50": statistics.median(secs) if secs else None,
                "max": max(secs) if secs else None,
                "budget": BUDGETS.get(kind),
                "messages": msgs,
            }
        )
    return rows


def short(message: str, n: int = 70) -> str:
    """A message on one line, digits of counts kept, at most ``n`` characters."""
    one = " ".join(message.split())
    return one if len(one) <= n else one[: n - 1] + "…"


def target_rows(
    ready: list[float],
    viewer_errors: int,
    rss_peak: float,
    rss_after: float,
    outcomes: list[Outcome],
) -> list[tuple[str, str, str, bool]]:
    """(figure, measured, target, met) for the summary; viewers' p95 of page-ready."""
    p95 = pct(ready, 0.95) if ready else float("inf")
    late = [o for o in outcomes if not o.within_budget]
    return [
        ("viewers' page-ready p95", f"{p95:.2f} s", f"≤ {TARGETS['ready p95 s']:g} s",
         p95 <= TARGETS["ready p95 s"]),
        ("viewers' errors", str(viewer_errors), "0", viewer_errors <= TARGETS["viewer errors"]),
        ("server RSS peak during the run", f"{rss_peak:.0f} MB", "≤ 2048 MB",
         rss_peak <= TARGETS["RSS peak MB"]),
        ("server RSS after the run", f"{rss_after:.0f} MB", "< 1024 MB",
         rss_after < TARGETS["RSS after MB"]),
        ("abusive requests over budget or unanswered", f"{len(late)} of {len(outcomes)}", "0",
         not late),
    ]  # fmt: skip
