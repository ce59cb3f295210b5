"""Rules of language from the twentieth round (issue 12, session 24): mostly event days.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

from textcases import at, days, incidents

from geo.dates import find_dates


def test_a_day_of_that_year_is_of_the_year_last_written() -> None:
    text = (
        " date 2025-05-02 Why the bombers moved\n\n"
        "The story starts in the winter of 2022, far from the front. On December 10th of that"
        " year, Russian missiles struck central Dnipro, killing five people.\n"
    )
    (dnipro,) = at(incidents(text), "Dnipro")
    assert days([dnipro]) == [(date(2022, 12, 10), date(2022, 12, 10))]


def test_a_day_of_that_year_carries_to_the_next_yearless_day_of_its_paragraph() -> None:
    text = (
        " date 2025-05-02 Why the bombers moved\n\n"
        "Go back to 2022. On December 5th of that year, drones struck Engels air base. Two weeks"
        " later, on December 19th, a drone struck Kursk airport, officials said.\n"
    )
    (kursk,) = at(incidents(text), "Kursk")
    assert days([kursk]) == [(date(2022, 12, 19), date(2022, 12, 19))]


def test_the_same_time_is_the_day_just_named_when_no_strike_was_told_with_it() -> None:
    text = (
        " date 2025-06-10 The long night\n\n"
        "On the morning of Sunday, June 1st, a farmer near Poltava heard engines overhead."
        " He looked up and saw nothing. He went back inside.\n\n"
        "At roughly the same time, drones struck an oil depot in Kropyvnytskyi, the governor said.\n"
    )
    (town,) = at(incidents(text), "Kropyvnytskyi")
    assert days([town]) == [(date(2025, 6, 1), date(2025, 6, 1))]


def test_weeks_ago_is_about_then_not_to_the_day() -> None:
    (found,) = find_dates("where a missile struck two weeks ago", date(2022, 7, 29))
    assert (found.window.start, found.window.end) == (date(2022, 7, 12), date(2022, 7, 18))


def test_a_day_told_later_narrows_weeks_ago() -> None:
    text = (
        " date 2022-07-29 A letter from Vinnytsia\n\n"
        "VINNYTSIA, Ukraine — Flowers lie outside the concert hall where a Russian missile struck"
        " two weeks ago.\n\n"
        "On the morning of July 14 a girl was walking to school. At 10:52 a.m., missiles hit"
        " central Vinnytsia, killing 23 people.\n"
    )
    (city,) = at(incidents(text), "Vinnyts")
    assert days([city]) == [(date(2022, 7, 14), date(2022, 7, 14))]


def test_a_town_where_on_a_day_rockets_hit_is_struck() -> None:
    text = (
        " date 2022-07-29 Rear cities\n\n"
        "The same cannot be said of Dnipro, where on July 15, a Friday,"
        " Russian rockets hit a missile plant, killing three people.\n"
    )
    (dnipro,) = at(incidents(text), "Dnipro")
    assert days([dnipro]) == [(date(2022, 7, 15), date(2022, 7, 15))]


def test_the_month_of_words_about_a_strike_told_before_is_not_its_day() -> None:
    text = (
        " date 2023-09-14 A timeline\n\n"
        "Aug. 9, 2022. Explosions destroy aircraft at the Saky air base in Crimea. In September,"
        " the commander-in-chief writes that Ukraine hit the base with missiles.\n"
    )
    (saky,) = at(incidents(text), "Saky")
    assert days([saky]) == [(date(2022, 8, 9), date(2022, 8, 9))]


def test_a_signpost_to_a_timeline_is_no_strike() -> None:
    text = (
        " date 2023-09-14 A timeline\n\n"
        "Here is a timeline of Ukraine's main strikes on occupied Crimea.\n\n"
        "Aug. 9, 2022. Explosions destroy aircraft at the Saky air base in Crimea.\n"
    )
    found = incidents(text)
    assert [i.place.name for i in found if i.place.precision == "region"] == []
    assert len(at(found, "Saky")) == 1


def test_ships_moved_to_a_port_after_attacks_is_no_strike_there() -> None:
    text = (
        " date 2023-09-14 The fleet\n\n"
        "On 13 September, missiles struck the shipyard in Sevastopol. The attacks have forced the"
        " fleet to move some of its ships from Sevastopol to Novorossiysk in Krasnodar Krai.\n"
    )
    found = incidents(text)
    assert at(found, "Novorossiysk") == [] and at(found, "Krasnodar") == []
    assert len(at(found, "Sevastopol")) == 1


def test_the_next_night_is_the_night_after_the_day_told() -> None:
    text = (
        " date 2023-10-12 A week after\n\n"
        "On Thursday, 5 October, a missile hit a shop in a village near Kupiansk, killing 50."
        " The next night, a Russian missile hit Kharkiv and killed a boy.\n"
    )
    (kharkiv,) = at(incidents(text), "Kharkiv")
    assert days([kharkiv]) == [(date(2023, 10, 5), date(2023, 10, 6))]


def test_the_next_night_with_no_day_told_is_no_day() -> None:
    assert find_dates("The next night, a missile hit Kharkiv", date(2023, 10, 12)) == []


def test_a_passive_whose_agent_is_a_weapon_tells_a_strike() -> None:
    text = (
        " date 2023-01-20 A survivor\n\n"
        "She lived on the fifth floor of the block in Zaporizhzhia that was torn open by a"
        " Russian missile on Saturday, 14 January.\n"
    )
    (city,) = at(incidents(text), "Zaporizhzh")
    assert days([city]) == [(date(2023, 1, 14), date(2023, 1, 14))]


def test_a_landmark_struck_is_of_the_town_the_page_is_about() -> None:
    text = (
        " date 2023-08-21 Sumy's philharmonic counts its wounds\n\n"
        "On Saturday morning, a Russian missile struck the square in front of the theatre,"
        " injuring 20 people.\n"
    )
    (sumy,) = at(incidents(text), "Sumy")
    assert days([sumy]) == [(date(2023, 8, 19), date(2023, 8, 19))]


def test_a_named_cathedral_wrecked_is_of_the_city_told_before() -> None:
    text = (
        " date 2023-11-07 Lviv museum damaged\n\n"
        "It is the second time this year that missiles have hit the heart of the city."
        " On 6 July, missiles wrecked the Assumption Cathedral, killing two people.\n"
    )
    days_at = days(at(incidents(text), "Lviv"))
    assert (date(2023, 7, 6), date(2023, 7, 6)) in days_at


def test_a_landmark_named_with_its_town_is_of_that_town() -> None:
    text = (
        " date 2023-07-29 Strikes go on\n\n"
        "In the southern city of Kherson, Russian shelling killed a woman on Friday.\n\n"
        "Last week, Russian missiles wrecked the Transfiguration Cathedral, the main church of"
        " Odesa, and damaged buildings in the city center.\n"
    )
    found = incidents(text)
    assert len(at(found, "Odesa")) == 1
    assert days(at(found, "Kherson")) == [(date(2023, 7, 28), date(2023, 7, 28))]


def test_a_strike_since_which_a_record_is_measured_keeps_its_own_day() -> None:
    text = (
        " date 2022-06-28 What we know\n\n"
        "It is the deadliest strike on a civilian site since the attack on the Kramatorsk"
        " railway station on 8 April, when a missile killed 61 people.\n"
    )
    (town,) = at(incidents(text), "Kramatorsk")
    assert days([town]) == [(date(2022, 4, 8), date(2022, 4, 8))]


def test_the_bombing_of_a_towns_site_on_a_day_is_a_strike_there() -> None:
    text = (
        " date 2022-06-28 What we know\n\n"
        "The largest loss of life in one building is believed to be the Russian bombing of the"
        " Mariupol drama theatre on 16 March, where hundreds were sheltering.\n"
    )
    (town,) = at(incidents(text), "Mariupol")
    assert days([town]) == [(date(2022, 3, 16), date(2022, 3, 16))]


def test_a_weapon_that_holed_a_ship_at_a_towns_base_struck_that_town() -> None:
    text = (
        " date 2023-08-31 The war at sea\n\n"
        "On August 4th a sea drone packed with explosives holed a landing ship at the naval base"
        " of Novorossiysk, Russia's biggest Black Sea port.\n"
    )
    (town,) = at(incidents(text), "Novorossiysk")
    assert days([town]) == [(date(2023, 8, 4), date(2023, 8, 4))]


def test_airfields_of_two_towns_put_out_of_action_are_struck_both() -> None:
    text = (
        " date 2022-03-13 Briefing\n\n"
        "On 11 March, high-precision weapons put out of action the military airfields of Lutsk"
        " and Ivano-Frankivsk.\n"
    )
    found = incidents(text)
    assert len(at(found, "Lutsk")) == 1 and len(at(found, "Ivano")) == 1


def test_other_cities_hit_included_a_list_names_each_struck() -> None:
    text = (
        " date 2023-12-31 The biggest attack\n\n"
        "On Friday at least 28 people were killed in Kyiv. Other cities hit included Dnipro,"
        " Lviv and Odesa.\n"
    )
    found = incidents(text)
    for town in ("Dnipro", "Lviv", "Odesa"):
        assert days(at(found, town)) == [(date(2023, 12, 29), date(2023, 12, 29))], town


def test_the_regional_capital_is_the_seat_of_the_region_named() -> None:
    text = (
        " date 2024-09-10 Drones over nine regions\n\n"
        "Kaluga region governor Vladislav Shapsha said debris of a downed drone had damaged a"
        " warehouse roof in the regional capital overnight.\n"
    )
    found = incidents(text)
    assert len(at(found, "Kaluga")) == 1
    assert [i for i in found if i.place.precision == "region"] == []


def test_hit_the_city_after_an_advance_on_it_is_a_strike_on_that_city() -> None:
    text = (
        " date 2023-10-06 A village mourns\n\n"
        "Russian forces have been trying to advance on Kupiansk again in recent months. Russian"
        " artillery hit the city on Thursday, wounding a 49-year-old man, the governor said.\n"
    )
    (town,) = at(incidents(text), "Kup")
    assert days([town]) == [(date(2023, 10, 5), date(2023, 10, 5))]


def test_the_recently_liberated_town_shelled_is_struck() -> None:
    text = (
        " date 2022-09-19 At a glance\n\n"
        "In the Kharkiv region, Russian forces shelled the recently liberated town of Balakliia"
        " on Sunday, killing one person.\n"
    )
    (town,) = at(incidents(text), "Balakl")
    assert days([town]) == [(date(2022, 9, 18), date(2022, 9, 18))]


def test_a_strike_an_attack_came_days_after_keeps_its_own_day() -> None:
    text = (
        " date 2024-05-26 Death toll rises\n\n"
        "Two guided bombs hit a hypermarket in Kharkiv on Saturday afternoon.\n\n"
        "Saturday's attack came two days after Russian missiles struck a printing house in Kharkiv"
        " on Thursday, killing seven people.\n"
    )
    assert sorted(days(at(incidents(text), "Kharkiv"))) == [
        (date(2024, 5, 23), date(2024, 5, 23)),
        (date(2024, 5, 25), date(2024, 5, 25)),
    ]


def test_a_labelled_photo_caption_dates_the_photo_not_a_strike() -> None:
    text = (
        " date 2023-01-15 Missile strike on Dnipro block kills 30\n\n"
        "The missile smashed into the building in Dnipro on Saturday afternoon, killing 30.\n\n"
        "[Photo caption: A view shows the block damaged by the strike in Dnipro, Ukraine"
        " January 15, 2023.]\n"
    )
    assert days(at(incidents(text), "Dnipro")) == [(date(2023, 1, 14), date(2023, 1, 14))]


def test_a_pages_links_to_its_other_stories_are_no_strikes_of_its_own() -> None:
    text = (
        " date 2024-04-17 Missiles hit Chernihiv\n\n"
        "Three Russian missiles hit the centre of Chernihiv on Wednesday, killing 17 people.\n\n"
        "Keep reading\n"
        "- Drones strike airbase in Russia's Morozovsk, officials say\n"
        "- Zelenskyy: Ukraine 'will lose' war without aid\n"
    )
    found = incidents(text)
    assert at(found, "Morozovsk") == [] and len(at(found, "Chernihiv")) == 1


def test_a_bomber_flying_over_a_region_is_where_it_fired_from() -> None:
    text = (
        " date 2023-01-15 Dnipro\n\n"
        "A missile destroyed a block in Dnipro on Saturday. It was fired by a Tu-22M3 bomber"
        " flying over Russia's Kursk region, the air force said.\n"
    )
    found = incidents(text)
    assert [i.place.name for i in found if "Kursk" in i.place.name] == []


def test_every_region_of_a_list_downed_over_is_kept_beside_a_town() -> None:
    text = (
        " date 2023-12-31 Belgorod\n\n"
        "Early on Saturday, before the attack on Belgorod, the ministry said 32 drones had been"
        " destroyed over the Bryansk, Oryol, Kursk and Moscow regions.\n"
    )
    names = {i.place.name for i in incidents(text)}
    assert {"Bryansk Oblast", "Oryol Oblast", "Kursk Oblast", "Moscow Oblast"} <= names


def test_a_session_of_a_council_in_a_city_is_where_words_were_said() -> None:
    text = (
        " date 2023-12-31 Belgorod\n\n"
        "On Saturday, rockets hit the centre of Belgorod, killing 24. Russia's envoy told an"
        " emergency session of the Security Council in New York that Kiev had targeted civilians.\n"
    )
    assert [i.place.name for i in incidents(text)] == ["Belgorod"]


def test_no_reports_of_casualties_is_none_killed_or_hurt() -> None:
    text = (
        " date 2022-10-10 Barrage\n\n"
        "In the western city of Lviv, Russian missiles knocked out power on Monday, the mayor said."
        " There were no reports of casualties.\n"
    )
    (lviv,) = at(incidents(text), "Lviv")
    assert (lviv.killed, lviv.injured) == (0, 0)
