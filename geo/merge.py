"""Mentions → incidents: one incident per real event, however many sources.

Mentions merge when their places are the same (or one holds the other), their
date windows overlap and their actors do not contradict. A report with no
date at all (an undated article) joins the dated incident at its place that
its figures fit best, or stays undated. Every source keeps its own excerpt
and figures; the incident says which figure is the highest reported. Building the
incident from its group is :mod:`geo.incidentbuild`'s job.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from geo import lexicon as lx
from geo.dates import default_window, intersect
from geo.mention import Mention
from geo.model import REACH_DAYS, UNKNOWN_DATE, DateWindow, Place
from geo.namesakes import by_the_district
from geo.placerank import haversine_km
from geo.translit import skeleton

Within = Callable[[Place, Place], bool]


@dataclass
class Group:
    """Mentions believed to report one event."""

    mentions: list[Mention]
    date: DateWindow = UNKNOWN_DATE
    notes: list[str] = field(default_factory=list)

    @property
    def articles(self) -> set[str]:
        return {m.article for m in self.mentions}

    @property
    def actor(self) -> str | None:
        return best_actor(self.mentions)


def same_place(a: Mention, b: Mention, within: Within) -> bool:
    """Same place, or one holds the other (Belgorod in Belgorod region)."""
    if a.place is None or b.place is None:
        return a.place is None and b.place is None and a.place_text.lower() == b.place_text.lower()
    if a.place.key == b.place.key or _site_of_town(a.place, b.place):
        return True
    if _in_its_district(a.place, b.place) or _in_its_district(b.place, a.place):
        return True
    return within(a.place, b.place) or within(b.place, a.place)


def _in_its_district(town: Place, district: Place) -> bool:
    """A Russian district the gazetteer knows by its centre only ("Graivoronsky district")
    holds a town of its oblast within its reach (Golovchino, 12 km from Graivoron)."""
    if (
        town.precision != "town" or district.precision != "region" or district.admin2 is not None
        or district.radius_km > DISTRICT_KM
    ):  # fmt: skip
        return False
    # (within its own radius: not Borisovka, 27 km off, the seat of a district of its own)
    return by_the_district(town, district, max(district.radius_km, 15.0))


DISTRICT_KM = 60.0  # a district's reach, not an oblast's


def _site_of_town(a: Place, b: Place) -> bool:
    """'Engels-2 air base' and 'Engels': a site named after the town it lies by."""
    site, town = (a, b) if a.key.startswith("site:") else (b, a)
    if not site.key.startswith("site:") or town.precision != "town" or town.key.startswith("site:"):
        return False
    if site.radius_km > SITE_KM:
        return False  # a strait or a reservoir named after a town is not a site by it
    head = re.split(r"[\s-]", site.name, maxsplit=1)[0].casefold()
    if head == town.name.casefold().rstrip("’'") and _close(site, town):
        return True
    # "Belaya air base (Sredny)" and the settlement of Sredniy: the town the table names it by
    by = _BY_ITS_TOWN.search(site.name)
    if by and skeleton(by.group(1).lower()) == skeleton(town.name.lower()) and _close(site, town):
        return True
    # "the Zmiiv power plant, in the settlement of Slobozhanske": the town the site lies in
    return _close(site, town, site.radius_km)


_BY_ITS_TOWN = re.compile(r"\(([^()]+)\)\s*$")
SITE_TOWN_KM = 30.0
SITE_KM = 5.0  # a base, a plant, a bridge: small enough to be one place with its town


def _close(a: Place, b: Place, km: float = SITE_TOWN_KM) -> bool:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return haversine_km((a.lat, a.lon), (b.lat, b.lon)) <= km


def best_actor(mentions: list[Mention]) -> str | None:
    """The actor the words name; the location's guess only when no words do."""
    named = Counter(m.actor for m in mentions if m.actor and m.actor_basis != "location")
    if named:
        return named.most_common(1)[0][0]
    guessed = Counter(m.actor for m in mentions if m.actor)
    return guessed.most_common(1)[0][0] if guessed else None


def _actors_agree(group: Group, m: Mention) -> bool:
    a = group.actor
    return a is None or m.actor is None or a == m.actor or m.actor_basis == "location"


VAGUE_DAYS = 45


def _fits(group: Group, m: Mention, within: Within, same_article: bool) -> bool:
    if (
        (group.date.days > VAGUE_DAYS) != (m.date.days > VAGUE_DAYS)
        and group.date.known
        and m.date.known
    ):
        # "earlier attacks in 2023" is not the strike of December 30.
        return False
    if not any(same_place(g, m, within) for g in group.mentions) or not _actors_agree(group, m):
        return False
    if not _one_town(group, m) or not _types_agree(group, m, within):
        return False
    if (
        m.separate
        and same_article
        and not any(g.place and m.place and g.place.key == m.place.key for g in group.mentions)
    ):
        return False
    if group.date.known and m.date.known:
        return _joint(group.date, m.date) is not None
    # Undated reports in one article are one event; across articles, see anchor().
    return same_article and not group.date.known and not m.date.known


def _town_keys(mentions: list[Mention]) -> set[str]:
    return {m.place.key for m in mentions if m.place and m.place.precision == "town"}


def _one_town(group: Group, m: Mention) -> bool:
    """A region-level report may join one town's event, not fuse two towns' events."""
    towns = _town_keys(group.mentions) | _town_keys([m])
    if len(towns) == 2 and m.place is not None:
        # a site and the town it is named after are one place
        places = {x.place.key: x.place for x in [*group.mentions, m] if x.place}
        a, b = (places[k] for k in towns)
        return _site_of_town(a, b)
    return len(towns) <= 1


def _types_agree(group: Group, m: Mention, within: Within) -> bool:
    """Across precisions (a town in a region), drones shot down over the region are not
    the explosion at a depot in one of its towns."""
    exact = any(g.place and m.place and g.place.key == m.place.key for g in group.mentions)
    if exact:
        return True
    kinds = {g.event_type for g in group.mentions}
    if m.event_type == "interception" and "interception" in kinds:
        # "seven drones destroyed in Cherkasy region" and "debris damaged a building in
        # Cherkasy": the region's tally is not the town's damage
        return False
    if _an_attack_on_the_region(group, m):
        # ("drones attacked the Volgograd region. … a downed drone fell on the territory of the
        # Volgograd oil refinery": the region's attack is where the downed drone fell)
        return True
    return (m.event_type == "interception") == ("interception" in kinds)


def _an_attack_on_the_region(group: Group, m: Mention) -> bool:
    """One side is a bare attack told of a region, the other a downing in one of its towns."""
    ms = [*group.mentions, m]
    regions = [x for x in ms if x.place is not None and x.place.precision == "region"]
    towns = [x for x in ms if x.place is not None and x.place.precision == "town"]
    return (
        bool(regions) and bool(towns) and len(regions) + len(towns) == len(ms)
        and all(
            x.event_type != "interception" and not x.killed
            # (its own words tell the attack: not a tally's item "- Odesa region – 14;")
            and lx.STRONG_TRIGGER.search(x.sentence.span.text) is not None
            for x in regions
        )
        and all(x.event_type == "interception" for x in towns)
    )  # fmt: skip


def _add(group: Group, m: Mention) -> None:
    group.mentions.append(m)
    group.date = _joint(group.date, m.date) or group.date if group.date.known else m.date


def _reach(w: DateWindow) -> DateWindow:
    """An undated report is most likely of the day of publication or the day before, but
    may be of any day of the week before it."""
    if w.basis != "publication" or w.end is None:
        return w
    return default_window(w.end, days=REACH_DAYS)


def _joint(a: DateWindow, b: DateWindow) -> DateWindow | None:
    """The days two reports of one event share. A report dated by its publication alone
    yields to one that names the day ("three missiles were fired" in Tuesday's paper,
    "on Sunday" in Monday's)."""
    if (a.basis == "publication") != (b.basis == "publication"):
        return intersect([_reach(a), _reach(b)])
    return intersect([a, b]) or intersect([_reach(a), _reach(b)])


def _caption_home(groups: list[Group], m: Mention) -> Group | None:
    """A photo caption dates the photo, not the event: it joins its place's event."""
    if not m.caption or m.place is None:
        return None
    return next(
        (g for g in groups if any(x.place and x.place.key == m.place.key for x in g.mentions)), None
    )


def group_mentions(mentions: list[Mention], within: Within, same_article: bool) -> list[Group]:
    """Greedy grouping; explicit dates first so vague ones join them, captions last."""
    groups: list[Group] = []
    order = sorted(mentions, key=lambda m: (m.caption, not m.date_explicit, m.date.days))
    for m in order:
        home = _caption_home(groups, m) if same_article else None
        if home is not None:
            home.mentions.append(m)
            continue
        # (the nearest in time of those it fits: a claim made on 6 March is of that day's
        # strike there, not of the one told on the 2nd)
        fits = [g for g in groups if _fits(g, m, within, same_article)]
        home = min(fits, key=lambda g: max(g.date.days_apart(m.date), 0)) if fits else None
        if home is None and same_article:
            home = _reference_home(groups, m, within)
            if home is not None:
                m.date = home.date  # a reference to that event: its day, not the statement's
        if home is None:
            groups.append(Group([m], m.date))
        else:
            _add(home, m)
    return groups


def _another_time_told(m: Mention, g: Group) -> bool:
    """A day the story is telling, far from the group's ("In the early hours of 22 March
    2024, Russia launched … Several missiles hit the Zmiiv plant", after its strike of
    September 2022), is another event there; a few days' slack is the telling's."""
    # (a day written in the sentence before, "The worst day was Saturday, May 25. Two bombs
    # hit …", is as much the story's day as a narrative one)
    told = ("narrative", "labelled", "year inferred", "year told")
    if (
        m.date.basis == "narrative" and m.date.days == 1 and g.date.days == 1
        and m.date.end is not None and g.date.start is not None and m.date.end < g.date.start
        # (not a summary of what went on: "attacks on Kherson city … continued")
        and not _WENT_ON.search(m.sentence.span.text)
        # (nor a strike referred to: "Zelensky also recalled the strike on the Palace of
        # Culture in Lozova")
        and not _THE_EVENT.search(m.sentence.span.text)
    ):  # fmt: skip
        # ("The day before, on Sunday, November 17, Russia fired … In Odesa, strikes hit the
        # energy system": the day the paragraph went back to, not the lead's Monday; a later
        # day may be only the last one the paragraph told of another place)
        return True
    return m.date.basis in told and m.date.days_apart(g.date) > REACH_DAYS


_WENT_ON = re.compile(r"\b(?:continued|continues|continuing|ongoing|kept\s+up|persisted)\b")
# (and a forum post's header day for the news it tells undated after the morning)
_WRITTEN_DAYS = ("labelled", "explicit", "year inferred", "post day")


def _reference_home(groups: list[Group], m: Mention, within: Within) -> Group | None:
    """'Zelenskiy said the strike on Dnipro showed…': an undated reference that fits no
    group by date is the one event the article dated at that very place, if there is one
    ("video shows strike on Russian airbase in Crimea": the one it dated inside Crimea)."""
    if m.date_explicit or m.date.basis in _WRITTEN_DAYS or m.place is None:
        # (a record's labelled day is written, if not in the sentence; so is a line's day:
        # "19.02 (Sun) - 14 orders. Around noon shelling of the centre")
        return None
    place = m.place

    def there(x: Mention) -> bool:
        if x.place is None:
            return False
        inside = (
            place.precision == "region"
            and not lx.DOWNED_OVER.search(m.sentence.span.text)
            and m.event_type != "interception"  # "the downing of 42 UAVs … in Cherkasy region"
            and within(x.place, place)
        )
        return x.place.key == place.key or inside

    dated = [
        g for g in groups
        if any(
            x.date_explicit and there(x) and not _older_strike_told_later(x, m)
            for x in g.mentions
        )
        and not _another_time_told(m, g)
    ]  # fmt: skip
    if len(dated) > 1 and place.precision == "region" and m.killed is None and m.injured is None:
        # "• Civilian casualties reported in Donetsk and Luhansk oblasts.": a summary of the
        # dated strikes the text tells inside the oblast, not a strike of its own
        dated = [min(dated, key=lambda g: min(x.sentence.index for x in g.mentions))]
    if len(dated) > 1 and _THE_EVENT.search(m.sentence.span.text):
        # "prosecutors identified the unit they believe fired the missile", in a piece that
        # also retells later strikes there: the event the article told first, its subject
        dated = [min(dated, key=lambda g: min(x.sentence.index for x in g.mentions))]
    return dated[0] if len(dated) == 1 and _actors_agree(dated[0], m) else None


_THE_EVENT = re.compile(
    r"\bthe\s+(?:strike|attack|missile|bombing|blast|explosion|shelling|tragedy|massacre)\b",
    re.IGNORECASE,
)


RECALLED_DAYS = 3  # an event this much older than the story's news, told after it, is recalled


def _older_strike_told_later(dated: Mention, lead: Mention) -> bool:
    """A story's lead is its news, not a reference to an older strike it recalls further on
    ("A fire at an oil depot in Belgorod …" then "On Tuesday evening, explosions at a depot
    near Belgorod")."""
    if dated.sentence.index <= lead.sentence.index or dated.date.end is None:
        return False
    if lead.place_text not in lead.sentence.span.text:
        return False  # "the stalls were already burning": a scene placed by the headline
    if lx.RETOLD_ATTACK.match(lead.sentence.span.text):
        return False  # "The Russian missile attack on … Serhiivka must be investigated": that one
    if lead.killed is not None and (lead.killed, lead.injured) == (dated.killed, dated.injured):
        return False  # "• At least 30 civilians killed and 88 injured …": a highlight, its toll
    if (
        lead.place is not None and lead.place.precision == "region" and lead.killed is None
        and lead.injured is None and not lx.STRIKE_WORDS.search(lead.sentence.span.text)
    ):  # fmt: skip
        return False  # "• Civilian casualties reported in Donetsk and Luhansk oblasts.": a summary
    return lead.date.start is not None and (lead.date.start - dated.date.end).days >= RECALLED_DAYS


def _area(m: Mention) -> tuple[str, ...]:
    """Where a mention can only merge: its country and oblast (a country-wide place: "*")."""
    p = m.place
    if p is None:
        return ("?", m.place_text.lower())
    if p.precision == "country":
        return (p.country or "?", "*")
    return (p.country or "?", p.admin1 or p.name)


def _months(w: DateWindow) -> list[tuple[int, int]] | None:
    """The calendar months a window spans; None when unknown or wider than two months."""
    if w.start is None or w.end is None or w.days > 62:
        return None
    first, last = (w.start.year, w.start.month), (w.end.year, w.end.month)
    out = [first]
    while out[-1] != last:
        y, m = out[-1]
        out.append((y + m // 12, m % 12 + 1))
    return out


class _Areas:
    """Merged groups by area and month, so a group is compared only with those it could join.

    Places merge only when one holds the other (same oblast, or a country and anything in
    it) and dates only when they overlap, so a new group needs the groups of its own oblasts
    and months, plus country-wide ones and wide windows. Keeps the merge linear in articles.
    """

    def __init__(self) -> None:
        self.groups: list[Group] = []
        self.by_key: defaultdict[tuple[object, ...], set[int]] = defaultdict(set)

    def _stored(self, g: Group) -> set[tuple[object, ...]]:
        months = _months(g.date)
        keys: set[tuple[object, ...]] = set()
        for cc, region in {_area(m) for m in g.mentions}:
            for area in ((cc, region), (cc, "any")):
                keys.add((*area, "all"))
                stamps: list[object] = list(months) if months else ["wide"]
                keys.update((*area, m) for m in stamps)
        return keys

    def _wanted(self, g: Group) -> set[tuple[object, ...]]:
        months = _months(g.date)
        keys: set[tuple[object, ...]] = set()
        for cc, region in {_area(m) for m in g.mentions}:
            areas = [(cc, "any")] if region == "*" else [(cc, region), (cc, "*")]
            for area in areas:
                if months is None:
                    keys.add((*area, "all"))
                else:
                    keys.add((*area, "wide"))
                    keys.update((*area, m) for m in months)
        return keys

    def candidates(self, g: Group) -> list[tuple[int, Group]]:
        seen: set[int] = set()
        for key in self._wanted(g):
            seen |= self.by_key.get(key, set())
        return [(i, self.groups[i]) for i in sorted(seen)]  # insertion order: as a full scan

    def add(self, g: Group) -> None:
        self.groups.append(g)
        self.index(g, len(self.groups) - 1)

    def index(self, g: Group, i: int) -> None:
        for key in self._stored(g):
            self.by_key[key].add(i)


def merge_groups(groups: list[Group], within: Within) -> list[Group]:
    """Join per-article groups that report the same event."""
    areas = _Areas()
    order = sorted(groups, key=lambda g: (not g.date.known, g.date.days))
    for g in order:
        home = next(
            (
                (i, h)
                for i, h in areas.candidates(g)
                if g.date.known and all(_fits(h, m, within, False) for m in _told(g))
            ),
            None,
        )
        if home is None:
            areas.add(Group(list(g.mentions), g.date, list(g.notes)))
        else:
            for m in g.mentions:
                _add(home[1], m)
            areas.index(home[1], home[0])
    return areas.groups


def _told(group: Group) -> list[Mention]:
    """The mentions that tell the event: a photo caption dates the photo ("Firefighters at
    the site in Dobropillia, March 8"), so it does not decide which report it joins."""
    told = [m for m in group.mentions if not m.caption]
    return told or group.mentions


def _figure(group: Group, attr: str) -> int | None:
    values = [getattr(m, attr) for m in group.mentions if getattr(m, attr) is not None]
    return max(values) if values else None


def _figures_fit(a: int | None, b: int | None) -> float:
    """+1 when two figures plausibly count the same dead; -inf when they cannot."""
    if a is None or b is None:
        return 0.0
    low, high = sorted((a, b))
    return 1.0 if high <= max(low * 2.5, low + 3) else float("-inf")


def anchor(undated: Group, dated: list[Group], within: Within) -> Group | None:
    """The dated incident an undated report most plausibly tells of, if one stands out."""
    scored = []
    for g in dated:
        if not any(same_place(a, b, within) for a in g.mentions for b in undated.mentions):
            continue
        if not all(_actors_agree(g, m) for m in undated.mentions):
            continue
        score = _figures_fit(_figure(undated, "killed"), _figure(g, "killed"))
        score += _figures_fit(_figure(undated, "injured"), _figure(g, "injured"))
        scored.append((score, g))
    scored.sort(key=lambda t: -t[0])
    if not scored or scored[0][0] < 1 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def anchor_undated(groups: list[Group], within: Within) -> list[Group]:
    """Attach undated reports to the dated incident they fit; keep the rest."""
    dated = [g for g in groups if g.date.known]
    areas = _Areas()
    for g in dated:
        areas.add(g)
    out = list(dated)
    for g in (g for g in groups if not g.date.known):
        home = anchor(g, [h for _, h in areas.candidates(g)], within)
        if home is None:
            out.append(g)
            continue
        home.mentions.extend(g.mentions)
        home.notes.append(
            f"{', '.join(sorted(g.articles))} gives no date; matched by place and figures "
            f"to the report of {', '.join(sorted(home.articles - g.articles))}"
        )
    return out
