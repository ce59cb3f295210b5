"""Incidents page: the filtered incidents as a sortable table; picking a row selects it.

Also the analysts' review: ambiguous geocodes are listed first (the review queue);
the selected incident can be corrected (place, dates, actor/attribution, figures,
event type, not an incident, merge, split) with a required reason. Corrections are
appended to the store's log (:mod:`geo.corrections`) and re-applied on every load, so
the table below already shows them. Two analysts correcting one field at once both keep
their entries; the later wins and both are told (:mod:`geo.supersede`). Corrections
whose incident vanished in a rebuild are listed at the bottom.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from geo.catalog import md_escape
from geo.confidence import REVIEW_BELOW, hand_placed, in_review, review_label, review_order
from geo.corrections import (
    Correction,
    audit_rows,
    coords_value,
    date_value,
    describe,
    make_correction,
    people,
    place_candidates,
    place_query,
    place_value,
)
from geo.filters import date_label
from geo.model import ATTRIBUTIONS, Place
from geo.supersede import overridden, overtaken
from ui import access, review
from ui.state import VIEW_INCIDENT, context

atlas = context()
catalog = atlas.catalog
incidents: pd.DataFrame = catalog.incidents
shown: pd.DataFrame = atlas.shown
store = atlas.store
ss = st.session_state
log: list[Correction] = store.corrections()
# How many entries the table below applies: what an analyst correcting it has seen.
seen = catalog.corrections.seen if catalog.corrections is not None else len(log)
WATCHED = 100  # this session's latest entries, watched for a later one overriding them


def save(new: list[Correction], seen: int) -> None:
    """Append to the log (all or none); tell whom the later entry overrides, if anyone
    set the same field meanwhile. The entries stay watched: a later save by someone else
    is told on the next run."""
    new = review.as_written(new)  # proposals under the two-person rule
    store.append_corrections(new)
    now = store.corrections()
    ss["corr_mine"] = [*ss.get("corr_mine", []), *new][-WATCHED:]
    ss["corr_contests"] = [c.message() for c in overtaken(now, new, seen)]


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


def place_label(p: Place) -> str:
    where = ", ".join(x for x in (p.admin1, p.country) if x and x != p.name)
    coords = f"{p.lat:.3f}, {p.lon:.3f}" if p.located else "no coordinates"
    return (
        f"{p.name} ({where}; {p.precision}; {coords})"
        if where
        else (f"{p.name} ({p.precision}; {coords})")
    )


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


st.title("Incidents")
st.markdown(f"Showing {len(shown)} of {len(incidents)} incidents")
flash = ss.pop("corr_flash", None)
if flash:
    st.success(md_escape(flash))  # names incidents: data, not ours
for message in ss.pop("corr_contests", []):
    st.info(message)
if lost := overridden(log, ss.get("corr_mine", [])):
    for contest in lost:
        st.warning(contest.message())
    told = {contest.mine for contest in lost}  # told once
    ss["corr_mine"] = [c for c in ss["corr_mine"] if c not in told]

ambiguous = queue_flags(shown)
reviewed = [bool(_val(v)) for v in shown.get("reviewed", pd.Series([False] * len(shown)))]
scores = [None if pd.isna(v) else float(v) for v in shown.get("confidence", [None] * len(shown))]
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

if any(queue):
    st.caption(
        f"Review queue: {sum(queue)} incident(s) listed first, least sure first: a place name "
        f"that fits several places, or a confidence under {REVIEW_BELOW} (the review column "
        "says why). Confirm or correct them below."
    )
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
    if picked != ss.get(VIEW_INCIDENT):
        ss[VIEW_INCIDENT] = picked
        st.rerun()
if ss.get(VIEW_INCIDENT):
    st.page_link(
        "pages/map.py",
        label="Show the selected incident on the map",
        icon="🗺️",
        query_params=atlas.params,
    )


# ---- review and correct ------------------------------------------------------------------


def corrections_for(
    iid: str, row: dict[str, Any], candidates: tuple[Place, ...]
) -> list[Correction]:
    """The corrections the widgets describe (ValueError with a message when invalid)."""
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


def on_save(iid: str, row: dict[str, Any], candidates: tuple[Place, ...], seen: int) -> None:
    """Append the corrections (button callback: the app reloads with them applied)."""
    try:
        new = corrections_for(iid, row, candidates)
        save(new, seen)
    except (ValueError, OSError, PermissionError) as exc:
        ss["corr_error"] = str(exc)
        return
    ss["corr_flash"] = review.saved_message(len(new), iid)
    ss["corr_reason"] = ""


ids = table["id"].astype(str).tolist()
st.subheader("Review and correct")
if not access.can_write():
    access.read_only_notice()
elif not ids:
    st.caption("No incident to review.")
else:
    if ss.get(VIEW_INCIDENT) in ids and ss.get("_corr_seen") != ss[VIEW_INCIDENT]:
        ss["corr_incident"] = ss[VIEW_INCIDENT]
    if ss.get("corr_incident") not in ids:
        ss["corr_incident"] = ids[0]
    ss["_corr_seen"] = ss.get(VIEW_INCIDENT)
    iid = st.selectbox("Incident", ids, key="corr_incident")
    row = incidents[incidents["id"] == iid].iloc[0].to_dict()
    k = f"__{iid}"
    ambiguous, candidates = geocode_options(place_query(row))
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

    action = ACTIONS[st.selectbox("Correction", list(ACTIONS), key="corr_action")]
    if action == "place":
        opts = [place_label(p) for p in candidates] + [TYPED]
        pick = st.selectbox(
            f"New place (candidates for “{place_query(row)}”)", opts, key=f"corr_place{k}"
        )
        if pick == TYPED:
            c1, c2, c3 = st.columns(3)
            c1.number_input("Latitude", -90.0, 90.0, value=None, format="%.5f", key=f"corr_lat{k}")
            c2.number_input(
                "Longitude", -180.0, 180.0, value=None, format="%.5f", key=f"corr_lon{k}"
            )
            c3.text_input("Place name", value=_text(row["place"]), key=f"corr_place_name{k}")
    elif action == "date":
        c1, c2, c3 = st.columns(3)

        def _d(v: Any) -> date | None:
            return date.fromisoformat(str(v)) if _val(v) else None

        c1.date_input("From", value=_d(row["date_start"]), key=f"corr_from{k}", format="YYYY-MM-DD")
        c2.date_input("To", value=_d(row["date_end"]), key=f"corr_to{k}", format="YYYY-MM-DD")
        c3.checkbox("Date unknown", key=f"corr_date_unknown{k}")
    elif action == "actor":
        c1, c2, c3 = st.columns(3)
        c1.text_input(
            "Actor", value=_text(row["actor"]), key=f"corr_actor{k}", help="Empty = unknown"
        )
        att = _text(row["attribution"])
        c2.selectbox(
            "Attribution",
            ATTRIBUTIONS,
            index=list(ATTRIBUTIONS).index(att) if att in ATTRIBUTIONS else 0,
            key=f"corr_attribution{k}",
        )
        c3.text_input("Alleged by", value=_text(row["alleged_by"]), key=f"corr_alleged_by{k}")
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
        args=(iid, row, candidates, seen),
    )
    error = ss.pop("corr_error", None)
    if error:
        st.error(error)

report = catalog.corrections
if report is not None and report.orphans:
    st.warning(
        f"{len(report.orphans)} correction(s) refer to incidents that no longer exist after "
        "the articles were rebuilt. They are kept in the log; re-apply them to the "
        "right incident if it is still wrong."
    )
    st.dataframe(pd.DataFrame(report.orphan_rows()), hide_index=True, key="orphans_table")
if report is not None and (report.invalid or report.stale or report.dismissed):
    with st.expander("Corrections log notes"):
        for c, why in report.invalid:
            st.markdown(md_escape(f"Not applied ({c.incident_id}, {c.action} {c.field}): {why}"))
        for c, was in report.stale:
            st.markdown(
                md_escape(f"{c.incident_id}: {c.field} had changed to {was} since it was corrected")
            )
        if report.dismissed:
            st.markdown(md_escape("Marked not an incident: " + ", ".join(report.dismissed)))


def on_restore() -> None:
    """Undo a dismissal through the log (button callback): a ``restore`` correction."""
    try:
        entry = make_correction(
            ss.get("restore_incident") or "",
            "restore",
            reason=ss.get("restore_reason") or "",
            who=access.writer(ss.get("corr_who") or ""),
        )
        save([entry], seen)
    except (ValueError, OSError, PermissionError) as exc:
        ss["restore_error"] = str(exc)
        return
    done = "Proposed restoring" if review.two_person() else "Restored"
    ss["corr_flash"] = f"{done} {entry.incident_id}."
    ss["restore_reason"] = ""


if report is not None and report.dismissed and access.can_write():
    st.subheader("Restore a dismissed incident")
    st.selectbox("Dismissed incident", report.dismissed, key="restore_incident")
    st.text_input("Reason (required)", key="restore_reason", max_chars=500)
    st.button("Restore", key="restore_save", on_click=on_restore)
    error = ss.pop("restore_error", None)
    if error:
        st.error(error)

if access.can_write():
    review.proposals_section(store, log)
    review.undo_merge_section(store, log)

st.subheader("Audit log")
if not log:
    st.caption("Nobody has corrected, merged, split, dismissed or restored an incident yet.")
else:
    person = st.selectbox("Who", ["Everyone", *people(log)], key="audit_who")
    st.dataframe(
        pd.DataFrame(audit_rows(log, None if person == "Everyone" else person)),
        hide_index=True,
        key="audit_table",
    )
