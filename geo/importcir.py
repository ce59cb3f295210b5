"""Importing the CIR "Eyes on Russia" CSV (:func:`parse_cir`), one of :mod:`geo.importers`' formats.

The dataset's dates carry typos: a row's day is checked against its title's
DD/MM/YYYY (:func:`title_date`) and against the day its tweet was posted
(:func:`posted_date`), see ``_cir_date``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from geo.countries import country_code, country_from_point
from geo.importcore import (
    ImportResult,
    Progress,
    RowError,
    _Collector,
    _csv_rows,
    _dict_rows,
    _point,
    _short,
    _text,
    _window,
    check_layer_name,
    make_record,
    parse_day,
    read_text,
    safe_url,
)

CIR_COLUMNS = (
    "entry",
    "date",
    "event_group",
    "title",
    "brief description",
    "lat",
    "lon",
    "country",
    "province",
    "district",
    "town/city",
    "arms/munition",
    "violence level",
    "link",
    "geolocation",
)
CIR_REQUIRED = ("entry", "date", "title", "lat", "lon")


_TITLE_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})")


def title_date(title: str | None) -> date | None:
    """The ``DD/MM/YYYY`` date a CIR title starts with, if any (and valid)."""
    m = _TITLE_DATE.match(title or "")
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


_STATUS = re.compile(r"(?:twitter|x)\.com/[^/\s]+/status(?:es)?/(\d{15,20})", re.I)
_TWITTER_EPOCH_MS = 1288834974657


def posted_date(url: str | None) -> date | None:
    """The day a tweet was posted, read from its status id (ids since late 2010 are
    time-ordered "snowflakes"); None for other links."""
    m = _STATUS.search(url or "")
    if not m:
        return None
    ms = (int(m.group(1)) >> 22) + _TWITTER_EPOCH_MS
    if ms <= _TWITTER_EPOCH_MS:
        return None
    return datetime.fromtimestamp(ms / 1000, tz=UTC).date()


_GROUP_SUFFIX = re.compile(
    r"\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s*-\s*"
    r"(?:Now|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*))?)?\s*(?:\d{4})?\s*$"
)
_STRIKE_GROUPS = {
    "bombing or explosion",
    "civilian infrastructure damage",
    "civilian casualty",
    "military infrastructure damage",
}


def cir_event_type(group: str | None, title: str | None) -> str:
    """CIR's event group without its month ("Civilian Infrastructure Damage March 2022"
    → "civilian infrastructure damage"); for damage/explosion groups a weapon word in
    the title names the kind of strike ("missile strike", "shelling", ...)."""
    g = _GROUP_SUFFIX.sub("", (group or "").strip()).strip().casefold()
    if g in _STRIKE_GROUPS or not g:
        from geo.extract import event_type  # the extractor's own vocabulary

        kind = event_type(title or "")
        if kind != "attack" or not g:
            return kind
    return g


YEAR_TYPO_DAYS = 180
"""A date more than this many days after its source was posted has a typo in the
year (e.g. 2024-02-24 for a post of 2022-02-24); it is corrected only when the
post's year gives a day at most this long before the post."""


def _cir_date(r: Mapping[str, str], notes: list[str]) -> date | None:
    """The row's day: ``date``, else the title's DD/MM/YYYY. A day after the source
    link was posted (a year typo) is corrected from the title or to the post's year."""
    title = r.get("title")
    day = parse_day(r.get("date"))
    from_title = title_date(title)
    if day is None:
        if from_title is not None:
            notes.append("date taken from the title (the date column is empty)")
        day = from_title
    elif from_title is not None and from_title != day:
        notes.append(f"the title gives another date ({from_title.isoformat()})")
    posted = posted_date(r.get("link"))
    if day is None or posted is None or day <= posted:
        return day
    late = f"date {day.isoformat()} is after the source was posted ({posted.isoformat()})"
    if (day - posted).days <= YEAR_TYPO_DAYS:
        notes.append(late)  # a few days late: time zones or the day it was logged; kept
        return day
    if from_title is not None and from_title <= posted and from_title != day:
        notes.append(f"{late}; the title's date is used")
        return from_title
    try:
        fixed = day.replace(year=posted.year)
    except ValueError:
        fixed = None
    if fixed is not None and fixed <= posted and (posted - fixed).days <= YEAR_TYPO_DAYS:
        notes.append(f"{late}; year corrected to {posted.year}")
        return fixed
    notes.append(late)
    return day


def parse_cir(
    source: str | bytes | Path,
    layer: str = "cir",
    dataset: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Read the CIR "Eyes on Russia" CSV (see ``/work/shared/data/README.md``).

    place = ``town/city``, else ``district``, else ``province``; country from
    ``country`` (names and near-miss spellings → ISO alpha-2; blanks inferred by
    :func:`country_from_point`, else null); date per :func:`_cir_date`;
    event_type per :func:`cir_event_type`; weapon = ``arms/munition``; excerpt =
    ``brief description`` (else the title); url = ``link``. No actor (null).
    Rows with malformed or missing coordinates or dates are skipped.
    """
    text, name = read_text(source)
    dataset = dataset or name
    check_layer_name(layer)
    header, rows = _csv_rows(text, CIR_REQUIRED, "CIR")
    col = _Collector(layer, dataset, "cir")
    for k, r in _dict_rows(header, rows, col, progress):
        notes: list[str] = []
        try:
            lat, lon = _point(r.get("lat"), r.get("lon"))
            if lat is None:
                raise RowError("lat/lon are empty")
            day = _cir_date(r, notes)
        except RowError as exc:
            col.skip(k, str(exc))
            continue
        town, district, province = (_text(r.get(c)) for c in ("town/city", "district", "province"))
        place = town or district or province
        precision = "town" if (town or district) else "region"
        raw_country = _text(r.get("country"))
        country = country_code(raw_country)
        if country is None:
            country = country_from_point(lat, lon)
            if raw_country:
                notes.append(f"country {_short(raw_country)!r} not recognised")
            notes.append(
                f"country inferred from the coordinates: {country}"
                if country
                else "country unknown"
            )
        title = _text(r.get("title"))
        excerpt = _text(r.get("brief description")) or title
        url = safe_url(r.get("link"))
        when = _window(day, day, "day")
        if title:
            notes.insert(0, f"CIR: {_short(title, 200)}")
        if _text(r.get("violence level")):
            notes.append(f"CIR violence level: {_text(r.get('violence level'))}")

        def build(
            ident: str,
            *,
            lat: float | None = lat,
            lon: float | None = lon,
            place: str | None = place,
            precision: str = precision,
            country: str | None = country,
            when: dict[str, Any] = when,
            r: dict[str, str] = r,
            title: str | None = title,
            excerpt: str | None = excerpt,
            url: str | None = url,
            notes: list[str] = notes,
        ) -> dict[str, Any]:
            return make_record(
                layer,
                dataset,
                ident,
                place=place,
                country=country,
                lat=lat,
                lon=lon,
                precision=precision,
                radius_km=0.0,
                when=when,
                actor=None,
                event_type=cir_event_type(r.get("event_group"), title),
                weapon=_text(r.get("arms/munition")),
                excerpt=excerpt,
                url=url,
                notes=notes,
                extra_source={"geolocation": safe_url(r.get("geolocation"))},
            )

        col.add(k, _text(r.get("entry")), (when["date_start"], lat, lon, title), url, build)
    return col.result
