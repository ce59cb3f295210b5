"""Rules of the thirty-eighth round (issue 12, session 42): working notes, weekly coding
summaries, chat exports and news pages that place, date or count a strike in ways not read
before.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo import lexicon as lx
from geo.attribution import attribution_for, find_actor, find_figure
from geo.dates import find_dates
from geo.eventday import dates_told
from geo.placephrase import find_places
from geo.placequal import region_hints
from geo.places import default_resolver
from geo.story import Reading
from geo.tablerows import rejecting_codes

REF = date(2023, 11, 20)


def _places(text: str, hints: tuple[str, ...] = ()) -> list[tuple[str, str, str | None]]:
    found = find_places(text, default_resolver(), hints)
    return [(p.text, p.role, p.place.name if p.place else None) for p in found]


@pytest.mark.parametrize(
    "line",
    [
        "- Nikopol the same night: russian shells on the embankment, two dead.",
        "- Marhanets that morning: russian drones on the bus station, three injured.",
        "- Pokrovsk in the evening: russian rockets on the market, one killed.",
    ],
)
def test_a_place_labelled_with_its_time_of_day_opens_its_strike(line: str) -> None:
    roles = [role for _, role, _ in _places(line)]
    assert roles[:1] == ["target"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Board 12 on Prymorskyi bulvar lost two sheets.", "Prymorskyi"),
        ("The shop on Sumska vulytsia has no glass.", "Sumska"),
        ("Traffic closed on Nevskaya naberezhnaya.", "Nevskaya"),
    ],
)
def test_a_street_written_with_its_own_word_is_no_town(text: str, street: str) -> None:
    assert street not in [name for name, _, _ in _places(text)]


def test_a_hotel_named_after_a_village_is_no_village_in_a_towns_note() -> None:
    assert _places("The first hit the house near the Druzhba hotel.") == []


def test_a_village_market_is_still_the_villages() -> None:
    assert [n for _, _, n in _places("Shells hit the Druzhba market again.")] == ["Druzhba"]


def test_a_strike_under_a_later_day_heading_is_that_days_own() -> None:
    found = incidents(
        " date 2023-11-20 Sign crew route sheets, Odesa\n"
        "Sign crew (2 people). Board | location | client | status.\n"
        "\n"
        "Sat 11.11\n"
        "- Evening news: our air force hit the shipyard in Kerch with missiles.\n"
        "\n"
        "Mon 13.11\n"
        "- Last night a russian missile landed right by the opera house - windows out. "
        "Kiper: three people injured in the city.\n"
    )
    odesa = at(found, "Odesa")
    assert days(odesa) == [(date(2023, 11, 12), date(2023, 11, 13))]
    assert odesa[0].injured == 3


def test_the_first_toll_a_day_later_is_the_events() -> None:
    found = incidents(
        " date 2023-08-20 Plasterer's job book, Pokrovsk\n"
        "Job book, plasterer, Pokrovsk.\n"
        "\n"
        "Mon 14.08\n"
        "- Evening: two russian missiles on our centre, an hour apart.\n"
        "\n"
        "Tue 15.08\n"
        "- Rescue work over by noon. The emergency service says 6 dead, 40 wounded.\n"
        "\n"
        "Thu 17.08\n"
        "- Job on Shevchenka, 20 m2.\n"
    )
    pokrovsk = at(found, "Pokrovsk")
    assert days(pokrovsk) == [(date(2023, 8, 14), date(2023, 8, 14))]
    assert (pokrovsk[0].killed, pokrovsk[0].injured) == (6, 40)


def test_a_toll_with_its_own_strike_is_no_first_toll_of_the_last() -> None:
    found = incidents(
        " date 2023-02-20 Channel of the city administration\n"
        "Channel of the administration\n"
        "\n"
        "14.02.2023 21:16\n"
        "Kurakhove. In the evening the enemy fired at the town from Grad launchers.\n"
        "\n"
        "16.02.2023 13:05\n"
        "Vuhledar. Today the Russians fired Grads at the town again, two people were killed.\n"
    )
    assert at(found, "Kurakhove")[0].killed is None


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("One person killed, five taken to hospital, the command says.", 5),
        ("A boy of 15 killed, a girl of 17 in hospital.", 1),
        ("Nobody seriously hurt, two people asked doctors for help.", 2),
    ],
)
def test_a_notes_wounded_told_by_the_hospital(text: str, n: int) -> None:
    assert find_figure(text, lx.INJURED) == n


def test_the_floors_of_a_list_are_no_day() -> None:
    found = find_dates("glass gone on the 5th and 6th floors of the tower", REF)
    assert found == []


def test_a_day_of_the_month_is_still_read() -> None:
    found = find_dates("On the 5th, drones hit the depot.", REF)
    assert [(d.window.start, d.window.end) for d in found] == [
        (date(2023, 11, 5), date(2023, 11, 5))
    ]


def test_a_note_place_said_before_in_its_paragraph() -> None:
    found = incidents(
        " date 2023-02-20 Cart book of a carrier near Kupiansk (translated)\n"
        "Book of jobs with the horse and cart. Kept by Ivan.\n"
        "\n"
        "11.02.2023 (Sat)\n"
        "Firewood for the Melnyks, 2 loads.\n"
        "\n"
        "18.02.2023 (Sat)\n"
        "Went to town for the pension. At noon shells near the market, a woman killed, "
        "we lay on the floor in the shop.\n"
    )
    assert days(at(found, "Kupyansk")) == [(date(2023, 2, 18), date(2023, 2, 18))]


def test_a_home_district_said_in_russian_form_is_the_home_towns() -> None:
    found = incidents(
        " date 2022-09-12 Key workshop, order book (translated from Russian)\n"
        "Workshop, Artema street, Donetsk. Orders for keys. Kept by the clerk.\n"
        "\n"
        "05.09 (Mon)\n"
        "Blanks came from the supplier. Key machine serviced.\n"
        "\n"
        "10.09 (Sat)\n"
        "Half day. In the morning shells on the market in the Kievsky district; the emergencies "
        "ministry says two dead and five wounded.\n"
    )
    donetsk = at(found, "Donetsk")
    assert days(donetsk) == [(date(2022, 9, 10), date(2022, 9, 10))]
    assert (donetsk[0].killed, donetsk[0].injured) == (2, 5)


def test_a_side_firing_at_a_named_site_in_a_towns_note() -> None:
    found = incidents(
        " date 2022-05-12 Pizza delivery orders, Odesa\n"
        "Orders | address | items | paid. Notes by the dispatcher.\n"
        "\n"
        "09.05 (Mon)\n"
        "#0412 | Fontanska 12 | 2 pizzas | card\n"
        "Evening the russians fired missiles at the Riviera mall; one person killed.\n"
    )
    assert days(at(found, "Odesa")) == [(date(2022, 5, 9), date(2022, 5, 9))]


def test_a_building_named_a_memorial_museum_is_still_struck() -> None:
    found = incidents(
        " date 2022-05-08 Museum destroyed\n"
        "A Russian missile destroyed the Literary and Memorial Museum in the village of "
        "Skovorodynivka in the Kharkiv region on 7 May, the governor said.\n"
    )
    assert days(at(found, "Skovorod")) == [(date(2022, 5, 7), date(2022, 5, 7))]


def test_residents_of_another_town_who_saw_no_hits_deny_nothing_here() -> None:
    found = incidents(
        " date 2023-02-08 Shelling in the border regions\n"
        "On Tuesday, the regional administration accused Russian troops of shelling the region. "
        "In the village of Pavlivka of the Bilopillia community, a woman was killed, the "
        "administration said. Residents of Sumy heard the sirens twice, but no hits were "
        "recorded in the regional centre.\n"
    )
    assert days(at(found, "Pavlivka")) == [(date(2023, 2, 7), date(2023, 2, 7))]


def test_days_later_count_from_the_event_told() -> None:
    found = incidents(
        " date 2024-01-10 The week in Ukraine\n"
        "1. Kharkiv\n"
        "Russian missiles hit Kharkiv on 30 December, killing two people.\n"
        "\n"
        "2. Dnipro\n"
        "Three days later Russia struck again. In Dnipro, a missile hit a shopping centre, "
        "injuring 10 people, the governor said.\n"
    )
    assert days(at(found, "Dnipro")) == [(date(2024, 1, 2), date(2024, 1, 2))]


def test_weapons_sent_at_a_town_are_a_strike() -> None:
    found = incidents(
        " date 2025-07-06 Night attack\n"
        "Overnight into Saturday, Russia sent dozens of drones at Starokostiantyniv in the "
        "Khmelnytskyi region, the governor said.\n"
    )
    assert days(at(found, "Starokost")) == [(date(2025, 7, 4), date(2025, 7, 5))]


def test_a_coders_status_tag_opens_its_entry() -> None:
    found = incidents(
        " date 2024-08-21 Weekly coding summary\n"
        "Weekly summary of the border desk. CODED = in the dataset; NOT CODED = rejected.\n"
        "\n"
        "3. Coded - Ukraine, Thursday 15 August\n"
        "- CODED: Prykolotne (Kupianskyi raion, Kharkiv oblast). Russian forces struck the "
        "village in the afternoon; 2 men killed.\n"
        "- NOT CODED: reports that a bridge was being shelled the same evening.\n"
    )
    assert days(at(found, "Prykolotne")) == [(date(2024, 8, 15), date(2024, 8, 15))]
    assert at(found, "Prykolotne")[0].killed == 2
    assert len(found) == 1  # (the rejected line is no second event at the entry's place)


def test_a_chat_messages_place_and_day_head_its_event() -> None:
    found = incidents(
        " date 2023-08-21 Coders' chat export\n"
        "Chat export - participants: Olena (coder), Marko (coder)\n"
        "\n"
        "[14.08.23 10:15] Marko: Belgorod, Thursday 20 April, about 22:15. Big explosion at a "
        "crossroads in the city centre, cars thrown onto a roof. 3 injured.\n"
        "[14.08.23 10:17] Olena: CODE.\n"
    )
    assert days(at(found, "Belgorod")) == [(date(2023, 4, 20), date(2023, 4, 20))]


def test_a_notes_drones_on_a_town_named() -> None:
    found = incidents(
        " date 2024-12-23 Tailor's tickets, Kazan (translated)\n"
        "Alteration tickets. Kept by the tailor.\n"
        "\n"
        "21.12 (Sat)\n"
        "Morning, between 7:40 and 9:20, drones on Kazan itself. Two went into a high-rise.\n"
    )
    assert days(at(found, "Kazan")) == [(date(2024, 12, 21), date(2024, 12, 21))]


def test_drones_on_a_weekday_are_no_place() -> None:
    assert lx.TRIGGER.search("A talk about drones on Monday, in the hall.") is None


def test_a_cyrillic_weekday_glossed_in_latin_heads_its_day() -> None:
    found = incidents(
        " date 2022-09-12 Олійня / oil press, Kharkiv oblast\n"
        "Orders, written half in Ukrainian, half in English.\n"
        "\n"
        "Пн / Mon 05.09\n"
        "- Мельник | 120 кг | cash.\n"
        "ОВА пише / the oblast administration writes: the russians shelled Zolochiv, two dead.\n"
        "\n"
        "Пт / Fri 09.09\n"
        "- Bottles from Poltava, 500 pcs.\n"
    )
    assert days(at(found, "Zolochiv")) == [(date(2022, 9, 5), date(2022, 9, 5))]


def test_a_notes_missiles_on_a_site_of_its_town() -> None:
    found = incidents(
        " date 2022-04-05 Quarry log, Kremenchuk\n"
        "Shift log, granite quarry, Kremenchuk.\n"
        "\n"
        "01.04 (Fri)\n"
        "Bench 5 drilling, 28 holes.\n"
        "\n"
        "02.04 (Sat)\n"
        "Early in the morning missiles on the refinery across the river, smoke all day.\n"
        "\n"
        "04.04 (Mon)\n"
        "Bench 5, 28 holes, 980 kg.\n"
    )
    assert (date(2022, 4, 2), date(2022, 4, 2)) in days(at(found, "Kremenchuk"))


def test_officials_in_a_capital_abroad_speak_of_the_strike() -> None:
    text = "In Warsaw, Polish officials called the strike a matter of concern."
    assert _places(text) == [("Warsaw", "context", "Warsaw")]


def test_a_practice_told_in_the_present_is_no_strike() -> None:
    text = "The Ukrainian side uses weapons supplied by the West for strikes on Donbass."
    assert lx.HABITUAL.search(text) is not None


def test_a_plant_named_after_its_town_is_no_village() -> None:
    names = [n for _, _, n in _places("The air force had struck the Kamensky combine.")]
    assert "Kamenskiy" not in names


def test_also_struck_takes_the_day_of_the_strike_before() -> None:
    found = incidents(
        " date 2025-01-15 Russian missiles hit facilities in Lviv region\n"
        "15 January 2025, 10:47 | Updated 16:20\n"
        "\n"
        "During the morning air raid alert, Russian forces attacked the Lviv region with cruise "
        "missiles and hit two energy facilities, the governor said.\n"
        "\n"
        "In the neighbouring Volyn region, Russian missiles also targeted energy facilities, the "
        "regional governor said.\n"
    )
    assert days(at(found, "Volyn")) == [(date(2025, 1, 15), date(2025, 1, 15))]


def test_another_days_forum_post_tells_its_own_news() -> None:
    found = incidents(
        " date 2024-03-07 Forum: Odesa safety thread\n"
        "Board index ‹ Cities ‹ Odesa ‹ Safety\n"
        "\n"
        "Post by mark » Sat 02 Mar 2024, 09:40\n"
        "Last night a Russian Shahed hit a block near the Arcadia, one entrance gone.\n"
        "\n"
        "Post by olena » Wed 06 Mar 2024, 12:05\n"
        "Ballistic missile on the city centre, the Navy says five killed.\n"
    )
    odesa = at(found, "Odesa")
    assert any(i.date.end == date(2024, 3, 6) and i.killed == 5 for i in odesa)


@pytest.mark.parametrize(
    "text",
    ["All clear. No hits in Kharkiv were recorded.", "No strikes on the city were reported."],
)
def test_hits_denied_with_their_place(text: str) -> None:
    assert lx.NEGATED_STRIKE.search(text) is not None


def test_an_investigation_that_goes_on_is_no_strike() -> None:
    text = "In Kharkiv, the investigation into the shelling of blocks in Saltivka continues."
    assert lx.ONGOING.search(text) is not None


def test_successes_of_an_army_in_a_region_are_ground_news() -> None:
    text = "The strikes are revenge for the successes of the Armed Forces of Ukraine in the Kharkiv region."
    assert ("Kharkiv region", "context", "Kharkiv Oblast") in _places(text)


def test_strikes_grown_more_frequent_are_a_habit() -> None:
    assert lx.HABITUAL.search("He said the strikes on Tokmak had become more frequent.")


def test_officials_of_a_town_reporting_strikes_on_it() -> None:
    text = (
        "Missiles hit a plant in Kryvyi Rih, and officials in Kremenchuk reported strikes on a "
        "bridge across the Dnipro."
    )
    assert ("Kremenchuk", "target", "Kremenchuk") in _places(text)


def test_accused_of_firing_at_a_town_tells_a_strike() -> None:
    text = 'On 5 September the governor accused the Russians of firing "Uragans" at Apostolove.'
    assert lx.TRIGGER.search(text) is not None


def test_a_sheets_legend_code_keeps_its_row_off_the_map() -> None:
    found = incidents(
        " date 2022-04-18 QA table: northern oblasts backlog\n"
        "QA PASS - NORTH BACKLOG\n"
        "Status codes: OK = code as is | DUP = duplicate, do not code | [X] = not a strike, "
        "do not code\n"
        "\n"
        "| # | event_date | admin1 | location | notes | fat | QA |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1 | 2022-03-03 | Sumy | Okhtyrka | On 3 March 2022, a Russian missile hit the power "
        "plant in Okhtyrka. | 0 | OK |\n"
        "| 2 | 2022-03-04 | Sumy | Konotop | On 4 March 2022, residents of Konotop gathered after "
        "a Russian commander threatened to shell the town. | 0 | [X] |\n"
        "| 3 | 2022-03-03 | Sumy | Okhtyrka | On 3 March 2022, a missile hit the plant in "
        "Okhtyrka again. | 0 | DUP |\n"
    )
    assert [i.place.name for i in found] == ["Okhtyrka"]


@pytest.mark.parametrize(
    ("head", "codes"),
    [
        (["Status: OK = code | DUP = duplicate, do not code"], {"DUP"}),
        (["[X] = not an event, do not code; NO = don't code"], {"[X]", "NO"}),
        (["Codes: OK = code as is"], set()),
    ],
)
def test_the_codes_a_legend_rejects(head: list[str], codes: set[str]) -> None:
    assert rejecting_codes(head) == codes


@pytest.mark.parametrize(
    "text",
    [
        'Reznichenko writes that the russians fired "Uragans" at Marhanets, a woman killed.',
        "Syniehubov writes that the russian army shelled Kupiansk today, one person dead.",
    ],
)
def test_an_officials_written_words_allege_the_other_sides_strike(text: str) -> None:
    actor, basis = find_actor(text)
    assert attribution_for(text, actor, basis, None, "UA")[0] == "alleged"


def test_an_officials_name_and_colon_report_his_words() -> None:
    text = "Syniehubov: in Kupiansk a russian drone hit a house, two people hurt."
    assert attribution_for(text, "Russia", "story", None, "UA")[0] == "alleged"


def test_a_place_and_colon_are_no_speaker() -> None:
    text = "Kupiansk: a drone hit a house, two people hurt."
    assert attribution_for(text, "Russia", "story", None, "UA")[0] == "stated"


def test_a_line_indented_under_a_dated_row_is_of_its_day() -> None:
    found = incidents(
        " date 2022-04-11 Farrier's round book, Kharkiv oblast\n"
        "Farrier - round book. Horse / owner / place / work / paid.\n"
        "\n"
        "Mon 07.03 | gelding | riding club, Derhachi | 4S | 1 600 |\n"
        "Fri 11.03 | two mares | stud farm near Chuhuiv | F + F | 2 200 |\n"
        "   The owner says: yesterday the russians hit the SBU building in Chuhuiv with a missile.\n"
        "Wed 30.03 | gelding again | Derhachi | F | 600 |\n"
        "   That morning the russians blew up the council building in Derhachi.\n"
        "Sat 09.04 | mare | Chuhuiv farm | F | 1 100 |\n"
    )
    assert days(at(found, "Chuh")) == [(date(2022, 3, 10), date(2022, 3, 10))]
    assert days(at(found, "Derhachi")) == [(date(2022, 3, 30), date(2022, 3, 30))]


def test_a_ticket_rows_weekday_cell_dates_the_line_under_it() -> None:
    found = incidents(
        " date 2024-09-23 Field service log, imaging engineer\n"
        "Field service engineer. Region: Kharkiv and Sumy oblasts. Office in Kyiv.\n"
        "\n"
        "T-2477 | Tue 17.09 | Poltava, oblast hospital | CT chiller leak | fixed\n"
        "T-2478 | Thu 19.09 | Sumy, boarding house | old X-ray unit | NOT done\n"
        "   Around 16:00 a russian guided bomb hit the upper floor of the boarding house.\n"
    )
    assert days(at(found, "Sumy")) == [(date(2024, 9, 19), date(2024, 9, 19))]


def test_a_name_qualified_at_once_keeps_its_sense_before_a_namesake_near_elsewhere() -> None:
    text = (
        "Sat 19.03 | farmer Petrenko, Zolochiv (our Zolochiv, Bohodukhiv district) | nails: "
        "last box from the smith in Zolochiv near Lviv"
    )
    regions = [(n, p.admin1) for n, p in _resolved(text, ("Kharkiv Oblast",)) if n != "Petrenky"]
    assert regions[0] == ("Zolochiv", "Kharkiv Oblast")
    assert ("Zolochiv", "Lviv Oblast") in regions
    assert all(name != "Lviv" for name, _ in regions)


def _resolved(text: str, hints: tuple[str, ...]) -> list:
    return [
        (p.place.name, p.place) for p in find_places(text, default_resolver(), hints) if p.place
    ]


def test_two_regions_named_together_are_both_hints() -> None:
    assert set(region_hints("2. Kharkiv and Donetsk oblasts")) == {"Kharkiv", "Donetsk"}


def test_a_towns_institution_named_again_places_its_strike() -> None:
    found = incidents(
        " date 2022-03-30 Search at the regional administration ends\n"
        "Rescuers have finished searching the ruins of the Mykolaiv Regional State "
        "Administration building.\n"
        "\n"
        "On Tuesday, 29.03, a Russian missile hit the building of the regional state "
        "administration on Admiral Makarov Street.\n"
    )
    assert days(at(found, "Mykola")) == [(date(2022, 3, 29), date(2022, 3, 29))]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("In Moscow, the Kremlin did not comment on the strike.", "Moscow", "context"),
        ("Explosions shook the Russian city of Belgorod before dawn.", "Belgorod", "target"),
    ],
)
def test_roles_of_the_round(text: str, name: str, role: str) -> None:
    assert (name, role) in [(n, r) for n, r, _ in _places(text)]


def test_explosions_heard_with_no_news_of_hits_deny_a_strike() -> None:
    text = "Explosions were also heard in Lutsk. No information yet about hits there."
    assert lx.NEGATED_STRIKE.search(text) is not None


def test_a_coders_tag_with_a_dash_opens_its_entry() -> None:
    found = incidents(
        " date 2024-06-26 Weekly summary, week 25\n"
        "Weekly summary of the desk.\n"
        "\n"
        "2. Donetsk oblast\n"
        "- CODED - Toretsk (Kramatorskyi raion), Friday 21 June: Filashkin said one person was "
        "killed by Russian shelling of the town.\n"
        "- NOT CODED - Yeysk airfield: channels said drones targeted the airfield. Rumour only.\n"
    )
    assert [i.place.name for i in found] == ["Toretsk"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Our own windows on Kyivska went from the blast wave.", "Kyivska"),
        ("Residents can leave for relatives in Nizhyn on Friday.", None),
    ],
)
def test_no_place_of_a_strike(text: str, absent: str | None) -> None:
    if absent:
        assert absent not in [n for n, _, _ in _places(text)]
    else:
        assert lx.NON_EVENT_CLAUSE.search(text) is not None


def test_drones_that_came_to_a_town_struck_it() -> None:
    text = "In the night Ukrainian drones came to Proletarsk: the diesel depot caught fire."
    assert ("Proletarsk", "target", "Proletarsk") in _places(text)


def test_an_officials_surname_and_colon_is_no_village() -> None:
    assert _places("Golubev: debris of a downed drone fell on the warehouses.") == []


def test_the_writers_own_day_in_a_clause_does_not_date_the_strike() -> None:
    found = dates_told(
        "Early morning two russian missiles on the TV tower at Antopil, the village by Rivne "
        "where we drove past on Sunday.",
        Reading(date(2022, 3, 20), None),
        0,
    )[0]
    assert found == []


def test_the_village_by_a_town_is_placed_by_it() -> None:
    text = "Two missiles hit the TV tower at Antopil, the village by Rivne, at dawn."
    assert ("Rivne", "context", "Rivne") in _places(text)


def test_an_institution_that_speaks_is_not_struck() -> None:
    found = incidents(
        " date 2025-05-18 Sumy regional news\n"
        "A Russian drone struck a bus near Bilopillia on Saturday, the Sumy Regional Military "
        "Administration said.\n"
        "\n"
        "According to the regional military administration, a guided bomb also hit a field.\n"
    )
    assert at(found, "Sumy") == []


def test_a_tag_the_legend_rejects_keeps_its_item_off_the_map() -> None:
    found = incidents(
        " date 2022-10-10 Coder list, southern oblasts, tagged for second pass\n"
        "Tag key: #strike = code it; #nofire = not a strike, keep out of the strike set.\n"
        "\n"
        "4. 06.09.2022 | Kherson oblast | Hola Prystan #nofire\n"
        "OC South said its forces had shelled the crossings near Hola Prystan.\n"
        "\n"
        "5. 07.09.2022 | Kherson oblast | Snihurivka #strike\n"
        "On 7 September 2022, Ukrainian forces shelled a depot in Snihurivka.\n"
    )
    names = [i.place.name for i in found if i.place]
    assert "Snihurivka" in names
    assert not any(n.startswith("Hola") for n in names)
