"""Adding an article: validate a submission, preview its incidents, save it safely.

Pure domain code (no Streamlit). The Add-article page calls, in order:

1. :func:`parse_submission` — validates pasted text or an uploaded ``.txt``/``.html``
   file (HTML reduced to its main text, :mod:`geo.htmltext`) and the metadata; raises
   ``ValueError`` with a message an analyst understands.
2. :func:`preview` — the incidents :func:`geo.pipeline.extract_incidents` finds in the
   candidate article alone, and any existing article it duplicates.
3. :func:`save_article` — adds it to the store (:meth:`store.base.AtlasStore.add_article`:
   text and metadata in one transaction, named ``<NNN>_<slug>.txt``, so two sessions or
   servers saving at once are both kept and the same words twice are refused unless
   confirmed).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from geo.articles import MAX_ARTICLE_BYTES, decode_article, make_article
from geo.csvfile import decode_utf8
from geo.extract import PlaceResolver
from geo.htmltext import html_to_text
from geo.pipeline import _shingles, extract_incidents
from geo.table import incident_record

if TYPE_CHECKING:  # store/ imports geo/: the type only
    from store.base import AtlasStore

DUPLICATE_THRESHOLD = 0.8
"""Share of word 5-grams (of the shorter text) that makes two articles near-duplicates."""
MIN_WORDS = 5
MAX_TITLE = 300
MAX_OUTLET = 200
MAX_URL = 2000
UPLOAD_SUFFIXES = (".txt", ".html", ".htm")

_HTML_SNIFF = re.compile(r"\A\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Submission:
    """A validated article, ready to preview and save."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    origin: str = "pasted text"

    def metadata(self, file: str) -> dict[str, str]:
        """The ``index.csv`` row for this article saved as ``file``."""
        return {
            "file": file,
            "title": self.title or "",
            "outlet": self.outlet or "",
            "url": self.url or "",
            "published": self.published.isoformat() if self.published else "",
            "language": "",
        }


@dataclass(frozen=True)
class Duplicate:
    """An existing article the submission repeats: ``score`` 1.0 is the same text."""

    file: str
    score: float
    identical: bool


@dataclass(frozen=True)
class Preview:
    """What saving would add: incident records (``geo.table`` shape) and duplicates."""

    incidents: list[dict[str, Any]]
    duplicates: list[Duplicate] = field(default_factory=list)


@dataclass(frozen=True)
class SavedArticle:
    """The stored article's name (its key in the store and in links to Sources)."""

    file: str


class DuplicateArticleError(ValueError):
    """Saving was refused because the text repeats existing articles (not confirmed)."""

    def __init__(self, duplicates: list[Duplicate]) -> None:
        self.duplicates = duplicates
        names = ", ".join(d.file for d in duplicates[:3])
        super().__init__(
            f"This text repeats an existing article ({names}); confirm to save it anyway."
        )


# ---- validation ----------------------------------------------------------------------


# Bidirectional controls (U+202A–E, U+2066–9, LRM/RLM, ALM) reorder how a line displays:
# "‮gpj.exe" reads as "exe.jpg". No title, outlet or name needs them.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def without_bidi(value: str) -> str:
    """A one-line field without bidirectional control characters (stripped, never stored)."""
    return _BIDI.sub("", value)


def _clean_line(value: str | None, label: str, limit: int) -> str | None:
    v = without_bidi(value or "").strip()
    if not v:
        return None
    if "\n" in v or "\r" in v or _CONTROL.search(v):
        raise ValueError(f"The {label} must be a single line of text.")
    if len(v) > limit:
        raise ValueError(f"The {label} is {len(v)} characters long; at most {limit} are allowed.")
    return v


def _clean_url(value: str | None) -> str | None:
    v = _clean_line(value, "URL", MAX_URL)
    if v is None:
        return None
    parts = urlparse(v)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in v:
        raise ValueError("The URL must be a web address starting with http:// or https://.")
    return v


def _clean_date(value: date | str | None, today: date) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError as exc:
            raise ValueError(
                "The published date must look like 2024-03-01 (or be left empty if unknown)."
            ) from exc
    if value > today + timedelta(days=1):
        raise ValueError(f"The published date {value.isoformat()} is in the future.")
    if value.year < 1900:
        raise ValueError(f"The published date {value.isoformat()} is implausibly old.")
    return value


def _check_text(text: str, name: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise ValueError(f"{name}: there is no text.")
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise ValueError(
            f"{name}: the text is over {MAX_ARTICLE_BYTES / 1e6:.0f} MB; is it really one article?"
        )
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(2, len(text) // 200):
        raise ValueError(f"{name}: this looks like binary data, not an article's text.")
    if len(re.findall(r"[^\W\d_]{2,}", text)) < MIN_WORDS:
        raise ValueError(
            f"{name}: there are fewer than {MIN_WORDS} words; paste the article's full text."
        )
    return text if text.endswith("\n") else text + "\n"


def parse_submission(
    *,
    text: str | None = None,
    upload: bytes | None = None,
    filename: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: date | str | None = None,
    today: date | None = None,
) -> Submission:
    """Validate an analyst's submission: pasted ``text`` or an ``upload`` (bytes of
    ``filename``, a ``.txt`` or ``.html`` file), plus metadata. An upload wins
    over pasted text. HTML (by suffix, or pasted markup) is reduced to its main text.

    Raises
    ------
    ValueError
        With a message the analyst understands; nothing has been written.
    """
    today = today or date.today()
    if upload is not None:
        name = Path(filename or "upload").name or "upload"
        suffix = Path(name).suffix.lower()
        if suffix not in UPLOAD_SUFFIXES:
            raise ValueError(f"{name}: only .txt and .html files can be added.")
        decode_article(upload, name)  # empty / too large / binary, with its messages
        body = decode_utf8(upload, name)
        is_html = suffix in (".html", ".htm") or bool(_HTML_SNIFF.match(body))
        origin = name
    elif text is not None and text.strip():
        name, body, origin = "The pasted text", text, "pasted text"
        is_html = bool(_HTML_SNIFF.match(body))
    else:
        raise ValueError("Paste the article's text or upload a .txt or .html file.")
    if is_html:
        body = html_to_text(body)
        if not body.strip():
            raise ValueError(f"{name}: no readable text was found in the HTML.")
    return with_metadata(
        Submission(text=_check_text(body, name), origin=origin),
        title=title, outlet=outlet, url=url, published=published, today=today,
    )  # fmt: skip


def with_metadata(
    sub: Submission,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: date | str | None = None,
    today: date | None = None,
) -> Submission:
    """``sub`` with this metadata, checked (the Add-article page changes a title without
    reading the text again: only ``published`` changes what the text yields).

    Raises
    ------
    ValueError
        With a message the analyst understands.
    """
    return replace(
        sub,
        title=_clean_line(title, "title", MAX_TITLE),
        outlet=_clean_line(outlet, "outlet", MAX_OUTLET),
        url=_clean_url(url),
        published=_clean_date(published, today or date.today()),
    )


# ---- preview and duplicates ----------------------------------------------------------


def find_duplicates(
    text: str, store: AtlasStore, threshold: float = DUPLICATE_THRESHOLD
) -> list[Duplicate]:
    """Stored articles this text repeats: the same words (the store's
    :func:`~store.base.content_digest`), or a word 5-gram containment (shared 5-grams over
    the shorter text's) of at least ``threshold``."""
    from store.base import content_digest  # lazy: store/ imports geo/

    mine, digest = _shingles(text), content_digest(text)
    out = []
    for file in store.articles()["file"].dropna().astype(str):
        other = store.article_text(file)
        if content_digest(other) == digest:
            out.append(Duplicate(file, 1.0, True))
            continue
        theirs = _shingles(other)
        if not mine or not theirs:
            continue
        score = len(mine & theirs) / min(len(mine), len(theirs))
        if score >= threshold:
            out.append(Duplicate(file, round(score, 3), False))
    return sorted(out, key=lambda d: (-d.score, d.file))


def preview(
    sub: Submission,
    store: AtlasStore | None,
    resolver: PlaceResolver,
    name: str = "new_article.txt",
    progress: Callable[[int, int], None] | None = None,
) -> Preview:
    """The incidents the article alone yields (records of :mod:`geo.table`), and the
    stored articles it duplicates (none when ``store`` is None); ``progress`` gets
    ``(sentences read, sentences)`` (:func:`geo.pipeline.extract_incidents`)."""
    article = make_article(name, sub.text, sub.metadata(name))
    found = extract_incidents([article], resolver, progress)
    records = [incident_record(i) for i in found]
    dups = find_duplicates(sub.text, store) if store is not None else []
    return Preview(records, dups)


# ---- saving --------------------------------------------------------------------------


def slugify(text: str | None, fallback: str = "article", limit: int = 40) -> str:
    """A short ASCII file-name slug: ``"Strike on Kharkiv!"`` → ``"strike-on-kharkiv"``."""
    ascii_ = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:limit].strip("-")
    return slug or fallback


def save_article(
    store: AtlasStore, sub: Submission, *, allow_duplicate: bool = False
) -> SavedArticle:
    """Add the article and its metadata to ``store`` as ``<NNN>_<slug>.txt``.

    Raises
    ------
    DuplicateArticleError
        When the text repeats a stored article and ``allow_duplicate`` is False. The
        same words are checked again inside the store's write transaction, so two
        sessions saving one text at once do not both slip through.
    ValueError
        When the store refuses the article (a message the analyst understands).
    """
    from store.base import DuplicateArticle  # lazy: store/ imports geo/

    if not allow_duplicate:
        dups = find_duplicates(sub.text, store)
        if dups:
            raise DuplicateArticleError(dups)
    meta = {k: v for k, v in sub.metadata("").items() if k != "file"}
    slug = slugify(sub.title or " ".join(sub.text.split()[:6]))
    try:
        file = store.add_article(sub.text, meta, slug=slug, allow_duplicate=allow_duplicate)
    except DuplicateArticle as exc:
        raise DuplicateArticleError([Duplicate(exc.file, 1.0, True)]) from None
    return SavedArticle(file)
