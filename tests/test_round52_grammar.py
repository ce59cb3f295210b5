"""Rules of the fifty-second round (issue 12, session 56): a ministry's claim of drones it
destroyed, a day told from the event before ("That night, X came under attack"), weapons "aimed
at" a site, a toll in the next paragraph in any words, "all ten missiles" of the attack told, a
casualty counted by ordinal, "the day before" something named, a translator's gloss after a name
or over a word, and figures written the short way ("a body found", "another wounded").

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents, sides

from geo import lexicon as lx
from geo.attribution import find_figure

# --- who struck --------------------------------------------------------------------------------


def test_a_ministry_claiming_drones_it_destroyed_alleges_the_other_sides_attack() -> None:
    assert sides(
        " date 2024-03-02 Drones over the border regions\n\n"
        "The Russian Defence Ministry claimed it had destroyed 38 drones overnight over the "
        "Bryansk region.\n"
    ) == [("Ukraine", "alleged")]


def test_a_ministry_claiming_its_own_strike_is_still_a_claim() -> None:
    assert sides(
        " date 2024-03-02 Strike on a depot\n\n"
        "The Russian Defence Ministry claimed it had destroyed an ammunition depot in Kupiansk.\n"
    ) == [("Russia", "claimed")]


# --- what is a strike --------------------------------------------------------------------------


@pytest.mark.parametrize("opening", ["That night", "The same night,", "Later that day,"])
def test_a_day_told_from_the_event_before_opens_a_strike_on_its_subject(opening: str) -> None:
    found = incidents(
        " date 2024-06-10 Drones over the south\n\n"
        "Drones hit the oil depot in Feodosia on the night of June 9.\n\n"
        f"{opening} Yeysk came under a drone attack.\n"
    )
    assert at(found, "Yeysk")


def test_weapons_aimed_at_a_site_are_a_strike() -> None:
    found = incidents(
        " date 2024-06-10 Depot\n\nIn Bryansk, three UAVs were aimed at the oil depot.\n"
    )
    assert at(found, "Bryansk")


def test_measures_aimed_at_a_town_are_no_strike() -> None:
    assert not incidents(
        " date 2024-06-10 Plan\n\nNew measures were aimed at Bryansk's schools, the mayor said.\n"
    )


def test_a_word_a_translator_glosses_as_something_else_tells_no_strike() -> None:
    assert not incidents(
        " date 2023-03-01 Mill log (translated)\n\n"
        "Wed 01.03 — Mill in Tokmak: shells [TN: the pasta shape] 3 t packed.\n"
    )


def test_a_translators_gloss_after_a_name_keeps_the_names_role() -> None:
    found = incidents(
        " date 2022-10-03 Shop log (translated)\n\n"
        "Mon 03.10 — The radio says a village, Rozovka [TN: Rozivka], was shelled today, one "
        "person killed.\n"
    )
    assert at(found, "Roz")


# --- days --------------------------------------------------------------------------------------


def test_the_day_before_something_named_is_not_the_day_before_the_event_told() -> None:
    found = incidents(
        " date 2023-04-18 Shelling\n\n"
        "On Saturday, 15 April, Russian artillery shelled the centre of Nikopol. Shells fell "
        "near the market on the day before Orthodox Easter, and two people were injured.\n"
    )
    assert days(at(found, "Nikopol")) == [(date(2023, 4, 15), date(2023, 4, 15))]


# --- figures -----------------------------------------------------------------------------------


def test_a_toll_in_the_next_paragraph_in_other_words_goes_with_the_event() -> None:
    found = incidents(
        " date 2024-04-02 Drones over Tatarstan\n\n"
        "Drones attacked a plant in Nizhnekamsk this morning.\n\n"
        "Seven people had sought medical help by noon.\n"
    )
    assert [i.injured for i in at(found, "Nizhnekamsk")] == [7]


def test_all_the_missiles_told_go_on_with_the_attack() -> None:
    found = incidents(
        " date 2023-05-30 Night attack\n\n"
        "Russia fired missiles at Odesa overnight, killing one man.\n\n"
        "All six missiles were shot down, but debris fell on a street. "
        "Nine people were injured, officials said.\n"
    )
    assert [(i.killed, i.injured) for i in at(found, "Odesa")] == [(1, 9)]


@pytest.mark.parametrize(("first", "want"), [("killing three people", 3), ("killing two", 3)])
def test_a_casualty_told_by_ordinal_is_counted_once(first: str, want: int) -> None:
    found = incidents(
        f" date 2023-05-30 Strike\n\nA missile hit Dnipro on Tuesday, {first}. "
        "A third man was also killed.\n"
    )
    assert [i.killed for i in at(found, "Dnipro")] == [want]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("by noon six people had sought medical help, two of them were hospitalised", None, 6),
        ("a car with four people was hit; two of them were killed", 2, None),
        ("the russians shelled the town today: a civilian killed, another wounded", 1, 1),
        ("shelling today, a body found under a collapsed house", 1, None),
        ("the russians shelled it today, a man on our street killed", 1, None),
        ("eleven workers of the regional power company killed, four wounded", 11, 4),
        ("a civilian was killed and another wounded", 1, 1),
    ],
)
def test_figures_written_the_short_way(text: str, killed: int | None, injured: int | None) -> None:
    assert (find_figure(text, lx.KILLED), find_figure(text, lx.INJURED)) == (killed, injured)


# --- places (the 93 sets) ----------------------------------------------------------------------


def test_a_first_name_after_a_trade_is_a_person_not_a_far_town() -> None:
    found = incidents(
        " date 2024-01-23 Bakery news\nBAKERY · Donetsk\n\n"
        "Our courier Artyom was near the market when it came under fire on Sunday, 21 January. "
        "Artyom is unhurt, but his car was damaged by glass.\n"
    )
    assert not at(found, "Art")


def test_a_small_town_beyond_the_urals_is_no_target_but_a_big_city_is() -> None:
    from geo.places import default_resolver

    gaz = default_resolver()
    far_village = next(p for p in gaz.namesakes("Zavodskoy") if p.lon and p.lon > 100)
    assert not gaz.plausible(far_village)
    assert at(incidents(" date 2024-06-10 Tyumen\n\nA drone hit a plant in Tyumen.\n"), "Tyumen")


def test_a_strike_in_a_month_of_its_own_is_another_event_at_the_same_town() -> None:
    found = at(
        incidents(
            " date 2025-11-12 Vertical gym Saratov: evening sessions back\nGYM · Saratov\n\n"
            "Overnight into Tuesday, 11 November, drones attacked Saratov.\n\n"
            "In August Ukrainian drones also hit the refinery area.\n"
        ),
        "Saratov",
    )
    assert (date(2025, 8, 1), date(2025, 8, 31)) in days(found)
    assert len(found) == 2


@pytest.mark.parametrize(
    "text",
    [
        "two blocks in the Sonyachnyi neighbourhood of our city were hit",
        "a missile struck the block in the Sonyachnyi district of this town",
    ],
)
def test_a_part_of_the_writers_own_town_is_no_place_of_the_line(text: str) -> None:
    from geo.notehome import no_place_of_the_line
    from geo.placephrase import find_places
    from geo.places import default_resolver

    (named,) = [p for p in find_places(text, default_resolver(), ()) if p.text == "Sonyachnyi"]
    assert named.role == "context"
    assert no_place_of_the_line(text, named)


def test_a_district_said_in_a_later_sentence_chooses_the_namesake() -> None:
    found = incidents(
        " date 2023-02-20 Loft book\nLOFT, Kostiantynivka\n\n"
        "Mon 13.02 — the russians killed one civilian in Stavky today. Stavky in the "
        "Kramatorsk district, where the secretary lives.\n"
    )
    assert [round(i.place.lat, 1) for i in at(found, "Stavky")] == [49.0]


def test_an_asides_bearing_locates_the_place_before_it() -> None:
    found = incidents(
        " date 2022-09-05 Shelling\n\n"
        "On Sunday a man was killed in Russian shelling of Odnorobivka, a village near the "
        "border, north of Kharkiv, the governor said.\n"
    )
    assert [i.place.name for i in found] == ["Odnorobivka"]


# --- not strikes (the 93 sets) -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two men were killed when a russian mine blew up in a field near Bilozerka.",
        "A driver was injured when an old Second World War shell went off near Pavlohrad.",
        "In Moscow pro-war bloggers attacked the defence ministry over the retreat.",
        "Officials said Russia kept the ability to counter-attack around Kherson.",
        "The region is shelled almost daily; most strikes hit villages of the Koriukivka district.",
    ],
)
def test_no_strike_is_told(text: str) -> None:
    assert not incidents(f" date 2022-09-10 Note\n\n{text}\n")
