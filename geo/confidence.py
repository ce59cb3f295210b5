"""How sure an incident is, and why: the review queue's order.

Every doubt the extractor had on the way leaves a reason: a place name that fits several
places, a village placed at its region, a day inferred rather than read, an attacker guessed
from the side the place is on. The score starts at 1 and each doubt takes its share, so an
analyst checks the few doubtful incidents first and reads why each is there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from geo.model import DateWindow, Place

#: Incidents under this score go to the review queue.
REVIEW_BELOW = 0.7

# (penalty, reason). The shares follow how often each doubt went with a wrong incident on the
# CIR chain (a development set, `benchmarks.cir_chain`; 2,320 strike notes, 85 % right overall):
# right 4 % of the time when placed at a region, 21 % with an ambiguous name, 33 % with a
# month-wide date, 84–85 % with a day from the news cycle or an attacker guessed from the side
# (near the base rate, so a small share). How well the score separates right from wrong on
# other sets is printed by `python -m benchmarks.accuracy`.
PLACE_AMBIGUOUS = (0.45, "place name fits several places; the likeliest was taken")
PLACE_REGION = (0.35, "placed at its region: the village or site is not in the gazetteer")
PLACE_NONE = (0.5, "not located")
PLACE_NEAR = (0.2, "placed at the nearest known town")
DAY_INFERRED = (0.1, "day inferred ({basis}), not written")
DAY_WIDE = (0.2, "date known only to {precision}")
ACTOR_GUESSED = (0.1, "attacker guessed from the side the place is on")
ACTOR_WEAPON = (0.05, "attacker inferred from the weapon")
WEAK_ROLE = (0.15, 'the place is named only as where officials are ("the X governor")')
CORROBORATED = 0.1  # several articles report it


@dataclass(frozen=True)
class Confidence:
    """A score in [0, 1] and the doubts that lowered it."""

    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Evidence:
    """What one mention says, as far as doubt goes (kept apart from extraction's types)."""

    article: str
    date_explicit: bool
    actor_basis: str
    role: str
    place_ambiguous: bool


def _place_doubts(place: Place | None) -> list[tuple[float, str]]:
    if place is None or not place.located:
        return [PLACE_NONE]
    if place.key.startswith("unk:"):
        return [PLACE_REGION]
    if place.key.startswith("near:"):
        return [PLACE_NEAR]
    return []


def _date_doubts(date: DateWindow, evidence: Sequence[Evidence]) -> list[tuple[float, str]]:
    out = []
    if not any(e.date_explicit for e in evidence):
        out.append((DAY_INFERRED[0], DAY_INFERRED[1].format(basis=date.basis)))
    if date.precision in ("week", "month", "year", "unknown"):
        out.append((DAY_WIDE[0], DAY_WIDE[1].format(precision=f"the {date.precision}")))
    return out


def _actor_doubts(actor: str | None, evidence: Sequence[Evidence]) -> list[tuple[float, str]]:
    if actor is None:
        return []
    bases = {e.actor_basis for e in evidence}
    if bases <= {"location"}:
        return [ACTOR_GUESSED]
    if bases <= {"location", "weapon"}:
        return [ACTOR_WEAPON]
    return []


def assess(
    place: Place | None, date: DateWindow, actor: str | None, evidence: Sequence[Evidence]
) -> Confidence:
    """Score one incident from its place, date, actor and the mentions behind it.

    Parameters
    ----------
    place, date, actor
        The incident's settled values.
    evidence
        One entry per mention that supports it.

    Returns
    -------
    Confidence
        ``score`` 1.0 when nothing was in doubt; ``reasons`` empty then.
    """
    doubts = _place_doubts(place) + _date_doubts(date, evidence) + _actor_doubts(actor, evidence)
    if evidence and all(e.place_ambiguous for e in evidence) and place is not None:
        doubts.append(PLACE_AMBIGUOUS)
    if evidence and all(e.role == "weak" for e in evidence):
        doubts.append(WEAK_ROLE)
    score = 1.0 - sum(p for p, _ in doubts)
    if len({e.article for e in evidence}) > 1:
        score += CORROBORATED
    return Confidence(round(min(1.0, max(0.0, score)), 2), tuple(r for _, r in doubts))


def hand_placed(layer: Any) -> bool:
    """Whether a row belongs to an imported layer: its point is the dataset's own, placed by
    hand (CIR's geolocators, ACLED's coders), never a name the gazetteer chose among
    several, and corrections apply to article incidents only, so it never enters the
    review queue.

    Parameters
    ----------
    layer
        The row's ``layer`` (None, NA or empty for an incident read from articles).
    """
    # None, NaN or pandas' NA: an incident read from articles, in a joined table.
    return isinstance(layer, str) and bool(layer.strip())


def in_review(
    score: float | None, ambiguous: bool, reviewed: bool, placed_by_hand: bool = False
) -> bool:
    """An unreviewed incident whose place is ambiguous or whose score is under the bar
    (never a hand-placed imported row: :func:`hand_placed`)."""
    if placed_by_hand:
        return False
    return not reviewed and (ambiguous or (score is not None and score < REVIEW_BELOW))


def review_order(
    scores: Sequence[float | None], ambiguous: Sequence[bool], reviewed: Sequence[bool]
) -> list[int]:
    """Row order for the review queue: rows in review first, least sure first.

    Rows without a score (imported layers) count as sure; the rest keep their order.
    """

    def key(i: int) -> tuple[int, float, int]:
        s = scores[i]
        queued = in_review(s, ambiguous[i], reviewed[i])
        return (0 if queued else 1, (1.0 if s is None else s) if queued else 0.0, i)

    return sorted(range(len(scores)), key=key)


def review_label(
    score: float | None, reasons: Sequence[str], ambiguous: bool, reviewed: bool
) -> str:
    """What the table's review column says: why a row is in the queue, or that it was reviewed."""
    if reviewed:
        return "reviewed"
    if not in_review(score, ambiguous, reviewed):
        return ""
    why = list(reasons)
    if ambiguous and PLACE_AMBIGUOUS[1] not in why:
        why.insert(0, "ambiguous place")
    return "; ".join(why) or "ambiguous place"
