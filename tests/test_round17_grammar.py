"""Rules of language and geography from the seventeenth round (issue 12, session 21).

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo import lexicon as lx
from geo.dates import find_dates


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("strikes on the city, 3 to 20 May 2024", date(2024, 5, 3), date(2024, 5, 20)),
        ("shelling between 1 and 9 June", date(2024, 6, 1), date(2024, 6, 9)),
        ("from May 2 to May 18", date(2024, 5, 2), date(2024, 5, 18)),
    ],
)
def test_a_span_of_days_longer_than_a_week_is_a_span_not_its_first_day(
    text: str, start: date, end: date
) -> None:
    [d] = find_dates(text, date(2024, 7, 1))
    assert (d.window.start, d.window.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Thu 11/21, night: drone on the bridge", date(2024, 11, 21)),  # month first: 21 > 12
        ("Mon 11/18/2024 - bus hit", date(2024, 11, 18)),
        ("Sat 14.09, about 22:10 - depot", date(2024, 9, 14)),  # a weekday's day and month
        ("Fri 6/9 drone", date(2024, 9, 6)),  # day first where both could be either
        ("| 2 | 13.09 | refinery, Ryazan | drones |", date(2024, 9, 13)),  # a table's date cell
        ("01.09 Belgorod - oil depot on fire", date(2024, 9, 1)),  # a log line's own day
    ],
)
def test_numeric_days_in_notes(text: str, day: date) -> None:
    found = find_dates(text, date(2024, 11, 25))
    assert found and found[0].window.start == found[0].window.end == day


def test_a_record_dated_by_its_when_field_dates_its_what_field() -> None:
    found = incidents(
        " date 2024-05-28 Kharkiv: notes\n"
        "Kharkiv, May 2024: notes\n\n"
        "Item 1: the printing house\n"
        "When: Thursday 23 May, around 15:00.\n"
        "What: a Russian missile hit a printing house in Kharkiv; 7 killed.\n\n"
        "Item 2: the hypermarket\n"
        "When: Sat 25 May, afternoon.\n"
        "What: a guided bomb dropped by Russia hit a district on the northern edge of the city.\n"
    )
    assert sorted(days(at(found, "Khark"))) == [
        (date(2024, 5, 23), date(2024, 5, 23)),
        (date(2024, 5, 25), date(2024, 5, 25)),
    ]


def test_a_numbered_items_leading_day_dates_its_bullets_and_its_overnight() -> None:
    found = incidents(
        " date 2024-06-07 Re: the week\n"
        "Hi,\n\n"
        "1) Sat 1 June: the big overnight attack on the power grid. The air force counts 100 "
        "missiles and drones overnight and into the morning. For the tracker:\n"
        " - Zaporizhzhia: a power plant was hit; 2 injured.\n"
        " - Kryvyi Rih: an energy facility took a hit.\n\n"
        "2) Tues 4th: missile salvo on Kharkiv and Odesa in the morning.\n"
        " - Odesa: a warehouse hit, 1 injured.\n"
        " - Kharkiv: an industrial site hit at about 08:00.\n"
    )
    june1 = (date(2024, 6, 1), date(2024, 6, 1))
    june4 = (date(2024, 6, 4), date(2024, 6, 4))
    assert days(at(found, "Zapor")) == [june1] and days(at(found, "Kryv")) == [june1]
    assert days(at(found, "Odes")) == [june4] and days(at(found, "Khark")) == [june4]


def test_a_place_alone_after_a_day_label_heads_what_follows() -> None:
    found = incidents(
        " date 2024-01-05 week\n"
        "Notes for Monday.\n\n"
        "2) Sun 31 Dec: Donetsk. Pushilin says Ukraine shelled the city centre in the morning. "
        "Latest (Pushilin, Wednesday): 4 dead and 13 injured.\n"
    )
    [donetsk] = at(found, "Donetsk")
    assert donetsk.date.start == donetsk.date.end == date(2023, 12, 31)
    assert donetsk.killed == 4 and donetsk.attribution == "alleged"


def test_many_strikes_over_a_span_of_days_are_a_summary() -> None:
    found = incidents(
        " date 2024-05-21 Sumy notes\n"
        "Scope: Russian strikes on Sumy, 1 to 20 May 2024.\n\n"
        "On 12 May, a Russian drone hit a house in Sumy, injuring two.\n"
    )
    assert days(at(found, "Sumy")) == [(date(2024, 5, 12), date(2024, 5, 12))]


def test_a_claim_made_on_the_day_of_the_strike_last_told_there_is_that_strikes() -> None:
    found = incidents(
        " date 2024-03-20 Mykolaiv notes\n"
        "Event 1\nWhen: Sat 9 March.\nWhat: a Russian drone hit a house in Mykolaiv.\n\n"
        "Event 2\nWhen: Wednesday 13 March, around noon.\n"
        "What: a Russian missile hit the port of Mykolaiv; 2 killed.\n"
        "The Russian Defence Ministry said the same afternoon that it had struck a workshop in "
        "the port of Mykolaiv.\n"
    )
    by_day = {i.date.start: i for i in at(found, "Mykola")}
    assert by_day[date(2024, 3, 13)].attribution == "claimed"
    assert by_day[date(2024, 3, 9)].attribution == "stated"


@pytest.mark.parametrize(
    "text",
    [
        "The port was hit again and again through 2023.",
        "The bridge has been struck time and again.",
    ],
)
def test_again_and_again_is_a_habit(text: str) -> None:
    assert lx.HABITUAL.search(text)


def test_a_bullet_labelled_by_its_place_and_day_is_that_place_not_the_oblast_heading() -> None:
    found = incidents(
        " date 2023-06-19 digest\n"
        "WEEKLY DIGEST, 12-18 June\n\n"
        "ODESA OBL.\n"
        "- Odesa city, Wed 14th: RU missiles hit a warehouse in the night, 3 KIA.\n"
        "- Izmail (port), night 15->16: drones on the grain terminal, no casualties.\n"
        "- Bilhorod-Dnistrovskyi, Sat 17th: gov. Kiper says a Russian drone hit a house.\n"
    )
    names = {i.place.name for i in found}
    assert not any("Oblast" in n for n in names)
    assert at(found, "Odes") and at(found, "Izma") and at(found, "Bilhorod")
    [odesa] = at(found, "Odes")
    # (its "in the night" is the night into the 14th, as "overnight" is: two days)
    assert (odesa.date.start, odesa.date.end) == (date(2023, 6, 13), date(2023, 6, 14))


def test_an_official_with_an_office_in_brackets_labels_no_place() -> None:
    found = incidents(
        " date 2024-04-19 notes\n"
        "- Chernihiv, 17.04: three Russian missiles hit the city centre.\n"
        "  Chaus (OVA), 18.04: 18 KIA, 78 WIA.\n"
    )
    assert [i.place.name for i in found] == ["Chernihiv"]


def test_a_log_items_id_in_brackets_does_not_hide_its_place_label() -> None:
    found = incidents(
        " date 2022-10-11 status list\n"
        "STATUS LIST - strikes of Mon 10 Oct\n\n"
        "[C1] Lviv - crater next to a substation, Russian cruise missile fragments.\n"
        "[C2] Kharkiv - power plant hit, fire through the morning.\n"
    )
    assert at(found, "Lviv") and at(found, "Khark")


def test_a_numbered_posts_header_stamps_the_quoted_post_under_it() -> None:
    found = incidents(
        " date 2023-03-10 Glosses of the administration posts\n"
        "My glosses of the posts, as asked.\n\n"
        "1) Kim, Mykolaiv OVA, 02.03, 07:50\n"
        '"Ochakiv. The enemy hit the town with artillery at night. A man was wounded."\n'
        "gloss: the town itself.\n\n"
        "2) Kim, 06.03, 11:20\n"
        '"Bashtanka. The occupiers attacked the town with drones. Two women were injured."\n'
    )
    [ochakiv], [bashtanka] = at(found, "Ochak"), at(found, "Bashtan")
    assert ochakiv.date.end == date(2023, 3, 2)
    assert bashtanka.date.start == bashtanka.date.end == date(2023, 3, 6)


def test_a_bullet_ending_on_a_weekday_stamps_nothing() -> None:
    found = incidents(
        " date 2025-06-01 Live\n"
        "Key points\n"
        "• Delegations due in Istanbul for talks on Monday\n\n"
        "21:14\n"
        "Russian drones hit Kharkiv overnight, injuring three people, the mayor said.\n"
    )
    [kharkiv] = at(found, "Khark")
    assert kharkiv.date.end == date(2025, 6, 1)


def test_a_records_location_field_places_its_description() -> None:
    found = incidents(
        " date 2023-07-01 Incident tracker export\n"
        "INCIDENT TRACKER - Kherson hub - June\n\n"
        "#3\n"
        " date: 12/06\n"
        " location: Bilozerka, Khersonskyi raion\n"
        " description: RU artillery hit the village centre during a distribution. 2 killed.\n"
        " ops impact: distribution moved to Kherson city\n\n"
        "#4\n"
        " date: 20/06\n"
        " location: Mykolaiv checkpoint\n"
        " description: crossing closed for four hours, no shooting reported\n"
    )
    [bilozerka] = at(found, "Bilozerka")
    assert bilozerka.date.start == bilozerka.date.end == date(2023, 6, 12)
    assert bilozerka.killed == 2
    assert not at(found, "Kherson") and not at(found, "Mykola")


def test_a_log_line_opened_by_its_day_then_its_qualified_place_and_a_speaker() -> None:
    found = incidents(
        " date 2022-08-30 border notes\n"
        "Running notes, border regions.\n\n"
        "12.08 Sudzha (Kursk obl.) - Starovoit: Ukrainian forces shelled the town, 2 injured.\n"
        "17.08 Graivoron - explosions in the town from ~04:00, a garage on fire.\n"
        " -> the ministry promises strikes on Kiev if this continues. context.\n"
    )
    [sudzha] = at(found, "Sudzha")
    assert sudzha.date.start == sudzha.date.end == date(2022, 8, 12)
    assert at(found, "Grayvoron")[0].date.start == date(2022, 8, 17)
    assert not at(found, "Kyiv")


@pytest.mark.parametrize(
    "text",
    ["Moscow promises strikes on decision-making centres", "he threatened retaliatory strikes"],
)
def test_a_promised_strike_is_a_threat(text: str) -> None:
    assert lx.IRREALIS_BEFORE.search(text[: text.index("strikes")])


def test_bracketed_post_stamps_date_their_posts_and_keep_them_apart() -> None:
    found = incidents(
        " date 2023-03-10 Translation log\n"
        "Translation log of the city heads' posts.\n\n"
        "[01.03, 10:05] Donetsk city head:\n"
        '"At 09:10 the AFU shelled the centre of Donetsk. One civilian killed."\n\n'
        "[06.03, 18:20] Donetsk city head:\n"
        '"A man died as a result of shelling of the Kirovsky district of Donetsk."\n\n'
        '[08.03, 12:00] Pushilin: "the Kiev regime shells Donetsk daily".\n'
    )
    assert sorted(days(at(found, "Donetsk"))) == [
        (date(2023, 3, 1), date(2023, 3, 1)),
        (date(2023, 3, 6), date(2023, 3, 6)),
    ]


def test_a_line_led_by_yesterday_is_still_yesterday_and_a_titles_day_labels_nothing() -> None:
    found = incidents(
        " date 2025-05-18 Digest, Sun 18.05\n"
        "Digest of the oblast channels.\n\n"
        "OKHTYRKA. Yday, 06:17: a Russian drone hit a bus on the highway outside Okhtyrka; 2 killed.\n"
    )
    [okhtyrka] = at(found, "Okhtyr")
    assert okhtyrka.date.start == okhtyrka.date.end == date(2025, 5, 17)
    found = incidents(
        " date 2024-07-10 8 July: numbers for the appeal\n"
        "Here is where I landed.\n\n"
        "Kryvyi Rih. Across the city a Russian missile killed 10 (Vilkul, Tuesday night).\n"
    )
    assert all(i.date.start >= date(2024, 7, 9) for i in at(found, "Kryv"))


def test_a_timelines_day_and_site_label_places_the_lines_after_it() -> None:
    found = incidents(
        " date 2022-09-10 Timeline draft\n"
        "TIMELINE DRAFT, August 2022\n\n"
        "09.08: Saky airbase (Novofedorivka, Yevpatoria raion, Crimea). Series of explosions at "
        "the airfield in the afternoon. Satellite images 10.08: at least 8 aircraft destroyed.\n\n"
        "20.08: Sevastopol: a Ukrainian drone was shot down over the fleet HQ, no casualties.\n"
    )
    [saky] = [i for i in found if i.place.name.startswith("Saky")]
    assert saky.date.start == saky.date.end == date(2022, 8, 9)
    [sevastopol] = at(found, "Sevast")
    assert sevastopol.date.start == date(2022, 8, 20)


def test_a_headings_day_time_and_qualified_place_head_its_bullets() -> None:
    found = incidents(
        " date 2025-01-12 ZP notes\n"
        "Notes, Zaporizhzhia oblast.\n\n"
        "10.01, ~14:00, Zaporizhzhia city\n"
        "- Two KABs dropped by Russian aircraft on an industrial site in the city.\n"
        "- OVA: 4 dead, 20 injured\n\n"
        "11.01, morning, Stepnohirsk (Vasylivka raion; NOT the village in Odesa obl.)\n"
        "- Russian artillery hit a private house; woman, 70, killed.\n"
    )
    [zp] = at(found, "Zapor")
    assert zp.date.start == zp.date.end == date(2025, 1, 10)
    [stepnohirsk] = at(found, "Stepnohirsk")
    assert stepnohirsk.date.start == date(2025, 1, 11)


def test_a_toll_given_as_of_a_day_is_that_tolls_day() -> None:
    found = incidents(
        " date 2024-04-19 notes\n"
        "SUMY - Wed 17.04.2024 ~0900\n"
        "- 2 RU missiles hit the city centre, a residential block.\n"
        "  Artiukh (OVA), 18.04: 3 KIA, 20 WIA.\n"
    )
    [sumy] = at(found, "Sumy")
    assert sumy.date.start == sumy.date.end == date(2024, 4, 17)


def test_a_bullet_without_its_full_stop_among_items_is_an_item_not_a_heading() -> None:
    found = incidents(
        " date 2025-01-12 ZP notes\n"
        "Notes, Zaporizhzhia oblast.\n\n"
        "10.01, ~14:00, Zaporizhzhia city\n"
        "- Two KABs dropped by Russian aircraft on an industrial site in the city\n"
        "- OVA: 4 dead, 20 injured\n"
    )
    [zp] = at(found, "Zapor")
    assert zp.date.start == zp.date.end == date(2025, 1, 10)
    assert any("KABs" in s.excerpt for s in zp.sources)


def test_a_numbered_sections_head_of_place_and_day_places_and_dates_its_event() -> None:
    found = incidents(
        " date 2023-11-20 ch3 notes\n"
        "Ch. 3 - four cases\n\n"
        "3.1 Odesa, 23.07.2023 (Sun night). Russian missiles hit the Transfiguration Cathedral; "
        "1 killed, 22 injured [12].\n\n"
        "3.2 Hroza, Kupiansk raion, Kharkiv oblast, 05.10.2023, ~13:15. A Russian Iskander on a "
        "cafe during a wake; 59 killed [21].\n"
    )
    [odesa], [hroza] = at(found, "Odes"), at(found, "Hroza")
    assert odesa.date.start == odesa.date.end == date(2023, 7, 23)
    assert hroza.date.start == hroza.date.end == date(2023, 10, 5)


def test_an_items_letter_and_written_day_before_its_place_label() -> None:
    found = incidents(
        " date 2024-06-27 prep doc\n"
        "RUN OF SHOW\n\n"
        " a) 9 Aug 2022 - Saky airbase, near Novofedorivka: huge explosions, jets destroyed.\n"
        " b) 8 Oct 2022 - Kerch bridge: truck bomb, road spans down, 3 killed.\n"
    )
    assert at(found, "Saky") and at(found, "Crimean Bridge")
    assert at(found, "Crimean Bridge")[0].date.start == date(2022, 10, 8)


def test_where_words_drew_criticism_is_no_place_struck() -> None:
    found = incidents(
        " date 2025-04-05 Strike\n"
        "A Russian missile hit a playground in Kryvyi Rih on Friday, killing 18 people.\n\n"
        'An ambassador wrote that she was "horrified" by the strike, drawing criticism in Kyiv.\n'
    )
    assert at(found, "Kryv") and not at(found, "Kyiv")
