"""Rules of the forty-fifth round (issue 12, session 49): listings of old and odd export
tools (dBASE, POD, C headers, Erlang and Elixir terms, HOCON, properties, Textile) with their
records set aside, prose wrapped flush or under a record's code, and sides told by whom they
were blamed on.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

from textcases import days, incidents
from textcases import sides as _sides
from textcases import towns as _towns

# --- layout ------------------------------------------------------------------------------


def test_a_listing_record_wraps_under_its_text_column() -> None:
    text = (
        " date 2022-10-24 BOX.DBF review\n"
        "Record#  EVID        NOTES\n"
        "      1  KH22-0510a  On 10 May 2022, Russian shelling damaged the school in Vilkhivka\n"
        "                     (Vilkhivska hromada, Kharkivskyi raion, Kharkiv oblast). No one was\n"
        "                     hurt, the director said.\n"
    )
    found = incidents(text)
    assert _towns(text) == ["Vilkhivka"]
    assert days(found) == [(date(2022, 5, 10), date(2022, 5, 10))]


def test_a_listing_record_deleted_with_its_status_after_its_id_is_no_incident() -> None:
    text = (
        " date 2022-10-24 BOX.DBF review\n"
        "Record#  EVID        QA  NOTES\n"
        "      4 *KH22-0313b  DEL Damage to houses in Izium after shelling on 13 March 2022; the\n"
        "                         footage does not show who fired. Deleted until a side is named.\n"
        "      5  KH22-0317a  OK  On 17 March 2022, Russian forces struck Merefa, Kharkiv oblast.\n"
    )
    assert _towns(text) == ["Merefa"]


def test_a_bracket_left_open_at_a_comma_goes_on_on_the_next_flush_line() -> None:
    text = (
        " date 2022-11-07 sheet.pod\n\n"
        "On 13 April 2022, a Russian strike hit a residential area of Cherkaske (Cherkaska hromada,\n"
        "Kramatorskyi raion, Donetsk oblast), leaving a crater between the houses. Casualties not\n"
        "reported.\n"
    )
    found = incidents(text)
    assert _towns(text) == ["Cherkaske"]
    assert days(found) == [(date(2022, 4, 13), date(2022, 4, 13))]


def test_a_pod_section_of_dropped_items_is_no_incident() -> None:
    text = (
        " date 2022-11-07 sheet.pod\n=head1 KEPT\n\n"
        "On 26 October 2022, Russian shelling damaged a college in Druzhkivka, Donetsk oblast.\n\n"
        "=head1 DROPPED\n\n"
        "On 20 April 2022, a missile was shot down over Shakhtarsk; whose it was is unknown.\n\n"
        "=head1 NOTES\n\nNothing else.\n"
    )
    assert _towns(text) == ["Druzhkivka"]


def test_a_textile_section_of_dropped_rows_is_no_incident() -> None:
    text = (
        " date 2023-12-20 report.textile\nh2. Kept\n\n"
        "On 17 August 2023, Russian shelling hit Kupiansk (Kharkiv oblast); a woman was killed.\n\n"
        "h2. Dropped\n\n"
        "* On 1 August 2023 a drone hit Lozova again. Not checked yet; held back.\n"
    )
    assert _towns(text) == ["Kupyansk"]


def test_adjacent_c_string_literals_are_one_sentence() -> None:
    text = (
        " date 2022-10-12 ev.h\n"
        "static const struct ev EV[] = {\n"
        '    { "U22-0905-1", "05.09.2022",\n'
        '      "On 5 September 2022, Russian forces shelled Zolochiv (Zolochivska hromada, "\n'
        '      "Bohodukhivskyi raion, Kharkiv oblast). Two civilians killed.",\n'
        "      QA_OK },\n"
        '    { "U22-0917-2", "17.09.2022",\n'
        '      "On 17 September 2022, Ukrainian shelling hit Horlivka, per Basurin.",\n'
        "      QA_DEL },\n"
        "};\n"
    )
    found = incidents(text)
    assert [(i.place.name, round(i.place.lat)) for i in found if i.place] == [("Zolochiv", 50)]
    assert found[0].killed == 2


def test_terms_and_records_set_off_by_their_status_are_no_incidents() -> None:
    erlang = (
        " date 2022-10-31 south.eterm\n"
        '{event, #{id => <<"S1">>, qa => ok,\n'
        '  notes => <<"On 28 June 2022, Russian shelling damaged the market in Ochakiv.">>}}.\n'
        '{dropped, #{id => <<"S2">>, qa => del,\n'
        '  notes => <<"On 6 May 2022, a Bayraktar strike hit a Tor system on Zmiinyi Island.">>}}.\n'
    )
    hocon = (
        " date 2025-11-01 export.conf\nevents = [\n"
        '  { id = H1, qa = ok,\n    notes = "On 27 October 2025, a drone hit a minibus in Pogar." }\n'
        "]\ndropped = [\n"
        '  { id = H2, qa = del,\n    notes = "On 28 October 2025, a drone hit a car near Sevsk." }\n]\n'
    )
    props = (
        " date 2022-11-08 ua.properties\n"
        "ev.K1.place=Kadiivka\nev.K1.notes=On 9 June 2022, shelling set the stadium in Kadiivka"
        " on fire.\nev.K1.qa=OK\n\n"
        "ev.K2.place=Popasna\nev.K2.notes=On 6 July 2022, a video said to show a strike on \\\n"
        "  Popasna; debunked.\nev.K2.qa=DEL\n"
    )
    elixir = (
        " date 2024-11-04 iex\n"
        '[\n  %{id: "E1", place: "Sumy", qa: :del,\n'
        '    reason: "On 1 November 2024 a Shahed hit a block in Sumy. After the cut-off."}\n]\n'
        "[\n  %Desk.Event{\n"
        '    id: "E2",\n    notes: "On 16 April 2024, Russian shelling hit Vovchansk."\n  }\n]\n'
    )
    assert _towns(erlang) == ["Ochakiv"]
    assert _towns(hocon) == ["Pogar"]
    assert _towns(props) == ["Kadiyivka"]
    assert _towns(elixir) == ["Vovchansk"]


# --- sides -------------------------------------------------------------------------------


def test_a_strike_blamed_on_a_side_is_alleged() -> None:
    text = (
        " date 2022-11-07 Notes\n\nOn 4 July 2022, buildings in Yasynuvata caught fire after "
        "shelling that DPR officials blamed on Ukrainian forces (Donetsk oblast).\n"
    )
    assert _sides(text) == [("Ukraine", "alleged")]


def test_according_to_an_occupation_body_is_its_sides_word() -> None:
    text = (
        " date 2022-10-12 Notes\n\nOn 27 September 2022, Ukrainian forces struck Brianka "
        "(Alchevskyi raion, Luhansk oblast), according to the LPR office in the JCCC: three "
        "killed.\n"
    )
    assert _sides(text) == [("Ukraine", "alleged")]


# --- places and days ---------------------------------------------------------------------


def test_a_relative_clause_describing_a_place_is_no_habit() -> None:
    text = (
        " date 2023-02-10 Roundup\n\nThe governor said two civilians were killed Thursday in "
        "the village of Pleshchiivka, south of Kostiantynivka, a city that has come under "
        "increasing fire.\n"
    )
    found = incidents(text)
    assert _towns(text) == ["Pleshchiivka"]
    assert days(found) == [(date(2023, 2, 9), date(2023, 2, 9))]


def test_where_the_site_struck_lies_places_the_event() -> None:
    text = (
        " date 2023-08-19 Airfield attacked\n\nOn Saturday morning, a Ukrainian drone attacked "
        "a military airfield in the Novgorod region, Russia's Defense Ministry said. The "
        "ministry did not name the airfield. A local channel reported that it is located in "
        "the town of Soltsy.\n"
    )
    assert [round(i.place.lat) for i in incidents(text) if i.place] == [58]


def test_a_where_clause_of_the_places_story_dates_no_strike() -> None:
    text = (
        " date 2024-05-20 Roundup\n\nIn Vovchansk, where fighting has been going on since the "
        "start of the Russian offensive on May 10, Russian shelling killed one person on "
        "Sunday, police said.\n"
    )
    assert days(incidents(text)) == [(date(2024, 5, 19), date(2024, 5, 19))]


def test_a_place_whose_building_was_struck_is_the_target() -> None:
    text = (
        " date 2022-09-29 Parish news\n\nThe boxes of clothes went to families in Ocheretyne, "
        "whose school was damaged by Russian shelling on 4 August.\n"
    )
    found = incidents(text)
    assert _towns(text) == ["Ocheretyne"]
    assert days(found) == [(date(2022, 8, 4), date(2022, 8, 4))]


def test_since_a_day_last_year_when_shelling_killed_dates_the_strike() -> None:
    text = (
        " date 2023-08-14 Club news\n\nOur mast in Derhachi has been silent since 5 September "
        "last year, when Russian shelling killed two people in Derhachi.\n"
    )
    assert days(incidents(text)) == [(date(2022, 9, 5), date(2022, 9, 5))]


def test_the_other_namesake_near_a_town_is_not_the_one_meant() -> None:
    text = (
        " date 2022-06-27 Test centre log, Lviv\n\n"
        "Tue 14.06 | — | A candidate phoned from Zolochiv: today a russian missile, shot down, "
        "fell on the brick factory there. [The other Zolochiv, near Kharkiv, is where two of our "
        "March candidates came from.]\n"
    )
    assert [i.place.admin1 for i in incidents(text) if i.place] == ["Lviv Oblast"]


def test_a_drones_own_charge_is_no_unexploded_device() -> None:
    text = (
        " date 2023-10-20 Workshop book, Bryansk\n\n— | Thu 12.10 | The governor writes: a "
        "Ukrainian UAV was suppressed by electronic warfare on the outskirts of Bryansk, and when "
        "it fell the explosive device detonated; no casualties.\n"
    )
    assert _sides(text) == [("Ukraine", "alleged")]
