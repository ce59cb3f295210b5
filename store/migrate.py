"""One-shot import of a file-based ``data/`` directory into a store.

Reads what the atlas kept as files before the store — ``articles/*.txt`` with
``articles/index.csv``, ``corrections.csv``, ``layers/*.geojson`` and a fresh
``incidents.geojson`` — and adds what the store lacks. Idempotent: a second run imports
nothing (articles and layers are matched by name, log entries by their content, counted,
so an entry written twice in the file is imported twice). The files are left as they are:
nothing writes them any more (:func:`read_corrections` is the one reader of the old log).

Idempotent, but not safe to run twice *at once* (both would read the log before either
appends): :func:`seed_from_files` and ``python -m geo migrate-store`` import under the
store's seed lease (:func:`seed_lease`).
"""

from __future__ import annotations

import json
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.articles import METADATA_FILE, decode_article, read_metadata
from geo.catalog import HOLDER
from geo.corrections import FIELDS, Correction
from geo.csvfile import read_records
from store.base import ARTICLE_COLUMNS, AtlasStore, validate_correction

if TYPE_CHECKING:
    import sqlalchemy as sa

INCIDENTS_FILE = "incidents.geojson"
LAYERS_DIR = "layers"
CORRECTIONS_FILE = "corrections.csv"
CORRECTIONS_HEADER = ",".join(FIELDS) + "\n"
"""The first line of ``corrections.csv`` (the repository's copy holds only this line)."""
SEED_LEASE = "seed"
SEED_LEASE_SECONDS = 900.0
"""How long a seeding may run before another process takes over (the import is idempotent,
so one that takes over after a crash imports only what is missing)."""
SEED_WAIT_SECONDS = 120.0
"""How long a process waits for another's seeding before giving up with :class:`SeedBusy`."""
SEED_POLL_SECONDS = 0.2


@dataclass
class MigrationReport:
    """What :func:`migrate_data_dir` imported, and what it could not (with why)."""

    articles: int = 0
    corrections: int = 0
    layers: int = 0
    incidents: bool = False
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """The report as JSON-ready data (what the CLI prints)."""
        return {
            "articles": self.articles,
            "corrections": self.corrections,
            "layers": self.layers,
            "incidents": self.incidents,
            "skipped": list(self.skipped),
        }


def migrate_data_dir(data_dir: Path, store: AtlasStore) -> MigrationReport:
    """Import ``data_dir``'s files into ``store`` (see the module doc).

    Parameters
    ----------
    data_dir
        A data directory as ``python -m geo build`` and the app used it.
    store
        The store to fill (usually :func:`store.open_store` of the same directory).
    """
    data_dir = Path(data_dir)
    report = MigrationReport()
    _articles(data_dir / "articles", store, report)
    _corrections(data_dir / CORRECTIONS_FILE, store, report)
    _layers(data_dir, store, report)
    _incidents(data_dir, store, report)
    return report


class SeedBusy(TimeoutError):
    """Another process has been filling the store from its data directory for longer than
    the wait allows."""

    def __init__(self, waited: float) -> None:
        super().__init__(
            f"Another server has been importing the data directory's files into this store "
            f"for over {waited:.0f} s (it holds the lease {SEED_LEASE!r}); try again when it "
            "is done."
        )


@contextmanager
def seed_lease(
    store: AtlasStore, holder: str | None = None, wait: float = SEED_WAIT_SECONDS
) -> Iterator[None]:
    """Hold the store's seed lease (:data:`SEED_LEASE`) for the block: one process at a
    time imports a data directory, so no log entry is imported twice.

    ``holder`` defaults to one of its own per call: two threads of one process (two app
    sessions opening the store at once) must not share the lease, as renewing is taking.

    Raises
    ------
    SeedBusy
        Another holder kept the lease for ``wait`` seconds.
    """
    holder = holder or f"{HOLDER}:{uuid.uuid4().hex[:8]}"
    deadline = time.monotonic() + wait
    while not store.acquire_lease(SEED_LEASE, holder, SEED_LEASE_SECONDS):
        if time.monotonic() >= deadline:
            raise SeedBusy(wait)
        time.sleep(SEED_POLL_SECONDS)
    try:
        yield
    finally:
        store.release_lease(SEED_LEASE, holder)


def seed_from_files(
    data_dir: Path,
    store: AtlasStore,
    *,
    holder: str | None = None,
    wait: float = SEED_WAIT_SECONDS,
) -> MigrationReport | None:
    """Fill a store that was never written (data version 0) from ``data_dir``'s files.

    What the app and the CLI do on opening a store: a data directory that holds files
    from before the store (or a test's fixture directory) keeps working unchanged. A
    store written once is never seeded again — from then on it is the truth. Two servers
    opening one fresh store at once seed it once: under :func:`seed_lease`, the second
    waits for the first, then finds the store written and imports nothing.

    Parameters
    ----------
    data_dir
        The data directory whose files fill the store.
    store
        The store (usually just opened).
    holder
        Who takes the seed lease (by default one of its own: see :func:`seed_lease`).
    wait
        How long to wait for another process's seeding before :class:`SeedBusy`.

    Returns
    -------
    MigrationReport | None
        What was imported, or None when the store already had data.
    """
    if store.data_version() != 0:  # every later opening: no lease, no write
        return None
    with seed_lease(store, holder, wait):
        if store.data_version() != 0:  # another process seeded it while this one waited
            return None
        return migrate_data_dir(data_dir, store)


def open_seeded(
    data_dir: Path,
    url: str | None = None,
    *,
    holder: str | None = None,
    engine: sa.Engine | None = None,
) -> tuple[AtlasStore, MigrationReport | None]:
    """:func:`store.open_store`, then :func:`seed_from_files`: how the app, the CLI and the
    tests open the atlas of a data directory (the app hands its ``st.connection`` engine).

    Returns
    -------
    tuple[AtlasStore, MigrationReport | None]
        The open store (the caller closes it) and what the seeding imported, if it ran.
    """
    from store import open_store

    opened = open_store(data_dir, url, engine=engine)
    try:
        return opened, seed_from_files(Path(data_dir), opened, holder=holder)
    except BaseException:
        opened.close()
        raise


def _articles(articles_dir: Path, store: AtlasStore, report: MigrationReport) -> None:
    if not articles_dir.is_dir():
        return
    stored = set(store.articles()["file"].dropna())
    try:
        meta = read_metadata(articles_dir)
    except ValueError as exc:
        # (not the articles without their dates and outlets: once stored, a mended
        # index.csv could no longer give them theirs)
        report.skipped.append(f"{exc}. No article was imported; mend the file and reopen")
        return
    for path in sorted(p for p in articles_dir.glob("*.txt") if p.is_file()):
        if path.name in stored:
            continue
        row = meta.get(path.name) or {}
        try:
            text = decode_article(path.read_bytes(), path.name)
            fields = {k: row.get(k) for k in ARTICLE_COLUMNS if k != "file"}
            store.add_article(text, fields, file=path.name, allow_duplicate=True)
        except (OSError, ValueError) as exc:
            report.skipped.append(f"article {path.name}: {exc}")
            continue
        report.articles += 1


def read_corrections(path: Path) -> list[Correction]:
    """Every entry of a ``corrections.csv`` log, in file order (a missing file is empty).

    The file is only read, to import it: the log is written to the store.
    """
    path = Path(path)
    if not path.is_file():
        return []
    out = []
    for r in read_records(path):
        if not any((v or "").strip() for v in r.values() if isinstance(v, str)):
            continue
        out.append(Correction(**{k: (r.get(k) or "") for k in FIELDS}))
    return out


def _key(c: Correction) -> tuple[str, ...]:
    return tuple(c.row().values())


def _corrections(path: Path, store: AtlasStore, report: MigrationReport) -> None:
    have = Counter(_key(c) for c in store.corrections())
    new: list[Correction] = []
    try:
        log = read_corrections(path)
    except ValueError as exc:
        report.skipped.append(f"{exc}. No correction was imported; mend the file and reopen")
        return
    for number, c in enumerate(log, start=2):  # row 1 is the header
        if have[_key(c)] > 0:
            have[_key(c)] -= 1
            continue
        try:
            new.append(validate_correction(c))
        except ValueError as exc:
            report.skipped.append(f"{CORRECTIONS_FILE} row {number}: {exc}")
    store.append_corrections(new)
    report.corrections += len(new)


def layer_files(data_dir: Path) -> list[Path]:
    """The layer files of a data directory from before the store (``layers/*.geojson``)."""
    d = Path(data_dir) / LAYERS_DIR
    if not d.is_dir():
        return []
    return sorted(p for p in d.glob("*.geojson") if p.is_file() and not p.name.startswith("."))


def _layers(data_dir: Path, store: AtlasStore, report: MigrationReport) -> None:
    stored = set(store.layer_names())
    for path in layer_files(data_dir):
        if path.stem in stored:
            continue
        try:
            store.save_layer(path.stem, json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            report.skipped.append(f"layer {path.name}: {exc}")
            continue
        report.layers += 1


def _incidents(data_dir: Path, store: AtlasStore, report: MigrationReport) -> None:
    """A saved ``incidents.geojson`` newer than every article is kept (it saves a build);
    an older one is not: the incidents are built again from the articles."""
    path = data_dir / INCIDENTS_FILE
    if not path.is_file() or store.load_incidents() is not None:
        return
    articles_dir = data_dir / "articles"
    inputs = [*articles_dir.glob("*.txt"), articles_dir / METADATA_FILE]
    newest = max((p.stat().st_mtime for p in inputs if p.is_file()), default=0.0)
    if path.stat().st_mtime < newest:
        report.skipped.append(f"{INCIDENTS_FILE}: older than the articles; they will be rebuilt")
        return
    try:
        store.save_incidents(json.loads(path.read_text(encoding="utf-8")), store.data_version())
    except (OSError, ValueError) as exc:
        report.skipped.append(f"{INCIDENTS_FILE}: {exc}")
        return
    report.incidents = True
