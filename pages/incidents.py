"""Incidents page: the filtered incidents as a sortable table; picking a row selects it.

Also the analysts' review: ambiguous geocodes are listed first (the review queue);
the selected incident can be corrected (place, dates, actor/attribution, figures,
event type, not an incident, merge, split) with a required reason. Corrections are
appended to the store's log (:mod:`geo.corrections`) and re-applied on every load, so
the table below already shows them. Two analysts correcting one field at once both keep
their entries; the later wins and both are told (:mod:`geo.supersede`). Corrections
whose incident vanished in a rebuild are listed at the bottom.

The sections are :mod:`ui.incidenttable` (the table), :mod:`ui.correctform` (the form)
and :mod:`ui.correctlog` (saving, the log's notes, restoring, the audit log).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from geo.corrections import Correction
from ui import access, correctform, correctlog, incidenttable, review
from ui.state import context

atlas = context()
catalog = atlas.catalog
incidents: pd.DataFrame = catalog.incidents
shown: pd.DataFrame = atlas.shown
store = atlas.store
log: list[Correction] = store.corrections()
# How many entries the table below applies: what an analyst correcting it has seen.
seen = catalog.corrections.seen if catalog.corrections is not None else len(log)

st.title("Incidents")
st.markdown(f"Showing {len(shown)} of {len(incidents)} incidents")
correctlog.notices(log)
table = incidenttable.table_section(shown, atlas.params)

ids = table["id"].astype(str).tolist()
st.subheader("Review and correct")
if not access.can_write():
    access.read_only_notice()
elif not ids:
    st.caption("No incident to review.")
else:
    correctform.correct_section(store, incidents, ids, seen)

report = catalog.corrections
correctlog.report_notes(report)
correctlog.restore_section(store, report, seen)
if access.can_write():
    review.proposals_section(store, log)
    review.undo_merge_section(store, log)
correctlog.audit_section(log)
