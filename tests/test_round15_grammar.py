"""Rules of language and geography from the fifteenth round (issue 12, session 19).

Each test is our own sentence of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, incidents

from geo import dates as dates_module
from geo import lexicon as lx
from geo.attribution import figure_at_place, find_figure
from geo.dates import find_dates
from geo.eventday import dates_told
from geo.placephrase import find_places
from geo.places import default_resolver
from geo.story import Reading, entry_name


def test_a_possessive_events_day_is_the_leads_day_not_the_mourning_day() -> None:
    found = incidents(
        " date 2024-05-15 Mourning in Odesa\n"
        "Odesa is in mourning on Wednesday after Tuesday's missile attack killed 9 people.\n\n"
        "Flags flew at half-mast. Schools were closed. Volunteers gave blood.\n\n"
        "Elsewhere in the south, missiles killed two people in Mykolaiv."
    )
    [mykolaiv] = at(found, "Mykola")
    assert mykolaiv.date.start == mykolaiv.date.end == date(2024, 5, 14)


def test_figures_of_each_place_in_and_in_clauses_stay_apart() -> None:
    found = incidents(
        " date 2024-05-15 Strikes\n"
        "On Tuesday, in Sumy, four people were killed and nine injured, and in Okhtyrka in "
        "the Sumy region, two people were killed when a missile hit a school, officials said."
    )
    [sumy], [okhtyrka] = at(found, "Sumy"), at(found, "Okhtyrka")
    assert (sumy.killed, sumy.injured) == (4, 9)
    assert okhtyrka.killed == 2


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Three workers, a man of 40 and two women, were injured.", None, 3),
        ("Two passengers, a 33-year-old man and a 71-year-old woman, were wounded.", None, 2),
        ("Two men, aged 52 and 64, were killed.", 2, None),
    ],
)
def test_a_counted_group_and_who_they_were_is_one_count(
    sentence: str, killed: int | None, injured: int | None
) -> None:
    assert find_figure(sentence, lx.KILLED) == killed
    assert find_figure(sentence, lx.INJURED) == injured


def test_a_town_named_by_its_mayor_is_the_city_struck_not_the_event_before() -> None:
    found = incidents(
        " date 2023-06-20 Live\n"
        "10:15\nRussian missiles hit a warehouse in Pavlohrad on Monday, killing one.\n\n"
        "11:40\nZaporizhzhia Mayor Ivan Petrenko accuses Russian forces of shelling the city "
        "overnight. Three people were injured."
    )
    [zap] = at(found, "Zaporizh")
    assert zap.injured == 3
    [pav] = at(found, "Pavlohrad")
    assert pav.injured is None


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the clause after "days after" tells the strike: that many days before the news
        ("Nine days after Russian missiles hit a hotel in Kharkiv, the last victim was named.", 9),
        ("Two weeks after a drone struck the market, traders are back.", 14),
    ],
)
def test_days_after_a_told_strike_count_back_from_the_news(sentence: str, want: int) -> None:
    ref = date(2023, 9, 20)
    [d] = [x for x in find_dates(sentence, ref) if x.window.start is not None]
    assert d.window.start is not None and d.window.end is not None
    middle = d.window.start + (d.window.end - d.window.start) / 2
    assert (ref - middle).days == want


def test_days_after_a_named_event_date_nothing_from_the_news() -> None:
    found = find_dates("Three days after Kremenchuk, missiles hit Odesa.", date(2023, 9, 20))
    assert found == []


def test_a_place_spelled_in_quotes_after_a_preposition_is_the_place() -> None:
    gaz = default_resolver()
    found = find_places('Officials confirmed blasts in what they call "Artyomovsk" on Friday.', gaz)
    assert [(p.text, p.role) for p in found] == [("Artyomovsk", "target")]
    # a thing's name in quotes stays a thing's
    assert find_places('A fire broke out at the "Kyiv" hotel.', gaz) == []


def test_a_crash_the_text_says_was_no_attack_is_no_incident() -> None:
    found = incidents(
        " date 2023-03-02 Crash\n"
        "A military helicopter crashed near a school in Bila Tserkva on Thursday.\n\n"
        "Police said three people were killed. Rescuers said two more were injured.\n\n"
        "Officials said there was no indication the helicopter had been shot down."
    )
    assert at(found, "Bila") == []


def test_planning_an_attack_is_no_attack() -> None:
    found = incidents(
        " date 2023-03-02 Minsk\n"
        "In Minsk, the president accused Ukraine of planning an attack on his country."
    )
    assert found == []


def test_an_entry_with_its_community_in_brackets_heads_its_events() -> None:
    found = incidents(
        " date 2024-07-02 Summary\n"
        "Over the past day, the enemy shelled 12 settlements.\n\n"
        "Tiahynka (Tiahynka rural community). A drone dropped a grenade on a house. A man "
        "was injured."
    )
    assert len(at(found, "Tiahynka")) == 1


def test_the_day_over_a_bulleted_list_dates_every_item() -> None:
    found = incidents(
        " date 2024-04-10 Digest\n"
        "Russian attacks killed two civilians in the region on 2 April, the governor said on "
        "Wednesday.\n\n"
        "Details:\n"
        "- Shelling damaged a school.\n"
        "- A drone hit a car in Kurakhove, killing one.\n"
        "- In Siversk, a guided bomb hit a house in the evening. One person was killed.\n"
        "- In Lyman, two men were injured by shelling.\n"
    )
    for town in ("Kurakhove", "Siversk", "Lyman"):
        [i] = at(found, town)
        assert i.date.start == i.date.end == date(2024, 4, 2), town


def test_overnight_mon_into_tue_is_that_night() -> None:
    [d] = find_dates("A drone raid on the region, overnight Mon into Tue.", date(2025, 3, 12))
    assert (d.window.start, d.window.end) == (date(2025, 3, 10), date(2025, 3, 11))


def test_a_day_the_war_went_on_dates_the_paragraphs_undated_strike() -> None:
    found = incidents(
        " date 2023-03-09 Toll rises\n"
        "The toll of Monday's strike on a market in Kostiantynivka has risen to 17.\n\n"
        "The war continued on Wednesday in the south. In the "
        "morning, a missile tore through a block of flats in Kherson, killing three.\n"
    )
    [kherson] = at(found, "Kherson")
    assert kherson.date.start == kherson.date.end == date(2023, 3, 8)


def test_the_house_of_culture_of_a_town_is_the_town_struck() -> None:
    [found] = find_places(
        "Shelling damaged the school and the house of culture of Kupiansk.", default_resolver()
    )
    assert found.role == "target"


def test_a_tally_over_the_region_on_a_governors_page_is_his_region() -> None:
    found = incidents(
        "Governor of the Kursk Region, official channel\n\n"
        "14.06.2024 09:10\n"
        "Overnight, air defence systems shot down 9 UAVs over the territory of the region. "
        "There were no casualties.\n"
    )
    assert [i.place.name for i in found if i.place is not None] == ["Kursk Oblast"]


def test_a_later_posts_count_updates_the_earlier_posts() -> None:
    found = incidents(
        " date 2024-05-12 Channel\n"
        "12.05.2024 10:00\n"
        "Today in Rylsk, a drone hit a block of flats. According to preliminary data, there are "
        "casualties.\n\n"
        "12.05.2024 12:30\n"
        "According to the emergency services, the building was hit by a drone. 4 people were "
        "injured.\n\n"
        "12.05.2024 19:45\n"
        "The rubble has been cleared. 9 people were injured.\n"
    )
    [rylsk] = at(found, "Ryl")
    assert rylsk.injured == 9


def test_an_update_from_a_town_goes_on_with_its_event() -> None:
    found = incidents(
        " date 2022-10-10 Live\n"
        "09.10\nMissiles hit Lviv this morning. Two people were killed, officials say.\n\n"
        "10.20\nThe governor warned that Russia would launch more strikes on the region.\n\n"
        "14.35\nAn update from Lviv: the toll in the city has risen to five, with 9 injured.\n"
    )
    [lviv] = at(found, "Lviv")
    assert (lviv.killed, lviv.injured) == (5, 9)


def test_a_day_after_a_strike_with_its_own_day_keeps_that_day() -> None:
    found = incidents(
        " date 2024-09-05 Strikes\n"
        "At least six people were killed when missiles struck Lutsk early on Thursday.\n\n"
        "The strike came a day after a missile attack on a college in the city of Sumy on "
        "Wednesday, which killed 12.\n"
    )
    [sumy] = at(found, "Sumy")
    assert sumy.date.start == sumy.date.end == date(2024, 9, 4)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a past event as it unfolded
        ("Within hours, Russian missiles were falling on Sumy, officials said.", "Sumy"),
        # the copula names the strike's object
        ("On May 3, the target was the oil depot in Novozybkov, officials said.", "Novozybkov"),
        # a town's toll of the day's strikes, told without a strike word
        ("In Uman, the toll rose to 23 on Sunday as rescuers cleared the rubble.", "Uman"),
    ],
)
def test_strikes_told_without_the_usual_verbs(text: str, town: str) -> None:
    found = incidents(f" date 2023-05-08 News\n{text}\n")
    assert at(found, town)


def test_the_strikes_day_after_said_is_the_strikes() -> None:
    found = incidents(
        " date 2024-01-02 Strikes\n"
        "Within hours, missiles were falling on Sumy. Moscow said the strikes on Sunday evening "
        "hit military targets.\n"
    )
    [sumy] = at(found, "Sumy")
    assert sumy.date.start == sumy.date.end == date(2023, 12, 31)


@pytest.mark.parametrize(
    "text",
    [
        # a habit and a campaign, no one strike
        "Odesa has become a frequent target of Russian drone attacks.",
        "It was part of a campaign against fuel depots that has also hit depots in the Oryol region.",
        # strikes to come
        "A spokesman said strikes on military targets in Crimea would continue.",
        # drills, whatever weapons they name
        "Air defence units held exercises near Kursk, practising the repelling of drone attacks.",
        # arson by hand
        "Unknown persons set fire to a relay cabinet near Rostov-on-Don.",
    ],
)
def test_habits_campaigns_futures_drills_and_arson_are_no_incidents(text: str) -> None:
    assert incidents(f" date 2024-03-20 News\n{text}\n") == []


def test_a_day_the_images_were_published_is_not_the_strikes() -> None:
    [d] = [
        x
        for x in find_dates(
            "Satellite images published on Thursday show burnt aircraft, after a missile attack "
            "on the night of May 15 to 16.",
            date(2024, 5, 17),
        )
        if x.window.days == 2
    ]
    assert d.window.start == date(2024, 5, 15)
    found = incidents(
        " date 2024-05-17 Images\n"
        "Satellite images published on Thursday show burnt aircraft at the Kacha airfield near "
        "Sevastopol, after a missile attack on the night of May 15 to 16.\n"
    )
    assert all(i.date.start == date(2024, 5, 15) for i in found) and found


def test_a_governors_surname_after_his_title_is_no_village() -> None:
    found = incidents(
        " date 2023-07-29 Taganrog\n"
        "A missile was downed over Taganrog, Governor Vasily Golubev said.\n\n"
        "Golubev, who is based in Rostov-on-Don, said 15 people were injured by debris.\n"
    )
    assert not at(found, "Holubiv") and at(found, "Taganrog")


def test_a_region_drones_came_from_does_not_place_the_town() -> None:
    gaz = default_resolver()
    [izmail, _] = find_places(
        "Russian forces attacked Izmail with drones launched from the direction of Crimea.", gaz
    )
    assert izmail.place is not None and izmail.place.admin1 == "Odesa Oblast"


def test_a_village_the_gazetteer_lacks_in_a_coders_brackets_is_at_its_district() -> None:
    found = incidents(
        " date 2023-05-26 Notes\n"
        "On 25 May 2023, Ukrainian military forces shelled Zzyzxovka (Klimovskiy district, "
        "Bryansk oblast, Russia), damaging a school.\n"
    )
    [i] = found
    assert i.place is not None and "Klimovsky" in i.place.name


def test_a_coders_location_coded_to_places_a_regions_event() -> None:
    found = incidents(
        " date 2024-11-25 Notes\n"
        "On 19 November 2024, Ukrainian forces fired missiles at a military facility in Bryansk "
        "oblast (Russia), according to the Russian Ministry of Defence. Location coded to "
        "Karachev.\n"
    )
    assert [i.place.name for i in found if i.place is not None] == ["Karachev"]


def test_a_perpetrator_coded_as_unidentified_leaves_the_side_open() -> None:
    [i] = incidents(
        " date 2024-08-13 Notes\n"
        "On 11 August 2024, a fire broke out in a cooling tower of the Zaporizhzhia Nuclear "
        "Power Plant at Enerhodar. Each side blamed the other. The perpetrator is coded as "
        "unidentified. Fatalities: 0.\n"
    )
    assert (i.actor, i.attribution) == (None, "alleged")


def test_a_day_said_on_a_channel_is_the_words_day() -> None:
    events, said = dates_told(
        "The regional administration recorded 151 explosions, it said on Telegram on the "
        "morning of 12 March.",
        Reading(date(2024, 3, 12), None, sentences=[]),
        0,
    )
    assert events == [] and len(said) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit the town on Thursday.",
        "Drones hit the depot overnight Thurs into Fri.",
        "The strike came on Sept. 3, officials said.",
        "It was hit on 3 Sep 23, officials said.",
        "Missiles struck on 2024-05-03.",
        "It happened on the night of Tuesday to Wednesday.",
    ],
)
def test_the_quick_cues_never_hide_a_date(text: str) -> None:
    # the cue check only skips scans that cannot match: the dates found are the same
    ref = date(2024, 5, 10)
    with_cues = dates_module._dates_in.__wrapped__(text, ref, 0, None)
    needs, dates_module._NEEDS = dates_module._NEEDS, {}
    try:
        without = dates_module._dates_in.__wrapped__(text, ref, 0, None)
    finally:
        dates_module._NEEDS = needs
    assert with_cues == without and with_cues


def test_a_toll_leads_day_is_the_earlier_day_its_story_tells() -> None:
    found = incidents(
        " date 2024-02-10 Toll rises\n"
        "The number of people killed by a Russian drone strike on a shop in the village of "
        "Bilozerka has risen to 7, the governor said.\n\n"
        '"Seven people are dead," he said on Saturday.\n\n'
        "About 20 people had been queueing for bread on Thursday morning when the drone hit.\n"
    )
    [village] = at(found, "Bilozerka")
    assert village.date.start == village.date.end == date(2024, 2, 8)


def test_an_agency_named_without_brackets_ends_a_dateline() -> None:
    found = incidents(
        " date 2024-07-09 Mourning\n"
        "ODESA, July 9 Kyodo - Ukraine held a day of mourning Tuesday for the victims of a "
        "missile strike a day earlier that hit the city's largest hospital, as the toll rose to 12.\n"
    )
    [odesa] = at(found, "Odesa")
    assert odesa.date.start == odesa.date.end == date(2024, 7, 8)


def test_a_mayors_page_tells_of_his_city_post_by_post() -> None:
    found = incidents(
        " date 2024-08-30 Posts\n"
        "Oleh Syniehubov, Mayor of Poltava, Telegram\n\n"
        "07:48\nOvernight the city was attacked by Shaheds. Nobody was hurt.\n\n"
        "10:15\nReminder: metro stations stay open as shelters.\n\n"
        "16:59\nA strike on the city! A missile hit a block of flats. There are injured.\n\n"
        "17:26\nPreliminary: 3 people killed, 28 injured.\n\n"
        "23:31\nAs of now: 7 dead, 59 injured.\n"
    )
    # (the night's and the day's reports of one city merge into the day's incident)
    [poltava] = at(found, "Poltava")
    assert (poltava.date.start, poltava.date.end) == (date(2024, 8, 30), date(2024, 8, 30))
    assert (poltava.killed, poltava.injured) == (7, 59)
    night = incidents(
        " date 2024-08-30 Posts\n"
        "Oleh Syniehubov, Mayor of Poltava, Telegram\n\n"
        "07:48\nOvernight the city was attacked by Shaheds. Nobody was hurt.\n"
    )
    assert [(i.date.start, i.date.end) for i in at(night, "Poltava")] == [
        (date(2024, 8, 29), date(2024, 8, 30))
    ]


def test_a_district_on_a_city_administrations_page_is_that_city() -> None:
    found = incidents(
        " date 2024-09-24 Posts\n"
        "Mykolaiv City Military Administration, Telegram\n\n"
        "14:22\nA Russian drone dropped an explosive on a car in the Zavodskyi district. The "
        "driver was injured.\n"
    )
    assert [i.place.name for i in found if i.place is not None] == ["Mykolayiv"]


def test_an_entry_on_a_governors_page_is_the_namesake_in_his_region() -> None:
    # "Borisovka." under posts about villages by the border: near them lies Kharkiv
    # oblast's Borysivka too, but the page's region holds a Borisovka of its own
    entry = entry_name("Borisovka.", default_resolver(), ("Belgorod Region",), (50.35, 36.83))
    assert entry is not None and entry.place is not None
    assert entry.place.country == "RU"


def test_over_the_night_is_the_night_before() -> None:
    [d] = find_dates("Over the night, 12 drones were shot down.", date(2024, 5, 13))
    assert (d.window.start, d.window.end) == (date(2024, 5, 12), date(2024, 5, 13))


def test_a_morning_posts_past_day_covers_the_day_before_too() -> None:
    [sumy] = [
        i
        for i in incidents(
            " date 2024-11-06 Roundup\n"
            "Sumy Regional Military Administration, Telegram\n\n"
            "📍 06.11.2024, 08:41\n\n"
            "Over the past day, the Russians carried out 19 attacks on the border communities.\n\n"
            "▪️ Myropillia community: the enemy fired 12 mortar shells.\n\n"
            "📍 06.11.2024, 12:10\n\n"
            "A drone hit a shop in Krasnopillia.\n"
        )
        if i.place is not None and i.place.name.startswith("Myropil")
    ]
    assert (sumy.date.start, sumy.date.end) == (date(2024, 11, 5), date(2024, 11, 6))


def test_a_day_told_far_below_a_morning_stamp_is_not_the_leads() -> None:
    found = incidents(
        " date 2024-10-19 Night\n"
        "Serhii Lysak, Head of the Dnipropetrovsk Regional Military Administration, Telegram\n"
        "19 October 2024, 07:44\n\n"
        "The night in the region was restless. The aggressor attacked the Nikopol district with "
        "drones. Nikopol and Marhanets were under fire.\n\n"
        "In Nikopol, a 61-year-old man was injured. He is in hospital.\n\n"
        "A five-storey building and a gas pipeline were damaged.\n\n"
        "Yesterday evening, a drone attacked the Synelnykove district. Nobody was hurt.\n"
    )
    [nikopol] = at(found, "Nikopol")
    assert (nikopol.date.start, nikopol.date.end) == (date(2024, 10, 18), date(2024, 10, 19))


@pytest.mark.parametrize(
    "sentence",
    [
        'In Moscow, Kremlin spokesman Dmitry Peskov said the military "strikes only military '
        'targets" after the attack.',
        "Russia summoned the US ambassador in Moscow after the missile attack.",
        "Missiles hit Horlivka, which Moscow's officials call Gorlovka, on Sunday.",
    ],
)
def test_the_capital_as_the_state_that_speaks_is_no_place_struck(sentence: str) -> None:
    found = incidents(f" date 2024-06-24 News\n{sentence}\n")
    assert not at(found, "Moscow")


def test_the_attack_a_clause_names_as_come_before_keeps_its_own_day() -> None:
    found = incidents(
        " date 2024-06-25 News\n"
        "Russia summoned the US ambassador on Monday after an attack on Sevastopol in "
        "Russian-annexed Crimea on Sunday, which officials say killed four people.\n"
    )
    [sevastopol] = at(found, "Sevastopol")
    assert sevastopol.date.start == sevastopol.date.end == date(2024, 6, 23)


def test_the_previous_evening_counts_back_from_the_day_of_the_words() -> None:
    found = incidents(
        " date 2024-01-01 News\n"
        "On Sunday the ministry reported that the previous evening its forces had carried out a "
        "strike on military facilities in Kharkov.\n"
    )
    [kharkiv] = at(found, "Kharkiv")
    assert kharkiv.date.start == kharkiv.date.end == date(2023, 12, 30)


def test_the_files_date_line_pasted_again_in_the_body_is_chrome() -> None:
    found = incidents(
        " date 2023-12-31 Toll of the shelling of Belgorod rises\n"
        "BelPressa\n\n"
        " date 2023-12-31 Toll of the shelling of Belgorod rises\n\n"
        "The number of dead from the attack on Belgorod on 30 December has risen to 24.\n"
    )
    assert [(i.date.start, i.date.end) for i in at(found, "Belgorod")] == [
        (date(2023, 12, 30), date(2023, 12, 30))
    ]


def test_a_day_inside_the_words_reported_is_the_events() -> None:
    found = incidents(
        " date 2024-05-13 Collapse\n"
        "The death toll from the collapse of an apartment block in Belgorod has risen to 15, "
        "officials said on May 13.\n\n"
        "Twenty-seven people were injured when a section of the building was hit on May 12, "
        "the Emergency Situations Ministry said.\n"
    )
    [belgorod] = at(found, "Belgorod")
    assert belgorod.date.start == belgorod.date.end == date(2024, 5, 12)


def test_each_places_share_with_the_verb_after_them() -> None:
    text = "Four residents of Beryslav and two of Tiahynka were injured by shelling."
    assert figure_at_place(text, "Beryslav") == ("injured", 4)
    assert figure_at_place(text, "Tiahynka") == ("injured", 2)


def test_a_tally_since_24_february_is_the_wars_not_an_events() -> None:
    assert lx.WAR_TALLY.search(
        "Since 24 February, Russia has killed 761 civilians in the region and wounded 1,917."
    )


def test_a_run_of_place_led_paragraphs_goes_on_with_the_day() -> None:
    found = incidents(
        " date 2024-04-07 Posts\n"
        "Alexander Gusev, Governor of the Voronezh Region, Telegram\n\n"
        "06:50\nOvernight, air defence forces destroyed 6 UAVs over the region.\n\n"
        "In Voronezh, debris fell on the roof of a private house.\n"
        "In Ostrogozhsk, debris damaged a power line.\n"
        "In Rossosh, a fire broke out in a shed.\n"
        "In the Kamensky district, debris of a UAV fell in a field near a farm.\n\n"
        "11:45\nThe threat of a UAV attack has been lifted.\n"
    )
    for town in ("Ostrogozhsk", "Rossosh"):
        [i] = at(found, town)
        assert (i.date.start, i.date.end) == (date(2024, 4, 6), date(2024, 4, 7)), town


def test_who_was_injured_by_debris_in_x_was_struck_in_x() -> None:
    [found] = find_places(
        "The woman who was injured by falling drone debris in Liski has died.", default_resolver()
    )
    assert found.role == "target"
