"""Rules of language and geography from the tenth round (issue 12, session 14).

Each test is our own sentence of a kind the round's blind sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import incidents

from geo.articles import make_article, split_sentences
from geo.attribution import find_actor
from geo.dates import find_dates
from geo.placephrase import find_places
from geo.places import default_resolver
from geo.story import lead_window
from geo.storyplaces import official_voice
from geo.tablerows import figure_columns


def found(text: str) -> dict[str, tuple[date | None, date | None, str | None]]:
    return {i.place.name: (i.date.start, i.date.end, i.actor) for i in incidents(text) if i.place}


def roles(sentence: str) -> dict[str, str]:
    return {p.text: p.role for p in find_places(sentence, default_resolver())}


# --- days -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the report of 09.10.2022 said", date(2022, 10, 9)),
        ("On 14/05/2024 drones hit", date(2024, 5, 14)),
    ],
)
def test_a_day_written_in_numbers_day_first(text: str, day: date) -> None:
    [d] = find_dates(text, date(2024, 12, 1))
    assert d.window.start == d.window.end == day


def test_a_status_time_dates_no_event() -> None:
    assert find_dates("operational information as of 06:00 on 18.10.2023", date(2023, 10, 18)) == []
    assert find_dates("the toll as of Monday was 12", date(2023, 10, 18)) == []


@pytest.mark.parametrize(
    "night",
    ["Overnight Tuesday to Wednesday", "On the night of Tuesday to Wednesday"],
)
def test_a_night_named_by_both_its_days(night: str) -> None:
    [d] = find_dates(f"{night}, drones hit a port", date(2023, 7, 20))
    assert (d.window.start, d.window.end) == (date(2023, 7, 18), date(2023, 7, 19))


def _lead(text: str):
    article = make_article("t.txt", text)
    return lead_window(split_sentences(article), article.published)


def test_a_morning_post_tells_the_night_and_the_day_before() -> None:
    text = (
        " date 2024-11-02 Drones over the region\nHead of the regional administration\n"
        "Telegram, 02.11.2024, 07:48\n\nThe night was restless. Drones attacked the region.\n"
    )
    lead = _lead(text)
    assert (lead.start, lead.end) == (date(2024, 11, 1), date(2024, 11, 2))


def test_an_evening_summary_of_the_day_is_that_day() -> None:
    text = (
        " date 2024-01-23 Shelling of border villages\n[Post by the governor on Telegram, "
        "23 January 2024, 19:40.]\n\nHere is the situation in the region over the day.\n"
    )
    lead = _lead(text)
    assert (lead.start, lead.end) == (date(2024, 1, 23), date(2024, 1, 23))


def test_a_masthead_day_yields_to_the_day_the_story_tells() -> None:
    text = (
        " date 2024-05-15 Guided bombs on two villages\nDISTRICT NEWS · 15.05.2024\n\n"
        "On Tuesday, Russian aircraft dropped guided bombs on Tiahynka, the district head said.\n"
    )
    assert _lead(text).start == date(2024, 5, 14)


def test_parts_of_a_month_do_not_overlap() -> None:
    [late] = find_dates("in late March 2023", date(2024, 6, 1))
    [mid] = find_dates("In mid-May", date(2024, 6, 1))
    assert late.window.start == date(2023, 3, 21) and mid.window.start == date(2024, 5, 11)


def test_a_year_later_strike_at_a_place_told_before_is_another_event() -> None:
    text = (
        " date 2024-05-20 The power engineer\n"
        "On the evening of 11 September 2022, Russian missiles hit the Zmiiv plant.\n\n"
        "The plant was back in partial operation within weeks.\n\n"
        "In the early hours of 22 March 2024, Russia launched one of its largest attacks on "
        "Ukraine's energy system. Several missiles hit the Zmiiv plant.\n\n"
        "The same morning, missiles hit the DniproHES dam in Zaporizhzhia.\n"
    )
    days = sorted((i.place.name, i.date.start) for i in incidents(text) if i.place)
    plant = "Zmiiv thermal power plant (Slobozhanske)"
    assert (plant, date(2022, 9, 11)) in days and (plant, date(2024, 3, 22)) in days
    assert ("Dnipro Hydroelectric Station (Zaporizhzhia)", date(2024, 3, 22)) in days


# --- places -----------------------------------------------------------------------------


def test_reduced_to_ruins_is_struck() -> None:
    sentence = "Russian aircraft and artillery were reducing Vovchansk to ruins."
    assert roles(sentence)["Vovchansk"] == "target"
    assert roles("Officials reduced Vovchansk's share of the budget.").get("Vovchansk") != "target"


def test_a_town_where_no_strikes_were_reported_is_not_struck() -> None:
    sentence = (
        "Air raid sirens sounded during the attack, including in the western city of Lviv, "
        "where no strikes were reported."
    )
    assert roles(sentence)["Lviv"] == "context"
    kept = "A missile hit a house in Lviv, where no casualties were reported."
    assert roles(kept)["Lviv"] == "target"


def test_troops_moving_near_a_town_do_not_strike_it() -> None:
    sentence = (
        "A few days after Ukrainian forces broke through the front near Balakliia, Russian "
        "missiles hit the Zmiiv plant."
    )
    assert roles(sentence)["Balakliia"] == "context"
    assert find_actor(sentence)[0] == "Russia"


def test_a_big_city_keeps_its_rank_against_a_hamlet_of_a_region_named_elsewhere() -> None:
    gaz = default_resolver()
    city = gaz.resolve("Lviv", ("Dnipropetrovsk",), "any")
    assert city is not None and city.population > 500_000
    town = gaz.resolve("Mykolaiv", ("Lviv",), "any")
    assert town is not None and town.admin1 == "Lviv Oblast"


def test_the_city_is_the_town_the_story_turned_to() -> None:
    text = (
        " date 2024-05-30 A teacher's year\n"
        "This month Russian artillery was reducing Vovchansk to ruins.\n\nBelgorod\n\n"
        "Belgorod itself is no longer a safe place. On 12 May, a section of an apartment "
        "building in the city collapsed after an explosion. Fifteen people were killed.\n"
    )
    got = found(text)
    assert got["Belgorod"][:2] == (date(2024, 5, 12), date(2024, 5, 12))


def test_two_accounts_of_one_event_continue_it() -> None:
    text = (
        " date 2024-05-30 Collapse\nOn 12 May, a section of an apartment building in Belgorod "
        "collapsed after an explosion. The Russian Defence Ministry said it had been hit by "
        "fragments of a Ukrainian missile; some bloggers suggested that it may have been a "
        "Russian air defence missile that went astray. Fifteen people were killed.\n"
    )
    [belgorod] = [i for i in incidents(text) if i.place and i.place.name == "Belgorod"]
    assert belgorod.killed == 15


def test_ukraine_striking_an_occupied_town_says_nothing_of_kyiv() -> None:
    text = (
        " date 2022-10-11 Strikes\nRussian-installed officials in occupied Nova Kakhovka "
        "claimed that Ukrainian forces had fired HIMARS rockets at the city on Monday.\n\n"
        "The attacks followed Monday's barrage of 84 cruise missiles, which hit Kyiv and "
        "Dnipro during the morning rush hour.\n"
    )
    got = found(text)
    assert got["Kyiv"][2] == "Russia" and got["Nova Kakhovka"][2] == "Ukraine"


def test_a_trend_of_attacks_is_no_incident() -> None:
    text = (
        " date 2025-04-14 Sumy\nSumy lies 30 kilometres from the border and has come under "
        "growing attack as Russian forces push north.\n"
    )
    assert found(text) == {}


# --- pages and tables -------------------------------------------------------------------


def test_tracker_columns_kia_and_wia_are_figures() -> None:
    columns = figure_columns("date | oblast | settlement | by | KIA | WIA | source")
    assert columns["killed"] == 4 and columns["injured"] == 5


def test_a_compilation_that_cites_official_channels_is_not_their_page() -> None:
    cited = make_article(
        "t.txt",
        " date 2022-10-11 Strike log\nStrike log — working copy, compiled from OVA channels "
        "and the Air Force.\n\nKyiv | missiles | 7 | 24\n",
    )
    assert official_voice(split_sentences(cited)) is None
    own = make_article(
        "t.txt",
        " date 2024-01-23 Shelling\nKharkiv Regional Military Administration\n\n"
        "Russians shelled Kupiansk.\n",
    )
    assert official_voice(split_sentences(own)) is not None


# --- long texts: seasons, anniversaries, profiles, verdicts --------------------------------


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("In the summer of 2023, a shell hit", (date(2023, 6, 1), date(2023, 8, 31))),
        ("This spring a drone attacked a tractor", (date(2024, 3, 1), date(2024, 5, 31))),
        ("Last summer a drone hit", (date(2024, 6, 1), date(2024, 8, 31))),
        ("Last October a shell landed in the yard", (date(2023, 10, 1), date(2023, 10, 31))),
        ("A year after a missile killed 61 people, the station works", (date(2023, 10, 12),) * 2),
    ],
)
def test_seasons_anniversaries_and_last_months(text: str, window: tuple[date, date]) -> None:
    [d] = find_dates(text, date(2024, 10, 12))
    assert (d.window.start, d.window.end) == window


def test_seasons_and_dates_of_other_things_date_no_strike() -> None:
    assert find_dates("the summer offensive stalled", date(2024, 10, 12)) == []
    assert find_dates("territory seized last summer", date(2024, 10, 12)) == []


def test_that_morning_is_the_morning_of_the_day_the_story_told() -> None:
    text = (
        " date 2023-09-01 Energy\nThe period closes on March 9, 2023, when a large salvo of "
        "missiles hit energy facilities across the country. That morning a missile struck "
        "houses in Kupiansk, killing five people.\n"
    )
    assert found(text)["Kupyansk"][:2] == (date(2023, 3, 9), date(2023, 3, 9))


def test_the_worst_attack_since_the_station_came_on_its_own_day() -> None:
    text = (
        " date 2023-04-08 One year on\nThe worst attack on Kramatorsk since the station came on "
        "the evening of 1 February this year, when a Russian missile hit a residential building.\n"
    )
    assert found(text)["Kramatorsk"][:2] == (date(2023, 2, 1), date(2023, 2, 1))


def test_a_profile_is_of_the_village_its_title_names() -> None:
    text = (
        " date 2024-10-12 Posad-Pokrovske: the village that was the front line\n"
        "In the first days of March 2022, Russian forces pushed north-west along the highway.\n\n"
        "A Russian rocket came through the roof of the sports hall in April.\n\n"
        "Last October a Russian shell landed in the yard of the rebuilt clinic.\n"
    )
    days = sorted(
        (i.date.start, i.date.end)
        for i in incidents(text)
        if i.place and i.place.name == "Posad-Pokrovske"
    )
    assert days == [(date(2022, 4, 1), date(2022, 4, 30)), (date(2023, 10, 1), date(2023, 10, 31))]


def test_a_verdict_names_the_strike_with_its_own_day() -> None:
    text = (
        " date 2025-02-20 Verdict\nA district court in Poltava on Feb. 19 sentenced two officers "
        "in absentia for the missile strike on the shopping mall in Kremenchuk in June 2022.\n\n"
        "The court found that they had carried out the launch of Kh-22 cruise missiles at the "
        "city on June 27, 2022.\n"
    )
    assert found(text)["Kremenchuk"][:2] == (date(2022, 6, 27), date(2022, 6, 27))
    arrest = " date 2025-02-20 Arrest\nA court on Monday sentenced a man for helping strike Kyiv.\n"
    assert found(arrest) == {}


def test_a_capital_where_a_leader_speaks_is_not_struck() -> None:
    sentence = "In Kyiv, President Zelenskiy marked the anniversary, calling the strike evil."
    assert roles(sentence)["Kyiv"] == "context"


# --- wire copy ------------------------------------------------------------------------------


WIRE = (
    " date 2022-10-10 Russia pounds Ukrainian cities\nReuters\n\n"
    "KYIV, Oct 10 (Reuters) - Russia rained missiles on cities across Ukraine on Monday.\n\n"
    "Missiles slammed into the centre of Kyiv, hitting a playground. Six people were killed "
    "and 51 wounded in the capital, the police said.\n\n"
    "Across Ukraine, at least 14 people were killed and 97 injured, the emergency service said.\n\n"
    "Strikes also hit the central city of Dnipro, where a missile struck near a bus stop, "
    "killing four people, and Zaporizhzhia, where one person was killed when a missile hit a "
    "residential area, officials said.\n\n"
    "Putin has accused Ukraine of being behind Saturday's blast on the Kerch bridge.\n"
)


def test_the_dispatch_day_and_the_leads_own_day_in_one_sentence() -> None:
    by_place = {i.place.name: i for i in incidents(WIRE) if i.place}
    assert by_place["Kyiv"].date.start == date(2022, 10, 10)
    assert by_place["Dnipro"].date.start == date(2022, 10, 10)


def test_a_countrys_toll_is_not_a_towns_and_each_relative_clause_has_its_own() -> None:
    by_place = {i.place.name: i for i in incidents(WIRE) if i.place}
    assert (by_place["Kyiv"].killed, by_place["Kyiv"].injured) == (6, 51)
    assert by_place["Dnipro"].killed == 4
    assert by_place["Zaporizhzhya"].killed == 1


def test_a_town_located_by_an_appositive_district_is_one_place() -> None:
    sentence = (
        "On Tuesday, a missile hit the centre of Pervomaiskyi, a town in the Lozova district "
        "about 70km south of Kharkiv."
    )
    got = roles(sentence)
    # (the town and the district it is placed in may be read as one phrase)
    assert [role for name, role in got.items() if name.startswith("Pervomaiskyi")] == ["target"]
    assert all(role != "target" for name, role in got.items() if name.startswith("Lozova"))
    text = (
        " date 2023-07-07 Strikes\nOn Tuesday, a Russian Iskander missile hit the centre of "
        "Pervomaiskyi, a town in the Lozova district about 70km south of Kharkiv, wounding 43 "
        "people.\n"
    )
    assert len(incidents(text)) == 1


def test_the_early_hours_of_a_weekday_are_that_day() -> None:
    [d] = find_dates(
        "The missile hit the building in the early hours of Thursday", date(2023, 7, 7)
    )
    assert (d.window.start, d.window.end) == (date(2023, 7, 6), date(2023, 7, 6))


def test_a_strike_told_as_a_day_before_the_news_is_not_the_news() -> None:
    text = (
        " date 2024-11-18 Odesa\nA Russian missile attack on the centre of Odesa has killed 10 "
        "people, less than a day after a strike on an apartment block in the city of Sumy "
        "killed 11.\n\nThe missile struck the port city on Monday afternoon.\n\n"
        "In Sumy, a missile hit a nine-storey building late on Sunday, killing 11 people.\n"
    )
    days = sorted((i.place.name, i.date.start, i.date.end) for i in incidents(text) if i.place)
    assert days == [
        ("Odesa", date(2024, 11, 18), date(2024, 11, 18)),
        ("Sumy", date(2024, 11, 17), date(2024, 11, 17)),
    ]


def test_the_night_after_a_strike_told_before_dates_the_next_places() -> None:
    text = (
        " date 2025-08-01 Kyiv toll\nThe toll of the attack on Kyiv overnight on 31 July has "
        "risen to 31.\n\nA day after the attack on Kyiv, on the night of 31 July to 1 August, "
        "Russian drones attacked the region. In Pavlohrad, a man was wounded.\n"
    )
    got = found(text)
    assert got["Pavlohrad"][0] >= date(2025, 7, 31)


def test_an_emails_numbered_items_name_their_places() -> None:
    text = (
        " date 2024-03-13 FW: overnight\nHi all,\n\nFYI — two items from overnight:\n\n"
        "1) Kyiv — Russian drone attack around 03:00; debris fell in two districts, 2 injured.\n\n"
        "2) Nikopol — shelled again by the Russians yesterday evening: one man killed.\n"
    )
    assert set(found(text)) == {"Kyiv", "Nikopol"}
    assert roles("Kyiv — we will not negotiate, the minister said.").get("Kyiv") != "target"
