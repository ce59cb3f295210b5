"""Rules of the twenty-fourth round (issue 12, session 28): a log's lines are entries, not
headings, and a log's strike line the reader could not parse is still read, plainly.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo.articles import make_article, split_sentences


def _headings(text: str) -> list[str]:
    return [s.span.text for s in split_sentences(make_article("x.txt", text)) if s.heading]


def test_a_logs_stamped_lines_are_entries_whatever_their_stop() -> None:
    heads = _headings(
        " date 2023-04-20 Depot handover book\n"
        "Depot handover book, Kramatorsk\n"
        "0710 shift on, 2 trucks loaded\n"
        "1150 explosions in town, russian rocket hit a shop on the main street, 2 killed\n"
        "1600 shift off, trucks back\n"
    )
    assert heads == ["Depot handover book", "Depot handover book, Kramatorsk"]


def test_a_feeds_stamped_headlines_newest_first_stay_headlines() -> None:
    heads = _headings(
        " date 2024-10-22 A strike on a bus in Kherson\n"
        "A Russian drone hit a bus in Kherson on Tuesday morning, injuring five people.\n"
        "Latest news\n"
        "13:02 President to present a plan to partners in Brussels\n"
        "12:40 Police: explosion at a checkpoint in the south, no casualties\n"
        "12:15 In the east, a Russian drone hit a minibus near a railway town\n"
    )
    assert "12:15 In the east, a Russian drone hit a minibus near a railway town" in heads


@pytest.mark.parametrize(
    ("line", "town", "day"),
    [
        # a stamp, then a clause the prose reader cannot take apart
        ("14.03 evening - ru shelling, Orikhiv hit again, 1 KIA.", "Orikhiv", date(2023, 3, 14)),
        ("[16.03.23, 06:10] Ira: kab on Vovchansk, house destroyed, no injured", "Vovchansk",
         date(2023, 3, 16)),
    ],
)  # fmt: skip
def test_a_logs_strike_line_the_reader_left_is_read_plainly(
    line: str, town: str, day: date
) -> None:
    found = incidents(
        " date 2023-03-18 volunteer kitchen notes\n"
        "12.03 - 140 meals, generator ok\n"
        f"{line}\n"
        "17.03 - 150 meals\n"
    )
    assert days(at(found, town)) == [(day, day)]
