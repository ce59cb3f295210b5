"""Rules of the thirty-ninth round (issue 12, session 43): shift books, forum threads,
Telegram feeds, weekly summaries and wire copy that place, date or tell a strike in ways
not read before.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo import lexicon as lx
from geo.articles import make_article, split_sentences
from geo.attribution import attribution_for
from geo.eventday import dates_told
from geo.loglines import post_header_days
from geo.placephrase import find_places
from geo.placequal import qualifiers
from geo.places import default_resolver
from geo.story import Reading, entry_name
from geo.tablerows import cells_of, rejected_record, rejected_row, rejecting_codes, set_aside

REF = date(2024, 5, 20)


def _places(text: str, hints: tuple[str, ...] = ()) -> list[tuple[str, str, str | None]]:
    found = find_places(text, default_resolver(), hints)
    return [(p.text, p.role, p.place.name if p.place else None) for p in found]


def _told(text: str, ref: date = REF) -> list[tuple[date | None, date | None]]:
    events, _ = dates_told(text, Reading(ref, None), 0)  # type: ignore[arg-type]
    return [(d.window.start, d.window.end) for d in events]


# --- places ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Russian missile attack on Ukraine's second city Kharkiv early Monday killed two.",
        "Drones struck the country's third-largest city Odesa overnight.",
        "Shells hit the region's biggest city Kramatorsk on Sunday.",
    ],
)
def test_a_citys_rank_before_its_name_describes_the_place_struck(text: str) -> None:
    assert [role for _, role, _ in _places(text)][-1:] == ["target"]


def test_a_hromada_places_its_village_at_the_seat_not_a_hamlet_of_that_name() -> None:
    # Kupianskyi raion has several Shevchenkoves; the Shevchenkivska hromada sits in one
    text = "Shelling damaged a school in Shevchenkove (Shevchenkivska hromada, Kupianskyi raion)."
    place = find_places(text, default_resolver())[0].place
    assert place is not None and place.seat >= 1 and place.population > 1000


def test_a_governors_title_is_no_town_that_drops_his_regions_row() -> None:
    text = "Kursk governor Alexei Smirnov said 20 drones were shot down over the Kursk region."
    assert ("Kursk region", "target", "Kursk Oblast") in _places(text)


def test_an_owners_name_before_a_site_leaves_the_verb_its_object() -> None:
    text = "On Friday, drones hit Rosneft PJSC's Tuapse refinery, the governor said."
    assert ("Tuapse", "target", "Tuapse") in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "The blast was heard even in Poltava, 100 km away.",
        "We felt the explosions as far away as Zhytomyr.",
    ],
)
def test_where_far_off_blasts_were_heard_is_no_place_struck(text: str) -> None:
    assert [role for _, role, _ in _places(text)] == ["context"]


def test_two_streets_joined_by_a_slash_are_a_crossing_not_a_region() -> None:
    text = "The russians hit houses near the Kyivska/Lvivska crossroads this morning."
    assert [name for name, _, _ in _places(text)] == []


def test_a_compound_towns_short_name_after_it_is_that_town() -> None:
    text = (
        "- Kamianka-Dniprovska (Zaporizhzhia oblast): overnight drones attacked the Kamianka pier."
    )
    names = [place for _, _, place in _places(text)]
    assert names == ["Kamyanka-Dniprovska", "Kamyanka-Dniprovska"]


def test_a_channels_place_said_again_heads_its_post() -> None:
    found = entry_name("Marhanets again.", default_resolver(), ())
    assert found is not None and found.place is not None and found.place.name == "Marhanets"


# --- what is no strike ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A farmer found a tail fin of a rocket in his field and called the police.",
        "Children found fragments of a drone near the school; sappers took them away.",
        "Everyone still talks of the sea mine that blew up off the beach last summer.",
    ],
)
def test_remnants_found_and_mines_are_no_weapons_fired(text: str) -> None:
    assert lx.NOT_A_STRIKE.search(text) is not None
    assert lx.STRIKE_WORDS.search(lx.LEFTOVER.sub(" ", text)) is None


def test_earlier_strikes_on_other_ports_are_no_strike_told() -> None:
    text = "It follows earlier strikes on the ports of Tuapse and Taman."
    assert lx.HABITUAL.search(text) is not None


# --- days -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    ["during the night from Saturday to Sunday", "on the night of Saturday to Sunday"],
)
def test_a_night_from_one_weekday_to_the_next(phrase: str) -> None:
    # 20 May 2024 is a Monday
    assert _told(f"Drones hit the region {phrase}.") == [(date(2024, 5, 18), date(2024, 5, 19))]


def test_a_weekday_night_not_yet_ended_is_the_one_a_week_before() -> None:
    # 19 May 2024 is a Sunday: the night from Sunday to Monday has not ended yet
    told = _told("It was hit in the night from sunday to monday.", date(2024, 5, 19))
    assert told == [(date(2024, 5, 12), date(2024, 5, 13))]


def test_a_table_rows_notes_tell_who_reports_not_its_type_column() -> None:
    row = (
        "UKR1\t2023-02-02\tDonetsk\tShelling/artillery/missile attack\tMilitary Forces of Ukraine"
        "\tOn 2 February 2023, according to the DPR headquarters, Ukrainian forces shelled "
        "Olenivka. 1 civilian killed.\t1"
    )
    assert attribution_for(row, "Ukraine", "attacker", None, "UA", news=False)[0] == "alleged"


def test_a_status_cell_with_a_legends_code_and_its_row_keeps_the_row_off() -> None:
    lines = ["Status codes: OK = keep; DUP = duplicate of the row named; [X] = remove from the set"]
    codes = rejecting_codes(lines)
    assert {"DUP", "[X]"} <= codes
    assert rejected_row(
        "| 13 | 2022-06-25 | Sarny | Missile attack | a strike | 0 | DUP #12 |", codes
    )
    assert not rejected_row(
        "| 12 | 2022-06-25 | Sarny | Missile attack | a strike | 4 | OK |", codes
    )


def test_a_forum_posts_number_and_author_head_its_day() -> None:
    lines = ["#3 by olga_k » Sat 18 May 2024, 09:10", "A drone hit a shop last night."]
    assert post_header_days(lines, REF) == [date(2024, 5, 18), date(2024, 5, 18)]


def test_other_news_under_a_page_are_other_stories() -> None:
    text = (
        " date 2024-05-20 Shelling in Nikopol\n\nRussian artillery hit Nikopol on Monday.\n\n"
        "Other news\n- Kyiv: drones downed over the capital on Sunday\n"
    )
    article = make_article("t.txt", text)
    assert not any("Kyiv" in s.span.text for s in split_sentences(article))


# --- whole texts ----------------------------------------------------------------------


def test_a_shift_books_day_row_dates_the_bullets_under_it() -> None:
    found = incidents(
        " date 2023-03-02 Shift book\n"
        "Mon 20.02 | day | 22 km | V\n- quiet\n\n"
        "Mon 27.02 | day | 30 km | V\n- salt low\n"
        "- radio in the cab: today the russians shelled Druzhkivka, a man killed\n"
    )
    assert days(at(found, "Druzhk")) == [(date(2023, 2, 27), date(2023, 2, 27))]


def test_a_transliterated_weekday_heads_its_day() -> None:
    found = incidents(
        " date 2022-09-26 Notes\n\nPn / Mon 05.09\n- order for a gate, done.\n\nCht / Thu 08.09\n"
        "- Genshtab: vchora our forces hit a depot in Vasylivka (yesterday).\n"
    )
    assert days(at(found, "Vasylivka")) == [(date(2022, 9, 7), date(2022, 9, 7))]


def test_the_region_town_said_of_a_town_named_just_before_is_that_town() -> None:
    found = incidents(
        " date 2022-05-23 Roundup\n\n"
        "Russian aircraft fired missiles at Desna, Chernihiv region, on 17 May.\n\n"
        "The president also recalled the strike on the House of Culture in Balakliia. On "
        "Friday a Russian missile hit the building in the centre of the Kharkiv region town, "
        "injuring five people.\n"
    )
    assert [(i.date.start, i.date.end) for i in at(found, "Balakl")] == [
        (date(2022, 5, 20), date(2022, 5, 20))
    ]
    assert not [i for i in found if i.place is not None and i.place.precision == "region"]


def test_a_district_of_the_storys_city_is_that_city_though_others_have_one() -> None:
    found = incidents(
        " date 2024-04-08 Kharkiv hire book\nHIRE BOOK, yard in Kharkiv\n\n"
        "H-11 | Tue 02.04 | private, Chuhuiv | 4 sets\n"
        "H-12 | Sat 06.04 | shop, Kyivskyi | 8 sets\n"
        "- in the night to Saturday, shahids on the Kyivskyi district, three dead.\n"
    )
    assert [i.place.name for i in found if i.place is not None] == ["Kharkiv"]


def test_a_mayors_drones_downed_flying_toward_the_city_are_his_citys() -> None:
    found = incidents(
        " date 2025-05-25 Night\n\nIn Moscow, Mayor Sergei Sobyanin said air defences had "
        "destroyed 9 drones flying toward the city overnight.\n"
    )
    assert [i.place.name for i in found if i.place is not None] == ["Moscow"]


def test_a_hromadas_qualifier_is_read_with_its_raion() -> None:
    q = qualifiers(" (Shevchenkivska hromada, Kupianskyi raion)", 0, default_resolver())
    assert q is not None and q.seat is not None and q.seat.seat >= 1


@pytest.mark.parametrize(
    "status",
    [
        "NOT STRIKE (undated damage)",
        "DUPLICATE UKR70001 (same strike)",
        "DEL (casualty report only)",
    ],
)
def test_a_status_cell_that_sets_the_row_aside(status: str) -> None:
    row = f"UKR70002,2022-08-30,Shelling,Russia,Mykolaiv,On 30 August 2022 a strike.,0,{status}"
    assert set_aside(cells_of(row))


@pytest.mark.parametrize("status", ["DEL", "DUP", "deleted"])
def test_an_export_records_status_that_deletes_it(status: str) -> None:
    line = f'{{"id": "E-1", "location": "Svatove", "notes": "A strike.", "status": "{status}"}}'
    assert rejected_record(line)
    assert not rejected_record(line.replace(f'"{status}"', '"OK"'))


def test_a_convoy_fired_on_while_evacuating_people_is_a_strike_there() -> None:
    found = incidents(
        " date 2022-10-10 x\n\nOn 17 September 2022, Russian forces fired on a bus evacuating "
        "civilians near Kupiansk. 3 killed.\n"
    )
    assert [i.place.name for i in found if i.place is not None] == ["Kupyansk"]


def test_what_a_town_went_through_before_is_no_verdict_on_the_strike() -> None:
    found = incidents(
        " date 2022-10-10 x\n\nOn 19 September 2022, Russian forces fired on Izium, liberated "
        "a week earlier; a high-rise building was hit.\n"
    )
    assert [i.place.name for i in found if i.place is not None] == ["Izyum"]


def test_a_lines_stamp_is_read_whole_not_cut_inside_its_day() -> None:
    # ("Sat 04.1" of "Sat 04.11" would be the 4th of January)
    head = lx.LINE_STAMP_HEAD.match("Sat 04.11")
    assert head is None or "04.1" not in head.group(0)
    full = lx.LINE_STAMP_HEAD.match("Mon 06.11 - rockets on the port")
    assert full is not None and "06.11" in full.group(0)


# --- second part of the round (the 65 sets) ---------------------------------------------


def test_the_paragraphs_day_goes_on_however_its_first_strike_was_dated() -> None:
    found = incidents(
        " date 2023-08-16 Daily update, 16 August 2023\n\n"
        "In the early hours of 15 August, Russia launched 28 cruise missiles at Ukraine. "
        "Sixteen were intercepted.\n\n"
        "Two missiles hit a plant in Lutsk, killing three. In Lviv, debris damaged houses. "
        "A missile also struck a depot in Dnipro, injuring two.\n"
    )
    assert days(at(found, "Dnipro")) == [(date(2023, 8, 15), date(2023, 8, 15))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kursk governor Alexei Smirnov says four Ukrainian drones were shot down over his region "
        "overnight but that a falling drone damaged a substation.",
        "The governor of the neighbouring Kursk region, Alexei Smirnov, reported that two people "
        "were wounded in attacks by Ukrainian drones on the region.",
    ],
)
def test_the_region_a_governor_speaks_for_is_where_his_drones_fell(sentence: str) -> None:
    found = incidents(f" date 2025-08-15 x\n\n{sentence}\n")
    assert [i.place.name for i in found if i.place is not None] == ["Kursk Oblast"]


def test_a_list_that_ends_on_an_area_is_a_list_not_a_qualifier() -> None:
    found = _places("Attacks on Zaporizhzhia, Kryvyi Rih and the Kherson area (6–8 December)")
    assert ("Zaporizhzhia", "target", "Zaporizhzhya") in found


def test_floors_each_with_its_own_on_the_are_no_days() -> None:
    assert _told("Direct hits on two blocks — on the 17th and on the 2nd floor.") == []


def test_a_namesake_set_apart_in_its_own_words_is_not_the_names_sense() -> None:
    found = incidents(
        " date 2022-09-30 x\n\nNot included: the reception of evacuees in Donetsk, Rostov region "
        "(a Russian town of the same name).\n\nOn 19 September 2022, the DPR said Ukrainian "
        "shells hit a market in Donetsk; 13 killed.\n"
    )
    assert [round(i.place.lon) for i in found if i.place is not None] == [38]


def test_a_legend_may_give_a_codes_meaning_in_brackets() -> None:
    codes = rejecting_codes(["Tags: #strike (code) #nofire (not remote violence) #dup (duplicate)"])
    assert {"#nofire", "#dup"} <= codes and "#strike" not in codes


def test_a_coders_line_that_keeps_places_out_of_the_count() -> None:
    assert lx.KEPT_OUT.search(
        "- Irpin (item 6) and Hostomel (item 2) stay out of the strike count."
    )


def test_a_disclaimed_namesake_places_neither_the_name_nor_its_neighbour() -> None:
    text = "J-22 Zolochiv (ours, Lviv obl. — NOT the Zolochiv near Kharkiv) — church job."
    first = find_places(text, default_resolver())[0]
    assert first.place is not None and first.place.admin1 == "Lviv Oblast"


def test_a_status_code_between_a_day_and_its_bar_leaves_the_place_its_role() -> None:
    text = "07.07 (Thu) MOV | Bashtanka — the russians shelled the dairy farm in the morning."
    assert ("Bashtanka", "target", "Bashtanka") in _places(text)


@pytest.mark.parametrize(
    ("written", "name"), [("Evpatoria", "Yevpatoriya"), ("Enakievo", "Yenakiyeve")]
)
def test_a_plain_romanisation_of_ye_and_iya(written: str, name: str) -> None:
    place = default_resolver().resolve(written, (), "any")
    assert place is not None and place.name == name


def test_a_surname_that_reminds_is_no_village() -> None:
    text = "Petrov reminds me that the port was hit a year ago."
    assert "Petriv" not in [place for _, _, place in _places(text)]


def test_damage_a_note_says_was_not_shrapnel_is_no_strike() -> None:
    found = incidents(
        " date 2022-06-30 Job book\n\n08.06 (Wed) REP | Bashtanka — tape chewed by rats, NOT "
        "shrapnel, whatever the farmer tells the insurer.\n"
    )
    assert found == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("04.04–09.04 | city council | clearing rubble", date(2024, 4, 4), date(2024, 4, 9)),
        ("28.02-03.03 trip to the farm", date(2024, 2, 28), date(2024, 3, 3)),
    ],
)
def test_a_notes_days_across_months_by_numbers(text: str, first: date, last: date) -> None:
    assert _told(text) == [(first, last)]


@pytest.mark.parametrize("text", ["pipe of 3.1-4.2 km", "prices of 1.05-2.10 million hrn"])
def test_measures_are_no_days_across_months(text: str) -> None:
    assert _told(text) == []


def test_a_street_of_two_russian_adjectives_is_no_village() -> None:
    text = "They destroyed the university dormitory on Bolshaya Morskaya this morning."
    assert _places(text) == []


def test_a_caller_from_a_town_whose_plant_there_burned_in_the_night() -> None:
    text = "Mon 29.09 — The client calls from Karachev: in the night the plant there burned after the attack."
    assert ("Karachev", "target", "Karachev") in _places(text)


def test_an_entrys_words_dated_with_their_year_beat_its_stamp() -> None:
    found = incidents(
        " date 2025-10-07 Hire book\n\nSun 05.10 — quiet.\nMon 06.10 — Writing down for the "
        "insurance form: last year, in the night to Saturday 19.10.2024, Bogomaz wrote that "
        "drones fell on a plant in Bryansk, three streets from us.\n"
    )
    assert days(at(found, "Bryansk")) == [(date(2024, 10, 18), date(2024, 10, 19))]
