"""The fast map's view: what changes with the filters, sent without rebuilding the map.

:func:`view_doc` says which payload rows the filters show (a bit mask computed by the
*same* pandas filter as every other page), the selected incident and, during a
playback, each shown row's fading; :func:`view_group` carries it to the browser as
st_folium's ``feature_group_to_add`` (:class:`FastView` applies it to ``window.iaFast``).
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

import folium
import numpy as np
import pandas as pd
from folium.elements import MacroElement
from folium.template import Template

from render.fastpayload import Payload, _b64, _hash_ids, _script_json


def shown_mask(payload: Payload, shown: pd.DataFrame) -> np.ndarray:
    """Which payload rows ``shown`` (the filtered table) contains, by id (64-bit hashes)."""
    if payload.n == 0 or shown.empty:
        return np.zeros(payload.n, dtype=bool)
    return np.isin(payload.id_hashes(), _hash_ids(shown["id"]))


def encode_mask(mask: np.ndarray) -> str:
    """Bit ``k`` (little-endian within bytes) says whether payload row ``k`` is shown."""
    return _b64(np.packbits(np.asarray(mask, dtype=bool), bitorder="little"))


def decode_mask(b64: str, n: int) -> np.ndarray:
    bits = np.unpackbits(np.frombuffer(base64.b64decode(b64), dtype=np.uint8), bitorder="little")
    return bits[:n].astype(bool)


def fade_levels(payload: Payload, shown: pd.DataFrame, opacity: pd.Series) -> str:
    """The opacity of each shown payload row, in row order, as bytes (0–255) in base64:
    one byte per *shown* row, so a playback's few weeks cost a few kilobytes.

    Parameters
    ----------
    payload : the map's payload.
    shown : the filtered table; ``opacity`` is aligned with its rows (same index).
    opacity : each row's opacity, 0–1 (:func:`geo.playback.opacities`).
    """
    mask = shown_mask(payload, shown)
    by_hash = pd.Series(opacity.to_numpy(dtype=float), index=_hash_ids(shown["id"]))
    by_hash = by_hash[~by_hash.index.duplicated()]
    levels = by_hash.reindex(payload.id_hashes()[mask]).fillna(1.0).to_numpy()
    return _b64(np.clip(np.rint(levels * 255), 0, 255).astype(np.uint8))


def view_doc(
    payload: Payload,
    shown: pd.DataFrame,
    selected_id: str | None = None,
    focus: bool = True,
    opacity: pd.Series | None = None,
    step: str | None = None,
) -> dict[str, Any]:
    """What the browser needs after a filter change: the mask, counts, the selection, and
    during a playback the fading of older steps (``fade``: :func:`fade_levels`) and the
    step's day (``step``: the map says which step it drew, for tests and benchmarks)."""
    mask = shown_mask(payload, shown)
    sel = payload.position(selected_id) if selected_id is not None else -1
    doc = {
        "v": payload.version,
        "mask": encode_mask(mask),
        "count": int(mask.sum()),
        "sel": sel,
        "focus": bool(focus),
    }
    if opacity is not None:
        doc["fade"] = fade_levels(payload, shown, opacity)
    if step is not None:
        doc["step"] = step
    return doc


class FastView(MacroElement):
    """Applies a :func:`view_doc` to ``window.iaFast`` (lives in the feature group)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        if (window.iaFast) { window.iaFast.setView({{ this.view_json }}); }
        {% endmacro %}
        """
    )

    def __init__(self, view: Mapping[str, Any]) -> None:
        super().__init__()
        self._name = "IaFastView"
        self.view_json = _script_json(view)


def view_group(
    payload: Payload,
    shown: pd.DataFrame,
    selected_id: str | None = None,
    focus: bool = True,
    opacity: pd.Series | None = None,
    step: str | None = None,
) -> folium.FeatureGroup:
    """The ``feature_group_to_add`` carrying the filter mask, the selection and (playback)
    each shown row's opacity and the step's day."""
    fg = folium.FeatureGroup(name="ia-view", control=False)
    FastView(view_doc(payload, shown, selected_id, focus, opacity, step)).add_to(fg)
    return fg
