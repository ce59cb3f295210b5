"""Articles → incidents, end to end, and the exports ``build`` writes to ``data/``.

Bad articles never stop a build: each is reported with a message and the
others go on.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.articles import STAMP_LINES, make_article, read_article, read_metadata
from geo.atomicfile import write_atomic
from geo.datepatterns import MONTHS
from geo.dates import find_dates
from geo.extract import PlaceResolver, extract_mentions
from geo.incidentbuild import to_incident, unique_ids
from geo.mention import Mention
from geo.merge import anchor_undated, group_mentions, merge_groups
from geo.model import Article, Incident
from geo.table import from_geojson, incident_record, to_csv, to_geojson

if TYPE_CHECKING:  # store/ imports geo/: only the type, never the module, at import time
    from store.base import AtlasStore

TWIN_THRESHOLD = 0.4
EXTRACTOR_KEY = "extractor"
"""The incidents document's member naming the code that built it (:func:`extractor_fingerprint`)."""

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArticleError:
    """An article that could not be read, and why."""

    file: str
    message: str


def load_articles(
    paths: list[Path], meta: dict[str, dict[str, str]] | None = None
) -> tuple[list[Article], list[ArticleError]]:
    """Read article files; unreadable ones become :class:`ArticleError` entries."""
    articles, errors = [], []
    for path in paths:
        try:
            articles.append(read_article(path, (meta or {}).get(Path(path).name)))
        except ValueError as exc:
            errors.append(ArticleError(Path(path).name, str(exc)))
    return articles, errors


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1))}


def twin_of(article: Article, others: list[Article]) -> Article | None:
    """The dated article that shares most of this one's text, if any does.

    Wire copy is republished with cuts and additions; a shared share of word
    5-grams above :data:`TWIN_THRESHOLD` of the shorter text marks a twin.
    """
    return Twins(others).of(article)


class Twins:
    """Dated articles indexed by their word 5-grams, so finding the twin of an undated
    article costs its own shingles, not a pass over every article (linear builds)."""

    def __init__(self, articles: list[Article]) -> None:
        self.dated = [a for a in articles if a.published is not None]
        shingles = [_shingles(a.text) for a in self.dated]  # (each article's, once)
        self.sizes = [len(s) for s in shingles]
        self.postings: dict[tuple[str, ...], list[int]] = {}
        for i, mine in enumerate(shingles):
            for sh in mine:
                self.postings.setdefault(sh, []).append(i)

    def of(self, article: Article) -> Article | None:
        mine = _shingles(article.text)
        shared: Counter[int] = Counter()
        for sh in mine:
            shared.update(self.postings.get(sh, ()))
        best, best_score = None, TWIN_THRESHOLD
        for i in sorted(shared):  # the first of equals, as a scan in order would find
            other = self.dated[i]
            if other.file == article.file:
                continue
            score = shared[i] / max(1, min(len(mine), self.sizes[i]))
            if score > best_score:
                best, best_score = other, score
        return best


_CLOCK_AFTER = re.compile(r",?\s+(?:at\s+)?[0-2]?\d:[0-5]\d\b")


# "[translated …; written 17.10.2022]", "compiled on 3 May 2023", "as of 12.07.2024": the day
# the text says it was written (its plans for "01.04.2023" come after, its events before)
_WRITTEN_ON = re.compile(
    r"\b(?i:written|compiled|drafted|prepared|as\s+of|state\s+as\s+of)\s*(?:on\s+)?:?\s*(?=\d)"
)


def _written_on(text: str) -> date | None:
    """The day-with-year a text says it was written on, if it says so once."""
    days = {
        d.window.end for m in _WRITTEN_ON.finditer(text)
        for d in find_dates(text[m.end() : m.end() + 20], None)[:1]
        if d.start == 0 and d.window.precision == "day" and d.window.basis == "explicit"
    }  # fmt: skip
    return days.pop() if len(days) == 1 else None


def _latest_full_date(text: str) -> date | None:
    """The latest day-with-year the text names: a floor for an undated article (or a later
    day of that year it writes without one: a feed's "Updated 01.09.2022" over its posts of
    "08.09" and "09.09")."""
    days = [d.window.end for d in find_dates(text, None) if d.window.precision in ("day", "days")]
    latest = max((d for d in days if d), default=None)
    if latest is None:
        return None
    year_end = date(latest.year, 12, 31)
    # (a post's own stamp, a day and its clock: not "the festival on 1 September", to come)
    later = [
        d.window.end for line in text.splitlines() for d in find_dates(line, year_end)
        if _CLOCK_AFTER.match(line, d.end) and d.window.precision == "day"
        and d.window.basis == "year inferred"
        and d.window.end is not None and latest < d.window.end <= latest + timedelta(days=60)
    ]  # fmt: skip
    return max(later, default=latest)


_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
YEARS_BACK = 10  # how far back a page that prints no year may be dated by its weekdays


# "On Sunday, 19 February", "Sunday, February 19": a weekday beside its own day, no year
_WEEKDAYS_DAY = re.compile(
    r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    r"(?:(?P<d>\d{1,2})\s+(?P<m>[A-Z][a-z]+)|(?P<m2>[A-Z][a-z]+)\s+(?P<d2>\d{1,2}))\b(?!,?\s+\d{4})"
)


# a log's "Wed 17.04 —", "Mon 18.03": a short weekday beside its day and month, no year
_SHORT_WEEKDAYS_DAY = re.compile(
    r"\b(?P<w>Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\b(?!\.\d)"
)


def _year_of_a_logs_days(text: str, today: date) -> int | None:
    """The latest year up to ``today`` in which every day a log writes beside its short
    weekday ("Wed 17.04", "Sat 23.03") fell on that weekday."""
    days = [(int(m["d"]), int(m["m"]), m["w"]) for m in _SHORT_WEEKDAYS_DAY.finditer(text)]
    for year in range(today.year, today.year - YEARS_BACK - 1, -1) if days else ():
        try:
            fits = all(date(year, mo, d).strftime("%a") == w for d, mo, w in days)
        except ValueError:
            return None  # (not a day and a month: "Sat 31.02")
        latest = max(date(year, mo, d) for d, mo, _ in days)
        if fits and latest <= today:
            return year
    return None


def _year_of_a_weekdays_day(text: str, today: date) -> int | None:
    """The latest year up to ``today`` in which a day the text writes beside its weekday
    fell on that weekday."""
    if (year := _year_of_a_logs_days(text, today)) is not None:
        return year
    for m in _WEEKDAYS_DAY.finditer(text):
        month = MONTHS.get((m["m"] or m["m2"]).lower())
        if month is None:
            continue
        day, weekday = int(m["d"] or m["d2"]), m["w"]
        for year in range(today.year, today.year - YEARS_BACK - 1, -1):
            try:
                when = date(year, month, day)
            except ValueError:
                break
            if when <= today and when.strftime("%A") == weekday:
                return year
    return None


def year_by_weekday(text: str, today: date) -> date | None:
    """'MOSCOW, July 2. … the ministry reported on Tuesday', with no year anywhere: the day
    the top of the page names, in the latest year up to ``today`` in which it fell on a
    weekday the text names. A weekday written beside its own day ("On Sunday, 19 February")
    says the year first: the text's latest day in that year."""
    if (year := _year_of_a_weekdays_day(text, today)) is not None:
        ref = min(date(year, 12, 31), today)
        days = [
            d.window.end for d in find_dates(text, ref)
            if d.window.precision == "day" and d.window.start == d.window.end
            and d.window.basis != "relative"
        ]  # fmt: skip
        latest = max((d for d in days if d is not None and d.year == year), default=None)
        if latest is not None:
            return latest
    named = {m.group(1) for m in _WEEKDAY.finditer(text)}
    if not named:
        return None
    head = "\n".join(text.splitlines()[:STAMP_LINES])
    for year in range(today.year, today.year - YEARS_BACK - 1, -1):
        ref = min(date(year, 12, 31), today)
        days = [d.window.start for d in find_dates(head, ref) if d.window.precision == "day"]
        if not days or days[0] is None or days[0].year != year:
            continue
        if days[0].strftime("%A") in named:
            return days[0]
    return None


_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|\bCopyright)\s*(?:©\s*)?((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)"
)


def day_in_printed_year(text: str, today: date) -> date | None:
    """ "DONETSK, Sept 18 (DAN). … © 2022 Donetsk News Agency": a page that prints no full
    date but its copyright's year is of that year; its first day written is its day."""
    years = {int(y) for y in _COPYRIGHT_YEAR.findall(text)}
    if len(years) != 1 or (year := years.pop()) > today.year:
        return None
    ref = min(date(year, 12, 31), today)
    days = [
        d.window.start for d in find_dates(text, ref)
        if d.window.precision == "day" and d.window.basis != "relative"
    ]  # fmt: skip
    return next((d for d in days if d is not None and d.year == year), None)


def with_reference_dates(articles: list[Article], today: date | None = None) -> list[Article]:
    """Fill in missing publication dates from a twin article or the text itself (its
    latest full date, else its day and weekdays; ``today`` bounds the year)."""
    out = []
    twins = Twins(articles) if any(a.published is None for a in articles) else None
    for a in articles:
        if a.published is None and twins is not None:
            twin = twins.of(a)
            if twin is not None:
                a = replace(a, published=twin.published, published_basis=f"twin:{twin.file}")
            elif (written := _written_on(a.text)) is not None:
                a = replace(a, published=written, published_basis="the day it says it was written")
            elif (latest := _latest_full_date(a.text)) is not None:
                a = replace(a, published=latest, published_basis="latest date in text")
            elif (day := day_in_printed_year(a.text, today or date.today())) is not None:
                a = replace(a, published=day, published_basis="year of the page's copyright")
            elif (day := year_by_weekday(a.text, today or date.today())) is not None:
                a = replace(a, published=day, published_basis="year from weekday")
        out.append(a)
    return out


def extract_incidents(
    articles: list[Article],
    resolver: PlaceResolver,
    progress: Callable[[int, int], None] | None = None,
    failed: list[ArticleError] | None = None,
) -> list[Incident]:
    """Every incident the articles report, merged across articles.

    Parameters
    ----------
    articles
        Articles read by :func:`load_articles`; their order does not matter.
    resolver
        The place resolver (see :func:`geo.places.default_resolver`).
    progress
        ``(sentences read, sentences)`` of the article being read
        (:func:`geo.extract.extract_mentions`); a preview has one article.
    failed
        Where an article the extractor failed on is reported; the others are still read.
    """
    dated = with_reference_dates(sorted(articles, key=lambda a: a.file))
    groups = []
    for a in dated:
        try:
            mentions: list[Mention] = extract_mentions(a, a.published, resolver, progress)
        except Exception as exc:  # a flaw met in one article must not sink every other
            _log.exception("extraction failed on %s", a.file)
            if failed is None:
                raise
            failed.append(ArticleError(a.file, f"{a.file}: the extractor failed ({exc!r})"))
            continue
        groups += group_mentions(mentions, resolver.within, same_article=True)
    merged = anchor_undated(merge_groups(groups, resolver.within), resolver.within)
    incidents = [to_incident(g) for g in merged]
    incidents.sort(key=lambda i: (i.date.start or date.max, i.place_text, i.id))
    return unique_ids(incidents)


def article_paths(articles_dir: Path) -> list[Path]:
    return sorted(p for p in Path(articles_dir).glob("*.txt") if p.is_file())


def build_incidents(
    articles_dir: Path, resolver: PlaceResolver | None = None
) -> tuple[list[dict[str, Any]], list[ArticleError]]:
    """Records of every incident in a folder of articles, and the articles refused."""
    if resolver is None:
        from geo.places import default_resolver

        return build_incidents(articles_dir, default_resolver())
    articles, errors = load_articles(article_paths(articles_dir), read_metadata(articles_dir))
    found = extract_incidents(articles, resolver, failed=errors)
    return [incident_record(i) for i in found], errors


@functools.lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A digest of the code that turns articles into incidents (every module of ``geo/``).

    Saved in the incidents document, so incidents built by older code are built again
    after an upgrade, as the articles' file times used to make them.
    """
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def stored_articles(store: AtlasStore) -> tuple[list[Article], list[ArticleError]]:
    """Every article in ``store``, as :func:`load_articles` reads them from files."""
    articles, errors = [], []
    for row in store.articles().to_dict("records"):
        file = str(row["file"])
        meta = {k: str(v) for k, v in row.items() if isinstance(v, str)}
        try:
            articles.append(make_article(file, store.article_text(file), meta))
        except ValueError as exc:
            errors.append(ArticleError(file, str(exc)))
    return articles, errors


def build_from_store(
    store: AtlasStore, resolver: PlaceResolver | None = None
) -> tuple[dict[str, Any], list[ArticleError]]:
    """The incidents document (GeoJSON) of every article in ``store``, and the articles
    refused. The document names the code that built it (:data:`EXTRACTOR_KEY`)."""
    if resolver is None:
        from geo.places import default_resolver

        resolver = default_resolver()
    articles, errors = stored_articles(store)
    found = extract_incidents(articles, resolver, failed=errors)
    records = [incident_record(i) for i in found]
    return {**to_geojson(records), EXTRACTOR_KEY: extractor_fingerprint()}, errors


EXPORT_FILES = ("incidents.geojson", "incidents.csv")


def write_exports(data_dir: Path, doc: dict[str, Any]) -> list[Path]:
    """Write the incidents document as ``incidents.geojson`` and ``incidents.csv`` in
    ``data_dir`` and return their paths.

    Exports, not the truth (the store is): deterministic (sorted keys), without the name
    of the code that built them, so the committed ``data/incidents.geojson`` changes only
    when the incidents do.
    """
    exported = {k: v for k, v in doc.items() if k != EXTRACTOR_KEY}
    text = json.dumps(exported, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    paths = [Path(data_dir) / name for name in EXPORT_FILES]
    write_atomic(paths[0], text)
    write_atomic(paths[1], to_csv(from_geojson(exported)))
    return paths


def build(data_dir: Path, resolver: PlaceResolver | None = None) -> tuple[int, list[ArticleError]]:
    """Write ``incidents.geojson`` and ``incidents.csv`` for the files in
    ``data_dir/articles`` (no store: ``python -m geo build`` builds the store's articles)."""
    records, errors = build_incidents(Path(data_dir) / "articles", resolver)
    write_exports(Path(data_dir), to_geojson(records))
    return len(records), errors
