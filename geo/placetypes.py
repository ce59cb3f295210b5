"""What a place phrase refers to: a place the resolver knows, where the words put it.

Kept apart from :mod:`geo.placephrase` so that the modules choosing among namesakes
(:mod:`geo.namesakes`) and reading the story (:mod:`geo.story`) share them without a cycle.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from geo.model import Place


class PlaceResolver(Protocol):
    """What the extractor needs from the gazetteer (see :mod:`geo.places`)."""

    @property
    def max_words(self) -> int: ...

    def is_known(self, name: str) -> bool: ...

    def resolve(
        self, name: str, regions: tuple[str, ...], kind: str, strict: bool = False,
        near: tuple[float, float] | None = None, within_km: float | None = None,
    ) -> Place | None: ...  # fmt: skip

    def within(self, inner: Place, outer: Place) -> bool: ...

    def region_of(self, place: Place) -> Place | None: ...

    def is_ambiguous(self, name: str, regions: tuple[str, ...]) -> bool: ...

    def unknown(self, name: str, region: Place | None) -> Place | None: ...

    def namesakes(self, name: str) -> list[Place]: ...

    def sections_named(self, name: str) -> list[Place]: ...


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a sentence and the role the words around it give it."""

    start: int
    end: int
    text: str
    place: Place | None
    role: str  # "target" | "weak" | "context"
    clause_start: int = -1
    # How it was resolved (name, regions, strict), so a namesake can be re-ranked by distance.
    query: tuple[str, tuple[str, ...], bool] | None = None

    def __post_init__(self) -> None:
        if self.clause_start < 0:
            object.__setattr__(self, "clause_start", self.start)

    @property
    def is_town(self) -> bool:
        """Does the name resolve to a settlement (not a region, a country or nothing)?"""
        return self.place is not None and self.place.precision == "town"
