"""A table pasted into a text: one incident per row, read cell by cell (issue 12)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.articles import make_article
from geo.pipeline import extract_incidents
from geo.places import default_resolver
from geo.tablerows import cells_of, figure_columns, figure_in


@pytest.mark.parametrize(
    ("line", "n"),
    [
        ("2025-01-13 | Krasnopillia, Sumy obl. | RU artillery on the centre | 0 | 2", 5),
        ("2025-01-13\tKrasnopillia\tshelling", 3),
        ("Kharkiv | Sumy", 0),  # two cells: a title, not a row
        ("Russian drones hit Kharkiv on Monday.", 0),
    ],
)
def test_cells_of_a_row(line: str, n: int) -> None:
    assert len(cells_of(line)) == n


def test_a_header_names_its_figure_columns() -> None:
    assert figure_columns("date | place | what | killed | injured") == {
        "place": 1, "killed": 3, "injured": 4,
    }  # fmt: skip
    assert figure_columns("event_date\toblast\tsettlement\tevent\tfatalities\tinjured") == {
        "when": 0, "region": 1, "place": 2, "killed": 4, "injured": 5,
    }  # fmt: skip
    # (a register's incident date and incident, beside the day it logged them: session 28)
    assert figure_columns("ID | recvd | incident date | incident | source") == {
        "when": 2, "place": 3,
    }  # fmt: skip
    # (no figures, but where: its rows are placed by those columns, since session 23)
    assert figure_columns("date | oblast | settlement | what") == {"region": 1, "place": 2}
    assert figure_columns("date | what | source") == {}  # neither figures nor where
    assert figure_columns("2025-01-13 | Kharkiv | shelling | 0 | 2") == {}
    cells = cells_of("2025-01-13 | Kharkiv | shelling | - | 2")
    assert (figure_in(cells, 3), figure_in(cells, 4), figure_in(cells, None)) == (None, 2, None)


def test_each_row_of_a_pasted_tracker_is_an_incident() -> None:
    text = (
        " date 2025-01-20 tracker\nstrikes tracker, pasted from the sheet\n\n"
        "date | place | what | killed | injured\n"
        "2025-01-13 | Krasnopillia, Sumy obl. | RU artillery + FPV on hromada centre | 0 | 2\n"
        "2025-01-14 | Engels, Saratov obl. (RU) | UA drones, fire at oil depot | 0 | 0\n"
        "2025-01-16 | Velyka Novosilka, Donetsk obl. | fighting in the town, NOT a strike | - | -\n"
    )
    found = extract_incidents([make_article("t.txt", text)], default_resolver())
    rows = {(i.place.name, i.date.start, i.killed, i.injured) for i in found if i.place}
    assert rows == {
        ("Krasnopillya", date(2025, 1, 13), 0, 2),
        ("Engels", date(2025, 1, 14), 0, 0),
    }


def test_a_settlement_column_is_the_place_and_the_oblast_column_locates_it() -> None:
    # The oblast column names a region whose capital shares its name: the settlement column,
    # located in that region, is the place struck. An empty cell keeps the columns aligned.
    text = (
        "event_date\toblast\tsettlement\tevent_type\tfatalities\tinjured\n"
        "2023-08-03\tSumy\tBilopillia\tMortar shelling\t0\t1\n"
        "2023-08-15\tVolyn\tLutsk\tMissile strike\t3\t1\n"
        "2023-08-21\tKursk (RU)\t\tUAV interception\t0\t0\n"
    )
    got = {
        (i.place.name, str(i.date.start), i.killed, i.injured)
        for i in extract_incidents([make_article("t.txt", f" date 2023-08-25 Log\n\n{text}")],
                                   default_resolver())  # fmt: skip
    }
    assert got == {
        ("Bilopillia", "2023-08-03", 0, 1), ("Lutsk", "2023-08-15", 3, 1),
        ("Kursk Oblast", "2023-08-21", 0, 0),
    }  # fmt: skip
