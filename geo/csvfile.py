"""Strict UTF-8 text (:func:`decode_utf8`), and the app's own CSV files from before the
store (``index.csv`` beside the articles, an old ``corrections.csv``): read strictly, so that
a damaged file fails with a message naming the file and its line, and no row of it is
silently swallowed or dropped (issue 14)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

MAX_FIELD_CHARS = 2**20
"""A field may hold up to 1 Mi characters (csv's own default, 131,072, once made a whole
correction log be ignored for one long reason)."""


def decode_utf8(data: bytes, name: str) -> str:
    """``data`` as UTF-8 text (a byte-order mark dropped): the one strict decoder of the
    app's own files, uploads and imported datasets.

    Raises
    ------
    ValueError
        Naming ``name``, the line and the byte that cannot be read, and what to do.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValueError(
            f"{name} is not UTF-8 text (line {line}, byte {exc.start}): save it as UTF-8"
        ) from None


def read_records(path: Path) -> list[dict[str, str]]:
    """The rows of a UTF-8 CSV file with a header, as dicts, in file order.

    Raises
    ------
    ValueError
        The file is not UTF-8, a quote is never closed, a field is too long, or a row has
        more fields than the header; the message names the file and the line.
    """
    path = Path(path)
    text = decode_utf8(path.read_bytes(), path.name)
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True, restkey="\0extra")
    old = csv.field_size_limit(MAX_FIELD_CHARS)
    rows: list[dict[str, str]] = []
    done = 1  # the last line read whole (the header's)
    try:
        for row in reader:
            rows.append(_checked(row, path, done + 1))
            done = reader.line_num
    except csv.Error as exc:
        # (the line the broken record starts on: csv's own count stops where it gave up)
        hint = " (a quote that is never closed?)" if "end of data" in str(exc) else ""
        raise ValueError(f"{path.name}, line {done + 1}: {exc}{hint}") from None
    finally:
        csv.field_size_limit(old)
    return rows


def _checked(row: dict[str, str], path: Path, line: int) -> dict[str, str]:
    if "\0extra" in row:
        raise ValueError(f"{path.name}, line {line}: more fields than the header names")
    return row
