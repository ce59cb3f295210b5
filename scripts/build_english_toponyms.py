"""Build geo/reference/english_toponyms.txt: English words that are also settlements' names.

    .venv/bin/python scripts/build_english_toponyms.py WEB2_PICKLE

Notes and chats type names in lower case ("tsyrkuny: the russians shelled …"), so the
extractor reads a lower-case word as a place where grammar puts a place. A word such as
"port", "human" or "torn" is also a village's or a town's name (Port in Izmail raion; Human
for Uman; Torn for Toruń): this list says which lower-case words are English first.

WEB2_PICKLE is ``english_words/data/web2.pickle`` from the ``english-words`` package on PyPI
(MIT; the word list is FreeBSD's web2, Webster's Second International, public domain). Its
lower-case entries are common words (its proper nouns are capitalised). Inflected forms
("marks", "knees") are added. So are transliterated common nouns that English text about
the war uses as words ("hromada", "dacha"). Deterministic; only the intersection with the
gazetteer is kept, so the project does not depend on the package.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import REFERENCE_DIR  # noqa: E402
from geo.places import default_resolver  # noqa: E402

# Words of Ukrainian or Russian that English copy about the war keeps as common nouns.
LOANWORDS = frozenset(
    {
        "hromada", "hromadas", "hromadske", "dacha", "dachas", "pravda", "internat",
        "posyolok", "khokhol", "khokhols", "selo", "oblast", "oblasts", "raion", "raions",
        "rayon", "okrug", "marshrutka", "banya", "babushka", "izba", "yama", "shtab",
        "stanitsa", "khutor", "kolkhoz", "sovkhoz",
    }
)  # fmt: skip

_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly")


def english_words(web2: Path) -> set[str]:
    """web2's lower-case words, their inflected forms and the loanwords."""
    with web2.open("rb") as fh:
        words = {w for w in pickle.load(fh) if w.islower() and w.isalpha()}
    return words | {w + e for w in words for e in _ENDINGS} | LOANWORDS


def main() -> None:
    gaz = default_resolver()
    found = sorted(
        w for w in english_words(Path(sys.argv[1]))
        if len(w) >= 4 and gaz.is_known(w.title())
        and (p := gaz.resolve(w.title(), (), "town")) is not None and p.precision == "town"
    )  # fmt: skip
    out = REFERENCE_DIR / "english_toponyms.txt"
    out.write_text("".join(w + "\n" for w in found), encoding="utf-8")
    print(f"{out}: {len(found)} words")


if __name__ == "__main__":
    main()
