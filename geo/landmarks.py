"""Named sites that are not towns: bridges, dams, power plants, air bases.

"Drones struck the Zaporizhzhia nuclear power plant" happened at the plant,
not in the city of Zaporizhzhia 50 km away. Sites live in ``geo/reference/landmarks.csv``
(name, a regular expression of the ways articles write it, coordinates).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geo import REFERENCE_DIR
from geo.model import Place

LANDMARKS_FILE = REFERENCE_DIR / "landmarks.csv"


@dataclass(frozen=True)
class Landmark:
    """A site, and the pattern that finds it in text."""

    pattern: re.Pattern[str]
    place: Place


def _landmark(row: dict[str, str]) -> Landmark:
    place = Place(
        key=f"site:{row['slug']}", name=row["name"], country=row["country"] or None,
        lat=float(row["lat"]), lon=float(row["lon"]), precision="town",
        admin1=row["admin1"] or None, radius_km=float(row["radius_km"] or 0),
        source="landmarks",
    )  # fmt: skip
    return Landmark(re.compile(rf"\b(?:{row['pattern']})\b", re.IGNORECASE), place)


@lru_cache(maxsize=4)
def load_landmarks(path: Path = LANDMARKS_FILE) -> tuple[Landmark, ...]:
    """Every landmark of the table (read once per process)."""
    if not Path(path).exists():
        return ()
    with Path(path).open(encoding="utf-8", newline="") as fh:
        return tuple(_landmark(row) for row in csv.DictReader(fh))


@lru_cache(maxsize=4)
def _any_landmark(path: Path = LANDMARKS_FILE) -> re.Pattern[str] | None:
    """One pattern that matches wherever some landmark's does: their alternation, in the
    same flags (None if a pattern has groups, whose numbers the alternation would shift)."""
    landmarks = load_landmarks(path)
    if any(lm.pattern.groups for lm in landmarks):
        return None
    return re.compile("|".join(lm.pattern.pattern for lm in landmarks), re.IGNORECASE)


def find_landmarks(text: str, path: Path = LANDMARKS_FILE) -> list[tuple[int, int, Place]]:
    """(start, end, place) of every landmark named in ``text``, first match per span."""
    any_site = _any_landmark(path)
    if any_site is not None and any_site.search(text) is None:
        return []  # (most sentences name no site: one scan, not one per site)
    found: list[tuple[int, int, Place]] = []
    for lm in load_landmarks(path):
        for m in lm.pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), lm.place))
    return sorted(found, key=lambda t: t[0])


def sites_of_a_list(text: str, path: Path = LANDMARKS_FILE) -> list[tuple[int, int, Place]]:
    """Sites named bare in a list that a plural site noun opens ("hit 41 aircraft at four
    airfields, including Olenya in the Murmansk region and Belaya in the Irkutsk region"):
    each name is the noun's site of that name ("Belaya airfield"), where the table has one."""
    found: list[tuple[int, int, Place]] = []
    for m in _SITES_LISTED.finditer(text):
        plural = " ".join(m.group("noun").lower().split())
        noun = _SINGULAR.get(plural, plural)
        stop = _LIST_STOP.search(text, m.end())
        for name in _BARE_NAME.finditer(text, m.end(), stop.start() if stop else len(text)):
            if _A_REGION_AFTER.match(text, name.end()):
                continue  # ("… in the Murmansk region": where the site is)
            hits = find_landmarks(f"{name.group(0)} {noun}", path)
            if hits and hits[0][0] == 0:
                found.append((name.start(), name.end(), hits[0][2]))
    return found


_SITES_LISTED = re.compile(
    r"\b(?P<noun>airfields|air\s?bases|airports|refineries|oil\s+depots)\b"
    r"(?:[^.;:]{0,30}?(?:,\s*|\s+)(?:including|among\s+them|such\s+as|namely)|\s*:)\s+",
    re.IGNORECASE,
)
_SINGULAR = {
    "airfields": "airfield", "air bases": "air base", "airbases": "airbase",
    "airports": "airport", "refineries": "refinery", "oil depots": "oil depot",
}  # fmt: skip
_LIST_STOP = re.compile(r"[.;]|\s(?:with|after|before|when|while|but)\s")
_BARE_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")
_A_REGION_AFTER = re.compile(r"\s+(?i:region|oblast|krai|republic)\b")
