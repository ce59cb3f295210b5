"""Pure tests of the extractor's pieces: place roles, actors, attribution, figures, merging."""

from __future__ import annotations

from datetime import date

import pytest

from geo.articles import make_article
from geo.extract import find_actor, find_figure, find_places, find_weapon
from geo.lexicon import INJURED, KILLED
from geo.pipeline import extract_incidents
from geo.places import default_resolver


@pytest.fixture(scope="module")
def gaz():
    return default_resolver()


def roles(text: str, gaz) -> dict[str, str]:
    return {p.text: p.role for p in find_places(text, gaz)}


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        ("Russian missiles struck Kharkiv on Monday.", "Kharkiv", "target"),
        ("A drone hit a house in the village of Zolochiv.", "Zolochiv", "target"),
        ("Drones were shot down over the Kursk region.", "Kursk region", "target"),
        ("Belgorod lies just across the border from Kharkiv.", "Kharkiv", "context"),
        ("Peskov told reporters in Moscow that the strike was terrorism.", "Moscow", "context"),
        ("MOSCOW (Reuters) - Drones attacked Bryansk overnight.", "MOSCOW", "context"),
        ("Kyiv does not usually comment on such attacks.", "Kyiv", "context"),
        ("The governor of Belgorod said two were hurt.", "Belgorod", "weak"),
        ("missiles fired from Ukraine hit the city", "Ukraine", "context"),
        ("the fleet, which is headquartered in Sevastopol, was hit", "Sevastopol", "context"),
        (
            "residents were relocated to shelters in Stary Oskol after the attack",
            "Stary Oskol",
            None,
        ),
        ("a town upstream on the Dnipro was shelled", "Dnipro", "context"),
    ],
)
def test_place_roles(text: str, place: str, role: str | None, gaz) -> None:
    found = roles(text, gaz)
    if role is None:
        return  # dropped by the non-event clause rule later; just must not crash
    assert found.get(place) == role, found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ukrainian shelling hit Kharkov and Zaporozhye.", {"Kharkov", "Zaporozhye"}),
        ("Strikes on residential areas of Belgorod and Kursk.", {"Belgorod", "Kursk"}),
        ("The ousted mayor of Melitopol, Ivan Fedorov, said it.", {"Melitopol"}),
        ("Rescuers in Kramatorsk, Donbas, searched the rubble.", {"Kramatorsk"}),
    ],
)
def test_places_found_and_qualifiers_dropped(text: str, names: set[str], gaz) -> None:
    assert {p.text for p in find_places(text, gaz)} == names


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Russia has accused Ukraine of firing missiles at Belgorod.", "Ukraine"),
        ("Russian forces fired a Tochka-U missile at Kramatorsk.", "Russia"),
        ("a shopping mall hit by a Russian missile in Sloviansk", "Russia"),
        ("the Kyiv regime carried out a deliberate strike", "Ukraine"),
        ("three missiles were fired from Ukraine, killing three", "Ukraine"),
        ("a missile attack on a Russian army base near Melitopol", None),
        ("On Dec. 5, Russia said Ukrainian drones struck Engels.", "Ukraine"),
        ("Two Ukrainian helicopters blew up a fuel depot.", "Ukraine"),
    ],
)
def test_actor(text: str, actor: str | None) -> None:
    assert find_actor(text)[0] == actor


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("At least 59 people were killed and 110 injured.", 59, 110),
        ("killing at least three civilians", 3, None),
        ("resulting in the deaths of over a dozen individuals and injuring 111 others", 12, 111),
        ("resulted in 25 deaths and over 100 injuries", 25, 100),
        ("there is information about three dead", 3, None),
        ("11 apartment buildings and 39 houses were damaged", None, None),
        ("Four people have been wounded in the shelling", None, 4),
        ("the death toll rose to 20", 20, None),
    ],
)
def test_figures(text: str, killed: int | None, injured: int | None) -> None:
    assert find_figure(text, KILLED) == killed
    assert find_figure(text, INJURED) == injured


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("a strike with Tochka-U ballistic missiles with cluster munitions and drones",
         "Tochka-U ballistic missiles with cluster munitions"),
        ("shells fired from Czech RM-70 Vampire multiple launch rocket systems (MLRS)",
         "RM-70 Vampire multiple launch rocket systems"),
        ("two Ukrainian helicopters blew up a depot", "two Ukrainian helicopters"),
        ("nothing to see", None),
    ],
)  # fmt: skip
def test_weapon(text: str, weapon: str | None) -> None:
    assert find_weapon(text) == weapon


def incidents(*texts: str, gaz):
    arts = [make_article(f"{i:03d}.txt", t) for i, t in enumerate(texts)]
    return extract_incidents(arts, gaz)


def test_two_outlets_one_event_keeps_both_figures(gaz) -> None:
    (inc,) = incidents(
        " date 2023-10-11 Russian missiles struck an apartment block in Zaporizhzhia on "
        "Tuesday night, killing two people.",
        " date 2023-10-11 THREE people were killed when Russian rockets hit Zaporozhye late "
        "yesterday, officials said.",
        gaz=gaz,
    )
    assert inc.place and inc.place.country == "UA"
    assert inc.date.start == date(2023, 10, 10)
    assert sorted(s.killed for s in inc.sources) == [2, 3]
    assert inc.killed == 3
    assert any("sources differ on killed" in n for n in inc.notes)


def test_same_town_different_months_stay_separate(gaz) -> None:
    found = incidents(
        " date 2022-07-05 In April, helicopters blew up a fuel depot in Belgorod. "
        "On July 3, missiles hit residential areas in Belgorod, killing three.",
        gaz=gaz,
    )
    assert sorted(str(i.date.start) for i in found) == ["2022-04-01", "2022-07-03"]


@pytest.mark.parametrize(
    ("sentence", "attribution"),
    [
        ("Russia has accused Ukraine of shelling Shebekino on Monday.", "alleged"),
        ("Ukraine claimed responsibility for a drone attack on Kursk on Monday.", "claimed"),
        ("Russian forces shelled Kherson on Monday, killing two.", "stated"),
        ("Russian officials said Ukrainian drones attacked Bryansk on Monday.", "alleged"),
    ],
)
def test_attribution(sentence: str, attribution: str, gaz) -> None:
    (inc,) = incidents(" date 2024-03-05 " + sentence, gaz=gaz)
    assert inc.attribution == attribution


def test_unknown_village_is_kept_unlocated(gaz) -> None:
    (inc,) = incidents(
        " date 2024-05-02 Russian forces shelled the village of Zzyzxivka, killing two people.",
        gaz=gaz,
    )
    assert inc.place is None and inc.place_text == "Zzyzxivka"
    assert inc.killed == 2


def test_context_only_article_has_no_incident(gaz) -> None:
    assert not incidents(
        " date 2024-05-02 Ministers met in Kyiv and Warsaw to discuss air defence deliveries "
        "for Kharkiv and the annexation of Kherson.",
        gaz=gaz,
    )


def test_excerpt_offsets_point_into_the_raw_text(gaz) -> None:
    text = "Advertisement\n\n date 2023-01-02 Drones hit Kharkiv on Sunday, injuring 4 people."
    art = make_article("a.txt", text)
    (inc,) = extract_incidents([art], gaz)
    for s in inc.sources:
        assert text[s.start : s.end] == s.excerpt


class _Answer:
    def __init__(self, lat: float, lon: float) -> None:
        self.latitude, self.longitude = lat, lon
        self.address = "Somewhere"
        self.raw = {"osm_type": "node", "osm_id": 7, "type": "village", "lat": lat, "lon": lon,
                    "address": {"country_code": "ua"}}  # fmt: skip


class _FakeNominatim:
    def __init__(self, answer: _Answer | None) -> None:
        self.answer, self.queries = answer, []

    def geocode(self, query: str, exactly_one: bool = True, **kwargs):
        self.queries.append(query)
        return self.answer


@pytest.mark.parametrize(
    ("answer", "located_near_answer"),
    [
        (_Answer(49.7, 36.4), True),  # inside the Kharkiv region: taken
        (_Answer(40.0, -3.7), False),  # a namesake in Spain: refused, region kept
    ],
)
def test_online_geocoder_is_asked_for_unknown_names_only(tmp_path, answer, located_near_answer):
    from geo.onlinegeocoder import OnlineGeocoder
    from geo.places import GazetteerResolver, default_resolver

    fake = _FakeNominatim(answer)
    online = OnlineGeocoder(fake, tmp_path / "answers.json", min_delay_seconds=0)
    resolver = GazetteerResolver(default_resolver().gaz, online=online)
    (inc,) = incidents(
        " date 2024-05-02 Russian forces shelled the village of Zzyzxivka in the Kharkiv "
        "region on Monday.",
        gaz=resolver,
    )
    assert fake.queries == ["Zzyzxivka, Kharkiv Oblast"]
    assert inc.place is not None
    assert (abs(inc.place.lat - answer.latitude) < 0.01) == located_near_answer
    if not located_near_answer:
        assert inc.place.precision == "region" and "Zzyzxivka" in inc.place.name


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Drones struck the Zaporizhzhia nuclear power plant in Enerhodar on Sunday.",
         "Zaporizhzhia Nuclear Power Plant"),
        ("Ukraine struck the Crimean Bridge early on Monday with sea drones.", "Crimean Bridge (Kerch)"),
        ("A Russian strike damaged the Dnipro hydroelectric plant on Friday.",
         "Dnipro Hydroelectric Station (Zaporizhzhia)"),
    ],
)  # fmt: skip
def test_sites_are_not_their_towns(sentence: str, place: str, gaz) -> None:
    (inc,) = incidents(" date 2024-04-08 " + sentence, gaz=gaz)
    assert inc.place is not None and inc.place.name == place


def test_listed_regions_all_count(gaz) -> None:
    found = incidents(
        " date 2024-06-02 Air defences shot down 35 drones over the Kyiv, Odesa and Cherkasy "
        "regions overnight, Ukraine's air force said.",
        gaz=gaz,
    )
    assert sorted(i.place.name for i in found if i.place) == [
        "Cherkasy Oblast", "Kyiv Oblast", "Odesa Oblast",
    ]  # fmt: skip
    assert {i.event_type for i in found} == {"interception"}
