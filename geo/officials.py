"""Officials known by their surname alone ("Gladkov wrote that …", "Gladkov's summary:"), and
the side each speaks for, read from ``geo/reference/officials.csv`` (issue 12).

Reports name a governor once with the title and then by surname only; a surname alone must
still tell whose word an event is (a Belgorod governor's word on Ukraine's strike is an
allegation).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from geo import REFERENCE_DIR

OFFICIALS_FILE = REFERENCE_DIR / "officials.csv"


@lru_cache(maxsize=2)
def officials(path: Path = OFFICIALS_FILE) -> dict[str, str]:
    """Surname → side ("Russia" or "Ukraine") of every official in the table."""
    if not Path(path).exists():
        return {}
    with Path(path).open(encoding="utf-8", newline="") as fh:
        return {row["surname"]: row["side"] for row in csv.DictReader(fh)}


@lru_cache(maxsize=2)
def _surnames(path: Path = OFFICIALS_FILE) -> re.Pattern[str]:
    names = sorted(officials(path), key=len, reverse=True)
    return re.compile(rf"\b(?P<name>{'|'.join(map(re.escape, names)) or '(?!)'})\b")


def official_named(text: str) -> tuple[str, str] | None:
    """(side, surname) of the last known official ``text`` names, or None.

    Parameters
    ----------
    text
        Words before a verb of speech ("… Gladkov wrote that").
    """
    found = list(_surnames().finditer(text))
    if not found:
        return None
    name = found[-1].group("name")
    return officials()[name], name
