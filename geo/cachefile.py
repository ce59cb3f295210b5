"""Which on-disk cache files may be unpickled.

The parsed-table and gazetteer caches are pickles, and unpickling runs code: a cache
file is only as trustworthy as whoever could write it. So a cache is read only when
it is a regular file (not a link to somewhere else) owned by this process's user and
writable by no one else, in a directory no other user may replace files in — the
rules ``ssh`` applies to its keys. Anything else is ignored and rebuilt.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def untrusted_reason(path: Path) -> str | None:
    """Why ``path`` must not be unpickled, or None when it may be.

    Parameters
    ----------
    path : a cache file that exists.

    Returns
    -------
    str or None
        A short reason for a warning ("writable by other users", …), None if trusted.
    """
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        return "a symbolic link"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return "owned by another user"
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return "writable by other users"
    parent = os.stat(Path(path).parent)
    if parent.st_mode & stat.S_IWOTH and not parent.st_mode & stat.S_ISVTX:
        return "in a directory anyone can write to"
    return None


def make_private_dir(path: Path) -> None:
    """Create the cache directory (and parents) readable and writable by this user only."""
    Path(path).mkdir(mode=0o700, parents=True, exist_ok=True)
