"""The audit log as an analyst reads it: who changed which incident, when, how and why.

The corrections log (:mod:`geo.corrections`, oldest first, append-only) is read as
:class:`AuditEntry` rows, newest first (log order, not the ``when`` column: editors'
clocks differ, the log's order is the one the app applied):

- :func:`concerning` — the entries about a set of incidents: on one of them, on an
  incident merged into one of them (merges in effect, followed through chains), or
  naming one as what a merge absorbed or a split made; proposals and decisions on them
  under the two-person rule (:mod:`geo.review`) included;
- :func:`since` — every entry from a position of the log on (a brief's ``log_length``).

The exports carry them (:mod:`render.auditexport`: CSV, a page, the brief's closing slide
or page, the brief pack's files). Every field of the log is untrusted text (a name, a
reason, a typed place). Pure: no Streamlit, no store.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from geo.corrections import Correction, describe, entry_ref
from geo.review import UNDO_MERGE, merges

CSV_COLUMNS = ("ref", "when", "who", "incident_id", "action", "field", "old", "new", "why")
_WORDS = {
    "set": "corrected", "merge": "merged", "split": "split", "not_incident": "dismissed",
    "restore": "restored", "confirm": "confirmed", "accepted": "accepted",
    "rejected": "rejected",
}  # fmt: skip


@dataclass(frozen=True)
class AuditEntry:
    """One log entry as an analyst reads it (values described, still untrusted text)."""

    ref: str
    when: str
    who: str
    incident_id: str
    action: str
    field: str
    old: str
    new: str
    why: str
    change: str
    """``"killed: 2 → 5"``, ``"merged b-2 into a-1"``: what the entry did, in words."""

    def row(self) -> dict[str, str]:
        """The CSV row (:data:`CSV_COLUMNS`), not yet neutralised."""
        return {k: getattr(self, k) for k in CSV_COLUMNS}


def _kind(c: Correction) -> tuple[str, str]:
    """The action and field a correction — or the one a proposal carries — makes."""
    if c.action == "proposed":
        action, _, fld = c.field.partition(":")
        return action, fld
    return c.action, c.field


def _word(action: str, fld: str) -> str:
    if action == "restore" and fld == UNDO_MERGE:
        return "undid a merge"
    return _WORDS.get(action, action)


def _change(c: Correction, proposals: dict[str, Correction]) -> str:
    """What ``c`` did (or, a proposal, would do), in plain words."""
    action, fld = _kind(c)
    if action == "set":
        return f"{fld}: {describe(fld, c.old_value)} → {describe(fld, c.new_value)}"
    if action == "merge":
        return f"merged {c.new_value} into {c.incident_id}"
    if action == "split":
        return f"source {c.old_value} moved to a new incident {c.new_value}"
    if action == "not_incident":
        return "not an incident"
    if action == "restore":
        if fld == UNDO_MERGE:
            return f"undid the merge of {c.new_value} into {c.incident_id} ({c.old_value})"
        return "restored"
    if action == "confirm":
        return "reviewed, nothing changed"
    if action in ("accepted", "rejected"):
        ref = c.old_value.strip()
        proposal = proposals.get(ref)
        if proposal is None:
            return f"proposal {ref}"
        return f"{proposal.who}'s proposal {ref}: {_change(proposal, proposals)}"
    return c.action


def _entry(c: Correction, proposals: dict[str, Correction]) -> AuditEntry:
    action, fld = _kind(c)
    word = _word(action, fld)
    return AuditEntry(
        ref=entry_ref(c), when=c.when, who=c.who, incident_id=c.incident_id,
        action=f"proposed: {word}" if c.action == "proposed" else word, field=fld,
        old=describe(fld, c.old_value) if action == "set" else c.old_value,
        new=describe(fld, c.new_value) if action == "set" else c.new_value,
        why=c.reason, change=_change(c, proposals),
    )  # fmt: skip


def entries(log: Sequence[Correction], keep: Iterable[bool] | None = None) -> list[AuditEntry]:
    """The log's entries (those ``keep`` marks, when given) as :class:`AuditEntry`, newest
    first.

    Parameters
    ----------
    log
        The whole log, oldest first (an acceptance names a proposal anywhere in it).
    keep
        One flag per log entry; None keeps them all.
    """
    proposals = {entry_ref(c): c for c in log if c.action == "proposed"}
    flags = list(keep) if keep is not None else [True] * len(log)
    return [_entry(c, proposals) for c, k in zip(log, flags, strict=True) if k][::-1]


def related_ids(log: Sequence[Correction], ids: Collection[str]) -> set[str]:
    """``ids`` and every incident merged (in effect) into one of them, through chains."""
    out = {str(i).strip() for i in ids}
    folded = [(c.incident_id.strip(), c.new_value.strip()) for _, c in merges(log)]
    grew = True
    while grew:  # a chain of merges: each pass follows one more link
        grew = False
        for kept, absorbed in folded:
            if kept in out and absorbed not in out:
                out.add(absorbed)
                grew = True
    return out


def _concerns(c: Correction, ids: set[str]) -> bool:
    if c.incident_id.strip() in ids:
        return True
    action, _ = _kind(c)
    # A merge names what it absorbed, a split the incident it made, in ``new_value``.
    return action in ("merge", "split") and c.new_value.strip() in ids


def concerning(log: Sequence[Correction], ids: Collection[str]) -> list[AuditEntry]:
    """The entries that concern the incidents ``ids``, newest first.

    Parameters
    ----------
    log
        The whole log, oldest first (:meth:`store.base.AtlasStore.corrections`).
    ids
        The incidents, e.g. those of a brief pack.

    Returns
    -------
    list of AuditEntry
        Entries on one of them or on an incident merged into one (:func:`related_ids`), and
        merges and splits naming one as absorbed or made.
    """
    wanted = related_ids(log, ids)
    return entries(log, (_concerns(c, wanted) for c in log))


def since(log: Sequence[Correction], start: int) -> list[AuditEntry]:
    """Every entry after the first ``start`` of the log (a brief's ``log_length``), newest
    first."""
    start = max(0, start)
    return entries(log, (n >= start for n in range(len(log))))
