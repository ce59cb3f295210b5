"""Latin spellings of Ukrainian and Russian place names, as the press writes them.

GeoNames' alternate names carry no language tags and miss many spellings an
English article uses ("Kupiansk", "Kupyansk", "Kupjansk"). The gazetteer build
generates them from every Cyrillic name: the official Ukrainian transliteration
(KMU-2010, resolution No. 55 of 27 Jan 2010), its older press form (ya/yu/ye
inside words), and the Russian-style form (BGN/PCGN-like, "Kharkov",
"Artemovsk").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# KMU-2010: (at the start of a word, elsewhere).
_UK: dict[str, tuple[str, str]] = {
    "а": ("a", "a"), "б": ("b", "b"), "в": ("v", "v"), "г": ("h", "h"), "ґ": ("g", "g"),
    "д": ("d", "d"), "е": ("e", "e"), "є": ("ye", "ie"), "ж": ("zh", "zh"), "з": ("z", "z"),
    "и": ("y", "y"), "і": ("i", "i"), "ї": ("yi", "i"), "й": ("y", "i"), "к": ("k", "k"),
    "л": ("l", "l"), "м": ("m", "m"), "н": ("n", "n"), "о": ("o", "o"), "п": ("p", "p"),
    "р": ("r", "r"), "с": ("s", "s"), "т": ("t", "t"), "у": ("u", "u"), "ф": ("f", "f"),
    "х": ("kh", "kh"), "ц": ("ts", "ts"), "ч": ("ch", "ch"), "ш": ("sh", "sh"),
    "щ": ("shch", "shch"), "ь": ("", ""), "ю": ("yu", "iu"), "я": ("ya", "ia"),
}  # fmt: skip
# The press's older habit keeps the y-forms inside words: Kupyansk, Zaporizhzhya.
_UK_PRESS = {**_UK, "є": ("ye", "ye"), "ї": ("yi", "yi"), "ю": ("yu", "yu"), "я": ("ya", "ya")}
_RU: dict[str, tuple[str, str]] = {
    "а": ("a", "a"), "б": ("b", "b"), "в": ("v", "v"), "г": ("g", "g"), "д": ("d", "d"),
    "е": ("ye", "e"), "ё": ("yo", "yo"), "ж": ("zh", "zh"), "з": ("z", "z"), "и": ("i", "i"),
    "й": ("y", "y"), "к": ("k", "k"), "л": ("l", "l"), "м": ("m", "m"), "н": ("n", "n"),
    "о": ("o", "o"), "п": ("p", "p"), "р": ("r", "r"), "с": ("s", "s"), "т": ("t", "t"),
    "у": ("u", "u"), "ф": ("f", "f"), "х": ("kh", "kh"), "ц": ("ts", "ts"), "ч": ("ch", "ch"),
    "ш": ("sh", "sh"), "щ": ("shch", "shch"), "ъ": ("", ""), "ы": ("y", "y"), "ь": ("", ""),
    "э": ("e", "e"), "ю": ("yu", "yu"), "я": ("ya", "ya"),
    # Ukrainian letters in a Russian-style reading of a Ukrainian name.
    "і": ("i", "i"), "ї": ("yi", "yi"), "є": ("ye", "ye"), "ґ": ("g", "g"),
}  # fmt: skip
_RU_I = {**_RU, "й": ("i", "i")}
_APOSTROPHES = "'’ʼ`´"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Russian adjective endings the press shortens: Krasnyy → Krasny, Novoye → Novoe.
_RU_ENDINGS = (
    ("yy", "y"),
    ("iy", "y"),
    ("ii", "y"),
    ("ii", "iy"),
    ("oye", "oe"),
    ("aya", "aia"),
    ("yye", "ye"),
)


def has_cyrillic(text: str) -> bool:
    """True when the text holds any Cyrillic letter."""
    return bool(_CYRILLIC.search(text))


def _apply(text: str, table: dict[str, tuple[str, str]]) -> str:
    out: list[str] = []
    start = True
    for i, orig in enumerate(text):
        ch = orig.lower()
        if ch in _APOSTROPHES:
            continue
        pair = table.get(ch)
        if pair is None:
            out.append(ch)
            start = not ch.isalpha()
            continue
        piece = pair[0] if start else pair[1]
        if ch == "г" and table is not _RU and i and text[i - 1].lower() == "з":
            piece = "gh"  # KMU-2010: зг → zgh, so Zghurivka is not Zhurivka
        out.append(piece.capitalize() if orig.isupper() else piece)
        start = False
    return "".join(out)


def ukrainian_latin(name: str) -> list[str]:
    """KMU-2010 and press forms of a Ukrainian name: Куп'янськ → Kupiansk, Kupyansk."""
    forms = [_apply(name, _UK), _apply(name, _UK_PRESS)]
    return list(dict.fromkeys(f for f in forms if f))


def russian_latin(name: str) -> list[str]:
    """Russian-style forms: Артемовск → Artemovsk; Красный Лиман → Krasnyy/Krasny Liman;
    й also as i (Первомайский → Pervomaisky, Гуляйполе → Gulyaipole)."""
    base = _apply(name, _RU)
    forms = [base]
    if "ё" in name.lower():
        # (the press writes ё as е: Белозёрка is "Belozerka" as often as "Belozyorka")
        forms.append(_apply(name.replace("ё", "е").replace("Ё", "Е"), _RU))
    if "й" in name.lower():
        forms.append(_apply(name, _RU_I))
    for end, short in _RU_ENDINGS:
        forms += [re.sub(rf"{end}\b", short, f) for f in forms if re.search(rf"{end}\b", f)]
    forms += [f.replace("Ye", "E").replace("ye", "e") for f in forms if "ye" in f.lower()]
    return list(dict.fromkeys(f for f in forms if f))


def latin_forms(name: str) -> list[str]:
    """Every generated Latin spelling of a Cyrillic name (none for a Latin name)."""
    if not has_cyrillic(name):
        return []
    low = name.lower()
    russian_only = any(c in low for c in "ыэъё")
    ukrainian_only = any(c in low for c in "іїєґ")
    forms: list[str] = []
    if not russian_only:
        forms += ukrainian_latin(name)
    if not ukrainian_only:
        forms += russian_latin(name)
    return list(dict.fromkeys(forms))


# Russian-style endings the press puts on Ukrainian names: Ivanivka → Ivanovka,
# Pervomaiske → Pervomayskoye, Horlivka → Gorlovka.
_PRESS_ENDINGS = (
    # (Mykolaivka → Nikolayevka, Andriivka → Andreyevka, Vasylivka → Vasilyevka)
    ("aivka", ("ayevka", "aevka")), ("iivka", ("eyevka", "eevka")),
    ("ivka", ("ovka", "evka")), ("yivka", ("eevka", "yevka")), ("ske", ("skoye", "skoe")),
    ("tske", ("tskoye", "tskoe")), ("ne", ("noye", "noe")),
)  # fmt: skip


# The way back, for places GeoNames knows only by their Russian name (much of Crimea):
# Olenevka → Olenivka, Mirnoye → Mirne, Chernomorskoye → Chernomorske.
_UKRAINIAN_ENDINGS = (
    ("ovka", "ivka"), ("evka", "ivka"), ("skoye", "ske"), ("skoe", "ske"), ("noye", "ne"),
    ("noe", "ne"),
)  # fmt: skip


def ukrainian_endings(latin: str) -> list[str]:
    """The Ukrainian ending of a Russian-Latin place name, as Ukrainian outlets write it."""
    low = latin.lower()
    for end, sub in _UKRAINIAN_ENDINGS:
        if low.endswith(end):
            return [latin[: -len(end)] + sub]
    return []


# Russian-style stems: Dnipro- is Dnepr- (Dniprorudne → Dneprorudnoye), and the Ukrainian
# и written "y" between consonants is the Russian "i" (Lysychansk → Lisichansk,
# Dniprodzerzhynsk → Dneprodzerzhinsk).
_PRESS_STEMS = (
    (re.compile(r"Dnipr"), "Dnepr"),
    (re.compile(r"(?<=[BCDFGHKLMNPRSTVZbcdfghklmnprstvz])y(?=[bcdfghklmnprstvz])"), "i"),
)


# Villages named after people go by the Russian form of the name: Mykolaivka is Nikolayevka,
# Oleksandrivka Aleksandrovka, Hryhorivka Grigorovka (and Novomykolaivka Novonikolayevka).
_NAME_STEMS = (
    ("Mykol", "Nikol"), ("Oleksandr", "Aleksandr"), ("Oleksii", "Aleksee"), ("Hryhor", "Grigor"),
    ("Mykhail", "Mikhail"), ("Dmytr", "Dmitr"), ("Volodymyr", "Vladimir"), ("Heorhii", "Georgie"),
    ("Serhii", "Sergee"), ("Kyryl", "Kiril"), ("Vasylivka", "Vasilyevka"),
)  # fmt: skip
_NAME_STEM = [
    (re.compile(rf"^{ua}|(?:(?<=[Nn]ovo)|(?<=[Ss]taro)|(?<=[Mm]alo)){ua.lower()}"), ru)
    for ua, ru in _NAME_STEMS
]


def _named_after_a_person(latin: str) -> str:
    for pattern, ru in _NAME_STEM:
        latin = pattern.sub(_in_case(ru), latin)
    return latin


def _in_case(ru: str) -> Callable[[re.Match[str]], str]:
    """The Russian stem in the case of the stem it replaces ("Mykol" → "Nikol", "mykol" →
    "nikol" inside "Novomykolaivka")."""
    return lambda m: ru if m.group(0)[0].isupper() else ru.lower()


def press_variants(latin: str) -> list[str]:
    """Russian-style press spellings of a Ukrainian Latin name (none when nothing applies)."""
    stem = _named_after_a_person(latin)
    for pattern, sub in _PRESS_STEMS:
        stem = pattern.sub(sub, stem)
    out: list[str] = [stem] if stem != latin else []
    for base in dict.fromkeys([latin, stem]):
        for end, subs in _PRESS_ENDINGS:
            if base.lower().endswith(end):
                out += [base[: -len(end)] + sub for sub in subs]
                break
    if latin[:1] == "H":
        out += ["G" + v[1:] for v in [latin, *out]]
    return [v for v in dict.fromkeys(out) if v != latin]


# How other languages write the same Cyrillic sounds, folded to one symbol each: German
# "Tschernihiw", Dutch "Tsjernihiv", Polish "Czernihiw", French "Tchernihiv" and English
# "Chernihiv" share one skeleton. ч, х (kh, ch, h) and г (h, g) fold together, and so do
# the vowels and й/ь written i, y or j; doubled letters are one, and so is "zhia"/"zja".
_SKELETON_SUBS = (
    ("shch", "S"), ("szcz", "S"), ("schtsch", "S"),
    ("tsch", "X"), ("tsj", "X"), ("tch", "X"), ("cz", "X"),
    ("sch", "S"), ("sz", "S"), ("sj", "S"), ("sh", "S"),
    ("zh", "Z"), ("zj", "Z"), ("rz", "Z"),
    ("kh", "X"), ("ch", "X"), ("h", "X"), ("g", "X"),
    ("ts", "c"), ("tz", "c"), ("w", "v"), ("oe", "u"), ("ou", "u"),
    ("j", "i"), ("y", "i"), ("ie", "e"),
)  # fmt: skip
_DOUBLED = re.compile(r"(.)\1+")
_SOFTENED = re.compile(r"(?<=[ZSX])i(?=[aeou])")


@lru_cache(maxsize=65_536)  # (asked of every candidate name, many times over)
def skeleton(key: str) -> str:
    """A romanisation-blind form of a normalised Latin place key, for fallbacks only.

    Parameters
    ----------
    key : str
        Lower-case Latin, as :func:`geo.placenames.normalize_name` gives it.

    Returns
    -------
    str
        "tschernihiw", "tsjernihiv", "czernihiw" and "chernihiv" all give "XerniXiv":
        the skeleton matches spellings, it does not pronounce them.
    """
    s = key
    for old, new in _SKELETON_SUBS:
        s = s.replace(old, new)
    return _SOFTENED.sub("", _DOUBLED.sub(r"\1", s))


# Designators in the languages whose English editions analysts read.
_DESIGNATOR = (
    r"oblast|oblasts|obl|region|regio|regione|province|provincie|obwod|rajon|raion|rayon|"
    r"district|kraj|krai|kray|gebiet|bezirk|okres|oblasti"
)
_AROUND = re.compile(
    rf"^(?:(?:{_DESIGNATOR})\s+(?:of\s+|de\s+|d\s+|di\s+)?)?(?P<base>.+?)(?:\s+(?:{_DESIGNATOR}))?$"
)
# "kharkivska", "charkowski", "kharkovskaya", "sumskoi": the adjective names its seat.
ADJECTIVE_END = re.compile(r"(?:s['’]?k(?:a|aya|iy|ij|yi|y|i|oi|oy)|owski|owska)$")
_FINAL_VOWEL = re.compile(r"[aeiouy]$")


def region_stems(key: str) -> frozenset[str]:
    """Skeletons a region phrase may be matched by: its base without designators, its
    adjective's stem, each also without a final vowel ("Sumy" and "Sumska" meet at "sum").

    Parameters
    ----------
    key : str
        A normalised name: "oblast charkiw", "kharkivska oblast", "region de soumy".
    """
    m = _AROUND.match(key)
    base = m.group("base") if m else key
    stems = {skeleton(base)}
    adjective = ADJECTIVE_END.sub("", base)
    if adjective != base and len(adjective) >= 3:
        stems.add(skeleton(adjective))
    stems |= {_FINAL_VOWEL.sub("", s) for s in stems}
    return frozenset(s for s in stems if s)


# English words for the adjectives that open Slavic place names, with the Ukrainian (KMU and
# older press) and Russian forms of each gender: "New Korotich" is Novyi Korotych, "Upper
# Rohachyk" Verkhnii Rohachyk. Which gender the noun takes is unknown, so all are tried.
_ADJECTIVES: dict[str, tuple[str, tuple[str, ...]]] = {
    "new": ("nov", ("yi", "a", "e", "i", "y", "iy", "yy", "aya", "oye", "oe")),
    "old": ("star", ("yi", "a", "e", "i", "y", "iy", "yy", "aya", "oye", "oe")),
    "upper": ("verkhn", ("ii", "ia", "ie", "iy", "yaya", "eye", "ee", "i", "ya", "ye")),
    "lower": ("nyzhn", ("ii", "ia", "ie", "iy", "i", "ya", "ye")),
    "great": ("velyk", ("yi", "a", "e", "i", "y", "iy")),
    "big": ("velyk", ("yi", "a", "e", "i", "y", "iy")),
    "little": ("mal", ("yi", "a", "e", "i", "y", "iy", "aya", "oye", "oe")),
    "small": ("mal", ("yi", "a", "e", "i", "y", "iy", "aya", "oye", "oe")),
}
_RUSSIAN_STEMS = {"nyzhn": "nizhn", "velyk": "velik"}


def towns_of_adjective(adjective: str) -> list[str]:
    """The names of the town a Ukrainian adjective is made from, most likely first:
    "Pivdennyi" → Pivdenne, "Chornomorskyi" → Chornomorsk, "Izmailskyi" → Izmail (as a raion
    or a port is named after its seat).

    Parameters
    ----------
    adjective : str
        The adjective as written, masculine ("-yi", "-yy", "-iy").

    Returns
    -------
    list of str
        Candidate names to look up; the stem alone when no other form applies.
    """
    stem = re.sub(r"(?:yi|yy|iy)$", "", adjective)
    if stem.endswith("nn"):
        return [stem + "e", stem]  # "Pivdenn-yi": the neuter town name, Pivdenne
    return [stem, stem[:-2]] if stem.endswith("sk") else [stem]


def slavic_adjective_forms(name: str) -> list[str]:
    """Ukrainian and Russian spellings of a name whose first word is English for its
    adjective: "New Korotich" → "Novyi Korotich", "Nova Korotich", …; none otherwise.

    Parameters
    ----------
    name : str
        A place name as written.

    Returns
    -------
    list of str
        Candidate names to look up, most usual first; empty when the name does not open
        with one of these words or has nothing after it.
    """
    first, _, rest = name.strip().partition(" ")
    entry = _ADJECTIVES.get(first.lower())
    if entry is None or not rest.strip():
        return []
    stem, endings = entry
    stems = [stem, _RUSSIAN_STEMS[stem]] if stem in _RUSSIAN_STEMS else [stem]
    return [f"{s.capitalize()}{end} {rest.strip()}" for s in stems for end in endings]
