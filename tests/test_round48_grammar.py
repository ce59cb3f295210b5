"""Rules of the forty-eighth round (issue 12, session 52): days set beside the day told, the
places a paragraph and a possessive give, the capital that only answers, measures that are no
strikes, more weapon verbs and casualty words, days of the month a sentence already dated,
a writer's "From X.", namesakes set aside by oblast, and held records in more export formats.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents, sides
from textcases import towns as _towns

from geo import lexicon as lx
from geo.articles import unstruck
from geo.attribution import find_figure
from geo.dates import find_dates
from geo.namesakes import the_one_not_in
from geo.places import default_resolver
from geo.tablerows import rejecting_codes

# --- days ----------------------------------------------------------------------------------


def test_a_barrage_compared_with_another_day_keeps_the_day_told() -> None:
    found = incidents(
        " date 2022-12-16 Wave of strikes\n\n"
        "Russia fired about 70 missiles at Ukraine on Friday, more than on November 23, the air "
        "force said.\n\n"
        "In the eastern city of Kharkiv, missiles hit an energy facility, the mayor said.\n"
    )
    assert days(at(found, "Kharkiv")) == [(date(2022, 12, 16), date(2022, 12, 16))]


def test_the_morning_wave_after_a_night_told_is_the_mornings() -> None:
    found = incidents(
        " date 2023-03-09 Assessment\n\n"
        "Russian forces struck Odesa overnight on March 8 to 9, the city said.\n\n"
        "The morning wave hit several oblasts. In Zhytomyr, a missile hit an energy facility, "
        "the mayor reported.\n"
    )
    assert days(at(found, "Zhytomyr")) == [(date(2023, 3, 9), date(2023, 3, 9))]


def test_last_year_after_a_month_is_that_month_of_last_year() -> None:
    (found,) = find_dates("In February last year a missile hit the school.", date(2024, 6, 1))
    assert (found.window.start, found.window.end) == (date(2023, 2, 1), date(2023, 2, 28))


def test_a_weekday_and_day_of_the_month_just_told() -> None:
    (found,) = find_dates(
        "In March last year, on Friday the 10th, a missile hit the depot.", date(2024, 6, 1)
    )
    assert found.window.start == date(2023, 3, 10)


def test_a_bare_day_beside_a_month_dated_with_its_year_lies_near_it() -> None:
    found = find_dates(
        "Our first trip there was in August last year, after a rocket hit the square on 30 July.",
        date(2024, 2, 1),
    )
    assert [d.window.start for d in found] == [date(2023, 8, 1), date(2023, 7, 30)]


def test_a_year_of_another_thing_leaves_a_bare_day_to_the_text() -> None:
    found = find_dates(
        "The shop we opened in 2020 has been shut since 29 March, when a missile hit the square.",
        date(2022, 6, 1),
    )
    assert found[-1].window.start == date(2022, 3, 29)


def test_a_day_struck_there_dates_the_place_named_before() -> None:
    found = incidents(
        " date 2023-08-01 Food bank letter\n\n"
        "Our first delivery to Bashtanka was in May last year, after Russian rockets hit the "
        "bus station there on 21 April.\n"
    )
    assert days(at(found, "Bashtanka")) == [(date(2022, 4, 21), date(2022, 4, 21))]


def test_a_records_strike_day_weeks_before_its_stamp() -> None:
    found = incidents(
        " date 2022-12-01 Commission log\n\n"
        "Tue 29.11 - Case 22-1410, 58, from Kramatorsk: injured when russian missiles hit the "
        "market early on Fri 4 November. Group II.\n"
    )
    assert days(at(found, "Kramatorsk")) == [(date(2022, 11, 4), date(2022, 11, 4))]


def test_a_pages_overnight_does_not_move_the_night_the_story_told() -> None:
    found = incidents(
        " date 2023-01-05 Digest\n\n"
        "Overnight on 3 January, Russia launched drones at Ukraine. Kyiv mayor Vitali "
        "Klitschko said debris damaged a house in the capital. The air force said all drones "
        "launched overnight had been shot down.\n"
    )
    assert days(at(found, "Kyiv")) == [(date(2023, 1, 2), date(2023, 1, 3))]


# --- places --------------------------------------------------------------------------------


def test_a_capital_where_they_blamed_the_other_side_is_no_place_struck() -> None:
    assert _towns(
        " date 2022-09-02 Agency\n\n"
        "Shells fell near the city administration of Enerhodar on Thursday, the Russian-installed "
        "head said. In Kiev, they traditionally blamed the Russian military for the shelling.\n"
    ) == ["Enerhodar"]


def test_officials_of_a_capital_playing_down_the_attacks_are_no_place_struck() -> None:
    assert "Moscow" not in _towns(
        " date 2024-01-21 Paper\n\n"
        "A fire broke out early Sunday at a fuel terminal in the port of Ust-Luga after a drone "
        "attack. In Moscow, officials have sought to play down the attacks.\n"
    )


def test_a_site_in_its_town_as_the_subject_struck() -> None:
    assert _towns(
        " date 2022-11-20 Agency\n\n"
        "Overnight, the territory of the thermal power plant in Kurakhove came under fire.\n"
    ) == ["Kurakhove"]


def test_a_meeting_place_near_a_town_that_came_under_fire() -> None:
    assert _towns(
        " date 2022-09-02 Agency\n\n"
        "The meeting place of the delegation near Orikhiv was also under fire, the ministry "
        "added.\n"
    ) == ["Orikhiv"]


def test_the_paragraphs_town_picks_a_bigger_namesake_over_one_oblast_hinted() -> None:
    found = incidents(
        " date 2022-09-02 Agency\n\n"
        "In the Donetsk People's Republic, shelling hit Horlivka on Thursday.\n\n"
        "Shells also fell in Enerhodar on Thursday, two residents were wounded.\n\n"
        "The road near Vasylivka was also under fire, the ministry added.\n"
    )
    assert [i.place.admin1 for i in at(found, "Vasylivka")] == ["Zaporizhzhia Oblast"]


def test_a_citys_part_in_its_possessive_is_one_place() -> None:
    assert _towns(
        " date 2023-02-10 Assessment\n\n"
        "On February 10, debris from a downed missile damaged a house in Kyiv's Holosiivskyi "
        "Raion, the city administration said.\n"
    ) == ["Holosiyiv"]


def test_a_ground_offensive_around_a_town_told_again() -> None:
    assert _towns(
        " date 2024-05-25 Paper\n\n"
        "Russian missiles hit a printing house in Kharkiv on Thursday, killing seven. The "
        "strikes came after Russia launched a ground offensive north of the city, around "
        "Lyptsi.\n"
    ) == ["Kharkiv"]


def test_measures_taken_are_no_strikes() -> None:
    assert _towns(
        " date 2024-01-21 Paper\n\n"
        "A fire broke out at the Ust-Luga terminal after a drone attack overnight. The governor "
        "said a high-alert regime had been introduced in the Kingisepp district. The strikes "
        "have forced the Kremlin to reinforce air defenses around key plants, including near "
        "Pskov.\n"
    ) == ["Ust’-Luga"]


def test_a_name_read_again_is_the_one_by_the_storys_towns() -> None:
    found = incidents(
        " date 2024-05-27 Workshop diary\n\n"
        "On Thursday, a Russian missile struck a printing house in Kharkiv.\n\n"
        "Our mechanic comes from Pervomaiskyi, south of the city. On 26 September 2022 a "
        "Russian rocket killed a girl there.\n"
    )
    assert [i.place.admin1 for i in found if i.date.start == date(2022, 9, 26)] == [
        "Kharkiv Oblast"
    ]


def test_a_river_after_a_list_of_places_struck_is_no_place() -> None:
    assert "Inhulets" not in _towns(
        " date 2022-09-19 Shop page\n\n"
        "On Wednesday evening Russian missiles hit a dam on the edge of Kryvyi Rih, and the "
        "Inhulets rose by a metre.\n"
    )


def test_a_village_councils_building_is_struck_there() -> None:
    assert _towns(
        " date 2023-03-01 Barbershop page\n\n"
        "On 23 February a Russian missile destroyed the village council in Kozacha Lopan.\n"
    ) == ["Kozacha Lopan"]


def test_a_site_named_after_a_town_that_stands_at_a_village() -> None:
    assert _towns(
        " date 2022-11-07 Sheet\n\n"
        "On 16 October 2022, a Russian strike damaged the Sumy substation, which stands at "
        "Verkhnia Syrovatka. Casualties not reported.\n"
    ) == ["Verkhnya Syrovatka"]


def test_a_works_acronym_names_a_site_not_a_village() -> None:
    assert _towns(
        " date 2024-03-07 Plant log\n\n"
        "Wed 06.03.2024 - A Ukrainian drone hit the fuel depot of the Lebedinsky GOK near Gubkin, "
        "the governor wrote.\n"
    ) == ["Gubkin"]


def test_where_downed_drones_were_going_is_no_place_struck() -> None:
    found = _towns(
        " date 2025-03-17 Plant log\n\n"
        "Sun 16.03.2025 - In the evening air defence shot down 12 drones over Zheleznogorsk; "
        "the governor says they were flying towards the Oryol region.\n"
    )
    assert found == ["Zheleznogorsk"]


def test_a_writers_from_line_is_not_the_entrys_place() -> None:
    found = incidents(
        " date 2022-05-20 Order book\n\n"
        "ORDER BOOK - POTTERY, Bucha\n\n"
        "Fri 04.03 - The russians shelled Bucha all day. We left on foot.\n"
        "Sun 20.03 - From Lviv. Our neighbour writes that the russians shelled the centre "
        "again.\n"
    )
    assert "Lviv" not in [i.place.name for i in found]


def test_not_the_one_in_another_oblast_sets_that_namesake_aside() -> None:
    text = "That is our plot (not the Halahanivka in the Mykolaiv oblast)."
    # (of the namesakes left, the one nearest where the text's places lie)
    meant = the_one_not_in(text, default_resolver(), near=[(51.8, 33.0)])
    assert [p.admin1 for p in meant.values()] == ["Chernihiv Oblast"]


# --- strikes and no strikes ----------------------------------------------------------------


def test_a_town_described_as_shelled_daily_after_its_toll() -> None:
    assert sorted(_towns(
        " date 2022-09-02 Regional news\n\n"
        "Over the past day, Russian troops killed three civilians: two in Toretsk and one in "
        "Avdiivka, which is shelled daily from occupied Yasynuvata.\n"
    )) == ["Avdiyivka", "Toretsk"]  # fmt: skip


def test_shelling_that_became_more_intense_is_a_habit() -> None:
    assert lx.HABITUAL.search("Since then the shelling of Oleshky has become more intense.")


def test_a_fire_not_connected_with_the_shelling_is_no_strike() -> None:
    assert (
        _towns(
            " date 2024-08-30 Regional news\n\n"
            "In Valuyki, a fire broke out last night in a warehouse. The fire is not connected with "
            "the shelling, the emergencies ministry said.\n"
        )
        == []
    )


def test_not_from_the_shelling_and_not_a_hit_deny_the_cause() -> None:
    assert lx.NOT_THE_WAR.search("Plot 4 burned in July (a cigarette), NOT from the shelling.")
    assert lx.NOT_THE_WAR.search("The balloon burst low: an old batch, NOT a hit.")


def test_more_weapon_verbs_tell_a_strike() -> None:
    for text in (
        "A Russian missile tore the roof off the school.",
        "A missile tore the regional administration in half.",
        "A Russian missile brought down a whole entrance of the block.",
        "Russian missiles breached the dam.",
    ):
        assert lx.TRIGGER.search(text), text


# --- who ------------------------------------------------------------------------------------


def test_an_air_force_telling_of_the_other_sides_strike_is_not_its_striker() -> None:
    assert [side for side, _ in sides(
        " date 2023-02-10 Assessment\n\n"
        "Ukraine's Air Force reported that Russian forces fired 20 S-300 missiles at Kharkiv "
        "overnight.\n"
    )] == ["Russia"]  # fmt: skip


def test_a_capital_where_the_strike_fell_is_not_its_government_striking() -> None:
    assert (
        sides(
            " date 2023-05-16 Agency\n\n"
            "The Kinzhal strike in the city of Kiev hit a Patriot system, the Russian Defense "
            "Ministry reported on Tuesday.\n"
        )[0][0]
        != "Ukraine"
    )


# --- figures --------------------------------------------------------------------------------


def test_more_casualty_words() -> None:
    assert find_figure("Two residents of Nikopol were wounded.", lx.INJURED) == 2
    assert find_figure("Five were killed, seven more received wounds.", lx.INJURED) == 7
    assert find_figure("A school watchman was wounded.", lx.INJURED) == 1


# --- exports --------------------------------------------------------------------------------


def test_a_word_diffs_removed_words_are_read_out() -> None:
    line = "X-1 | [-22.02.2023-] {+23.02.2023+} | Dvorichna"
    assert "22.02" not in unstruck(line) and "23.02.2023" in unstruck(line)
    assert len(unstruck(line)) == len(line)


def test_a_legend_of_lower_case_codes_held() -> None:
    assert {"dup", "ns", "del"} <= rejecting_codes(["-- qa: ok = event; dup / ns / del = held."])


def test_held_records_of_a_graph_a_cypher_dump_and_a_syslog_are_dropped() -> None:
    assert _towns(
        " date 2022-11-07 Sheet\n\n"
        "digraph sheet {\n"
        '  N1 [qa="ok", date_dmy="14.04.2022",\n'
        '      label="On 14 April 2022, Russian shelling hit Sumy. 2 injured."];\n'
        '  H1 [style=dashed, qa="dup", date_dmy="15.04.2022",\n'
        '      label="DUP of N1. Shelling of Okhtyrka, follow-up post."];\n'
        "}\n"
    ) == ["Sumy"]
    assert _towns(
        " date 2022-10-01 Dump\n\n"
        "CREATE (:Note {id:'S1', qa:'del', text:'On 17 September 2022, shelling hit Horlivka.'});\n"
        "CREATE (:Note {id:'S2', qa:'ok', text:'On 18 September 2022, shelling hit Donetsk.'});\n"
    ) == ["Donetsk"]
    assert _towns(
        " date 2022-05-06 Log\n\n"
        '<134>1 2022-05-06T08:58:07+03:00 desk NOTE [ev@1 id="K1" qa="ok"] On 6 April 2022, '
        "Russian shelling hit Borodianka.\n"
        '<132>1 2022-05-06T08:58:07+03:00 desk HELD [ev@1 id="K2" qa="dup"] On 12 April 2022, '
        "Russian shelling hit Makariv.\n"
    ) == ["Borodianka"]


def test_a_rows_struck_village_over_its_speakers_town_and_a_hromada_shelled() -> None:
    assert _towns(
        " date 2023-03-06 Sheet\n\n"
        "F1 | qa=ok | 12.02.2023 | Tiahynska / Beryslavskyi / Kherson | Russia claimed | On 12 "
        "February 2023, the Russian-installed Kherson emergency services said Russian "
        "artillery destroyed a howitzer near Lvove (Tiahynska hromada, Beryslavskyi raion).\n"
        "F2 | qa=ok | 17.02.2023 | Khersonska / Khersonskyi / Kherson | Russia stated | On 17 "
        "February 2023, Russian forces shelled the Kherson hromada ten times; one person was "
        "killed in Sadove (Khersonska hromada, Khersonskyi raion).\n"
    ) == ["Lvove", "Sadove"]


# --- the 82 sets' kinds ----------------------------------------------------------------------


def test_a_go_structs_note_closed_by_braces_is_read() -> None:
    assert _towns(
        " date 2022-06-27 Sheet as Go\n\n"
        "var Notes = []Note{\n"
        '\t{ID: "L1", QA: "ok",\n'
        '\t\tText: "On 15 April 2022, Russian forces shelled houses in Kreminna."},\n'
        "}\n"
    ) == ["Kreminna"]


def test_a_raion_in_a_disclaimer_places_no_record() -> None:
    found = incidents(
        " date 2022-06-27 Sheet\n\n"
        "On 10 March 2022, Russian shelling damaged the city council building in Rubizhne (the "
        "city; not the Rubizhne of the Pokrovskyi raion in Donetsk oblast).\n"
    )
    assert [i.place.admin1 for i in found] == ["Luhansk Oblast"]


def test_a_refinery_whose_site_lies_at_a_village() -> None:
    assert _towns(
        " date 2022-06-27 Sheet\n\n"
        "On 16 April 2022, a Russian strike set fire to the Lysychansk oil refinery, whose site "
        "lies at Verkhnokamianka west of the city.\n"
    ) == ["Verkhnokamianka"]


def test_a_road_named_by_the_towns_it_joins_is_no_place() -> None:
    assert "Simferopol" not in " ".join(_towns(
        " date 2023-07-23 Log\n\n"
        "On 22 July 2023, drones hit an ammunition depot at Oktiabrske on the "
        "Simferopol-Dzhankoi road.\n"
    ))  # fmt: skip


def test_a_barge_sunk_at_the_crossing_by_a_village() -> None:
    assert _towns(
        " date 2022-09-20 Sheet\n\n"
        "Operational Command South said its forces sank a barge at the crossing by Bilohirka on "
        "19.09.2022.\n"
    ) == ["Bilohirka"]


def test_medics_killed_while_evacuating_people_from_a_village() -> None:
    assert _towns(
        " date 2022-09-19 Wire\n\n"
        "Two medics were killed on Sunday when Russian forces shelled them as they tried to "
        "evacuate residents from the village of Hraniv.\n"
    ) == ["Hraniv"]


def test_the_strike_came_amid_words_of_officials_elsewhere() -> None:
    assert _towns(
        " date 2022-09-19 Wire\n\n"
        "Russian-backed officials said a Ukrainian strike killed seven people in Krasnorichenske "
        "on Sunday. The strike came amid calls by officials in Luhansk and Donetsk for "
        "referendums.\n"
    ) == ["Krasnorichenske"]


def test_ordinal_floors_are_no_days() -> None:
    assert (
        find_dates("Debris set flats on the sixth and seventh floors on fire.", date(2025, 1, 24))
        == []
    )


def test_the_regional_centre_of_a_region_attacked() -> None:
    assert _towns(
        " date 2025-01-24 Regional paper\n\n"
        "Tonight Ukrainian forces carried out a massive drone attack on the territory of the "
        "Kursk region, including the regional centre.\n"
    ) == ["Kursk"]


def test_a_day_after_another_attack_keeps_this_ones_day() -> None:
    found = incidents(
        " date 2024-03-13 Agency\n\n"
        "Drones struck a refinery early Wednesday, a day after an attack halted a unit at "
        "another plant. A drone attack set off a fire at the Ryazan refinery, the governor "
        "said.\n"
    )
    assert days(at(found, "Ryazan")) == [(date(2024, 3, 13), date(2024, 3, 13))]


def test_a_body_recovered_where_a_strike_was() -> None:
    assert _towns(
        " date 2023-02-09 Agency\n\n"
        "Rescuers have recovered a second body from the rubble in Krasnopillia, Sumy region, "
        "where a Russian strike destroyed several houses on Wednesday.\n"
    ) == ["Krasnopillya"]


def test_a_place_in_a_region_sets_the_sense_of_its_later_bare_name() -> None:
    found = incidents(
        " date 2022-09-19 Glazier's page\n"
        "Windows and glass · Dnipro\n\n"
        "The council of Mykolaivka in the Donetsk region asked for a quote. After the night of "
        "13 to 14 September, when Russian shelling destroyed the sports complex in Mykolaivka, "
        "there is nothing left to glaze.\n"
    )
    assert [i.place.admin1 for i in found] == ["Donetsk Oblast"]


_NOTE = "On 10 October 2022, Russian missiles hit the substation of Khmelnytskyi."


@pytest.mark.parametrize(
    "line",
    [
        f"  <note>{_NOTE}</note>",
        f'  "{_NOTE}" |> add',
        f"| 10.10.2022 | {_NOTE} |",
        f"  {_NOTE}\\\\",
        f"  '{_NOTE}' +",
        f"  /* {_NOTE} */",
        f"  <!-- {_NOTE} -->",
        f"    (mk \"W1\" \"10.10.2022\"\n      ''{_NOTE}'')",
        f'\t\tText: "{_NOTE}"}},',
    ],
)
def test_a_short_note_in_any_export_syntax_is_read(line: str) -> None:
    # (a short line that ends a sentence, then the record's closing markup, is no heading)
    assert _towns(f" date 2022-11-07 Export\n\nrecords:\n{line}\n") == ["Khmelnytskyi"]
