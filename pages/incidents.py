"""Incidents page: the filtered incidents as a sortable table; picking a row selects it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from geo.filters import date_label

atlas = st.session_state["atlas"]
incidents: pd.DataFrame = atlas["catalog"].incidents
shown: pd.DataFrame = atlas["shown"]
ss = st.session_state

st.title("Incidents")
st.markdown(f"Showing {len(shown)} of {len(incidents)} incidents")

table = pd.DataFrame(
    {
        "id": shown["id"],
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

event = st.dataframe(
    table,
    hide_index=True,
    key="incidents_table",
    on_select="rerun",
    selection_mode="single-row",
    column_config={
        "killed": st.column_config.NumberColumn("killed", help="Highest figure any source gives"),
        "injured": st.column_config.NumberColumn("injured", help="Highest figure any source gives"),
    },
)
st.caption("Click a column header to sort. Select a row to make it the selected incident.")

rows = event.selection.rows if event is not None else []
if rows:
    picked = str(table.iloc[rows[0]]["id"])
    if picked != ss.get("view_incident"):
        ss["view_incident"] = picked
        st.rerun()
if ss.get("view_incident"):
    st.page_link(
        "pages/map.py",
        label="Show the selected incident on the map",
        icon=":material/map:",
        query_params=atlas["params"],
    )
