"""Importing analysts' datasets as layers of the one incident table.

Three inputs, one ``parse_*`` each (validation happens here, at the edge):

- :func:`~geo.importacled.parse_acled` — an ACLED export CSV;
- :func:`~geo.importcir.parse_cir` — the CIR / Bellingcat-style "Eyes on Russia" CSV;
- :func:`~geo.importgeojson.parse_geojson` — any GeoJSON FeatureCollection of points.

This module picks one (:func:`sniff_format`, :func:`import_file`, the entry point of
``python -m geo import``); what they share — the result, the cell parsers, the rules for
ids, repeats and sources — is :mod:`geo.importcore`, the countries :mod:`geo.countries`.

Each returns an :class:`~geo.importcore.ImportResult`: ``records`` are rows of
:data:`geo.table.COLUMNS` plus a ``layer`` key, and ``skipped`` lists the rows
that could not be read with a reason a user understands. A whole file that
cannot be read (wrong columns, not JSON, not UTF-8, ...) raises ``ValueError``.
Each also takes ``progress``, called as ``progress(rows_done, rows_total)`` every few
hundred rows (the app's progress bar on large files).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from geo.importacled import parse_acled
from geo.importcir import parse_cir
from geo.importcore import ImportResult, _short, check_layer_name, read_text, slug
from geo.importgeojson import parse_geojson

FORMATS = ("acled", "cir", "geojson")

PARSERS: dict[str, Callable[..., ImportResult]] = {
    "acled": parse_acled,
    "cir": parse_cir,
    "geojson": parse_geojson,
}


def sniff_format(path: Path, text: str | None = None) -> str:
    """``acled``, ``cir`` or ``geojson`` from the extension and the CSV header."""
    suffix = path.suffix.casefold()
    if suffix in (".geojson", ".json"):
        return "geojson"
    if text is None:
        text, _ = read_text(path)
    head = text.lstrip()
    if head.startswith(("{", "[")):
        return "geojson"
    first = next(csv.reader(io.StringIO(head.split("\n", 1)[0])), [])
    names = {c.strip() for c in first}
    if "event_id_cnty" in names:
        return "acled"
    if {"entry", "event_group"} <= names or {"entry", "town/city"} <= names:
        return "cir"
    raise ValueError(f"cannot tell the format of {path.name}: give --format acled, cir or geojson")


def import_file(path: Path, fmt: str | None = None, layer: str | None = None) -> ImportResult:
    """Read ``path`` as ``fmt`` (sniffed when None) into layer ``layer``
    (default: the format's name for ACLED/CIR, the file name for GeoJSON)."""
    path = Path(path)
    text, _ = read_text(path)
    fmt = fmt or sniff_format(path, text)
    if fmt not in PARSERS:
        raise ValueError(f"unknown format {_short(fmt)!r}: use acled, cir or geojson")
    name = check_layer_name(layer) if layer else (slug(path.stem) if fmt == "geojson" else fmt)
    return PARSERS[fmt](text, layer=name, dataset=path.name)
