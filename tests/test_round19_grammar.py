"""Rules of language and geography from the nineteenth round (issue 12, session 23).

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo.dates import find_dates
from geo.tablerows import figure_columns


def test_a_header_starts_at_its_label_after_the_exports_own_cells() -> None:
    line = "Exported 3 May 2023 | Filter: type = shelling | Fields: id | date | admin1 | location | notes | fatalities"
    assert figure_columns(line) == {"region": 2, "place": 3, "killed": 5}


def test_an_exports_rows_keep_their_columns_under_a_labelled_header() -> None:
    text = (
        " date 2023-05-03 Export\n"
        "Exported 3 May 2023 | Filter: type = shelling | Fields: id | date | admin1 | location"
        " | notes | fatalities\n\n"
        "X101 | 28 April 2023 | Cherkasy | Uman | Russian forces fired cruise missiles at Uman"
        " (Cherkasy), hitting a nine-storey building; 23 civilians were killed. | 23\n"
    )
    (uman,) = at(incidents(text), "Uman")
    assert uman.killed == 23


def test_a_day_named_alone_dates_the_strike_on_the_city_told_next() -> None:
    text = (
        " date 2024-09-10 A year of sirens\n\n"
        "On 2 January, Russian missiles struck central Kyiv, officials said.\n\n"
        "The hardest day came later. It was Monday, September 2. Two missiles hit a college on"
        " the city's eastern edge in the morning, killing four people.\n"
    )
    assert sorted(days(at(incidents(text), "Kyiv"))) == [
        (date(2024, 1, 2), date(2024, 1, 2)),
        (date(2024, 9, 2), date(2024, 9, 2)),
    ]


def test_the_city_of_a_paragraph_naming_no_town_is_the_titles() -> None:
    text = (
        " date 2024-02-20 Life in Sumy\n"
        "How Sumy learned to live with the sirens\n\n"
        "Founded in the seventeenth century, the city grew on the Psel. Villages such as"
        " Krasnopillia have been shelled for months.\n\n"
        "Nothing prepared residents for the evening of 12 February 2024. As people queued at a"
        " pharmacy, a drone struck the city centre, wounding nine.\n"
    )
    found = incidents(text)
    assert days(at(found, "Sumy")) == [(date(2024, 2, 12), date(2024, 2, 12))]
    assert not at(found, "Krasnopil")


def test_a_later_bullet_with_no_day_adds_to_its_entrys_event() -> None:
    text = (
        " date 2024-03-11 Notes, Mon 11 Mar\nWorking notes\n\nODESA (port, south side)\n"
        "- Sun 10 Mar ~10:00 local. RU ballistic missile hit the port area of Odesa; two hangars"
        " burnt.\n"
        "- Kiper (gov.): 2 dead incl. a guard; injured first 5, then 8 by evening.\n"
        "- RU MoD claims a drone workshop. UA side: no comment.\n"
    )
    (odesa,) = at(incidents(text), "Odes")
    assert days([odesa]) == [(date(2024, 3, 10), date(2024, 3, 10))]
    assert odesa.killed == 2


def test_lines_under_a_not_strikes_heading_are_no_incidents() -> None:
    text = (
        " date 2023-09-04 Notes\nWorking notes\n\nIZMAIL\n"
        "- Sun 3 Sep: Shahed drones hit grain silos in the port of Izmail.\n\n"
        "Not strikes (leave off the map)\n"
        "- Kherson obl.: attacks on police posts in Skadovsk and Henichesk, Sun 3 Sep evening,"
        " by partisans.\n"
    )
    found = incidents(text)
    assert at(found, "Izma")
    assert not at(found, "Skadovsk") and not at(found, "Henichesk")


def test_an_analysts_dont_code_verdict_drops_the_lines_event_not_another_thing() -> None:
    kept = (
        " date 2022-04-01 Notes\n"
        "Ochakiv\n"
        "- night 30->31: RU arty on the port area of Ochakiv; 1 WIA. Fired from the spit,"
        " don't map the firing point.\n"
    )
    dropped = (
        " date 2024-06-24 Notes\n"
        "- Crimea: attacks on police posts in Yalta and Alushta, Sun 23 Jun evening. Criminal,"
        " not war-related. Don't code.\n"
    )
    assert at(incidents(kept), "Ochakiv")
    assert not incidents(dropped)


def test_a_launch_area_over_a_region_is_no_incident() -> None:
    text = (
        " date 2024-05-20 Notes\nSUMY\n"
        "- Sun 19 May ~14:00: RU glide bomb hit a recreation area in Sumy; 6 dead.\n"
        "- Glide bombs on the city again after a quiet week; launch from Su-34s over Kursk obl.\n"
    )
    found = incidents(text)
    assert at(found, "Sumy")
    assert not [i for i in found if i.place is not None and "Kursk" in i.place.name]


def test_a_microraion_of_a_city_is_that_city() -> None:
    text = (
        " date 2024-02-05 Assessment\n"
        "Russian occupation officials accused Ukrainian forces of shelling a bus stop in the"
        " Kirovsky microraion of Makiivka on February 4.\n"
    )
    assert days(at(incidents(text), "Makiyivka")) == [(date(2024, 2, 4), date(2024, 2, 4))]


def test_a_business_jet_crash_is_no_strike() -> None:
    text = (
        " date 2023-08-25 Digest\n"
        "The mercenary commander was declared dead after his business jet crashed on Aug. 23"
        " near Kuzhenkino in the Tver region.\n"
    )
    assert not incidents(text)


def test_a_sites_own_name_before_the_city_of_is_no_village() -> None:
    text = (
        " date 2023-08-31 Digest\n"
        "Ukrainian drones hit the Kresty military airfield in the northwestern Russian city of"
        " Pskov on the night of Aug. 30, damaging four Il-76 transport planes.\n"
    )
    found = incidents(text)
    assert at(found, "Pskov") and len(found) == 1


def test_a_peninsula_named_after_a_village_locates_the_strike_no_more() -> None:
    text = (
        " date 2023-08-24 Digest\n"
        "On Aug. 23, Ukraine's military intelligence said it had destroyed an S-400 system near"
        " Olenivka on the Tarkhankut peninsula in Crimea.\n"
    )
    found = incidents(text)
    assert at(found, "Olen") and not at(found, "Tarkhankut")


def test_since_early_morning_under_fire_is_the_days_strike() -> None:
    text = (
        " date 2023-06-02 Governor's summary for 2 June\n"
        "Since early morning the village of Tyotkino has been under heavy fire from mortars by"
        " the Ukrainian armed forces. A man was wounded.\n"
    )
    assert days(at(incidents(text), "Tëtkino")) == [(date(2023, 6, 2), date(2023, 6, 2))]


def test_a_city_heads_page_places_its_districts_in_that_city() -> None:
    text = (
        " date 2024-02-11 Makiivka head: two districts shelled\n"
        "Vladislav Klyucharov, head of the city of Makiivka\n"
        "Telegram, 11 February 2024\n"
        "This morning Ukrainian formations shelled the Chervonohvardiisky district: a woman was"
        " wounded near her house. In the Sovetsky district, two cars were damaged.\n"
    )
    found = incidents(text)
    assert [i.place.name for i in found] == ["Makiyivka"]


def test_shelling_the_city_is_the_town_told_on_a_day_of_its_own() -> None:
    text = (
        " date 2024-03-05 Gorlovka, 5 March\n"
        "Ivan Prikhodko, head of the city of Horlivka\n"
        "The toll from yesterday's strike on the Kalininsky district of Horlivka remains three.\n\n"
        "Today since the morning, Ukrainian formations have again been shelling the city. A man"
        " was wounded near the bus station.\n"
    )
    assert sorted(days(at(incidents(text), "Horlivka"))) == [
        (date(2024, 3, 4), date(2024, 3, 4)),
        (date(2024, 3, 5), date(2024, 3, 5)),
    ]


def test_a_towns_adjective_alone_is_a_street_and_blvd_a_street() -> None:
    text = (
        " date 2023-02-16 Notes\n"
        "- 15.02 ~10:00: RU missile hit the crossroads at Chernihivska / Franko blvd in Lviv,"
        " 1 WIA.\n"
    )
    found = incidents(text)
    assert [i.place.name for i in found] == ["Lviv"]


def test_an_hourly_logs_stamped_caps_lines_are_entries_not_headings() -> None:
    text = (
        " date 2024-03-22 hourly log, Fri 22.03.2024\n"
        "hourly log (my own tracker). times local.\n\n"
        "05:00  KHARKIV: series of explosions, power out in the city.\n"
        "05:00  ZAPORIZHZHIA: hits on industrial sites, 1 dead (OVA)\n"
        "06:00  KHMELNYTSKYI: energy facility hit, 2 injured (OVA)\n"
    )
    found = incidents(text)
    assert at(found, "Zaporizh") and at(found, "Khmel")


def test_a_mayors_surname_as_a_notes_source_is_no_village() -> None:
    text = (
        " date 2024-09-04 Notes\n"
        "- LVIV: explosions at dawn; Sadovyi: hits on a school and homes, 7 dead.\n"
        "- KHARKIV: energy infra hit, part of the city without power, Terekhov.\n"
    )
    names = sorted(i.place.name for i in incidents(text))
    assert names == ["Kharkiv", "Lviv"]


def test_a_notes_passive_without_its_verb_strikes_the_places_listed() -> None:
    text = (
        " date 2022-08-20 timesheet, 1-19 Aug\n"
        "Aug 12 - FULL DAY + night. overnight 11→12 the worst shelling so far: Nikopol (the"
        " city) and Chervonohryhorivka village hit by russian Grads, 3 killed in total.\n"
        "Aug 14 - HALF. ZNPP shelled - each side blames the other; only wrote up statements.\n"
    )
    found = incidents(text)
    assert at(found, "Nikopol") and at(found, "Chervonohryhor")
    assert [i for i in found if i.place is not None and "Nuclear" in i.place.name]


def test_a_notes_label_may_end_in_its_country_and_follow_a_night_and_then() -> None:
    text = (
        " date 2024-10-01 Update #15\n"
        "What happened this week:\n"
        "- night 27→28.09 Oryol, Oryol obl., RF: fuel depot went up after a drone attack.\n"
        "- then 29.09 in the morning - Millerovo, Rostov obl.: airfield hit.\n"
    )
    found = incidents(text)
    assert days(at(found, "Orël")) == [(date(2024, 9, 27), date(2024, 9, 28))]
    assert at(found, "Millerovo")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("01.01 (Mon)", date(2024, 1, 1)),
        ("02.01 Tue", date(2024, 1, 2)),
    ],
)
def test_a_day_and_month_before_a_weekday_is_a_date_not_a_clock(text: str, day: date) -> None:
    found = find_dates(text, date(2024, 1, 3))
    assert [(d.window.start, d.window.end) for d in found] == [(day, day)]


def test_a_clock_with_no_weekday_is_no_date() -> None:
    assert find_dates("sirens at 01.01, then quiet", date(2024, 1, 3)) == []


def test_a_logs_strike_on_an_area_is_its_one_towns_on_the_entrys_day() -> None:
    text = (
        " date 2022-10-20 DSNS Mykolaiv - duty summary 10.10-20.10\n"
        "DUTY SUMMARY, 10.10-20.10.2022\n\n"
        "13.10 (Thu) 05:10 - missiles on the city: a five-storey block hit in the centre.\n\n"
        "15.10 (Sat) 06:00 - drone hit a warehouse on the outskirts of the city.\n\n"
        "18.10 (Tue) 03:40 - massive strike on a residential area: houses destroyed, 2 dead.\n"
    )
    found = sorted(days(at(incidents(text), "Mykola")))
    assert (date(2022, 10, 18), date(2022, 10, 18)) in found


def test_a_notes_label_may_say_again_and_the_time_of_day() -> None:
    text = (
        " date 2023-09-30 Logistics notes\n"
        "26/09 - Reni: drones hit the port overnight, hangars damaged.\n"
        "28/09 - Reni again, at night - grain silo + berth hit. our barges fine.\n"
    )
    assert sorted(days(at(incidents(text), "Reni"))) == [
        (date(2023, 9, 25), date(2023, 9, 26)),
        (date(2023, 9, 27), date(2023, 9, 28)),
    ]


def test_our_city_struck_is_the_councils_town() -> None:
    text = (
        " date 2023-07-14 DRAFT - statement of the Vinnytsia City Council\n"
        "Dear residents,\n\n"
        "Today, at about 10:40, the Russian army struck our city with cruise missiles. 23 people"
        " have been killed.\n"
    )
    assert days(at(incidents(text), "Vinnyts")) == [(date(2023, 7, 14), date(2023, 7, 14))]


def test_over_the_past_day_opens_the_clause_of_the_community_shelled() -> None:
    text = (
        " date 2022-10-02 Kim: morning summary\n"
        "Over the past day, the Shyroke community came under fire: the Russians shelled the"
        " settlement with Grads, houses were damaged. There are no victims.\n"
    )
    assert days(at(incidents(text), "Shyrok")) == [(date(2022, 10, 1), date(2022, 10, 2))]


def test_a_strike_on_a_left_bank_town_with_no_side_named_is_ukraines() -> None:
    text = (
        " date 2024-07-02 Saldo: the past day\n"
        "Nova Kakhovka: a drone attacked a car on the embankment. A man was wounded.\n"
    )
    (town,) = at(incidents(text), "Nova Kakhovka")
    assert town.actor == "Ukraine"


def test_an_air_force_tallys_launch_areas_are_no_incidents() -> None:
    text = (
        " date 2024-09-01 Air Force: results\n"
        "In total, 91 means of air attack were detected and tracked:\n"
        "- 35 Kh-101 cruise missiles launched by Tu-95MS bombers from the Saratov region (Engels"
        " airfield) and the Murmansk region (Olenya airfield, near Olenegorsk);\n"
        "- 6 Iskander-M ballistic missiles from the Kursk and Voronezh regions;\n"
        "- 50 Shahed attack UAVs from Primorsko-Akhtarsk.\n\n"
        "In Sumy region a missile hit an apartment block in Sumy; two people were killed.\n"
    )
    assert [i.place.name for i in incidents(text)] == ["Sumy"]


def test_a_place_used_by_a_side_is_not_struck_by_it() -> None:
    from geo.attribution import find_actor

    text = (
        "The ministry said its forces had struck military facilities in Kharkiv, including"
        " buildings used by Ukrainian military intelligence."
    )
    assert find_actor(text)[0] != "Ukraine"


def test_a_ministrys_retaliation_claims_its_strike_not_the_one_it_answers() -> None:
    text = (
        " date 2024-01-02 Moscow strikes back\n"
        "Russian forces struck the centre of Kharkiv on Monday evening, wounding 9 people,"
        " regional governor Oleh Syniehubov said.\n\n"
        "Russia's defence ministry said on Tuesday that in response to what it called a"
        " terrorist attack on Belgorod, its forces had struck military facilities in Kharkiv.\n\n"
        "The exchange followed Friday's Russian aerial barrage across Ukraine.\n"
    )
    found = incidents(text)
    assert not at(found, "Belgorod")
    assert {i.actor for i in at(found, "Kharkiv")} == {"Russia"}
    assert days(at(found, "Kharkiv")) == [(date(2024, 1, 1), date(2024, 1, 1))]


def test_a_title_of_two_stories_gives_a_placeless_lead_the_place_of_its_own() -> None:
    text = (
        " date 2023-04-30 Uman: search ends, 23 confirmed dead; Kherson shelled overnight\n"
        "Uman: search ends, 23 confirmed dead; Kherson shelled overnight\n\n"
        "The confirmed death toll from Friday's Russian missile strike on the building has risen"
        " to 23, rescuers said as the search ended.\n"
    )
    found = incidents(text)
    assert at(found, "Uman") and not at(found, "Kherson")


def test_a_corrections_wrong_day_and_its_storys_day_date_nothing() -> None:
    text = (
        " date 2023-07-01 Correction\n"
        "In a story published June 28, 2023, about a Russian missile strike on a pizzeria in"
        " Kramatorsk, The Associated Press erroneously reported that the attack happened on"
        " Wednesday. It happened on Tuesday, June 27.\n"
    )
    assert days(at(incidents(text), "Kramatorsk")) == [(date(2023, 6, 27), date(2023, 6, 27))]


def test_a_numbered_items_capital_place_may_be_followed_by_a_few_words() -> None:
    text = (
        " date 2025-04-25 Weekly digest\n"
        "1. LVIV - the parish thanks everyone for the Easter baskets.\n"
        "2. SUMY memorial fundraiser - final report. as u remember on Sun 13th russia hit the"
        " city centre with two ballistic missiles, 35 killed. we raised $5,000.\n"
    )
    found = incidents(text)
    assert days(at(found, "Sumy")) == [(date(2025, 4, 13), date(2025, 4, 13))]
    assert not at(found, "Lviv")


def test_a_city_hit_several_times_on_the_day_told_is_that_days_strike() -> None:
    day_told = (
        " date 2024-02-01 Ops notes\n"
        "Tue 30/01\n"
        "- Team A: clearance task, farmland nr Pavlohrad. 900 m2 cleared.\n\n"
        "Wed 31/01\n"
        "- ~06:00 massive russian missile attack. Dnipro city hit several times (Kh-101 per OVA),"
        " 2 killed.\n"
    )
    over_years = (
        " date 2024-02-01 Explainer\n"
        "Drones hit the Engels airbase on 5 December 2022. Engels was targeted again several"
        " times in the following years.\n"
    )
    assert days(at(incidents(day_told), "Dnipro")) == [(date(2024, 1, 31), date(2024, 1, 31))]
    assert len(at(incidents(over_years), "Engels")) == 1


def test_a_segments_label_ending_on_a_city_places_its_district_strike() -> None:
    text = (
        " date 2024-05-29 Ep. 113 show notes\n"
        "01:30 intro, housekeeping\n"
        "03:00 SEG 1 - Odesa.\n"
        "Saturday afternoon two missiles hit a warehouse in the Peresypskyi district, our"
        " reporter got there ~30 min after. Toll now 4 killed.\n"
    )
    assert days(at(incidents(text), "Odes")) == [(date(2024, 5, 25), date(2024, 5, 25))]


def test_a_header_naming_only_where_places_its_rows_by_those_columns() -> None:
    assert figure_columns("date|target|location|region|what happened") == {
        "place": 2,
        "region": 3,
    }
    text = (
        " date 2024-03-18 pasted sheet\n"
        "date|target|location|region|what happened|source\n"
        "2024-03-17|Slavyansk ECO|Slavyansk-na-Kubani|Krasnodar krai|drone attack, fire put"
        " out|district admin: UAV attack\n"
    )
    assert [i.place.name for i in incidents(text)] == ["Slavyansk-na-Kubani"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("first report 3 dead; 11 dead by 08.10 when rescue ops ended.", 11),
        ("on scene: 25 dead. by 03.10: 30 dead, 88 wounded (OVA).", 30),
        ("toll 7 -> 13 -> 15 dead overnight", 15),
        ("3 dead in Kharkiv, 2 dead in Izium.", 3),
    ],
)
def test_a_notes_later_toll_is_the_one_kept(text: str, killed: int) -> None:
    from geo.attribution import find_figure
    from geo.lexicon import KILLED

    assert find_figure(text, KILLED) == killed


def test_a_day_of_mourning_and_more_than_a_count_date_and_add_nothing() -> None:
    text = (
        " date 2024-04-20 Dnipro mourns\n"
        "Dnipro has declared a day of mourning after a Russian missile attack killed 8 people.\n\n"
        "Authorities in Dnipro declared Saturday a day of mourning after a Russian missile strike"
        " killed at least 8 people and injured more than 25 on Friday, the governor said.\n\n"
        "Dnipro is a major industrial hub and has been a key target of Russian strikes since 2022.\n"
    )
    (dnipro,) = at(incidents(text), "Dnipro")
    assert days([dnipro]) == [(date(2024, 4, 19), date(2024, 4, 19))]
    assert dnipro.killed == 8


def test_a_village_near_a_city_is_the_one_named_next_not_the_city() -> None:
    text = (
        " date 2022-08-25 Missile strike near Dnipro kills 25\n"
        "Russian missiles hit a railway station and houses in a village near the city of Dnipro,"
        " killing at least 25 people, officials said.\n\n"
        "The attack in Chaplyne, in the Synelnykove district, came on Wednesday, a day after"
        " Ukrainian troops withdrew from positions further east.\n"
    )
    found = incidents(text)
    assert at(found, "Chaplyne") and not at(found, "Dnipro")


def test_a_capital_where_a_spokesman_declines_to_comment_is_no_target() -> None:
    text = (
        " date 2022-07-15 Vinnytsia strike\n"
        "In Moscow, Russian President Vladimir Putin's spokesman Dmitry Peskov declined to"
        " comment on the Vinnytsia strike, referring questions to the military.\n"
    )
    assert not at(incidents(text), "Moscow")


def test_a_meeting_of_a_sides_command_is_what_was_struck_not_who_struck() -> None:
    from geo.attribution import find_actor

    text = (
        "The ministry said the strike had targeted the House of Officers, where a meeting of the"
        " Ukrainian air force command was under way."
    )
    assert find_actor(text)[0] != "Ukraine"


def test_an_indefinite_dated_attack_dates_its_own_place() -> None:
    text = (
        " date 2022-07-15 Vinnytsia mourns\n"
        "The strikes come after Russian missiles killed 48 people in Chasiv Yar on Saturday night"
        " July 9, and a July 1 attack on a holiday centre in the village of Serhiivka killed 21.\n"
    )
    found = incidents(text)
    assert days(at(found, "Serhiy")) == [(date(2022, 7, 1), date(2022, 7, 1))]
    assert days(at(found, "Chasiv")) == [(date(2022, 7, 9), date(2022, 7, 9))]


def test_a_later_days_toll_report_is_no_new_strike() -> None:
    text = (
        " date 2024-04-19 Sumy strike: toll rises to 9\n"
        "The number of people killed by the Russian missile strike on Sumy on 17 April has risen"
        " to 9.\n\n"
        "The previous day, the head of the Sumy city military administration reported 8 dead.\n"
    )
    assert days(at(incidents(text), "Sumy")) == [(date(2024, 4, 17), date(2024, 4, 17))]
