"""The Incidents page's review controls: what a save writes under the two-person rule, the
proposals waiting for a second editor (accept, reject, withdraw), and undoing a merge.

Every entry goes through :mod:`geo.review` (which entries take effect) and is appended to
the log, never edited. Each callback asks :func:`ui.access.writer` again, and reads the log
afresh: another editor may have decided a proposal since the page was drawn.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from geo.catalog import md_escape
from geo.corrections import Correction
from geo.review import Verdict, decide, merges, pending, propose, undo_merge
from store import AtlasStore
from ui import access

FLASH = "corr_flash"  # the Incidents page shows it on its next run
ERROR = "review_error"


def two_person() -> bool:
    """Whether corrections wait for a second editor (``INCIDENT_ATLAS_TWO_PERSON``)."""
    return access.policy().two_person


def as_written(new: Sequence[Correction]) -> list[Correction]:
    """What a save appends: the corrections, or under the two-person rule their proposals."""
    return [propose(c) for c in new] if two_person() else list(new)


def saved_message(count: int, incident_id: str) -> str:
    """The flash after a save (plain text: the page escapes it)."""
    if two_person():
        return (
            f"Proposed {count} correction(s) to {incident_id}: they apply once another "
            "editor accepts them (below, under Proposals)."
        )
    return f"Saved {count} correction(s) to {incident_id}."


def _me() -> str:
    return access.writer(st.session_state.get("corr_who") or "")


def _decide(store: AtlasStore, ref: str, verdict: Verdict) -> None:
    """Accept or reject a proposal (button callback)."""
    ss = st.session_state
    try:
        entry = decide(
            store.corrections(), ref, verdict, who=_me(), reason=ss.get(f"review_note_{ref}") or ""
        )
        store.append_corrections([entry])
    except (ValueError, OSError, PermissionError) as exc:
        ss[ERROR] = str(exc)
        return
    ss[FLASH] = f"{verdict.capitalize()} the proposal for {entry.incident_id}."


def proposals_section(store: AtlasStore, log: Sequence[Correction]) -> None:
    """The pending proposals, each with Accept and Reject (its author: Withdraw only)."""
    waiting = pending(log)
    if not waiting and not two_person():
        return
    st.subheader("Proposals")
    st.caption(
        "Under the two-person rule a correction applies once a second editor accepts it. "
        "A note is needed to reject."
    )
    if not waiting:
        st.caption("No proposal is waiting.")
    me = access.identity() or (st.session_state.get("corr_who") or "analyst")
    for p in waiting:
        mine = p.entry.who.strip().lower() == me.strip().lower()
        st.markdown(md_escape(p.summary()))
        c1, c2, c3 = st.columns([3, 1, 1], vertical_alignment="bottom")
        c1.text_input("Note", key=f"review_note_{p.ref}", max_chars=500)
        c2.button(
            "Accept",
            key=f"review_accept_{p.ref}",
            disabled=mine,
            help="You proposed it: another editor must accept it." if mine else None,
            on_click=_decide,
            args=(store, p.ref, "accepted"),
        )
        c3.button(
            "Withdraw" if mine else "Reject",
            key=f"review_reject_{p.ref}",
            on_click=_decide,
            args=(store, p.ref, "rejected"),
        )
    if error := st.session_state.pop(ERROR, None):
        st.error(error)


def _undo(store: AtlasStore) -> None:
    """Undo the chosen merge (button callback): a ``restore`` entry, or its proposal."""
    ss = st.session_state
    try:
        entry = undo_merge(
            store.corrections(), ss.get("undo_merge") or "", who=_me(),
            reason=ss.get("undo_reason") or "",
        )  # fmt: skip
        store.append_corrections(as_written([entry]))
    except (ValueError, OSError, PermissionError) as exc:
        ss["undo_error"] = str(exc)
        return
    what = f"the merge of {entry.new_value} into {entry.incident_id}"
    ss[FLASH] = f"Proposed to undo {what}." if two_person() else f"Undid {what}."
    ss["undo_reason"] = ""


def undo_merge_section(store: AtlasStore, log: Sequence[Correction]) -> None:
    """Pick a merge in effect and undo it (the log is replayed without it)."""
    done = merges(log)
    if not done:
        return
    st.subheader("Undo a merge")
    labels = {
        ref: f"{c.new_value} merged into {c.incident_id} ({c.who}, {c.when})" for ref, c in done
    }
    st.selectbox("Merge", list(labels), key="undo_merge", format_func=labels.__getitem__)
    st.text_input("Reason (required)", key="undo_reason", max_chars=500)
    st.button("Undo merge", key="undo_save", on_click=_undo, args=(store,))
    if error := st.session_state.pop("undo_error", None):
        st.error(error)
