"""What the atlas keeps, behind one interface: :class:`AtlasStore`.

Four kinds of state, each with its own rules:

- **articles** — the text and its ``index.csv`` metadata (:data:`ARTICLE_COLUMNS`). An
  article is added once and never edited; the same words twice are refused unless the
  caller confirms (:class:`DuplicateArticle`).
- **corrections** — the analysts' log (:class:`geo.corrections.Correction`): appended to,
  never updated or deleted; every entry says who, when and why.
- **incidents** — the extracted incidents as one GeoJSON document, with the data version
  of the articles it was built from (:class:`StoredIncidents`).
- **layers** — imported datasets, one GeoJSON document per layer name.
- **incident rows** — one per saved incident (and layer row), written with the document,
  indexed by place, date and actor: :meth:`AtlasStore.incident_ids` answers an
  :class:`~store.query.IncidentQuery` in the database instead of in pandas.
- **briefs** — a named view, the data version it was saved at and a snapshot of what it
  showed (:class:`StoredBrief`); append-only by name (saving a name again adds its next
  revision, the latest is the brief).

Every write raises :meth:`AtlasStore.data_version`, so a cache keyed by it is never stale
and never depends on a machine's file times (except saving a brief or taking a lease:
nothing the app shows from the data changes). Validation lives here too (the edge of the
store): ``validate_*`` raise ``ValueError`` with a message an analyst understands.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import pandas as pd

from geo.articles import METADATA_FIELDS
from geo.corrections import ACTIONS, FIELDS, Correction
from store.query import IncidentQuery

ARTICLE_COLUMNS = tuple(METADATA_FIELDS)
"""The columns :meth:`AtlasStore.articles` returns, as ``index.csv`` has them."""
MAX_FILE_NAME = 200
MAX_BRIEF_NAME = 120
MAX_BRIEF_AUTHOR = 100
_NOT_IN_A_NAME = re.compile(r"[/\x00-\x1f\x7f]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class DuplicateArticle(ValueError):
    """The text repeats a stored article (the same words), and saving was not confirmed."""

    def __init__(self, file: str) -> None:
        self.file = file
        super().__init__(f"This text repeats the stored article {file}; confirm to save it anyway.")


@dataclass(frozen=True)
class StoredIncidents:
    """The saved incidents document.

    ``built_from`` is the data version the incidents were extracted at; ``stale`` is true
    when an article was added since (corrections do not make it stale: they are applied
    on every load).
    """

    doc: dict[str, Any]
    built_from: int
    stale: bool


@dataclass(frozen=True)
class BriefInfo:
    """One saved brief as listed: its name, which revision of the name, who saved it and
    when (ISO 8601, UTC), and the data version its view was computed at."""

    name: str
    revision: int
    created_at: str
    created_by: str
    data_version: int


@dataclass(frozen=True)
class StoredBrief(BriefInfo):
    """A saved brief in full: :class:`BriefInfo` plus the view (the URL's parameters,
    :func:`geo.urlstate.view_to_params`) and the snapshot of what it showed
    (:meth:`geo.briefs.BriefSnapshot.to_json`); both JSON objects."""

    view: dict[str, Any] = field(default_factory=dict)
    snapshot: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class AtlasStore(Protocol):
    """Everything the atlas persists. Implementations: :class:`store.sql.SqlStore`."""

    def data_version(self) -> int:
        """A number that increases on every write (the key for every cache)."""
        ...

    def add_article(
        self,
        text: str,
        metadata: Mapping[str, str | None] | None = None,
        *,
        slug: str = "article",
        file: str | None = None,
        allow_duplicate: bool = False,
    ) -> str:
        """Store an article; return its file name (``NNN_<slug>.txt`` unless ``file``)."""
        ...

    def articles(self) -> pd.DataFrame:
        """One row per article, :data:`ARTICLE_COLUMNS` (string dtype; NA = unknown)."""
        ...

    def article_text(self, file: str) -> str:
        """The stored text of ``file``; ``ValueError`` if there is no such article."""
        ...

    def find_article_by_text(self, text: str) -> str | None:
        """The file name of a stored article with the same words, if any."""
        ...

    def append_corrections(self, corrections: Sequence[Correction]) -> None:
        """Append entries to the log (all or none)."""
        ...

    def corrections(self) -> list[Correction]:
        """The whole log, oldest first."""
        ...

    def save_incidents(self, doc: Mapping[str, Any], version: int) -> None:
        """Save the incidents document extracted at data version ``version``."""
        ...

    def load_incidents(self) -> StoredIncidents | None:
        """The latest saved incidents, or None when none were saved."""
        ...

    def incident_ids(
        self, query: IncidentQuery, *, ordered: bool = True, limit: int | None = None
    ) -> list[str]:
        """The ids ``query`` selects among the saved incidents (and the layers it names),
        by the database's indexes, with :mod:`geo.filters`' rules (see
        :mod:`store.query`): article incidents in document order, then layer rows; in any
        order when not ``ordered`` (no sort: for callers that order by their own table);
        at most ``limit`` of them (a positive whole number; ``ValueError`` otherwise)."""
        ...

    def save_layer(self, name: str, doc: Mapping[str, Any]) -> None:
        """Save (or replace) the layer ``name``'s GeoJSON document."""
        ...

    def layer_names(self) -> list[str]:
        """The saved layers' names, sorted."""
        ...

    def load_layer(self, name: str) -> dict[str, Any]:
        """The layer's document; ``ValueError`` if there is no such layer."""
        ...

    def acquire_lease(self, name: str, holder: str, seconds: float) -> bool:
        """Take (or renew) the lease ``name`` for ``seconds``; False while another
        holder's lease runs. So one server builds while the others serve what is saved."""
        ...

    def release_lease(self, name: str, holder: str) -> None:
        """Give the lease up (only ``holder``'s: an expired one taken over stays taken)."""
        ...

    def save_brief(
        self,
        name: str,
        view: Mapping[str, Any],
        snapshot: Mapping[str, Any],
        data_version: int,
        created_by: str,
    ) -> BriefInfo:
        """Save the next revision of the brief ``name`` (earlier ones are kept); return it.
        ``data_version`` is the version the view was computed at (not after the current)."""
        ...

    def briefs(self) -> list[BriefInfo]:
        """The latest revision of every brief, newest first."""
        ...

    def brief(self, name: str, revision: int | None = None) -> StoredBrief:
        """The latest revision of ``name`` (or the one asked for); ``ValueError`` if none."""
        ...

    def close(self) -> None:
        """Release connections (the store must not be used afterwards)."""
        ...


# ---- validation at the edge ----------------------------------------------------------


def content_digest(text: str) -> str:
    """The fingerprint of an article's words (case, spacing and punctuation ignored):
    two texts with the same digest are the same article."""
    norm = " ".join(re.findall(r"\w+", text.lower()))
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def validate_file_name(file: str) -> str:
    """An article's name: a plain ``*.txt`` file name, never a path.

    Only what could make it a path or a hidden file is refused (``/``, control characters,
    a leading dot): the store uses names as keys, never opens them, and the app escapes
    them wherever they are shown, so names scraped in the wild stay importable.
    """
    if (
        not isinstance(file, str)
        or not file.endswith(".txt")
        or file.startswith(".")
        or _NOT_IN_A_NAME.search(file)
        or len(file) > MAX_FILE_NAME
    ):
        raise ValueError(
            f"{file!r} is not an article file name (a plain name ending in .txt, without "
            f"'/' or control characters, at most {MAX_FILE_NAME} characters)."
        )
    return file


def validate_lease(name: str, holder: str, seconds: float = 1.0) -> None:
    """A lease's name and holder are short non-empty text; its length a positive time."""
    for label, value, limit in (("name", name, 40), ("holder", holder, 200)):
        if not isinstance(value, str) or not value.strip() or len(value) > limit:
            raise ValueError(f"A lease's {label} must be text of 1 to {limit} characters.")
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not seconds > 0:
        raise ValueError(f"A lease lasts a positive number of seconds, not {seconds!r}.")


def validate_layer_name(name: str) -> str:
    """A layer name as imports make them (:func:`geo.importcore.check_layer_name`)."""
    from geo.importcore import check_layer_name

    if not isinstance(name, str):
        raise ValueError(f"A layer name must be text, not {type(name).__name__}.")
    return check_layer_name(name)


def validate_metadata(metadata: Mapping[str, str | None] | None) -> dict[str, str | None]:
    """Article metadata as stored: known columns only, text or None (empty = unknown)."""
    out: dict[str, str | None] = {c: None for c in ARTICLE_COLUMNS if c != "file"}
    for key, value in (metadata or {}).items():
        if key == "file":
            continue  # the store names the file
        if key not in out:
            known = ", ".join(out)
            raise ValueError(f"Unknown article metadata {key!r} (known: {known}).")
        if value is not None and not isinstance(value, str):
            raise ValueError(f"The article's {key} must be text, not {type(value).__name__}.")
        out[key] = (value or "").strip() or None
    return out


def validate_text(text: str) -> str:
    """An article's text: a non-empty string."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError("An article needs its text; this one is empty.")
    return text


def validate_correction(c: Correction) -> Correction:
    """A log entry the store accepts: who, when, which incident, a known action, why."""
    if not isinstance(c, Correction):
        raise ValueError(f"Not a correction: {type(c).__name__} (use make_correction).")
    for name in FIELDS:
        if not isinstance(getattr(c, name), str):
            raise ValueError(f"The correction's {name} must be text.")
    for name, label in (("when", "when"), ("who", "who"), ("incident_id", "incident id")):
        if not getattr(c, name).strip():
            raise ValueError(f"A correction needs its {label}; this one has none.")
    if c.action not in ACTIONS:
        raise ValueError(f"Unknown correction action {c.action!r} (known: {', '.join(ACTIONS)}).")
    if not c.reason.strip():
        raise ValueError(f"The correction to {c.incident_id} needs a reason.")
    return c


def validate_brief(
    name: str, view: Any, snapshot: Any, data_version: Any, created_by: str
) -> tuple[str, str, str, int, str]:
    """A brief the store accepts: ``(name, view JSON, snapshot JSON, data version, author)``.

    The name and author are one line of text (trimmed; at most :data:`MAX_BRIEF_NAME` and
    :data:`MAX_BRIEF_AUTHOR` characters), the view and snapshot JSON objects, the data
    version a whole number ≥ 0.
    """
    import json

    texts = {}
    for label, value, limit in (
        ("name", name, MAX_BRIEF_NAME),
        ("author", created_by, MAX_BRIEF_AUTHOR),
    ):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"A brief needs its {label}; this one has none.")
        value = value.strip()
        if len(value) > limit or _CONTROL.search(value):
            raise ValueError(f"A brief's {label} is one line of at most {limit} characters.")
        texts[label] = value
    docs = {}
    for label, value in (("view", view), ("snapshot", snapshot)):
        if not isinstance(value, Mapping):
            raise ValueError(f"A brief's {label} must be a JSON object.")
        try:
            docs[label] = json.dumps(dict(value), ensure_ascii=False, sort_keys=True)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"A brief's {label} cannot be saved as JSON: {exc}") from None
    if isinstance(data_version, bool) or not isinstance(data_version, int) or data_version < 0:
        raise ValueError(f"A brief's data version must be a whole number ≥ 0: {data_version!r}")
    return texts["name"], docs["view"], docs["snapshot"], data_version, texts["author"]
