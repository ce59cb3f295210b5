"""An analyst's working notes: a line opened by its place ("Lviv ~06:00: plant hit by cruise
msl", "Nikolaev/Mykolaiv - barracks hit", "Chasiv Yar (Bakhmut r-n, Donetsk obl.): …").

The place is the line's target when what follows its label tells a strike. Datelines
("Kyiv (AFP) -", "BUCHAREST, Aug 2 -"), a source's label ("Monitoring channel:") and ACLED's
"oblast - raion:" header are not such lines.
"""

from __future__ import annotations

import re

from geo import lexicon as lx
from geo.loglines import CHAT_STAMP

# What an analyst's note line puts between a place and what happened there: another spelling,
# a part or an acronym, a bracket, a clock time, then a colon or a spaced dash
# a part or a site of the town named before it: "Kharkiv city", "Derhachi city council building"
_SITE_AFTER = (
    r"(?i:(?:[a-z][\w-]*\s+)?(?:centre|center|city|town|outskirts|station|stn|refinery|depot|"
    r"port|plant|airfield|airport|air\s?base|base|bridge|market|mall|bldg|resort|village|vil\.|"
    r"settlement|area|district|hospital|school|council(?:\s+building)?|administration(?:\s+building)?|"
    r"building))"
)
_NOTE_TAIL = (
    # (a qualified name ends inside its bracket: "Chasiv Yar (Bakhmut r-n, Donetsk obl")
    # (the full stop of a qualifier that ends the name's span: "Ust-Luga, Leningrad obl.:")
    r"(?:(?<=obl)\.)?(?:[^()\n]{0,60}\))?(?:\s*/\s*[A-Z][\w'’-]+)*"
    # (and a bracket of the writer's own after it: "Pavlivka (our Pavlivka, … - NOT the
    # Pavlivka in Poltava oblast where my cousin lives): russian artillery hit the school")
    r"(?:\s+\([^()\n]{0,200}\))?"
    # a part or a site ("rail station", "resort", "IPSC"), not the office that speaks ("RMA")
    # (in a ticker's capitals too: "DERHACHI CITY COUNCIL BUILDING, DESTROYED BY …")
    # (and its number: "Dnipro AS-1", "Kharkiv TPP-5")
    rf"(?:\s+(?:{_SITE_AFTER}|(?!(?:RMA|OVA|ODA|MVA|RVA|CMA|SES|MoD|GS)\b)[A-Z]{{2,6}}(?:-?\d{{1,2}}\b)?))?"
    r"(?:,\s*[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?\s+(?:r-n|raion|district|dist|obl\.?|oblast|region|st|"
    r"str|street|ave|avenue|krai|kray)\.?)*"
    # the country's code after them: "Toropets, Tver obl., RF:"
    r"(?:,\s*(?:RF|RU|Russia|UA|Ukraine|Crimea)\b)?"
    # a follow-up's tag or a day: "Kramatorsk D+1:", "Mykolaiv yday:", "Kharkov yday (04/04):"
    r"(?:\s+(?:D\+\d+|upd(?:ate)?|yday|y['’]day|o/n|today|tdy|overnight|last\s+night|again|"
    r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    # ("Synelnykove the same morning: russian missiles on …": the line's day told in words)
    r"(?:the\s+)?same\s+(?:day|night|morning|afternoon|evening)|(?:that|this)\s+(?:morning|"
    r"afternoon|evening|night)|in\s+the\s+(?:morning|afternoon|evening|night)))?"
    # "Izmail again, at night - grain elevator hit": the line's time of day after a comma
    r"(?:,\s*(?:at\s+night|overnight|in\s+the\s+(?:morning|evening|afternoon)|at\s+dawn))?"
    # (not an office's: "Chaus (OVA), 18.04: 18 KIA" is the governor speaking)
    r"(?:\s*\((?!(?:RMA|OVA|ODA|MVA|RVA|CMA|SES|DSNS|MoD|GS)\))[^)]*\))?"
    r"(?:\s*~?\d{1,2}[:.]\d\d(?:\s*(?:Z|UTC|local|MSK|EET|EEST)\b)?)?"
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+(?:yday|o/n|today))?"
    # the line's own day after a comma: "Kharkiv city, Mon 12th:", "Mykolaiv, night 13->14:"
    # (or after a dash: "Ust-Luga, Leningrad obl. – Sun 21.01 early hours:")
    # ("Polohy, Zaporizhzhia obl. 12/06: smoke from …": after the qualifier's stop)
    r"(?:(?:,|\.?\s[–—-]|(?<=obl)\.(?=\s+[0-3]?\d))\s*"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s+|(?:over)?night\s+(?:of\s+)?)?"
    r"[0-3]?\d(?:st|nd|rd|th)?(?:\s*(?:->|→|-|–|/|\.)\s*[0-3]?\d(?:[./]\d{2,4})?)?"
    r"(?:\s+[A-Z][a-z]{2,8}\.?)?(?:,?\s*~?\d{1,2}[:.]?\d\d)?"
    r"(?:,?\s+(?:early\s+|late\s+)?(?:hours|morning|afternoon|evening|night))?)?"
)
_AGENCY_AFTER = re.compile(
    # (and its country in brackets: "Kharkiv (Ukraine) (AFP) -")
    r"[\s,]*(?:[A-Z][a-z]+\s*|\([A-Z][a-z]+\)\s*)?\((?:AFP|AP|Reuters|Interfax[\w-]*|Ukrinform|"
    r"UNIAN|TASS|RIA[\w ]*|dpa|Bloomberg|Xinhua|EFE|ANSA|Anadolu|CNN|BBC)\)"
)
_ANOTHER_LABEL = re.compile(r"\s*[A-Z][\w'’-]+(?:(?:\s*/\s*|[\s-])[A-Z][\w'’-]+){0,3}\s*:")
# (a comma only right after the bare name: "Belgorod, Rosneft fuel depot … ablaze")
_NOTE_LABEL = re.compile(
    rf"(?:{_NOTE_TAIL}\s*(?::|\s[-–—]\s)|,\s"
    # ("KHARKIV REGION: DERHACHI CITY COUNCIL BUILDING, DESTROYED BY …": the site, then a comma)
    rf"|\s+{_SITE_AFTER},\s"
    # ("Svatove, Luhansk obl. Big fire + secondary explosions 25/06": the qualifier's stop ends
    # the label)
    r"|(?<=\bobl)\.\s+(?=[A-Z])"
    # "Rivne (…) same salvo: 5 KIA": a few words of the analyst's before the colon
    rf"|{_NOTE_TAIL}(?:\s+(?!(?:said|says|reported|claims?|claimed|told|wrote|added|of|in|on|at|"
    rf"to|for|from|with|by|now)\b)[a-z][\w-]*){{1,2}}\s*:)"
)
_NOTE_PASSIVE = re.compile(
    rf"{_NOTE_TAIL}\s+(?:hit|struck|shelled|attacked|targeted|bombed)\b"
    r"(?!\s+(?:the|a|an|its|their|his|her)\b)"
)
# what may open a note's line before its place: "Also o/n 12-13:", "D+1", "upd:", "Kyiv obl.,"
_NOTE_LEAD = re.compile(
    # (a timeline's military clock: "0835  Dnipro: explosions")
    # (a log's item id: "[C1] Kyiv - crater next to …")
    # (and a route's or a claim's code: "RT-17 Odesa city: …", "ZP-1190 Vilniansk: …")
    r"^\W*(?:(?:\[[A-Za-z]{0,5}[-#]?\d{1,4}[a-z]?\]|\[[\sxX✓✔v]?\]|[A-Z]{1,4}-\d{1,6}[a-z]?|[Aa]lso|"
    # a map's or a register's record: "+ added pin #1188 Vorozhba (Sumy r-n): …", "#412 Izium: …"
    r"(?:(?:[Aa]dded|[Nn]ew|[Mm]oved|[Uu]pdated|[Ee]dited)\s+)?(?:(?:[Pp]in|[Rr]ow|[Ee]ntry|[Rr]ecord|"
    r"[Ii]tem|[Pp]oint|[Mm]arker)\s+)?#\d{1,6}|Upd(?:ate)?|[Vv]il\.|D\+\d+|[Oo]/[Nn](?:\s+[\d/.-]+)?|~?\d{1,2}[:.]\d\d(?:Z)?|"
    r"~?(?:[01]\d|2[0-3])[0-5]\d(?:\s*(?:hrs?|Z))?|"
    # (and a night's two days: "night 1→2/8 – Izmail: …")
    r"(?:[Nn]ight\s+)?[\d/.-]*\d{1,2}(?:\s*(?:→|->)\s*\d{1,2})?/\d{1,2}(?:/\d{2,4})?|"
    # ("night 17→18.09 Toropets, …")
    r"[Nn]ight\s+\d{1,2}\s*(?:→|->)\s*\d{1,2}\.[01]?\d|"
    r"[0-3]?\d\.[01]?\d\.(?:19|20)?\d\d|MSK|UTC|EET|EEST|local|[ap]\.m\.|"
    # a log's day: "fri 23.09  Marganets - …", "yday 29/09 Mykolaiv: …" (a dotted day needs
    # its two-digit month, so "1.5" is no day)
    r"[0-3]?\d\.[01]\d\.?|(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un)[a-z]{0,6}\.?|"
    r"[Yy]day|[Yy]esterday|[Tt]oday|[Tt]onight|"
    # (a Ukrainian or Russian hand's weekday, bracketed or not: "нд 18.09", "18.08 (чт/Thu)")
    r"(?i:пн|вт|ср|чт|пт|сб|нд|вс)\.?|\((?:[A-Za-zА-Яа-яІіЇїЄєҐґ]{2,9}\s*/\s*)?[A-Za-zА-Яа-яІіЇїЄєҐґ]{2,9}\)|"
    # (a name in Cyrillic, then its Latin spelling: "Павлівка / Pavlivka (…): …")
    r"[А-ЯІЇЄҐ][А-Яа-яІіЇїЄєҐґ'’-]+\s*/|"
    # ("- then 21.09 at night - Tikhoretsk, Krasnodar krai: …")
    r"[Tt]hen|at\s+night|in\s+the\s+(?:morning|evening|afternoon)|"
    # ("- last Fri (3.02) Barvinkove: …": the day named, then written in brackets)
    r"[Ll]ast|\(\s*[0-3]?\d[./][01]?\d(?:[./](?:19|20)?\d\d)?\s*\)|"
    # a footnote's number: "34 Zaporizhzhia, 8 January 2025: two guided bombs struck …"
    r"^\d{1,3}(?=\s)|"
    # an item's letter and its written day: "a) 9 Aug 2022 - Saky airbase, …: explosions"
    r"[a-h]\)|"
    # a log's capitals tag before its dash: "[14:32] MASS CASUALTY - Druzhkivka, strike on …"
    r"[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}(?=\s+[-–—:]\s)|"
    # an aerodrome's ICAO code before its town: "UKOH Kherson (Chornobaivka): hit by …"
    r"[ULE][A-Z]{3}(?=\s)|"
    r"[0-3]?\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+(?:19|20)\d\d)?"
    # (the day's dash: "24/7 – Reni, Izmail raion: drones hit the port")
    r"(?:\s+[-–—])?)(?:[\s:,]|\s[–—-](?=\s))*)*"
    r"(?:[A-Z][\w'’-]+\s+(?i:obl\.|oblast|region|r-n|raion)\s*[,:]\s*)?"
    # a log's tag and the site before its town: "[08:21] DMG  Prydniprovska TPP, Dnipro - hit"
    rf"(?:(?:[A-Z]{{2,5}}\s+)?(?:[A-Z][\w'’\"-]*\s+){{1,3}}{lx.FACILITY}\s*,\s*"
    # (or a site in lower case and what became of it: "cattle farm on fire, Kutuzivka, russian
    # shells around 15:00")
    rf"|(?:[a-z][\w'’-]*\s+){{0,2}}(?i:{lx.SITE_NOUNS})"
    # ("school of social rehabilitation (Komyshuvakha): russian strike thu 20.10")
    r"(?:\s+(?:of|for)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)?"
    r"(?:\s+(?:on\s+fire|hit|burning|ablaze|destroyed|damaged))?\s*[,(]\s*)?$"
)
# a translated post quoted after its author and time: 'Kherson OVA, 13:05: "Bilozerka: …'
_QUOTED_POST = re.compile(r"^[^\"“”.]{2,60}:\s*[\"“]\s*$")
# ("THEY HIT US. cattle farm on fire, Kutuzivka, …": the lower-case line's last sentence)
_AFTER_A_FULL_STOP = re.compile(
    r"(?<=[A-Za-z])[.!?]\s+(?=[a-z][^.!?]*$)"
    # (or a note's next timed entry after a semicolon: "…, 1 killed; 14:30 Antonivka - drones")
    r"|;\s+(?=~?\d{1,2}[:.]\d\d\s+[^;]*$)"
)
# (the speaker's name may be two or three words: "[16/02/2023, 13:05] Dima Fixer: also …")
_CHAT_PREFIX = re.compile(rf"^\s*{CHAT_STAMP.pattern}\s*(?:[\w.@-]+(?:\s[\w.@-]+){{0,2}}:\s*)?")
# (and an annex's or an outline's "A.1", "2.3.")
# (and its day after it: "8. 30.04.2022 - Ruska Lozova (Kharkivskyi raion): …")
_ITEM_NUMBER = re.compile(
    r"^\s*(?:\d{1,2}[.)/]|[a-h]\)|[A-H]\.\d{1,2}\.?)\s*"
    r"(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s*[-–—:,]?\s*)?$"
)
# a note's line about its own place, from its start: "Kropyvnytskyi (ex-Kirovograd): …",
# "14/07 ~10:50 Vinnytsia: …", "Serhiivka resort, Bilhorod-Dnistrovskyi r-n, Odesa obl. - …"
OWN_LABEL = re.compile(
    r"^\W*(?:\[[A-Za-z]{0,5}[-#]?\d{1,4}[a-z]?\]\s*)?(?:[\d/.~:-]+\s*(?:MSK|UTC|Z|EET|EEST|local|[ap]\.m\.)?\s*)*"
    r"[A-Z][\w'’-]+(?:[\s/-]+[A-Z][\w'’-]+)*(?:\s+[a-z][\w-]*)?(?:,\s*[A-Z][^,:;]{2,40}?)*"
    r"(?:\s*\([^)]*\))?(?:\s*~?\d{1,2}[:.]\d\d(?:\s*[A-Z]{1,4})?)?\s*(?::|\s[-–—]\s)"
)


def labels_a_note(text: str, start: int, end: int, before: str, first: bool, capital: bool) -> bool:
    """Is the place at ``text[start:end]`` the label of a note's line that tells a strike?

    Parameters
    ----------
    text
        The sentence.
    start, end
        The place name's span.
    before
        The text before the name.
    first
        Nothing but a list mark stands before the name.
    capital
        The name is a capital's (it needs a label; "Kyiv said" is the government).
    """
    # (a chat's stamp and speaker open the line before its own lead: "[Sun 08:07] olena.k:
    # 2) KHARKIV, the night before (3→4 Apr): Russian Shahed swarm on …")
    before = _CHAT_PREFIX.sub("", before)
    # ("done at Korabel. also Antonivka - shelled at 9:30": a chat's next clause, unsplit)
    before = _AFTER_A_FULL_STOP.split(before)[-1]
    first = first or before.strip() == "" or _ITEM_NUMBER.match(before) is not None
    # (the cheap tests first: most places open no line)
    shouted = text[start:end].isupper() and text != text.upper()  # (not a ticker's every line)
    if (shouted and not _ITEM_NUMBER.match(before)) or not (
        first or _NOTE_LEAD.match(before) or _QUOTED_POST.match(before)
    ):
        # ("CIR geolocation:", "BUCHAREST, Aug 2 - ": an acronym, a dateline; but a sitrep's
        # numbered item is labelled in capitals: "2. KYIV - 31DEC, ~1400: …")
        return False
    struck = lx.STRIKE_WORDS.search(text, end) or lx.TRIGGER.search(text, end)
    if struck is None:
        return False
    if lx.KEEPS_WORKING.search(text, end, struck.start()):
        return False  # "Odesa, Chornomorsk and Pivdennyi ports continue to work despite attacks"
    if _AGENCY_AFTER.match(text, end):
        return False  # "Kyiv (AFP) - ": a dateline
    label = _NOTE_LABEL.match(text, end)
    if label is None:
        return not capital and _NOTE_PASSIVE.match(text, end) is not None
    # (not ACLED's "Donetsk - Kramatorskyi: …": the oblast over its raion's label; but a
    # site's acronym may follow: "Kirishi (Leningrad obl.) - KINEF: one fell on the refinery")
    # (and a place its own bracket qualifies is no oblast: "Klimovo (Bryansk obl.) - Bogomaz:
    # Ukrainian forces shelled the village", the governor's words about it)
    other = _ANOTHER_LABEL.match(text, label.end())
    qualified = "(" in text[start : label.end()]
    return other is None or qualified or other.group(0).strip(" :").isupper()


# "Not strikes / context", "ODA building, Mykolaiv": a few words, no sentence
# (not "Results of the operation:", which opens a list of the event told)
# ("08.01, ~15:30, Zaporizhzhia city": a day's dots are no sentence's end)
NOTA_BENE = re.compile(r"\s*(?:[-–—]\s*)?\b(?:NB|N\.B\.)\s*:.*$", re.DOTALL)
# (a street's or an oblast's abbreviation is no full stop: "house, Korosten, vul. Shevchenka")
_ABBREVIATION_DOT = re.compile(rf"\b({lx.STREET_ABBR}|obl|smt|str|st)\.(?=\s)")
_SHORT_HEADING = re.compile(r"^(?:[^.!?;]|(?<=\d)\.(?=\d)){2,60}\.?(?<!:)$")
# (a heading led by capitals may say more: "RUSSIA - OTHER BORDER REGIONS, same night (20 to 21
# August), from the RF MoD morning list")
_CAPS_HEADING = re.compile(
    r"^[A-Z]{3,}(?:[ -]+[A-Z]{2,})+\b(?:[^.!?;]|(?<=\d)\.(?=\d)){0,80}(?<!:)$"
)


def _short_heading(text: str) -> bool:
    return _SHORT_HEADING.match(text) is not None or _CAPS_HEADING.match(text) is not None


def heads_a_list(text: str, over_items: bool) -> bool:
    """Is this line, over a note's bullets (``over_items``), a section's heading ("Ochakiv"
    over "- night 30->31: RU arty on the port area")? Its place, if it names one, is where the
    bullets happened."""
    return (
        not text.lstrip().startswith("|")  # (a table's row is no heading over the next one)
        # (its place's qualifiers in brackets are no sentence: "09.01, morning, Bilenke
        # (Zaporizhzhia raion; NOT Bilenke near Kramatorsk, which is in Donetsk obl.)")
        # ("MYRNE (7.07) - NB: Myrne in Mykolaiv r-n, NOT the one in Skadovsk r-n!": its note)
        and over_items
        and _short_heading(
            _ABBREVIATION_DOT.sub(r"\1", NOTA_BENE.sub("", lx.IN_BRACKETS.sub("", text))).strip()
        )
        and lx.TRIGGER.search(text) is None
    )  # fmt: skip


# "2. KYIV - 31DEC, ~1400: …", "1. MAKIIVKA (Makeyevka), Donetsk obl. - occupied.": a sitrep's
# numbered item, its place in capitals
# (or a bullet's dated one: "- Fri 4th, ~18:45: KRYVYI RIH. Iskander-M on a playground")
_CAPS_ITEM = re.compile(
    # (and a rundown's "04  LVIV — VO 35\"": its item's number set off by spaces alone)
    rf"^\s*(?:\d{{1,2}}[.)]|\d{{1,2}}(?=\s{{2}}|\t)|[a-h]\)|{lx.BULLET}(?:[^\n]{{1,40}}?:)?)\s+"
    r"(?P<name>[A-Z][A-Z'’\-]{2,}(?:[ -][A-Z][A-Z'’\-]{2,}){0,2})(?=\s*(?:[.,(:]|[-–—]\s)"
    # ("2. KRYVYI RIH memorial fundraiser - final report.": a few words on the item first)
    r"|(?:\s+[a-z][\w-]*){1,3}\s*(?::|[-–—]\s))"
    # (or, unnumbered, a section's town in capitals before its quoted title: 'ODESA "Old Town
    # & Opera weekend", 7-9 Feb (22 pax) - CANCELLED.')
    r"|^\s*(?P<head>[A-Z][A-Z'’\-]{2,24}(?:[ -][A-Z][A-Z'’\-]{2,24}){0,2})\s+[\"“«]"
)
# (or marked as a sub-line: "KH-03 Zolochiv — CLOSED" over " > canopy destroyed by shelling")
_INDENT = re.compile(r"\n(?:[ \t]{2,}|[ \t]*>[ \t]*)$")


def caps_item_name(text: str) -> str | None:
    """The place a sitrep's numbered item opens with, in capitals ("Kyiv" of "2. KYIV - …")."""
    m = _CAPS_ITEM.match(text)
    return (m.group("name") or m.group("head")).title() if m else None


def indented(raw: str, start: int) -> bool:
    """Does the line at ``start`` go on the item above it, indented under it?"""
    return _INDENT.search(raw, max(0, start - 12), start) is not None


# "NOT STRIKES (keep out of the table)", "Excluded:", "Not coded": a heading over lines the
# note-taker has judged no strikes (a capital's "Not strikes" may still name places)
_SET_ASIDE = re.compile(
    r"^\W*(?:(?:not|non)[\s-]+(?:strikes?|incidents?|events?|coded|mapped|logged|counted)|excluded|exclusions|discarded|"
    r"(?:do\s+not|don['’]t)\s+(?:code|map|log)(?=\s*:?\s*$))\b|\b(?:keep|leave)\s+(?:\w+\s+)?(?:out\s+of|off)\s+"
    r"the\s+(?:table|map|list|dataset|log)\b",
    re.IGNORECASE,
)
# a news page's links to its other stories: "Related", "More on this story", "Keep reading"
_OTHER_STORIES = re.compile(
    r"^\W*(?:related(?:\s+(?:stories|articles|coverage|content|news|reading))?|read\s+more|"
    r"more\s+on\s+this\s+(?:story|topic)|recommended(?:\s+stories)?|most\s+(?:read|popular|viewed)|"
    r"top\s+stories|latest\s+(?:news|stories)|you\s+(?:may|might)\s+also\s+like|see\s+also|"
    r"also\s+read|keep\s+reading|(?:skip\s+next\s+section\s+)?explore\s+more|more\s+stories|"
    # ("More from Donbas Frontline", "Read next", "Editor's picks")
    r"more\s+from(?:\s+(?:the\s+)?[\w'’-]+){1,4}|read\s+next|editor['’]?s\s+picks?|"
    r"what\s+to\s+read\s+next)\W*$",
    re.IGNORECASE,
)


def sets_aside(text: str) -> bool:
    """Is this short line a heading over lines that are no strikes ("NOT STRIKES (keep out of
    the table)")? Its bullets name places of events the note-taker has ruled out."""
    return len(text.split()) <= 8 and _SET_ASIDE.search(text) is not None


def links_elsewhere(text: str) -> bool:
    """Is this line a news page's heading over links to its other stories ("Keep reading")?"""
    return len(text.split()) <= 6 and _OTHER_STORIES.search(text) is not None
