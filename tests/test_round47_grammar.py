"""Rules of the forty-seventh round (issue 12, session 51): a district placed by the region
after it, a town just over the border of a region named by its part, a paper's print footer,
a strike avenged with a side and a day of its own, a scene sentence that places the next, log
lines that keep the day of the row above, strikes only referred to, and a record's raion
column.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents, sides
from textcases import towns as _towns

from geo import lexicon as lx
from geo.namesakes import with_unknown_places
from geo.places import default_resolver
from geo.recordunits import raions_written
from geo.translit import towns_of_adjective

# --- places --------------------------------------------------------------------------------


def test_a_district_of_a_region_places_its_village_in_that_region() -> None:
    found = incidents(
        " date 2022-11-03 LPR news\n\n"
        "Yesterday Ukrainian rockets hit the village of Pokrovske in the Troitsky district of "
        "the LPR, the JCCC said.\n"
    )
    assert [i.place.admin1 for i in found] == ["Luhansk Oblast"]


def test_a_town_just_over_the_border_of_a_region_named_by_its_part() -> None:
    found = incidents(
        " date 2023-06-10 Crimea news\n\n"
        "On Friday missiles hit a fuel depot near Chaplynka in the north of Crimea, the head "
        "of the peninsula said.\n"
    )
    assert [(i.place.name, i.place.admin1) for i in found] == [("Chaplynka", "Kherson Oblast")]


def test_a_headline_adjective_of_who_holds_a_city_is_no_place() -> None:
    text = "Shelling Kills Dozens in Russian-Held Horlivka"
    found = with_unknown_places(text, [], default_resolver())
    assert [p.text for p in found] == []


def test_streets_listed_under_one_plural_are_streets() -> None:
    assert _towns(
        " date 2023-03-04 City news\n\n"
        "On Friday evening Ukrainian shells hit the centre of Makiivka; two people were "
        "injured on Lenina and Shevchenka streets.\n"
    ) == ["Makiyivka"]


def test_a_design_bureau_named_before_its_city_is_a_site_of_that_city() -> None:
    assert _towns(
        " date 2024-05-04 Ministry briefing\n\n"
        "The ministry said its forces had struck the Pivdenne design bureau in Dnipro on Friday.\n"
    ) == ["Dnipro"]


def test_a_scene_sentence_places_the_placeless_strike_after_it() -> None:
    found = incidents(
        " date 2025-03-11 Night of drones over the Moscow region\n\n"
        "Drones attacked the Moscow region overnight, the governor said.\n\n"
        "Worst of all it was in the Ramenskoye urban district. Debris of a downed drone fell "
        "on the car park of a plant, twenty cars burned.\n"
    )
    assert at(found, "Ramenskoye")


def test_an_official_in_an_occupied_city_only_speaks_from_there() -> None:
    assert _towns(
        " date 2022-09-20 Live\n\n"
        "Yevgeny Balitsky, a Russian-appointed official in occupied Melitopol, says rockets "
        "killed two people in the village of Vasylivka on Monday.\n"
    ) == ["Vasylivka"]


def test_drones_destroyed_on_the_approaches_to_a_city_were_over_it() -> None:
    assert _towns(
        " date 2023-03-01 Night attack\n\n"
        "Overnight Russia launched Shahed drones; eleven were destroyed on the approaches to "
        "Lviv, the regional administration said.\n"
    ) == ["Lviv"]


def test_an_attempt_made_to_attack_a_city_is_an_attack() -> None:
    assert _towns(
        " date 2024-06-02 Kuban news\n\n"
        "The governor said the Kiev regime made an unsuccessful attempt to attack Tuapse: "
        "drones were suppressed by air defence.\n"
    ) == ["Tuapse"]


def test_an_explosion_by_a_site_is_in_the_town_just_named() -> None:
    assert _towns(
        " date 2023-05-02 Workshop news\n\n"
        "Last week a parcel came from Pochaiv. On the night of 20 April a drone exploded by "
        "the gate in front of the monastery.\n"
    ) == ["Pochayiv"]


def test_a_site_named_in_a_clause_of_no_event_is_struck_after_the_colon() -> None:
    assert _towns(
        " date 2022-06-01 Bakery news\n\n"
        "Deliveries of diesel stopped for a week after the fire at the Bryansk oil depot: on "
        "25 April drones struck the depot, the governor said.\n"
    ) == ["Bryansk"]


def test_a_resident_killed_in_the_attacks_told_before_marks_the_place() -> None:
    assert "Vasylivka" in _towns(
        " date 2022-09-20 Radio news\n\n"
        "The newsroom covered two attacks blamed on Ukraine: on 6 September one resident of "
        "Vasylivka was killed, the administration said, and on 8 September two people were "
        "killed in a house in Kamianka-Dniprovska.\n"
    )


def test_a_records_raion_column_picks_its_namesake() -> None:
    found = incidents(
        " date 2024-09-01 Event sample\n"
        "| E24-0801 || 01.08.2024 || Kostiantynivka || Kostiantynivska || Melitopolskyi || "
        "Russia || At about 11:00 on 1 August 2024, a Russian missile hit a shop in "
        "Kostiantynivka. ||\n"
    )
    assert [i.place.admin2 for i in found] == ["2308"]


# --- sides ---------------------------------------------------------------------------------


def test_a_side_that_again_attacked_the_other_is_the_attacker() -> None:
    assert sides(
        " date 2023-02-27 Night attack\n\n"
        "On the night of Monday, Russia again attacked Ukraine with Shahed drones; two people "
        "were killed in Khmelnytskyi.\n"
    ) == [("Russia", "stated")]


def test_an_attack_avenged_has_its_own_side_and_day() -> None:
    found = incidents(
        " date 2024-12-21 Exchange of strikes\n\n"
        "Russia's Defense Ministry said its forces had struck a plant in Kyiv on Friday, and "
        "called the strike a response to a Ukrainian attack on Wednesday on a chemical plant in "
        "Bryansk.\n"
    )
    (bryansk,) = at(found, "Bryansk")
    assert (bryansk.actor, bryansk.date.start) == ("Ukraine", date(2024, 12, 18))


# --- days ----------------------------------------------------------------------------------


def test_a_call_logged_under_a_days_row_is_of_that_day() -> None:
    text = (
        " date 2023-02-20 Booking book, sauna, Sloviansk\n"
        "BOOKING BOOK — sauna, Sloviansk. Columns: date / slot / booked.\n\n"
        "2022\n"
        "Tue 16.08 — 10:00 / 4 / 3.\n"
        "Client K-2 from Druzhkivka phoned: the russians hit the bus depot there today.\n"
    )
    assert days(incidents(text)) == [(date(2022, 8, 16), date(2022, 8, 16))]


def test_a_line_opening_on_yesterday_counts_from_the_row_above() -> None:
    text = (
        " date 2022-04-04 Bench book, Rivne\n"
        "BENCH BOOK — bench 2. Columns: date / type / lot.\n\n"
        "Mon 28.03 — 6206 / lot 0328 / 300.\n"
        "Yesterday at about nine in the evening a russian missile hit the TV tower in Rivne.\n"
    )
    assert days(incidents(text)) == [(date(2022, 3, 27), date(2022, 3, 27))]


def test_a_month_named_in_passing_gives_way_to_the_lines_day() -> None:
    text = (
        " date 2023-02-20 Training book, Kramatorsk\n"
        "TRAINING BOOK — judo club, Kramatorsk. Columns: date / group / present.\n\n"
        "2022\n"
        "Fri 12.08 — juniors / 6 present.\n"
        "The russians hit the music school by our gym; nobody inside in August, the guard "
        "is alive.\n"
    )
    assert days(incidents(text)) == [(date(2022, 8, 12), date(2022, 8, 12))]


def test_a_which_clause_strike_keeps_its_day_when_the_main_clause_strikes_nothing() -> None:
    found = incidents(
        " date 2023-03-01 Touring diary\n\n"
        "— September 2022, Kupiansk. The choir sang next to the ruins of the library, which "
        "Russian rockets had burned down in the night of 10 to 11 July.\n"
    )
    assert days(found) == [(date(2022, 7, 10), date(2022, 7, 11))]


# --- no event --------------------------------------------------------------------------------


def test_a_translators_gloss_tells_no_strike() -> None:
    assert not incidents(
        " date 2023-11-13 Session log, Kursk\n"
        "SESSION LOG, hospital, Kursk.\n\n"
        "Tue 31.10 — session 1420. A loud bang from the compressor room at 10:15: a valve, NOT "
        'an arrival [TN: "prilyot", a shell or drone landing].\n'
    )


def test_a_strike_only_referred_to_is_no_new_strike() -> None:
    found = incidents(
        " date 2023-08-01 Survey book, Odesa\n"
        "SURVEY BOOK — Odesa port.\n\n"
        "Wed 19.07 — Chornomorsk. In the night the russians hit the port of Chornomorsk.\n"
        "Thu 20.07 — office. Insurance asks whether our reports are valid: yes, cargo left "
        "before the strike.\n"
        "Sat 29.07 — year plan for the association in Kyiv: 9 surveys cancelled by alarms or "
        "attacks.\n"
    )
    assert [(i.place.name, i.date.start) for i in found] == [("Chornomors’k", date(2023, 7, 19))]


def test_a_state_lasting_since_then_is_no_habit() -> None:
    assert _towns(
        " date 2022-10-20 Club notes\n\n"
        "Tue 18.10 — A member in Rivne writes: in the morning the russians hit the power plant "
        "there, the city without light since then.\n"
    ) == ["Rivne"]


def test_a_mine_that_went_into_a_cellar_is_a_mortar_round() -> None:
    assert _towns(
        " date 2023-02-13 Lab register\n\n"
        "Wed 01.02 — trip cancelled. In Hremiach the russians hit a house today, a mine went "
        "into the cellar, two dead.\n"
    ) == ["Hremiach"]


def test_a_things_quoted_name_with_bomb_in_it_is_a_name() -> None:
    text = 'taught the "Paper bomb" (the water-bomb base) to the small ones'
    assert not lx.STRIKE_WORDS.search(lx.A_WORD_AS_WORD.sub(" ", text))


# --- notes, pages, records (the 80 sets' kinds) ----------------------------------------------


def test_a_cyrillic_weekday_row_dates_the_words_under_it_that_count_from_today() -> None:
    text = (
        " date 2022-03-21 Lesson book\n"
        "LESSON BOOK — ski school. Columns: date | client | hours | notes.\n\n"
        "Пт 18.03 | family from Lutsk | 0 h |\n"
        "They tell me the russians hit the oil depot in Lutsk at dawn today.\n"
    )
    assert days(incidents(text)) == [(date(2022, 3, 18), date(2022, 3, 18))]


def test_a_name_set_off_in_backticks_is_a_place() -> None:
    assert _towns(
        " date 2022-02-25 Lesson book\n\n"
        "At about five in the morning russian missiles hit the airfield by `Луцьк`.\n"
    ) == ["Lutsk"]


def test_the_towns_of_a_disclaimer_are_no_neighbours_of_the_name() -> None:
    found = incidents(
        " date 2022-09-10 Plant notes, Kharkiv\n\n"
        "Our rep did not go north: the russians shelled Zolochiv today (the one in our oblast, "
        "NOT the Zolochiv near Lviv), one person dead.\n"
    )
    assert [i.place.admin1 for i in found] == ["Kharkiv Oblast"]


def test_a_citys_districts_listed_under_one_plural_are_that_city() -> None:
    assert _towns(
        " date 2022-10-01 Drilling log, Donetsk\n\n"
        "Stopped at 13:00 — the headquarters writes that two residents died today in the AFU "
        "shelling of the Budyonnovsky and Voroshilovsky districts.\n"
    ) == ["Donetsk"]


def test_a_civilian_of_a_town_who_died_after_shelling_marks_the_town() -> None:
    assert _towns(
        " date 2023-02-05 Drilling log\n\n"
        "The mayor writes that a civilian of Horlivka died today after the AFU shelling.\n"
    ) == ["Horlivka"]


def test_a_facility_named_for_a_town_of_another_country_is_no_second_place() -> None:
    assert _towns(
        " date 2023-06-18 Factory notes\n\n"
        "In the night air defence near Unecha repelled an attack of the AFU on the Druzhba "
        "pumping station, the governor says.\n"
    ) == ["Unecha"]


def test_a_day_headings_paragraph_of_weapons_then_they_struck_is_the_logs_town() -> None:
    text = (
        " date 2025-09-05 Tyre plant, Bila Tserkva: shift book\n"
        "Tyre plant, Bila Tserkva: shift book\n\n"
        "Sat 05.03.2022\n"
        "This morning a russian missile hit the houses on the west side of Bila Tserkva.\n\n"
        "Tue 02.09.2025\n"
        "Russian drones flew over again. Overnight they set fire to a warehouse; a man was "
        "killed.\n"
    )
    assert [(i.place.name, i.date.end) for i in incidents(text)][1:] == [
        ("Bila Tserkva", date(2025, 9, 2))
    ]


def test_the_day_someone_remembers_is_the_strikes_day() -> None:
    assert days(
        incidents(
            " date 2024-06-01 Clinic news\n\n"
            "Dr. Olena, who lived there, remembers Friday, 17 February 2023, when Russian "
            "shelling killed a man in Kupiansk; her family left the next day.\n"
        )
    ) == [(date(2023, 2, 17), date(2023, 2, 17))]


def test_the_village_struck_next_is_the_one_someone_comes_from() -> None:
    assert "Bilozerka" in _towns(
        " date 2023-05-01 School news, Kherson\n\n"
        "Russian artillery shelled Kherson on 2 February. Our teacher comes from Bilozerka, "
        "near Kherson. On the night of 16 to 17 September Russian shelling hit the village and "
        "one person was killed.\n"
    )


def test_a_facility_between_two_villages_is_at_them() -> None:
    assert _towns(
        " date 2022-11-10 Farm news\n\n"
        "On Sunday, 6 November, a fire broke out at the oil depot between Golovchino and "
        "Kozynka after shelling.\n"
    ) == ["Golovchino"]


def test_a_russian_district_and_its_village_struck_that_day_are_one_incident() -> None:
    found = incidents(
        " date 2022-11-10 Farm news\n\n"
        "On Sunday, 6 November, Ukrainian shelling set fire to a depot in Golovchino. Governor "
        "Gladkov said an industrial facility in the Graivoron district had come under fire "
        "from the Ukrainian side.\n"
    )
    assert len(found) == 1


def test_metres_in_words_from_a_site_place_the_blast_at_the_site() -> None:
    assert _towns(
        " date 2022-09-25 Studio news\n\n"
        "On 19 September a Russian missile exploded about three hundred metres from the "
        "reactors of the South Ukraine nuclear power plant.\n"
    ) == ["South Ukraine Nuclear Power Plant (Yuzhnoukrainsk)"]


def test_a_raion_is_known_by_its_seats_adjective_in_any_spelling() -> None:
    text = 'admin = { hromada = "Rubizhanska", raion = "Sievierodonetskyi", oblast = "Luhansk" }'
    assert [r.admin2 for r in raions_written(text, default_resolver())] == ["4412"]


def test_a_site_whose_part_was_struck_is_the_target() -> None:
    assert _towns(
        " date 2022-11-01 Sheet\n\n"
        "On 31 October 2022, Russian missiles hit transformer equipment of the Kremenchuk "
        "hydroelectric plant.\n"
    ) == ["Kremenchuk hydroelectric power plant (Svitlovodsk)"]


def test_air_defence_that_worked_over_a_city_is_an_interception_there() -> None:
    found = incidents(
        " date 2022-08-19 Crimea news\n\n"
        "On Thursday evening, air defense worked in the area of Feodosia, the adviser said.\n"
    )
    assert [(i.place.name, i.event_type) for i in found] == [("Feodosiya", "interception")]


def test_an_agencys_dateline_on_the_storys_line_is_the_pages_day() -> None:
    text = (
        "Luhansk Information Center\n\n"
        "Lugansk, 28 September 2022, 10:35. Lugansk Information Center. Two civilians were "
        "killed in a strike by the AFU on Stakhanov.\n\n"
        '"Yesterday the Ukrainian armed formations fired at Stakhanov with rockets," the '
        "message says.\n"
    )
    assert days(incidents(text)) == [(date(2022, 9, 27), date(2022, 9, 27))]


def test_a_capitals_presidential_office_speaking_there_is_no_strike_there() -> None:
    assert _towns(
        " date 2023-02-27 Night attack\n\n"
        "Russian drones hit Khmelnytskyi overnight, killing two rescuers. In Kyiv, the "
        "President's Office said that the attack on Khmelnytskyi was another act of terror.\n"
    ) == ["Khmelnytskyi"]


def test_a_capital_that_speaks_past_an_aside_is_its_government() -> None:
    assert _towns(
        " date 2023-07-28 Taganrog\n\n"
        "A drone hit Taganrog on Friday. Kyiv, for its part, says that it is bringing the war "
        "home to Russia.\n"
    ) == ["Taganrog"]


def test_a_section_heading_with_its_own_day_is_no_filing_dateline() -> None:
    text = (
        " date 2025-01-10 Explainer\n\n"
        "Toropets, 18 September 2024\n"
        "On the night of 17 to 18 September, drones hit an arsenal near Toropets.\n"
    )
    assert days(incidents(text)) == [(date(2024, 9, 17), date(2024, 9, 18))]


def test_a_port_named_by_its_towns_adjective_is_at_that_town() -> None:
    assert _towns(
        " date 2023-07-20 Port news\n\n"
        "In the night Russian drones set fire to grain silos at the port of Chornomorskyi, the "
        "regional governor said.\n"
    ) == ["Chornomors’k"]


@pytest.mark.parametrize(
    ("adjective", "first"),
    [
        ("Pivdennyi", "Pivdenne"),
        ("Chornomorskyi", "Chornomorsk"),
        ("Sievierodonetskyi", "Sievierodonetsk"),
        ("Kramatorskyy", "Kramatorsk"),
    ],
)
def test_the_town_an_adjective_is_made_from_comes_first(adjective: str, first: str) -> None:
    assert towns_of_adjective(adjective)[0] == first


def test_an_adjective_whose_seat_drops_its_sk_has_that_form_too() -> None:
    assert "Izmail" in towns_of_adjective("Izmailskyi")
