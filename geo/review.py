"""The two-person rule and undoing a merge: which log entries take effect.

The corrections log is append-only (:mod:`geo.corrections`). Under the two-person rule
(``INCIDENT_ATLAS_TWO_PERSON``, :class:`geo.access.AccessPolicy`) an editor's correction is
written as a ``proposed`` entry (the correction itself, its action kept in ``field``:
``set:place``, ``merge``, ``restore:merge`` …). A different editor's ``accepted`` entry,
whose ``old_value`` is the proposal's :func:`geo.corrections.entry_ref`, makes it apply
from that point of the log on; a ``rejected`` one (or its author's: a withdrawal) closes
it. A proposal is decided once: later decisions on it change nothing, and nobody's
acceptance of their own proposal counts.

A merge is undone by a ``restore`` entry with ``field`` ``merge`` naming the merge's ref:
the log is then replayed as if that merge had never been (later entries still apply).

:func:`effective` turns the log into the plain corrections
:func:`geo.applycorrections.apply_corrections` applies; it does not depend on the setting, so
proposals accepted while the rule was on still apply after it is switched off.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from geo.corrections import Correction, _line, describe, entry_ref, make_correction, now_iso

Verdict = Literal["accepted", "rejected"]
UNDO_MERGE = "merge"
"""The ``field`` of a ``restore`` entry that undoes a merge."""


@dataclass(frozen=True)
class Proposal:
    """A pending proposal: its ref, the ``proposed`` log entry and the correction it would
    make."""

    ref: str
    entry: Correction
    correction: Correction

    def summary(self) -> str:
        """What it would do, in plain text (escape it before it becomes Markdown or HTML)."""
        c = self.correction
        if c.action == "set":
            what = f"set {c.field} of {c.incident_id} to {describe(c.field, c.new_value)}"
        elif c.action == "merge":
            what = f"merge {c.new_value} into {c.incident_id}"
        elif c.action == "split":
            what = f"move {c.old_value} of {c.incident_id} to a new incident {c.new_value}"
        elif c.action == "not_incident":
            what = f"mark {c.incident_id} not an incident"
        elif c.action == "restore":
            undo = f"undo the merge {c.old_value} into" if c.field == UNDO_MERGE else "restore"
            what = f"{undo} {c.incident_id}"
        else:
            what = f"{c.action} {c.incident_id}"
        return f"{self.entry.who} proposes to {what} ({c.reason}; {self.entry.when})"


def propose(correction: Correction) -> Correction:
    """The ``proposed`` entry for a validated correction (same who, when, values, reason)."""
    if correction.action in ("proposed", "accepted", "rejected"):
        raise ValueError("Only a correction can be proposed, not a review decision.")
    kind = f"{correction.action}:{correction.field}" if correction.field else correction.action
    return dataclasses.replace(correction, action="proposed", field=kind)


def proposed_correction(entry: Correction) -> Correction:
    """The correction a ``proposed`` entry carries, validated again.

    Raises
    ------
    ValueError
        For an entry that is no proposal, or whose correction is not valid.
    """
    if entry.action != "proposed":
        raise ValueError(f"Not a proposal: {entry.action!r}.")
    action, _, fld = entry.field.partition(":")
    return make_correction(
        entry.incident_id, action, reason=entry.reason, field=fld, old_value=entry.old_value,
        new_value=entry.new_value, who=entry.who, when=entry.when,
    )  # fmt: skip


def _same(a: str, b: str) -> bool:
    return a.strip().lower() == b.strip().lower()


def _emit(out: list[tuple[str, Correction]], ref: str, c: Correction) -> None:
    """Append an effective entry, or (an undo) drop the merge it names."""
    if c.action == "restore" and c.field == UNDO_MERGE:
        for i in range(len(out) - 1, -1, -1):
            if out[i][0] == c.old_value.strip() and out[i][1].action == "merge":
                del out[i]
                return
        return  # no such merge in effect: nothing to undo
    out.append((ref, c))


def _replay(log: Sequence[Correction]) -> tuple[list[tuple[str, Correction]], dict[str, Proposal]]:
    """The effective entries with the ref of the log entry each came from, and the proposals
    still pending."""
    out: list[tuple[str, Correction]] = []
    pending: dict[str, Proposal] = {}
    for c in log:
        if c.action == "proposed":
            ref = entry_ref(c)
            try:
                pending.setdefault(ref, Proposal(ref, c, proposed_correction(c)))
            except ValueError:
                continue  # a malformed proposal can never apply
        elif c.action in ("accepted", "rejected"):
            proposal = pending.get(c.old_value.strip())
            if proposal is None or (c.action == "accepted" and _same(c.who, proposal.entry.who)):
                continue  # unknown, already decided, or its author accepting it
            del pending[proposal.ref]
            if c.action == "accepted":
                who = f"{proposal.entry.who}, accepted by {c.who}"
                _emit(out, proposal.ref, dataclasses.replace(proposal.correction, who=who))
        else:
            _emit(out, entry_ref(c), c)
    return out, pending


def effective(log: Sequence[Correction]) -> list[Correction]:
    """The corrections that take effect, in order: plain entries, proposals accepted by
    another editor (where accepted, with ``who`` naming both), minus the merges undone.

    Parameters
    ----------
    log
        The whole log, oldest first.
    """
    if not any(c.action in ("proposed", "accepted", "rejected", "restore") for c in log):
        return list(log)  # the common case: nothing to resolve
    return [c for _, c in _replay(log)[0]]


def pending(log: Sequence[Correction]) -> list[Proposal]:
    """The proposals nobody has accepted or rejected yet, oldest first."""
    return list(_replay(log)[1].values())


def merges(log: Sequence[Correction]) -> list[tuple[str, Correction]]:
    """The merges in effect, newest first, each with the ref an undo names."""
    return [(ref, c) for ref, c in reversed(_replay(log)[0]) if c.action == "merge"]


def decide(
    log: Sequence[Correction],
    ref: str,
    verdict: Verdict,
    *,
    who: str,
    reason: str = "",
    when: str | None = None,
) -> Correction:
    """The ``accepted`` or ``rejected`` entry for the pending proposal ``ref``.

    An acceptance's reason may be empty ("Accepted"); a rejection needs one. Its author may
    reject (withdraw) a proposal, never accept it.

    Raises
    ------
    ValueError
        For a proposal that is not pending, an author accepting their own, a rejection
        without a reason, or an unknown verdict.
    """
    if verdict not in ("accepted", "rejected"):
        raise ValueError(f"A proposal is accepted or rejected, not {verdict!r}.")
    found = {p.ref: p for p in pending(log)}.get(ref.strip())
    if found is None:
        raise ValueError("That proposal is no longer pending: someone has decided it.")
    who = _line(who, "name", 100, required=True)
    if verdict == "accepted" and _same(who, found.entry.who):
        raise ValueError("You proposed this correction: another editor must accept it.")
    reason = _line(reason, "reason", 500, required=verdict == "rejected") or "Accepted"
    return Correction(
        when or now_iso(), who, found.entry.incident_id, verdict, "proposal", found.ref, "",
        reason,
    )  # fmt: skip


def undo_merge(
    log: Sequence[Correction], ref: str, *, who: str, reason: str, when: str | None = None
) -> Correction:
    """The ``restore`` entry that undoes the merge ``ref`` (one of :func:`merges`).

    Raises
    ------
    ValueError
        For a merge not in effect (unknown, or undone already), or no reason.
    """
    found = dict(merges(log)).get(ref.strip())
    if found is None:
        raise ValueError("That merge is not in effect: nothing to undo.")
    return make_correction(
        found.incident_id, "restore", field=UNDO_MERGE, old_value=ref.strip(),
        new_value=found.new_value, reason=reason, who=who, when=when,
    )  # fmt: skip
