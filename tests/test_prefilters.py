"""The cheap pre-checks that spare the extractor its costlier scans never skip a match.

Each pre-check claims a pattern cannot match where a word (or a character) is missing;
these tests read every sentence of the tuned sets' articles and hold it to that claim.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from geo import lexicon as lx
from geo.articles import make_article, split_sentences

ROOT = Path(__file__).resolve().parent
SETS = ("articles", "holdout", "holdout2", "dev/wire2", "dev/notes9", "dev/acled12", "dev/ru17")


@lru_cache(maxsize=1)
def sentences() -> tuple[str, ...]:
    out: list[str] = []
    for name in SETS:
        for path in sorted((ROOT / name).glob("*.txt")):
            article = make_article(path.name, path.read_text(encoding="utf-8"))
            out += [s.span.text for s in split_sentences(article)]
    return tuple(out)


@pytest.mark.parametrize("killed", [True, False])
def test_casualty_words_precede_every_count(killed: bool) -> None:
    from geo.attribution import _MAY_HURT, _MAY_KILL

    patterns, words = (lx.KILLED, _MAY_KILL) if killed else (lx.INJURED, _MAY_HURT)
    assert len(sentences()) > 1000
    for text in sentences():
        if words.search(text) is None:
            assert not any(p.search(text) for p in patterns), text


def test_clause_breaks_cover_the_splitter() -> None:
    from geo.attribution import _ANY_CLAUSE_BREAK, _clause_splitter

    splitter = _clause_splitter(("Dnipro", "Kyiv", "Pokrovsk", "Zaporizhzhia"))
    texts = [*sentences(), "Four died in Odesa, and one was killed in Kyiv; two were hurt"]
    for text in texts:
        if _ANY_CLAUSE_BREAK.search(text) is None:
            assert splitter.split(text) == [text], text
    assert len(splitter.split(texts[-1])) == 3


def test_clause_splits_ignore_the_order_of_names() -> None:
    from geo.attribution import _clause_splitter

    names = ("Dnipro", "Dnipro region", "Kyiv", "Zaporizhzhia")
    text = "One died in Kyiv, and in the city of Dnipro region, where a drone fell, two were hurt"
    splits = {tuple(_clause_splitter(order).split(text)) for order in (names, names[::-1])}
    assert len(splits) == 1


def test_one_scan_finds_every_landmark() -> None:
    from geo.landmarks import _any_landmark, load_landmarks

    any_site = _any_landmark()
    assert any_site is not None
    texts = [*sentences(), "Drones hit the Zaporizhzhia nuclear power plant and Belbek"]
    for text in texts:
        if any_site.search(text) is None:
            assert not any(lm.pattern.search(text) for lm in load_landmarks()), text
    assert any_site.search(texts[-1])


def test_date_kinds_need_their_words() -> None:
    from geo.datepatterns import CASED_WORDS_NEEDED, PATTERNS, WORDS_NEEDED

    texts = [*sentences(), "Fri 15.03, about 10:30", "Overnight, o/n, D+1, New Year's Eve"]
    assert len(WORDS_NEEDED) >= 15 and CASED_WORDS_NEEDED
    for text in texts:
        low = text.lower()
        for kind, pattern in PATTERNS:
            words = WORDS_NEEDED.get(pattern)
            if text.isascii() and words is not None and not any(w in low for w in words):
                assert pattern.search(text) is None, (kind, text)
            cased = CASED_WORDS_NEEDED.get(pattern, ())
            if cased and not any(w in text for w in cased):
                assert pattern.search(text) is None, (kind, text)


def test_ages_and_days_are_written_in_figures() -> None:
    patterns = (lx.NOTE_PERSON_AGE, lx.DAY_OF_MONTH, lx.AGE_AS_PERSON, lx.AGES, lx.PERSON_AGE)
    for text in sentences():
        if not any(c.isdecimal() for c in text):
            assert not any(p.search(text) for p in patterns), text
