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
    ("ivka", ("ovka", "evka")), ("yivka", ("eevka", "yevka")), ("ske", ("skoye", "skoe")),
    ("tske", ("tskoye", "tskoe")), ("ne", ("noye", "noe")),
)  # fmt: skip


# Russian-style stems: Dnipro- is Dnepr- (Dniprorudne → Dneprorudnoye), and the Ukrainian
# и written "y" between consonants is the Russian "i" (Lysychansk → Lisichansk,
# Dniprodzerzhynsk → Dneprodzerzhinsk).
_PRESS_STEMS = (
    (re.compile(r"Dnipr"), "Dnepr"),
    (re.compile(r"(?<=[BCDFGHKLMNPRSTVZbcdfghklmnprstvz])y(?=[bcdfghklmnprstvz])"), "i"),
)


def press_variants(latin: str) -> list[str]:
    """Russian-style press spellings of a Ukrainian Latin name (none when nothing applies)."""
    stem = latin
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
