"""Rows of a table pasted into a text ("date | place | what | killed | injured").

Analysts paste trackers from spreadsheets: one incident per row, cells split by "|" or tabs,
often under a header naming the columns. A row names its day in one cell and its place in
another, so it is read cell by cell, not as a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEPARATOR = re.compile(r"\s*\|\s*|\t+")
MIN_CELLS = 3  # a day, a place and what happened


@dataclass(frozen=True)
class Cell:
    """One cell of a row: its text and where it starts in the row."""

    text: str
    start: int


def cells_of(line: str) -> list[Cell]:
    """The cells of a table row, or [] when the line is no row of at least three cells."""
    if line.count("|") < MIN_CELLS - 1 and line.count("\t") < MIN_CELLS - 1:
        return []
    out, pos = [], 0
    for sep in _SEPARATOR.finditer(line):
        out.append(Cell(line[pos : sep.start()], pos))
        pos = sep.end()
    out.append(Cell(line[pos:], pos))
    cells = [c for c in out if c.text.strip()]
    return cells if len(cells) >= MIN_CELLS else []


_FIGURE_COLUMNS = {"killed": "killed", "dead": "killed", "deaths": "killed", "fatalities": "killed",
                   "injured": "injured", "wounded": "injured", "injuries": "injured"}  # fmt: skip


def figure_columns(line: str) -> dict[str, int]:
    """A header row's figure columns: {"killed": 3, "injured": 4} for
    "date | place | what | killed | injured"; {} when the line is no such header."""
    cells = cells_of(line)
    found = {}
    for i, c in enumerate(cells):
        kind = _FIGURE_COLUMNS.get(c.text.strip().lower())
        if kind:
            found[kind] = i
    return found


def figure_in(cells: list[Cell], column: int | None) -> int | None:
    """The whole number in a figure column ("0", "2"); None for "-", "?" or no column."""
    if column is None or column >= len(cells):
        return None
    text = cells[column].text.strip()
    return int(text) if text.isdigit() else None
