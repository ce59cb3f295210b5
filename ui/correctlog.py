"""The Incidents page's corrections log: saving to it, what it tells the analyst, undoing a
dismissal and reading it.

Corrections are appended to the store's log (:mod:`geo.corrections`) and re-applied on
every load, so the table already shows them. Two analysts correcting one field at once both
keep their entries; the later wins and both are told (:mod:`geo.supersede`). Corrections
whose incident vanished in a rebuild are listed (:class:`geo.applycorrections.CorrectionReport`).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from geo.applycorrections import CorrectionReport
from geo.catalog import md_escape
from geo.corrections import Correction, audit_rows, make_correction, people
from geo.supersede import overridden, overtaken
from store import AtlasStore
from ui import access, review

WATCHED = 100  # this session's latest entries, watched for a later one overriding them


def save(store: AtlasStore, new: list[Correction], seen: int) -> None:
    """Append to the log (all or none); tell whom the later entry overrides, if anyone
    set the same field meanwhile. The entries stay watched: a later save by someone else
    is told on the next run."""
    ss = st.session_state
    new = review.as_written(new)  # proposals under the two-person rule
    store.append_corrections(new)
    now = store.corrections()
    ss["corr_mine"] = [*ss.get("corr_mine", []), *new][-WATCHED:]
    ss["corr_contests"] = [c.message() for c in overtaken(now, new, seen)]


def notices(log: Sequence[Correction]) -> None:
    """The last save's flash, whom it overrode, and whose later entry overrode this
    session's (each told once)."""
    ss = st.session_state
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


def report_notes(report: CorrectionReport | None) -> None:
    """Corrections whose incident no longer exists, and those not applied or stale."""
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
                st.markdown(
                    md_escape(f"Not applied ({c.incident_id}, {c.action} {c.field}): {why}")
                )
            for c, was in report.stale:
                st.markdown(
                    md_escape(
                        f"{c.incident_id}: {c.field} had changed to {was} since it was corrected"
                    )
                )
            if report.dismissed:
                st.markdown(md_escape("Marked not an incident: " + ", ".join(report.dismissed)))


def on_restore(store: AtlasStore, seen: int) -> None:
    """Undo a dismissal through the log (button callback): a ``restore`` correction."""
    ss = st.session_state
    try:
        entry = make_correction(
            ss.get("restore_incident") or "",
            "restore",
            reason=ss.get("restore_reason") or "",
            who=access.writer(ss.get("corr_who") or ""),
        )
        save(store, [entry], seen)
    except (ValueError, OSError, PermissionError) as exc:
        ss["restore_error"] = str(exc)
        return
    done = "Proposed restoring" if review.two_person() else "Restored"
    ss["corr_flash"] = f"{done} {entry.incident_id}."
    ss["restore_reason"] = ""


def restore_section(store: AtlasStore, report: CorrectionReport | None, seen: int) -> None:
    """Bring back an incident marked not an incident (editors only)."""
    if report is not None and report.dismissed and access.can_write():
        st.subheader("Restore a dismissed incident")
        st.selectbox("Dismissed incident", report.dismissed, key="restore_incident")
        st.text_input("Reason (required)", key="restore_reason", max_chars=500)
        st.button("Restore", key="restore_save", on_click=on_restore, args=(store, seen))
        error = st.session_state.pop("restore_error", None)
        if error:
            st.error(error)


def audit_section(log: Sequence[Correction]) -> None:
    """The log, newest first, for everyone or one person."""
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
