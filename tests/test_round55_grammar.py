"""Rules of the fifty-fifth round (issue 12, session 59): the people of a body counted ("13
members of their emergency service"), a victim's town glossed in brackets or by what it is, a
consequence ("As a result, …") or the event retold in someone's words ("According to X, the
shelling …") going on with the event told, an old shell of a past war named with its kind, a
war word denied ("NOT shelling") telling no event, a toll on a later day's stamped line, the
unit a village just told lies in, and "overnight into last Thursday".

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

from textcases import at, days, incidents


def test_members_of_a_body_are_counted() -> None:
    found = incidents(
        " date 2022-09-02 Evening summary\n\nThe occupation authorities said 11 members of "
        "their rescue service were killed by shelling in Kreminna on Thursday."
    )
    assert [i.killed for i in at(found, "Kreminna")] == [11]


def test_crew_members_are_people() -> None:
    found = incidents(
        " date 2023-08-03 Port news\n\nThree crew members were injured when a drone hit a "
        "tug in the port of Izmail on Wednesday."
    )
    assert [i.injured for i in found] == [3]


def test_a_victims_town_glossed_in_brackets_keeps_the_toll() -> None:
    found = incidents(
        " date 2023-03-03 Monthly review\n\nIn February, three residents of Druzhkivka "
        "(Druzhkovka in Russian) died in Russian shelling, the administration said."
    )
    assert [i.killed for i in at(found, "Druzhkivka")] == [3]


def test_a_victims_town_told_by_what_it_is_keeps_the_toll() -> None:
    found = incidents(
        " date 2023-02-28 News\n\nOn Monday, a resident of Toretsk, a town north of "
        "Horlivka, was killed by Russian fire, the governor said."
    )
    assert [i.killed for i in at(found, "Toretsk")] == [1]


def test_as_a_result_after_the_launch_area_goes_on_with_the_strike() -> None:
    found = incidents(
        " date 2022-09-15 News\n\nUkrainian troops shelled a school in Stakhanov in the LPR, "
        "the JCCC said.\nAccording to the mission, the shelling was carried out from the side "
        "of Lysychansk. As a result, two people were killed and five more were injured."
    )
    (stakhanov,) = [i for i in found if i.place.name.startswith(("Stakhanov", "Kadi"))]
    assert (stakhanov.killed, stakhanov.injured) == (2, 5)


def test_an_old_artillery_shell_of_a_past_war_is_no_strike() -> None:
    found = incidents(
        " date 2022-09-19 News\n\nOn Sunday near Nizhyn a man was injured when an old "
        "artillery shell from the Second World War exploded while he was digging a garden."
    )
    assert found == []


def test_a_weapon_with_its_war_word_denied_tells_no_event() -> None:
    found = incidents(
        " date 2023-02-13 Orchard diary near Zaporizhzhia\nThu 09.02 Soldiers practising with "
        "a mortar crew in the gully - drill, NOT shelling.\nFri 10.02 Pruning."
    )
    assert found == []


def test_a_toll_on_a_later_days_stamped_line_updates_the_event() -> None:
    found = incidents(
        " date 2024-05-27 Coach's log, Kharkiv\nSat 25.05 About 16:00 two guided bombs hit the "
        "market on the edge of the city. Terekhov: at least four dead.\nSun 26.05 The toll rose "
        "to 9.\nMon 27.05 11 dead now. No training."
    )
    assert [i.killed for i in found] == [11]


def test_the_unit_a_village_just_told_lies_in_is_no_second_place() -> None:
    found = incidents(
        " date 2022-09-19 News\n\nRussian shelling killed two people in Zolochiv on Saturday. "
        "The town, in the Bohodukhiv district close to the border, had been shelled for months."
    )
    assert {i.place.name for i in found} == {"Zolochiv"}


def test_overnight_into_last_weekday_is_that_night() -> None:
    found = incidents(
        " date 2023-07-10 Clinic news\n\nOvernight into last Thursday, a Russian missile "
        "struck an apartment building in Lutsk."
    )
    assert days(found) == [(date(2023, 7, 5), date(2023, 7, 6))]


def test_a_name_glossed_in_the_other_language_is_still_placed_by_its_locator() -> None:
    # two Stepnes in the Volnovakha raion: the one by Nova Karakuba, past the Russian gloss
    found = incidents(
        " date 2022-09-02 Wire\n\nA man died in the village of Stepne, called Stepnoye in "
        "Russian, near Nova Karakuba, after it came under fire on Thursday."
    )
    (stepne,) = at(found, "Stepne")
    assert abs(stepne.place.lat - 47.614) < 0.05 and abs(stepne.place.lon - 37.135) < 0.05


def test_a_district_of_a_peoples_republic_is_the_raion_not_the_capital() -> None:
    found = incidents(
        " date 2022-09-02 Wire\n\nA civilian was killed in the shelling of a village in the "
        "Volnovakha district of the Donetsk People's Republic, the headquarters said Thursday."
    )
    assert [i.place.name for i in found] == ["Volnovakha Raion"]


def test_districts_listed_as_the_citys_are_the_city_told() -> None:
    found = incidents(
        " date 2024-01-23 Notice\n\nOn Sunday the market in Donetsk came under fire.\n"
        "Overnight into 1 January, shells hit the Voroshilovsky, Kievsky and Budyonnovsky "
        "districts of the city; five people were killed."
    )
    assert {i.place.name for i in found} == {"Donetsk"}


def test_a_toll_with_its_verb_left_out_is_the_next_places() -> None:
    found = incidents(
        " date 2023-02-20 Wire\n\nThe governor said one person was killed in Kupiansk, a town "
        "east of Kharkiv, and two in the town of Izium on Sunday."
    )
    assert [i.killed for i in at(found, "Izyum")] == [2]
    assert [i.killed for i in at(found, "Kupyansk")] == [1]


def test_the_regional_centre_is_the_seat_of_the_region_of_the_town_told() -> None:
    found = incidents(
        " date 2024-05-13 Notary office, Gubkin: reception changes\nNOTARY OFFICE — Gubkin, "
        "Belgorod Region\n\nYesterday morning, in the regional centre, a residential building "
        "collapsed after Ukrainian shelling, according to the governor."
    )
    assert [i.place.name for i in found] == ["Belgorod"]


def test_a_locator_told_later_narrows_a_namesake_placed_by_its_raion() -> None:
    # the Volnovakha raion holds two Stepnes; the later sentence says which
    found = incidents(
        " date 2022-09-01 Agency\n\nA civilian was killed today in Stepnoye of the Volnovakha "
        "district as a result of shelling, the headquarters reported.\nThe headquarters recalled "
        "that Stepnoye, a small village near Novaya Karakuba, lies close to the line of contact."
    )
    (stepne,) = at(found, "Stepne")
    assert abs(stepne.place.lat - 47.614) < 0.05 and abs(stepne.place.lon - 37.135) < 0.05


def test_the_other_one_near_a_town_sets_that_namesake_aside() -> None:
    # Kharkiv oblast has two Hrakoves: the one by Dvorichna is set aside, the other is meant
    found = incidents(
        " date 2022-09-24 Letter\n\nOn Thursday, a Russian shell landed in a field outside "
        "Hrakove, killing a tractor driver.\nThere are two villages called Hrakove in Kharkiv "
        "region; the other one, near Dvorichna, is still within range of Russian guns."
    )
    (hrakove,) = at(found, "Hrakove")
    assert abs(hrakove.place.lat - 49.719) < 0.05 and abs(hrakove.place.lon - 36.815) < 0.05


def test_the_day_of_a_report_is_not_the_day_of_the_event_it_reports() -> None:
    found = incidents(
        " date 2022-09-12 Order book, Bakhmut\nFri 09.09 — Kyrylenko's report this morning: on "
        "Thursday two people were killed by russian shelling in Soledar. Six pairs of trousers."
    )
    assert days(found) == [(date(2022, 9, 8), date(2022, 9, 8))]


def test_a_namesake_the_text_calls_the_wrong_one_places_nothing() -> None:
    found = incidents(
        " date 2023-09-04 Repair shop · Nikopol\nSMARTFIX · phone repair · Nikopol\n\nIn August "
        "the Russians shelled Nikopol from across the reservoir almost every day.\nPeople keep "
        "sending parcels to the village of Nikopol in the Kharkiv region. That is the wrong "
        "Nikopol."
    )
    (nikopol,) = at(found, "Nikopol")
    assert nikopol.place.admin1 == "Dnipropetrovsk Oblast"


def test_live_firing_at_a_range_is_a_drill() -> None:
    found = incidents(
        " date 2022-09-12 Agency\n\nIn Yenakiieve on Sunday, reservists completed a training "
        "course and live firing at a range."
    )
    assert found == []


def test_the_front_near_a_town_is_not_the_place_struck() -> None:
    found = incidents(
        " date 2023-08-08 Hostel notes\n\nThe shelling you hear at night comes from the front "
        "near Marinka, where the fighting goes on, not from the town itself."
    )
    assert found == []


def test_a_friend_in_a_town_who_sent_word_is_not_where_the_strike_was() -> None:
    found = incidents(
        " date 2023-02-27 Observing log\nSat 25.02 — Friend in Skadovsk sent a screenshot of a "
        'Russian radio item: "our artillerymen destroyed a Ukrainian howitzer" overnight near '
        "Beryslav."
    )
    assert {i.place.name for i in found} == {"Beryslav"}


def test_a_citys_district_named_in_english_is_the_logs_city() -> None:
    found = incidents(
        " date 2022-09-12 Hairdresser's appointment book, Kharkiv\nThu 08.09 — Syniehubov wrote "
        "this morning that the russians shelled the Industrial district in the night: two "
        "people killed.\nFri 09.09 — 15:00 Ira, toner."
    )
    assert [i.place.name for i in found] == ["Kharkiv"]


def test_a_month_a_stamped_line_tells_is_the_strikes_not_the_stamps_day() -> None:
    found = incidents(
        " date 2022-09-19 Lesson register, Chuhuiv\nThu 01.09 — New school year. Recap for the "
        "month gone: in August the russians shelled Zolochiv almost every night.\nFri 02.09 — "
        "Fractions."
    )
    assert days(found) == [(date(2022, 8, 1), date(2022, 8, 31))]


def test_she_died_in_someones_words_is_a_death() -> None:
    found = incidents(
        " date 2022-09-19 Register\nSat 17.09 — Syniehubov wrote that the russians struck "
        "Zolochiv with rockets in the morning; a girl was badly wounded. In the evening he wrote "
        "that she had died in hospital.\nSun 18.09 — No lessons."
    )
    assert [i.killed for i in found] == [1]


def test_a_ship_sunk_off_a_coastal_town_is_placed_by_it() -> None:
    found = incidents(
        " date 2024-02-19 Yacht charter, Yalta\n\nEarly on Wednesday, 14 February, a landing "
        "ship sank off Alupka after an attack by sea drones."
    )
    assert [i.place.name for i in found] == ["Alupka"]


def test_shelling_that_has_not_stopped_is_a_practice_not_an_event() -> None:
    found = incidents(
        " date 2023-03-02 Feature\n\nRussian forces withdrew across the river in November, but "
        "officials say the shelling of Kherson region has not stopped."
    )
    assert found == []
