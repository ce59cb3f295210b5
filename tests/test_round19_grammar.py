"""Rules of language and geography from the nineteenth round (issue 12, session 23).

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

from textcases import at, days, incidents

from geo.tablerows import figure_columns


def test_a_header_starts_at_its_label_after_the_exports_own_cells() -> None:
    line = "Exported 3 May 2023 | Filter: type = shelling | Fields: id | date | admin1 | location | notes | fatalities"
    assert figure_columns(line) == {"region": 2, "place": 3, "killed": 5}


def test_an_exports_rows_keep_their_columns_under_a_labelled_header() -> None:
    text = (
        " date 2023-05-03 Export\n"
        "Exported 3 May 2023 | Filter: type = shelling | Fields: id | date | admin1 | location"
        " | notes | fatalities\n\n"
        "X101 | 28 April 2023 | Cherkasy | Uman | Russian forces fired cruise missiles at Uman"
        " (Cherkasy), hitting a nine-storey building; 23 civilians were killed. | 23\n"
    )
    (uman,) = at(incidents(text), "Uman")
    assert uman.killed == 23


def test_a_day_named_alone_dates_the_strike_on_the_city_told_next() -> None:
    text = (
        " date 2024-09-10 A year of sirens\n\n"
        "On 2 January, Russian missiles struck central Kyiv, officials said.\n\n"
        "The hardest day came later. It was Monday, September 2. Two missiles hit a college on"
        " the city's eastern edge in the morning, killing four people.\n"
    )
    assert sorted(days(at(incidents(text), "Kyiv"))) == [
        (date(2024, 1, 2), date(2024, 1, 2)),
        (date(2024, 9, 2), date(2024, 9, 2)),
    ]


def test_the_city_of_a_paragraph_naming_no_town_is_the_titles() -> None:
    text = (
        " date 2024-02-20 Life in Sumy\n"
        "How Sumy learned to live with the sirens\n\n"
        "Founded in the seventeenth century, the city grew on the Psel. Villages such as"
        " Krasnopillia have been shelled for months.\n\n"
        "Nothing prepared residents for the evening of 12 February 2024. As people queued at a"
        " pharmacy, a drone struck the city centre, wounding nine.\n"
    )
    found = incidents(text)
    assert days(at(found, "Sumy")) == [(date(2024, 2, 12), date(2024, 2, 12))]
    assert not at(found, "Krasnopil")
