"""The Incidents page's correction form: pick an incident and a correction (place, dates,
actor/attribution, figures, event type, not an incident, merge, split), give a reason, save.

:func:`corrections_for` turns the widgets' values into validated
:class:`geo.corrections.Correction` entries; :func:`on_save` appends them to the log
(:func:`ui.correctlog.save`), so the page reloads with them applied.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from geo.catalog import md_escape
from geo.corrections import (
    Correction,
    coords_value,
    date_value,
    describe,
    make_correction,
    place_query,
    place_value,
)
from geo.filters import date_label
from geo.model import ATTRIBUTIONS, Place
from store import AtlasStore
from ui import access, review
from ui.correctlog import save
from ui.incidenttable import _items, _text, _val, geocode_options
from ui.state import VIEW_INCIDENT

ACTIONS = {
    "Confirm (looks right)": "confirm",
    "Place": "place",
    "Dates": "date",
    "Actor / attribution": "actor",
    "Figures (killed, injured)": "figures",
    "Event type": "event_type",
    "Not an incident": "not_incident",
    "Merge with another incident": "merge",
    "Split: move a source to a new incident": "split",
}
TYPED = "Type coordinates…"


def place_label(p: Place) -> str:
    where = ", ".join(x for x in (p.admin1, p.country) if x and x != p.name)
    coords = f"{p.lat:.3f}, {p.lon:.3f}" if p.located else "no coordinates"
    return (
        f"{p.name} ({where}; {p.precision}; {coords})"
        if where
        else (f"{p.name} ({p.precision}; {coords})")
    )


def corrections_for(
    iid: str, row: dict[str, Any], candidates: tuple[Place, ...]
) -> list[Correction]:
    """The corrections the widgets describe (ValueError with a message when invalid)."""
    ss = st.session_state
    action = ACTIONS[ss["corr_action"]]
    k = f"__{iid}"
    common = {"reason": ss.get("corr_reason") or "", "who": access.writer(ss.get("corr_who") or "")}

    def setter(fld: str, old: str, new: str) -> Correction:
        return make_correction(iid, "set", field=fld, old_value=old, new_value=new, **common)

    if action in ("confirm", "not_incident"):
        return [make_correction(iid, action, **common)]
    if action == "place":
        pick = ss.get(f"corr_place{k}")
        if pick == TYPED:
            lat, lon = ss.get(f"corr_lat{k}"), ss.get(f"corr_lon{k}")
            if lat is None or lon is None:
                raise ValueError("Type both a latitude and a longitude.")
            new = coords_value(float(lat), float(lon), ss.get(f"corr_place_name{k}") or "")
        else:
            labels = {place_label(p): p for p in candidates}
            if pick not in labels:
                raise ValueError("Pick a place.")
            new = place_value(labels[pick])
        return [setter("place", _text(row["place"]), new)]
    if action == "date":
        if ss.get(f"corr_date_unknown{k}"):
            new = ""
        else:
            start, end = ss.get(f"corr_from{k}"), ss.get(f"corr_to{k}")
            if start is None and end is None:
                raise ValueError("Give a start or end date, or tick “date unknown”.")
            new = date_value(start, end)
        a, b = _text(row["date_start"]), _text(row["date_end"])
        return [setter("date", f"{a}/{b}" if a or b else "", new)]
    if action in ("actor", "figures", "event_type"):
        fields = {
            "actor": ("actor", "attribution", "alleged_by"),
            "figures": ("killed", "injured"),
            "event_type": ("event_type", "weapon"),
        }[action]
        out = []
        for fld in fields:
            old, new = _text(row[fld]), str(ss.get(f"corr_{fld}{k}") or "").strip()
            if new != old:
                out.append(setter(fld, old, new))
        if not out:
            raise ValueError("Nothing was changed.")
        return out
    if action == "merge":
        other = ss.get(f"corr_merge{k}")
        return [make_correction(iid, "merge", new_value=other, **common)]
    if action == "split":
        return [
            make_correction(
                iid,
                "split",
                old_value=ss.get(f"corr_split{k}") or "",
                new_value=(ss.get(f"corr_split_id{k}") or "").strip(),
                **common,
            )
        ]
    raise ValueError("Pick a correction.")  # pragma: no cover


def on_save(
    store: AtlasStore, iid: str, row: dict[str, Any], candidates: tuple[Place, ...], seen: int
) -> None:
    """Append the corrections (button callback: the app reloads with them applied)."""
    ss = st.session_state
    try:
        new = corrections_for(iid, row, candidates)
        save(store, new, seen)
    except (ValueError, OSError, PermissionError) as exc:
        ss["corr_error"] = str(exc)
        return
    ss["corr_flash"] = review.saved_message(len(new), iid)
    ss["corr_reason"] = ""


def _place_inputs(row: dict[str, Any], candidates: tuple[Place, ...], k: str) -> None:
    opts = [place_label(p) for p in candidates] + [TYPED]
    pick = st.selectbox(
        f"New place (candidates for “{place_query(row)}”)", opts, key=f"corr_place{k}"
    )
    if pick == TYPED:
        c1, c2, c3 = st.columns(3)
        c1.number_input("Latitude", -90.0, 90.0, value=None, format="%.5f", key=f"corr_lat{k}")
        c2.number_input("Longitude", -180.0, 180.0, value=None, format="%.5f", key=f"corr_lon{k}")
        c3.text_input("Place name", value=_text(row["place"]), key=f"corr_place_name{k}")


def _date_inputs(row: dict[str, Any], k: str) -> None:
    c1, c2, c3 = st.columns(3)

    def _d(v: Any) -> date | None:
        return date.fromisoformat(str(v)) if _val(v) else None

    c1.date_input("From", value=_d(row["date_start"]), key=f"corr_from{k}", format="YYYY-MM-DD")
    c2.date_input("To", value=_d(row["date_end"]), key=f"corr_to{k}", format="YYYY-MM-DD")
    c3.checkbox("Date unknown", key=f"corr_date_unknown{k}")


def _actor_inputs(row: dict[str, Any], k: str) -> None:
    c1, c2, c3 = st.columns(3)
    c1.text_input("Actor", value=_text(row["actor"]), key=f"corr_actor{k}", help="Empty = unknown")
    att = _text(row["attribution"])
    c2.selectbox(
        "Attribution",
        ATTRIBUTIONS,
        index=list(ATTRIBUTIONS).index(att) if att in ATTRIBUTIONS else 0,
        key=f"corr_attribution{k}",
    )
    c3.text_input("Alleged by", value=_text(row["alleged_by"]), key=f"corr_alleged_by{k}")


def _split_inputs(row: dict[str, Any], iid: str, k: str) -> None:
    sources = [s for s in _items(row.get("sources")) if isinstance(s, dict)]
    keys = {f"{s.get('article')}@{s.get('start')}": s for s in sources}
    if len(keys) < 2:
        st.caption("Only incidents with two or more sources can be split.")
    st.selectbox(
        "Source to move to a new incident",
        list(keys),
        key=f"corr_split{k}",
        format_func=lambda x: f"{keys[x].get('article')}: “{keys[x].get('excerpt')}”",
    )
    st.text_input("New incident id", value=f"{iid}-split", key=f"corr_split_id{k}")


def _action_inputs(
    action: str,
    iid: str,
    row: dict[str, Any],
    candidates: tuple[Place, ...],
    incidents: pd.DataFrame,
) -> None:
    """The widgets of one kind of correction (their keys end in ``__<incident id>``)."""
    k = f"__{iid}"
    if action == "place":
        _place_inputs(row, candidates, k)
    elif action == "date":
        _date_inputs(row, k)
    elif action == "actor":
        _actor_inputs(row, k)
    elif action == "figures":
        c1, c2 = st.columns(2)
        c1.text_input(
            "Killed", value=_text(row["killed"]), key=f"corr_killed{k}", help="Empty = not reported"
        )
        c2.text_input("Injured", value=_text(row["injured"]), key=f"corr_injured{k}")
    elif action == "event_type":
        c1, c2 = st.columns(2)
        c1.text_input("Event type", value=_text(row["event_type"]), key=f"corr_event_type{k}")
        c2.text_input("Weapon", value=_text(row["weapon"]), key=f"corr_weapon{k}")
    elif action == "merge":
        others = [i for i in incidents["id"].astype(str) if i != iid]
        st.selectbox(
            "Merge into this incident",
            others,
            key=f"corr_merge{k}",
            help="The other incident's sources join this one; it disappears.",
        )
    elif action == "split":
        _split_inputs(row, iid, k)


def _pick_incident(ids: list[str]) -> str:
    """The incident to correct: the selected one when it is listed (once per selection,
    so the analyst may pick another here), else the one picked before or the first."""
    ss = st.session_state
    if ss.get(VIEW_INCIDENT) in ids and ss.get("_corr_seen") != ss[VIEW_INCIDENT]:
        ss["corr_incident"] = ss[VIEW_INCIDENT]
    if ss.get("corr_incident") not in ids:
        ss["corr_incident"] = ids[0]
    ss["_corr_seen"] = ss.get(VIEW_INCIDENT)
    return str(st.selectbox("Incident", ids, key="corr_incident"))


def _summary(row: dict[str, Any], ambiguous: bool) -> None:
    """One line about the incident, and the corrections it already has."""
    when = date_label(row["date_start"], row["date_end"], row["date_precision"])
    st.markdown(
        md_escape(
            f"{describe('place', _text(row['place']))} · {when} · "
            f"{_text(row['actor']) or 'Unknown actor'} ({_text(row['attribution'])}) · "
            f"{_text(row['event_type'])}"
        )
    )
    if ambiguous:
        st.caption("The place name fits several gazetteer places: check it.")
    for e in _items(row.get("corrections")):
        st.caption(
            md_escape(f"Corrected {e['field']}: {e['old']} → {e['new']} ({e['why']}; {e['who']})")
        )


def correct_section(store: AtlasStore, incidents: pd.DataFrame, ids: list[str], seen: int) -> None:
    """The form for one of ``ids`` (the table's order); ``seen``: the log entries the
    table applies (what the analyst correcting it has seen)."""
    ss = st.session_state
    iid = _pick_incident(ids)
    row = incidents[incidents["id"] == iid].iloc[0].to_dict()
    ambiguous, candidates = geocode_options(place_query(row))
    _summary(row, ambiguous)
    action = ACTIONS[st.selectbox("Correction", list(ACTIONS), key="corr_action")]
    _action_inputs(action, iid, row, candidates, incidents)
    st.text_input("Reason (required)", key="corr_reason", max_chars=500)
    if access.identity() is None:
        st.text_input("Your name", value="analyst", key="corr_who", max_chars=100)
    else:
        st.caption(md_escape(f"Saved as {access.identity()} (signed in)."))
        access.sign_in_controls()
    st.button(
        "Save correction",
        key="corr_save",
        type="primary",
        on_click=on_save,
        args=(store, iid, row, candidates, seen),
    )
    error = ss.pop("corr_error", None)
    if error:
        st.error(error)
