"""Atomic file writes, the one way the app writes a file in place.

A crash (or ``kill -9``) leaves the old or the new version, never half of one. It may leave
the temporary file behind, though: those are named ``.<name>.<random>.tmp`` beside their
target, and every write sweeps away its target's temporaries older than an hour (a writer
that old is gone; a live one finishes in seconds).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

STALE_SECONDS = 3600.0
"""A temporary file this old belongs to a writer that died."""


def write_atomic_bytes(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write ``data`` to ``path`` atomically, with permissions ``mode``.

    Parameters
    ----------
    path
        The file to (re)place; its directory is made if missing.
    data
        The whole new content.
    mode
        0o644 for shared data files, 0o600 for private caches.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    sweep_stale_temps(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)  # mkstemp makes files private
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, text: str, mode: int = 0o644) -> None:
    """Write ``text`` (UTF-8, newlines as given) to ``path`` atomically."""
    write_atomic_bytes(path, text.encode("utf-8"), mode)


def sweep_stale_temps(path: Path, now: float | None = None) -> list[Path]:
    """Delete the temporaries of ``path`` left by writers that died; the ones deleted."""
    cutoff = (time.time() if now is None else now) - STALE_SECONDS
    gone = []
    for tmp in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if tmp.is_file() and not tmp.is_symlink() and tmp.stat().st_mtime < cutoff:
                tmp.unlink()
                gone.append(tmp)
    return gone


def glob_escape(name: str) -> str:
    """``name`` with glob's special characters taken literally."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
