"""The Add-article preview as a job for :mod:`geo.jobs`: from the widgets' raw values to the
validated :class:`~geo.intake.Submission` and its :class:`~geo.intake.Preview`, in a worker
process — reading an uploaded HTML page and extracting a 2 MB text are seconds to a minute
of CPU that must not run in the app server's process (README "Hostile load").

Inputs and outputs are plain, picklable values: the worker opens the store by its URL for
the duplicate check (the server's store object stays in the server). The Import-layer
page's job is :func:`geo.layerimport.read_for_preview`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import astuple, dataclass
from datetime import date
from typing import TYPE_CHECKING

from geo.intake import Preview, Submission, parse_submission, preview

if TYPE_CHECKING:  # store/ imports geo/: the type only
    from store.base import AtlasStore


@dataclass(frozen=True)
class ArticleInput:
    """What the Add-article page's widgets hold that the preview depends on (unchecked:
    :func:`preview_article` checks). Title, outlet and URL change nothing the text yields:
    the page checks them itself (:func:`geo.intake.with_metadata`), and a title typed after
    a long preview does not run it again."""

    text: str | None = None
    upload: bytes | None = None
    filename: str | None = None
    published: date | None = None

    def digest(self) -> str:
        """A fingerprint of every value: the preview in hand is for these inputs or not."""
        h = hashlib.sha256()
        for value in astuple(self):
            raw = value if isinstance(value, bytes) else repr(value).encode("utf-8", "replace")
            h.update(len(raw).to_bytes(8, "big") + raw)
        return h.hexdigest()


def preview_article(
    raw: ArticleInput,
    db_url: str | None,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Submission, Preview]:
    """Validate the submission (HTML reduced to its text) and preview it.

    Parameters
    ----------
    raw
        The widgets' values.
    db_url
        The store's URL, for the duplicate check; None: no check.
    progress
        ``(sentences read, sentences)`` while the incidents are found.

    Raises
    ------
    ValueError
        :func:`geo.intake.parse_submission`'s message for the analyst.
    """
    sub = parse_submission(
        text=raw.text, upload=raw.upload, filename=raw.filename, published=raw.published
    )
    from geo.places import default_resolver  # loaded in the fork server already (ui.jobwarm)

    store = _open(db_url)
    try:
        return sub, preview(sub, store, default_resolver(), progress=progress)
    finally:
        if store is not None:
            store.close()


def _open(db_url: str | None) -> AtlasStore | None:
    """The store at ``db_url``, not migrated: the server opened (and migrated) it first."""
    if db_url is None:
        return None
    from store.sql import SqlStore  # lazy: store/ imports geo/

    return SqlStore(db_url, migrate=False)
