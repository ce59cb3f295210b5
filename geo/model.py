"""The domain's types: articles, places, date windows, mentions and incidents.

Everything in ``geo/`` speaks these types; the app sees incidents through the
one typed table built from them (:mod:`geo.table`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

PlacePrecision = Literal["town", "region", "country"]
DatePrecision = Literal["day", "days", "week", "month", "year", "unknown"]
Attribution = Literal["alleged", "claimed", "stated"]

PLACE_PRECISIONS: tuple[PlacePrecision, ...] = ("town", "region", "country")
ATTRIBUTIONS: tuple[Attribution, ...] = ("alleged", "claimed", "stated")


@dataclass(frozen=True)
class Place:
    """A geocoded place.

    ``key`` is stable across rebuilds (``gn:<geonameid>`` for GeoNames rows,
    ``cur:<slug>`` for the curated table, ``osm:<id>`` for online answers).
    ``radius_km`` is the uncertainty a map should draw: 0 for a town, the
    region's rough radius for an oblast.
    """

    key: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    precision: PlacePrecision
    admin1: str | None = None
    population: int = 0
    radius_km: float = 0.0
    source: str = "gazetteer"
    #: The raion (post-2020 district) code for Ukrainian places, e.g. "1412" (Bakhmut raion).
    admin2: str | None = None
    #: 3 oblast seat, 2 raion seat, 1 hromada seat, 0 other (GeoNames feature code).
    seat: int = 0

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True)
class DateWindow:
    """When something happened, as narrowly as the text allows.

    ``start``/``end`` are inclusive and equal when the day is known; both are
    None when nothing is known. ``basis`` says where the window came from
    (e.g. ``"explicit"``, ``"relative"``, ``"publication"``, ``"twin article"``).
    """

    start: date | None
    end: date | None
    precision: DatePrecision
    basis: str = "explicit"

    @property
    def known(self) -> bool:
        return self.start is not None and self.end is not None

    def overlaps(self, other: DateWindow) -> bool:
        if not (self.known and other.known):
            return False
        assert self.start and self.end and other.start and other.end
        return self.start <= other.end and other.start <= self.end

    def same_days(self, other: DateWindow | None) -> bool:
        """The same days, however they were come by (the basis aside)."""
        return other is not None and (self.start, self.end) == (other.start, other.end)

    def contains(self, other: DateWindow) -> bool:
        if not (self.known and other.known):
            return False
        assert self.start and self.end and other.start and other.end
        return self.start <= other.start and other.end <= self.end

    def days_apart(self, other: DateWindow) -> int:
        """Days between the two windows (0 or less when they touch or overlap; 0 when
        either is unknown)."""
        if not (self.known and other.known):
            return 0
        assert self.start and self.end and other.start and other.end
        return max((self.start - other.end).days, (other.start - self.end).days)

    @property
    def days(self) -> int:
        if not self.known:
            return 10**6
        assert self.start and self.end
        return (self.end - self.start).days + 1


REACH_DAYS = 7
"""Days apart within which two tellings may be one event: a strike told by the day it was
spoken of, a narrative day and the event it retells (:meth:`DateWindow.days_apart`)."""
UNKNOWN_DATE = DateWindow(None, None, "unknown", "none")


@dataclass(frozen=True)
class Article:
    """One source article: its raw text and what we know about it.

    Unknown metadata stays None; ``published_basis`` says how the date was
    learnt (``"dateline"``, ``"metadata"``, ``"twin:<file>"``) or None.
    """

    file: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    published_basis: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Span:
    """A verbatim excerpt of an article with its character offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Source:
    """One article's support for an incident: its own words and figures."""

    article: str
    excerpt: str
    start: int
    end: int
    killed: int | None = None
    injured: int | None = None
    actor: str | None = None
    attribution: Attribution = "stated"
    alleged_by: str | None = None
    date: DateWindow = UNKNOWN_DATE
    place_text: str | None = None


@dataclass(frozen=True)
class Incident:
    """One real-world event, however many sources report it."""

    id: str
    place: Place | None
    place_text: str
    date: DateWindow
    actor: str | None
    attribution: Attribution
    alleged_by: str | None
    event_type: str
    weapon: str | None
    killed: int | None
    injured: int | None
    sources: tuple[Source, ...] = field(default_factory=tuple)
    notes: tuple[str, ...] = field(default_factory=tuple)
    #: How sure the extractor is, 0–1, and the doubts that lowered it (geo.confidence).
    confidence: float = 1.0
    reasons: tuple[str, ...] = field(default_factory=tuple)

    @property
    def located(self) -> bool:
        return self.place is not None and self.place.located
