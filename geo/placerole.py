"""The role of a place named in a sentence: target, subject, weak or context.

The words around a name decide it: the preposition or verb before it (descriptors, asides,
owners and capacities skipped: "struck, among other facilities, the Zmiivska plant", "at
Lukoil's 300,000 b/d Volgograd refinery"), what follows it ("was shelled", "where a missile
struck"), and whether the capitalised word before it is a person's name or a title. Also the
tokens the candidate names are read from.
"""

from __future__ import annotations

import re

from geo import lexicon as lx
from geo.namesakes import DISCLAIMED
from geo.notelines import labels_a_note
from geo.officials import officials
from geo.placetypes import PlaceResolver

_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F\u0400-\u04FF][\w'’\-]*")


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _bare(token: str) -> str:
    """The word without its possessive ("Kharkiv's"): ``re.sub(r"['’]s$", "", token)``,
    spelled out (it runs for every word of every sentence)."""
    if token.endswith(_POSSESSIVE):
        return token[:-2]
    if token.endswith(_POSSESSIVE_NL):  # ($ also stands before a final newline)
        return token[:-3] + "\n"
    return token


_POSSESSIVE = ("'s", "’s")
_POSSESSIVE_NL = ("'s\n", "’s\n")


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


# A later word of a name may be typed in lower case, unless it is a word for an area
# ("Kharkiv region" is a region phrase, read by its own grammar).
_LOWER_PART = re.compile(
    r"(?!(?:region|oblast|district|raion|rayon|city|town|village|area|province|community|"
    r"hromada|and|or|the|of|in|on|at|to|is|was|has)$)[a-z][\w'’\-]{2,}"
)


def _words_before(text: str, start: int) -> list[str]:
    # A bullet's dash ("- Kupiansk: a man was injured") is no word; nor is an aside between
    # commas ("struck, among other facilities, the Zmiivska plant": the verb's object).
    before = _ASIDE.sub(" ", text[max(0, start - 120) : start])[-80:]
    return [w.lower() for w in re.findall(r"[\w'’\-]*\w[\w'’\-]*", before)]


_CODE_BEFORE_BAR = re.compile(r"\s[A-Z]{2,4}(?=\s*\|\s*$)")
_OWNER_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w&.-]*\s+){1,3}[A-Z][\w&.-]*['’]s\s+$")
_ASIDE = re.compile(
    r",\s*(?:among\s+(?:others|other\s+[\w\s-]{1,40}?)|in\s+particular|notably|reportedly|"
    r"again|once\s+more|also)\s*,",
    re.IGNORECASE,
)


def _prep_before(text: str, start: int) -> str | None:
    """The first word before a place that is not a descriptor."""
    if (named := _OWNER_NAME_BEFORE.search(text, max(0, start - 60), start)) is not None:
        # "drones hit Lukoil PJSC's Volgograd refinery": the owner's name describes the thing
        # struck; the verb before it is the place's
        return _prep_before(text, named.start())
    words = _words_before(text, start)
    if re.search(r"\b(?:city|town|village|capital|port|settlement)\s*,\s*$", text[:start]):
        # "hit the centre of Ukraine's second-largest city, Kharkiv": the role is the phrase's.
        owner = _verb_before_part(words[:-1], span=8)
        if owner is not None:
            return owner
    instrument = _INSTRUMENT_BEFORE.search(text[max(0, start - 80) : start])
    if instrument:
        return instrument.group("verb").lower()  # "hit with missiles Pavlohrad": the object
    second = _SECOND_OBJECT.search(text[max(0, start - 80) : start]) or _SECOND_PLACE.search(
        text[max(0, start - 120) : start]
    )
    if second:
        return second.group("verb").lower()  # "hit the district centre and the X community"
    # ("07.07 (Thu) MOV | Ostrivka — …": a job book's status code between its day and bar)
    line_head = _CODE_BEFORE_BAR.sub("", text[text.rfind("\n", 0, start) + 1 : start])
    if re.fullmatch(lx.LINE_STAMP, line_head):
        return None  # "15.03 (Fri) ~11:00 Odesa: …": a log line's stamp is no word of its clause
    if _LEAD_ADVERBIAL.search(text[:start]) or _CLAUSE_START.search(text[:start]):
        # "On Wednesday, the town of Sevsk was attacked", "Snovsk community: the village of
        # Khrinivka came under fire": the clause starts here.
        return None
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w == "of" and i and words[i - 1] in _COMPASS:
            # "in a treeline NW of Mala Tokmachka", "5 km east of Kupiansk": where the
            # thing struck lies, by the place; the role is the phrase's
            owner = _verb_before_part(words[: i - 1], span=6)
            if owner is not None:
                return owner
        if w == "of" and i and (words[i - 1] in lx.PART_OF_PLACE or _the_side_of(words[:i])):
            # "the central square of Sumy", "three districts of the city of Zaporozhye":
            # the place owns the thing the verb or preposition before it acts on.
            owner = _verb_before_part(words[: i - 1])
            if owner is None and _SUBORDINATORS & set(words[max(0, i - 4) : i - 1]):
                return None  # "… wounded when the center of Belgorod came under fire"
            if owner is not None:
                return owner
        if w.endswith(("'", "’")) or _OWNER.fullmatch(w) or _SIZE.fullmatch(" ".join(words[i:])):
            # "the workers' settlement of Suzemka", "at Lukoil's 300,000 b/d Volgograd
            # refinery": an owner or a capacity describes the thing struck
            continue
        if i == len(words) - 1 and w in _SITE_CALLED:
            continue  # "tried to strike the airfields Dyagilevo and Engels": the sites named
        if w in _INFINITIVE_ATTACK and words[max(0, i - 2) : i] in (
            ["attempted", "to"],
            ["tried", "to"],
        ):
            return "struck"  # "attempted to strike the Engels airfield": an attack made
        if w in ("out", "up") and i and words[i - 1] in _PHRASAL_STRIKE:
            return "struck"  # "knocked out the DniproHES dam", "blew up a depot in X"
        if w not in lx.SKIPPABLE and not _HELD_BY.search(w):
            return w
    return None


# a site's noun before the name it is called by ("the airfield Belbek", "the airfields …")
_SITE_CALLED = frozenset(
    {"airfield", "airfields", "airbase", "airbases", "airport", "airports", "refinery",
     "refineries"}
)  # fmt: skip


def _names_a_part_of_it(after: str) -> bool:
    words = re.findall(r"[\w-]+", after.lower())[1:4]  # past the "'s"
    return any(w in lx.PART_OF_PLACE for w in words)


# a comparison that opens the sentence names another event ("Like the massacres in Bucha, …")
_LIKE_OPENING = re.compile(r"^\W*(?:[Ll]ike|[Uu]nlike|[Jj]ust\s+as\s+in)\s+[^,;:.]{0,80}$")
# "… came a day after an attack on a college in Poltava on Tuesday": that strike's own day
_OWN_DAY_AFTER = re.compile(
    r"\s*,?\s+(?:on|last|early\s+on|late\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b"
)
_A_THING_OF_BEFORE = re.compile(
    r"(?:^|[.;:]\s+)\W*(?:The|A|An)\s+(?:[\w-]+\s+){0,3}?(?:market|school|hospital|station|"
    r"building|plant|factory|bridge|church|theatre|theater|university|college|depot|port|"
    r"airport|stadium|centre|center|square|park|library|museum|kindergarten)\s+of\s+$"
)
_IT_WAS_STRUCK_AFTER = re.compile(
    r"\s+(?:burned|burnt|caught\s+fire|collapsed|was\s+(?:hit|destroyed|damaged|shelled|struck|"
    r"bombed|set\s+on\s+fire|burned|burnt|gutted))\b"
)
_ARRIVED_IN = re.compile(
    r"\b(?:arrived|arrives|arriving|arrive|landed|travell?ed)\s+in\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:(?:city|town|capital)\s+of\s+)?$",
    re.IGNORECASE,
)
_FOR_TALKS_AFTER = re.compile(
    r"\s*,?\s+(?:on\s+\w+\s+)?(?:for|to)\s+(?:talks|a\s+(?:visit|meeting|summit|conference)|meet|"
    r"attend|sign|discuss)\b",
    re.IGNORECASE,
)
_IT_IS_THE_SITE_IN = re.compile(
    r"(?:^|[.:;]\s+)\W*(?:It|That|This)\s+(?:is|was|turned\s+out\s+to\s+be)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:in|at|near)\s+$"
)
_WHOSE_THING_STRUCK = re.compile(
    r"\s*,\s+whose\s+(?:[\w'’-]+\s+){1,3}?(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:\w+\s+)?(?:hit|struck|damaged|destroyed|shelled|bombed|burned|burnt)\b",
    re.IGNORECASE,
)
_THE_SITE_LIES_IN = re.compile(lx.SITE_LOCATED + r"$", re.IGNORECASE)
_NOTHING_STRUCK_IN = re.compile(
    r"\b(?:nothing|no\s+one|nobody)\s+(?:was\s+|got\s+)?(?:hit|struck|damaged|fell|landed|hurt)\s+"
    r"(?:in|at|on|near)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# where soldiers were called up, not where they were struck
_MOBILISED_IN = re.compile(
    r"\b(?:mobili[sz]ed|drafted|conscripted|recruited|called\s+up)\s+(?:in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OWN_NIGHT_LATER = re.compile(
    r"[^.;]{0,120}?\b(?:overnight\s+(?:into|to|on)|on\s+the\s+night\s+(?:of|to|into)|early\s+on|late\s+on)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b"
)
_OWN_TOLL_AND_DAY = re.compile(
    r"[^.;]{0,40}?\b(?:killed|wounded|injured)\s+(?:at\s+least\s+)?(?:\d+|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|\w+\s+(?:people|civilians))[^.;]{0,120}?\bon\s+(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b"
)
_SITUATION_AROUND = re.compile(
    r"\bsituation\s+(?:around|near|in|at|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PRESSURE_ON = re.compile(
    r"\b(?:pressure|sanctions|demands?|influence|leverage)\s+(?:on|against)\s+$", re.IGNORECASE
)
_STATES_OFFICIALS = re.compile(r"['’]s\s+(?:officials|authorities|government|leadership)\b")
_SINCE_THEN = re.compile(r"\b(?:since\s+then|ever\s+since|from\s+then\s+on)\b[^.;]*$", re.I)
_NEWS_FROM = re.compile(
    r"\b(?:news|word|reports?)\s+from\s+$"
    # (or a log's cell opened by it: "| From Чернігів again: this morning the russians hit …")
    r"|(?:^|[|]\s*|\s[-–—]\s+)(?-i:From)\s+$",
    re.IGNORECASE,
)
# (past its bracket, or the rest of one its qualifier opened: "Yeline (Snovsk hromada, …) -")
_NEWS_TOLD = re.compile(
    r"(?:\s*\([^()]{1,60}\)|[^()]{0,60}\))?(?:\s+(?:again|too|also))?\s*(?::|\s[-–—]\s)"
)
_IS_IN_UNIT = re.compile(
    r"\s+(?:is|lies|sits)\s+(?:located\s+)?in\s+the\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(?:district|raion|region|oblast|community|hromada)\b"
)
_FIRED_FROM_OVER = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:airspace|skies|sky|waters?)\s+(?:over|of|above)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]+['’]s\s+)?$"
    # (a log's "Tu-22M3 launch over Kursk obl.", "launched over the Black Sea": where from)
    r"|\blaunch(?:ed|es)?\s+(?:point\s+)?(?:over|from|above)\s+(?:the\s+)?$"
    # ("the russians dropped them from su-34 over belgorod region": the aircraft's airspace)
    r"|\b(?:dropped|launched|fired)\s+(?:[\w-]+\s+){0,3}?from\s+(?:an?\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:su-\d+s?|tu-\d+\w*s?|mig-\d+s?|aircraft|jets?|planes?|bombers?|"
    r"helicopters?)\s+(?:over|above)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BEARING_TOWARDS = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?\s+towards?\s+$",
    re.IGNORECASE,
)
_MARKET_IN = re.compile(
    r"\b(?:prices?|shares|rates|demand|queues?)\s+"
    r"(?:[\w-]+\s+){0,2}?in\s+(?:[A-Z][\w'’-]+\s+(?:and|or)\s+)?$"
)
_REPAIRED_IN = re.compile(
    r"\b(?:replaced|repaired|restored|swapped|fixed|serviced|refurbished)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_GROUND_PUSH_ON = re.compile(
    r"\b(?<!missile\s)(?<!drone\s)(?<!air\s)(?<!aerial\s)(?<!rocket\s)"
    r"(?:ground\s+)?(?:assault|offensive|onslaught|advance|push|siege|encirclement)\s+"
    r"(?:on|against|towards?|around|of)\s+(?:the\s+)?(?:(?:eastern|front-?line|key|besieged|"
    r"embattled)\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
_VOTING_IN = re.compile(
    r"\b(?:referendums?|voting|votes?|elections?|polls?|ballots?)\b[^.;:]{0,100}?\b(?:in|across)\s+"
    r"(?:(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:People's\s+)?Republic)?\s*(?:,|and|as\s+well\s+as)\s+)*"
    r"(?:the\s+)?$"
)
# where a text was written or sent from: its writer's place, struck only if it says so
_WRITTEN_IN = re.compile(
    r"\b(?:[Ww]ritten|[Ww]rote|[Ss]igned|[Ss]ent)\s+(?:(?:at\s+dawn|down|it|this)\s+)?"
    r"(?:on\s+[^,;]{1,20}\s+)?(?:in|from)\s+$"
    # (or where an address was made: "said in a video address recorded in Zhytomyr")
    r"|\b(?:address|statement|video|message|speech|interview)\s+(?:recorded|filmed|given|made)\s+"
    r"(?:in|from)\s+$"
)
_UPDATE_FROM = re.compile(r"^\W*(?:An?\s+|The\s+)?(?:update|latest|news)\s+from\s+$", re.I)
_WHAT_THEY_CALL = re.compile(
    r"\bwhat\s+(?:[\w-]+\s+){1,2}?(?:call|calls|called|name|names|named)\s+[\"“«]?$", re.I
)
# a name in brackets right after a quoted one
_GLOSS_BEFORE = re.compile(r"[\"“][A-Z][^\"”]{1,30}([\"”])\s*\(\s*$")
# a copula that names what a strike was aimed at
# "south-east of Moscow", "4,000km from Ukraine": a place a target is measured from
_MEASURED_FROM_PLACE = re.compile(r"\b(?:of|from|to)\s+(?:the\s+)?$")
_TARGETS_WERE = re.compile(
    r"^\W*The\s+(?:main\s+)?targets\b(?:,[^,;.]{0,40},)?\s+(?:were|included)\s+[^.]*$"
    # "Other cities hit included Dnipro, Lviv and Odesa"
    r"|\b(?:cities|towns|villages|regions|places|areas|settlements)\s+(?:that\s+were\s+)?(?:also\s+)?"
    r"(?:hit|struck|attacked|targeted|shelled|affected)\s+(?:also\s+)?(?:included|include|were)\s+[^.]*$"
    # "Among the facilities hit, the ministry named the Dneproges, the Zmiyevskaya TPP …"
    r"|^\W*Among\s+the\s+(?:facilities|targets|objects|sites)\s+(?:hit|struck|attacked|targeted)"
    r",?\s+[^.;]{0,60}?\b(?:named|listed|cited|mentioned)\s+[^.]*$"
)
_AIM_WAS = re.compile(
    r"\b(?:targets?|directions?|aim|object|focus)\s+of\s+(?:the\s+|this\s+|that\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:strikes?|attacks?|shelling|barrage|bombardment|missiles?|drones?)\s+"
    r"(?:was|were|is)\s+(?:the\s+(?:city|town|village|port|capital)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)


# a clause that opens here: what follows its part-of phrase is the clause's own verb
_SUBORDINATORS = frozenset({"when", "as", "after", "while", "before", "because", "once", "until"})


_PHRASAL_STRIKE = frozenset(
    {"knocked", "knocking", "knock", "knocks", "took", "taking", "taken", "wiped", "wiping",
     "blew", "blown", "blowing"}
)  # fmt: skip


# "the Russian-held city of", "Kyiv-controlled Kostiantynivka": who holds it describes it
_HELD_BY = re.compile(r"\w-(?:held|controlled|occupied|annexed)$")


_OWNER = re.compile(r"[\w-]+['’]s")
# (and an energy desk's "17.1mn t/yr", "300,000 b/d", "12 mt/y")
_SIZE = re.compile(
    r"(?:\d+\s+)*(?:\d*(?:mn|m|bn|k)\s+)?(?:(?:b|m?t)\s+)?"
    r"(?:b(?:\s+d)?|d|bpd|mw|gw|kv|tonnes?|m?t|yr|year)"
)
# OSINT notes' bearings ("a treeline NW of Mala Tokmachka"); spelled-out directions are
# also how launch sites and front lines are told ("40 km north of Belgorod"), so not those
_COMPASS = frozenset(
    {"ne", "nw", "se", "sw", "nne", "ene", "ese", "sse", "ssw", "wsw", "wnw", "nnw"}
)
_INFINITIVE_ATTACK = frozenset({"strike", "attack", "shell", "bomb", "target", "hit"})
_REDUCING = frozenset(
    {"reduce", "reduces", "reduced", "reducing", "turn", "turns", "turned", "turning"}
)


# The instrument between a strike verb and its object, as coders write it: "hit with missiles
# Pavlohrad", "struck with a drone the village of Bilenke".
_INSTRUMENT_BEFORE = re.compile(
    r"\b(?P<verb>hit|struck|shelled|attacked|bombed|targeted|pounded)\s+with\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:missiles?|drones?|rockets?|bombs?|artillery|mortars?|shells|MLRS|"
    r"UAVs?|munitions?|Grads?|Shaheds?)\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?$",
    re.I,
)
# A place that is the second object of a strike verb, after a common noun: "hit the town
# and the Marhanets community" (a name after a name is a list: _coordinated).
_SECOND_OBJECT = re.compile(
    r"\b(?P<verb>hit|struck|shelled|attacked|bombed|targeted|pounded|hitting|striking|"
    r"shelling|attacking|targeting)\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){1,3}(?:and|or)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "shelled the town of Kupiansk and the villages of Petropavlivka and Kurylivka"
_SECOND_PLACE = re.compile(
    r"\b(?P<verb>hit|struck|shelled|attacked|bombed|targeted|pounded)\s+(?:the\s+)?"
    r"(?:(?:town|village|city|settlement)s?\s+of\s+)?[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?\s+"
    r"and\s+(?:the\s+)?(?:villages?|towns?|settlements?|cities)\s+of\s+$"
)
_CLAUSE_START = re.compile(
    r"(?:[:;]\s*(?:[—–-]\s*)?"
    # reported speech: "Gladkov said that the village of Golovchino had come under fire"
    # ("said Marina, a mother": a person speaking, so only after "that")
    r"|\b(?:said|says|reported|wrote|announced|stated|added|confirmed)\s+that\s+"
    # a clause of time: "two people were killed on Monday when the village of Prishib … came
    # under fire"
    r"|\bwhen\s+)"
    r"(?:the\s+)?(?:(?:town|village|city|settlement|areas?|outskirts|"
    r"vicinity|suburbs?|districts?)\s+of\s+)?$",
    re.I,
)
_GEOLOCATED_TO = re.compile(
    r"\bgeo-?locat(?:ed|ion)\s+(?:to|in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+)?$",
    re.IGNORECASE,
)
# "the Mykolaiv regional administration building": a building in the oblast's seat city
_SEAT_BUILDING = re.compile(
    r"\s+regional\s+(?:military\s+|state\s+)?(?:administration|council|government)\s+"
    r"(?:building|headquarters|offices?|premises)\b",
    re.IGNORECASE,
)
_GOVERNOR_OF = re.compile(r"\s+(?:[Rr]egional|[Rr]egion)\b|['’]s\s+(?:regional\s+)?governor\b")
# A colon after a strike clause opens the list of places struck; later items follow "," or ";".
# "Settlements came under shelling, in particular Antonivka, Bilozerka and Stanislav" (not
# "to conduct air attacks on cities, in particular the Kherson region": an aim)
_STRUCK_IN_PARTICULAR = re.compile(
    r"(?:\b(?:were|was|been)\s+(?:hit|struck|shelled|attacked|targeted|bombed)\b[^:.;]{0,60}"
    r"|\bcame\s+under\s+(?:[\w-]+\s+){0,4}?(?:fire|attacks?|shelling)\b[^:.;]{0,20})"
    r",\s+in\s+particular\s+(?:[^:.;]*,\s*(?:and\s+)?|[^:.;]*\s+and\s+)?$"
)
_STRUCK_LIST = re.compile(
    r"\b(?:hit|struck|shelled|attacked|targeted|bombed|"
    r"explosions?\s+(?:were|was)\s+(?:heard|reported)|"
    r"came\s+under\s+(?:[\w-]+\s+){0,4}?(?:fire|attacks?|shelling))"
    r"\b[^:.]{0,60}:\s*(?:[^:.]*[,;]\s*(?:and\s+)?)?$"
)
# (the lexicon's month names, as a toll's "April 8" is told from a day)
_MONTH_DAY = (
    rf"(?:{lx._MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{lx._MONTHS}\.?)"
)
_LEAD_ADVERBIAL = re.compile(
    r"^\W*(?:On|Early on|Late on|Overnight|Earlier|Later|In the (?:morning|evening|afternoon)|"
    r"Since (?:early |this )?(?:morning|dawn|midnight)|"
    # a roundup's "Over the past day, the Bereznehuvate community came under fire"
    r"Over the (?:past|last) (?:day|24 hours|night)|During the day|"
    r"This (?:morning|afternoon|evening)|Last night|Tonight|Today|Yesterday|At night|At dawn|"
    r"During the night|In the night|"
    # a day told from the event before: "That night, Novorossiysk came under a drone attack"
    r"(?:That|The same|The (?:next|following)|Later that|Earlier that) (?:day|night|morning|"
    r"afternoon|evening)|(?:Hours|Minutes) later"
    # a bare day: "February 17, the village of Dvorichna came under fire"
    rf"|{_MONTH_DAY})"
    # ("On 31 May and 1 June 2023, Shebekino came under …"; "Yesterday, February 17, …")
    rf"(?:,\s+{_MONTH_DAY}(?:,?\s+\d{{4}})?)?"
    # ("On the night of Friday, 9 August, Lipetsk came under …": its day after its words)
    rf"(?:\s+[\w-]+){{0,6}}(?:,\s+{_MONTH_DAY}(?:,?\s+\d{{4}})?)?,\s+"
    r"(?:the\s+)?(?:(?:town|village|city|settlement)\s+of\s+)?$"
    # a governor's post: "Starovoit: This morning the village of Tyotkino came under fire",
    # "Overnight and this morning Shebekino came under shelling" (no comma after the time)
    r"|(?:^|[:;—–]\s*)\W*(?:(?:Overnight|Last night)(?:\s+and\s+this\s+morning)?|"
    # "Since early morning the city of Shebekino has been under massive fire"
    r"Since\s+(?:early\s+|this\s+)?(?:morning|dawn|midnight)|Since\s+last\s+night|All\s+(?:day|night)|"
    r"This (?:morning|afternoon|evening)|Tonight|Today|Yesterday|At (?:dawn|night)|"
    r"In the (?:morning|evening|afternoon)|During the night|"
    r"(?:That|The same|The (?:next|following)|Later that|Earlier that) (?:day|night|morning|"
    r"afternoon|evening))"
    r"\s+(?:the\s+)?(?:(?:town|village|city|settlement)\s+of\s+)?$"
)
_PART_STOPS = lx.TARGET_PREP | lx.CONTEXT_PREP | lx.WEAK_BEFORE


def _verb_before_part(words: list[str], span: int = 5) -> str | None:
    """The preposition or verb up to ``span`` words before "<part> of", if one is there."""
    window = words[-span:]
    offset = len(words) - len(window)
    for k in range(len(window) - 1, -1, -1):
        w = window[k]
        if w == "down" and k and window[k - 1] in ("brought", "bring", "brings", "bringing"):
            return "struck"  # "an explosion brought down part of the Kerch bridge"
        # "the shelling of the Kuibyshevsky district of X"; "hit the Kievsky and
        # Kuibyshevsky districts of X": a list of parts is still the verb's object.
        if w in _PART_STOPS and w not in ("of", "and"):
            return w
        if w == "of" and k and window[k - 1] in lx.PART_OF_PLACE:
            # "a market in the Tekstilshchik neighbourhood of the Kirovskyi district of
            # Donetsk": a part of a part, owned by what owns the outer one.
            return _verb_before_part(words[: offset + k - 1], span)
    return None


def _person_name(text: str, start: int, gaz: PlaceResolver) -> bool:
    """'Governor Vyacheslav Gladkov': a capitalised non-place word right before a name."""
    m = re.search(r"([A-Z][\w'’\-]*)\s+$", text[:start])
    if not m or m.start() == 0 and text[: m.start()].strip() == "":
        return False
    word = m.group(1)
    if word.endswith(("'s", "’s")):
        return False  # "Novatek's Ust-Luga complex": an owner's name, not a first name
    if word.isupper() and len(word) <= 4:
        return False  # "SS Konotop", "TPP Ladyzhyn": an abbreviation's object, no first name
    if any(c.isdigit() for c in word):
        return False  # "Job BS-1418 Vuhledar": a code before the name, no first name
    if re.search(r"-(?:[a-z]+ed|held|run|led)$", word):
        return False  # "Russian-controlled Donetsk", "Kyiv-held Kupiansk": who holds it
    before = text[: m.start()].rstrip()
    sentence_start = not before or before[-1] in '.!?"“‘:'
    if sentence_start or word.lower() in lx.NOT_PLACES or word.lower() in lx.SKIPPABLE:
        return False
    if _CALENDAR_WORD.fullmatch(word):
        return False  # "04.06 Tue Mykolaiv:", "on 4 March Odesa was hit": a day, no first name
    if word.isupper() and not re.search(r"[a-z]", before[-40:]) and not lx.personal_name(word):
        return False  # "RUSSIAN FORCES SHELLED TORETSK": a sitrep's capitals, no first name
    return not gaz.is_known(_bare(word))


# a note's place put after its event: "russians shelling again, Kherson, Dniprovskyi dist."
_EVENT_THEN_PLACE = re.compile(
    r"\b(?:shelling|shelled|strikes?|struck|attacks?|attacked|explosions?|hits?|arrivals?|"
    r"incoming|bombing|bombed)(?:\s+(?:again|continues|continued|resumed))?\s*,\s*$",
    re.IGNORECASE,
)


# ("Myrne in the Mykolaiv district — not to be confused with Myrne in the Kherson district,
# … — was struck": the aside between dashes, then the verb)
_LEADING_ASIDE = re.compile(r"^\s*(?:[—–]\s[^—–]{1,200}?\s[—–]|\([^()]{1,200}\))")
_METRES_FROM = re.compile(
    # ("300 meters (about 1,000 feet) from the reactors of": its conversion between)
    # (or in words: "about three hundred metres from the reactors of")
    r"\b(?:\d[\d,.]*|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)"
    r"\s+(?:hundred|dozen)|fifty|twenty|thirty|forty)\s*(?:m|metres|meters|yards)"
    r"(?:\s*\([^()]{0,30}\))?\s+(?:away\s+)?from\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_FRONT_NEAR = re.compile(
    # (or the front alone: "the shelling you hear comes from the front near Avdeyevka"; not "in
    # front of the city hall")
    r"\b(?:front[\s-]?lines?|(?<!in\s)front)\s+(?:near|at|around|by|outside|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OUT_OF_ACTION = re.compile(r"\bput\s+out\s+of\s+action[\"”]?\s+(?:the\s+)?$", re.IGNORECASE)


def _an_items_town(text: str, end: int) -> bool:
    """Does a dash after the town open what befell the item there, a strike told?"""
    dash = _DASH_AFTER.match(text, end)
    if dash is None:
        return False
    told = lx.NEGATED_STRIKE.sub(" ", text[dash.end() : dash.end() + 160].split(". ")[0])
    if _NONE_THERE.search(told):
        return False  # ("Hola Prystan, Oleshky - evacuations, no strike there to log")
    return bool(lx.TRIGGER.search(told) or lx.STRIKE_WORDS.search(told))


_NONE_THERE = re.compile(
    r"\b(?:no|not\s+an?)\s+(?:strikes?|shelling|attacks?|hits?|damage)\b", re.IGNORECASE
)


_DASH_AFTER = re.compile(r"\s+[-–—]\s+")
# … or the place first, then its event: "Kurakhivka, Russian shelling of the village"
_UNHURT_AFTER = re.compile(
    r"\s+(?:is|was|were|are|remained|stayed)\s+(?:(?:luckily|fortunately|thankfully)\s+)?"
    r"(?:unhurt|unharmed|uninjured|alive\s+and\s+well|safe\s+and\s+sound)\b"
)
_GLOSS_AFTER = re.compile(rf"\s*(?:{lx.TRANSLATORS_GLOSS.pattern})", re.IGNORECASE)
_EVENT_AFTER_PLACE = re.compile(
    r"(?:\s+(?:city\s+)?(?:centre|center|outskirts))?\s*[,:–—-]\s*(?:an?\s+)?"
    r"(?:(?:russian|ukrainian|enemy|RU|UA)\s+)?(?:(?:missile|drone|rocket|artillery|air|glide[\s-]bomb|"
    r"MLRS|mortar|cluster|guided[\s-]bomb)\s+)?(?:strike|shelling|attack|airstrike|bombing)\b"
    r"(?!\s+(?:on|in|at|near|against|of)\s+(?:the\s+)?[A-Z])"
    # (not a heading's "CLAIMS LOG - strike claims we checked")
    r"(?!\s+(?:claims?|reports?|news|updates?|log|map|tracker|list|data)\b)"
    # (a note's "…, Mykolaiv district, hit overnight": the place, then what befell it)
    # (not an aside on a building: "the Drama Theatre, damaged by a Russian missile in 2023")
    r"|\s*,\s*(?:was\s+|were\s+)?(?:hit|struck|shelled|attacked|bombed|(?:damaged|destroyed)(?!\s+by))\b"
    r"(?!\s+(?:on|in|at|near)\s+(?:the\s+)?[A-Z])",
    re.IGNORECASE,
)
# … or closing its clause: "russian missiles hit multi-storey bldgs, Zaporizhzhia."
_STRUCK_THEN_PLACE = re.compile(
    r"\b(?:hit|struck|shelled|attacked|bombed|shelling|strikes?|attacks?)\b[^.;:,]{0,60},\s*$",
    re.IGNORECASE,
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;!]|\(|$)")
# (not "the shelling continued, Kherson governor Yanushevych said")
_SPOKEN_AFTER = re.compile(
    rf"(?:\s+[\w'’-]+){{0,2}}?\s+(?:{lx.SPEAKER_TITLE.pattern}|{lx.SPEECH.pattern})", re.IGNORECASE
)
# an attack as the subject, the plant it stopped as the object
_ATTACK_STOPS = re.compile(
    r"\b(?:strikes?|attacks?|shelling|drones?|missiles?|explosions?|blasts?)\s+(?:\w+\s+)?"
    r"(?:halt(?:s|ed)?|shut(?:s)?(?:\s+down)?|stop(?:s|ped)?|disrupt(?:s|ed)?|knock(?:s|ed)?\s+out|"
    r"cripple(?:s|d)?|idle(?:s|d)?|paralys(?:es|ed)|paralyz(?:es|ed)|set(?:s)?\s+fire\s+to)\s+"
    r"(?:(?:the|a|an|its)\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# where the hurt lie, not where they were hurt (unless a strike hit the hospital itself)
_CALENDAR_WORD = re.compile(
    r"(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?|"
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)


_NOT_SURNAME = {
    "governor", "mayor", "region", "oblast", "district", "city", "town", "village", "regional",
    "province", "raion", "krai", "republic", "residents", "authorities",
}  # fmt: skip


_VESSEL_BEFORE = re.compile(
    r"\b(?:submarine|frigate|corvette|cruiser|warship|landing\s+ship|ship|vessel|tanker|"
    r"tug|patrol\s+(?:ship|boat)|minesweeper|flagship)\s+$",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(
    r"\b(?:mayor|governor|spokes(?:man|woman|person)|commander|minister|prosecutor|ombudsman|"
    r"President|Governor|Mayor|Minister|General|Colonel|Lieutenant|Captain|Sergeant|Father|"
    r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|"
    # ("Our painter Lida waits for her bus": a trade before a first name)
    r"painter|carpenter|driver|electrician|plumber|welder|accountant|cook|nurse|teacher|"
    r"colleague|cousin|neighbou?r|friend|"
    # ("Our courier Artyom was two streets away"): more of a shop's trades
    r"courier|baker|cashier|manager|mechanic|tailor|seller|waiter|waitress|barista|loader|"
    r"storekeeper|watchman|apprentice|assistant|groomer|hairdresser|optician|florist)\s+$"
)


def _first_name(text: str, end: int, gaz: PlaceResolver) -> bool:
    """'Ivan Fedorov': a name followed by an unknown capitalised word is a person's; so is
    one placed in a building ("Lida from the 3rd floor", "Tolik from flat 12")."""
    if _NEIGHBOUR_AFTER.match(text, end):
        return True
    m = re.match(r"\s([A-Z][a-z][\w'’\-]*)", text[end:])
    if not m:
        return False
    word = _bare(m.group(1))
    # (a first name after a title's place: 'the occupation "governor" of Sevastopol Mikhail
    # Razvozhayev' is a person of that place, not a surname "Sevastopol")
    if _OF_A_PLACE.search(text, max(0, end - 60), end) and lx.personal_name(word.lower()):
        return False
    if (
        lx.INSTITUTION_AFTER.match(text[end:])
        or word.lower() in _NOT_SURNAME
        or lx.REGION_SUFFIX.match(word)
        or lx.NAME_PART_AFTER.match(" " + word)
    ):
        return False
    return not gaz.is_known(word) or word.lower() in lx.NOT_PLACES


_OF_A_PLACE = re.compile(r"\bof\s+[A-Z][\w'’\-]+(?:[\s-][A-Z][\w'’\-]+)?$")


_NEIGHBOUR_AFTER = re.compile(
    r"\s+from\s+(?:the\s+)?(?:(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|top|ground)"
    r"\s+floor|(?:flat|apartment|entrance|block)\s+(?:no\.?\s*)?\d+|next\s+door|downstairs|upstairs|"
    r"across\s+the\s+(?:street|landing|hall))\b",
    re.IGNORECASE,
)
_SPEAKS_AFTER = re.compile(
    # ("Petrov from Reni reminds me": a surname that speaks)
    r"^,?\s+(?:(?:also|later|then|further|again)\s+)?(?:said|says|told|added|wrote|noted|stated|announced|claimed|confirmed|speaking|"
    r"reminds|reminded|recalls|recalled|"
    r"who\s+(?:said|spoke|heads|leads)|has said|had said)\b"
)


def _speaking_surname(
    text: str, end: int, name: str, regions: tuple[str, ...], gaz: PlaceResolver
) -> bool:
    """'Golubev, speaking in Rostov': a village's name that speaks is a person's surname.

    A city's name that speaks is its authorities ("Kharkiv said"), so only small places
    (no seat of a raion, under 20,000 people) are read as surnames. The name is resolved
    only when a speech verb follows: this runs for every candidate name.
    """
    if text[end : end + 2] == ": " and name in officials():
        return True  # ("Golubev: debris of a downed drone fell …": an official's words)
    if not _SPEAKS_AFTER.match(text[end:]):
        return False
    town = gaz.resolve(name, regions, "town")
    return town is not None and town.seat < 2 and town.population < 20_000


# "a resort village near Ukraine's Black Sea port of Odesa": an unnamed place, located by X
_UNNAMED_NEAR = (
    # ("in a resort area near the Black Sea port of Odesa": the area, named next)
    # ("a drone struck a block of flats in a town near Moscow": the town, named next)
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:village|town|settlement|hamlet|suburb|resort|"
    r"(?<=resort\s)area)"
    r"\s+(?:near|outside|"
    # ("a woodworking plant in a suburb of Kharkiv": the suburb, named later)
    r"close\s+to|not\s+far\s+from|(?<=suburb\s)of)\s+"
)
UNNAMED_PLACE_NEAR = re.compile(_UNNAMED_NEAR, re.IGNORECASE)
# (the same, right before the name it locates by)
_UNNAMED_PLACE_BEFORE = re.compile(_UNNAMED_NEAR + r"(?:[\w'’-]+\s+){0,6}?$", re.IGNORECASE)


_ON_ITS_WAY_THROUGH = re.compile(
    r"\b(?:convoy|column|cars?|bus|minibus|vehicles?|train|trucks?|people|civilians|evacuees)\b"
    r"[^.;]{0,40}?\b(?:leaving|passing|driving|travell?ing|moving|going|heading)\s+through\s+$"
)
_THE_SITE_STRUCK_AFTER = re.compile(
    r"[^.;]{0,80}?,\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:hit|struck|shelled|attacked|targeted|damaged|destroyed|set\s+on\s+fire)\b"
)
_SITE_LIES_AT = re.compile(
    r",\s+(?:which|that|whose\s+(?:site|grounds?))\s+(?:stands?|lies|is\s+(?:located|situated)|sits|"
    r"(?<=site\s)is|(?<=grounds\s)are)\s+"
    r"(?:at|in|near|outside|by)\s+(?:the\s+(?:village|town|city)\s+of\s+)?$"
)
_FEATURE_BEFORE = re.compile(
    r"\b(?:in|at|on|near)\s+(?:the\s+)?(?P<feature>(?:[A-Z][\w'’-]+\s+){1,3}"
    r"(?:Bay|Street|Avenue|Square|Harbou?r|Lane|Road|Park|Embankment|Boulevard|Prospekt|"
    r"Highway|Quay|Cape|vulytsia|Str\.|St\.|Ave\.)),\s*$"
)


# (not a part of the town so named: "explosions from the side of the Yuzhny industrial zone")
_A_PART_AFTER = re.compile(
    r"\s+(?:industrial\s+(?:zone|area|park)|(?:micro)?district|neighbou?rhood|quarter|bay)\b", re.I
)
_HEARD_FROM_THE_SIDE = re.compile(
    r"\b(?:explosions?|blasts?|bangs|booms|detonations|flashes|a\s+glow)\s+(?:(?:were|was)\s+)?"
    r"(?:(?:heard|seen)\s+)?from\s+the\s+(?:side|direction)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _role(text: str, start: int, end: int, name: str) -> str:
    """target / weak / context, from the words around a place name."""
    gloss = _GLOSS_BEFORE.search(text, max(0, start - 40), start)
    if gloss is not None:
        # 'shelled "Gorlovka" (Horlivka, Horlivskyi raion)': the name in brackets glosses the
        # one before it, and takes its role
        return _role(text, gloss.start(), gloss.start(1), name)
    if (glossed := _GLOSS_AFTER.match(text, end)) is not None:
        # "a village, Prishib [TN: Pryshyb], was shelled": the translator's gloss is the name's
        return _role(text, start, glossed.end(), name)
    if _SANK_OFF.search(text, max(0, start - 50), start):
        return "target"  # "the landing ship sank off Alupka": at sea by the coast's town
    if _ITS_UNIT.search(text, 0, start) and (
        _UNIT_AFTER.match(text[end : end + 40]) or _UNIT_WORD_END.search(text, start, end)
    ):
        # "The village, in the Lyptsi hromada close to the border, had been shelled": the unit
        # the village just told lies in, not a place struck
        return "context"
    if lx.PART_OF_OUR_TOWN.match(text, end):
        # "blocks in the Sonyachnyi neighbourhood of our city were hit": a part of the writer's
        # town, not the village of that name
        return "context"
    feature = _FEATURE_BEFORE.search(text, max(0, start - 60), start)
    if feature is not None:
        # "at the depot in Kozacha Bay, Sevastopol", "in Lisova Street, Kharkiv": the town
        # the street or bay is in takes the words before them
        return _role(text, feature.start("feature"), end, name)
    called = _WHAT_THEY_CALL.search(text, max(0, start - 50), start)
    if called is not None:
        # 'explosions in what they call "Novaya Kakhovka"': the name the words before it place
        return _role(text, called.start(), end, name)
    after = text[end : end + 40]
    prev = _prep_before(text, start)
    capital = name.lower() in lx.CAPITALS
    if start == 0 and (dated := lx.DATELINE.match(text)) is not None and end <= dated.end():
        return "context"  # "Kyiv, Aug 6 (EFE).- Ukraine and Russia accused each other …"
    if _SITE_OF_THE_CITY_AT.search(text, max(0, start - 40), start) and _SITE_IS_AT.match(
        text, end
    ):
        return "context"  # "hit the airport of Vinnytsia at Havryshivka": the site is at the other
    if lx.ZONE_AFTER.match(text, end):
        return "context"  # "outside the Kyiv-Chernihiv battle zone": an area of fighting named
    if lx.VEHICLE_AFTER.match(text, end):
        return "context"  # "Kyiv truck (Oleh)": a truck's run, named by where it goes
    if _AS_THE_TARGET.match(text, end):
        return "target"  # "550 drones and 11 missiles, with Kyiv as the main target"
    if _HEARD_FROM_THE_SIDE.search(text, max(0, start - 80), start) and not _A_PART_AFTER.match(
        text, end
    ):
        # "In the night some twenty explosions from the side of the Belbek airfield": where
        # they were, heard from afar (not where drones flew from: no blast in those words)
        return "target"
    if (
        _LABELS_BRACKET_OPEN.search(text, max(0, start - 50), start)
        and (label := _LABELS_BRACKET_CLOSE.match(text, end)) is not None
        and lx.TRIGGER.search(text, label.end())
    ):
        # "S site (housing block repair, Sloviansk): a russian missile hit the blocks next to the
        # site", "P-14 (Toretsk): … a house the russians destroyed": the line's label places it
        return "target"
    if _WEAPON_NAMED_AFTER.match(text, end):
        return "context"  # "the German IRIS-T and the American NASAMS": a maker's nation
    if _ITS_SITE_THERE.match(text, end):
        # "… thirty explosions over Sel'tso. … they struck the Bryansk chemical plant there":
        # the plant's name; "there" is where it stands
        return "context"
    if _WHO_DO_IT.search(text, max(0, start - 80), start):
        # 'the same people who "attack residential areas in Belgorod"': who they are, by habit
        return "context"
    if _FLEW_OVER.search(text, max(0, start - 30), start):
        return "context"  # "the drones could have flown over the Bryansk, … regions": a route
    if _NOT_IN.search(text, max(0, start - 12), start):
        return "context"  # "Our old TPP is not in Sloviansk at all but in Mykolaivka"
    if _WHERE_SOMEONE_IS.search(text, max(0, start - 30), start):
        return "context"  # "Season summary for the director (he is in Poltava): …"
    if (
        _SOMEONE_IN.search(text, max(0, start - 30), start)
        and _SENT_WORD.match(text[end : end + 60])
        and not _THERE.search(text, end)
    ):
        # "Friend in Skadovsk (the other side) sent a screenshot …": who wrote (not "Lida's son
        # in Kherson wrote that the russians hit the school there": where it happened)
        return "context"
    if _KIN_OF_SOMEONE_OF.search(text, max(0, start - 80), start):
        # "the daughter of a deputy mayor of Magadan": whose office is there, not the event
        return "context"
    if _COMPARED_TO.search(text, max(0, start - 200), start) and not _ITS_YEAR_AFTER.match(
        text, end
    ):
        # "compared the attack to the shelling of Belgorod": another event, named as a likeness
        # (not one with its own day: "compared the campaign to the way Ukraine's strikes on the
        # Antonivskyi bridge in 2022 prepared …", an event told in passing)
        return "context"
    if name and (_SITE_PLACED_AFTER.match(text, end) or _SITE_PLACED_LATER.match(text, end)):
        # "destroyed Vinnytsia airport at Havryshivka", "destroyed the Troitskyi market and
        # damaged an apartment building in Dnipro": the site's name; where it lies is after
        # (a known site is where it is: "the DniproHES dam power plant in Zaporizhzhia")
        return "context"
    if _A_SIDE.match(text, end) and text[max(0, start - 4) : start].lower() == "the ":
        return "context"  # "a missile on the Tairove side", "from the Kharkov side": a bearing
    if DISCLAIMED.search(text, max(0, start - 40), start):
        return "context"  # "(the Lviv-region Zolochiv, not the one near Kharkiv!)"
    if _BURNING_THERE.match(text, end) or _TOLD_STRUCK_THERE.match(text, end):
        return "target"  # "Lida called from Shebekino: the electric substation there is burning"
    if _IS_BURNING.match(text, end):
        return "target"  # "In the night Feodosia was burning — the oil terminal on the road"
    if _CALLED_FROM.search(text, max(0, start - 30), start) and _news_told_after(text, end):
        return "target"  # "Roman phoned from Pavlohrad: russian drones again in the night, …"
    if capital and _STATE_CONTROLS.match(after):
        return "context"  # "the part of the region that Kyiv controls": the state
    if _SITUATION_AROUND.search(text, max(0, start - 40), start):
        return "context"  # "said the situation around Bakhmut remains difficult": the front
    if capital and _PRESSURE_ON.search(text, max(0, start - 40), start):
        return "context"  # "urged partners to increase pressure on Moscow": the state
    if capital and _STATES_OFFICIALS.match(after):
        return "context"  # "which Moscow's officials call Gorlovka": the state speaks
    if _GROUND_PUSH_ON.search(text, max(0, start - 60), start):
        # "The strike came as Russia pressed its assault on Avdiivka": the front's fighting
        return "context"
    if _MARKET_IN.search(text, max(0, start - 50), start):
        return "context"  # "pushing gasoline prices in Moscow and St Petersburg to highs"
    if _REPAIRED_IN.search(text, max(0, start - 60), start):
        return "context"  # "the damaged carriages would be replaced in Mykolaiv": the repair's

    if (vote := _VOTING_IN.search(text, max(0, start - 120), start)) and not lx.TRIGGER.search(
        vote.group(0)
    ):
        # "the referendums on joining Russia, which started on September 23 in the DPR, … the
        # Zaporizhzhia and Kherson regions": where the vote was held
        return "context"
    if _WRITTEN_IN.search(text, max(0, start - 50), start):
        return "weak"  # "Written in Kyiv on 22 June 2023, the day … hit the Chonhar bridge"
    if _UPDATE_FROM.search(text, 0, start) and after.lstrip().startswith(":"):
        return "weak"  # "An update from Kyiv: the toll has risen to eight": that town's news
    if _NEWS_FROM.search(text, max(0, start - 40), start) and _NEWS_TOLD.match(text, end):
        # "terrible news from Yeline (Snovsk hromada) - today a russian mine hit the cellar"
        return "weak"
    if _HURT_RESIDENT_OF.search(text[max(0, start - 160) : start]):
        # "the Russians killed a resident of Avdiivka and a resident of Velyka Novosilka"
        return "target"
    if _A_RESIDENT_OF.search(text, max(0, start - 40), start) and _DIED_OF_WOUNDS.match(
        _OWN_BRACKET.sub("", text[end : end + 200], count=1)
    ):
        # "a resident of Panteleimonivka (… hromada) died of wounds from shelling"
        return "target"
    if (
        _A_RESIDENT_OF.search(text, max(0, start - 40), start)
        and _WAS_KILLED.match(text, end)
        and lx.TRIGGER.search(text, 0, start)
    ):
        # "two other attacks … blamed on Ukraine: on 6 September one resident of Kamenka-
        # Dneprovskaya was killed": a resident killed in the attacks told before
        return "target"
    if capital and lx.ITS_GOVERNMENT.match(after):
        return "context"  # "Kiev authorities claimed that …": the government, not the city's
    if (prev == "of" or prev in lx.WEAK_BEFORE) and lx.WHERE_STRUCK_AFTER.match(text, end):
        return "target"  # "One of the dead is a resident of Bakhmut, where a shell hit a house"
    if (
        lx.WEAK_AFTER.match(after)
        or prev in lx.WEAK_BEFORE
        or (prev == "of" and _weak_of(text, start))
    ):
        return "weak"
    before = text[:start]
    if _UNNAMED_PLACE_BEFORE.search(before[-90:]):
        return "context"  # "in a resort village near … Odesa": the village, named later, was hit
    if _STRUCK_IN_PARTICULAR.search(before[-160:]):
        return "target"
    if _TARGETS_WERE.search(before[-400:]) and not _MEASURED_FROM_PLACE.search(before[-30:]):
        return "target"  # "The targets, according to the SBU, were the Olenya base …; Dyagilevo"
    if _ON_A_STREET.search(before[-40:]) or _TOWNS_PART_BEFORE.search(before[-20:]):
        # "our site on Sadova lost half the slate": a street of the town told; 'stop "Mkr
        # Yuzhnyi" closed': a microdistrict of it
        return "context"
    if lx.ROAD_NAMED.match(after) and _words_before(text, start)[-1:] == ["the"]:
        return "context"  # "on the Simferopol highway": a road named after the town
    if lx.STREET_NAMED.match(after):
        return "context"  # "car dealership, Zaporizke shose": a street named after the town
    if _A_PLACES_ROAD.search(text[max(0, start - 80) : start]):
        return "context"  # "a cafe in Klymentove, on the road between Okhtyrka and Trostianets"
    if _A_RUN_TO.search(text, max(0, start - 60), start):
        # "the train from Odesa to Zaporizhzhia hit at the station": where the run was going,
        # not where it was hit
        return "context"
    road = _ROAD_BETWEEN.search(before_text := text[max(0, start - 60) : start])
    if (
        road and not lx.BASED_AT.search(before_text)
        # ("the road from Oktyabrsky towards Yasnye Zori"; not "the road from Tokmak closed")
        and (not road.group(0).lower().rstrip().endswith("from") or _ROAD_ON_TO.match(text, end))
    ):  # fmt: skip
        return "target"  # "destroyed a BTR on the road between Krynky and Korsunka"
    if (
        _WHERE_STRUCK.match(text[end : end + 120])
        or _FACILITY_STRUCK.match(text[end : end + 120])
        or _THE_TOWN_STRUCK.match(text, end)
        or _HAD_ITS_SITE_STRUCK.match(text, end)
        or (
            _STRUCK_AFTER_ITS_SITE.match(text, end)
            and not _BACKGROUND_BEFORE.search(text, max(0, start - 40), start)
            # (not "a town upstream on the Dnipro was shelled": the river, the town unnamed)
            and not (name.lower() in lx.RIVERS and _words_before(text, start)[-1:] == ["the"])
        )
    ):
        # "southeast of Kramatorsk, where a missile strike … killed 50"; "the Ryazan oil
        # refinery was attacked by UAVs"
        return "target"
    if _WOUNDED_TAKEN_TO.search(before[-120:]):
        return "context"  # "The wounded from Makeevka have been flown to Rostov-on-Don"
    if _WOUNDED_FROM.search(before[-60:]) and lx.STRIKE_WORDS.search(text, end):
        # "3 transfers from Pokrovsk by ambulance - wounded from the high-rise where the
        # russian rockets took out two entrances": where the wounded came from was struck
        return "target"
    if _AMONG_THE_STRUCK.search(before[-120:]):
        return "target"  # "Among the facilities hit on Monday was the Burshtyn power plant"
    if (dated := _DATED_THEN_TOLD.match(text, end)) and lx.TRIGGER.search(dated.group(0)):
        return "target"  # "Remember Poltava on 1 February, a Kh-22 took out a block there"
    since_then = _SINCE_THEN.search(before[-120:])
    if since_then and not lx.TRIGGER.search(since_then.group(0), 10):
        # "…, since then trains go round via Moldova, paperwork at Kuchurhan" (not "since then
        # Russia has stepped up …, and last month drones struck Reni")
        return "context"
    if _LIKE_OPENING.match(before):
        return "context"  # "Like the massacres in Bucha, the strike on Kramatorsk must …"
    retold = (
        lx.RETOLD_AFTER.search(before)
        and not _OWN_DAY_AFTER.match(text, end)
        # (nor one told with its own toll and day: "a day after a Ukrainian rocket strike on
        # the town of Rylsk in the Kursk region killed six people, … on Friday evening")
        and not _OWN_TOLL_AND_DAY.match(text, end)
        # (or with its own night: "… three days after Ukrainian drones hit an arsenal near the
        # town of Toropets in the Tver region, … overnight into Wednesday")
        and not _OWN_NIGHT_LATER.match(text, end)
    )
    if lx.BLAMED_ON.search(before) or retold or _PICTURED.search(before):
        return "context"  # (_PICTURED: "old footage of a 2022 strike on Kharkiv")
    also = _ANOTHER_NAME.match(text, end) if capital else None
    if also is not None and also.group(1).lower() not in lx.CAPITALS:
        also = None
    if capital and _CAPITAL_VOICE.match(text, also.end() if also else end):
        return "context"  # "Snake Island, … that Moscow described as a 'goodwill gesture'"
    if capital and _CAPITAL_SPEAKS_AFTER.match(text[end : end + 160]):
        return "context"  # "In Kyiv, President Zelenskiy marked the anniversary …"
    if capital and _BODY_IN.search(before[-60:]) and _BODY_SPEAKS.match(text, end):
        return "context"  # "their intelligence in Kiev boasted that they had hit …": who spoke
    ground = lx.GROUND_MOVE_BEFORE.search(before[-80:])
    if ground and (
        # (an assault's troops, its own word; "unsuccessful attacks around Bakhmut": on foot)
        ground.group(0).lower().startswith(("took part", "unsuccessful", "failed", "ground "))
        or not lx.STRONG_TRIGGER.search(_INTO.sub("", ground.group(0), count=1))
    ):
        return "context"  # "after Ukrainian forces broke through the front near Balakliia"
    if _APPOSITIVE_LOCATOR.search(before[-100:]) or _CLAUSE_LOCATOR.search(before[-160:]):
        # "Pervomaiskyi, a town in the Lozova district": where it is; "hit the tower at Antopil
        # and the building next to it, just outside Rivne": where the place struck lies
        return "context"
    if lx.DISTANCE_FROM.search(before[-60:]):
        return "context"  # "in the town of Ukrainka about 40 kilometers south of Kyiv": a measure
    if _NOTHING_STRUCK_AFTER.match(text[end : end + 60]):
        return "context"  # "sirens sounded in Lviv, where no strikes were reported"
    if _MAY_BE_STRUCK_AFTER.match(text, end):
        return "context"  # "the town of Nova Kakhovka, which they said could come under fire"
    if lx.SPOKE_FROM.search(before[-60:]):
        # "Governor Kyrylenko, speaking from his office in Kramatorsk"; "the commentators in
        # Kiev-controlled Zaporozhye are already writing …": where words come from
        return "context"
    if lx.GOVERNMENT_IN.search(before):
        # "authorities in Yeysk said…": the town's own officials; "officials in Kyiv" govern.
        # ("officials in Kremenchuk reported strikes on a facility": their own town struck)
        if not capital and _REPORTED_STRIKES.match(text, end):
            return "target"
        return "context" if capital else "weak"
    if lx.VICTIM_CLAUSE.search(before):
        return "target"
    if _WHO_WERE.search(before) and _HURT_AFTER.match(text[end : end + 60]):
        return "target"  # "people who were standing in line in Chernihiv were killed"
    if prev == "from" and _ONE_FROM.search(before[-90:]) and _THEIR_HOME_STRUCK.match(text, end):
        # ("a patient coming to us from Siversk told us that shells killed a resident of his
        # street": the street is the patient's, in the town they come from)
        return "target"
    if _STRUCK_SINCE.search(before[-80:]) and not lx.CONTEXT_AFTER.match(after):
        # ("post has been slow since Russian Grad rockets hit Nikopol on the night of 21 to 22
        # August": the strike the since-clause tells, the town its object)
        return "target"
    lies = _SITE_LIES_AT.search(before)
    if lies is not None and (
        lx.TRIGGER.search(before, 0, lies.start())
        # ("the Lysychansk oil refinery, which stands in Verkhnokamianka (…), was hit")
        or _THE_SITE_STRUCK_AFTER.match(text, end) is not None
    ):
        # "set fire to the substation of the Burshtyn power plant, which stands at Demianiv":
        # where the site struck stands
        return "target"
    relative = lx.RELATIVE_CLAUSE.search(before)
    if lx.CONTEXT_AFTER.match(after) or (
        relative
        and not lx.STRUCK_IN_CLAUSE.search(before)
        and not _DATED_STRIKE_SINCE.search(before)
        # "since the attack on the Kramatorsk railway station on 8 April": its own day
        and not (relative.group(0).startswith("since") and _SITE_DATED_AFTER.match(text, end))
        # (nor a clause that tells its own strike and day: "…, who came here after two people
        # died in the shelling of Starobelsk on 29 September")
        and not (lx.STRONG_TRIGGER.search(relative.group(0)) and _SITE_DATED_AFTER.match(text, end))
    ):
        return "context"
    if _WHOSE_THING_STRUCK.match(text, end):
        return "target"  # "went to families in Ocheretyne, whose school was damaged by shelling"
    if prev == "to" and lx.WHERE_STRUCK_AFTER.match(text, end):
        # "a family going to relatives in the LPR, to Krasnorechenskoye, where … Ukrainian
        # artillery killed seven civilians": where they go is where the strike was
        return "target"
    if (
        (capital and lx.SPEECH_PLACE_BEFORE.search(before))
        or lx.SPOKE_IN.search(before)
        or lx.BASED_AT.search(before)
        or lx.WATER_OF.search(before)
    ):
        return "context"
    if (
        _words_before(text, start)[-1:] == ["the"]
        and name.lower() in lx.RIVERS
        # (not "the Inhulets area": the village named after its river, and its land)
        and not _SETTLEMENTS_LAND_AFTER.match(text, end)
    ):
        return "context"
    item = _ITEM_START.match(before) is not None
    # ("Stepnohirsk and Kamianske: shelled with mortars": a roundup entry of several names;
    # not a dateline's "LVIV, Ukraine (AP) —")
    listed = _LIST_TAIL.sub("", text[end : end + 160], count=1) if prev is None else after
    entry = listed if listed.lstrip().startswith(":") else after
    if (prev is None or item) and lx.ROUNDUP_ENTRY.match(entry) and (not capital or item):
        # "Myropillia community: 12 mortar shells" in a governor's roundup; an e-mail's
        # numbered item "1) Kyiv — Russian drone attack around 03:00"
        return "target"
    if labels_a_note(text, start, end, before, prev is None or item, capital):
        # an analyst's line: "Lviv ~06:00: aircraft repair plant hit by cruise msl",
        # "Nikolaev/Mykolaiv: barracks hit", "Yavoriv IPSC (Lviv obl.) hit ~05:40 by RU msl"
        return "target"
    if prev in (None, "and") and _STRUCK_LIST.search(before):
        return "target"  # "settlements were hit by air strikes: Lyptsi, Hlyboke and Vovchansk"
    # ("here it was quiet, but Kyiv, Dnipro and Lviv were hit": a clause opened by its list)
    opens_a_clause = prev in ("but", "while", "whereas", "yet") and _AFTER_A_COMMA.search(before)
    if prev is not None and _KIND_OF_NAME.search(before[-60:]) and _struck_as_subject(text, end):
        return "subject"  # "On 19 May, the border village of Tetkino … came under mortar fire"
    if prev is None and _LISTED_AFTER_STRUCK.search(before[-240:]):
        return "target"  # "struck two refineries overnight: the Syzran refinery in …"
    if prev is None or opens_a_clause:
        # "MOSCOW (Reuters) -" is a dateline; "Kyiv does not comment" is the government.
        # "Mala Tokmachka and Stepnohirsk were shelled": the list's verb follows its last name.
        # (not a note's "KYIV shelled again": its verb follows)
        dateline = (
            text[start:end].isupper() and len(name) > 3
            and re.match(r"\s*(?:[,(—–-]|\(|$)", text[end:]) is not None
        )  # fmt: skip
        # "The Horodnia hromada came under fire": the unit's word is the name's
        if _IS_IN_UNIT.match(text, end):
            return "context"  # "Semenivka is in the Novhorod-Siverskyi district, whose centre …"
        verb = _LIST_TAIL.sub("", _UNIT_AFTER.sub("", text[end : end + 160], count=1))
        # ("Tetkino (Glushkovsky district, Kursk oblast) came under mortar fire": past its place)
        verb = _OWN_BRACKET.sub("", verb, count=1)
        apposed = _APPOSITION.match(text, end)
        if apposed and not lx.SUBJECT_AFTER.match(verb):
            # "Kryvyi Rih, President Zelensky's hometown, also suffered": past the apposition
            verb = text[apposed.end() : end + 160]
        if _UNHURT_AFTER.match(text, end):
            return "context"  # "Artyom is unhurt, but his scooter was damaged": a person
        # (a capital opening its sentence is its government, unless the sentence says it was
        # struck: "Kyiv said …" but "Kyiv was hit this morning too")
        struck_capital = capital and _CITY_STRUCK.match(verb) is not None
        ok = not dateline and (not capital or struck_capital) and lx.SUBJECT_AFTER.match(verb)
        if not ok and not dateline and not capital and _STRUCK_THERE.match(text, end):
            return "target"  # "Chervonohryhorivka on Wednesday, the russians hit the stores there"
        own_clause = text[end:].split(";", 1)[0]  # (its clause only, to a ";")
        if ok and not lx.TRIGGER.search(own_clause) and lx.TRIGGER.search(text):
            ok = False  # "… the wounded were taken to Kharkiv; Balakliia remains occupied."
        return "subject" if ok else "context"
    if _WERE_GOING_TO.search(before[-60:]):
        # "… shot down 27 drones over Zheleznogorsk; Khinshtein says they were flying towards
        # the Oryol region": where the drones downed elsewhere were going
        return "context"
    if lx.HEADING_FOR.search(before):
        return "target"  # "sea drones heading for the port of Novorossiysk" were downed there
    if _GEOLOCATED_TO.search(before[-90:]):
        return "target"  # "footage geolocated to the outskirts of Mukachevo shows a fire"
    if _ITS_OFFICIAL_AFTER.match(text, end):
        return "context"  # "Horlivka's Russian-installed mayor Ivan Prikhodko said": who spoke
    owned = capital and re.match(r"['’]s\b", text[end:]) is not None
    if owned and not _names_a_part_of_it(text[end : end + 50]):
        # "Moscow's Black Sea Fleet" is the state, not the city ("Kyiv's Holosiivskyi
        # district" is a part of the city)
        return "context"
    if _VOWED_STRIKES.search(before[-100:]):
        return "context"  # "… vows more strikes on Kyiv": a threat, no event
    if (
        prev in lx.PLURAL_PRESENT and lx.INTENT_BEFORE.search(before[-80:])
        and not lx.USED_THE_MEANS.search(before[-100:])
        # ("made an unsuccessful attempt to attack Novorossiysk": tried, and repelled)
        and not _TRIED_TO.search(before[-60:])
    ):  # fmt: skip
        # "weapons used to shell Belgorod": an aim, not an event (but "Ukraine had used jet
        # drones to attack Engels": the means of one)
        return "context"
    if _TO_FIRE_AT.search(before[-40:]) and not _TRIED_TO_FIRE.search(before[-80:]):
        # "accused Russian forces of using the plant as a base from which to fire at Nikopol":
        # an aim, no event
        return "context"
    if _WEAPON_REACHED.search(before[-80:]):
        return "target"  # "On Monday the missiles reached Kyiv, striking the city centre"
    if _DURING_VISIT.search(before[-200:]):
        return "target"  # "a missile exploded near the motorcade during their visit to Odesa"
    if prev == "from" and _STRUCK_LEAVING.search(before[-160:]):
        return "target"  # "a drone struck a bus evacuating civilians from Bilopillia"
    if prev in ("was", "were", "is") and _AIM_WAS.search(before[-140:]):
        return "target"  # "The main direction of the missile strike was the city of Kyiv"
    if _METRES_FROM.search(before[-80:]):
        return "target"  # "exploded about 300 metres from the reactors of the … power plant"
    if _FRONT_NEAR.search(before[-40:]):
        return "context"  # "about 40 km from the front line near Lyman and Kupiansk": the front
    if _PUT_BEFORE.search(before[-12:]) and _OUT_OF_ACTION_AFTER.match(text, end):
        return "target"  # "had put the Starokostiantyniv air base, in the … region, out of action"
    if _OUT_OF_ACTION.search(before[-40:]):
        return "target"  # "its missiles had put out of action the Zhytomyr … repair plant"
    if before.endswith(", ") and _an_items_town(text, end):
        # "3. FOP Melnyk (pharmacy point in a high-rise), Pokrovsk - ground-floor premises
        # destroyed when Russian rockets …": a register's item, its town, then its damage
        return "target"
    if _ASIDE_BEARING.search(before[-60:]):
        # "Odnorobivka, a village in the Bohodukhiv district …, north of Kharkiv": an aside's
        # bearing locates the place told before it, whatever is told after it
        # ("Novodniprovka, across the reservoir from Nikopol, was destroyed")
        return "context"
    if _EVENT_AFTER_PLACE.match(text, end):
        return "target"  # "Killed: 17 April 2024, Chernihiv city centre, Russian missile strike"
    if (
        _EVENT_THEN_PLACE.search(before[-40:])
        or (_STRUCK_THEN_PLACE.search(before[-80:]) and _CLAUSE_ENDS.match(text, end))
    ) and not _SPOKEN_AFTER.match(text, end):
        return "target"  # "07:50 shelling again, Kherson": the note's place of its event
    if _ATTACK_STOPS.search(before[-80:]):
        return "target"  # "drone strike halts Novoshakhtinsk refinery": what the attack stopped
    if _ARRIVED_IN.search(before[-60:]) and _FOR_TALKS_AFTER.match(text, end):
        # "as Erdogan and Guterres arrived in the western city of Lviv for talks": a visit
        return "context"
    if _IT_IS_THE_SITE_IN.search(before[-60:]) and lx.TRIGGER.search(text, end):
        # "It is the hospital in Tsyrkuny, the roof is burning after russian shelling": the
        # smoke or fire seen, named with its town
        return "target"
    if _THE_SITE_LIES_IN.search(before[-80:]):
        # "… reported that it is located in the town of Soltsy": where the site struck (an
        # airfield "in the Novgorod region") lies
        return "target"
    if _NOTHING_STRUCK_IN.search(before[-40:]):
        return "context"  # "the cuts after the strikes elsewhere; nothing hit in Rivne today"
    if _MOBILISED_IN.search(before[-40:]):
        return "context"  # "Most of those killed had been mobilised in the Samara region"
    if prev == "in" and lx.CARED_FOR_IN.search(before[-160:]):
        return (
            "context"  # "… is still sleeping in a chair in the corridor of the hospital in Dnipro"
        )
    if _OUTAGE_BEFORE.search(before[-140:]):
        # "struck a facility in Kharkiv Oblast, causing a blackout … in the city of Kharkiv":
        # where the lights went out, not where the strike fell
        return "context"
    if _FIRED_FROM_OVER.search(before[-80:]) or _FROM_POSITIONS.search(before[-100:]):
        # "launched the missiles from the airspace over the Bryansk region", "shelled Nikopol
        # from positions on the left bank of the Dnipro near Enerhodar": where fire came from
        return "context"
    if prev in ("toward", "towards") and _BEARING_TOWARDS.search(before[-60:]):
        return "context"  # "at Demydiv, south of Lviv towards Mykolaiv": which way it lies
    if prev in ("toward", "towards", "for", "to") and _SEEN_ON_THE_WAY.search(before[-60:]):
        return "context"  # "two drones had been spotted heading toward St. Petersburg"
    if _MOORED_OFF.search(before[-40:]):
        return "target"  # "hit the bulk carrier …, moored off Stara Bohdanivka": where it lay
    if prev == "by" and _A_SITE_BY.search(before[-60:]):
        return "target"  # "sank a barge at the crossing by Bilohirka": the site next to it
    if prev in lx.TARGET_PREP or (
        _NEXT_TO.search(before[-16:]) and (_SITE_NAMED_BY.match(text, end) or not name)
    ):
        # ("destroyed the aircraft repair plant next to Lviv airport": by it, as "near"; a
        # site too: "an air strike hit next to the Sviatohirsk Lavra")
        return "target"
    if prev == "from" and _HURT_TAKING_FROM.search(before[-200:]):
        # "medics were killed when Russian forces shelled them as they tried to evacuate
        # residents from the village of Strilecha": where they were hurt
        return "target"
    if prev == "from" and _LEFT_WHEN_STRUCK.match(text, end):
        # ("Many of them are from Sievierodonetsk and left after 31 May, when a Russian air
        # strike hit the nitric acid tank": the town they left, where the strike was)
        return "target"
    if _LEAVING_IN.search(before[-90:]):
        return "target"  # "hit a shuttle bus carrying evacuees out of Bilopillia": on its way out
    if (
        _JUST_PAST.search(before[-12:])
        and not _A_LINE_AFTER.match(text, end)
        # (not a trip's limit: "our drivers refuse to go beyond Kakhovka")
        and not _GO_BEYOND.search(before[-30:])
    ):
        return "target"  # "explosions behind Vasilyevka, at the military unit": by the town
    if prev == "through" and _TORE_THROUGH.search(before[-30:]):
        return "target"  # "the truck bomb explosion that tore through the Kerch bridge"
    if prev == "by" and _SITE_BY.search(before[-80:]):
        return "target"  # "the russians hit the substation north of the city, by Khmilnytsia"
    if _STRIKE_OF.search(before[-80:]):
        return "target"  # "the Russian bombing of the Mariupol drama theatre on 16 March"
    if _SUBJECTED.search(before[-60:]) and _TO_FIRE.match(text, end):
        return "target"  # "subjected the city of Belgorod and the district to shelling"
    if _SITE_THEN_TOWN.search(before[-80:]) and lx.TRIGGER.search(text):
        return "target"  # a chat's "two KABs on Epicentr hypermarket Kharkiv"
    if _SITE_OF.search(before[-80:]) or _STRUCK_AT_PORT.search(before[-160:]):
        # "holed a landing ship at the naval base of Novorossiysk", "drones damaged a grain
        # elevator, warehouses and the administrative building of the port of Izmail"
        return "target"
    if prev in _REDUCING and lx.REDUCED_TO_RUIN.match(text[end : end + 30]):
        return "target"
    building = _TOWNS_BUILDING.match(text, end)
    past = building.end() if building is not None else end
    if (more := _MORE_NAMES.match(text, past)) is not None:
        past = more.end()  # ("the cities of Kramatorsk and Kostiantynivka were also hit")
    if (
        _PASSIVE_AFTER.match(_LEADING_ASIDE.sub("", text[past : past + 320], count=1)[:160])
        and (
            _words_before(text, start)[-1:] != ["the"]
            # (not "After the Kakhovka dam was destroyed in June 2023, …": the story's past)
            or (
                (_SITE_HEAD.search(text[start:end]) or building is not None)
                and not lx.TIME_LEAD.match(text)
            )
        )
    ):
        return "target"  # "the Novocherkassk had been damaged" is a ship; "the Zmiiv plant" a site
    if _ITS_PEOPLE_HURT.match(text, end):
        return "target"  # "Two Kherson residents were killed in Russian shelling on Monday"
    if _HURT_RESIDENT_OF.search(before[-120:]):
        return "target"  # "shelling killed one resident of the residential sector of Komyshany"
    if _PART_OF_TOWN.search(before[-50:]):
        return "target"  # "destroyed a school on his side of Chernihiv": a part of the town
    if _LISTED_AFTER_STRUCK.search(before[-240:]):
        # "had struck two Russian oil refineries overnight: the Kuibyshev refinery in Samara, …,
        # and the Afipsky refinery in the Krasnodar region": the list the verb opened
        return "target"
    if (way := _ON_ITS_WAY_THROUGH.search(before[-120:])) and lx.TRIGGER.search(
        before[-120:], 0, way.start()
    ):
        # "fired on a convoy of civilian cars leaving through Stepnohirsk": where it was hit
        return "target"
    if _A_THING_OF_BEFORE.search(before[-80:]) and _IT_WAS_STRUCK_AFTER.match(text, end):
        # "The central market of Bakhmut burned on 21 July, after Russian shelling …": the
        # town's site, the subject of what the strike did
        return "target"
    if _STRUCK_THING_OF.search(before[-90:]):
        # "a Russian strike damaged the town hall of Makariv", "shelled Russian troops hiding
        # among the houses of Hostomel": a thing of the town, struck
        return "target"
    if prev == "from" and _ITS_BUILDING_STRUCK.match(text, end):
        # "Another batch from Saltivka: the nine-storey where they wintered … was hit": the
        # colon tells what happened where they came from
        return "target"
    if _DESTROYED_BY_AFTER.match(text, end):
        # "the village council of Dvorichna, destroyed by a Russian missile on 23 February"
        return "target"
    if _ITS_SITE_STRUCK_AFTER.match(text, end):
        # "a well for the Kupiansk district hospital, which has had no water since the Russian
        # missile strike of 3 October destroyed its building": the town's site, struck
        return "target"
    if lx.WHERE_STRUCK_AFTER.match(text, end) and not _NOTHING_STRUCK_AFTER.match(
        text[end : end + 60]
    ):
        # "Brigade No. 3 left for Okhtyrka last week, where Russian drones hit a building"
        return "target"
    if _ON_ITS_APPROACHES.search(before[-60:]):
        return "target"  # "Nine drones were destroyed on the approaches to Kyiv": over it
    if not name and _STRUCK_PART_OF.search(before[-80:]):
        # "set fire to the transmission substation of the Burshtyn power plant": the site whose
        # part was struck
        return "target"
    if (between := _SITE_BETWEEN.search(before[-80:])) is not None:
        # "a fire broke out at the oil depot between Khotmyzhsk and Golovchino": the first
        # village places it; the second only if the first is no place we know
        return "weak" if between.group("first") else "target"
    if _IN_TOWN_STRUCK_NEXT.match(text, end):
        # "the territory of the Zaporozhye nuclear power plant in Energodar came under fire":
        # the subject's site, then its town, then its verb
        return "target"
    if _SET_BEFORE.search(before[-40:]) and _ON_FIRE_AFTER.match(text, end):
        return "target"  # "drones set the Novoshakhtinsk refinery (Rostov region) on fire"
    if _ROUTE_HEAD.search(before) and _LABEL_COLON.match(text, end):
        # a trip book's line headed by where the train went: "Through Pervomaiskyi (the
        # Likhachove station): the russians shelled the houses by the station"
        return "target"
    return "context"


# a site that goes by its city's name, then the place it stands at
_SITE_OF_THE_CITY_AT = re.compile(
    rf"\bthe\s+(?:[a-z-]+\s+){{0,2}}?(?:{lx.FACILITY})\s+of\s+$", re.IGNORECASE
)
_SITE_IS_AT = re.compile(r"\s+(?:\([^()]{1,40}\)\s+)?at\s+(?:the\s+village\s+of\s+)?[A-Z]")
_ASIDE_BEARING = re.compile(
    r"[A-Za-z)],\s+(?:(?:about|some|around|roughly|just)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    # (or its side of a city: "at Podvirky (Podvorki), on the north-western edge of Kharkiv")
    r"(?:on\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+"
    r"(?:(?<=ern\s)(?:edge|outskirts|fringe)\s+)?of\s+(?:the\s+(?:city|town)\s+of\s+)?$"
    # (or the water between: "Novodniprovka (Novodneprovka), across the reservoir from Nikopol")
    r"|[A-Za-z)],\s+across\s+the\s+(?:river|reservoir|lake|bay|estuary|water|border)\s+from\s+$"
    # (or a name's own edge, no comma: "a man died in Aleksandrovka [TN: Oleksandrivka] on the
    # western outskirts of Donetsk"; not "buildings on the western outskirts of Donetsk")
    r"|(?:(?-i:[A-Z])[\w'’-]+|\])\s+on\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?ern\s+"
    r"(?:edge|outskirts|fringe)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$",
    re.IGNORECASE,
)
_SETTLEMENTS_LAND_AFTER = re.compile(
    r"\s+(?:area|village|settlement|community|hromada|outskirts)\b", re.IGNORECASE
)
_ITS_SITE_THERE = re.compile(
    rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{lx.FACILITY})\s+there\b", re.IGNORECASE
)
# ("set a vacuum unit of the Tuapse refinery on fire": a part of the site first)
_SET_BEFORE = re.compile(
    r"\bset\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?:of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?)?$",
    re.IGNORECASE,
)
_ON_FIRE_AFTER = re.compile(r"[^.;]{0,80}?\b(?:on\s+fire|ablaze|alight)\b", re.IGNORECASE)
_ROUTE_HEAD = re.compile(r"(?:^|[.—–:]\s)\s*(?:Through|Via|Past|Passing)\s+$")
_LABEL_COLON = re.compile(r"\s*(?:\([^()]{0,60}\))?\s*:\s+(?=\S)")


_IN_TOWN_STRUCK_NEXT = re.compile(
    r"\s+(?:in|at)\s+(?:the\s+(?:town|city|village)\s+of\s+)?[A-Z][\w'’-]+\s+(?:came\s+under|"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:also\s+|again\s+)?(?:hit|struck|shelled|attacked|"
    r"damaged|under\s+fire))\b"
)


_STRUCK_PART_OF = re.compile(
    r"\b(?:hit|struck|shelled|attacked|targeted|damaged|destroyed|set\s+fire\s+to|set\s+on\s+fire)"
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,3}?of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SITE_BETWEEN = re.compile(
    rf"\b{lx.FACILITY}\s+(?:located\s+|lying\s+|that\s+lies\s+)?between\s+"
    r"(?:the\s+villages?\s+of\s+)?(?P<first>[A-Z][\w'’-]+\s+and\s+)?$",
    re.IGNORECASE,
)
_TRIED_TO = re.compile(
    rf"{lx.ATTEMPT_MADE}"
    r"(?:attack|strike|hit|shell|bomb|target)\s+(?:the\s+)?(?:(?:city|town|port)\s+of\s+"
    # ("attempted to strike the airfield of Berdyansk")
    rf"|(?:[\w-]+\s+)?{lx.SITE_NOUNS}\s+(?:of|in|at|near)\s+)?$",
    re.IGNORECASE,
)
_ON_ITS_APPROACHES = re.compile(
    r"\b(?:on|at)\s+(?:the\s+)?(?:distant\s+|near\s+|far\s+|close\s+)?approach(?:es)?\s+to\s+"
    r"(?:the\s+)?(?:(?:city|capital|town)\s+of\s+)?$",
    re.IGNORECASE,
)


_DESTROYED_BY_AFTER = re.compile(
    # (its own day told: not "the theatre, damaged by a Russian missile in August, is being
    # rebuilt")
    r"\s*,\s*(?:destroyed|damaged|hit|wrecked|struck|burned|burnt)\s+by\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:missiles?|drones?|shells?|strikes?|shelling|bombs?|"
    r"rockets?|air\s+strikes?)\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b",
)
_ITS_SITE_STRUCK_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:hospital|school|lyceum|college|plant|factory|station|market|"
    r"library|museum|church|theatre|building|depot|substation)\s*,\s*(?:which|where)\b[^.;]{0,120}?"
    r"\b(?:strikes?|shelling|missiles?|rockets?|drones?|bombs?)\b[^.;]{0,40}?"
    r"\b(?:destroyed|hit|damaged|struck|wrecked|gutted)\b",
    re.IGNORECASE,
)


_ITS_BUILDING_STRUCK = re.compile(
    r"\s*[:—–]\s+(?:the|a|an|their|our)\s+[^.;:]{0,80}?\b(?:was|were|got|has\s+been|had\s+been)\s+"
    r"(?:hit|struck|shelled|destroyed|damaged|bombed)\b"
    # ("driving in from Ternopil and turned back: they hit the substation there too")
    r"|[^.;:]{0,40}[:—–]\s+(?:they|the\s+russians|russians)\s+(?:hit|struck|shelled|bombed)\b"
    r"[^.;]{0,60}?\bthere\b"
    # ("Client from Kostiantynivka, director of school No. 6: last night russian shelling
    # destroyed the school building": what the visitor tells of home)
    r"|(?:[^.;:]|\bNo\.){0,60}[:—–]\s+[^.;:]{0,30}?\b(?:russian|enemy)\s+(?:shelling|missiles?|drones?|strikes?|"
    r"shells?|bombs?|artillery)\s+(?:[\w-]+\s+){0,2}?(?:hit|struck|destroyed|damaged)\s+"
    r"(?:the|their|our|his|her)\b"
    # ("Sister writes from Snigirevka [TN: …]: shelling today, a girl of four died": a strike
    # told by its noun and its day, there)
    r"|(?:\s*\[[^\]]{0,80}\])?(?:[^.;:]|\bNo\.){0,60}[:—–]\s+(?:(?:heavy|russian|enemy|massive)\s+)?(?:shelling|"
    # (or a blast near a building there: "… from occupied Berdiansk: a bomb near the
    # occupation administration building today")
    r"strikes?|explosions|an?\s+(?:air\s*strike|missile\s+strike|drone\s+attack|bomb|car\s+bomb|"
    r"blast|explosion))\s+(?:[^.;:]{0,60}?\s)?"
    r"(?:again\s+)?(?:today|tonight|this\s+morning|overnight|in\s+the\s+night|last\s+night)\b",
    re.IGNORECASE,
)


def _struck_as_subject(text: str, end: int) -> bool:
    """Does the name go on as its clause's subject, struck ("… (Glushkovsky district) came
    under mortar fire")?"""
    verb = _OWN_BRACKET.sub("", text[end : end + 160], count=1)
    return lx.SUBJECT_AFTER.match(verb) is not None and bool(
        lx.TRIGGER.search(text[end:].split(";", 1)[0])
    )


# ("the Pechenihy lyceum was hit in the morning": a town's own building, named after it)
_TOWNS_BUILDING = re.compile(
    r"\s+(?:lyceum|school|gymnasium|hospital|market|college|kindergarten|library|museum|"
    r"theatre|church|railway\s+station|bus\s+station|town\s+hall|city\s+hall)\b"
)
_OWN_BRACKET = re.compile(r"^\s*\([^()]{1,80}\)")
_KIND_OF_NAME = re.compile(
    r"(?:^|[,;:]\s*)\W*[Tt]he\s+(?:[a-z-]+\s+){0,2}"
    r"(?:village|town|city|settlement|hamlet|township)\s+of\s+$"
)
_SITE_PLACED_AFTER = re.compile(
    # (or "the Lysychansk oil refinery at Verkhnokamianka", "the Artem plant in the Lukianivka
    # district of Kyiv": a site's name, then the place it is in; not "in the Kharkiv region")
    r"\s+(?:(?!(?:and|or|a|an|the|its|their|as|with|to|from|of|by|for|near)\b)[a-z-]+\s+){0,2}?"
    r"(?:airport|air\s*base|airfield|railway\s+station|station|plant|brewery|"
    # ("the Kharkiv TPP-5 at Podvirky": a numbered plant)
    r"refinery|oil\s+depot|depot|port|TPP|HPP|CHP|power\s+plant|substation)(?:-?\d{1,2}\b)?"
    # ("the Chernihiv substation, which stands at Khmilnytsia", "the Lysychansk oil refinery,
    # whose site lies at Verkhnokamianka")
    r"(?:,\s+(?:which|whose\s+(?:site|grounds?))\s+(?:stands|is\s+located|lies|sits|is))?"
    r"\s+(?:at|in)\s+"
    r"(?:the\s+(?:village|town|city)\s+of\s+|the\s+[A-Z][\w'’-]+\s+district\s+of\s+)?"
    r"(?!(?:Russia|Ukraine|Crimea|Belarus)\b)[A-Z][\w-]+\b(?!['’])"
    r"(?!\s+(?i:region|oblast|district|raion|province|krai|kray|republic)\b)"
)
# (the place opens the bracket or ends its list: "(housing block repair, Sloviansk)", not
# "(house on the edge of town, buyers from Kyiv)")
_LABELS_BRACKET_OPEN = re.compile(
    # (a label is a code, "P-14", "OB-19", or a named site, "S site": not "Security Council")
    r"(?:^|[—–-]\s|\s)(?:[A-Z]{1,3}-?\d[\w-]{0,8}|[\w-]{1,12}\s+(?:site|object|job|post))\s+"
    r"\((?:[^()\n]{0,40},\s*)?$"
)
_LABELS_BRACKET_CLOSE = re.compile(r"[^()\n]{0,30}\)\s*:")
_AS_THE_TARGET = re.compile(
    r"\s+as\s+(?:the|its|their)\s+(?:main\s+|primary\s+|principal\s+|chief\s+)?target\b"
)
_WEAPON_NAMED_AFTER = re.compile(rf"[\s-]+(?:{lx.WEAPON_MODELS})\b")
_SITE_PLACED_LATER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:market|plant|refinery|oil\s+depot|TPP|CHP|HPP|mall|stadium)\b"
    r"\s+and\s+[^.;]{0,50}?\b(?:in|at)\s+(?:the\s+(?:village|town|city)\s+of\s+)?[A-Z][\w-]+\b"
    r"(?!['’]s)(?!\s+(?:region|oblast|district|raion|province|krai|[Rr]egion|[Oo]blast)\b)"
)
_LEFT_WHEN_STRUCK = re.compile(
    r"[^.;]{0,60}?\b(?:after|on|in|since)\s+[^,.;]{2,30},\s+when\s+[^.;]{0,60}?"
    r"\b(?:hit|struck|shelled|destroyed|bombed|killed|exploded)\b"
)
_ONE_FROM = re.compile(
    r"\b(?:patients?|wom[ae]n|m[ae]n|residents?|famil(?:y|ies)|neighbou?rs?|friends?|pupils?|"
    r"students?|customers?|clients?|colleagues?|relatives?|girl|boy|mother|father|he|she)\b"
    r"[^.;]{0,60}?\bfrom\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_THEIR_HOME_STRUCK = re.compile(
    r"[^.;]{0,160}?\b(?:hit|struck|shelled|destroyed|damaged|bombed|killed|wounded|injured)\b"
    r"[^.;]{0,60}?\b(?:his|her|their)\s+(?:own\s+)?(?:street|house|home|yard|flat|apartment|"
    r"building|block|neighbou?rhood|village)\b",
    re.IGNORECASE,
)
_ITS_OFFICIAL_AFTER = re.compile(
    r"['’]s\s+(?:(?:Russian|Moscow|Kremlin|Kyiv|Ukrainian)[- ](?:installed|appointed)\s+|"
    r"(?:acting|deputy|former|regional|city|military|occupation)\s+)*"
    r"(?:mayor|governor|head|chief|administrator|authorities|officials|administration|council)\b"
    r"(?!\s+(?:building|office|headquarters|premises)\b)",
    re.IGNORECASE,
)
_LEAVING_IN = re.compile(
    r"\b(?:bus|minibus|car|train|convoy|column|vehicle|van|truck|ambulance)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:carrying|taking|evacuating|with)\s+(?:[\w-]+\s+){0,3}?(?:out\s+of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SITE_NAMED_BY = re.compile(
    r"\s+(?:international\s+)?(?:airport|airfield|air\s*base|(?:railway\s+)?station|port|plant|"
    r"refinery|depot)\b"
)
_MORE_NAMES = re.compile(
    r"(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?){1,4}"
)
# (a list of sites, not a toll and its source: "hit Novoosynove: 2 killed (Kharkiv OVA)")
_LISTED_AFTER_STRUCK = re.compile(
    r"\b(?:struck|hit|attacked|targeted|shelled|bombed)\b[^.;:]{0,60}:\s[^.;:()\d]{0,180}$"
)
_STRUCK_THING_OF = re.compile(
    r"\b(?:hit|struck|damaged|destroyed|shelled|bombed|targeted|burned|burnt|"
    # ("a missile exploded among the private houses of Smila")
    r"(?:exploded|landed|fell|crashed)\s+(?:among|between|near|by|in|on|onto|into))\s+"
    r"(?:[\w-]+\s+){0,8}?"
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:halls?|buildings?|houses|homes|schools?|hospitals?|church|library|"
    # ("hit an industrial enterprise and a residential area of Pavlohrad")
    r"museum|market|station|outskirts|edge|centre|center|port|depot|area|quarter|neighbou?rhood|"
    # ("hit the centre and the power facilities of Konotop")
    r"facilit(?:y|ies)|infrastructure|enterprises?|plants?|factor(?:y|ies)|substations?|premises|"
    r"districts?|suburbs?|streets?|sector|blocks?)\s+of\s+$",
    re.IGNORECASE,
)
# a place's road, set off by its comma: ", on the road between Okhtyrka and …"
_A_PLACES_ROAD = re.compile(
    r"[,;]\s+(?:on|by|near)\s+the\s+(?:road|highway|route|motorway)\s+between\s+"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+)?$"
)
_SEEN_ON_THE_WAY = re.compile(
    r"\b(?:spotted|seen|sighted|observed)\s+(?:heading|flying|moving|headed)\s+(?:for|to|towards?)\s+$",
    re.IGNORECASE,
)
_MOORED_OFF = re.compile(
    r"\b(?:moored|anchored|docked|berthed|lying)\s+(?:off|at|near|in)\s+(?:the\s+(?:port|village|town)\s+of\s+)?$",
    re.IGNORECASE,
)
_A_SITE_BY = re.compile(
    # ("hit the bus stop by the Avdiivka coke plant": the site next to the town's plant)
    rf"\b(?:at|on|near|hit|struck|shelled|damaged|destroyed)\s+(?:the|a)\s+(?:[\w-]+\s+)?"
    rf"(?:crossings?|ferry|pier|stops?|{lx.SITE_NOUNS})\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HURT_TAKING_FROM = re.compile(
    r"\b(?:killed|wounded|injured|shelled|hit|struck)\b[^.;:]{0,100}?\b(?:while|when|as)\s+"
    r"[^.;:]{0,40}?\b(?:evacuat\w+|rescu\w+|pick(?:ing|ed)?\s+up|taking|took|bringing)\s+"
    r"(?:[\w-]+\s+){0,3}?from\s+(?:the\s+(?:[\w-]+\s+)?(?:village|town|city|settlement)\s+of\s+)?$",
    re.IGNORECASE,
)
_TO_FIRE_AT = re.compile(r"\bto\s+fire\s+(?:at|on|upon)\s+$", re.IGNORECASE)
_TRIED_TO_FIRE = re.compile(rf"{lx.ATTEMPT_MADE}fire\s+(?:at|on|upon)\s+$", re.IGNORECASE)
_WERE_GOING_TO = re.compile(
    r"\b(?:they|it)\s+(?:were|was)\s+(?:heading|flying|moving|headed)\s+(?:for|to|towards?)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_PUT_BEFORE = re.compile(r"\bput\s+(?:the\s+)?$", re.IGNORECASE)
_OUT_OF_ACTION_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?(?:\s*,[^,;.]{0,60},)?\s+out\s+of\s+(?:action|service|operation|commission)\b",
    re.IGNORECASE,
)
_WHO_DO_IT = re.compile(
    r"\bwho\s+[\"“]?(?:attack|shell|strike|bomb|hit|kill|terrori[sz]e|target)\s+[^.;:,!?]*$",
    re.IGNORECASE,
)
_IS_BURNING = re.compile(
    r"\s+(?:was|is|were|are)\s+(?:still\s+|again\s+)?(?:burning|on\s+fire|in\s+flames|ablaze)\b",
    re.IGNORECASE,
)
_FLEW_OVER = re.compile(
    # (not "a column of cars passing through Vasylivka": where it was hit)
    r"\b(?:flew|flown|flying)\s+(?:over|across|through)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NOT_IN = re.compile(r"\bnot\s+(?:in|at)\s+$", re.IGNORECASE)
_WHERE_SOMEONE_IS = re.compile(
    r"\(\s*(?:he|she|they)\s+(?:is|are|lives?|stays?)\s+(?:now\s+|still\s+)?in\s+$", re.IGNORECASE
)
_KIN = (
    r"daughter|son|wife|husband|mother|father|sister|brother|relatives?|nephew|niece|"
    r"grand(?:daughter|son|mother|father)"
)
_SOMEONE_IN = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Aa])?\s*"
    rf"(?i:{_KIN}|friends?|cousin|colleagues?|neighbou?r|mum|mom|dad|aunt|uncle)\s+in\s+$"
)
# (the place said again: "there", "in the town", "her street")
_THERE = re.compile(
    r"\b(?:there|here)\b|\b(?:in|on|at|near|over|into)\s+(?:the|her|his|their|our)\s+"
    r"(?:town|city|village|street|block|building|house|yard)\b",
    re.IGNORECASE,
)
_SENT_WORD = re.compile(
    r"(?:\s*\([^()]{0,40}\))?,?\s+(?:has\s+|had\s+|just\s+)?(?:sent|wrote|writes|called|calls|phoned|"
    r"rang|texted|messaged|says|said|told|reports?|reported)\b"
)
_KIN_OF_SOMEONE_OF = re.compile(
    rf"\b(?:{_KIN})\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_COMPARED_TO = re.compile(
    # (the likeness an event, not a clause of its own: not "compared these with remains
    # photographed after … the one on February 1, when a missile hit … in Kramatorsk")
    r"\b(?:compared|compares|comparing|likened|likens|equated)\s+(?:[\w'’-]+\s+){0,4}?(?:to|with)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:shelling|attacks?|strikes?|bombing|massacre|tragedy)\s+"
    r"(?:of|on|in|at)\s+(?:(?!\b(?:when|where|which|after)\b)[^.;:()])*$",
    re.IGNORECASE,
)
_ITS_YEAR_AFTER = re.compile(
    r"[^.;:]{0,30}?\b(?:in\s+(?:19|20)\d\d|on\s+\d{1,2}\s+[A-Z][a-z]+|(?:in|on)\s+[A-Z][a-z]+\s+\d)"
)
_A_RUN_TO = re.compile(
    r"\b(?:train|bus|coach|minibus|ferry|flight)\s+(?:from\s+[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?\s+)?"
    r"(?:to|towards|bound\s+for)\s+$",
    re.IGNORECASE,
)
_NEXT_TO = re.compile(r"\b(?:next\s+to|beside|alongside)\s+(?:the\s+)?$", re.IGNORECASE)
_A_SIDE = re.compile(r"\s+side\b(?!\s+of\b)", re.IGNORECASE)
_PART_OF_TOWN = re.compile(
    r"\b(?:on|in)\s+(?:his|her|their|our|my|the|that)\s+(?:[\w-]+\s+)?(?:side|part|end|edge)\s+of\s+$",
    re.IGNORECASE,
)


# a town's people named by it, then hurt: "Donetsk residents killed in shelling", "three
# Kherson civilians were wounded" (not "Kherson residents fled": no one hurt)
_ITS_PEOPLE_HURT = re.compile(
    r"\s+(?:residents?|civilians?|inhabitants|locals|citizens|people)\s+(?:(?:were|was|have\s+been|"
    r"had\s+been)\s+)?(?:\w+\s+)?(?:killed|wounded|injured|hurt|died)\b",
    re.IGNORECASE,
)


# the place whose people the strike hurt, named after them
_A_RESIDENT_OF = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|\d+)\s+(?:[a-z-]+\s+)?(?:residents?|inhabitants?|villagers?|"
    r"civilians?)"
    r"\s+of\s+$"
)
_WAS_KILLED = re.compile(r"\s*(?:was|were|has\s+been|have\s+been|had\s+been)\s+killed\b")
_DIED_OF_WOUNDS = re.compile(
    # ("a resident of Panteleimonivka, the urban-type settlement next to Horlivka (…), had
    # died of wounds": past its apposition)
    r"(?:,\s+(?:the|a|an)\s+[^,()]{0,60}(?:\([^)]*\))?,)?"
    r"\s*(?:,\s*)?(?:was|were|has\s+been|have\s+been|had)?\s*(?:been\s+)?(?:killed|died|wounded|injured|hurt)\b"
    r"[^.;]{0,40}?\b(?:shell(?:ing|s|ed)|strikes?|attacks?|drones?|missiles?|rockets?|bombs?|fire)\b",
    re.IGNORECASE,
)
_HURT_RESIDENT_OF = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:\w+\s+){0,3}?(?:residents?|"
    r"inhabitants?|civilians?|people|villagers)\s+of\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:sector|part|"
    r"district|area|outskirts|village|town|city)\s+of\s+)?(?:the\s+)?$"
    # (and the next of a list: "… killed a resident of Avdiivka and a resident of ")
    r"|\b(?:killed|killing|wounded|wounding|injured|injuring)\b[^.;]{0,80}?\band\s+(?:\w+\s+){0,2}?"
    r"(?:residents?|inhabitants?|civilians?|people|villagers)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# (not "released drone footage of an Iskander-M strike on Myrhorod": the news' own pictures)
_PICTURED = re.compile(
    r"\b(?:(?:old|archive|archival|earlier|previous|file)\s+(?:[\w-]+\s+)?"
    r"(?:footage|videos?|photos?|photographs?|images?|clips?)\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"|(?:footage|videos?|photos?|photographs?|images?|clips?)\s+of\s+(?:an?|the)\s+(?:19|20)\d\d\s+"
    r"(?:[\w-]+\s+)?)(?:attack|strike|shelling|bombing|blast|explosion)\s+(?:on|in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# (the strikes vowed, not the attack a vow answers: "Moscow vowed to punish Kyiv for an attack on
# the Russian city of Belgorod")
_VOWED_STRIKES = re.compile(
    r"\b(?:vow(?:s|ed)?|threaten(?:s|ed)?|warn(?:s|ed)?|promis(?:es|ed)|pledg(?:es|ed))\s+"
    r"(?:(?!(?:for|over|after|to\s+punish)\b)[\w'’]+\s+){0,8}?(?:strikes?|attacks?)\s+on\s+[^.;]{0,40}$"
    # ("warned that … strikes will be made on decision-making centers, including in Kiev")
    r"|\b(?:strikes?|attacks?)\s+(?:will|would)\s+be\s+(?:made|carried\s+out|delivered|launched)\s+"
    r"(?:on|against)\s+[^.;]{0,60}$",
    re.IGNORECASE,
)
# what the colon after a place says of a thing "there": "…: the substation there is burning"
_BURNING_THERE = re.compile(
    # ("calls from Karachev: in the night the Elektrodetal plant there burned after the
    # attack": its time first, its verb in the past)
    r"[^.;:]{0,40}:\s*(?:(?:in\s+the\s+(?:night|morning|evening|afternoon)|this\s+morning|"
    r"last\s+night|overnight|tonight|today|yesterday),?\s+)?the\s+(?:[\w-]+\s+){0,3}?there\s+"
    r"(?:(?:is|was|were|are|has\s+been)\s+)?(?:burning|burned|burnt|on\s+fire|hit|struck|destroyed|"
    r"damaged|shelled)\b",
    re.IGNORECASE,
)
_STATE_CONTROLS = re.compile(
    r"\s+(?:controls|controlled|holds|held|governs|administers|still\s+holds)\b", re.IGNORECASE
)
_OUTAGE_BEFORE = re.compile(
    r"\b(?:causing|caused|leaving|left|cutting|cut)\s+(?:[\w-]+\s+){0,4}?(?:blackouts?|"
    r"power\s+(?:outages?|cuts?)|outages?|(?:[\w-]+\s+)?without\s+(?:power|electricity|light|"
    r"water|heating))\b[^.;]{0,60}$"
    # ("declared a high-alert regime in the Kingisepp district": where a regime holds)
    r"|\b(?:declared|introduced|imposed)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:regime|emergency|"
    r"curfew)\s+(?:in|for|across|throughout)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FROM_POSITIONS = re.compile(
    r"\bfrom\s+(?:(?:their|its|russian|ukrainian|enemy|the)\s+)?(?:firing\s+)?positions\b[^.;]{0,80}$"
    # ("lies within reach of their artillery positions on the left bank near Enerhodar")
    r"|\b(?:within|in|out\s+of)\s+(?:the\s+)?(?:reach|range)\s+of\s+(?:[\w-]+\s+){0,3}?positions\b"
    r"[^.;]{0,60}$",
    re.IGNORECASE,
)
_SITE_THEN_TOWN = re.compile(
    r"\b(?:on|at|into|hit)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:hypermarket|supermarket|mall|"
    r"plant|factory|depot|refinery|substation|warehouse|school|hospital)\s+$",
    re.IGNORECASE,
)
_AFTER_A_COMMA = re.compile(r"[,;]\s*\w+\s+$")
_TORE_THROUGH = re.compile(
    r"\b(?:tore|ripped|punched|smashed|ploughed|plowed|crashed|slammed|came)\s+through\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# who is in a town tells of a strike "there": "her daughter in Kramatorsk wrote that the
# russians hit the institute there in the morning"
# a caller's town, then what they told of it after a colon
_CALLED_FROM = re.compile(
    r"\b(?:phoned|called|rang|wrote|texted|messaged|calls|writes)\s+(?:(?:us|me)\s+)?from\s+$",
    re.IGNORECASE,
)


def _news_told_after(text: str, end: int) -> bool:
    """A strike told right after the caller's town and its colon: '…: russian drones again
    in the night, a man killed' (not '…: all quiet, the shop opens at ten')."""
    after = re.match(r"\s*(?:\([^)]{0,40}\)\s*)?:\s*([^.;]{0,160})", text[end:])
    return after is not None and lx.STRIKE_WORDS.search(after.group(1)) is not None


_TOLD_STRUCK_THERE = re.compile(
    r"\s+(?:wrote|writes|said|says|called|texted|messaged|told\s+(?:us|me|him|her|them))\s+"
    # ("the packer's cousin in Enerhodar writes that a car blew up there today")
    r"(?:that\s+)?[^.;:!?]{0,80}?\b(?:hit|struck|shelled|bombed|attacked|destroyed|damaged|"
    r"blew\s+up|exploded)\b[^.;:!?]{0,80}?\bthere\b(?!\s+(?:is|are|was|were|has|have)\b)",
    re.IGNORECASE,
)
# A name that opens its sentence as its topic, and the strike told "there": struck at it
_STRUCK_THERE = re.compile(
    r"[^.;:!?]{0,60}?,\s+[^.;:!?]{0,60}?\b(?:hit|struck|shelled|bombed|attacked|targeted|"
    r"destroyed|damaged)\b[^.;:!?]{0,50}?\bthere\b(?!\s+(?:is|are|was|were|has|have)\b)",
    re.IGNORECASE,
)
_WHO_WERE = re.compile(r"\bwho\s+(?:was|were|had\s+been)\b[^,;]*$")
_HURT_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)"
    # ("Two women who were trapped under the rubble … in Dvorichna, … have died")
    r"|(?:have|has|had)\s+died|died)\b"
)
_WEAPON_REACHED = re.compile(
    r"\b(?:missiles?|drones?|rockets?|shells?|bombs?|Shaheds?)\s+(?:\w+\s+){0,2}?"
    r"(?:reached|reach|reaches|reaching|rained\s+(?:down\s+)?on|fell\s+on|"
    # ("In the night Ukrainian drones came to Proletarsk")
    r"came\s+to|flew\s+(?:in)?to|arrived\s+(?:at|in))\s+(?:the\s+)?$"
    # "At dawn, the shelling comes back to Nikopol": the strikes return to the town
    r"|\b(?:shelling|strikes|attacks|bombing|bombardment|explosions)\s+(?:comes?|came|returns?|returned)\s+"
    r"(?:back\s+)?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DURING_VISIT = re.compile(
    r"\b(?:exploded|struck|hit|landed|attacked|shelled)\b[^.;]{0,140}?\b(?:during|amid)\s+"
    r"(?:the|an?|their|his|her|its)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|inspection)\s+(?:to|of|in)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_APPOSITION = re.compile(r"\s*,\s+(?:the\s+|an?\s+|[A-Z][\w.'’-]*\s+)[^,.;:()]{2,60},")
# A vehicle struck as it left a place: the strike was on its way out of that place
_STRUCK_LEAVING = re.compile(
    r"\b(?:struck|hit|attacked|targeted|shelled|bombed)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:bus|car|train|convoy|vehicle|minibus|van|truck|ambulance|column)\w*\s+"
    r"(?:evacuating|carrying|taking|leaving|fleeing)\b[^.;]{0,50}?\bfrom\s+"
    r"(?:the\s+(?:city|town|village|settlement)\s+of\s+)?$"
    # ("four medics were killed over the weekend while evacuating civilians from the village
    # of Strilecha": killed at work there)
    r"|\b(?:killed|wounded|injured)\s+(?:[\w-]+\s+){0,4}?(?:while|when)\s+(?:they\s+were\s+)?"
    r"(?:evacuating|rescuing|taking\s+out)\b[^.;]{0,40}?\bfrom\s+"
    r"(?:the\s+(?:city|town|village|settlement)\s+of\s+)?$",
    re.IGNORECASE,
)
# a capital said for its government, then its words
# (two governments: "Kyiv, Moscow trade blame", "Kyiv and Moscow accused each other")
_ANOTHER_NAME = re.compile(r",?\s+(?:and\s+)?([A-Z][a-z]+)\b")
_CAPITAL_VOICE = re.compile(
    # (past an aside: "Kyiv, for its part, says that it is trying to bring the war home")
    r"(?:,\s+(?:for\s+its\s+part|in\s+turn|meanwhile|however|in\s+response|as\s+usual),)?"
    # ("Kiev, as usual, has not commented on the attacks": a government's silence)
    r"\s+(?:(?:has|had|did)\s+not\s+(?:yet\s+)?comment(?:ed)?|declined\s+to\s+comment)\b"
    r"|(?:,\s+(?:for\s+its\s+part|in\s+turn|meanwhile|however|in\s+response|as\s+usual),)?"
    r"\s+(?:has\s+|had\s+|have\s+)?(?:said|says|described|called|claimed|denied|insisted|"
    r"accused|blamed|warned|announced|condemned|dismissed|rejected|responded|retaliated|"
    # ("Kyiv, Moscow trade blame over shelling of the plant": the two governments)
    r"trade|traded|trading)\b"
    # ("denied … that Kyiv was behind the attack": the side, not the city)
    r"|\s+(?:was|is|were|had\s+been|has\s+been)\s+(?:not\s+|never\s+)?behind\b"
)
# a side's national body, the capital it sits in, and its words: "their intelligence in Kiev
# boasted" (not "the occupation authorities in Nova Kakhovka said": the town's own)
_BODY_IN = re.compile(
    r"\b(?:intelligence|command|ministry|government|military|headquarters|HQ|StratCom|"
    r"General\s+Staff)\s+in\s+$",
    re.IGNORECASE,
)
_BODY_SPEAKS = re.compile(
    r"\s+(?:(?:later|also|then|quickly|openly)\s+)?(?:said|says|told|claimed|boasted|bragged|"
    r"announced|reported|wrote|insisted|denied|confirmed|admitted)\b"
)
_CITY_STRUCK = re.compile(
    r"^\s+(?:(?:was|were|has\s+been|had\s+been|is\s+being)\s+)?(?:(?:also|again|once\s+again)\s+)?"
    r"(?:hit|struck|shelled|attacked|bombed|rocked|pounded|came\s+under|under\s+(?:\w+\s+)?(?:fire|attack)|"
    # ("Kyiv survived what officials called Russia's largest drone attack": the city lived it)
    r"survived|endured|weathered|woke\s+(?:up\s+)?to)\b"
)
# A capital opening its sentence, then who speaks there: where words were said
_CAPITAL_SPEAKS_AFTER = re.compile(
    r"^,\s+(?:(?:President|Prime\s+Minister|Foreign\s+Minister|Chancellor|Mayor)\s+|the\s+(?:president|"
    r"prime\s+minister|mayor|minister|ministry|government|Kremlin|foreign\s+ministry|"
    # ("In Kyiv, the President's Office said that the attack on Khmelnytskyi was …")
    r"(?i:President['’]s|presidential)\s+(?i:office|administration)|"
    # "In Moscow, the Russian Defence Ministry claimed …"
    r"(?:Russian\s+|Ukrainian\s+)?(?:Defen[cs]e|Foreign)\s+Ministry)\b"
    # "In Moscow, Kremlin spokesman Dmitry Peskov said …"
    r"|(?:the\s+)?(?:Kremlin|[A-Z]\w+\s+(?:Foreign|Defen[cs]e)\s+Ministry|Foreign\s+Ministry|"
    r"Defen[cs]e\s+Ministry)\s+(?:spokes(?:man|woman|person)|press\s+secretary)\b"
    # "In Moscow, Russian President Vladimir Putin's spokesman Dmitry Peskov declined …"
    r"|(?:[A-Z][\w-]*\s+){1,5}?[A-Z][\w-]*['’]s\s+(?:spokes(?:man|woman|person)|press\s+secretary)\b"
    # "In Moscow, Vladimir Putin told his Security Council …": a leader named, then his words
    r"|(?:[A-Z][\w'’-]+\s+){2,3}(?=(?:said|says|told|announced|warned|vowed|claimed|denied)\b)"
    # "In Warsaw, Polish officials called the strike a matter of concern" (a people's officials:
    # not "struck central Kyiv, officials said", the source of the words)
    r"|(?-i:[A-Z][a-z]+)\s+(?:officials|authorities|diplomats|lawmakers|politicians|leaders)\b)"
    r"[^.;]{0,80}?\b(?:said|says|marked|told|addressed|spoke|called|announced|met|visited|"
    r"vowed|promised|warned|condemned|claimed|denied|insisted|declined|refused|commented|"
    r"(?:did\s+not|didn['’]t)\s+comment)\b"
    # "In Kiev, they traditionally blamed the Russian military for the shelling": the other
    # side's answer, given there
    r"|^,\s+they\s+(?:\w+ly\s+|again\s+|also\s+)?(?:blamed|accused|denied|insisted|claimed|dismissed)\b"
    # "In Moscow, officials have sought to play down the attacks": the answer given there
    r"|^,\s+(?:officials|authorities)\s+(?:have\s+|had\s+)?(?:(?:sought|tried|moved)\s+to\s+"
    r"(?:play\s+down|downplay|reassure|calm)|played\s+down|downplayed|dismissed)\b"
    # "In Kiev, Andriy Yusov, a spokesman for Ukrainian military intelligence, said …"
    r"|^,\s+(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+,\s+(?:an?|the)\s+[^,.;]{3,70},\s+"
    r"(?:said|says|told|wrote|claimed|announced|confirmed)\b"
    # "In Moscow, there was no immediate comment from the Kremlin": where words were awaited
    r"|^,\s+there\s+was\s+no\s+(?:immediate\s+|official\s+)?(?:comment|reaction|response|word)\b"
)
_REPORTED_STRIKES = re.compile(
    r"\s+(?:reported|confirmed)\s+(?:an?\s+|the\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+)?"
    r"(?:strikes?|attacks?|explosions?|hits?)\s+(?:on|in|at)\b"
)
# "the centre of Pervomaiskyi, a town in the Lozova district": the district locates the town
_CLAUSE_LOCATOR = re.compile(
    r"\b(?:at|in)\s+(?-i:[A-Z])[\w'’-]+\b[^.;:,]{0,100},\s+(?:just\s+|right\s+)?(?:outside|near)\s+$",
    re.IGNORECASE,
)
_APPOSITIVE_LOCATOR = re.compile(
    # (or "Antopil, the village by Rivne": the one by that town; not "On Friday, the town of X")
    r"[A-Z][\w'’-]+,\s+the\s+(?:[\w-]+\s+){0,2}?(?:town|village|settlement|hamlet|suburb)\s+"
    r"(?:just\s+)?(?:outside|near|by|next\s+to)\s+(?:the\s+)?$|"
    r"[A-Z][\w'’-]+,\s+an?\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|settlement|hamlet|suburb)\s+"
    # ("Bahatyr, a village of about 1,700 people near Kurakhove")
    r"(?:of\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?[\d,.]+\s+"
    r"(?:people|residents|inhabitants)\s+)?"
    # "Merefa, a town just outside Kharkiv", "…, a village 20 km south of Izium"
    r"(?:in|of|(?:just\s+)?(?:outside|near)|(?:[\w-]+\s+){0,3}?(?:north|south|east|west)\w*\s+of)"
    r"\s+(?:the\s+)?$"
)
# "1) ", "• ", and a ticker's "13:02 ▶ "
_ITEM_START = re.compile(
    rf"^\s*(?:\d{{1,2}}[:.]\d\d\s*(?:{lx.BULLET})?|\d{{1,2}}[.)]|[A-H]\.\d{{1,2}}\.?|{lx.BULLET})\s*$"
    rf"|{lx.LINE_STAMP}"
)
# a strike feared, not told: "…, which they said could come under Ukrainian fire"
_MAY_BE_STRUCK_AFTER = re.compile(
    r",\s+which\s+[^.;]{0,40}?\b(?:could|might|may|would)\s+(?:[\w-]+\s+)?"
    r"(?:come\s+under|be\s+(?:shelled|hit|struck|targeted|attacked|bombed))\b"
)
# (not "where no casualties were reported": a strike with nobody hurt)
_NOTHING_STRUCK_AFTER = re.compile(
    r"^\s*,?\s+where\s+no\s+(?:strikes?|hits?|explosions?|attacks?|impacts?)\s+"
    r"(?:were|was|has\s+been|have\s+been|had\s+been)\b",
    re.IGNORECASE,
)
_SANK_OFF = re.compile(
    r"\b(?:sank|sunk|sinking|struck|hit|attacked|torpedoed|damaged|destroyed)\s+(?:[\w-]+\s+){0,4}?"
    r"off\s+(?:the\s+coast\s+of\s+)?$",
    re.IGNORECASE,
)
# a place told before, then the unit it lies in: "The village, in the Lyptsi hromada, …"
_ITS_UNIT = re.compile(
    r"^\W*(?:The|This|That)\s+(?:village|town|settlement|city)\s*,\s*(?:which\s+(?:is|lies)\s+|"
    r"located\s+|lying\s+)?in\s+the\s+$"
)
_UNIT_WORD = r"(?:hromada|community|district|raion|municipality)"
_UNIT_WORD_END = re.compile(rf"\b{_UNIT_WORD}$", re.I)
# (and the part of the country it lies in: "The city of Mykolaiv in the south was shelled")
_UNIT_AFTER = re.compile(
    rf"^\s+{_UNIT_WORD}\b"
    r"|^\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center)(?:-?(?:east|west))?\b"
    # ("the Olenya airfield near our town was attacked": where it lies, the writer's town)
    r"|^\s+(?:near|outside|by|next\s+to|close\s+to)\s+(?:our|this|the)\s+(?:town|city|village)\b",
    re.I,
)
# "the deadliest since a Russian airstrike on March 16 destroyed a theater in … Mariupol": an
# earlier strike told with its day is one of its own
_STRUCK_SINCE = re.compile(
    r"\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:missiles?|rockets?|drones?|shells?|bombs?|"
    r"forces|troops|army|russians|Russia|Ukraine)\s+(?:hit|struck|shelled|destroyed|attacked|bombed)\s+"
    r"(?:the\s+(?:city|town|village)\s+of\s+)?$"
)
_DATED_STRIKE_SINCE = re.compile(
    r"\bsince\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:strike|airstrike|attack|shelling|bombing|"
    r"raid)\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\b[^,;]*$"
)
_STRIKE_OF = re.compile(
    rf"\b(?:bombing|shelling|bombardment|strikes?|attacks?|destruction|{lx.NOTE_LOANWORDS})\s+"
    # ("shelling by the AFU of the settlement of Rubtsy": who struck, between)
    r"(?:by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?of\s+(?:the\s+)?"
    r"(?:[a-z][\w'’-]*\s+){0,2}?(?:of\s+)?$"
)
_SITE_OF = re.compile(
    r"\b(?:at|in|on|near|struck|hit|attacked|targeted|disabled|destroyed|damaged|shelled|bombed|"
    # (a part's own name too: "attacked the Khimik settlement of Horlivka")
    r"put\s+out\s+of\s+action)\s+(?:the\s+)?(?:(?:[a-z][\w-]*|(?<=the\s)[A-Z][\w'’-]*)\s+){0,2}?"
    r"(?:base|port|airfield|airport|"
    r"refinery|plant|depot|terminal|harbou?r|bay|shipyard|arsenal|town|city|village|settlement|"
    r"site|facility|territory|grounds|object|"
    # ("shelled the residential sector of the village of Komyshany": a part of it)
    r"sector|part|area|neighbou?rhood|quarter|outskirt|cent(?:re|er))s?"
    # ("a rocket strike on the infrastructure object of the town Pervomaiskyi")
    # ("… on the private housing sector of the old part of Pervomaiskyi": a part of a part)
    r"\s+of\s+(?:the\s+(?:[a-z][\w-]*\s+){0,2}?(?:town|city|village|settlement|part|sector|area|"
    r"centre|center|outskirts)\s+(?:of\s+)?)?"
    # ("explosions were recorded at the site of the Zaporizhzhia Nuclear Power Plant")
    r"(?:the\s+)?$"
)
_STRUCK_AT_PORT = re.compile(
    r"\b(?:damaged|hit|struck|destroyed|attacked|targeted|shelled|bombed)\b[^.;]{0,110}?"
    r"\b(?:sea\s?|river\s+)?(?:port|harbou?r)\s+of\s+$"
)
_WOUNDED_TAKEN_TO = re.compile(
    r"\b(?:wounded|injured|victims|casualties|survivors)\b[^.;]{0,60}?\b(?:flown|taken|brought|"
    r"evacuated|transferred|airlifted|rushed|sent)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WOUNDED_FROM = re.compile(
    r"\b(?:wounded|injured|casualties|transfers?|patients)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AMONG_THE_STRUCK = re.compile(
    r"\b(?:among|one\s+of)\s+the\s+(?:[\w-]+\s+){0,3}?(?:hit|struck|damaged|targeted|attacked|"
    r"destroyed)\b[^.;]{0,60}?\b(?:was|were|is|are)\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
# a town, its day, then what struck "there"
_DATED_THEN_TOLD = re.compile(
    r"\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?\s*,\s+[^.;]{0,100}?\bthere\b"
)
_SUBJECTED = re.compile(r"\bsubject(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
_TO_FIRE = re.compile(
    r"[^.;]{0,80}?\bto\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:shelling|strikes?|attacks?|bombardment|bombing|fire|missile|drone|artillery)",
    re.IGNORECASE,
)
_SITE_DATED_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s*,?\s+on\s+"
    # ("… at Konotop on the night to Thu 02.10": its night, its weekday, a day-first date)
    r"(?:the\s+night\s+(?:to|into|of|before)\s+)?(?:[A-Z][a-z]{2,8}\.?,?\s+(?=\d))?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}[./]\d{1,2})\b"
)
# "the Simferopol highway", "the Belgorod–Kharkiv highway": a road named after its towns
# a building "on" a name: the street it stands on (a town is "in"), as notes write it
_ON_A_STREET = re.compile(
    r"\b(?:site|house|flat|apartment|building|block|shop|store|office|kiosk|bakery|branch|"
    r"pharmacy|school|yard|roof|5-storey|9-storey|high-rise)\s+on\s+$",
    re.IGNORECASE,
)
_TOWNS_PART_BEFORE = re.compile(
    r"\b(?:mkr|mkrn|microdistrict|mikrorayon|mikroraion|kvartal)\.?\s+$", re.IGNORECASE
)
_ROAD_ON_TO = re.compile(r"\s+(?:to|towards?|in\s+the\s+direction\s+of)\s")
_ROAD_BETWEEN = re.compile(
    r"\b(?:road|highway|route|motorway|railway|area|fields?|forest|treeline)\s+(?:between|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A town's facility as the passive's subject: "the Ryazan oil refinery was attacked".
_FACILITY_STRUCK = re.compile(
    rf"^\s+(?:[a-z-]+\s+){{0,2}}{lx.FACILITY}\s+"
    # (past where it stands: "Zatoka bridge over the Dniester estuary (Odesa-Izmail line) was hit")
    r"(?:(?:over|across|on|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:\([^()]{1,40}\)\s+)?)?"
    r"(?:(?:was|were|has\s+been|had\s+been|came\s+under)\s+(?:\w+\s+)?"
    r"(?:attacked|hit|struck|targeted|damaged|shelled|destroyed|fire|attack)\b"
    # a note's, with no verb of being: "Chornomorsk grain terminal hit, 2 workers wounded"
    r"|(?:hit|struck|damaged|destroyed)(?:\s*[,.;(]|\s*$)"
    r")"
)
# "…, where a Russian missile strike on the train station killed more than 50": the clause
# tells a strike at the place it follows.
# "Held ~4h before Apostolove: the town was shelled …": the town the colon goes on about
# a site struck, then the village it lies by ("…, by Khmilnytsia"; not "hit by X")
# right past a town named ("behind Vasilyevka"), not a line of the front ("behind the
# Bakhmut and Marinka lines")
_GO_BEYOND = re.compile(
    r"\b(?:go|goes|going|went|drive|drives|driving|travel\w*|run|runs|venture|ride)\s+beyond\s+$",
    re.IGNORECASE,
)
_JUST_PAST = re.compile(r"\b(?:behind|beyond)\s+$", re.IGNORECASE)
_A_LINE_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:lines?|front|axis)\b")
_SITE_BY = re.compile(
    rf"\b{lx.SITE_NOUNS}\b[^.;]{{0,40}}?(?<!hit)(?<!struck)(?<!attacked)(?<!shelled)"
    r"(?<!targeted)(?<!destroyed)(?<!damaged)\s+by\s+$",
    re.IGNORECASE,
)
# a note's site and its passive: "Stepanky 330 kV substation (our big node, Cherkasy r-n) hit
# by russian missiles", "the Kremenchuk HPP at Svitlovodsk (Kirovohrad obl.) hit, flows cut"
_STRUCK_AFTER_ITS_SITE = re.compile(
    rf"(?:\s+(?:[\w-]+\s+){{0,3}}?{lx.SITE_NOUNS})?(?:\s+(?:at|in|near)\s+[A-Z][\w'’-]+)?"
    r"(?:\s*\([^()]{0,60}\))?"
    r"\s+(?:was\s+|were\s+)?"
    r"(?:hit|struck|shelled|bombed|damaged|destroyed|attacked|targeted)\b"
    # (a passive, not "the plant damaged homes": what follows is no object)
    r"(?=\s*(?:[,.;:)!]|$|\s+(?:by|in|on|at|with|overnight|again|twice|today|yesterday|this|last|"
    r"early|late|around|at|from)\b))"
)
# (not background: "After the Kakhovka dam was destroyed in June 2023, …")
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:after|since|before|until|when|once)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
# "my grandpa's town Okhtyrka had its train station smashed (24.03.2022, russian strikes)"
_HAD_ITS_SITE_STRUCK = re.compile(
    r"\s+(?:had|has\s+had)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:hit|struck|smashed|destroyed|"
    r"damaged|shelled|bombed|wrecked|flattened)\b",
    re.IGNORECASE,
)
_THE_TOWN_STRUCK = re.compile(
    r"\s*:\s*the\s+(?:town|city|village|settlement)\s+(?:itself\s+)?(?:was|had\s+been|came\s+under|"
    r"got)\s+(?:\w+\s+)?(?:shelled|hit|struck|attacked|bombed|fire|shelling)\b",
    re.IGNORECASE,
)
_WHERE_STRUCK = re.compile(
    # (past an aside that locates it: "Oktyabrsky, about twenty kilometres north-west of the
    # city, where, according to Gladkov, a drone dropped …")
    r"^(?:\s*,\s*(?:about|some|around|roughly|nearly|just)?\s*[\w-]+\s+(?:km|kilomet(?:re|er)s|miles)\s+"
    # (past a time or a source: "Dnipro, where on July 15, the day after Vinnytsia, Russian
    # rockets hit", "where, according to Gladkov, a drone dropped")
    r"[^,.;]{0,40})?\s*,?\s+where\s*,?\s+(?:[^,.;]{1,40},\s+){0,2}?(?:(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:strike|attack|missile|bomb|shelling|shell|munition|projectile|"
    r"drone|rocket)s?\b[^.;]{0,80}?\b(?:killed|hit|struck|destroyed|damaged|wounded|injured|"
    r"killing|injuring|wounding|dropped)\b"
    # "… and Zaporizhzhia, where one person was killed when a missile hit a residential area"
    r"|(?:[\w-]+\s+){1,4}?(?:was|were|had\s+been)\s+(?:killed|wounded|injured)\b)"
)
# "its Burshtyn power plant in the Ivano-Frankivsk region was hit overnight": the passive's
# subject, whatever word came before it.
_PASSIVE_AFTER = re.compile(
    r"^(?:\s+(?:in|near|outside)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:\s+(?:region|oblast|Oblast|district|raion))?)?"
    # ("The Trypillia plant, near the town of Ukrainka …, was "completely destroyed"")
    r"(?:,\s+(?:near|in|outside|on|south|north|east|west)\b[^,;.]{0,90},)?,?\s+"
    # ("the Zmiiv plant had already been badly damaged")
    r"(?:was|were|(?:has|have|had)\s+(?:(?:already|also|again|\w+ly)\s+)?been)\s+[\"“]?"
    r"(?:[\w-]+\s+)?(?:hit|struck|attacked|shelled|damaged|targeted|destroyed|bombed)\b"
    # "the skete of the Sviatohirsk Lavra is burning after Russian shelling"
    r"|^\s+(?:is|was|were|are)\s+(?:still\s+)?(?:burning|on\s+fire|ablaze)\s+(?:after|following)\b"
)


_INTO = re.compile(r"^(?:raids?|incursions?|forays?|push)\s+into\b", re.IGNORECASE)
_SITE_HEAD = re.compile(
    rf"\b(?:{lx.FACILITY}|Museum|University|Lavra|Monastery|Cathedral|Theat(?:re|er)|Institute|"
    r"Academy|Library|Lyceum|Gymnasium|College|Polytechnic|Conservatory|Philharmonic)$",
    re.IGNORECASE,
)
_LIST_TAIL = re.compile(
    # ("Marhanets (the town) and Vyshchetarasivka village hit by Grads": the first one's note)
    r"^(?:\s*\([^()]{1,50}\))?"
    r"(?:\s*(?:,\s*and|,\s*or|,|and|or)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
    r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?"
    # "… and the Pokrovske hromada of the Nikopol district were hit": an item's own unit
    r"(?:\s+(?:hromadas?|communit(?:y|ies)|districts?|raions?|village|town|settlement)\b"
    r"(?:\s+of\s+the\s+[A-Z][\w'’\-]+\s+"
    r"(?:district|raion|region|oblast))?)?"
    # "Nikopol and the town of Pokrov (Pokrovska community) came under fire": its note
    r"(?:\s*\([^()]{1,50}\))?)+"
    # "Kupiansk and Synkivka of the Kharkiv region came under fire": the list's own locator
    r"(?:\s+of\s+the\s+[A-Z][\w'’\-]+\s+(?:region|oblast|district|raion)|"
    r",?\s+[A-Z][\w'’\-]+\s+(?:region|oblast|Oblast|Region))?"
)


_DIRECTIONS = frozenset(
    f"{a}{sep}{b}" for a in ("north", "south") for b in ("east", "west") for sep in ("-", "")
) | {"north", "south", "east", "west"}


def _the_side_of(words: list[str]) -> bool:
    """ "in the north-east of Kharkiv": a part of the town (not "40 km north of Belgorod",
    where a thing lies measured from it)."""
    return len(words) >= 2 and words[-1] in _DIRECTIONS and words[-2] == "the"


def _weak_of(text: str, start: int) -> bool:
    words = [w for w in _words_before(text, start) if w not in ("the", "a", "an")]
    return len(words) >= 2 and words[-2] in lx.WEAK_BEFORE
