"""Groups → incidents: one merged group of mentions becomes one :class:`Incident`.

Its best-named place, attribution and actor, event type, weapon, every source with its own
excerpt and figures, the sources' disagreements, and a stable id. Grouping the mentions is
:mod:`geo.merge`'s job.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from geo.confidence import Evidence, assess
from geo.extract import attribution_for
from geo.mention import Mention
from geo.merge import Group, _figure
from geo.model import Attribution, DateWindow, Incident, Place, Source

_PRECISION_RANK = {"town": 0, "region": 1, "country": 2}


# --- groups → incidents ----------------------------------------------------------------


def _fineness(place: Place | None) -> tuple[int, bool]:
    """How fine a place is: a town, then a raion, then an oblast, then a country."""
    if place is None:
        return 3, True
    return _PRECISION_RANK.get(place.precision, 3), place.precision == "region" and not place.admin2


def _place(group: Group) -> tuple[Place | None, str]:
    ranked = sorted(
        group.mentions,
        key=lambda m: (m.place is None, _fineness(m.place), m.role == "weak"),
    )
    counts = Counter(m.place.key for m in ranked if m.place)
    best = ranked[0]
    if best.place is not None:
        fine = _fineness(best.place)
        same_rank = [m for m in ranked if m.place and _fineness(m.place) == fine]
        best = max(same_rank, key=lambda m: counts[m.place.key] if m.place else 0)
    return best.place, best.place_text


def _attribution(group: Group) -> tuple[Attribution, str | None]:
    """Claimed if the actor says so anywhere; else alleged if any source only alleges."""
    kinds = [m.attribution for m in group.mentions]
    accusers = sorted(group.mentions, key=lambda m: m.actor_basis != "accused")
    for kind in ("claimed", "alleged"):
        if kind in kinds:
            by = next(
                (m.alleged_by for m in accusers if m.attribution == kind and m.alleged_by), None
            )
            return kind, by
    return "stated", None


def settle_actor(group: Group) -> None:
    """Mentions that only guessed the actor from the place take the group's actor."""
    actor = group.actor
    for m in group.mentions:
        if m.actor_basis == "location" and actor and m.actor != actor:
            country = m.place.country if m.place else None
            m.actor = actor
            m.attribution, m.alleged_by = attribution_for(
                m.sentence.span.text, actor, "group", None, country
            )


def _event_type(group: Group) -> str:
    types = Counter(m.event_type for m in group.mentions if m.event_type != "attack")
    return types.most_common(1)[0][0] if types else "attack"


def _weapon(group: Group) -> str | None:
    weapons = [m.weapon for m in group.mentions if m.weapon]
    named = [w for w in weapons if re.search(r"[A-Z]", w)]
    return max(named or weapons, key=len) if weapons else None


def _sources(group: Group) -> tuple[Source, ...]:
    seen: set[tuple[str, int]] = set()
    out = []
    for m in sorted(group.mentions, key=lambda m: (m.article, m.sentence.index)):
        for span, killed, injured in m.spans:
            if (m.article, span.start) in seen:
                continue
            seen.add((m.article, span.start))
            out.append(Source(
                article=m.article, excerpt=span.text, start=span.start, end=span.end,
                killed=killed, injured=injured, actor=m.actor, attribution=m.attribution,
                alleged_by=m.alleged_by, date=m.date, place_text=m.place_text,
            ))  # fmt: skip
    return tuple(out)


def _disagreements(sources: tuple[Source, ...]) -> list[str]:
    notes = []
    for attr, word in (("killed", "killed"), ("injured", "injured")):
        per_article: dict[str, int] = {}
        for s in sources:
            value = getattr(s, attr)
            if value is not None:
                per_article[s.article] = max(value, per_article.get(s.article, value))
        if len(set(per_article.values())) > 1:
            parts = ", ".join(f"{v} ({a})" for a, v in sorted(per_article.items()))
            notes.append(f"sources differ on {word}: {parts}; the highest reported is shown")
    return notes


def incident_id(place: Place | None, place_text: str, date: DateWindow, event_type: str) -> str:
    """Readable and stable: the same place, date and type always give the same id."""
    name = place.name if place else place_text
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:30] or "place"
    when = date.start.isoformat() if date.start else "undated"
    key = f"{place.key if place else place_text}|{date.start}|{date.end}|{event_type}"
    return f"{slug}-{when}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"


def to_incident(group: Group) -> Incident:
    """One incident from a group of mentions."""
    settle_actor(group)
    place, place_text = _place(group)
    attribution, by = _attribution(group)
    sources = _sources(group)
    actor = group.actor
    notes = list(group.notes) + _disagreements(sources)
    if actor and all(m.actor_basis == "location" for m in group.mentions):
        notes.append("no source names the attacker; actor inferred from the side the place is on")
    event = _event_type(group)
    sure = assess(place, group.date, actor, [_evidence(m) for m in group.mentions])
    return Incident(
        id=incident_id(place, place_text, group.date, event), place=place, place_text=place_text,
        date=group.date, actor=actor, attribution=attribution, alleged_by=by, event_type=event,
        weapon=_weapon(group), killed=_figure(group, "killed"), injured=_figure(group, "injured"),
        sources=sources, notes=tuple(notes), confidence=sure.score, reasons=sure.reasons,
    )  # fmt: skip


def _evidence(m: Mention) -> Evidence:
    return Evidence(m.article, m.date_explicit, m.actor_basis, m.role, m.place_ambiguous)


def unique_ids(incidents: list[Incident]) -> list[Incident]:
    """Suffix the rare id collisions, deterministically."""
    seen: Counter[str] = Counter()
    out = []
    for inc in incidents:
        seen[inc.id] += 1
        if seen[inc.id] > 1:
            inc = Incident(**{**inc.__dict__, "id": f"{inc.id}-{seen[inc.id]}"})
        out.append(inc)
    return out
