"""Rules of the thirtieth round (issue 12, session 34): working notes of new kinds (a triage
log, a loss adjuster's claims, a parish letter, a farmer's channel, voice notes, an OSINT
thread, an intake register, a ticker, an outage log, a wiki talk page, a briefing's
translation, a monthly bulletin's table, an interview).

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents
from textcases import towns as _towns

from geo.attribution import find_actor
from geo.dates import find_dates
from geo.lexicon import CARED_FOR_IN, NEGATED_STRIKE, TRIGGER


def test_a_logs_capitals_tag_before_its_dash_labels_the_town() -> None:
    text = (
        " date 2022-08-12 ED log\n"
        "[10:05] M, 40, fracture. YELLOW.\n"
        "[15:12] MASS CASUALTY - Kostiantynivka, russian strike on the market, ambulances x4.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name.startswith("Kost")


def test_a_claims_register_record_heads_its_fields() -> None:
    text = (
        " date 2022-12-01 claim notes\n"
        "CLM 22-9001 | insured: dairy farm LLC, Novoselivka (Novoselovka), Kramatorsk r-n, "
        "Donetsk obl. -- NB the system put it in Kherson obl., corrected.\n"
        ' Date of loss: 12.10.2022 (Wed). Notified 20.10. Cause per insured: "shelling by '
        'russian forces, the barn hit twice". 1 worker injured.\n'
        "\n"
        "CLM 22-9002 | grain elevator, Bashtanka, Mykolaiv obl.\n"
        " Date of loss: 03.09.2022 (Sat). Cause: russian missile hit the silo, fire.\n"
        "\n"
        'CLM 22-9003 | "rocket hit" on a shop in Odesa, 02.11 - investigation: boiler '
        "explosion, no strike.\n"
    )
    found = incidents(text)
    assert sorted(i.place.name for i in found) == ["Bashtanka", "Novoselivka"]
    (farm,) = at(found, "Novoselivka")
    assert farm.place.admin1 == "Donetsk Oblast" and days([farm]) == [(date(2022, 10, 12),) * 2]
    assert days(at(found, "Bashtanka")) == [(date(2022, 9, 3),) * 2]


@pytest.mark.parametrize(
    "second",
    [
        "On Sunday 8 May their old church was destroyed by the russians.",
        "The church there burned on 8 May, after a russian tank fired at it.",
    ],
)
def test_a_site_of_the_town_just_named(second: str) -> None:
    text = (
        " date 2022-05-20 parish letter\n"
        "We remember our friends in Bilohorivka near Lysychansk (not Bilohorivka in Kherson "
        f"region). {second}\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.admin1 == "Luhansk Oblast"
    assert days([found]) == [(date(2022, 5, 8),) * 2]


def test_a_site_in_lower_case_then_its_town_after_a_shouted_sentence() -> None:
    text = (
        " date 2022-09-05 channel\n"
        "Farm Bezruky | news\n"
        "3.09 17:20\n"
        "THEY HIT US AGAIN. pig farm on fire, Bezruky, russian shells around 16:00.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name.startswith("Bezruk")
    assert days([found]) == [(date(2022, 9, 3),) * 2]


def test_a_rumour_refuted_after_a_dash_is_no_strike() -> None:
    text = (
        " date 2022-09-05 channel\n"
        "4.09 18:44\n"
        "somebody wrote that the depot in Slatyne got hit - false, I called them, all fine\n"
    )
    assert incidents(text) == []


def test_a_voice_notes_bracketed_stamps_date_the_lines_under_them() -> None:
    text = (
        " date 2023-08-21 voice notes\n"
        "[voice note 1 Sat 19.08 10:58 transcribed]\n"
        "ok dropped a passenger at the market\n"
        "[voice note 2 Sat 19.08 12:20 transcribed]\n"
        "brother something hit the centre of Nizhyn by the park huge bang russians sent a missile\n"
        "[voice note 3 Sun 20.08 09:03 transcribed]\n"
        "morning quiet today\n"
    )
    (found,) = incidents(text)
    assert days([found]) == [(date(2023, 8, 19),) * 2]


def test_a_page_stamp_in_brackets_is_not_a_log_of_stamps() -> None:
    text = (
        " date 2024-10-03 governor\n"
        "[English translation, 2 October 2024, 07:40]\n"
        "Over the past day the occupiers shelled Kupiansk, one man was injured.\n"
    )
    (found,) = incidents(text)
    assert found.date.start < found.date.end  # the past day, not the stamp's day alone


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("remember november last year the 3rd when they hit it", date(2022, 11, 3)),
        ("remember october last year the 16th when they hit it", date(2022, 10, 16)),
        ("BRIEFING, 5 JUNE 2022", date(2022, 6, 5)),
        ("BUS STOP (3 MAY) - TOLL NOW 10", date(2023, 5, 3)),
    ],
)
def test_spoken_and_shouted_days(text: str, want: date) -> None:
    (found,) = [d for d in find_dates(text, date(2023, 8, 21)) if d.window.precision == "day"]
    assert found.window.start == want


def test_a_shouted_march_is_a_month_only_after_a_day() -> None:
    assert not [d for d in find_dates("PROTEST MARCH IN KYIV", date(2023, 8, 21))]


def test_intercepted_calls_are_no_interception() -> None:
    assert TRIGGER.search("refuted by intercepted telephone conversations") is None
    assert TRIGGER.search("two drones were intercepted over the city") is not None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("russian shells killed a woman there on the 6th", "Russia"),
        ("a ukrainian drone hit the depot", "Ukraine"),
    ],
)
def test_sides_in_lower_case(text: str, side: str) -> None:
    assert find_actor(text)[0] == side


def test_a_named_side_in_the_next_sentence_is_the_strikes() -> None:
    text = (
        " date 2022-11-03 thread\n"
        "6/ Starobilsk, Luhansk obl. Big fire + secondary explosions 25/06 night. "
        'The LPR says a Ukrainian strike hit "a civilian warehouse".\n'
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name.startswith("Starobil")
    assert (found.actor, found.attribution) == ("Ukraine", "alleged")


def test_a_sides_own_artillery_quoted_is_its_claim() -> None:
    text = (
        " date 2022-11-03 thread\n"
        "Ukraine's Operational Command South claimed it (\"our artillery destroyed an ammunition "
        'depot in Vasylivka").\n'
    )
    (found,) = incidents(text)
    assert (found.actor, found.attribution) == ("Ukraine", "claimed")


def test_another_places_strike_named_beside_is_not_the_sides() -> None:
    text = (
        " date 2023-05-30 wire\n"
        "Drones struck residential buildings in Moscow early on Tuesday.\n"
        "The attack on Moscow followed another night of Russian strikes on Kyiv.\n"
    )
    moscow = at(incidents(text), "Moscow")
    assert moscow and all(i.actor == "Ukraine" for i in moscow)


@pytest.mark.parametrize(
    "text",
    [
        "left before the bridge closed. no strike told",
        "filtration story, no specific strike mentioned",
    ],
)
def test_an_intake_clerks_no_strike(text: str) -> None:
    assert NEGATED_STRIKE.search(text) is not None


def test_an_intake_register_row_is_its_home_town_not_where_they_were_treated() -> None:
    text = (
        " date 2022-06-02 intake register\n"
        "No. | date in | family | from | what happened | notes\n"
        '43 | 24.05 | S., 4 | Siversk | "the shop on our street was bombed on 17.05, my '
        'husband got cut" (treated in Bakhmut) | bed 17\n'
        "47 | 27.05 | O., 5 | Lysychansk | left before the bridge closed. no strike told | -\n"
    )
    assert _towns(text) == ["Sivers'k"] or _towns(text) == ["Siversk"]


def test_cared_for_in_is_where_they_were_treated() -> None:
    assert CARED_FOR_IN.search("my husband got cut (treated in ")
    assert CARED_FOR_IN.search("two of them were taken to the clinic in ")
    assert not CARED_FOR_IN.search("the shelling hit the hospital in ")


def test_a_wiki_talk_pages_section_heading_places_and_dates_its_section() -> None:
    text = (
        " date 2024-12-12 Talk:List of strikes\n"
        "== Clinic, 10 December ==\n"
        "I've added the strike on the clinic in Zaporizhzhia on 10 December. ~~~~\n"
        "\n"
        "== Orikhiv 28 June ==\n"
        'The row for Orikhiv says "6 killed".\n'
        "Local authorities later gave 7 killed after the Russian missile strike on 28 June.\n"
    )
    found = incidents(text)
    assert days(at(found, "Orikh")) == [(date(2024, 6, 28),) * 2]


def test_a_briefings_head_dates_its_today() -> None:
    text = (
        " date 2022-06-06 RU MoD briefing - working translation\n"
        "RUSSIAN MoD BRIEFING, 5 JUNE 2022 (Sunday) - WORKING TRANSLATION.\n"
        '"Today, high-precision missiles struck the outskirts of Kharkiv."\n'
    )
    (found,) = incidents(text)
    assert days([found]) == [(date(2022, 6, 5),) * 2]
    assert (found.actor, found.attribution) == ("Russia", "claimed")


def test_a_summary_head_on_its_own_pages_day_changes_nothing() -> None:
    text = (
        " date 2023-02-21 Kherson region: 62 attacks over the past day\n"
        "Kherson Regional Military Administration\n"
        "Morning summary, 21 February 2023\n"
        "Over the past day, the enemy shelled Beryslav, a man was wounded.\n"
    )
    (found,) = incidents(text)
    assert found.date.start == date(2023, 2, 20)


def test_a_tickers_capitals_line_tells_the_site_and_its_own_day() -> None:
    text = (
        " date 2022-05-12 ticker\n"
        "[11.05 19:05] DONETSK REGION: LAST WEEK'S STRIKE ON TORETSK BUS STOP (3 MAY) - TOLL 8\n"
        "[11.05 19:30] KHARKIV REGION: BOHODUKHIV CITY COUNCIL BUILDING, DESTROYED BY RUSSIAN "
        "STRIKE ON 30 MARCH, WILL BE REBUILT - MAYOR\n"
        "[12.05 00:15] OVERNIGHT: EXPLOSIONS HEARD IN POLTAVA - AIR DEFENCE, NO HITS - CITY ADMIN\n"
    )
    found = incidents(text)
    assert _towns(text) == ["Bohodukhiv", "Toretsk"]
    assert days(at(found, "Toretsk")) == [(date(2022, 5, 3),) * 2]
    assert days(at(found, "Bohodukhiv")) == [(date(2022, 3, 30),) * 2]


def test_an_oblast_written_after_a_space_qualifies_the_town() -> None:
    text = (
        " date 2022-06-25 NOC notes\n"
        "KHA-0518 | Zolochiv, elevator mast | 22.06 down | DMG-W | russian strikes on Zolochiv "
        "on 22.06 night, our container burned. NB: Zolochiv KHARKIV obl., Bohodukhiv r-n.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.admin1 == "Kharkiv Oblast"


def test_a_town_in_our_district_is_placed_by_it() -> None:
    text = (
        " date 2022-09-22 interview\n"
        "A: Yesterday the russians shelled Karlivka, I mean Karlivka in our Pokrovsk district, "
        "not the Karlivka in Poltava region. One man was killed.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.admin1 == "Donetsk Oblast"


def test_a_town_that_had_its_station_smashed() -> None:
    text = (
        " date 2025-05-20 post\n"
        "Same as in March 2022 when my grandpa's town Trostianets had its train station "
        "smashed (24.03.2022, russian strikes), nobody remembers.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name.startswith("Trost")


def test_a_tables_title_gives_its_rows_period() -> None:
    text = (
        " date 2025-06-10 bulletin\n"
        "Table: verified civilian harm by oblast, May 2025 (1-31 May)\n"
        "| oblast | killed | injured | note |\n"
        "|---|---|---|---|\n"
        "| Kherson obl. | 14 | 96 | drone attacks |\n"
    )
    (found,) = incidents(text)
    assert days([found]) == [(date(2025, 5, 1), date(2025, 5, 31))]


def test_a_travel_blogs_day_and_the_town_the_writer_left() -> None:
    text = (
        " date 2023-07-30 DAY 4-6: MYKOLAIV -> THE COAST (bike blog)\n"
        "Day 4 (Sun 23 July). I was supposed to leave Mykolaiv early but nobody slept. Around "
        "four the russians fired missiles at the city centre and one hit a school.\n"
        "\n"
        "Day 5 (Mon 24 July). On the road. Ochakiv first. The owner showed me where a russian "
        "missile hit a shop there on 9 May last year.\n"
    )
    found = incidents(text)
    assert days(at(found, "Mykola")) == [(date(2023, 7, 23),) * 2]
    assert days(at(found, "Ochakiv")) == [(date(2022, 5, 9),) * 2]


def test_a_night_told_before_a_dated_statement_ends_on_its_day() -> None:
    text = (
        " date 2023-02-24 RFE/RL\n"
        "Russian forces launched rocket attacks on the village of Vodiane in Ukraine's Donetsk "
        "region during the night, Governor Pavlo Kyrylenko said on February 23.\n"
    )
    (found,) = incidents(text)
    assert days([found]) == [(date(2023, 2, 22), date(2023, 2, 23))]


def test_a_villages_neighbour_town_only_locates_it() -> None:
    text = (
        " date 2023-02-24 wire\n"
        "Kyrylenko said Russian forces fired rockets at Vodiane, a village of about 1,700 people "
        "near Kurakhove, damaging houses.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name.startswith("Vod")


def test_killed_there_is_the_town_the_sentence_before_named() -> None:
    text = (
        " date 2023-02-24 wire\n"
        "In the south, the city of Marhanets has been shelled almost daily from across the "
        "reservoir. A woman was killed there on February 12, regional officials said.\n"
    )
    found = incidents(text)
    assert days(at(found, "Marhan")) == [(date(2023, 2, 12),) * 2]


def test_a_confirmation_dates_the_words_not_the_strike() -> None:
    text = (
        " date 2022-09-17 news\n"
        "Explosions rocked a Russian base in occupied Tokmak on 16 September.\n"
        "On 17 September, Ukraine's Southern Operational Command confirmed that Ukrainian forces "
        "had struck the Russian ammunition depot in Tokmak.\n"
    )
    (found,) = incidents(text)
    assert days([found]) == [(date(2022, 9, 16),) * 2]
    assert (found.actor, found.attribution) == ("Ukraine", "claimed")


def test_a_bearing_picks_the_namesake_on_that_side() -> None:
    text = (
        " date 2022-09-09 wire\n"
        "On Tuesday, a woman was killed when a shell hit her house in Krasnohorivka, west of the "
        "city of Donetsk, the governor said.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name == "Krasnohorivka"
    assert found.place.lon < 37.6


def test_a_counteroffensive_region_is_ground_not_a_strike() -> None:
    text = (
        " date 2022-09-09 wire\n"
        "Russian shelling killed civilians in Pokrovsk on Thursday, as Ukrainian troops reported "
        "advances in a surprise counteroffensive in the neighbouring Kharkiv region.\n"
    )
    assert _towns(text) == ["Pokrovsk"]


def test_preparing_an_attack_is_no_strike() -> None:
    text = (
        " date 2022-10-20 wire\n"
        'Zelensky accused Russia of preparing a "terrorist attack" on the Kakhovka dam.\n'
    )
    assert incidents(text) == []


def test_a_suburb_of_a_city_is_not_the_city() -> None:
    text = (
        " date 2022-07-01 AP\n"
        "A Russian missile slammed into a plant in a suburb of Kharkiv on Thursday, officials "
        "said.\n\n"
        "The explosion in Bezliudivka, just south of Kharkiv, set a warehouse on fire.\n"
    )
    assert [i.place.name for i in incidents(text)] == ["Bezliudivka"]


def test_a_pages_links_to_other_stories_are_no_region_hint() -> None:
    text = (
        " date 2022-11-12 page\n"
        "A Russian missile tore through an apartment building in the southern city of "
        "Mykolaiv early on Friday, killing seven people.\n\n"
        "Related coverage\n"
        "• Lviv Oblast: Poland opens new border crossing for trucks\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.admin1 == "Mykolaiv Oblast"


def test_a_channel_previews_footer_dates_its_post() -> None:
    text = (
        " date 2023-02-12 Telegram preview\n"
        "Marhanets Military Administration\n"
        "The enemy shelled Marhanets with heavy artillery this morning. A man was killed.\n"
        "👁 24.6K · 09.02.2023 11:48 · edited\n\n"
        "Marhanets Military Administration\n"
        "Evacuation bus to Dnipro on Monday at 09:00.\n"
        "👁 8.8K · 12.02.2023 19:41\n"
    )
    (found,) = incidents(text)
    assert days([found]) == [(date(2023, 2, 9),) * 2]


def test_a_namesake_not_to_be_confused_keeps_its_own_place() -> None:
    text = (
        " date 2022-09-18 SES\n"
        "In the village of Yahidne near Bakhmut (Bakhmut district — not to be confused with "
        "Yahidne in Chernihiv region), a man was killed when a Russian shell hit his yard today.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.admin1 == "Donetsk Oblast"


def test_an_oblasts_institution_in_another_town() -> None:
    text = (
        " date 2022-09-18 SES\n"
        "In Kramatorsk, an enemy missile hit the building of the Donetsk Regional Institute of "
        "Postgraduate Education.\n"
    )
    assert _towns(text) == ["Kramatorsk"]


def test_days_inside_a_month_say_more_than_the_month() -> None:
    text = (
        " date 2023-03-01 roundup\n"
        "Earlier in February, officials claimed that Ukrainian shelling between 2 and 4 "
        "February set fire to two yachts in Nova Kakhovka.\n"
    )
    (found,) = incidents(text)
    assert days([found]) == [(date(2023, 2, 2), date(2023, 2, 4))]


def test_it_burned_down_is_the_site_of_the_town_just_named() -> None:
    text = (
        " date 2022-03-25 culture\n"
        "In the village of Viazivka, in the Korosten district of Zhytomyr region, only the walls "
        "remain of the wooden church. It burned down after Russian shelling on 7 March.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name == "Viazivka"


def test_more_from_an_outlet_is_a_list_of_links() -> None:
    text = (
        " date 2022-07-21 page\n"
        "Russian troops shelled a farm on the edge of Kodema on Wednesday.\n\n"
        "More from Donbas Frontline\n"
        "• Sloviansk: central market hit again, two killed\n"
    )
    assert _towns(text) == ["Kodema"]


@pytest.mark.parametrize(
    "text",
    [
        "The CPC terminal near the port was not damaged, the company added.",
        "More photos of the same school were posted on 4 July (no new strike).",
    ],
)
def test_a_sentence_that_says_no_strike_happened(text: str) -> None:
    assert incidents(f" date 2022-07-05 notes\n{text}\n") == []


def test_a_subject_in_a_clause_without_a_strike_is_no_target() -> None:
    text = (
        " date 2022-09-04 page\n"
        "(Update 12:10: the wounded were taken to Kharkiv; Balakliia remains occupied.)\n"
    )
    assert incidents(text) == []


def test_acleds_bare_raion_adjective_places_the_village() -> None:
    text = (
        " date 2022-11-25 backlog\n"
        "Notes: On 26 April 2022, a kindergarten in Kyselivka (Khersonskyi) was heavily damaged "
        "by a strike.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.admin1 == "Kherson Oblast"


def test_a_footnotes_mark_does_not_make_a_heading() -> None:
    text = (
        " date 2022-10-03 notes\n"
        "On 1 September 2022, Russian forces shelled Toretsk. One civilian was killed. [1]\n\n"
        "On 2 September 2022, Russian artillery hit Bohoiavlenka (Volnovaskyi, Donetsk), killing "
        "one civilian. [1]\n"
    )
    assert _towns(text) == ["Bohoiavlenka", "Toretsk"]


def test_a_bus_evacuating_people_near_a_town_was_struck_there() -> None:
    text = (
        " date 2025-06-30 backfill\n"
        "notes: On 17 May 2025, a Russian drone struck a passenger bus evacuating civilians near "
        "Bilopillia (Sumskyi). 9 people killed and 7 injured.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name == "Bilopillia"


def test_a_coders_not_coded_mark_keeps_the_block_off_the_map() -> None:
    text = (
        " date 2022-11-25 backlog\n"
        "Notes: On 20 November 2022, a police team destroyed an unexploded rocket found on the "
        "beach near Ochakiv. Controlled detonation; no one hurt. [NOT CODED]\n"
    )
    assert incidents(text) == []


def test_a_datelines_dash_is_no_records_aside() -> None:
    text = (
        " date 2023-07-07 Lviv toll rises\n\n"
        "LVIV -- The death toll from a Russian missile strike on an apartment building in the "
        "city of Lviv has risen to 10, the governor said on July 7.\n"
    )
    (found,) = incidents(text)
    assert found.killed == 10


@pytest.mark.parametrize(
    ("line", "town"),
    [
        (
            "21.10 fri - 0530 Stepanky 330 kV substation (our big node, Cherkasy r-n) hit by "
            "russian missiles, transformer on fire.",
            "Stepanky",
        ),
        (
            "sun 16.10 - power went off at 0700: the russians hit the substation north of the "
            "city, by Khmilnytsia. we are on schedule blackouts now",
            "Khmilnytsia",
        ),
    ],
)
def test_a_notes_site_struck_names_its_village(line: str, town: str) -> None:
    (found,) = incidents(f" date 2022-10-25 dispatcher log\n{line}\n")
    assert found.place is not None and found.place.name == town


@pytest.mark.parametrize(
    "line",
    [
        "After the Kakhovka dam was destroyed in June 2023, the flooded neighbourhoods emptied.",
        'Also NOT new: the pics of "another Shakhtarsk hit" circulating on 2 Nov are old.',
    ],
)
def test_background_and_old_pictures_are_no_new_strike(line: str) -> None:
    assert incidents(f" date 2024-11-03 notes\n{line}\n") == []


def test_a_checklists_box_is_a_logs_line_of_its_home_town() -> None:
    text = (
        " date 2025-08-01 DAT checklist - Sviatoshynskyi r-n\n"
        "KYIV CITY DAMAGE ASSESSMENT - field checklist\n"
        "object: 9-storey panel residential bldg, Sviatoshynskyi district\n"
        "visit: 31.07 14:00 and 01.08 08:00\n\n"
        "[x] event: night 30→31.07.2025, combined russian attack. direct missile hit ~03:00, "
        "entrances 2-3 collapsed down to the basement\n"
        "[x] gas: cut 31.07 04:10\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name == "Kyiv"


def test_a_numbered_dated_entry_is_a_logs_line() -> None:
    text = (
        ' date 2024-05-31 notes for the accountant (print shop "Litera", Kharkiv)\n'
        "1) 20.05 (Mon) - paper delivered, invoice 0517.\n\n"
        "2) 25.05 (Sat) - Maksym's car damaged at the parking - he was buying paint when the "
        "russian guided bombs hit the hypermarket.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name == "Kharkiv"
    assert days([found]) == [(date(2024, 5, 25),) * 2]


def test_a_street_named_after_a_town_is_no_town() -> None:
    text = (
        " date 2022-11-28 loss adjuster, Zaporizhzhia branch\n"
        "ZP-1190 | car dealership, Zaporizke shose | event: tue 11.10 morning, a missile hit the "
        "dealership, 20+ new cars burned.\n"
        "ZP-1191 | shop, Zaporizhzhia | event: tue 11.10, same missile, windows out.\n"
    )
    assert "Zaporizke" not in _towns(text)


def test_a_site_with_its_village_in_brackets_labels_the_line() -> None:
    text = (
        " date 2022-10-24 to-do\n"
        "[ ] school of social rehabilitation (Komyshuvakha): russian strike thu 20.10 ~1500, "
        "roof + 2 classrooms gone.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name == "Komyshuvakha"


def test_a_night_told_by_the_day_it_ended() -> None:
    # (the night that ended on the 23rd: its two days, as "overnight into 23 November")
    assert [
        (d.window.start, d.window.end)
        for d in find_dates("in the night to 23.11, the", date(2022, 11, 28))
    ] == [(date(2022, 11, 22), date(2022, 11, 23))]
    assert [
        d.window.start for d in find_dates("On the night of 2/3 May a missile", date(2022, 5, 20))
    ][0] != date(2022, 3, 2)


def test_a_list_after_as_well_as_shares_the_first_names_role() -> None:
    text = (
        " date 2025-06-02 wire\n"
        "Nikopol itself, as well as the Marhanets and Chervonohryhorivka communities, came "
        "under fire on Sunday.\n"
    )
    assert len(_towns(text)) == 3


def test_an_old_city_name_that_is_a_villages_own_goes_to_the_village_of_the_story() -> None:
    text = (
        " date 2024-08-21 russians drop explosives on man in Bilozerka; Kherson also under fire\n"
        "In Bilozerka a russian drone dropped explosives on a man, he is in hospital.\n"
        "In the afternoon in Stanislav the enemy shelled a residential building, a roof and a "
        "fence damaged.\n"
    )
    stanislav = [i for i in incidents(text) if i.place is not None and i.place.lon < 33]
    assert any(i.place.name == "Stanislav" for i in stanislav)
    assert not at(incidents(text), "Ivano")


def test_a_town_a_distance_away_only_measures_where_the_place_is() -> None:
    text = (
        " date 2024-04-11 energy desk\n"
        "The Trypilska plant, on the Dnipro river in the town of Ukrainka about 40 kilometers "
        "south of Kyiv, was hit by several missiles, Centrenergo said.\n"
    )
    assert not at(incidents(text), "Kyiv")


def test_an_events_venue_is_no_scene() -> None:
    text = (
        " date 2024-05-27 books desk\n"
        "A Russian missile hit the Faktor Druk printing plant in Kharkiv on Thursday.\n"
        "About 50,000 copies were destroyed, among them runs due at the Book Arsenal festival in "
        "Kyiv, which opens on Thursday.\n"
    )
    assert not at(incidents(text), "Kyiv")
