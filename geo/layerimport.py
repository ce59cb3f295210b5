"""Importing a layer in the app: an uploaded file read, previewed, named, coloured.

The parsing is :mod:`geo.importers`' (the same as ``python -m geo import``); this module
adds what an upload needs at the edge: the size limit (:data:`MAX_UPLOAD_MB`, the
server's too), the file's kind from its name and header, a layer name and a colour
checked with messages an editor understands, and :class:`LayerPreview`, what the page
shows before anything is saved (rows loaded, rows skipped by reason, the first rows and
points). Everything from the file is untrusted: the page escapes it, and the preview
table's text is formula-neutral (the table can be downloaded as CSV).
"""

from __future__ import annotations

import dataclasses
import pickle
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from geo.filters import date_label
from geo.importcore import LAYER_NAME, ImportResult, Progress, Skip, read_text, slug
from geo.importers import PARSERS, sniff_format
from geo.table import neutralise

MAX_UPLOAD_MB = 3
"""The largest upload, in MB: ``server.maxUploadSize`` in ``.streamlit/config.toml`` and the
Add-article page's widget say the same 3 (the whole CIR CSV, 6,650 rows, is 2.1 MB)."""
UPLOAD_TYPES = ("csv", "geojson", "json")
"""File name endings the upload widget accepts."""
FORMAT_LABELS = {
    "acled": "ACLED CSV export",
    "cir": "CIR / Bellingcat CSV",
    "geojson": "GeoJSON points",
}
"""What each format is called on the page."""
PREVIEW_ROWS = 10
PREVIEW_POINTS = 200
MAX_DATASET_NAME = 120
_HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_NOT_IN_A_NAME = re.compile(r"[\x00-\x1f\x7f]")


def parse_colour(value: str) -> str:
    """A layer colour as ``#rrggbb`` (lower case).

    Parameters
    ----------
    value
        ``#rrggbb`` or ``#rgb``, the ``#`` optional, surrounding spaces ignored.

    Returns
    -------
    str
        The colour in the form the store keeps (``#e67e22``).

    Raises
    ------
    ValueError
        When ``value`` is not a hex colour (the message says what is expected).
    """
    text = value.strip() if isinstance(value, str) else ""
    match = _HEX.match(text)
    if not match:
        shown = text[:20] if text else "nothing"
        raise ValueError(f"The colour {shown!r} is not a colour: give it as #rrggbb, e.g. #e67e22.")
    digits = match.group(1).lower()
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return f"#{digits}"


def parse_layer_name(value: str) -> str:
    """A layer name the store accepts, trimmed.

    Raises
    ------
    ValueError
        Empty, too long, or with characters other than lower-case letters, digits,
        ``-`` and ``_`` (it is part of every incident id and of the URL's ``hide``).
    """
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        raise ValueError("The layer needs a name (e.g. cir or acled-2024).")
    if not LAYER_NAME.match(text):
        raise ValueError(
            "A layer name is 1 to 40 lower-case letters, digits, '-' or '_', starting with a "
            f"letter or digit (e.g. {slug(text)})."
        )
    return text


def suggest_name(filename: str, fmt: str) -> str:
    """The name the page offers first: the format's for ACLED and CIR (as the command
    line), the file's for GeoJSON."""
    return slug(PurePath(filename).stem) if fmt == "geojson" else fmt


def dataset_name(filename: str) -> str:
    """The uploaded file's name as the layer's dataset: its last path part, without
    control characters, at most :data:`MAX_DATASET_NAME` characters."""
    base = PurePath(str(filename).replace("\\", "/")).name
    clean = _NOT_IN_A_NAME.sub("", base).strip()
    return clean[:MAX_DATASET_NAME] or "upload"


def read_upload(
    data: bytes,
    filename: str,
    fmt: str | None = None,
    layer: str = "layer",
    progress: Progress | None = None,
) -> ImportResult:
    """Read an uploaded file as a layer.

    Parameters
    ----------
    data
        The file's bytes (at most :data:`MAX_UPLOAD_MB`).
    filename
        Its name: the extension and the CSV header tell ACLED, CIR and GeoJSON apart.
    fmt
        ``acled``, ``cir`` or ``geojson``; None to tell from the file.
    layer
        The layer name the rows get (:func:`renamed` changes it later without reading
        the file again).
    progress
        ``progress(rows_done, rows_total)`` while rows are read.

    Raises
    ------
    ValueError
        Too large, empty, not UTF-8, not one of the formats, no row readable: nothing of
        it may be saved, and the message says why.
    """
    if len(data) > MAX_UPLOAD_MB * 1024 * 1024:
        raise ValueError(f"The file is over {MAX_UPLOAD_MB} MB.")
    if not data.strip():
        raise ValueError("The file is empty.")
    dataset = dataset_name(filename)
    suffix = PurePath(dataset).suffix.lower().lstrip(".")
    if suffix not in UPLOAD_TYPES:
        raise ValueError(f"Upload a .csv, .geojson or .json file, not .{suffix[:10] or '?'}.")
    text, _ = read_text(data)
    kind = fmt or _sniff(dataset, text)
    if kind not in PARSERS:
        raise ValueError(f"Unknown format {kind[:20]!r}: use acled, cir or geojson.")
    result = PARSERS[kind](text, layer=parse_layer_name(layer), dataset=dataset,
                           progress=progress)  # fmt: skip
    if not result.records:
        why = "; ".join(f"row {s.row}: {s.reason}" for s in result.skipped[:3])
        raise ValueError(
            "No row of this file could be read" + (f" ({why})." if why else " (it has no rows).")
        )
    return result


def _sniff(dataset: str, text: str) -> str:
    """The format by the name and header (the file is not read again: ``text`` is given)."""
    try:
        return sniff_format(Path(dataset), text)
    except ValueError:
        raise ValueError(
            "This file is not an ACLED export, the CIR CSV or GeoJSON (its columns say "
            "neither): pick the format, or check the file."
        ) from None


def renamed(result: ImportResult, name: str) -> ImportResult:
    """``result`` as the layer ``name``: each id's ``<layer>:`` prefix and ``layer`` changed
    (the ids are the dataset's own ids under the layer's name, so nothing else differs)."""
    name = parse_layer_name(name)
    if name == result.layer:
        return result
    records = [_as_layer(r, result.layer, name) for r in result.records]
    return dataclasses.replace(result, layer=name, records=records)


def _as_layer(record: Mapping[str, Any], old: str, new: str) -> dict[str, Any]:
    """``record`` of the layer ``old`` as one of ``new``: its id's prefix and its layer."""
    return {**record, "id": f"{new}:{str(record['id'])[len(old) + 1 :]}", "layer": new}


def skip_reasons(skipped: Iterable[Skip]) -> list[tuple[str, int]]:
    """Why rows were skipped, most frequent first: ``(reason, rows)``. Reasons that name a
    row or a value (``duplicate of row 12``, ``latitude '95.1' …``) are grouped by their
    words, the value left out."""
    counts: Counter[str] = Counter(_reason_kind(s.reason) for s in skipped)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _reason_kind(reason: str) -> str:
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "…", reason)
    return re.sub(r"\b\d+\b", "N", text)


@dataclass(frozen=True)
class LayerPreview:
    """What an import would save, for the page to show before saving.

    Attributes
    ----------
    format, dataset
        The format read and the file's name.
    layer
        The layer name its ids carry (:meth:`renamed` gives another).
    loaded
        Incidents read (a repeated event's rows are one incident with several sources).
    located
        Of them, with coordinates.
    skipped
        The rows left out, each with its row number and reason.
    reasons
        :func:`skip_reasons` of ``skipped``.
    rows
        The first :data:`PREVIEW_ROWS` incidents as table rows (text, formula-neutral).
    points
        The first :data:`PREVIEW_POINTS` located incidents (records, for a map).
    """

    format: str
    dataset: str
    layer: str
    loaded: int
    located: int
    skipped: tuple[Skip, ...]
    reasons: tuple[tuple[str, int], ...]
    rows: tuple[dict[str, str], ...]
    points: tuple[dict[str, Any], ...]

    @classmethod
    def of(cls, result: ImportResult) -> LayerPreview:
        """The preview of what :func:`read_upload` (or any ``parse_*``) read."""
        located = [r for r in result.records if _located(r)]
        return cls(
            format=result.format,
            dataset=result.dataset,
            layer=result.layer,
            loaded=len(result.records),
            located=len(located),
            skipped=tuple(result.skipped),
            reasons=tuple(skip_reasons(result.skipped)),
            rows=tuple(preview_row(r) for r in result.records[:PREVIEW_ROWS]),
            points=tuple(located[:PREVIEW_POINTS]),
        )

    def renamed(self, name: str) -> LayerPreview:
        """The same preview as the layer ``name`` (what :func:`renamed` would read), without
        the records: the ids in the first rows and points get the new prefix."""
        name = parse_layer_name(name)
        if name == self.layer:
            return self
        cut = len(self.layer) + 1  # ids are "<layer>:<the dataset's id>", a name never quoted
        rows = tuple({**r, "id": f"{name}:{r['id'][cut:]}"} for r in self.rows)
        points = tuple(_as_layer(p, self.layer, name) for p in self.points)
        return dataclasses.replace(self, layer=name, rows=rows, points=points)


@dataclass(frozen=True)
class LayerRead:
    """An upload read for the Import-layer page (in a worker: :func:`read_for_preview`): what
    the preview shows, and the records packed (a zlib'd pickle, ~1/20 of their size in
    objects) until they are saved, so that a session holds no 100 MB of dicts meanwhile.
    """

    preview: LayerPreview
    packed: bytes

    def result(self, name: str) -> ImportResult:
        """What was read, as the layer ``name`` (unpacked: only to save it)."""
        records = pickle.loads(zlib.decompress(self.packed))  # our own worker's bytes
        pv = self.preview
        read = ImportResult(pv.layer, pv.format, pv.dataset, records, list(pv.skipped))
        return renamed(read, name)


def read_for_preview(
    data: bytes, filename: str, fmt: str | None, *, progress: Progress | None = None
) -> LayerRead:
    """:func:`read_upload` under the name :func:`suggest_name` offers, as a :class:`LayerRead`
    (a job for :mod:`geo.jobs`: the reading runs outside the app server's process).

    Raises
    ------
    ValueError
        As :func:`read_upload`.
    """
    result = read_upload(data, filename, fmt, "layer", progress=progress)
    result = renamed(result, suggest_name(result.dataset, result.format))
    packed = zlib.compress(pickle.dumps(result.records, pickle.HIGHEST_PROTOCOL), 1)
    return LayerRead(LayerPreview.of(result), packed)


def _located(r: Mapping[str, Any]) -> bool:
    return isinstance(r.get("lat"), int | float) and isinstance(r.get("lon"), int | float)


def preview_row(r: Mapping[str, Any]) -> dict[str, str]:
    """One incident as the preview table shows it: text only, every cell formula-neutral
    (the table's own "Download as CSV" would carry a formula into a spreadsheet)."""
    sources = [s for s in (r.get("sources") or []) if isinstance(s, Mapping)]
    first = sources[0] if sources else {}
    cells = {
        "id": r.get("id"),
        "place": r.get("place"),
        "when": date_label(r.get("date_start"), r.get("date_end"), r.get("date_precision")),
        "event": r.get("event_type"),
        "actor": r.get("actor") or "Unknown",
        "lat": "" if r.get("lat") is None else f"{float(r['lat']):.5f}",
        "lon": "" if r.get("lon") is None else f"{float(r['lon']):.5f}",
        "source": first.get("url"),
        "geolocation": first.get("geolocation"),
    }
    return {k: neutralise("" if v is None else str(v)) for k, v in cells.items()}
