"""What the app browses: the incidents table, the articles' metadata and text.

:func:`load_catalog` prefers ``data/incidents.geojson`` (written by
``python -m geo build``); when it is missing or older than the articles it
builds the incidents from ``data/articles`` with ``geo.pipeline`` (imported
lazily — the app still starts if the pipeline is absent or fails, and
:attr:`Catalog.messages` says what to do).

Also here: the pure helpers the Sources page and the incident card need —
:func:`highlight_html` (escaped article text with ``<mark>`` excerpts) and
:func:`figure_summary` (each source's own casualty figures).
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pandas as pd

from geo.table import gc_paused, incidents_frame, load_incidents

ARTICLE_COLUMNS = ["file", "title", "outlet", "url", "published", "language"]
GEOJSON = "incidents.geojson"
ARTICLES = "articles"
INDEX = "index.csv"
BUILD_HINT = "run `python -m geo build`"
CORRECTIONS = "corrections.csv"


@dataclass
class Catalog:
    """The incidents table (:data:`geo.table.COLUMNS`) and the articles' metadata.

    ``articles`` has :data:`ARTICLE_COLUMNS` (string dtype; null = unknown),
    one row per article file or index row. ``origin`` is ``"geojson"``,
    ``"built"`` (by the pipeline, just now), ``"stale"`` (an old geojson) or
    ``"none"``; ``messages`` are plain-text notes for the user.
    """

    incidents: pd.DataFrame
    articles: pd.DataFrame
    origin: str = "none"
    messages: list[str] = field(default_factory=list)
    corrections: Any = None
    """The :class:`geo.corrections.CorrectionReport` of the analysts' corrections applied."""


def _article_files(articles_dir: Path) -> list[Path]:
    if not articles_dir.is_dir():
        return []
    return sorted(p for p in articles_dir.glob("*.txt") if p.is_file())


def catalog_stamp(data_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """(name, mtime_ns, size) of every input :func:`load_catalog` reads — a cache key."""
    data_dir = Path(data_dir)
    articles_dir = data_dir / ARTICLES
    paths = [data_dir / GEOJSON, articles_dir / INDEX, *_article_files(articles_dir)]
    paths.append(data_dir / CORRECTIONS)
    paths.append(Path(__file__).with_name("pipeline.py"))
    out = []
    for p in paths:
        try:
            st = p.stat()
        except OSError:
            out.append((str(p), -1, -1))
        else:
            out.append((str(p), st.st_mtime_ns, st.st_size))
    return tuple(out)


def load_articles(articles_dir: Path) -> pd.DataFrame:
    """Metadata for every article: ``index.csv`` rows plus any unlisted ``*.txt`` file."""
    rows: list[dict[str, Any]] = []
    index = Path(articles_dir) / INDEX
    if index.is_file():
        text = index.read_bytes().decode("utf-8", errors="replace")
        try:  # newline="": a stray CR ends a record (as csv wants), it does not crash
            for r in csv.DictReader(io.StringIO(text, newline="")):
                rows.append({c: (r.get(c) or "").strip() or None for c in ARTICLE_COLUMNS})
        except csv.Error:  # e.g. a field over csv's size limit: keep the rows read so far
            pass
    listed = {r["file"] for r in rows if r["file"]}
    for p in _article_files(Path(articles_dir)):
        if p.name not in listed:
            rows.append({"file": p.name})
    df = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    df = df[df["file"].notna()].drop_duplicates("file")
    return df.astype("string").sort_values("file").reset_index(drop=True)


def _newest_mtime(articles_dir: Path) -> float:
    paths = [*_article_files(articles_dir), articles_dir / INDEX]
    return max((p.stat().st_mtime for p in paths if p.exists()), default=0.0)


def _build(articles_dir: Path) -> tuple[pd.DataFrame, list[str]]:
    """Incidents built by the pipeline, and plain-text notes about refused articles.

    Accepts ``build_incidents`` returning records, or ``(records, errors)``."""
    from geo.pipeline import build_incidents  # lazy: the pipeline may not exist yet

    result: Any = build_incidents(articles_dir)
    errors: list[Any] = []
    if isinstance(result, tuple) and len(result) == 2:
        result, errors = result
    notes = []
    if errors:
        # File names are untrusted and the notice is shown as Markdown: escape them.
        files = sorted(str(getattr(e, "file", e)) for e in errors)[:5]
        names = ", ".join(md_escape(n) for n in files)
        notes.append(f"{len(errors)} article(s) could not be read: {names}.")
    return incidents_frame(result), notes


def load_catalog(data_dir: Path) -> Catalog:
    """:func:`_load_uncorrected`, then the analysts' corrections (``corrections.csv``)
    applied on top — on every load or rebuild, so none is ever lost."""
    with gc_paused():  # large tables: millions of small objects, none cyclic
        catalog = _load_uncorrected(Path(data_dir))
        try:
            from geo.corrections import load_and_apply

            catalog.incidents, catalog.corrections = load_and_apply(catalog.incidents, data_dir)
        except Exception as exc:  # a broken log must not take the app down
            catalog.messages.append(f"Could not apply {CORRECTIONS} ({type(exc).__name__}: {exc}).")
    return catalog


def _load_uncorrected(data_dir: Path) -> Catalog:
    """Incidents + articles from ``data_dir`` (see the module doc); never raises for
    missing or broken inputs — it returns an empty table with a message instead."""
    data_dir = Path(data_dir)
    articles_dir = data_dir / ARTICLES
    geojson = data_dir / GEOJSON
    articles = load_articles(articles_dir)
    messages: list[str] = []

    fresh = geojson.is_file() and geojson.stat().st_mtime >= _newest_mtime(articles_dir)
    if fresh:
        try:
            return Catalog(load_incidents(geojson), articles, "geojson", messages)
        except Exception as exc:  # a corrupt file must not take the app down
            messages.append(f"Could not read {GEOJSON} ({type(exc).__name__}).")

    if len(articles):
        try:
            built, notes = _build(articles_dir)
            return Catalog(built, articles, "built", messages + notes)
        except ImportError:
            messages.append(f"The pipeline (geo.pipeline) is not available; {BUILD_HINT}.")
        except Exception as exc:
            messages.append(
                f"Building incidents from the articles failed ({type(exc).__name__}); "
                f"{BUILD_HINT} to see the error."
            )

    if geojson.is_file() and not fresh:
        try:
            df = load_incidents(geojson)
            messages.append(f"{GEOJSON} is older than the articles; {BUILD_HINT} to refresh it.")
            return Catalog(df, articles, "stale", messages)
        except Exception as exc:
            messages.append(f"Could not read {GEOJSON} ({type(exc).__name__}).")

    if not geojson.is_file():
        messages.append(f"No incidents yet: {BUILD_HINT} to create data/{GEOJSON}.")
    return Catalog(incidents_frame([]), articles, "none", messages)


def read_article(data_dir: Path, file: str) -> str | None:
    """The article's text (UTF-8, offsets are ``str`` indices), or None.

    Only a plain ``*.txt`` file name inside ``data_dir/articles`` is read —
    never a path from elsewhere. Newlines are kept as stored (no translation),
    so offsets stay valid.
    """
    if not file or file != Path(file).name or not file.endswith(".txt"):
        return None
    path = Path(data_dir) / ARTICLES / file
    if not path.is_file():
        return None
    return path.read_bytes().decode("utf-8", errors="replace")


@dataclass(frozen=True)
class Mark:
    """One excerpt located in an article's text."""

    start: int
    end: int
    incident: str
    anchor: str
    exact: bool = True


def _slug(s: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", s).strip("-")[:60] or "x"


def locate_excerpt(text: str, source: Mapping[str, Any]) -> tuple[int, int, bool] | None:
    """Where ``source``'s excerpt is in ``text``: its offsets when they match the
    excerpt, else the excerpt's nearest occurrence, else the offsets if in range.
    The flag says whether the offsets were used as given."""
    excerpt = source.get("excerpt") or ""
    try:
        start, end = int(source.get("start")), int(source.get("end"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        start = end = -1
    if 0 <= start < end <= len(text) and (not excerpt or text[start:end] == excerpt):
        return start, end, True
    if excerpt:
        hits = [m.start() for m in re.finditer(re.escape(excerpt), text)]
        if hits:
            pos = min(hits, key=lambda h: abs(h - start))
            return pos, pos + len(excerpt), False
    if 0 <= start < end <= len(text):
        return start, end, False
    return None


def article_marks(text: str, incidents: pd.DataFrame, file: str) -> list[Mark]:
    """Every excerpt of ``file`` cited by an incident, located in ``text``, by position."""
    marks: list[Mark] = []
    for inc_id, sources in zip(incidents["id"], incidents["sources"], strict=True):
        for k, src in enumerate(sources if isinstance(sources, list) else []):
            if not isinstance(src, Mapping) or src.get("article") != file:
                continue
            where = locate_excerpt(text, src)
            if where is None:
                continue
            s, e, exact = where
            marks.append(Mark(s, e, str(inc_id), f"ex-{_slug(str(inc_id))}-{k}", exact))
    return sorted(marks, key=lambda m: (m.start, m.end))


def map_link(incident_id: str) -> str:
    """Relative link to the incident on the Map page."""
    return f"./map?incident={quote(str(incident_id), safe='')}"


def highlight_html(text: str, marks: Sequence[Mark], focus: str | None = None) -> str:
    """The article as safe HTML: ``text`` escaped, each mark a ``<mark id=...>``
    linking to its incident on the map. Overlapping marks are clipped to the
    previous one's end; marks of ``focus`` get the class ``focus``."""
    out: list[str] = ['<div class="ia-article">']
    pos = 0
    for m in sorted(marks, key=lambda m: (m.start, m.end)):
        start, end = max(m.start, pos, 0), min(m.end, len(text))
        if end <= start:
            continue
        out.append(html.escape(text[pos:start]))
        cls = "ia-mark focus" if focus is not None and m.incident == focus else "ia-mark"
        out.append(
            f'<a class="ia-link" href="{html.escape(map_link(m.incident), quote=True)}" '
            f'target="_top" title="{html.escape("Incident " + m.incident, quote=True)}">'
            f'<mark id="{html.escape(m.anchor, quote=True)}" class="{cls}">'
            f"{html.escape(text[start:end])}</mark></a>"
        )
        pos = end
    out.append(html.escape(text[pos:]))
    out.append("</div>")
    return "".join(out)


ARTICLE_CSS = """<style>
.ia-article { white-space: pre-wrap; line-height: 1.6; font-family: Georgia, serif; }
.ia-article mark.ia-mark { background: #fde68a; padding: 0 .1em; border-radius: 2px; }
.ia-article mark.ia-mark.focus { background: #f59e0b; outline: 2px solid #b45309; }
.ia-article a.ia-link { color: inherit; text-decoration: none; }
</style>"""


def _fmt(v: Any) -> int | None:
    if v is None or v is pd.NA:
        return None
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def sources_heading(sources: Iterable[Mapping[str, Any]]) -> str:
    """ "Sources (2)", or "Sources: 2 articles, 3 excerpts" when one article is quoted twice:
    corroboration is counted in articles, not in excerpts."""
    items = list(sources)
    articles = len({str(s.get("article") or "") for s in items})
    if articles == len(items):
        return f"Sources ({articles})"
    return (
        f"Sources: {articles} article{'s' if articles != 1 else ''}, "
        f"{len(items)} excerpt{'s' if len(items) != 1 else ''}"
    )


def figure_summary(sources: Iterable[Mapping[str, Any]], key: str) -> str:
    """Plain-text summary of one figure (``killed``/``injured``) across sources.

    Agreeing sources give one number; disagreeing ones list each source's own
    figure and name the highest."""
    per: list[tuple[int, str]] = []
    for s in sources:
        v = _fmt(s.get(key))
        if v is not None:
            per.append((v, str(s.get("article") or "unknown article")))
    if not per:
        return "not reported"
    values = {v for v, _ in per}
    if len(values) == 1:
        n = len({a for _, a in per})
        return f"{per[0][0]}" + (f" (all {n} sources agree)" if n > 1 else f" ({per[0][1]})")
    listed = ", ".join(f"{v} ({a})" for v, a in per)
    top = max(values)
    top_src = ", ".join(sorted({a for v, a in per if v == top}))
    return f"sources disagree: {listed}; highest is {top} ({top_src})"


def metadata_value(v: Any) -> str:
    """Article metadata for display: missing → ``"unknown"``."""
    if v is None or v is pd.NA or (isinstance(v, float) and v != v) or str(v).strip() == "":
        return "unknown"
    return str(v)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_escape(text: str) -> str:
    """``text`` with Markdown (and HTML-ish) syntax escaped, for ``st.markdown``."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))
