"""What the app browses: the incidents table, the articles' metadata and text, from the store.

:func:`load_catalog` reads an :class:`~store.base.AtlasStore`: the saved incidents when
they are current (no article added since, built by this code); else it builds them from
the stored articles with ``geo.pipeline`` (imported lazily — the app still starts if the
pipeline is absent or fails, and :attr:`Catalog.messages` says what to do) and saves them
with the data version read before the build, so an article added meanwhile makes them
stale again. Only one server builds at a time (the store's build lease,
:data:`BUILD_LEASE`): the others serve the saved incidents meanwhile (origin ``"waiting"``).
The analysts' corrections are applied on every load.

Also here: the pure helpers the Sources page and the incident card need —
:func:`article_marks` (where each excerpt is in its article's text; the page draws them with
:func:`render.markup.highlight_html`) and :func:`figure_summary` (each source's own casualty
figures).
"""

from __future__ import annotations

import os
import re
import socket
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from geo.table import from_geojson, gc_paused, incidents_frame

if TYPE_CHECKING:  # store/ imports geo/: the types only; the pipeline is imported lazily
    from geo.pipeline import ArticleError
    from store.base import AtlasStore, StoredIncidents
    from store.migrate import MigrationReport

BUILD_HINT = "run `python -m geo build`"
CORRECTIONS = "the corrections log"
BUILD_LEASE = "incidents"
LEASE_SECONDS = 900.0
"""How long a server may build before another takes over (it gives the lease up when done;
a server that died mid-build holds it no longer than this)."""
HOLDER = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
"""This process, as the holder of the build lease."""
WAITING = (
    "Another server is extracting the incidents of new articles; until it is done, these "
    "are the incidents saved before them."
)


@dataclass
class Catalog:
    """The incidents table (:data:`geo.table.COLUMNS`) and the articles' metadata.

    ``articles`` has :data:`store.base.ARTICLE_COLUMNS` (string dtype; null = unknown),
    one row per stored article. ``origin`` is ``"stored"`` (the saved incidents),
    ``"built"`` (by the pipeline, just now), ``"stale"`` (saved incidents older than an
    article; the build failed), ``"waiting"`` (another server is building: the saved
    incidents, if any, meanwhile) or ``"none"``; ``messages`` are notes for the user.
    """

    incidents: pd.DataFrame
    articles: pd.DataFrame
    origin: str = "none"
    messages: list[str] = field(default_factory=list)
    corrections: Any = None
    """The :class:`geo.applycorrections.CorrectionReport` of the analysts' corrections applied."""


def unreadable_note(count: int, names: Iterable[str], what: str = "could not be read") -> str:
    """ "3 article(s) could not be read: a, b, c." — names escaped (they are untrusted and
    the note is shown as Markdown), at most five."""
    listed = ", ".join(md_escape(n) for n in sorted(names)[:5])
    return f"{count} article(s) {what}: {listed}."


def import_notes(report: MigrationReport | None) -> list[str]:
    """What the first opening of a store could not import from the data directory's files
    (:func:`store.migrate.seed_from_files`), as notes for the user."""
    if report is None or not report.skipped:
        return []
    names = [entry.split(": ", 1)[0] for entry in report.skipped]
    return [unreadable_note(len(names), names, "in the data directory could not be imported")]


def _build(store: AtlasStore) -> tuple[dict[str, Any], list[ArticleError]]:
    """The incidents document built by the pipeline, and the articles it refused."""
    from geo.pipeline import build_from_store  # lazy: the pipeline may not exist yet

    return build_from_store(store)


class BuildBusy(RuntimeError):
    """Another server (or ``python -m geo build``) holds the build lease."""

    def __init__(self) -> None:
        minutes = round(LEASE_SECONDS / 60)
        super().__init__(
            "Another server or `python -m geo build` is building the incidents of this store "
            f"(it holds the build lease {BUILD_LEASE!r}, which lapses after {minutes} minutes "
            "if its holder died). Try again when it is done."
        )


@dataclass(frozen=True)
class Built:
    """What :func:`build_and_save` built: the incidents document, the articles refused,
    the data version read before the build (what the document was saved with), and the
    error of a save that failed (the document is still good to show)."""

    doc: dict[str, Any]
    refused: list[ArticleError]
    version: int
    save_error: Exception | None = None


def build_and_save(store: AtlasStore, *, holder: str = HOLDER) -> Built:
    """Build the incidents of every stored article under the build lease and save them
    with the data version read *before* the build (an article added meanwhile leaves them
    stale, so they are built again). The one build path: the catalog and
    ``python -m geo build`` both come here.

    Parameters
    ----------
    store
        The atlas's store.
    holder
        Who takes the build lease: this process (:data:`HOLDER`); tests name servers.

    Raises
    ------
    BuildBusy
        Another holder's lease runs: nothing was built.
    Exception
        Whatever the pipeline raised (the lease is released).
    """
    if not store.acquire_lease(BUILD_LEASE, holder, LEASE_SECONDS):
        raise BuildBusy()
    try:
        version = store.data_version()
        doc, refused = _build(store)
        try:
            store.save_incidents(doc, version)
        except Exception as exc:  # the caller decides: shown anyway (app), an error (CLI)
            return Built(doc, refused, version, exc)
        return Built(doc, refused, version)
    finally:
        store.release_lease(BUILD_LEASE, holder)


def _current(stored: StoredIncidents | None) -> bool:
    """The saved incidents are current: no article added since, and built by this code
    (a document without the code's name was imported from a file and is trusted)."""
    if stored is None or stored.stale:
        return False
    try:
        from geo.pipeline import EXTRACTOR_KEY, extractor_fingerprint
    except ImportError:
        return True
    built_by = stored.doc.get(EXTRACTOR_KEY)
    return built_by is None or built_by == extractor_fingerprint()


def _frame(doc: Mapping[str, Any]) -> pd.DataFrame:
    return incidents_frame(from_geojson(dict(doc)))


def load_catalog(store: AtlasStore, *, holder: str = HOLDER) -> Catalog:
    """The incidents and articles of ``store`` (see the module doc), with the analysts'
    corrections applied on top — on every load or rebuild, so none is ever lost.

    Never raises for missing or broken data: it returns what it could with a message.

    Parameters
    ----------
    store
        The atlas's store.
    holder
        Who takes the build lease: this process (:data:`HOLDER`); tests name servers.
    """
    with gc_paused():  # large tables: millions of small objects, none cyclic
        catalog = _load_uncorrected(store, holder)
        try:
            from geo.applycorrections import apply_corrections

            catalog.incidents, catalog.corrections = apply_corrections(
                catalog.incidents, store.corrections()
            )
        except Exception as exc:  # a broken log must not take the app down
            catalog.messages.append(f"Could not apply {CORRECTIONS} ({type(exc).__name__}: {exc}).")
    return catalog


def _load_uncorrected(store: AtlasStore, holder: str) -> Catalog:
    articles = store.articles()
    messages: list[str] = []
    stored = None
    try:
        stored = store.load_incidents()
    except Exception as exc:  # a corrupt document must not take the app down
        messages.append(f"Could not read the saved incidents ({type(exc).__name__}).")
    if stored is not None and (_current(stored) or not len(articles)):
        try:
            return Catalog(_frame(stored.doc), articles, "stored", messages)
        except Exception as exc:
            messages.append(f"Could not read the saved incidents ({type(exc).__name__}).")

    origin = "stale"
    if len(articles):
        try:
            built = _built_catalog(store, articles, messages, holder)
        except BuildBusy:  # extraction runs once: this server serves what is saved meanwhile
            origin = "waiting"
            messages.append(WAITING)
        else:
            if built is not None:
                return built

    if stored is not None:
        try:
            df = _frame(stored.doc)
            if origin == "stale":
                messages.append(f"The saved incidents are older than the articles; {BUILD_HINT}.")
            return Catalog(df, articles, origin, messages)
        except Exception as exc:
            messages.append(f"Could not read the saved incidents ({type(exc).__name__}).")
    elif origin != "waiting":
        messages.append(f"No incidents yet: add an article, or {BUILD_HINT}.")
    return Catalog(
        incidents_frame([]), articles, "waiting" if origin == "waiting" else "none", messages
    )


def refused_notes(built: Built) -> list[str]:
    """A note naming the articles the build refused, if it refused any."""
    if not built.refused:
        return []
    return [unreadable_note(len(built.refused), [e.file for e in built.refused])]


def _built_catalog(
    store: AtlasStore, articles: pd.DataFrame, messages: list[str], holder: str
) -> Catalog | None:
    """The catalog of :func:`build_and_save`; None, with a message, when the build fails.
    :class:`BuildBusy` passes through (the caller serves what is saved)."""
    try:
        built = build_and_save(store, holder=holder)
        catalog = Catalog(_frame(built.doc), articles, "built", messages + refused_notes(built))
    except BuildBusy:
        raise
    except ImportError:
        messages.append(f"The pipeline (geo.pipeline) is not available; {BUILD_HINT}.")
        return None
    except Exception as exc:
        messages.append(
            f"Building incidents from the articles failed ({type(exc).__name__}); "
            f"{BUILD_HINT} to see the error."
        )
        return None
    if built.save_error is not None:  # shown now; built again on the next load
        failed = type(built.save_error).__name__
        catalog.messages.append(f"Could not save the incidents ({failed}).")
    return catalog


def article_text(store: AtlasStore, file: str) -> str | None:
    """The stored text of the article ``file`` (offsets are ``str`` indices, newlines as
    stored), or None when there is no such article."""
    try:
        return store.article_text(file)
    except ValueError:
        return None


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
