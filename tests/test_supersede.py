"""geo.supersede: two analysts correcting one field at once — the later entry wins,
the winner learns whose entry it overrides, the loser that theirs was superseded."""

from __future__ import annotations

from geo.corrections import Correction, make_correction
from geo.supersede import overridden, overtaken, slot


def killed(value: str, who: str, when: str, iid: str = "kyiv-1") -> Correction:
    return make_correction(
        iid,
        "set",
        field="killed",
        old_value="2",
        new_value=value,
        reason="a later report",
        who=who,
        when=when,
    )


ANA = killed("3", "ana", "2024-05-01T10:00:00Z")
BO = killed("4", "bo", "2024-05-01T10:00:05Z")


def test_the_later_entry_wins_and_the_winner_is_told_whom_it_overrides():
    seen = 1  # both opened the form on a table built from the first entry
    log = [make_correction("x", "confirm", reason="ok"), ANA, BO]
    got = overtaken(log, [BO], seen)
    assert [(c.mine, c.other, c.mine_wins) for c in got] == [(BO, ANA, True)]
    assert "ana's entry (3" in got[0].message() and "Yours (4)" in got[0].message()
    assert overtaken(log, [ANA], seen) == []  # ana saved first: nothing arrived before hers


def test_the_loser_is_told_hers_was_superseded():
    log = [ANA, BO]
    got = overridden(log, [ANA])
    assert [(c.mine, c.other, c.mine_wins) for c in got] == [(ANA, BO, False)]
    assert "superseded" in got[0].message() and "bo's entry (4" in got[0].message()
    assert overridden(log, [BO]) == []  # the winner lost nothing


def test_what_was_seen_or_is_another_field_or_incident_is_no_contest():
    log = [ANA, BO]
    assert overtaken(log, [BO], seen=0) != [] and overtaken(log, [BO], seen=1) == []  # seen
    other_field = make_correction(
        "kyiv-1", "set", field="injured", new_value="9", reason="r", who="bo"
    )
    other_incident = killed("5", "bo", "2024-05-01T10:00:06Z", iid="odesa-1")
    confirm = make_correction("kyiv-1", "confirm", reason="looks right", who="bo")
    assert overridden([ANA, other_field, other_incident, confirm], [ANA]) == []
    assert slot(confirm) is None


def test_my_own_later_entry_is_no_contest_and_a_missing_entry_is_skipped():
    mine_again = killed("5", "ana", "2024-05-01T10:01:00Z")
    assert overridden([ANA, mine_again], [ANA, mine_again]) == []
    assert overridden([BO], [ANA]) == []  # not in the log (yet): nothing to say


def test_dismissing_and_restoring_contest_each_other():
    gone = make_correction("kyiv-1", "not_incident", reason="a forecast", who="ana")
    back = make_correction("kyiv-1", "restore", reason="it happened", who="bo")
    got = overridden([gone, back], [gone])
    assert len(got) == 1 and "whether it is an incident" in got[0].message()
    assert "restored" in got[0].message()
