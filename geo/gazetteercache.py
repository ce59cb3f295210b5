"""The gazetteer's disk cache: a pickle of its tables, trusted only when ours and current.

Re-reading the JSON costs seconds while unpickling columns costs a fraction of one.
The cache carries a fingerprint of every input (and of the modules that build the
tables), so an edit or a corrupt file triggers a rebuild with a warning.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import warnings
from pathlib import Path

import geo.gazetteerbuild
import geo.gazetteerindex
import geo.placenames
from geo.atomicfile import write_atomic_bytes
from geo.cachefile import make_private_dir, untrusted_reason
from geo.gazetteerbuild import SECTIONS_FILE, _curated_files, _national_files, build_tables
from geo.gazetteerindex import _Tables

log = logging.getLogger(__name__)

#: Bump when the layout of the cached tables changes (4: ``_Tables`` moved to
#: :mod:`geo.gazetteerindex`, and a pickle names its class's module).
CACHE_VERSION = 5  # 5: sections of cities (``_Tables.sections``)
REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CACHE_DIR = REPO_ROOT / ".cache"
CACHE_DIR_ENV = "INCIDENT_ATLAS_CACHE_DIR"
_CODE = (geo.placenames, geo.gazetteerindex, geo.gazetteerbuild)
"""The modules whose code shapes the cached tables (with this one): an edit rebuilds."""


def _fingerprint(cities: Path) -> str:
    """Hash of every input: the GeoNames file's size/mtime, the CSVs, the code that builds."""
    h = hashlib.sha1(f"v{CACHE_VERSION}".encode())
    st = cities.stat()
    h.update(f"{cities}:{st.st_size}:{st.st_mtime_ns}".encode())
    code = [Path(str(m.__file__)) for m in _CODE]
    for path in [*_curated_files(), SECTIONS_FILE, *_national_files(), *code, Path(__file__)]:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _read_cache(path: Path, fingerprint: str) -> _Tables | None:
    """The cached tables, or None (with a warning) when absent, stale or corrupt."""
    if not path.exists():
        return None
    try:
        untrusted = untrusted_reason(path)
        if untrusted is not None:  # unpickling runs code: only our own, private file
            warnings.warn(
                f"gazetteer cache {path} is {untrusted}; rebuilding", RuntimeWarning, stacklevel=3
            )
            return None
        with path.open("rb") as fh:
            payload = pickle.load(fh)
        if payload.get("fingerprint") == fingerprint and isinstance(payload["tables"], _Tables):
            return payload["tables"]
        reason = "stale (inputs changed)"
    except Exception as exc:  # any unpickling failure means a corrupt file
        reason = f"corrupt ({type(exc).__name__}: {exc})"
    warnings.warn(f"gazetteer cache {path} is {reason}; rebuilding", RuntimeWarning, stacklevel=3)
    return None


def _rebuild(path: Path, cities: Path, fingerprint: str) -> _Tables:
    """Build and write the cache atomically (a crash never leaves half a file)."""
    tables = build_tables(cities)
    try:
        make_private_dir(path.parent)
        data = pickle.dumps(
            {"fingerprint": fingerprint, "tables": tables}, protocol=pickle.HIGHEST_PROTOCOL
        )
        write_atomic_bytes(path, data, mode=0o600)
    except OSError as exc:  # a read-only disk costs speed, not correctness
        log.warning("could not write gazetteer cache %s: %s", path, exc)
    return tables
