"""The two-person rule and undoing a merge (issue 14): which log entries take effect
(:mod:`geo.review`), as tables of logs."""

from __future__ import annotations

import pandas as pd
import pytest

from geo.access import load_policy, parse_switch
from geo.applycorrections import apply_corrections
from geo.corrections import Correction, entry_ref, make_correction
from geo.review import decide, effective, merges, pending, propose, undo_merge

T = "2024-05-01T10:00:00Z"


def fix(iid: str = "a", actor: str = "Russia", who: str = "olena") -> Correction:
    return make_correction(iid, "set", field="actor", new_value=actor, reason="r", who=who, when=T)


def merge(kept: str = "a", other: str = "b", who: str = "olena") -> Correction:
    return make_correction(kept, "merge", new_value=other, reason="same strike", who=who, when=T)


def verdict(p: Correction, kind: str, who: str) -> Correction:
    """A decision entry written as it would be stored (no validation: the log may hold
    anything another tool appended)."""
    return Correction(T, who, p.incident_id, kind, "proposal", entry_ref(p), "", "why")


P = propose(fix())
P2 = propose(fix(actor="Ukraine", who="ivan"))
M = merge()


@pytest.mark.parametrize(
    ("log", "applied", "still_pending"),
    [
        ([fix()], [("set", "olena")], []),  # no rule: a plain entry applies
        ([P], [], [P]),  # proposed: waits
        ([P, verdict(P, "accepted", "ivan")], [("set", "olena, accepted by ivan")], []),
        ([P, verdict(P, "accepted", "olena")], [], [P]),  # its author: does not count
        ([P, verdict(P, "accepted", " OLENA ")], [], [P]),  # nor in another case
        ([P, verdict(P, "rejected", "ivan")], [], []),
        ([P, verdict(P, "rejected", "olena")], [], []),  # its author withdraws it
        ([P, verdict(P, "rejected", "ivan"), verdict(P, "accepted", "ana")], [], []),  # decided
        (
            [P, verdict(P, "accepted", "ivan"), verdict(P, "rejected", "ana")],
            [("set", "olena, accepted by ivan")],
            [],
        ),  # fmt: skip
        ([verdict(P, "accepted", "ivan"), P], [], [P]),  # accepted before it existed: nothing
        ([P, P2, verdict(P2, "accepted", "olena")], [("set", "ivan, accepted by olena")], [P]),
        ([Correction(T, "x", "a", "proposed", "set:colour", "", "red", "r")], [], []),  # malformed
    ],
)
def test_which_entries_take_effect(
    log: list[Correction], applied: list[tuple[str, str]], still_pending: list[Correction]
) -> None:
    assert [(c.action, c.who) for c in effective(log)] == applied
    assert [p.entry for p in pending(log)] == still_pending


def test_an_accepted_proposal_applies_where_it_was_accepted() -> None:
    # olena proposes Russia; ivan sets Ukraine directly afterwards; ana accepts olena's:
    # the acceptance comes last in the log, so Russia wins.
    direct = fix(actor="Ukraine", who="ivan")
    log = [P, direct, verdict(P, "accepted", "ana")]
    assert [c.new_value for c in effective(log)] == ["Ukraine", "Russia"]


TABLE = pd.DataFrame(
    [
        {"id": "a", "actor": "Unknown", "killed": 1, "injured": None,
         "sources": [{"article": "1.txt", "start": 0}], "articles": ["1.txt"], "n_sources": 1},
        {"id": "b", "actor": None, "killed": 3, "injured": None,
         "sources": [{"article": "2.txt", "start": 0}], "articles": ["2.txt"], "n_sources": 1},
    ]
)  # fmt: skip


def ids_and_actors(log: list[Correction]) -> list[tuple[str, object]]:
    out, _report = apply_corrections(TABLE, log)
    return [(i, None if pd.isna(a) else a) for i, a in zip(out["id"], out["actor"], strict=True)]


@pytest.mark.parametrize(
    ("log", "rows"),
    [
        ([], [("a", "Unknown"), ("b", None)]),
        ([P], [("a", "Unknown"), ("b", None)]),
        ([P, verdict(P, "accepted", "ivan")], [("a", "Russia"), ("b", None)]),
        ([M], [("a", "Unknown")]),
        (
            [M, undo_merge([M], entry_ref(M), who="ivan", reason="two strikes")],
            [("a", "Unknown"), ("b", None)],
        ),  # fmt: skip
        # A correction after the merge, to the absorbed id, follows it to "a"; undone, the
        # merge takes the correction back with it (it was addressed to "b").
        (
            [M, fix("b"), undo_merge([M], entry_ref(M), who="ivan", reason="two")],
            [("a", "Unknown"), ("b", "Russia")],
        ),  # fmt: skip
    ],
)
def test_applying_the_log(log: list[Correction], rows: list[tuple[str, object]]) -> None:
    assert ids_and_actors(log) == rows


def test_a_merge_proposed_accepted_then_undone_through_proposals() -> None:
    pm = propose(merge())
    log = [pm, verdict(pm, "accepted", "ivan")]
    assert [c.incident_id for c in effective(log)] == ["a"] and len(ids_and_actors(log)) == 1
    ((ref, _m),) = merges(log)
    assert ref == entry_ref(pm)  # the undo names the proposal it came from
    pu = propose(undo_merge(log, ref, who="ivan", reason="two strikes"))
    log += [pu]
    assert len(ids_and_actors(log)) == 1  # the undo waits too
    log += [verdict(pu, "accepted", "olena")]
    assert len(ids_and_actors(log)) == 2 and merges(log) == []


def test_the_report_counts_the_log_as_stored() -> None:
    _out, report = apply_corrections(TABLE, [P, verdict(P, "rejected", "ivan")])
    assert report.seen == 2 and not report.invalid and not report.applied


# ---- making the entries ----------------------------------------------------------------------


def test_decide_makes_an_entry_that_refers_to_the_proposal() -> None:
    d = decide([P], entry_ref(P), "accepted", who="ivan", when=T)
    assert (d.action, d.field, d.old_value, d.who, d.reason) == (
        "accepted", "proposal", entry_ref(P), "ivan", "Accepted",
    )  # fmt: skip
    assert effective([P, d])[0].who == "olena, accepted by ivan"


@pytest.mark.parametrize(
    ("log", "verdict_", "who", "reason", "message"),
    [
        ([P], "accepted", "olena", "", "another editor must accept it"),
        ([P], "rejected", "ivan", "", "reason is required"),
        ([P, verdict(P, "rejected", "ivan")], "accepted", "ana", "", "no longer pending"),
        ([], "accepted", "ivan", "", "no longer pending"),
        ([P], "maybe", "ivan", "", "accepted or rejected"),
        ([P], "accepted", "", "", "name is required"),
    ],
)
def test_decide_refuses(log, verdict_, who, reason, message) -> None:
    with pytest.raises(ValueError, match=message):
        decide(log, entry_ref(P), verdict_, who=who, reason=reason)


def test_proposals_and_undos_are_validated() -> None:
    with pytest.raises(ValueError, match="Only a correction"):
        propose(decide([P], entry_ref(P), "rejected", who="ivan", reason="no"))
    with pytest.raises(ValueError, match="Unknown action"):
        make_correction("a", "proposed", reason="r")
    with pytest.raises(ValueError, match="not in effect"):
        undo_merge([M], "0000", who="ivan", reason="r")
    undone = [M, undo_merge([M], entry_ref(M), who="ivan", reason="r")]
    with pytest.raises(ValueError, match="not in effect"):
        undo_merge(undone, entry_ref(M), who="ivan", reason="r")
    with pytest.raises(ValueError, match="a merge named by its ref"):
        make_correction("a", "restore", field="merge", reason="r")
    assert P.field == "set:actor" and propose(M).field == "merge"


@pytest.mark.parametrize(
    ("value", "on"), [(None, False), ("", False), ("0", False), ("off", False), ("1", True),
                      ("true", True), (" ON ", True), ("yes", True)],
)  # fmt: skip
def test_the_two_person_switch(value: str | None, on: bool) -> None:
    assert parse_switch(value, "X") is on


def test_a_mistyped_two_person_switch_stops_the_app() -> None:
    with pytest.raises(ValueError, match="INCIDENT_ATLAS_TWO_PERSON must be 1 or 0"):
        load_policy({"INCIDENT_ATLAS_TWO_PERSON": "two"})
    assert load_policy({"INCIDENT_ATLAS_TWO_PERSON": "1"}).two_person
