"""Towns a note names by its own abbreviation: '"KR" = Kryvyi Rih depot', 'Zaporizhzhia (ZP)'.

A note-taker who writes a town often shortens it and says so once, in a header or a legend.
The abbreviation is that town wherever the note uses it, and only in that note: the same
letters in another note may mean anything (or nothing: "CH:" is a speaker).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.model import Place
from geo.placetypes import PlaceResolver

_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?"
_ABBR = r"[\"“]?(?P<abbr>[A-Z]{2,4})[\"”]?"
# '"KR" = Kryvyi Rih', 'KR = Kryvyi Rih depot', 'ZP stands for Zaporizhzhia'
_ABBR_IS = re.compile(rf"(?<![\w\"“]){_ABBR}\s*(?:=|means|stands\s+for)\s*(?P<name>{_NAME})")
# 'Kryvyi Rih ("KR")', 'Zaporizhzhia (ZP)': the town, then its short form in brackets
_NAME_THEN_ABBR = re.compile(rf"\b(?P<name>{_NAME})\s*\(\s*{_ABBR}\s*\)")
# an aerodrome's ICAO code before its town: "UKOH Kherson (Chornobaivka): hit by …", then "UKOH
# again: …" (the codes of this part of the world open with U, L or E)
_CODE_THEN_NAME = re.compile(rf"(?<![\w-])(?P<abbr>[ULE][A-Z]{{3}})\s+(?P<name>{_NAME})")


def abbreviated_towns(text: str, gaz: PlaceResolver) -> dict[str, Place]:
    """The towns a text defines an abbreviation for, by that abbreviation.

    Parameters
    ----------
    text
        The article or note.
    gaz
        The place resolver: the long form must be a town it knows, and the short form no
        name it knows already.
    """
    found: dict[str, Place] = {}
    for pattern in (_ABBR_IS, _NAME_THEN_ABBR, _CODE_THEN_NAME):
        for m in pattern.finditer(text):
            abbr, name = m.group("abbr"), m.group("name")
            if abbr in found or gaz.is_known(abbr):
                continue
            place = _town(name, gaz)
            if place is not None:
                found[abbr] = place
    return found


def _town(name: str, gaz: PlaceResolver) -> Place | None:
    """The town a long form names, all its words (not "Radio" of "Radio Rossii (RR)")."""
    place = gaz.resolve(name, (), "town") if gaz.is_known(name) else None
    return place if place is not None and place.precision == "town" else None


@dataclass(frozen=True)
class AbbreviatingResolver:
    """A resolver that also knows one note's abbreviations (see :func:`with_abbreviations`)."""

    inner: PlaceResolver
    short: dict[str, Place]

    @property
    def max_words(self) -> int:
        return self.inner.max_words

    def is_known(self, name: str) -> bool:
        return name in self.short or self.inner.is_known(name)

    def resolve(
        self, name: str, regions: tuple[str, ...], kind: str, strict: bool = False,
        near: tuple[float, float] | None = None, within_km: float | None = None,
    ) -> Place | None:  # fmt: skip
        if name in self.short and kind != "region":
            return self.short[name]
        return self.inner.resolve(name, regions, kind, strict, near, within_km)

    def within(self, inner: Place, outer: Place) -> bool:
        return self.inner.within(inner, outer)

    def region_of(self, place: Place) -> Place | None:
        return self.inner.region_of(place)

    def is_ambiguous(self, name: str, regions: tuple[str, ...]) -> bool:
        return name not in self.short and self.inner.is_ambiguous(name, regions)

    def unknown(self, name: str, region: Place | None) -> Place | None:
        return self.inner.unknown(name, region)

    def namesakes(self, name: str) -> list[Place]:
        return [self.short[name]] if name in self.short else self.inner.namesakes(name)

    def sections_named(self, name: str) -> list[Place]:
        return [] if name in self.short else self.inner.sections_named(name)


def with_abbreviations(text: str, gaz: PlaceResolver) -> PlaceResolver:
    """``gaz``, knowing the towns ``text`` abbreviates; ``gaz`` itself when it abbreviates none."""
    short = abbreviated_towns(text, gaz) if ("=" in text or "(" in text) else {}
    return AbbreviatingResolver(gaz, short) if short else gaz
