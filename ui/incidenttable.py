"""The Incidents page's table: the shown incidents, the review queue first; a row picked
in it becomes the selected incident.

The review queue is the unreviewed incidents whose place name fits several gazetteer
places, or whose confidence is under :data:`geo.confidence.REVIEW_BELOW`, least sure
first (:func:`geo.confidence.review_order`).
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from geo.confidence import REVIEW_BELOW, hand_placed, in_review, review_label, review_order
from geo.corrections import place_candidates, place_query
from geo.filters import date_label
from geo.model import Place
from ui.state import VIEW_INCIDENT


@st.cache_data(show_spinner=False, max_entries=64)
def geocode_options(name: str) -> tuple[bool, tuple[Place, ...]]:
    """(ambiguous, candidates) for a place name, from the offline gazetteer."""
    from geo.places import default_resolver

    return place_candidates(default_resolver().gaz, name)


def _val(v: Any) -> Any:
    return None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v


def _items(v: Any) -> list[Any]:
    """A list cell, or [] where the frame has none (imported rows carry NaN there)."""
    return list(v) if isinstance(v, (list, tuple)) else []


def _text(v: Any) -> str:
    v = _val(v)
    return "" if v is None else str(v)


def queue_flags(frame: pd.DataFrame) -> list[bool]:
    """Whether each row is an unreviewed ambiguous geocode (the review queue)."""
    flags = []
    for row in frame.to_dict("records"):
        reviewed = bool(_val(row.get("reviewed")))
        # An imported layer's points were placed by hand (CIR's geolocators): a name that fits
        # several gazetteer places says nothing about them.
        imported = hand_placed(row.get("layer"))
        flags.append(not reviewed and not imported and geocode_options(place_query(row))[0])
    return flags


def incidents_table(shown: pd.DataFrame) -> tuple[pd.DataFrame, list[bool]]:
    """The table's rows (the review queue first, least sure first) and, for each row of
    ``shown`` in its own order, whether it is in the queue."""
    ambiguous = queue_flags(shown)
    reviewed = [bool(_val(v)) for v in shown.get("reviewed", pd.Series([False] * len(shown)))]
    scores = [
        None if pd.isna(v) else float(v) for v in shown.get("confidence", [None] * len(shown))
    ]
    reasons = [_items(r) for r in shown.get("reasons", [None] * len(shown))]
    queue = [in_review(*x) for x in zip(scores, ambiguous, reviewed, strict=True)]
    table = pd.DataFrame(
        {
            "id": shown["id"],
            "confidence": scores,
            "review": [
                review_label(*x) for x in zip(scores, reasons, ambiguous, reviewed, strict=True)
            ],
            "place": shown["place"],
            "country": shown["country"],
            "precision": shown["precision"].fillna("not located"),
            "when": [
                date_label(a, b, c)
                for a, b, c in zip(
                    shown["date_start"], shown["date_end"], shown["date_precision"], strict=True
                )
            ],
            "date_start": shown["date_start"],
            "date_end": shown["date_end"],
            "actor": shown["actor"].fillna("Unknown"),
            "attribution": shown["attribution"],
            "alleged_by": shown["alleged_by"],
            "event_type": shown["event_type"].fillna("Unknown"),
            "weapon": shown["weapon"],
            "killed": shown["killed"],
            "injured": shown["injured"],
            "sources": shown["n_sources"],
            "articles": [", ".join(a) if isinstance(a, list) else "" for a in shown["articles"]],
        }
    ).reset_index(drop=True)
    # The review queue first, least sure first (stable: otherwise the data's order).
    table = table.iloc[review_order(scores, ambiguous, reviewed)].reset_index(drop=True)
    return table, queue


def table_section(shown: pd.DataFrame, params: dict[str, list[str]]) -> pd.DataFrame:
    """Draw the table; a row picked in it becomes the selected incident (with a link to it
    on the map). Returns the table as drawn (its row order is the review's)."""
    ss = st.session_state
    table, queue = incidents_table(shown)
    if any(queue):
        st.caption(
            f"Review queue: {sum(queue)} incident(s) listed first, least sure first: a place "
            f"name that fits several places, or a confidence under {REVIEW_BELOW} (the review "
            "column says why). Confirm or correct them below."
        )
    event = st.dataframe(
        table,
        hide_index=True,
        key="incidents_table",
        on_select="rerun",
        selection_mode="single-row",
        column_config={
            "killed": st.column_config.NumberColumn(
                "killed", help="Highest figure any source gives"
            ),
            "injured": st.column_config.NumberColumn(
                "injured", help="Highest figure any source gives"
            ),
        },
    )
    st.caption("Click a column header to sort. Select a row to make it the selected incident.")
    rows = event.selection.rows if event is not None else []
    if rows:
        picked = str(table.iloc[rows[0]]["id"])
        if picked != ss.get(VIEW_INCIDENT):
            ss[VIEW_INCIDENT] = picked
            st.rerun()
    if ss.get(VIEW_INCIDENT):
        st.page_link(
            "pages/map.py",
            label="Show the selected incident on the map",
            icon="🗺️",
            query_params=params,
        )
    return table
