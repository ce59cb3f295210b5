"""What a brief says, once, for every format that prints it (the deck and the PDF).

:func:`build_brief` turns the incidents of a view (the same records the CSV, GeoJSON and
brief pack take, :func:`geo.table.records_of`) into a :class:`Brief`: a title, the
filters as a caption, the time it was made, the permalink, the incidents in date order
(the selected one first) with their excerpts per source, and a colour per actor. The
renderers (:mod:`render.deck`, :mod:`render.pdfbrief`) only lay it out.

Text from articles is untrusted: :func:`plain` removes what no XML document (a PPTX is
one) may hold; the renderers never turn it into markup.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from geo.filters import date_label
from geo.table import records_of
from geo.urlstate import UNKNOWN, ViewState

DETAIL_LIMIT = 20
"""Incidents that get a slide (or page) of their own, by default."""
TABLE_ROWS = 12
"""Incidents per table slide (and table page)."""
TABLE_LIMIT = 240
"""Incidents listed in the table at most (20 slides); the CSV export has them all."""
MAX_SOURCES = 5
"""Sources quoted on an incident's slide; the others are counted."""
MAX_EXCERPT = 600
"""Characters of one excerpt on an incident's slide."""
TITLE = "Incident Atlas brief"

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
)
"""Unicode fonts looked for (Debian's ``fonts-dejavu-core`` first)."""

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def plain(value: Any) -> str:
    """Text safe in any XML document: control characters and lone surrogates removed.

    Parameters
    ----------
    value : Any
        Text from an article or the data (``None`` becomes ``""``).

    Returns
    -------
    str
        The text with the characters XML 1.0 forbids removed; tabs and newlines kept.
    """
    return _NOT_XML.sub("", "" if value is None else str(value))


def clip(text: str, limit: int) -> str:
    """``text`` cut at a word to at most ``limit`` characters, with ``…`` when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def font_path() -> Path | None:
    """The first Unicode TrueType font of :data:`FONT_CANDIDATES` on this machine, or None."""
    for candidate in FONT_CANDIDATES:
        path = Path(candidate)
        if path.is_file():
            return path
    return None


@dataclass(frozen=True)
class Excerpt:
    """One source's words about an incident."""

    article: str
    text: str
    url: str | None
    figures: str

    @property
    def heading(self) -> str:
        """``"Reuters (3 killed)"``: the source, with its own figures."""
        return self.article + (f" ({self.figures})" if self.figures else "")


@dataclass(frozen=True)
class BriefIncident:
    """One incident as a brief prints it (all text :func:`plain`)."""

    id: str
    place: str
    when: str
    actor: str
    attribution: str
    event_type: str
    killed: int | None
    injured: int | None
    lat: float | None
    lon: float | None
    layer: str | None
    excerpts: tuple[Excerpt, ...]
    n_sources: int

    @property
    def located(self) -> bool:
        """Whether the incident has a point on the map."""
        return self.lat is not None and self.lon is not None

    @property
    def heading(self) -> str:
        """``"Kyiv · 2024-01-02"``."""
        return f"{self.place} · {self.when}"

    @property
    def claim(self) -> str:
        """``"Russia (stated)"``; ``"Ukraine (alleged by Russia)"``."""
        return f"{self.actor} ({self.attribution})"

    @property
    def facts(self) -> str:
        """The line under an incident's heading on its slide or page."""
        line = f"{self.event_type} · {self.claim} · {self.figures()} · {self.n_sources} source(s)"
        return line + (f" · layer {self.layer}" if self.layer else "")

    @property
    def shown_excerpts(self) -> tuple[Excerpt, ...]:
        """The excerpts a slide or page has room for (:data:`MAX_SOURCES`)."""
        return self.excerpts[:MAX_SOURCES]

    @property
    def excerpts_note(self) -> str | None:
        """What a slide or page says of the excerpts it leaves out, or of none at all."""
        if not self.excerpts:
            return "No excerpt (a dataset row)."
        more = len(self.excerpts) - MAX_SOURCES
        return f"… and {more} more excerpt(s): see the app or the brief pack." if more > 0 else None

    def figures(self) -> str:
        """``"7 killed, 20 injured"``; ``"no figures"``."""
        parts = []
        if self.killed is not None:
            parts.append(f"{self.killed} killed")
        if self.injured is not None:
            parts.append(f"{self.injured} injured")
        return ", ".join(parts) or "no figures"


@dataclass(frozen=True)
class Brief:
    """The content of one brief, format-free."""

    title: str
    caption: str
    generated_at: datetime
    link: str
    incidents: tuple[BriefIncident, ...]
    detailed: tuple[BriefIncident, ...]
    colors: dict[str, str]

    @property
    def generated_label(self) -> str:
        """``"Generated 2024-03-01 12:00 UTC"``."""
        return "Generated " + self.generated_at.strftime("%Y-%m-%d %H:%M UTC")

    def legend(self) -> list[tuple[str, str, int]]:
        """``(actor, colour, incidents on the map)`` per actor, most incidents first."""
        counts = Counter(i.actor for i in self.incidents if i.located)
        return [(a, self.colors[a], counts[a]) for a in self.colors if counts[a]]

    @property
    def unlocated(self) -> int:
        """How many incidents have no point on the map."""
        return sum(not i.located for i in self.incidents)

    @property
    def untabled(self) -> int:
        """How many incidents the table leaves out (beyond :data:`TABLE_LIMIT`)."""
        return max(0, len(self.incidents) - TABLE_LIMIT)

    def table_pages(self, rows: int = TABLE_ROWS) -> list[tuple[BriefIncident, ...]]:
        """The first :data:`TABLE_LIMIT` incidents in pages of at most ``rows`` each."""
        listed = self.incidents[:TABLE_LIMIT]
        return [listed[i : i + rows] for i in range(0, len(listed), rows)]


def _day(value: Any) -> str | None:
    try:
        return date.fromisoformat(str(value)[:10]).isoformat() if value else None
    except ValueError:
        return None


def filters_caption(view: ViewState) -> str:
    """The view's filters in words, e.g. ``"2024-01-01 to 2024-01-31 · actors: Russia"``.

    Parameters
    ----------
    view : ViewState
        The filters of the exported view.

    Returns
    -------
    str
        Dates, actors, event types and hidden layers; ``"all"`` where a filter is empty.
    """
    if view.date_from or view.date_to:
        dates = f"{view.date_from or 'the first day'} to {view.date_to or 'the last day'}"
        dates += " (undated incidents included)"
    else:
        dates = "all dates"
    parts = [
        dates,
        "actors: " + (", ".join(view.actors) or "all"),
        "types: " + (", ".join(view.types) or "all"),
    ]
    if view.hidden_layers:
        parts.append("layers hidden: " + ", ".join(view.hidden_layers))
    return plain(" · ".join(parts))


def _int(v: Any) -> int | None:
    return int(v) if isinstance(v, int | float) and not isinstance(v, bool) and v == v else None


def _coord(v: Any) -> float | None:
    if isinstance(v, int | float) and not isinstance(v, bool) and abs(v) != float("inf"):
        return float(v) if v == v else None
    return None


def _excerpt(s: Mapping[str, Any]) -> Excerpt:
    figures = []
    for key, word in (("killed", "killed"), ("injured", "injured")):
        n = _int(s.get(key))
        if n is not None:
            figures.append(f"{n} {word}")
    url = str(s.get("url") or "").strip()
    return Excerpt(
        article=plain(s.get("article") or "unknown article"),
        text=clip(plain(s.get("excerpt")), MAX_EXCERPT),
        url=plain(url) if url.lower().startswith(("http://", "https://")) else None,
        figures=", ".join(figures),
    )


def brief_incident(r: Mapping[str, Any]) -> BriefIncident:
    """One incident record (:data:`geo.table.COLUMNS`) as a :class:`BriefIncident`."""
    attribution = str(r.get("attribution") or "stated")
    if attribution == "alleged" and r.get("alleged_by"):
        attribution = f"alleged by {r.get('alleged_by')}"
    sources = [s for s in (r.get("sources") or []) if isinstance(s, Mapping)]
    lat, lon = _coord(r.get("lat")), _coord(r.get("lon"))
    if lat is None or lon is None:
        lat = lon = None
    return BriefIncident(
        id=plain(r.get("id")),
        place=plain(r.get("place") or "unknown place"),
        when=date_label(r.get("date_start"), r.get("date_end"), r.get("date_precision")),
        actor=plain(r.get("actor") or UNKNOWN),
        attribution=plain(attribution),
        event_type=plain(r.get("event_type") or "event"),
        killed=_int(r.get("killed")),
        injured=_int(r.get("injured")),
        lat=lat,
        lon=lon,
        layer=plain(r["layer"]) if r.get("layer") else None,
        excerpts=tuple(_excerpt(s) for s in sources),
        n_sources=len({str(s.get("article")) for s in sources}),
    )


def _order(r: Mapping[str, Any]) -> tuple[int, str, str, str]:
    start = _day(r.get("date_start")) or _day(r.get("date_end"))
    return (start is None, start or "", str(r.get("place") or ""), str(r.get("id") or ""))


def actor_colors(actors: Sequence[str]) -> dict[str, str]:
    """A colour per actor, as the map and the timeline draw them."""
    from render.timeline import actor_colors as timeline_colors

    return timeline_colors(list(actors))


def build_brief(
    data: Any,
    view: ViewState,
    link: str,
    *,
    title: str = TITLE,
    detail_limit: int = DETAIL_LIMIT,
    now: datetime | None = None,
) -> Brief:
    """The brief of the incidents shown in ``view``.

    Parameters
    ----------
    data : DataFrame or iterable of dict
        The incidents shown (already filtered), as for :func:`render.exporters.export`.
    view : ViewState
        The filters; its selected incident, when shown, comes first.
    link : str
        The permalink (:func:`render.exporters.permalink`).
    title : str, optional
        The brief's title.
    detail_limit : int, optional
        How many incidents get a slide or page of their own (0 for none).
    now : datetime, optional
        The generation time (default: now, UTC).

    Returns
    -------
    Brief
        Incidents by date (undated last), then place; the selected incident first.
    """
    recs = sorted(records_of(data), key=_order)
    if view.incident:
        recs.sort(key=lambda r: str(r.get("id")) != view.incident)  # stable: the rest stay
    incidents = tuple(brief_incident(r) for r in recs)
    by_count = Counter(i.actor for i in incidents)
    actors = sorted(by_count, key=lambda a: (-by_count[a], a == UNKNOWN, a))
    return Brief(
        title=plain(title),
        caption=filters_caption(view),
        generated_at=(now or datetime.now(UTC)).astimezone(UTC),
        link=plain(link),
        incidents=incidents,
        detailed=incidents[: max(0, detail_limit)],
        colors=actor_colors(actors),
    )
