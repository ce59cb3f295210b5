"""A record's lines as its layout means them: a grid table's or an AsciiDoc table's row on one
line, a notebook's source lines without their string quotes.

reStructuredText and pandoc write tables whose cells wrap over several lines::

    +------+------------+-----------------------------+
    | S-01 | 12.05.2022 | On 12 May 2022, Russian     |
    |      |            | forces shelled Zelenodolsk. |
    +------+------------+-----------------------------+

Read line by line, the note is cut in two and the row's date and id stand apart from it. The
row is rewritten as one pipe-separated line, each cell's pieces joined in order, in a text of
the same length (padded with spaces), so that every offset into the article still holds.

AsciiDoc tables (``|===``) end a row when its columns are filled, not at a line's end: a row's
note on the line under its day and place is joined to them. A Jupyter notebook keeps its
cells' lines as JSON strings (``"  dict(day='25.02.2022', …),\\n",``): the quotes and escaped
newline around each are blanked, and the line is read as the code it holds.
"""

from __future__ import annotations

import re

_BORDER = re.compile(r"^[ \t]*\+(?:[-=]+\+){2,}[ \t]*$")
_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")


def reflowed(text: str) -> str:
    """``text`` with each grid-table row that wraps over lines written on one line.

    Parameters
    ----------
    text : str
        An article's text.

    Returns
    -------
    str
        The same text, of the same length; unchanged when it holds no grid table.
    """
    text = _asciidoc_rows(_notebook_lines(text))
    if "+-" not in text:
        return text
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    out = text
    border: str | None = None
    block: list[int] = []
    for i, line in enumerate([*lines, ""]):
        bare = line.rstrip("\r\n")
        if _ROW.match(bare) and border is not None:
            block.append(i)
            continue
        if len(block) >= 2 and border is not None:
            out = _one_line(out, border, [lines[j].rstrip("\r\n") for j in block], starts, block)
        block = []
        border = bare if _BORDER.match(bare) else None
    return out


def _one_line(text: str, border: str, rows: list[str], starts: list[int], block: list[int]) -> str:
    """The text with the row written over ``block``'s lines joined as one line."""
    cuts = [i for i, c in enumerate(border) if c == "+"]
    cells = [
        " ".join(
            piece for row in rows if (piece := row[a + 1 : b].strip()) and piece != "|"
        )
        for a, b in zip(cuts, cuts[1:], strict=False)
    ]  # fmt: skip
    one = "| " + " | ".join(cells) + " |"
    start, end = starts[block[0]], starts[block[-1]] + len(rows[-1])
    if len(one) > end - start:
        return text  # (never longer than the lines it replaces; else left as it was)
    return text[:start] + one.ljust(end - start) + text[end:]


# a notebook cell's source line: a JSON string ending on its escaped newline
_SOURCE_LINE = re.compile(r'(?m)^([ \t]*)"((?:[^"\\\n]|\\.)*?)(\\n",?)[ \t]*$')


def _notebook_lines(text: str) -> str:
    """The text with each notebook source line's quote and escaped newline blanked."""
    found = list(_SOURCE_LINE.finditer(text))
    if len(found) < 2:  # (one quoted line is a quotation, not a notebook's cell)
        return text
    out = list(text)
    for m in found:
        out[m.start(2) - 1] = " "
        out[m.start(3) : m.end(3)] = " " * len(m.group(3))
    return "".join(out)


_ADOC_FENCE = re.compile(r"^[ \t]*\|={3,}[ \t]*$")
_ADOC_COLS = re.compile(r"""^\[.*\bcols=["']?([^"'\]]+)""")
_ADOC_CELL = re.compile(r"(?:^|(?<=\s))[a-z<>^.\d*+]{0,6}\|")


def _asciidoc_rows(text: str) -> str:
    """The text with each AsciiDoc table row that runs over lines joined on one line."""
    if "|===" not in text:
        return text
    lines = text.split("\n")
    joins: set[int] = set()  # lines whose newline becomes a space
    cols, inside, row, last = 0, False, list[int](), -1
    for i, line in enumerate(lines):
        if _ADOC_FENCE.match(line):
            inside, row = not inside, []
            cols = cols if inside else 0  # (the next table counts its own columns)
            continue
        if not inside:
            cols = _columns(line) or cols
            continue
        if not line.strip():
            row, last = [], -1  # (a blank line between rows; one inside a row holds blocks)
            continue
        if last == i - 1 and not _ADOC_CELL.findall(line):
            joins.add(last)  # the last cell's text wrapped onto this line: still the row's
            last = i
            continue
        row.append(i)
        cols = cols or len(_ADOC_CELL.findall(line))
        if sum(len(_ADOC_CELL.findall(lines[j])) for j in row) >= cols:
            joins.update(row[:-1])
            row, last = [], i
    if not joins:
        return text
    return "".join(
        x + ("" if i == len(lines) - 1 else " " if i in joins else "\n")
        for i, x in enumerate(lines)
    )


def _columns(line: str) -> int:
    """How many columns a table's ``[cols="1,2,3"]`` or ``[cols="3*"]`` attribute gives."""
    if (m := _ADOC_COLS.match(line.strip())) is None:
        return 0
    spec = m.group(1).strip()
    if (many := re.fullmatch(r"(\d+)\*.*", spec)) is not None:
        return int(many.group(1))
    return len(spec.split(",")) if "," in spec else (int(spec) if spec.isdigit() else 0)
