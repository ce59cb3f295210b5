"""Rules of the thirty-seventh round (issue 12, session 41): working notes, coding lists, forum
threads and saved pages that date, place or side a strike in ways not read before.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo import lexicon as lx
from geo.attribution import find_figure
from geo.dates import find_dates
from geo.placephrase import find_places
from geo.places import default_resolver

REF = date(2023, 11, 20)


def _places(text: str, hints: tuple[str, ...] = ()) -> list[tuple[str, str, str | None]]:
    found = find_places(text, default_resolver(), hints)
    return [(p.text, p.role, p.place.name if p.place else None) for p in found]


def test_a_day_line_with_its_keeper_in_brackets_heads_its_lines() -> None:
    found = incidents(
        " date 2022-05-16 Quarry shift log, Chernihiv\n"
        "Shift log, sand quarry on the Kyiv road, Chernihiv. The watchmen wrote during the siege.\n"
        "\n"
        "Thu 03.03 (watchman Petro)\n"
        "No transport. Around noon russian planes dropped bombs on the houses by the school.\n"
        "\n"
        "Fri 11.03 (foreman)\n"
        "Bombs on the centre again, the stadium hit. The office is fine.\n"
        "\n"
        "Mon 16.05\n"
        "Output 40 tonnes. Lorries from Kozelets.\n"
    )
    assert sorted(days(at(found, "Cherni"))) == [
        (date(2022, 3, 3), date(2022, 3, 3)),
        (date(2022, 3, 11), date(2022, 3, 11)),
    ]


def test_a_receipt_code_before_the_day_heads_its_entry() -> None:
    found = incidents(
        " date 2023-10-23 Watch repair receipts, Kharkiv\n"
        "Repair receipts, watch workshop, Kharkiv. R- = receipt number.\n"
        "\n"
        "R-0207 Fri 17.02\n"
        "Strap change. Customer from Kupiansk says the russians shelled Kupiansk today, "
        "a man was killed.\n"
        "\n"
        "R-0301 Mon 23.10\n"
        "Battery. Paid.\n"
    )
    assert days(at(found, "Kup")) == [(date(2023, 2, 17), date(2023, 2, 17))]


@pytest.mark.parametrize(
    "text",
    [
        "last night around 22:30 a russian missile into the hostel",
        "Late evening russian ballistic missiles again, this time the depot",
        "This morning something hit the big police building on the corner",
    ],
)
def test_a_weapon_or_something_at_a_target_tells_a_strike(text: str) -> None:
    assert lx.TRIGGER.search(text) or lx.STRIKE_WORDS.search(text)


def test_a_table_cell_naming_a_district_of_the_logs_town_is_that_town() -> None:
    found = incidents(
        " date 2022-09-19 Tyre shop queue book, Kharkiv\n"
        "Tyre fitting, Kharkiv, Klochkivska St. Queue book. Format: No. | time | car | job | note.\n"
        "\n"
        "Tue 30.08\n"
        "Q-451 | 09:15 | Sprinter | 4 tyres | paid\n"
        "Q-452 | 12:50 | Niva | valve | shelling in Shevchenkivskyi district at lunchtime, "
        "dead and wounded by the park\n"
        "Q-453 | 16:30 | Aveo | cancelled | -\n"
        "\n"
        "Wed 31.08\n"
        "Q-454 | 10:00 | Lanos | balance | paid\n"
    )
    assert [i.place.name for i in found] == ["Kharkiv"]


def test_a_name_in_a_city_district_in_brackets_is_the_city_of_the_region_told() -> None:
    found = _places(
        "Client on Zelenyi Yar (Shevchenkivskyi district) - her windows are gone.",
        ("Zaporizhzhia Oblast",),
    )
    assert found[0][2] == "Zaporizhzhya"


def test_a_raion_named_by_its_seat_in_brackets_is_no_city_district() -> None:
    found = _places("Vil. Kurakhivka (Pokrovsk r-n) same salvo: 2 WIA.")
    assert found[0][2] is not None and found[0][2].startswith("Kurakh")


def test_a_river_or_a_sites_name_is_no_place_of_a_logs_line() -> None:
    found = incidents(
        " date 2022-07-18 Canoe club log, Dnipro\n"
        "Training log, canoe club, Dnipro (boathouse on the left bank).\n"
        "\n"
        "Wed 04.05\n"
        "Evening session stopped at 19:30: the russians fired missiles at the bridges over the "
        "Dnipro, smoke by the Amur bridge.\n"
        "\n"
        "Mon 18.07\n"
        "Water 24 C. 11 kids.\n"
    )
    assert [(i.place.name, i.date.start) for i in found] == [("Dnipro", date(2022, 5, 4))]


def test_what_a_patient_says_of_home_is_of_their_town() -> None:
    found = incidents(
        " date 2024-09-09 Orthotics fitting log, Lviv\n"
        "Fitting log, orthotics workshop, Lviv.\n"
        "\n"
        "Wed 04.09\n"
        "- P-0421 A.R. (Kryvyi Rih), insoles - came at 14:00. Says at home the same morning a "
        "russian missile hit the centre, a hotel damaged, 5 injured.\n"
        "- Glue delivery late.\n"
    )
    assert [i.place.name for i in found] == ["Kryvyy Rih"]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A woman of about sixty was killed, and five people were injured.", 1, 5),
        ("Sadovyi wrote 7 killed, and 64 people came to the hospitals.", 7, 64),
    ],
)
def test_an_age_in_words_and_those_who_came_to_hospital(
    text: str, killed: int, injured: int
) -> None:
    assert find_figure(text, lx.KILLED) == killed
    assert find_figure(text, lx.INJURED) == injured


def test_a_capitals_body_that_boasts_is_no_target() -> None:
    found = _places("The same day their intelligence in Kiev boasted that they had hit a ship.")
    assert found == [("Kiev", "context", "Kyiv")]


def test_the_occupation_authorities_of_a_town_speak_of_their_own_town() -> None:
    found = _places(
        "The occupation authorities in Nova Kakhovka said Ukrainian shelling hit a substation."
    )
    assert found[0][1] != "context"


def test_a_resort_area_near_a_city_is_not_the_city() -> None:
    found = _places("Russian missiles slammed into a resort area near the port of Odesa overnight.")
    assert all(role == "context" for _, role, _ in found)


def test_a_distance_written_places_a_namesake_that_far() -> None:
    found = _places(
        "The strikes on Serhiivka, a village about 30 miles (50 kilometers) southwest of Odesa, "
        "came a day after the withdrawal.",
        ("Luhansk",),
    )
    serhiivka = next(
        p
        for p in find_places(
            "The strikes on Serhiivka, a village about 30 miles (50 kilometers) southwest of Odesa, "
            "came a day after the withdrawal.",
            default_resolver(),
            ("Luhansk",),
        )
        if p.text == "Serhiivka"
    )
    assert found and serhiivka.place is not None and serhiivka.place.admin1 == "Odesa Oblast"


def test_the_citys_building_is_the_town_its_paragraph_named() -> None:
    found = incidents(
        " date 2022-07-01 Fighting in the east\n"
        "In the east, Russian forces pressed their offensive on Lysychansk. On Thursday, "
        "Russian shelling destroyed the city's police headquarters, the governor said.\n"
    )
    assert [i.place.name for i in found] == ["Lysychansk"]


def test_a_forum_posts_header_dates_its_lines() -> None:
    found = incidents(
        " date 2023-06-02 Check-in thread\n"
        "Check-in thread - night attacks\n"
        "Post by anna_k » Sun 28 May 2023, 09:14\n"
        "Loud night in Podil. The city says 40 Russian drones were shot down over Kyiv.\n"
        "Post by oleh_t » Thu 01 Jun 2023, 08:40\n"
        "Update: Russian missiles this morning, the debris killed three people in Dnipro.\n"
    )
    assert days(at(found, "Kyiv")) == [(date(2023, 5, 27), date(2023, 5, 28))]
    assert days(at(found, "Dnipro")) == [(date(2023, 6, 1), date(2023, 6, 1))]


def test_a_district_by_its_bare_name_is_the_city_the_text_names() -> None:
    found = incidents(
        " date 2023-05-30 Notes\n"
        "Kyiv notes\n"
        "Again. The night to Tuesday was Russian drones only. Debris hit a high-rise in "
        "Holosiivskyi - top floors burning.\n"
    )
    assert [i.place.name for i in found] == ["Kyiv"]


def test_the_site_of_the_strike_told_goes_on_with_it() -> None:
    assert lx.RETOLD_OBJECT.search(
        "The search and rescue operation at the site of the strike in Poltava has been completed."
    )


def test_the_destroyed_building_tells_no_strike() -> None:
    assert not lx.STRIKE_WORDS.search("An aid point for residents of the destroyed building.")
    assert lx.STRIKE_WORDS.search("A missile destroyed the building.")


def test_a_district_named_after_a_town_inside_its_city_is_that_town() -> None:
    found = _places("Fire at an oil depot in the Adler district of Sochi after a drone attack.")
    assert [name for _, _, name in found] == ["Adler"]
    assert [name for _, _, name in _places("A shell hit the Kievsky district of Donetsk.")] == [
        "Donetsk"
    ]


def test_a_coding_lists_dated_rows_and_their_tags() -> None:
    found = incidents(
        " date 2022-07-11 Desk list for coding\n"
        "List for coding. Tags: #strike = code | #no = do not code | #dup = already in list.\n"
        "\n"
        "1. 28.04.2022 - Kharkiv: Russian shelling damaged a university building. #strike\n"
        "2. 30.04.2022 - Tsyrkuny (Kharkivskyi raion): two days after the village was retaken, "
        "Russian artillery hit the church. #strike\n"
        "3. 06.05.2022 - Kharkiv: video of the Tsyrkuny strike re-posted by a channel. #dup (of 2)\n"
        "4. 24.05.2022 - Izium axis: heavy fighting south of Izium. #no (ground battle)\n"
    )
    assert sorted((i.place.name[:5], i.date.start) for i in found) == [
        ("Khark", date(2022, 4, 28)),
        ("Tsyrk", date(2022, 4, 30)),
    ]


def test_a_summary_lines_unit_label_frames_its_names() -> None:
    found = _places(
        "- Wed 23 Oct, Kharkivskyi raion: at night Russian forces struck the village of Lisne."
    )
    lisne = next(
        p
        for p in find_places(
            "- Wed 23 Oct, Kharkivskyi raion: at night Russian forces struck the village of Lisne.",
            default_resolver(),
        )
        if p.text == "Lisne"
    )
    assert found and lisne.place is not None and lisne.place.admin1 == "Kharkiv Oblast"


def test_a_lists_same_night_is_the_night_told_before() -> None:
    assert [d.text for d in find_dates("- LATE, same night, Russia: drones hit a plant.", REF)] == [
        "same night"
    ]


def test_a_settlement_on_a_citys_outskirts_is_not_the_city() -> None:
    found = _places(
        "Ukrainian troops shelled Aleksandrovka, a settlement on the western outskirts of Donetsk."
    )
    assert found[0][2] == "Oleksandrivka"


def test_a_capitals_forces_are_a_side() -> None:
    found = _places("One person was killed when Kiev's forces shelled the center of the city.")
    assert found == []


def test_those_trapped_who_died_were_where_they_were_trapped() -> None:
    found = _places(
        "Two women who were trapped under the rubble of the council building in Dvorichna, "
        "in the Kupiansk district, have died, the governor said."
    )
    assert found[0][1] == "target"


def test_a_logs_toll_update_a_day_on_updates_its_last_event() -> None:
    found = incidents(
        " date 2023-05-29 Courier route sheets, Dnipro depot\n"
        "Route sheets, courier crew 3, Dnipro depot. Times are arrivals.\n"
        "\n"
        "Fri 26.05 - city route\n"
        "08:30 out. 10:29 - a russian missile hit a medical clinic two blocks from our stop. "
        "By lunch: 2 dead, 23 wounded.\n"
        "\n"
        "Sat 27.05\n"
        "Lysak: 30 wounded now; three people still missing.\n"
        "\n"
        "Sun 28.05\n"
        "Lysak: the three missing are found, all dead. In total 4 dead.\n"
    )
    (clinic,) = at(found, "Dnipro")
    assert (clinic.killed, clinic.injured) == (4, 30)


def test_a_two_word_russian_name_is_no_village_named_by_its_tail() -> None:
    assert _places("The building on Kharkovskaya Gora was hit on Sunday.") == []


def test_the_building_named_again_stands_where_the_lines_before_placed_it() -> None:
    found = incidents(
        " date 2025-02-01 Missile hits Poltava\n"
        "Missile hits Poltava\n"
        "A Russian missile hit a residential building in Poltava in the early hours of Saturday.\n"
        "The attacks came two days after a drone strike on an apartment building in Sumy. On "
        "Thursday, a Shahed hit the building shortly after 1 a.m., killing nine people.\n"
    )
    assert days(at(found, "Sumy")) == [(date(2025, 1, 30), date(2025, 1, 30))]


@pytest.mark.parametrize(
    "text",
    [
        "Some families went to relatives in Stary Oskol after the strike.",
        "At 00:01 Moscow time six rockets were fired at the building.",
    ],
)
def test_shelter_with_relatives_and_a_clock_name_no_place_struck(text: str) -> None:
    assert all(role == "context" for _, role, _ in _places(text))


def test_the_residents_hurt_name_their_place_struck() -> None:
    found = _places("Russian shelling killed one resident of the residential sector of Komyshany.")
    assert found[0][:2] == ("Komyshany", "target")


def test_a_works_named_after_its_founder_is_no_village() -> None:
    found = _places("Russian shelling struck the Antonov aircraft plant in Kyiv.")
    assert [name for _, _, name in found] == ["Kyiv"]


def test_a_highlight_and_an_oblasts_summary_join_the_strikes_they_sum_up() -> None:
    found = incidents(
        " date 2022-10-03 Flash update: convoy hit\n"
        "Flash update - convoy hit\n"
        "HIGHLIGHTS\n"
        "• At least 30 civilians killed and 88 injured when a convoy was hit in Zaporizhzhia.\n"
        "• Civilian casualties reported in Donetsk Oblast.\n"
        "SITUATION OVERVIEW\n"
        "On 30 September, at about 07:20, missiles hit a convoy of civilian vehicles in "
        "Zaporizhzhia; at least 30 civilians were killed and 88 injured.\n"
        "In Donetsk Oblast, on 30 September two civilians were killed by shelling in Bakhmut.\n"
    )
    assert sorted((i.place.name, i.date.start) for i in found) == [
        ("Bakhmut", date(2022, 9, 30)),
        ("Zaporizhzhya", date(2022, 9, 30)),
    ]


def test_forces_that_keep_attacking_tell_a_front() -> None:
    assert lx.HABITUAL.search("near Bakhmut, where Russian forces keep attacking, the staff said")


def test_a_speakers_yesterday_counts_from_the_day_they_spoke() -> None:
    from geo.eventday import dates_told
    from geo.story import Reading

    text = 'Balitsky wrote on Friday 28 July that "yesterday" drones hit Tokmak.'
    own, _ = dates_told(text, Reading(date(2023, 11, 13), None), 0)
    assert [(d.window.start, d.window.end) for d in own] == [(date(2023, 7, 27),) * 2]
    text = "Yesterday drones hit Kupiansk, the governor said on Monday."
    own, _ = dates_told(text, Reading(date(2023, 11, 15), None), 0)
    assert [d.window.start for d in own] == [date(2023, 11, 14)]


@pytest.mark.parametrize(
    "text",
    [
        "Tokmak has a 'partisans blew up a car' story every other week too.",
        "The strike came at the end of a week in which Russian attacks killed twenty people.",
    ],
)
def test_a_habit_or_a_spans_toll_is_no_one_strike(text: str) -> None:
    assert lx.HABITUAL.search(text)


def test_a_side_that_destroyed_something_in_the_town_named() -> None:
    found = incidents(
        " date 2022-11-30 Coding list, occupied east\n"
        "Coding list\n"
        "3.4 On 15 November 2022, Horlivka's Russian-installed mayor said Ukrainian artillery "
        "destroyed a hotel in the city.\n"
    )
    assert [(i.place.name, i.date.start) for i in found] == [("Horlivka", date(2022, 11, 15))]


def test_a_day_heading_with_its_weekday_in_cyrillic() -> None:
    found = incidents(
        " date 2024-03-18 Volunteer notes, Belgorod\n"
        "Volunteer notes (Belgorod), translated.\n"
        "\n"
        "16.03 (сб)\n"
        "Morning shelling of Belgorod, a car burned in the centre, 1 killed. Gladkov: ранены 6.\n"
        "17.03 (вс)\n"
        "Shebekino again under fire, two houses destroyed, no casualties.\n"
    )
    assert days(at(found, "Shebek")) == [(date(2024, 3, 17), date(2024, 3, 17))]
    assert [(i.killed, i.injured) for i in at(found, "Belgorod")] == [(1, 6)]


def test_a_handover_line_heads_its_night_and_not_a_pages_update_stamp() -> None:
    found = incidents(
        " date 2024-07-12 Hostel reception night log, Odesa\n"
        "Night log, hostel reception desk, Odesa. Handover at 08:00.\n"
        "\n"
        "Handover Thu 11.07, 08:00 (night: Max)\n"
        "- quiet night. yday evening a drone hit a car repair shop in Izmail, nobody hurt.\n"
    )
    assert days(at(found, "Izma")) == [(date(2024, 7, 10), date(2024, 7, 10))]
    found = incidents(
        " date 2024-07-09 Missile strikes hospital\n"
        "Missile strikes hospital\n"
        "UPDATED JULY 9, 2024\n"
        "A Russian missile struck a hospital in Dnipro on Monday, killing two.\n"
    )
    assert days(at(found, "Dnipro")) == [(date(2024, 7, 8), date(2024, 7, 8))]


def test_a_pages_byline_stamp_places_its_first_placeless_strike() -> None:
    found = incidents(
        " date 2024-05-24 Fifty thousand books burned\n"
        '"Fifty thousand books burned": the city counts the cost\n'
        "Kharkiv · 24 May 2024 · 10:15 · 7 min read\n"
        "\n"
        "On Thursday, at about 10:25, Russian S-300 missiles hit a printing house during a work "
        "shift. Seven employees were killed and 21 people were injured.\n"
    )
    assert [(i.place.name, i.killed, i.injured) for i in found] == [("Kharkiv", 7, 21)]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Gladkov first said 3 killed, later 4 killed.", 4, None),
        ("A worker killed; injured rose from 5 to 19 to 24.", 1, 24),
    ],
)
def test_a_toll_told_as_it_grew(text: str, killed: int, injured: int | None) -> None:
    assert find_figure(text, lx.KILLED) == killed
    assert find_figure(text, lx.INJURED) == injured
