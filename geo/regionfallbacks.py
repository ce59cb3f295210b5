"""When the region written next to a name holds no town so called.

"X, Kharkiv Oblast" with no X in Kharkiv Oblast is not yet the oblast at large: X may be a
site (Snake Island), a section of one of its cities (Saltivka), a town just across its
border (the writer slipped the oblast), or a misspelling of one of its towns. Each is tried
here, in that order, by :func:`geo.geocode.resolve`; the region is the answer only after.
"""

from __future__ import annotations

from geo.gazetteer import Gazetteer
from geo.landmarks import load_landmarks
from geo.model import Place
from geo.placenames import edits_within, normalize_name
from geo.placerank import _Context, _in_region, _regions_inside, haversine_km
from geo.translit import skeleton


def site_named(name: str, ctx: _Context) -> Place | None:
    """The named site (``geo/reference/landmarks.csv``) the whole name is a way of writing,
    in the written region if one is: "Snake Island, Ukraine" is the island, though no town
    is called so; the text's own site names are found so by the extractor too."""
    admin1s = {r.admin1 or r.name for r in ctx.regions}
    return next(
        (
            lm.place for lm in load_landmarks() if lm.pattern.fullmatch(name.strip())
            and (not admin1s or lm.place.admin1 in admin1s)
        ),
        None,
    )  # fmt: skip


def section_of(gaz: Gazetteer, name: str, ctx: _Context) -> Place | None:
    """The section of a city of the written oblast called so ("Saltivka, Kharkiv Oblast" is
    Kharkiv's district of 400,000); of two so called, the one ten times the other's size."""
    found = [
        p for r in ctx.regions if r.admin1 is not None and not r.key.startswith("raion:")
        for p in gaz.sections(name, r.admin1)
    ]  # fmt: skip
    found.sort(key=lambda p: (-p.population, p.key))
    if len(found) > 1 and found[0].population < 10 * max(found[1].population, 1):
        return None
    return found[0] if found else None


SIZEABLE = 10_000  # people: a town known beyond its oblast (or a raion's seat)
BORDER_REACH = 1.5  # region radii from its centre: a town just across the region's border


def town_across_border(scored: list[tuple[float, Place]], name: str, ctx: _Context) -> Place | None:
    """A sizeable town called exactly so, just across the written region's border, when
    nothing in the region is: "Horlivka, Luhansk Oblast" is Donetsk Oblast's city of
    240,000 (the regions meet there; a writer slipped the oblast), not Luhansk Oblast at
    large. A village far away (or a town two oblasts off) is no such slip."""
    bones = skeleton(normalize_name(name))
    found = [
        p for _, p in scored
        if p.precision == "town" and p.located and (p.seat >= 2 or p.population >= SIZEABLE)
        and skeleton(normalize_name(p.name)) == bones and _borders(p, ctx.regions)
    ]  # fmt: skip
    return max(found, key=lambda p: (p.seat, p.population)) if found else None


def _borders(place: Place, regions: tuple[Place, ...]) -> bool:
    """Within reach of the border of one of the regions: an oblast of the same country
    (a vague area such as "Donbas" has no border to slip across)."""
    assert place.lat is not None and place.lon is not None
    return any(
        r.located and r.admin1 is not None and r.admin1 != place.admin1
        and r.country == place.country and r.radius_km > 0
        and haversine_km((r.lat, r.lon), (place.lat, place.lon)) <= BORDER_REACH * r.radius_km  # type: ignore[arg-type]
        for r in regions
    )  # fmt: skip


def spelled_like(gaz: Gazetteer, name: str, ctx: _Context) -> Place | None:
    """The one town of the written region whose name is a slip from this one, if one is."""
    found: dict[str, Place] = {}
    areas = [a for r in ctx.regions for a in (r, *_regions_inside(gaz, r))]
    for region in areas:
        for p in gaz.spelled_like(name, region.admin1 or region.name):
            if _in_region(gaz, p, ctx.region_keys):
                found[p.key] = p
    key = normalize_name(name)
    ranked = sorted(found.values(), key=lambda p: (_slips(key, p), -p.seat, -p.population, p.key))
    # Two villages one slip away: no guess (the region is the honest answer).
    if len(ranked) == 1 or (len(ranked) > 1 and _outranks(key, ranked[0], ranked[1])):
        return ranked[0]
    return None


SLIP_TOWN = 5_000  # people: a town this size, ten times its rival, is the slip meant


def _slips(key: str, place: Place) -> int:
    """Typing slips between the written key and a place's own name (0–2; 3 when farther:
    the place was found by one of its other names or by its skeleton)."""
    own = normalize_name(place.name)
    return next((n for n in range(3) if edits_within(key, own, n)), 3)


def _outranks(key: str, first: Place, second: Place) -> bool:
    """The first of two places a misspelling may mean is plainly the one: nearer to what was
    written ("Shahktarsk" is one swap from Shakhtarsk, two from Shakhtarske), a higher seat,
    or a town ten times the size of a village ("Marianka": Marinka of 9,000, not a hamlet)."""
    a, b = _slips(key, first), _slips(key, second)
    if a != b:
        return a < b
    if first.seat != second.seat:
        return first.seat > second.seat
    return first.population >= max(SLIP_TOWN, 10 * second.population)
