"""Two analysts correcting one incident at once: both entries stay, the later wins, both
are told.

The log is append-only and applied in order (:func:`geo.applycorrections.apply_corrections`),
so of two entries that set the same field of the same incident, the one saved later
is what the table shows. Nothing is refused or lost; what this module adds is telling:

- the **winner** (who saved second) learns, on saving, that someone else's entry for the
  same field arrived after the table they corrected was shown (:func:`overtaken`);
- the **loser** (who saved first) learns, on the next page run, that a later entry now
  overrides theirs (:func:`overridden`).

"Arrived after the table was shown" is a position in the log: the page passes the number
of entries the table it showed was built from (:attr:`CorrectionReport.seen`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from geo.corrections import Correction, describe


@dataclass(frozen=True)
class Contest:
    """``mine`` and ``other`` set the same thing of one incident; ``mine_wins`` when mine
    was saved later (and so is what the table shows)."""

    mine: Correction
    other: Correction
    mine_wins: bool

    def message(self) -> str:
        """What to tell the analyst who saved ``mine``."""
        what = _what(self.mine)
        theirs = f"{self.other.who}'s entry ({_value(self.other)}, saved {self.other.when})"
        if self.mine_wins:
            return (
                f"{self.mine.incident_id}: {theirs} for {what} arrived while you were editing. "
                f"Yours ({_value(self.mine)}) is later, so it is what the table shows now; "
                "both stay in the audit log."
            )
        return (
            f"Your correction of {what} of {self.mine.incident_id} ({_value(self.mine)}) was "
            f"superseded: {theirs} is later and is what the table shows now. Both stay in the "
            "audit log; correct it again if yours was right."
        )


def slot(c: Correction) -> tuple[str, ...] | None:
    """What an entry decides about its incident: a field (``set``), whether it is an
    incident (``not_incident``/``restore``), or None (confirm, merge, split: they do not
    override another entry)."""
    if c.action == "set":
        return (c.incident_id.strip(), "set", c.field)
    if c.action in ("not_incident", "restore"):
        return (c.incident_id.strip(), "dismissed")
    return None


def _what(c: Correction) -> str:
    return c.field if c.action == "set" else "whether it is an incident"


def _value(c: Correction) -> str:
    if c.action == "set":
        return describe(c.field, c.new_value)
    return "not an incident" if c.action == "not_incident" else "restored"


def _position(log: Sequence[Correction], entry: Correction) -> int | None:
    """The index of the last log entry equal to ``entry`` (None when it is not there)."""
    for i in range(len(log) - 1, -1, -1):
        if log[i] == entry:
            return i
    return None


def _contests(
    log: Sequence[Correction], mine: Sequence[Correction], after: bool, seen: int = 0
) -> list[Contest]:
    """Each of ``mine`` against the other entries in its slot: those after it (``after``)
    or those between ``seen`` and it."""
    out: list[Contest] = []
    own = set(mine)
    for entry in mine:
        where, key = _position(log, entry), slot(entry)
        if where is None or key is None:
            continue
        window = log[where + 1 :] if after else log[max(seen, 0) : where]
        out.extend(
            Contest(entry, other, mine_wins=not after)
            for other in window
            if other not in own and slot(other) == key
        )
    return out


def overtaken(log: Sequence[Correction], mine: Sequence[Correction], seen: int) -> list[Contest]:
    """Entries by others that ``mine`` (just appended) override: same incident and field,
    saved after the first ``seen`` entries — after the table the analyst corrected.

    Parameters
    ----------
    log
        The whole log, oldest first, read after ``mine`` were appended.
    mine
        The entries this analyst just saved.
    seen
        How many log entries the table the analyst saw had applied.
    """
    return _contests(log, mine, after=False, seen=seen)


def overridden(log: Sequence[Correction], mine: Sequence[Correction]) -> list[Contest]:
    """Entries by others, saved after one of ``mine``, that now override it.

    Parameters
    ----------
    log
        The whole log, oldest first.
    mine
        Entries this analyst saved earlier (still being watched).
    """
    return _contests(log, mine, after=True)
