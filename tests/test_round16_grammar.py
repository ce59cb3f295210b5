"""Rules of language and geography from the sixteenth round (issue 12, session 20).

Each test is our own sentence of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

from geo.articles import make_article
from geo.pipeline import extract_incidents
from geo.placephrase import find_places
from geo.places import default_resolver
from geo.story import entry_name


def incidents(text: str) -> list:
    return extract_incidents([make_article("t.txt", text)], default_resolver())


def at(found: list, town: str) -> list:
    return [i for i in found if i.place is not None and i.place.name.startswith(town)]


def test_a_city_in_a_list_of_cities_is_not_qualified_by_the_next_one() -> None:
    # GeoNames has a hamlet called Lviv in Dnipropetrovsk oblast: "Lviv, Dnipro" is a list
    found = find_places("Missiles strike Kyiv, Lviv, Dnipro after the blast", default_resolver())
    [lviv] = [p for p in found if p.text == "Lviv"]
    assert lviv.place is not None and lviv.place.admin1 == "Lviv Oblast"
    # a region's own name after a city still qualifies it (the namesake village there)
    [village] = find_places("Kamianske, Zaporizhzhia", default_resolver())
    assert village.place is not None and village.place.admin1 == "Zaporizhzhia Oblast"


def test_an_event_another_is_measured_from_is_its_own_incident_with_its_own_day() -> None:
    found = incidents(
        " date 2025-04-25 Strikes\n"
        "Russian missiles hit Odesa overnight, killing four people, officials said on Thursday."
        "\n\nThe strike on Odesa came a day after a Russian drone hit a minibus in the town of "
        "Nikopol in the Dnipropetrovsk region on Wednesday morning, killing three people."
    )
    [odesa], [nikopol] = at(found, "Odes"), at(found, "Nikopol")
    assert nikopol.date.start == nikopol.date.end == date(2025, 4, 23)
    assert nikopol.killed == 3 and odesa.killed == 4
    assert odesa.date.end >= date(2025, 4, 24)


def test_a_strike_measured_from_talks_stays_one_incident() -> None:
    found = incidents(
        " date 2022-03-29 Strike\n"
        "A missile hit the regional administration in Mykolaiv on Tuesday, killing 12.\n\n"
        "The strike on Mykolaiv came hours before Russia promised to reduce activity around "
        "Kyiv."
    )
    assert [i.place.name for i in found] == ["Mykolayiv"]


def test_a_community_heading_without_a_colon_heads_its_entry() -> None:
    entry = entry_name("Sumy city community", default_resolver(), ("Sumy",))
    assert entry is not None and entry.place is not None and entry.place.name == "Sumy"
    found = incidents(
        " date 2024-10-21 Sumy region: a day of shelling, community by community\n"
        "Over the past day, Russian forces fired at 20 settlements of the Sumy region.\n\n"
        "Sumy city community\n"
        "Russian artillery hit residential areas in the Zarichnyi district. A man was killed.\n\n"
        "Krasnopillia community\n"
        "A drone dropped an explosive on a shop in Krasnopillia. Two women were wounded."
    )
    [sumy] = at(found, "Sumy")
    assert sumy.place.precision == "town" and sumy.killed == 1
