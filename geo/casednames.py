"""Place names typed in lower case, capitalised so that they are read as in edited copy.

Notes and chats drop capitals ("tsyrkuny: the russians shelled the village council",
"kyiv was hit this morning too"). A lower-case word is far more often just a word than a
village's name, so a name is capitalised only where the text's grammar puts a place: a
chat typed wholly in lower case (towns of some size only), a line's label, the object of a
preposition of place, or a city too large to be an ordinary word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo import REFERENCE_DIR
from geo import lexicon as lx
from geo.placetypes import PlaceResolver

CHAT_TOWN = 20_000  # people: a town typed in lower case in a chat is one of this size
CITY = 100_000  # people: a city's name in lower case is its name wherever it stands
_WORD = re.compile(r"[A-Za-z][\w'’-]*")

# A name of one or two lower-case words ("kryvyi rih"), at least 4 letters in all.
_NAME = r"(?P<name>[a-z][a-z'’-]{2,}(?:[ -][a-z][a-z'’-]{2,})?)"
# a note's line or item opened by its place: "sun 8/5 - tsyrkuny: the russians shelled…",
# "enerhodar, hotel "Alisa" - smoke", "radensk (oleshky hromada) - motel damaged"
_LABEL = re.compile(
    r"(?:^|\n|[-–—•*|]\s|[.;!?]\s)\s*(?:also\s+|and\s+)?" + _NAME + r"(?=\s*(?::|,|\(|\s[-–—]\s))"
)
# a place closing a header's line: 'field kitchen "Teplo", druzhkivka.'
_CLOSING = re.compile(r",\s+" + _NAME + r"(?=\s*(?:\.(?:\s|$)|$|\n))")
# the object of a preposition of place: "the museum in skovorodynivka (Zolochiv side…)"
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|on|at|near|outside|over|around|into)\s+(?:the\s+(?:village|town|city)\s+of\s+)?"
    + _NAME
)


def cased_names(text: str, gaz: PlaceResolver) -> str:
    """The text with the places it types in lower case capitalised, its length unchanged.

    Parameters
    ----------
    text
        A sentence.
    gaz
        The place resolver; only names it knows as settlements are capitalised.

    Returns
    -------
    str
        "kakhovka - hotel used by ru troops hit" → "Kakhovka - hotel used by ru troops hit".
    """
    text = cased_chat(text, gaz)
    slots = (_LABEL, _CLOSING, _AFTER_PREPOSITION)
    for m in [m for slot in slots for m in slot.finditer(text)]:
        text = _capitalised(text, m.start("name"), m.end("name"), gaz, 0)
    for w in _WORD.finditer(text):
        if w.group().islower():
            text = _capitalised(text, w.start(), w.end(), gaz, CITY)
    return text


def _capitalised(text: str, start: int, end: int, gaz: PlaceResolver, size: int) -> str:
    """The name at start:end capitalised if it is a settlement's of ``size`` people or more
    (the longest such name first: "kryvyi rih" before "kryvyi")."""
    words = text[start:end].split(" ") if "\n" not in text[start:end] else [text[start:end]]
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if len(name.replace(" ", "")) < 4 or _a_word(name) or name.title() == name:
            continue
        cased = name.title()
        if _settlement_of(gaz, cased) >= size:
            return text[:start] + cased + text[start + len(name) :]
    return text


def _settlement_of(gaz: PlaceResolver, name: str) -> int:
    """The people of the settlement so named (-1 if none is): every lower-case word of a
    text is looked up, most of them many times, so each resolver's answers are kept (the
    resolver with them, so that its id is not reused while they are)."""
    held = _SIZES.get(id(gaz))
    if held is None or held[0] is not gaz:
        if len(_SIZES) >= 8:
            _SIZES.clear()
        held = _SIZES[id(gaz)] = (gaz, {})
    sizes = held[1]
    if name not in sizes:
        place = gaz.resolve(name, (), "town") if gaz.is_known(name) else None
        sizes[name] = place.population if place is not None and place.precision == "town" else -1
    return sizes[name]


_SIZES: dict[int, tuple[PlaceResolver, dict[str, int]]] = {}


# "Pavlograd (Pavlohrad) (Dnipropetrovsk)": a name, its other spelling, then where it is
_GLOSS = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?P<gloss>\s*\([A-Z][\w'’-]+\))(?=\s*\()"
)


def without_glosses(text: str, gaz: PlaceResolver) -> str:
    """The text with a name and its other spelling in brackets made one name, its length
    unchanged, so that the location path after them qualifies it: "Krasny Liman (Lyman)
    (Kramatorsk raion, Donetsk)" is read as "Lyman (Kramatorsk raion, Donetsk)"."""
    for m in _GLOSS.finditer(text):
        name, gloss = m.group("name"), m.group("gloss").strip(" ()")
        one = gaz.resolve(name, (), "town")
        if one is not None and one == gaz.resolve(gloss, (), "town"):
            # (the spelling in brackets is kept: it is most often the official one)
            # (the bracketed spelling only: "Krasny Lyman (Lyman)" names it twice)
            span = text[m.start("name") : m.end("gloss")]
            at = span.rfind(gloss)
            kept = " " * at + gloss + " " * (len(span) - at - len(gloss))
            text = text[: m.start("name")] + kept + text[m.end("gloss") :]
    return text


def _a_word(name: str) -> bool:
    """An English word, or a person's name by its form, before a place's name: "port",
    "human", "gladkov: 2 KIA"."""
    # (Russian surnames share the forms of Russian villages' names: "terekhov", "petrova")
    surname = " " not in name and _SURNAME_END.search(name) is not None
    # (two words of plain English: "the old town" is a part of the town, not Kyiv's Stare Misto)
    plain = " " in name and all(w in _ENGLISH_WORDS for w in name.split())
    return (
        name in lx.NOT_PLACES or name in _english_toponyms() or lx.personal_name(name) or surname
        or plain
    )  # fmt: skip


_ENGLISH_WORDS = frozenset(
    {"old", "new", "town", "city", "centre", "center", "upper", "lower", "north", "south",
     "east", "west", "little", "big", "great", "green", "red", "white", "black", "district",
     "market", "station", "square", "park", "harbour", "port", "village"}
)  # fmt: skip


_SURNAME_END = re.compile(r"(?:ov|ova|ev|eva|in|ina|sky|skaya)$")


@lru_cache(maxsize=1)
def _english_toponyms() -> frozenset[str]:
    # (built by scripts/build_english_toponyms.py)
    path = REFERENCE_DIR / "english_toponyms.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


def cased_chat(text: str, gaz: PlaceResolver) -> str:
    """A chat line typed in lower case ("vilkul says shahed + missile on industrial infra in
    kryvyi rih") with the towns it names capitalised, the text's length unchanged, so that
    names are read as in edited copy. Only towns of 20,000 people or more: a lower-case word
    that is also a village's name is far more often just a word."""
    words = list(_WORD.finditer(text))
    capitals = sum(w.group()[0].isupper() for w in words[1:])
    if len(words) < 5 or capitals > len(words) // 10:
        return text
    lower = [w.group().islower() for w in words]  # (each word once)
    out, i = text, 0
    while i < len(words):
        for n in (3, 2, 1):
            if i + n > len(words) or not all(lower[i : i + n]):
                continue
            span = words[i : i + n]
            name = text[span[0].start() : span[-1].end()].title()
            if len(name) < 4 or _a_word(name.lower()) or not gaz.is_known(name):
                continue
            place = gaz.resolve(name, (), "town")
            if place is None or place.population < CHAT_TOWN:
                continue
            out = out[: span[0].start()] + name + out[span[-1].end() :]
            i += n - 1
            break
        i += 1
    return out
