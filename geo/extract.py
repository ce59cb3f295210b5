"""Sentences → mentions of incidents: place, date, actor, attribution, weapon, figures.

A *mention* is one sentence's report of an event at a place. Sentences that
report an event without naming a place (figures, weapons, claims) continue
the mention before them in the same paragraph. Merging mentions into
incidents is :mod:`geo.merge`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from geo import lexicon as lx
from geo.articles import Sentence, split_sentences
from geo.dates import DateMention, default_window, find_dates
from geo.landmarks import find_landmarks
from geo.model import Article, Attribution, DateWindow, Place, Span

_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’\-]*")


class PlaceResolver(Protocol):
    """What the extractor needs from the gazetteer (see :mod:`geo.places`)."""

    @property
    def max_words(self) -> int: ...

    def is_known(self, name: str) -> bool: ...

    def resolve(
        self, name: str, regions: tuple[str, ...], kind: str, strict: bool = False
    ) -> Place | None: ...

    def within(self, inner: Place, outer: Place) -> bool: ...

    def unknown(self, name: str, region: Place | None) -> Place | None: ...


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a sentence and the role the words around it give it."""

    start: int
    end: int
    text: str
    place: Place | None
    role: str  # "target" | "weak" | "context"
    clause_start: int = -1

    def __post_init__(self) -> None:
        if self.clause_start < 0:
            object.__setattr__(self, "clause_start", self.start)


@dataclass
class Mention:
    """One sentence's report of one event at one place (plus its continuations)."""

    article: str
    sentence: Sentence
    place: Place | None
    place_text: str
    role: str
    date: DateWindow
    date_explicit: bool
    actor: str | None
    actor_basis: str
    attribution: Attribution
    alleged_by: str | None
    weapon: str | None
    killed: int | None
    injured: int | None
    event_type: str
    spans: list[tuple[Span, int | None, int | None]] = field(default_factory=list)
    separate: bool = False
    caption: bool = False


# --- places ---------------------------------------------------------------------------


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _bare(token: str) -> str:
    return re.sub(r"['’]s$", "", token)


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


def _candidate_spans(text: str, gaz: PlaceResolver) -> list[tuple[int, int, str]]:
    """Longest capitalised n-grams the gazetteer knows, left to right."""
    toks = _tokens(text)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        if not _is_cap(toks[i].group()) or toks[i].group().lower() in lx.NOT_PLACES:
            i += 1
            continue
        for n in range(min(gaz.max_words, 4, len(toks) - i), 0, -1):
            words = [toks[i + k].group() for k in range(n)]
            if not all(_is_cap(w) for w in words):
                continue
            name = " ".join(words[:-1] + [_bare(words[-1])])
            if (
                name.lower() not in lx.NOT_PLACES
                and gaz.is_known(name)
                and not lx.NAME_PART_AFTER.match(text[toks[i + n - 1].end() :])
            ):
                end = toks[i + n - 1].start() + len(_bare(words[-1]))
                out.append((toks[i].start(), end, name))
                i += n - 1
                break
        i += 1
    return out


def _words_before(text: str, start: int) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w'’\-]+", text[max(0, start - 80) : start])]


def _prep_before(text: str, start: int) -> str | None:
    """The first word before a place that is not a descriptor."""
    for w in reversed(_words_before(text, start)):
        if w not in lx.SKIPPABLE:
            return w
    return None


def _person_name(text: str, start: int, gaz: PlaceResolver) -> bool:
    """'Governor Vyacheslav Gladkov': a capitalised non-place word right before a name."""
    m = re.search(r"([A-Z][\w'’\-]*)\s+$", text[:start])
    if not m or m.start() == 0 and text[: m.start()].strip() == "":
        return False
    word = m.group(1)
    before = text[: m.start()].rstrip()
    sentence_start = not before or before[-1] in '.!?"“‘:'
    if sentence_start or word.lower() in lx.NOT_PLACES or word.lower() in lx.SKIPPABLE:
        return False
    return not gaz.is_known(_bare(word))


_NOT_SURNAME = {
    "governor", "mayor", "region", "oblast", "district", "city", "town", "village", "regional",
    "province", "raion", "krai", "republic", "residents", "authorities",
}  # fmt: skip


def _first_name(text: str, end: int, gaz: PlaceResolver) -> bool:
    """'Ivan Fedorov': a name followed by an unknown capitalised word is a person's."""
    m = re.match(r"\s([A-Z][a-z][\w'’\-]*)", text[end:])
    if not m:
        return False
    word = _bare(m.group(1))
    if (
        word.lower() in _NOT_SURNAME
        or lx.REGION_SUFFIX.match(word)
        or lx.NAME_PART_AFTER.match(" " + word)
    ):
        return False
    return not gaz.is_known(word) or word.lower() in lx.NOT_PLACES


_SPEAKS_AFTER = re.compile(
    r"^,?\s+(?:said|says|told|added|wrote|noted|stated|announced|claimed|confirmed|speaking|"
    r"who\s+(?:said|spoke|heads|leads)|has said|had said)\b"
)


def _speaking_surname(text: str, end: int, town: Place | None) -> bool:
    """'Golubev, speaking in Rostov': a village's name that speaks is a person's surname.

    A city's name that speaks is its authorities ("Kharkiv said"), so only small places
    (no seat of a raion, under 20,000 people) are read as surnames.
    """
    if town is None or not _SPEAKS_AFTER.match(text[end:]):
        return False
    return town.seat < 2 and town.population < 20_000


def _role(text: str, start: int, end: int, name: str) -> str:
    """target / weak / context, from the words around a place name."""
    after = text[end : end + 40]
    prev = _prep_before(text, start)
    capital = name.lower() in lx.CAPITALS
    if (
        lx.WEAK_AFTER.match(after)
        or prev in lx.WEAK_BEFORE
        or (prev == "of" and _weak_of(text, start))
    ):
        return "weak"
    before = text[:start]
    if lx.GOVERNMENT_IN.search(before):
        # "authorities in Yeysk said…": the town's own officials; "officials in Kyiv" govern.
        return "context" if capital else "weak"
    if lx.CONTEXT_AFTER.match(after) or lx.RELATIVE_CLAUSE.search(before):
        return "context"
    if (
        (capital and lx.SPEECH_PLACE_BEFORE.search(before))
        or lx.SPOKE_IN.search(before)
        or lx.BASED_AT.search(before)
        or lx.WATER_OF.search(before)
    ):
        return "context"
    if _words_before(text, start)[-1:] == ["the"] and name.lower() in lx.RIVERS:
        return "context"
    if prev is None:
        # "MOSCOW (Reuters) -" is a dateline; "Kyiv does not comment" is the government.
        dateline = text[start:end].isupper() and len(name) > 3
        ok = not dateline and not capital and lx.SUBJECT_AFTER.match(after)
        return "subject" if ok else "context"
    if lx.HEADING_FOR.search(before):
        return "target"  # "sea drones heading for the port of Novorossiysk" were downed there
    if capital and re.match(r"['’]s\b", text[end:]):
        return "context"  # "Moscow's Black Sea Fleet" is the state, not the city
    if prev in lx.TARGET_PREP:
        return "target"
    return "context"


def _weak_of(text: str, start: int) -> bool:
    words = [w for w in _words_before(text, start) if w not in ("the", "a", "an")]
    return len(words) >= 2 and words[-2] in lx.WEAK_BEFORE


_QUALIFIER = re.compile(
    r"^\s*(?:,\s*|\s+in\s+(?:the\s+)?|\s+\()(?:neighbouring\s+|neighboring\s+|\w+ern\s+)?"
    r"([A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)\s+(?:region|oblast|Oblast|Region|province|district|raion)\b"
)


def _region_phrase(text: str, start: int, end: int) -> tuple[int, str] | None:
    """'Kharkiv region', 'Korochansky district' → (new end, suffix)."""
    m = lx.REGION_SUFFIX.match(text[end:])
    if m:
        return end + m.end(), m.group(1)
    shared = re.match(
        r"(?:\s*(?:,|and|or|, and)\s+(?:the\s+)?[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)+\s+"
        r"(regions|oblasts|provinces|districts)\b",
        text[end:],
    )
    if shared:
        # "the Belgorod and Bryansk regions": both names are regions.
        return end, shared.group(1).rstrip("s")
    if re.match(r"\s+(?:regions|oblasts|provinces)\b", text[end:]):
        return end + len(re.match(r"\s+\w+", text[end:]).group(0)), "region"  # type: ignore[union-attr]
    if lx.REGION_PREFIX.search(text[max(0, start - 30) : start]):
        return end, "region"
    return None


def find_places(text: str, gaz: PlaceResolver, regions: tuple[str, ...] = ()) -> list[PlaceMention]:
    """Places named in a sentence, resolved, each with its role.

    Parameters
    ----------
    text
        The sentence.
    gaz
        The place resolver (offline gazetteer).
    regions
        Region names seen in the article, to tell apart towns of the same name.
    """
    found: list[PlaceMention] = []
    sites = find_landmarks(text)
    for start, end, site in sites:
        found.append(PlaceMention(start, end, text[start:end], site, _role(text, start, end, "")))
    for start, end, name in _candidate_spans(text, gaz):
        if any(a <= start < b for a, b, _ in sites):
            continue
        if _person_name(text, start, gaz) or _first_name(text, end, gaz):
            continue
        region = _region_phrase(text, start, end)
        if not region and _speaking_surname(text, end, gaz.resolve(name, regions, "town")):
            continue
        place, full_end, kind = None, end, "any"
        if region:
            full_end, suffix = region
            place = gaz.resolve(f"{name} {suffix}", regions, "region")
        if place is None:
            full_end = end
            qualifier = _QUALIFIER.match(text[end:])
            if qualifier:
                # "Pervomaiske in the Kharkiv region": only a Pervomaiske of that region will do.
                place = gaz.resolve(name, (qualifier.group(1),), kind, strict=True)
                place = _inside(name, place) if place and place.precision == "region" else place
            else:
                place = gaz.resolve(name, regions, kind)
            if place is None:
                continue  # a real place, but far from this war (Ramstein, Istanbul)
        role = _role(text, start, full_end, name)
        if role == "weak" and not region and re.match(r"\s+(?:regional|region)\b", text[full_end:]):
            # "Belgorod regional governor": the region, not the city.
            place = gaz.resolve(f"{name} region", regions, "region") or place
        head = found[-1] if found else None
        clause_start = start
        if head and _coordinated(text, head.end, start, full_end):
            # "in Kyiv, Lviv, Dnipro and Zaporizhzhia": a listed name shares the first one's role.
            role = head.role if role == "context" else role
            clause_start = head.clause_start
        found.append(PlaceMention(start, full_end, text[start:full_end], place, role, clause_start))
    found.sort(key=lambda p: p.start)
    found = _with_unknown_places(text, found, gaz)
    return _drop_qualifiers(found, text, gaz)


def _coordinated(text: str, prev_end: int, start: int, end: int) -> bool:
    """Is this name the next item of a list that began with the previous name?"""
    between = text[prev_end:start]
    if re.fullmatch(r"\s*(?:and|or|,\s*and|,\s*or)\s+(?:the\s+)?", between):
        return True
    return bool(re.fullmatch(r",\s*", between)) and bool(
        re.match(r"\s*(?:,|and\b|or\b)", text[end:])
    )


def _with_unknown_places(
    text: str, found: list[PlaceMention], gaz: PlaceResolver
) -> list[PlaceMention]:
    """Places the words name but the gazetteer lacks: kept, at their region if one is named.

    "the village of Dyagilevo in the Ryazan region" becomes a region-precision
    place (the region's centre and radius); without a region, an unlocated one.
    """
    taken = [(p.start, p.end) for p in found]
    extra = []
    for m in lx.UNKNOWN_PLACE.finditer(text):
        group = next(g for g in ("a", "b", "c") if m.group(g))
        name, start = m.group(group), m.start(group)
        if (
            any(a <= start < b for a, b in taken)
            or name.lower() in lx.NOT_PLACES
            or gaz.is_known(name)
        ):
            continue
        regions = [
            p for p in found if p.place and p.place.precision == "region" and p.start > start
        ]
        region = regions[0].place if regions else None
        place = gaz.unknown(name, region) or _near_part(name, region, gaz) or _inside(name, region)
        extra.append(PlaceMention(start, start + len(name), name, place, "target"))
    if not extra:
        return found
    used = {p.place.admin1 for p in extra if p.place and p.place.key.startswith("unk:")}
    kept = [
        p for p in found if not (p.place and p.place.precision == "region" and p.place.name in used)
    ]
    return sorted(kept + extra, key=lambda p: p.start)


def _near_part(name: str, region: Place | None, gaz: PlaceResolver) -> Place | None:
    """'Kupiansk-Vuzlovyi' is not in the gazetteer but Kupiansk is: the railway town next
    to it is a better guess than the middle of the oblast."""
    head = name.split("-")[0]
    if head == name or not gaz.is_known(head) or re.search(r"-(?:on|na|nad)-", name):
        return None
    town = gaz.resolve(head, (region.name,) if region else (), "town")
    if town is None or town.precision != "town":
        return None
    return Place(
        key=f"near:{name.lower()}@{town.key}", name=f"{name} (near {town.name})",
        country=town.country, lat=town.lat, lon=town.lon, precision="town",
        admin1=town.admin1, radius_km=10.0, source=f"nearest known town to {name}",
    )  # fmt: skip


def _inside(name: str, region: Place | None) -> Place | None:
    if region is None:
        return None
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower())
    return Place(
        key=f"unk:{slug}@{region.key}", name=f"{name} ({region.name})", country=region.country,
        lat=region.lat, lon=region.lon, precision="region", admin1=region.name,
        radius_km=region.radius_km, source="region of a place not in the gazetteer",
    )  # fmt: skip


def _drop_qualifiers(
    found: list[PlaceMention], text: str, gaz: PlaceResolver
) -> list[PlaceMention]:
    """'Kramatorsk, Donbas' and 'Belgorod, Russia': a broader place right after a
    town only says where the town is. A region that holds a town named in the
    same sentence is dropped too."""
    out = []
    for i, pm in enumerate(found):
        prev = found[i - 1] if i else None
        apposition = (
            prev is not None
            and re.fullmatch(
                r"(?:,\s*|\s+in\s+|\s+\()(?:in\s+)?(?:the\s+)?(?:neighbou?ring\s+|\w+ern\s+)?",
                text[prev.end : pm.start],
            )
            and pm.place is not None
            and pm.place.precision != "town"
            and prev.place is not None
            and prev.place.precision == "town"
        )
        holds_town = pm.place is not None and any(
            o.place is not None and o is not pm and o.place.precision == "town"
            and o.role in ("target", "subject", "weak") and gaz.within(o.place, pm.place)
            for o in found
        )  # fmt: skip
        site_town = (
            prev is not None
            and prev.place is not None
            and prev.place.key.startswith("site:")
            and re.fullmatch(
                r",?\s+(?:in|near|outside|at)\s+(?:the\s+)?(?:\w+\s+)?", text[prev.end : pm.start]
            )
        )  # "the nuclear power plant in Enerhodar": the site is the place
        if apposition or holds_town or site_town:
            continue
        out.append(pm)
    return out


def region_hints(text: str) -> tuple[str, ...]:
    """Region names an article mentions ('Kharkiv region', 'Sumy oblast')."""
    pattern = (
        # The lookbehind starts a match only at a word's start: without it a long
        # capitalised run is rescanned from every letter (quadratic; a 100k-letter
        # line took minutes).
        r"(?<![\w'’\-])([A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)\s+"
        r"(?:region|oblast|Oblast|Region|province|krai|Krai)\b"
    )
    return tuple(dict.fromkeys(m.group(1) for m in re.finditer(pattern, text)))


# --- sides, attribution, figures ---------------------------------------------------------


def side_of(word: str) -> str | None:
    return lx.SIDE_WORDS.get(_bare(word).lower())


def find_actor(text: str) -> tuple[str | None, str]:
    """Who the sentence says struck, and the pattern that said so."""
    m = lx.ACCUSE.search(text)
    if m:
        return side_of(m.group("side")), "accused"
    m = lx.FROM_SIDE.search(text)
    if m:
        return side_of(m.group("side")), "fired from"
    m = lx.SIDE_VERB.search(text)
    if m:
        return side_of(m.group("side")), "subject"
    m = lx.BY_SIDE.search(text)
    if m:
        return side_of(m.group("side")), "by"
    for m in lx.ATTACKER.finditer(text):
        if lx.NOT_ATTACKER_AFTER.match(text[m.end() :]) and m.group("noun").lower() in (
            "army", "military", "air force", "navy", "forces", "missile", "missiles",
        ):  # fmt: skip
            continue
        if re.search(
            r"\b(?:on|at|against|targeting|hit|struck)\s+(?:an?|the)?\s*$", text[: m.start()]
        ):
            continue
        return side_of(m.group("side")), "attacker"
    return None, "none"


def _subject_side(head: str) -> str | None:
    """The side that is the subject nearest before a verb: nouns and side-plus-agent phrases."""
    sides = [side_of(m.group("noun") or m.group("adj")) for m in lx.SUBJECT.finditer(head)]
    return sides[-1] if sides else None


def _claim(text: str, prev_side: str | None) -> tuple[bool, str | None, str | None]:
    """(claimed?, side who claims, side named in a negated claim)."""
    for m in lx.CLAIM.finditer(text):
        head = text[: m.start()]
        side = _subject_side(head) or prev_side
        if lx.CLAIM_NEGATED.search(head[-40:]):
            return False, None, side
        return True, side, None
    own = lx.OWN_FORCES_CLAIM.search(text)
    if own:
        return True, _subject_side(text[: own.start()]) or prev_side, None
    return False, None, None


def _speaker(
    text: str, actor: str | None, place_country: str | None
) -> tuple[str | None, str | None]:
    """(side, words) of who reports the event, when the sentence reports speech."""
    direct = lx.SIDE_SPEAKS.search(text)
    if direct:
        return side_of(direct.group("side")), direct.group("side")
    speech = list(lx.SPEECH.finditer(text))
    if not speech:
        return None, None
    for sm in speech:
        lo = max(0, sm.start() - 90)
        window = text[lo : sm.end() + 70]
        titles = list(lx.SPEAKER_TITLE.finditer(window))
        if not titles:
            continue
        verb = sm.start() - lo
        tm = min(titles, key=lambda t: min(abs(t.start() - verb), abs(t.end() - verb)))
        near = window[max(0, tm.start() - 40) : tm.end() + 25]
        sides = [s for s in (side_of(w) for w in re.findall(r"[\w'’\-]+", near)) if s]
        side = sides[0] if sides else None
        if side is None and re.search(r"governor|mayor", tm.group(0), re.I):
            side = {"RU": lx.RUSSIA, "UA": lx.UKRAINE}.get(place_country or "")
        if side:
            return side, _speaker_words(window, tm)
    return None, None


def _speaker_words(window: str, tm: re.Match[str]) -> str:
    """The noun phrase around a speaker's title: "a spokesman for Russia's Ministry of Defence"."""
    glue = {"of", "for", "the", "a", "an", "and"}
    left = re.findall(r"[\w'’\-]+|[^\w\s]", window[: tm.start()])
    keep: list[str] = []
    for tok in reversed(left):
        if not (tok[:1].isupper() or tok.lower() in glue or lx.SPEAKER_TITLE.fullmatch(tok)):
            break
        keep.insert(0, tok)
    right = re.match(
        r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’\-]+(?:\s+(?:of\s+)?[A-Z][\w'’\-]+){0,3})?",
        window[tm.end() :],
    )
    phrase = " ".join([*keep, tm.group(0)]) + (right.group(0) if right else "")
    return re.sub(r"^(?:and|of|for)\s+", "", phrase).strip()


def other_side(side: str | None) -> str | None:
    return {lx.RUSSIA: lx.UKRAINE, lx.UKRAINE: lx.RUSSIA}.get(side or "")


def parse_number(text: str) -> int | None:
    t = text.lower().replace(",", "").strip()
    if t.isdigit():
        return int(t)
    if t in lx.NUMBER_WORDS:
        return lx.NUMBER_WORDS[t]
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in lx.NUMBER_WORDS and parts[1] in lx.NUMBER_WORDS:
        return lx.NUMBER_WORDS[parts[0]] + lx.NUMBER_WORDS[parts[1]]
    return None


def find_figure(text: str, patterns: list[re.Pattern[str]]) -> int | None:
    """The first casualty figure matching one of ``patterns``; "at least 59" is 59."""
    for p in patterns:
        for m in p.finditer(text):
            n = parse_number(m.group("n"))
            if n is not None and n < 100_000:
                return n
    return None


def find_weapon(text: str) -> str | None:
    """The most specific weapon phrase: a named system beats a generic noun."""
    best: str | None = None
    for m in lx.WEAPON.finditer(text):
        phrase = m.group(0).strip()
        named = re.search(lx.WEAPON_MODELS, phrase) is not None
        if best is None or (named and re.search(lx.WEAPON_MODELS, best) is None):
            best = phrase
        if named:
            break
    return best


def is_named_weapon(weapon: str) -> bool:
    return re.search(lx.WEAPON_MODELS, weapon) is not None


def event_type(text: str) -> str:
    """Interception if anything was shot down; else the kind of weapon named first."""
    first: list[tuple[int, str]] = []
    for name, pattern in lx.EVENT_TYPES:
        m = pattern.search(text)
        if m and name == "interception":
            return name
        if m:
            first.append((m.start(), name))
    return min(first)[1] if first else lx.DEFAULT_EVENT_TYPE


# --- sentences → mentions ----------------------------------------------------------------


@dataclass
class _Reading:
    """What the article has told us so far, as sentences are read in order."""

    ref: date | None
    lead: DateWindow
    last: Mention | None = None
    last_index: int = -10
    prev_side: str | None = None
    anchor: date | None = None
    last_town: Place | None = None


def _first_side(text: str) -> str | None:
    for w in re.findall(r"[\w'’\-]+", text):
        if side_of(w):
            return side_of(w)
    return None


def _event_dates(text: str, reading: _Reading, offset: int) -> list[DateMention]:
    """Dates of the event, best first.

    Left out: dates in a ', which …' aside without an event word, and the
    dateline's. Put last: the day a statement was made ("said on Sunday"),
    used only when the sentence dates nothing else.
    """
    events, statements = [], []
    dateline = lx.DATELINE.match(text)
    for d in find_dates(text, reading.ref, offset, reading.anchor):
        local = d.start - offset
        if dateline and local < dateline.end():
            continue  # "KYIV, March 25 —" dates the dispatch, not the event
        aside = max(text.rfind(", which ", 0, local), text.rfind(", who ", 0, local))
        if aside >= 0 and not lx.TRIGGER.search(text[aside:local]):
            continue
        after = text[d.end - offset : d.end - offset + 20]
        if lx.STATEMENT_DATE.search(
            text[max(0, local - 40) : local]
        ) or lx.STATEMENT_VERB_AFTER.match(after):
            statements.append(d)
            continue
        events.append(d)
    return events + statements


def lead_window(sentences: list[Sentence], ref: date | None) -> DateWindow:
    """The date of the day's news: the first date within three days of publication.

    Events an article tells without a date belong to its news cycle; without
    such a date, to the week before publication.
    """
    if ref is None:
        return default_window(ref)
    for s in sentences:
        for d in find_dates(s.span.text, ref):
            w = d.window
            if w.start and w.end and w.days <= 2 and 0 <= (ref - w.end).days <= 3:
                return DateWindow(w.start, w.end, w.precision, "news cycle")
    return default_window(ref)


def _weapon_side(text: str) -> str | None:
    """HIMARS are Ukraine's, Shaheds Russia's: the weapon names its side."""
    for pattern, side in lx.WEAPON_SIDE:
        if pattern.search(text):
            return side
    return None


def _located_actor(place: Place | None) -> str | None:
    """Without words naming the attacker, the other side of the place's country."""
    if place is None:
        return None
    if (place.admin1 or "").lower().startswith(("crimea", "autonomous republic", "sevastopol")):
        return lx.UKRAINE
    return {"RU": lx.UKRAINE, "UA": lx.RUSSIA}.get(place.country or "")


def _reported(text: str) -> bool:
    """Is the event told in someone's words rather than the article's own voice?

    Speech before the event ("Russia said drones struck…", "According to…"),
    or the event inside quotation marks. A trailing ", officials said" only
    sources the figures of a sentence the article itself asserts.
    """
    trigger = lx.TRIGGER.search(text)
    if trigger is None:
        return False
    if re.search(r"[\"“]", text[: trigger.start()]) and re.search(r"[\"”]", text[trigger.end() :]):
        return True
    return bool(
        lx.SPEECH.search(text[: trigger.start()]) or lx.SIDE_SPEAKS.search(text[: trigger.start()])
    )


def accuser(text: str) -> str | None:
    """Who accuses in "Russia has accused Ukraine of …" (None for a pronoun)."""
    m = lx.ACCUSE.search(text)
    by = m.group("by").strip(" ,;") if m else ""
    by = re.sub(r"^(?:While|However|But|And|Meanwhile)\s+", "", by)
    by = re.sub(r"(?:\s+(?:has|have|had|also|again|been|previously|repeatedly|earlier))+$", "", by)
    if re.match(r"(?i)(?:it|they|he|she|which|who)\b", by):
        return None  # a pronoun names no one; another sentence of the incident may
    return by or None


def attribution_for(
    text: str, actor: str | None, basis: str, claim_side: str | None, country: str | None
) -> tuple[Attribution, str | None]:
    """claimed / alleged / stated for one sentence, and who alleges."""
    if claim_side and claim_side == actor:
        return "claimed", None
    if basis == "accused":
        return "alleged", accuser(text)
    side, words = _speaker(text, actor, country)
    if side and actor and side != actor and _reported(text):
        return "alleged", words
    if lx.ALLEGED_WORD.search(text):
        return "alleged", None
    return "stated", None


def _non_event_clause(text: str, start: int) -> bool:
    """'relocated to shelter centers in Stary Oskol': the clause is not about the strike."""
    clause = re.split(r"[,;]|\s[-–—]\s", text[max(0, start - 90) : start])[-1]
    return bool(lx.NON_EVENT_CLAUSE.search(clause))


BROAD_KM = 140.0


def _targets(
    text: str, places: list[PlaceMention]
) -> tuple[list[PlaceMention], list[PlaceMention]]:
    """(places the event happened at, weaker candidates such as 'Belgorod governor')."""
    usable = [p for p in places if p.place is None or p.place.precision != "country"]
    usable = [p for p in usable if not _non_event_clause(text, p.clause_start)]
    strong = [p for p in usable if p.role in ("target", "subject")]
    if any(p.place and p.place.precision == "town" for p in strong):
        # "a depot near Kirovograd that supplied troops in the Donbass": a named town
        # says where; a vast region beside it is background.
        strong = [p for p in strong if not (p.place and p.place.radius_km >= BROAD_KM)]
    return strong, [p for p in usable if p.role == "weak"]


def _clause(text: str, at: int) -> str:
    """The clause around a position: "…blew up a depot in Belgorod, but … a missile attack"."""
    parts = list(re.finditer(r"[^;]+?(?:,\s+but\s+|;|$)", text))
    for m in parts:
        if m.start() <= at < m.end():
            return m.group(0)
    return text


def _mention(article: Article, s: Sentence, pm: PlaceMention, reading: _Reading) -> Mention:
    text = s.span.text
    dates = _event_dates(text, reading, s.span.start)
    actor, basis = find_actor(text)
    claimed, claim_side, negated_side = _claim(text, reading.prev_side)
    if actor is None and claimed and claim_side:
        actor, basis = claim_side, "claimed"
    if actor is None and negated_side:
        actor, basis = negated_side, "not claimed"
    if actor is None:
        actor, basis = _weapon_side(text), "weapon"
    if actor is None:
        actor, basis = _located_actor(pm.place), "location"
    country = pm.place.country if pm.place else None
    attribution, by = attribution_for(text, actor, basis, claim_side if claimed else None, country)
    killed, injured = find_figure(text, lx.KILLED), find_figure(text, lx.INJURED)
    return Mention(
        article=article.file, sentence=s, place=pm.place, place_text=pm.text, role=pm.role,
        date=dates[0].window if dates else reading.lead,
        date_explicit=bool(dates), actor=actor, actor_basis=basis, attribution=attribution,
        alleged_by=by, weapon=find_weapon(text), killed=killed, injured=injured,
        event_type=event_type(_clause(text, pm.start)), spans=[(s.span, killed, injured)],
        separate=bool(lx.NEW_EVENT.match(text)),
        caption=s.caption or bool(lx.CAPTION.match(text)),
    )  # fmt: skip


def _continue(m: Mention, s: Sentence, reading: _Reading) -> None:
    """Add a placeless sentence's words and figures to the mention before it."""
    text = s.span.text
    killed, injured = find_figure(text, lx.KILLED), find_figure(text, lx.INJURED)
    m.spans.append((s.span, killed, injured))
    m.killed = m.killed if m.killed is not None else killed
    m.injured = m.injured if m.injured is not None else injured
    weapon = find_weapon(text)
    if weapon and (m.weapon is None or (is_named_weapon(weapon) and not is_named_weapon(m.weapon))):
        m.weapon = weapon
    claimed, claim_side, _ = _claim(text, reading.prev_side)
    if claimed and claim_side and claim_side == m.actor:
        m.attribution, m.alleged_by = "claimed", None
    accused = lx.ACCUSE.search(text)
    if accused and m.actor_basis in ("location", "weapon", "none") and m.attribution != "claimed":
        # "Rosatom blamed Ukraine for the attack": the next sentence names the accused.
        m.actor, m.actor_basis = side_of(accused.group("side")), "accused"
        m.attribution, m.alleged_by = "alleged", accuser(text)
    reading.last_index = s.index


_FOLLOW_UP = re.compile(r"\b(?:killed|injured|wounded|dead|deaths|injuries)\b")


def _continues(m: Mention | None, s: Sentence, reading: _Reading) -> bool:
    if m is None or lx.NEW_EVENT.match(s.span.text):
        return False
    next_paragraph = s.index - reading.last_index == 1 and bool(_FOLLOW_UP.search(s.span.text))
    near = m.sentence.paragraph == s.paragraph and s.index - reading.last_index <= 2
    if not (near or next_paragraph):
        return False
    actor, basis = find_actor(s.span.text)
    return actor is None or m.actor is None or actor == m.actor or basis == "accused"


def extract_mentions(article: Article, ref: date | None, gaz: PlaceResolver) -> list[Mention]:
    """Every mention of an event at a place in one article.

    Parameters
    ----------
    article
        The article, raw text included.
    ref
        Its reference date (publication date, or a twin's), for relative dates.
    gaz
        The place resolver.
    """
    hints = region_hints(article.text)
    sentences = split_sentences(article)
    reading = _Reading(ref, lead_window(sentences, ref))
    mentions: list[Mention] = []
    for s in sentences:
        text = s.span.text
        if not s.heading and lx.TRIGGER.search(text):
            _read_event_sentence(article, s, gaz, hints, reading, mentions)
        reading.prev_side = _first_side(text) or reading.prev_side
    return mentions


def _recent_within(
    mentions: list[Mention], weak: list[PlaceMention], s: Sentence, gaz: PlaceResolver
) -> Mention | None:
    """The latest mention (within six sentences) at or inside a weakly named place."""
    for m in reversed(mentions):
        if s.index - m.sentence.index > 6:
            return None
        for w in weak:
            if m.place and w.place and (m.place.key == w.place.key or gaz.within(m.place, w.place)):
                return m
    return None


def _anaphora(text: str, reading: _Reading, s: Sentence) -> list[PlaceMention]:
    """'…destroyed a printing house in the city' on another day than the event before:
    another event at the town last named. On the same day it continues that event."""
    m = lx.ANAPHORA.search(text)
    if m is None or reading.last_town is None:
        return []
    own = _event_dates(text, reading, s.span.start)
    last = reading.last
    if not own or (last is not None and last.date.known and own[0].window.overlaps(last.date)):
        return []
    return [PlaceMention(m.start(), m.end(), reading.last_town.name, reading.last_town, "target")]


def _read_event_sentence(
    article: Article, s: Sentence, gaz: PlaceResolver, hints: tuple[str, ...],
    reading: _Reading, mentions: list[Mention],
) -> None:  # fmt: skip
    text = s.span.text
    if lx.NEW_EVENT.match(text):
        reading.last = None
    places = find_places(text, gaz, hints)
    targets, weak = _targets(text, places)
    if not targets and not weak:
        targets = _anaphora(text, reading, s)
    towns = [p.place for p in places if p.place and p.place.precision == "town"]
    reading.last_town = towns[-1] if towns else reading.last_town
    if not targets and weak:
        home = _recent_within(mentions, weak, s, gaz)
        if home is not None:
            # "Vitaliy Kim, the governor of the Mykolaiv region, said the city…"
            reading.last = home
            _continue(home, s, reading)
            return
    last = reading.last
    if not targets and _continues(last, s, reading):
        assert last is not None
        _continue(last, s, reading)
        return
    targets = targets or weak
    aggregate_only = lx.AGGREGATE.search(text) and not lx.TRIGGER.search(lx.AGGREGATE.sub("", text))
    if lx.HABITUAL.search(text) and not _event_dates(text, reading, s.span.start):
        aggregate_only = True
    if not targets or aggregate_only:
        # Another event without a place (or a tally): what follows no longer continues the last one.
        reading.last = None
        return
    for pm in targets:
        m = _mention(article, s, pm, reading)
        mentions.append(m)
        reading.last, reading.last_index = m, s.index
        if m.date_explicit and m.date.end:
            reading.anchor = m.date.end
