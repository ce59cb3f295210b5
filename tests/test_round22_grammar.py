"""Rules of language from the twenty-second round (issue 12, session 26): factboxes and
timelines that title each entry with its day, a wire's "the eastern city", and where the hurt
were taken.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents


def _factbox(heading: str) -> str:
    return (
        " date 2024-03-10 FACTBOX-Strikes on railway hubs\n"
        "FACTBOX-Strikes on railway hubs\n\n"
        "March 10 - Here are some of the strikes on Ukrainian railway stations:\n\n"
        f"{heading}\n"
        "- A Russian missile hit the station in the city of Pokrovsk, killing 4 people.\n\n"
        "LOZOVA JUNCTION, Oct. 2, 2023\n"
        "- Russian drones struck the depot in Lozova, wounding two railway workers.\n"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "POKROVSK STATION, Aug. 7, 2023",
        "Pokrovsk station, 7 August 2023",
        "Pokrovsk and Myrnohrad — August 7, 2023",
    ],
)
def test_a_factbox_entry_titled_with_its_day_is_that_days(heading: str) -> None:
    found = incidents(_factbox(heading))
    assert days(at(found, "Pokrovsk")) == [(date(2023, 8, 7), date(2023, 8, 7))]
    assert days(at(found, "Lozova")) == [(date(2023, 10, 2), date(2023, 10, 2))]


def test_a_titled_heading_told_by_a_relative_day_opens_no_section() -> None:
    # "Shebekino, the same day" is the day the notes told just before, not a dated title
    text = (
        " date 2024-05-14 notes\n"
        "Notes on the border towns for the brief.\n\n"
        "Belgorod, Sunday 12 May\n"
        "- A Ukrainian rocket hit a house in Belgorod; one injured.\n\n"
        "Shebekino, the same day\n"
        "- A drone dropped an explosive on a car in Shebekino; the driver was killed.\n"
    )
    (shebekino,) = at(incidents(text), "Shebekino")
    assert days([shebekino]) == [(date(2024, 5, 12), date(2024, 5, 12))]


def test_a_factboxs_lead_day_with_a_dash_is_its_dateline() -> None:
    text = (
        " date 2023-10-06 FACTBOX-Deadly strikes\n"
        "Oct 6 - A Russian missile strike on a shop in the village of Hroza in Ukraine's"
        " Kharkiv region killed at least 50 people on Thursday.\n"
    )
    (hroza,) = at(incidents(text), "Hroza")
    assert days([hroza]) == [(date(2023, 10, 5), date(2023, 10, 5))]


def test_a_timelines_day_with_a_dash_still_dates_its_entry() -> None:
    text = (
        " date 2023-10-06 Timeline\n"
        "Key strikes of the year:\n"
        "March 16 - A Russian air strike destroyed the theatre in Mariupol.\n"
    )
    (mariupol,) = at(incidents(text), "Mariupol")
    assert days([mariupol])[0][0] == date(2023, 3, 16)


@pytest.mark.parametrize("epithet", ["eastern", "southern port", "front-line", "besieged"])
def test_a_wires_city_with_an_epithet_is_the_town_just_named(epithet: str) -> None:
    text = (
        " date 2024-02-03 Strikes on stations\n"
        "Feb 3 - Railway stations have been hit again and again this winter.\n\n"
        "KRAMATORSK RAILWAY STATION, Feb. 1, 2024\n"
        f"- A Russian missile hit the station in the {epithet} city as people waited for a"
        " train. Five people were killed.\n\n"
        "LOZOVA JUNCTION, Jan. 20, 2024\n"
        "- Russian drones struck the depot in Lozova, wounding two railway workers.\n"
    )
    (kramatorsk,) = at(incidents(text), "Kramatorsk")
    assert days([kramatorsk]) == [(date(2024, 2, 1), date(2024, 2, 1))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The injured were taken to hospital, two of them to the regional hospital in Lutsk.",
        "Some of the wounded were taken to hospitals in Lutsk.",
    ],
)
def test_the_hospital_the_hurt_were_taken_to_is_no_strike(sentence: str) -> None:
    text = (
        " date 2023-05-02 Shelling\n"
        "On 1 May 2023, Russian forces shelled Kivertsi, injuring 7 people. "
        f"Six houses were damaged. {sentence}\n"
    )
    found = incidents(text)
    assert at(found, "Kivertsi")
    assert not at(found, "Lutsk")


def test_a_town_said_again_as_struck_is_the_town_its_official_heads() -> None:
    text = (
        " date 2022-09-06 Shelling\n"
        "On 4 September 2022, the Russian-appointed head of Vasylivka (Vasylivka raion, Zaporizhzhia oblast)"
        " accused Ukrainian forces of shelling the town, reporting that a girl was killed.\n"
    )
    (town,) = at(incidents(text), "Vasylivka")
    assert town.actor == "Ukraine"


def test_a_town_said_again_but_not_as_struck_is_no_target() -> None:
    text = (
        " date 2024-09-18 Arsenal\n"
        "Overnight, drones attacked the arsenal on the edge of Toropets. The Tver governor"
        " said debris fell and announced a partial evacuation of the town; thirteen people"
        " sought medical help with minor injuries.\n"
    )
    found = incidents(text)
    assert at(found, "Toropets")
    assert not at(found, "Tver")


@pytest.mark.parametrize(
    ("title", "body", "town", "city"),
    [
        (
            "ACLED | Russia | Shelling | Kursk",
            "On 3 June 2022, Ukrainian forces shelled Tyotkino (Glushkovskiy raion, Kursk, Russia),"
            " killing a driver. Fatalities: 1.",
            "Tëtkino",
            "Kursk",
        ),
        (
            "Shelling | Dnipropetrovsk",
            "On 3 June 2022, Russian forces struck Nikopol (Nikopol raion, Dnipropetrovsk oblast)"
            " with artillery. Fatalities: 1.",
            "Nikopol",
            "Dnipro",
        ),
    ],
)
def test_a_titles_name_the_story_uses_as_a_region_is_no_city(
    title: str, body: str, town: str, city: str
) -> None:
    found = incidents(f" date 2022-06-04 {title}\n{body}\n")
    assert at(found, town)
    assert not at(found, city)


def test_a_title_city_the_story_also_tells_of_stays() -> None:
    text = (
        " date 2022-06-04 Shelling | Kharkiv\n"
        "On 3 June 2022, Russian forces shelled Kharkiv and Derhachi (Kharkiv oblast),"
        " killing two people.\n"
    )
    found = incidents(text)
    assert at(found, "Kharkiv") and at(found, "Derhachi")


def _call_log(day2_line: str) -> str:
    return (
        " date 2022-11-20 call log, fire crew, Mykolaiv 18-20.11\n"
        "CALL LOG - crew B (paper copied to phone)\n\n"
        "18.11 fri\n"
        "09:10 call: Bereznehuvate, russian shelling, roof of a barn burning. 1 WIA.\n"
        "12:15 back to base, crew shaking, pause\n"
        "evening: OVA says 2 dead in Mykolaiv today.\n\n"
        "19.11 sat\n"
        f"{day2_line}\n"
    )


def test_a_notes_lower_case_weekday_after_its_day_heads_a_section() -> None:
    found = incidents(_call_log("07:50 quiet"))
    assert days(at(found, "Bereznehuvate")) == [(date(2022, 11, 18), date(2022, 11, 18))]


def test_a_clocked_line_without_a_stop_is_no_new_topic() -> None:
    # "12:15 back to base, crew shaking, pause" keeps the day; "today" after it is the 18th
    (mykolaiv,) = at(incidents(_call_log("07:50 quiet")), "Mykola")
    assert days([mykolaiv]) == [(date(2022, 11, 18), date(2022, 11, 18))]


def test_a_notes_place_put_after_its_event_is_struck() -> None:
    found = incidents(_call_log("07:50 russians shelling again, Ochakiv, port area. 1 WIA"))
    assert days(at(found, "Ochakiv")) == [(date(2022, 11, 19), date(2022, 11, 19))]


@pytest.mark.parametrize(
    "line",
    [
        "the russian missile hit the 5-storey building on Shevchenka, 3 WIA",
        "heavy incoming in the center, Svobody sq / market area, 3 WIA",
        "russian missile hit the block, cars burning on Pushkina, 3 WIA",
    ],
)
def test_a_street_a_note_abbreviates_is_no_village(line: str) -> None:
    text = f" date 2023-08-08 notes\n07.08 mon\n19:15 Pokrovsk: {line}.\n"
    found = incidents(text)
    assert at(found, "Pokrovsk")
    assert all(i.place.name.startswith("Pokrovsk") for i in found if i.place)


def test_a_ministrys_word_day_that_its_army_had_struck_is_not_the_strikes_day() -> None:
    text = (
        " date 2023-12-31 Kharkiv\n"
        "On Saturday evening, explosions were reported in Kharkiv. On Sunday, Russia's Defense"
        ' Ministry said the army had carried out "a strike with high-precision weapons on'
        ' decision-making centers in Kharkov". Kharkiv officials said 28 people were injured.\n'
    )
    assert days(at(incidents(text), "Kharkiv")) == [(date(2023, 12, 30), date(2023, 12, 30))]


def test_a_drafts_file_ruled_entries_are_each_their_days() -> None:
    text = (
        " date 2024-08-22 drafts - council pages - 20-22.08\n"
        "DRAFTS for posting. approve w/ press sec. before posting!!\n\n"
        "--- [20.08, posted 21:40] ---\n"
        "Myrove hromada: this afternoon the enemy attacked with a kamikaze drone, a barn burned.\n\n"
        "--- [21.08 draft 2 - POSTED 19:55] ---\n"
        "Marhanets: around 17:00 a russian FPV drone hit a car, the driver was wounded.\n\n"
        "=== [22.08 draft 1 - 08:20] ===\n"
        "Nikopol, morning: russian artillery hit a shop in the centre. 2 injured.\n"
    )
    found = incidents(text)
    assert days(at(found, "Marhanets")) == [(date(2024, 8, 21), date(2024, 8, 21))]
    assert days(at(found, "Nikopol")) == [(date(2024, 8, 22), date(2024, 8, 22))]


def test_a_notebooks_day_written_twice_and_its_trailing_town() -> None:
    text = (
        " date 2022-10-09 notebook - for desk - sun\n"
        "notebook / stringer, raw for the desk + fact box\n\n"
        "THU 6/10\n"
        "- ~05:00 russian missiles hit multi-storey bldgs, Zaporizhzhia. one block half"
        " collapsed\n\n"
        "FRI 7/10\n"
        "- nothing big in city\n\n"
        "SUN 9/10 (today)\n"
        "- ~03:00 new russian S-300 strike on Vilniansk, a 9-storey block partly destroyed\n"
    )
    found = incidents(text)
    assert days(at(found, "Zaporizh")) == [(date(2022, 10, 6), date(2022, 10, 6))]
    assert days(at(found, "Viln")) == [(date(2022, 10, 9), date(2022, 10, 9))]


def test_a_place_closing_a_speakers_clause_is_not_struck() -> None:
    text = (
        " date 2023-03-02 Strikes\n"
        "Russian missiles hit power plants in Vinnytsia overnight, Ukrainian officials in"
        " Lviv said.\n"
    )
    found = incidents(text)
    assert at(found, "Vinnyts")
    assert not at(found, "Lviv")


def test_another_towns_facilities_do_not_name_a_site_after_this_town() -> None:
    text = (
        " date 2023-01-21 A week on\n"
        "On that day, Russian missiles hit critical infrastructure in Kyiv and energy facilities"
        " in Kharkiv.\n"
    )
    found = incidents(text)
    assert at(found, "Kyiv") and at(found, "Kharkiv")


def test_that_weekday_is_the_weekday_the_story_tells() -> None:
    text = (
        " date 2023-01-21 A week after the strike\n"
        "On Friday, rescuers ended the search at the building in Dnipro that was split by a"
        " Russian missile last Saturday, January 14. Earlier that Saturday, Russian missiles had"
        " hit energy facilities in Kharkiv.\n"
    )
    assert days(at(incidents(text), "Kharkiv")) == [(date(2023, 1, 14), date(2023, 1, 14))]


def test_outlets_identifying_a_regions_base_place_it_there() -> None:
    text = (
        " date 2023-08-20 Strikes\n"
        "Russia's Defense Ministry said Saturday that a Ukrainian drone had attacked a military"
        " airfield in the Pskov region and that a fire broke out. Independent Russian outlets"
        " identified the base as Ostrov.\n"
    )
    found = incidents(text)
    assert at(found, "Ostrov")
    assert not [i for i in found if i.place and i.place.precision == "region"]


def test_damage_to_a_hospital_in_a_town_is_a_strike_there() -> None:
    text = (
        " date 2022-03-30 Shelling marks\n"
        "Shelling marks and damages to the hospital in Trostianets', Sums'ka oblast, Ukraine.\n"
    )
    assert at(incidents(text), "Trostyanets")


def test_a_capitalised_regional_administration_is_the_regions() -> None:
    text = (
        " date 2023-04-28 Uman\n"
        "A Russian missile hit a residential building in Uman, Cherkasy region, early on Friday."
        " Head of Cherkasy Regional Military Administration Ihor Taburets said 17 injured"
        " residents had been hospitalized.\n"
    )
    found = incidents(text)
    assert at(found, "Uman")
    assert not at(found, "Cherkasy")
