"""A grid table's rows, each read as one line.

reStructuredText and pandoc write tables whose cells wrap over several lines::

    +------+------------+-----------------------------+
    | S-01 | 12.05.2022 | On 12 May 2022, Russian     |
    |      |            | forces shelled Zelenodolsk. |
    +------+------------+-----------------------------+

Read line by line, the note is cut in two and the row's date and id stand apart from it. The
row is rewritten as one pipe-separated line, each cell's pieces joined in order, in a text of
the same length (padded with spaces), so that every offset into the article still holds.
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
