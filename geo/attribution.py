"""Who struck, who says so, and the figures: sides, claims, allegations, casualties, weapons.

``claimed`` = the actor says it did it; ``alleged`` = one side accuses the other, or the
event is told in the other side's words; ``stated`` = the article's own voice.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo import lexicon as lx
from geo.model import Attribution
from geo.officials import official_named
from geo.placephrase import _bare
from geo.tablerows import cells_of


def side_of(word: str) -> str | None:
    return lx.SIDE_WORDS.get(_bare(word).rstrip("'’").lower())  # ("Ukrainians'")


# Tried in order: an accusation beats an origin, which beats a subject, which beats "by".
_ACTOR_PATTERNS = (
    (lx.ACCUSE, "accused"), (lx.FROM_SIDE, "fired from"), (lx.SIDE_VERB, "subject"),
    (lx.BY_SIDE, "by"),
)  # fmt: skip


# A sentence naming several places is read once per place: these caches keep that linear.
@lru_cache(maxsize=4096)
def find_actor(text: str) -> tuple[str | None, str]:
    """Who the sentence says struck, and the pattern that said so."""
    text = lx.ARMED_FORCES_OF.sub(_as_adjective, lx.ANOTHER_EVENTS_TIME.sub("", text))
    for pattern, basis in _ACTOR_PATTERNS:
        for m in pattern.finditer(text):
            if basis == "by" and _REPORTED_BY.search(text, 0, m.start()):
                continue  # "as reported by the Ukrainian Air Force": who told, not who struck
            if basis == "by" and _DEFENDED_BY.search(text, 0, m.start()):
                continue  # "the missile was intercepted by Russian air defence": who defended
            if basis == "subject" and _WHERE_BEFORE.search(text, 0, m.start()):
                # "The strike of the Kinzhal … in the city of Kiev hit the Patriot system": the
                # capital where the strike fell, not its government striking
                continue
            return side_of(m.group("side")), basis
    for m in lx.ATTACKER.finditer(text):
        if _VICTIMS_AFTER.match(text[m.end() :]):
            continue  # "70 Ukrainian soldiers were killed when Russian artillery hit": victims
        if _SHOT_DOWN_AFTER.match(text, m.end()):
            continue  # "Ukraine's air force said it shot down 23 drones": the defender
        if _TOLD_OF_OTHERS.match(text, m.end()):
            # "Ukraine's Air Force reported that Russian forces fired up to 35 missiles": who
            # told, of someone else's strike
            continue
        if lx.GROUND_MOVE_AFTER.match(text[m.end() :]):
            continue  # "after Ukrainian forces broke through near Balakliia, Russian missiles hit"
        if lx.NOT_ATTACKER_AFTER.match(text[m.end() :]) and m.group("noun").lower() in (
            "army", "military", "air force", "navy", "forces", "missile", "missiles",
        ):  # fmt: skip
            continue
        if _FOR_THE_STRIKE.search(text[: m.start()]) and _STRIKE_NOUN.fullmatch(m.group("noun")):
            return side_of(m.group("side")), "attacker"  # "punishment for the Russian strike"
        if re.search(
            # the side's units as an object: "hit Ukrainian forces", "a depot used to supply
            # AFU units", "positions of Russian troops"
            # ("buildings used by Ukrainian military intelligence": who used the place struck)
            r"\b(?:(?:used|occupied|controlled|held|operated|run|owned)\s+by|"
            r"on|at|against|targeting|hit|struck|attacked|shelled|bombed|targeted|for|supply|"
            r"supplied|supplying|destroyed|carrying|transporting|ferrying|"
            r"damaged|(?:positions|units|depots?|bases?|arsenals?|airfields?|concentrations?|brigades?|battalions?|"
            r"regiments?|divisions?|formations?|groupings?|targets?|equipment|assets?|"
            r"systems?|facilities|objects?|home|meetings?|gatherings?|headquarters|personnel)\s+of"
            # ("the home of Russia's bombers", "a meeting of the Ukrainian air force command")
            # "on a training ground of the Armed Forces of Ukraine": any place of theirs struck
            r"|\b(?:on|at|against|targeting|hit|struck|destroyed|damaged)\s+(?:an?\s+|the\s+)?"
            r"(?:(?!the\b|an?\b)[\w-]+\s+){1,3}of"
            # "a depot of missile and artillery weapons of the Armed Forces of Ukraine"
            r"|\b(?:depots?|warehouses?|arsenals?|bases?|stores?|storage)\s+of\s+(?:[\w-]+\s+){1,4}of"
            r")\s+(?:an?|the)?\s*$",
            text[: m.start()],
        ):
            continue
        if _STRUCK_COUNT.search(text, 0, m.start()):
            continue  # "had hit 41 Russian aircraft at four airfields": what was struck
        return side_of(m.group("side")), "attacker"
    if (struck := _SIDE_STRUCK.search(text)) is not None:
        # "reports strikes on Russian positions on Zmiinyi": the other side struck them
        return other_side(side_of(struck.group("side"))), "target"
    return None, "none"


# a count of things hit, its side's: "hit 41 Russian aircraft" (not "destroyed 31 Ukrainian
# drones", the weapons of the side that sent them)
_STRUCK_COUNT = re.compile(
    r"\b(?:hit|struck|damaged)\s+(?:at\s+least\s+|up\s+to\s+|some\s+|about\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of)\s+$",
    re.IGNORECASE,
)
_SIDE_STRUCK = re.compile(
    rf"\b(?:strikes?|struck|hit|hits|attacks?|attacked|shelling|shelled)\s+(?:on|at|against)?\s*"
    rf"(?:the\s+)?(?P<side>{lx.SIDE})\s+(?:positions|troops|forces|units|soldiers|servicemen|"
    r"military|army|ammunition|fuel|air\s+defen[cs]e|radar|equipment|command\s+posts?|bases?|"
    r"depots?|warehouses?|ships?|vessels?|boats?|tugs?|garrison|personnel|targets|artillery)\b",
    re.IGNORECASE,
)


_SHOT_DOWN_AFTER = re.compile(
    r"\s*(?:(?:said|says|reported|claimed)\s+(?:that\s+)?(?:it|they)\s+)?(?:had\s+|has\s+|have\s+)?"
    r"(?:shot\s+down|intercepted|downed|repelled|"
    # "Russian forces destroyed 54 Ukrainian drones over …": air defence, not the attacker
    r"destroyed\s+(?:\d+|\w+)\s+(?:[\w-]+\s+){0,2}?(?:drones|UAVs|missiles|rockets))\b"
)
_WHERE_BEFORE = re.compile(
    r"\b(?:in|at|near|over)\s+(?:the\s+(?:city|town|capital)\s+of\s+)?$", re.IGNORECASE
)
_TOLD_OF_OTHERS = re.compile(
    r"\s+(?:said|says|reported|reports|stated|states|announced|wrote|added)\s+(?:on\s+\w+\s+)?"
    r"that\s+(?!(?:it|they|its|their|we|our)\b)"
)
_FOR_THE_STRIKE = re.compile(r"\bfor\s+(?:an?|the)?\s*$")
_STRIKE_NOUN = re.compile(
    r"(?i:missiles?|drones?|strikes?|attacks?|shelling|rockets?|airstrikes?|air strikes?|"
    r"barrage|bombardment|glide bombs?|kamikaze drones|UAVs?)"
)
_VICTIMS_AFTER = re.compile(
    r"^\s*(?:were|was|have\s+been|had\s+been|are|is)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|hurt|captured)\b",
    re.IGNORECASE,
)
_DEFENDED_BY = re.compile(
    r"\b(?:intercepted|shot\s+down|downed|repelled|repulsed|neutrali[sz]ed|suppressed|"
    r"jammed|deflected)\s+$",
    re.IGNORECASE,
)
_REPORTED_BY = re.compile(
    r"\b(?:reported|stated|announced|confirmed|claimed|denied|cited|quoted|published|posted|"
    r"released|issued|recorded|documented|verified|filmed|shared|told|relayed)\s+$",
    re.IGNORECASE,
)


def _as_adjective(m: re.Match[str]) -> str:
    return ("Ukrainian" if m.group("c") == "Ukraine" else "Russian") + " Armed Forces"


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


def self_claim_side(text: str, at: int) -> str | None:
    """The side a ministry names as itself when it tells of its own strike ("Russia's Defence
    Ministry said its forces had struck a train … killing reservists of the Ukrainian armed
    forces"): the other side named after it is what was struck. None unless the subject is
    written, and unless the place at ``at`` comes after the claim (is what it struck)."""
    own = _OWN_STRIKE.search(text, 0, at)
    return _subject_side(text[: own.start()]) if own else None


# a side's own strike, not its own defence ("said it had destroyed 20 drones")
_OWN_STRIKE = re.compile(
    r"\b(?:said|says|claimed|reported|announced|stated)\s+(?:\w+\s+){0,3}?(?:that\s+)?"
    r"(?:it|they|its\s+(?:forces|troops|units|military|aviation|artillery))\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:struck|hit|attacked|targeted|carried\s+out|dealt)\b"
)


def _speaker(
    text: str, actor: str | None, place_country: str | None
) -> tuple[str | None, str | None]:
    """(side, words) of who reports the event, when the sentence reports speech."""
    direct = lx.SIDE_SPEAKS.search(text)
    if direct:
        return side_of(direct.group("side")), direct.group("side")
    speech = [*lx.SPEECH.finditer(text), *_REPORT_OF.finditer(text)]
    if not speech:
        # ("Vorobyov: in Domodedovo drone debris fell on the car park": an official's words,
        # his name and a colon before them)
        colon = _NAME_COLON.search(text)
        return (official_named(colon.group(1)) or (None, None)) if colon else (None, None)
    for sm in speech:
        lo = max(0, sm.start() - 90)
        window = text[lo : sm.end() + 70]
        titles = list(lx.SPEAKER_TITLE.finditer(window))
        named = official_named(text[max(0, sm.start() - 40) : sm.start() + 2])
        if named is not None and not any(t.end() <= sm.start() - lo for t in titles):
            # ("Syniehubov writes that the russian army shelled Vovchansk": the official named
            # before the verb speaks, not the army his words name)
            return named
        if not titles:
            # ("Gladkov wrote that …", "Gladkov's summary for the past day: …": an official
            # named by surname alone, as reports do after the first time)
            continue
        verb = sm.start() - lo
        tm = min(titles, key=lambda t: min(abs(t.start() - verb), abs(t.end() - verb)))
        # (the side in the speaker's name, not in its words: 'Operational Command "South"
        # says the russians fired' is Ukraine's command speaking)
        upto = min(tm.end() + 25, verb) if tm.end() <= verb else tm.end() + 25
        near = window[max(0, tm.start() - 40) : upto]
        sides = [s for s in (side_of(w) for w in re.findall(r"[\w'’\-]+", near)) if s]
        side = sides[0] if sides else None
        if side is None and (named := official_named(window[max(0, tm.start() - 40) : verb + 2])):
            return named  # ("Donetsk mayor Kulemzin said": the official's own side, by name)
        # (a Ukrainian city's or region's military administration, in exile or not: "the
        # Berdiansk city military administration said"; not a Russian-installed one)
        if (
            side is None
            and _UA_MILITARY_ADMINISTRATION.search(near)
            and not lx.HELD_VOICE.search(near)
        ):
            side = lx.UKRAINE
        # (a town's own officials speak for the side it is on: "officials in Kramatorsk said")
        if side is None and re.search(r"governor|mayor|officials|authorities", tm.group(0), re.I):
            side = {"RU": lx.RUSSIA, "UA": lx.UKRAINE}.get(place_country or "")
        if side:
            return side, _speaker_words(window, tm)
    return None, None


_UA_MILITARY_ADMINISTRATION = re.compile(
    r"\b(?:city|town|regional|oblast|district|raion|village|settlement)\s+military\s+administration\b"
    r"|\b(?-i:OVA|ODA|RMA|MVA|CMA|OMA)\b"
    # (and Ukraine's commands named without the country: 'Operational Command "South"')
    r"|\bOperational\s+Command\s+[\"“'‘]?(?:South|North|East|West)\b|\bSouthern\s+Defen[cs]e\s+Forces\b"
    r"|\b(?:Tavria|Khortytsia)\s+(?:operational|strategic|group)",
    re.IGNORECASE,
)
_NAME_COLON = re.compile(r"(?:^|[.;]\s+|\s[-–—]\s+)\W{0,3}([A-Z][\w'’-]+):\s")
# "Gladkov's summary for the past day:", "the mayor's update:": someone's words, named so
_REPORT_OF = re.compile(
    r"['’]s\s+(?:(?:daily|evening|morning|latest|night|first)\s+)?(?:summary|update|report|post|"
    r"statement|briefing|message)\b",
    re.IGNORECASE,
)


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


def tells_a_toll(text: str) -> bool:
    """Does the sentence count the dead or the hurt?"""
    return find_figure(text, lx.KILLED) is not None or find_figure(text, lx.INJURED) is not None


def find_figure(text: str, patterns: list[re.Pattern[str]]) -> int | None:
    """The first casualty figure matching one of ``patterns``; "at least 59" is 59."""
    return _figure(text, patterns is lx.KILLED)


@lru_cache(maxsize=4096)
def _figure(text: str, killed: bool) -> int | None:
    patterns = lx.KILLED if killed else lx.INJURED
    text = _counted_text(text)
    listed = _listed_people(text, killed)
    if listed is not None:
        return listed
    # (most sentences name no casualty word: none of the count patterns can match there)
    may_count = (_MAY_KILL if killed else _MAY_HURT).search(text) is not None
    found: list[int] = []
    if may_count:
        # "six people had sought medical help, two of them were hospitalised": the six, not the
        # subset (a subset alone still counts: "a car with four was hit; two of them died")
        whole = _OF_THEM.sub(" ", text)
        for reading in (whole, text) if whole != text else (text,):
            found = found or [n for p in patterns for n in _figures(p, reading)]
    if found:
        # "Initially two dead; within an hour the toll rose to four": the update counts.
        return max(found) if lx.TOLL_UPDATE.search(text) else found[0]
    none = lx.KILLED_NONE if killed else lx.INJURED_NONE
    return 0 if none.search(text) else None


@lru_cache(maxsize=256)
def _counted_text(text: str) -> str:
    """The text a toll is read in: ages, days, addresses and asides struck out (one text is
    asked for its dead, then for its hurt: struck out once)."""
    if _DIGIT.search(text):  # (ages, days and addresses are written in figures: none, none)
        # ("men aged 33 and 56 were wounded": as many people as ages; "two men aged …" counts
        # itself)
        text = _PEOPLE_OF_AGES.sub(_as_many_as_ages, text)
        text = lx.NOTE_PERSON_AGE.sub("1 ", lx.BIRTH_YEAR.sub(" ", text))
        text = lx.AGES.sub(" ", lx.AGE_AS_PERSON.sub("person", lx.DAY_OF_MONTH.sub(" ", text)))
    # (an age may be written in words: "a woman of about sixty was killed")
    text = lx.PERSON_AGE.sub(lambda m: m.group("who"), text)
    if "couple" in text:  # "killing an elderly couple": two people, whatever their age
        text = _A_COUPLE.sub("two people", text)
    return lx.APPOSITION.sub(lambda m: m.group("who") or m.group("one") or m.group("group"), text)


_OF_THEM = re.compile(r"\b[\w-]+\s+of\s+(?:them|whom)\b", re.I)
_PEOPLE_OF_AGES = re.compile(
    r"(?<![\w-]\s)(?<!\d)\b(?P<who>men|women|people|residents|civilians|pensioners|boys|girls|children)"
    r"(?P<ages>,?\s+aged\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,\s*)?and\s+\d{1,3})\b",
    re.I,
)


def _as_many_as_ages(m: re.Match[str]) -> str:
    return f"{len(_DIGITS.findall(m.group('ages')))} {m.group('who')}{m.group('ages')}"


_DIGITS = re.compile(r"\d{1,3}")


_A_COUPLE = re.compile(
    r"\b(?:an?|the)\s+(?:(?:elderly|old|older|young|married|retired|local)\s+)?couple\b(?!\s+of\b)",
    re.I,
)


# (BIRTH_YEAR, NOTE_PERSON_AGE, DAY_OF_MONTH, AGE_AS_PERSON, AGES and PERSON_AGE match a
# figure each)
_DIGIT = re.compile(r"\d")
# A word each pattern of lx.KILLED (lx.INJURED) cannot match without, in the same case-blind
# reading: where none is written, none of them is scanned. (Keep in step with the lists.)
_MAY_KILL = re.compile(
    r"kill|dead|died|perish|lives|fatal|mortal|death|claimed|bod(?:ies|y)|KIA|toll|number|eliminat|"
    r"incompatible|"
    r"neutrali|liquidat|загиб|загин|погиб|вбит|убит",
    re.I,
)
_MAY_HURT = re.compile(
    r"injur|wound|hurt|hospital|medical|treat|WIA|number|concussion|burns|trauma|поранен|ранен|"
    r"постраждал|пострадав",
    re.I,
)


def _figures(pattern: re.Pattern[str], text: str) -> list[int]:
    out = []
    for m in pattern.finditer(text):
        # (a Cyrillic line's figure may follow its word: "загинули 2 людини")
        said = m.group("n") if m.group("n") is not None else m.groupdict().get("m") or ""
        # ("загинула жінка": one person, told by the verb and its noun)
        one = (
            said in ("He", "She", "he", "she")
            or re.match(rf"{lx._ONE}|another\b", said, re.I)
            or bool(m.groupdict().get("one"))
        )
        n = 1 if one else parse_number(said)
        if n is not None and n < 100_000:
            out.append(n)
    return out


@lru_cache(maxsize=256)
def _people_listed(text: str) -> tuple[re.Match[str], ...]:
    return tuple(lx.PEOPLE_LISTED.finditer(text))  # (read for the dead, then for the hurt)


def _listed_people(text: str, killed: bool) -> int | None:
    """'a man and a woman were injured' → 2 (ages already removed)."""
    for m in _people_listed(text):
        what = (m.group("what") or m.group("verb")).lower()
        if what.startswith(("kill", "died")) == killed:
            people = m.group("people") or m.group("objects")
            groups = [parse_number(g.group("n")) or 0 for g in lx.GROUP_COUNT.finditer(people)]
            ones = re.findall(
                r"\b(?:an?|one|his|her|their|its|the)\s", lx.GROUP_COUNT.sub(" ", people), re.I
            )
            return sum(groups) + len(ones)
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
    before = text[: trigger.start()]
    said = lx.SPEECH.search(before) or lx.SIDE_SPEAKS.search(before)
    # (or a known official's name and a colon: "Vorobyov: in Domodedovo drone debris fell")
    colon = _NAME_COLON.search(before)
    return bool(said or _REPORT_OF.search(before) or (colon and official_named(colon.group(1))))


def _notes_cell(text: str) -> str:
    """A table row's longest cell, its notes, whose words tell the event ("UKR94412 | … |
    Shelling/artillery/missile attack | On 2 February 2023, according to the DPR …, Ukrainian
    forces shelled …"): not the type column's words before them; any other text itself."""
    cells = cells_of(text)
    return max((c.text for c in cells), key=len) if cells else text


def accuser(text: str) -> str | None:
    """Who accuses in "Russia has accused Ukraine of …" (None for a pronoun)."""
    m = lx.ACCUSE.search(text)
    by = m.group("by").strip(" ,;") if m else ""
    by = re.sub(r"^(?:While|However|But|And|Meanwhile)\s+", "", by)
    by = re.sub(r"(?:\s+(?:has|have|had|also|again|been|previously|repeatedly|earlier))+$", "", by)
    if re.match(r"(?i)(?:it|they|he|she|which|who)\b", by):
        return None  # a pronoun names no one; another sentence of the incident may
    return by or None


_CLAIM_VERB = re.compile(r"\bclaim(?:s|ed|ing)?\b(?!\s+(?:responsibility\s+)?(?:by|from)\b)", re.I)


def attribution_for(
    text: str,
    actor: str | None,
    basis: str,
    claim_side: str | None,
    country: str | None,
    news: bool = True,
) -> tuple[Attribution, str | None]:
    """claimed / alleged / stated for one sentence, and who alleges.

    ``news``: the event is of the article's news cycle, not an older one it retells.
    """  # fmt: skip
    if claim_side and claim_side == actor:
        return "claimed", None
    text = _notes_cell(text)  # (a row's notes say who reports, not its actor column)
    if basis == "accused":
        return "alleged", accuser(text)
    by = _as_claimed_by(text, country)
    if by is not None and actor is not None:
        # "…, as claimed by the Russian MoD" of Russia's strike: its own claim; "as claimed by
        # the Belgorod governor" of Ukraine's: the struck side's word
        return ("claimed", None) if by[0] == actor else ("alleged", by[1])
    side, words = _speaker(text, actor, country)
    if side and actor and side != actor and _reported(text):
        return "alleged", words
    if side and side == actor and lx.MILITARY_VOICE.search(words or ""):
        return "claimed", None  # "…, the Russian Defence Ministry said": its own forces' strike
    if side and side == actor and _CLAIM_VERB.search(text):
        # "Russian-installed emergency services claimed Russian artillery destroyed a howitzer":
        # the striking side's own claim, whoever of that side makes it
        return "claimed", None
    source = lx.ACCORDING_TO_SIDE.search(text)
    if source and actor:
        # "…, according to the Russian MoD" / "according to Ukrainian military sources": a side's
        # own institutions as the source. Of the other side's strike, an allegation; of their own
        # side's, a claim.
        said_by = side_of(source.group("side"))
        if said_by == actor:
            return "claimed", None
        if said_by is not None:
            return "alleged", source.group(0).removeprefix("according to ").strip()
    if lx.ALLEGED_WORD.search(text):
        return "alleged", None
    if actor == lx.UKRAINE and (news or lx.ACCUSER_FRAMING.search(text)):
        # Ukraine rarely comments on its strikes; unless it claims one, what is told of a
        # fresh one comes from the struck side's officials ("the Kiev regime shelled…").
        # A strike of months ago the article retells is its own statement.
        return "alleged", words if side == lx.RUSSIA else "Russian officials"
    return "stated", None


def official_word(
    attribution: Attribution, by: str | None, actor: str | None, country: str | None,
    official: tuple[str | None, str] | None,
) -> tuple[Attribution, str | None]:  # fmt: skip
    """A strike the page of one side's official body tells in its own voice ("Over the past
    day, the enemy shelled Antonivka" under "Kherson Regional Military Administration"): the
    other side's strike is alleged by that body. A governor's or mayor's side is the struck
    place's."""
    if attribution != "stated" or official is None or actor is None:
        return attribution, by
    side = official[0] or {"RU": lx.RUSSIA, "UA": lx.UKRAINE}.get(country or "")
    if side is None or side == actor:
        return attribution, by
    return "alleged", official[1]


# ACLED's "(…), as claimed by the Ukrainian GUR", "as claimed by a source in the SBU"
_AS_CLAIMED_BY = re.compile(
    r"\bas\s+(?:claimed|reported|stated)\s+by\s+(?P<who>[^.;()]{3,80})", re.IGNORECASE
)
_SIDE_IN = re.compile(rf"\b{lx.SIDE}\b")
_LOCAL_AUTHORITY = re.compile(r"\b(?:governor|administration|authorities|mayor|head)\b", re.I)


def _as_claimed_by(text: str, country: str | None) -> tuple[str, str] | None:
    """(side, words) of an ACLED-style "as claimed by …": a side named in the words, or the
    struck place's own side for its governor or administration."""
    m = _AS_CLAIMED_BY.search(text)
    if m is None or not m.group(0).lower().startswith("as claimed"):
        return None
    who = m.group("who").strip()
    named = _SIDE_IN.search(who)
    side = side_of(named.group(0)) if named else None
    if side is None and _LOCAL_AUTHORITY.search(who):
        side = {"RU": lx.RUSSIA, "UA": lx.UKRAINE}.get(country or "")
    return (side, who) if side else None


_PER_PLACE = re.compile(
    rf"\b(?P<n>\d+|{lx._NUM_WORD})\s+"
    # "Ten of the dead were in Vyshchetarasivka, … and three in the town of Marhanets"
    r"(?:of\s+the\s+(?:dead|victims|wounded|injured)\s+(?:were\s+)?)?"
    # ("four residents of Beryslav and two of Tiahynka were injured")
    r"(?:(?:people|residents|civilians)\s+)?(?:in|of)\s+(?:the\s+(?:town|city|village)\s+of\s+)?[A-Z]",
    re.I,
)


def _share_of(text: str, place_text: str) -> tuple[str, int] | None:
    """A region's toll and one place's part of it: "killed three people in the region, one
    each in Heorhiivka, Krasnohorivka and Paraskoviivka", "seven killed in the region, one of
    them in Halytsynivka". The kind is the toll's told before."""
    for m in _PART_IN.finditer(text):
        listed = text[m.end() : m.end() + _LIST_REACH].split(";")[0].split(". ")[0]
        bound = m.group("of") or m.group("and")
        if not (listed.startswith(place_text) if bound else place_text in listed):
            continue
        n = parse_number(m.group("n") or m.group("and"))
        kills = [k.end() for k in _KILL_WORD.finditer(text, 0, m.start())]
        hurts = [h.end() for h in _HURT_WORD.finditer(text, 0, m.start())]
        if n is None or not (kills or hurts):
            return None
        return ("killed" if max(kills, default=-1) > max(hurts, default=-1) else "injured", n)
    return None


_PART_IN = re.compile(
    rf"(?:,\s+(?P<n>\d+|{lx._NUM_WORD})\s+(?:each|(?P<of>of\s+(?:them|whom)))\s+(?:were\s+)?"
    # (or the toll's verb left out: "one person was killed in Bohdanivka … and two in the town of
    # Avdiivka")
    rf"|,?\s+and\s+(?P<and>\d+|{lx._NUM_WORD})\s+(?:more\s+)?)in\s+"
    r"(?:the\s+(?:town|city|village)\s+of\s+)?",
    re.I,
)
_LIST_REACH = 200  # characters of a list of places after "one each in"
_KILL_WORD = re.compile(r"\b(?:killed|killing|dead|died|deaths?|lives)\b", re.I)
_HURT_WORD = re.compile(r"\b(?:injured|injuring|wounded|wounding|hurt|injuries)\b", re.I)


@lru_cache(maxsize=256)
def _clause_splitter(names: tuple[str, ...]) -> re.Pattern[str]:
    """Where a sentence's clauses part, for these places' names (compiled once per set of
    names: the places of one sentence share it; their order changes no split, as the names
    stand only inside lookaheads)."""
    alts = "|".join(re.escape(o) for o in names)
    return re.compile(
        # "… Dnipro, where a missile … killing four people, and Zaporizhzhia, where one person
        # was killed": each place's own relative clause
        # ("…, and struck Dnipro, where one person was killed": the verb before the name)
        rf";\s+|,\s+(?:while|whereas)\s+|,?\s+and\s+(?=(?:\w+\s+)?(?:{alts})\b[^.;]{{0,3}},\s+where\b)"
        # "Four died in Odesa, where a drone hit a block, and one person was killed in Lviv"
        r"|,\s+and\s+(?=[^,;]*\b(?:killed|died|injured|wounded|hurt)\b)"
        # "In Dnipro, one was killed, and in Pokrovsk in the Donetsk region, three were killed"
        rf"|,\s+and\s+(?=(?:in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+of\s+)?(?:{alts})\b)"
        r"|,\s+as\s+(?=(?:[A-Z][\w'’-]+\s+){1,3}(?:accused|blamed|said|claimed|reported|announced))"
    )


# Every break _clause_splitter finds, its lookaheads left out: where this finds none, it
# finds none either (and no names need compiling in).
_ANY_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:while|whereas)\s+|,?\s+and\s+|,\s+as\s+")


def clause_at_place(text: str, place_text: str, others: tuple[str, ...] = ()) -> str:
    """ "In Vyshchetarasivka, 11 were killed; in Marhanets, 2 were killed": the clause that
    names this place, when another clause gives figures of another place struck (``others``).
    ("… rises to 11; 21 injured": the second clause goes on with the first place.)"""
    if not others or _ANY_CLAUSE_BREAK.search(text) is None:
        return text  # the common cases, cheaply
    clauses = _clause_splitter(tuple(sorted({*others, place_text}))).split(text)
    if len(clauses) == 1:
        return text
    counted = [c for c in clauses if _figure(c, True) is not None or _figure(c, False) is not None]
    mine = [c for c in counted if place_text in c]
    if not mine and any(o in c for c in counted for o in others):
        # "16 killed in Kherson, as Moscow accused Kyiv of an attack on the Kremlin": the
        # toll is the other place's; this one's own clause tells none
        own = [c for c in clauses if place_text in c]
        return own[0] if len(own) == 1 else text
    if len(mine) != 1:
        return text
    theirs = [c for c in counted if c is not mine[0] and any(o in c for o in others)]
    return mine[0] if theirs else text


def figure_at_place(text: str, place_text: str) -> tuple[str, int] | None:
    """A toll shared out by place: "killed 3 residents - two in Selydove and one in
    Kurakhove" gives ("killed", 2) for Selydove. Only when the sentence lists two or more."""
    share = _share_of(text, place_text)
    if share is not None:
        return share
    items = list(_PER_PLACE.finditer(text))
    if len(items) < 2:
        return None
    for m in items:
        if not text[m.end() - 1 :].startswith(place_text):
            continue
        n = parse_number(m.group("n"))
        before = text[: m.end()]
        kills = [k.end() for k in _KILL_WORD.finditer(before)]
        hurts = [h.end() for h in _HURT_WORD.finditer(before)]
        if n is not None and not (kills or hurts):
            # "four residents of Beryslav and two of Tiahynka were injured": the verb after
            kill, hurt = _KILL_WORD.search(text, m.end()), _HURT_WORD.search(text, m.end())
            if kill is None and hurt is None:
                return None
            first_kill = kill is not None and (hurt is None or kill.start() < hurt.start())
            return ("killed" if first_kill else "injured", n)
        if n is None:
            return None
        return ("killed" if max(kills, default=-1) > max(hurts, default=-1) else "injured", n)
    return None
