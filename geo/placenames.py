"""Place names as the gazetteer indexes them: the lookup key and a region's many forms.

:func:`normalize_name` folds any spelling to the key every index and lookup uses;
:func:`region_names` and :func:`adjective_variants` spell out the forms a region or a
district is written in; ``_usable_alias`` drops GeoNames' alternate-name noise.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

MAX_NAME_WORDS = 6

_APOSTROPHES = re.compile(r"['’‘`´ʼʹʻ′\"]")
_NON_ALNUM = re.compile(r"[^a-z0-9\u0430-\u045f\u0491]+")
_ASCII_ALNUM = re.compile(r"[a-z0-9]+")
_ASCII_APOSTROPHES = str.maketrans("", "", "'`\"")  # _APOSTROPHES' ASCII members
# Letters NFKD does not decompose into a base letter plus a combining mark.
_FOLD = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
    }
)
_TOKEN_SUBS = {"st": "saint", "ste": "sainte", "mt": "mount"}

# Suffix words that turn a base name into a region or district name.
REGION_SUFFIXES = ("oblast", "region", "province", "krai", "kray", "territory", "republic")
DISTRICT_SUFFIXES = ("district", "raion", "rayon", "municipal district")
_ADJ_ENDINGS = ("skyi", "skyy", "skiy", "skii", "sky", "ski", "skoy")


def normalize_name(text: str) -> str:
    """Fold a place name to its lookup key.

    Parameters
    ----------
    text : str
        Any spelling, e.g. ``"Khar’kiv"``, ``"Bila-Tserkva"``, ``"St. Petersburg"``.

    Returns
    -------
    str
        Lower case, no diacritics or apostrophes, punctuation and hyphens as
        single spaces, ``st``/``mt`` spelled out: ``"kharkiv"``, ``"bila tserkva"``,
        ``"saint petersburg"``. Cyrillic is kept (``"купянськ"``, ё as е, й and ї whole);
        other scripts vanish.
    """
    if text.isascii():  # the hot path: n-grams of English text
        # (the runs between non-alphanumerics, once the ASCII apostrophes are dropped)
        words = _ASCII_ALNUM.findall(text.lower().translate(_ASCII_APOSTROPHES))
        return " ".join([_TOKEN_SUBS.get(t, t) for t in words])
    s = unicodedata.normalize("NFC", text.lower().translate(_FOLD)).replace("ё", "е")
    # NFKD would split й and ї into a letter and a mark; they are letters of their own.
    s = unicodedata.normalize("NFKD", s.replace("й", "\x00").replace("ї", "\x01"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\x00", "й").replace("\x01", "ї")
    s = _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", s))
    return " ".join(_TOKEN_SUBS.get(t, t) for t in s.split())


def edits_within(a: str, b: str, limit: int) -> bool:
    """Is the optimal-string-alignment distance (a swap is one edit) at most ``limit``?"""
    if abs(len(a) - len(b)) > limit:
        return False
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return False
        prev2, prev = prev, cur
    return prev[-1] <= limit


def _is_latin(text: str) -> bool:
    """True when every letter is Latin or Cyrillic script (ASCII fast path first)."""
    if text.isascii():
        return True
    return all(
        not c.isalpha() or unicodedata.name(c, "").startswith(("LATIN", "CYRILLIC")) for c in text
    )


def is_code(alias: str) -> bool:
    """An airport or ISO code ('EGO', 'KBP', 'CH'), or a one-letter initial: never how a text
    names a town, and as a name it turns a speaker tag ('CH:') or an acronym into a place."""
    return len(alias) <= 4 and alias.isupper()


# English function words: an alias made of them alone ("Or An", an alternate name of Kurgan)
# is read in every sentence ("not shelling or an air strike")
_FUNCTION_WORDS = frozenset(
    {
        "a", "an", "the", "or", "and", "of", "in", "on", "at", "to", "by", "as", "is", "it",
        "be", "no", "not", "we", "he", "she", "me", "us", "so", "do", "go", "up", "if", "for",
        "from", "with", "but", "all", "one", "two",
    }
)  # fmt: skip


def _usable_alias(alias: str) -> bool:
    """Drop GeoNames alternate-name noise: scripts, IATA-like codes, digits, essays, and
    names made of English function words only."""
    if not alias or any(c.isdigit() for c in alias) or not _is_latin(alias):
        return False
    if is_code(alias):
        return False
    # (split as the index reads it: a zero-width joiner parts "Or\u200cAn" too)
    if all(w in _FUNCTION_WORDS for w in normalize_name(alias).split()):
        return False
    return len(alias.split()) <= MAX_NAME_WORDS


def adjective_variants(base: str) -> list[str]:
    """Spellings of a Slavic ``-sky`` adjective: Korochansky/-skiy/-skii/-skyi/-skyy."""
    low = base.lower()
    for ending in _ADJ_ENDINGS:
        if low.endswith(ending):
            stem = base[: len(base) - len(ending)]
            return [stem + e for e in _ADJ_ENDINGS if e != "skoy"]
    return [base]


def region_names(bases: Iterable[str], district: bool = False) -> Iterator[str]:
    """Every indexed form of a region: bare base, ``B oblast``, ``region of B``...

    Parameters
    ----------
    bases : iterable of str
        Bare names (``"Kharkiv"``, ``"Kharkivska"``) or district adjectives.
    district : bool
        Use district suffixes (district/raion/rayon) instead of region ones.
    """
    suffixes = DISTRICT_SUFFIXES if district else REGION_SUFFIXES
    for base in bases:
        for form in adjective_variants(base) if district else [base]:
            yield form
            for suffix in suffixes:
                yield f"{form} {suffix}"
                yield f"{suffix} of {form}"
