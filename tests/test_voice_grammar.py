"""Who tells the story: a page an official body of one side publishes (issue 12).

A regional military administration's daily post, a police summary, a governor's channel: what
such a page says the other side struck is that side's word, so *alleged* by the body, even in
the page's own voice. A news page that quotes the same official keeps the reporter's voice.
Sentences of our own, not taken from any evaluation set.
"""

from __future__ import annotations

import pytest

from geo.articles import make_article, split_sentences
from geo.attribution import find_actor
from geo.pipeline import extract_incidents
from geo.places import default_resolver
from geo.storyplaces import official_voice


def incidents(text: str, published: str = "2024-03-14") -> list:  # type: ignore[type-arg]
    return extract_incidents([make_article("t.txt", f" date {published} {text}\n")],
                             default_resolver())  # fmt: skip


def voice(text: str) -> tuple[str | None, str] | None:
    return official_voice(split_sentences(make_article("t.txt", f" date 2024-03-14 {text}\n")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling of the border\nPoltava Regional Military Administration | Telegram | 08:10\n\n"
            "Over the past day the enemy shelled two villages.",
            ("Ukraine", "Poltava Regional Military Administration"),
        ),
        (
            "Night summary\n[Telegram, Petro Ivanenko, head of the Rivne OVA.]\n\nQuiet night.",
            ("Ukraine", "Petro Ivanenko, head of the Rivne OVA"),
        ),
        (
            "Night summary\nGovernor of the Tambov Region Ivan Petrov, 07:40\n\nQuiet night.",
            (None, "Governor of the Tambov Region Ivan Petrov"),
        ),
        (
            "Night summary\nMilitary-Civilian Administration of the Kakhovka district\n\nQuiet.",
            ("Russia", "Military-Civilian Administration of the Kakhovka district"),
        ),
        (
            "A long night in the south\n\nThe shelling continued overnight, Governor Petrov said.",
            None,
        ),
        ("A long night in the south\n\nThe Prosecutor General's Office has opened a case.", None),
        ("A long night in the south\nBy Anna Petrenko | Local news\n\nQuiet.", None),
    ],
)
def test_official_voice_is_read_from_a_masthead_not_a_sentence(
    text: str, expected: tuple[str | None, str] | None
) -> None:
    assert voice(text) == expected


def test_an_administrations_own_post_alleges_the_other_sides_strikes() -> None:
    text = (
        "Mykolaiv region: the night passed under fire\n"
        "Mykolaiv Regional Military Administration | Telegram\n\n"
        "Over the past day, the enemy shelled Ochakiv with artillery. A house was damaged."
    )
    [inc] = incidents(text)
    assert (inc.place.name, inc.actor, inc.attribution) == ("Ochakiv", "Russia", "alleged")
    assert inc.alleged_by == "Mykolaiv Regional Military Administration"


def test_a_news_page_quoting_the_official_keeps_its_own_voice() -> None:
    text = (
        "Ochakiv shelled again\nBy a staff reporter\n\n"
        "Russian forces shelled Ochakiv with artillery on Wednesday, damaging a house, "
        "the regional governor said."
    )
    [inc] = incidents(text)
    assert (inc.place.name, inc.actor, inc.attribution) == ("Ochakiv", "Russia", "stated")


def test_a_governors_page_is_the_side_of_the_places_it_reports() -> None:
    # A governor's side is his region's: a Russian governor's post of a Ukrainian strike, and
    # the same post's own claim of nothing.
    text = (
        "Night in the region\nGovernor of the Kursk Region | Telegram\n\n"
        "The Armed Forces of Ukraine shelled Tyotkino overnight; a house was damaged."
    )
    [inc] = incidents(text)
    assert (inc.actor, inc.attribution) == ("Ukraine", "alleged")


def test_a_general_staff_page_alleges_the_enemys_strikes_and_claims_its_own() -> None:
    text = (
        "Operational update\nGeneral Staff of the Armed Forces of Ukraine\n\n"
        "Over the past day the enemy launched an air strike on Huliaipole. "
        "Ukrainian forces struck an ammunition depot near Tokmak."
    )
    found = {i.place_text: i for i in incidents(text)}
    assert (found["Huliaipole"].actor, found["Huliaipole"].attribution) == ("Russia", "alleged")
    assert found["Huliaipole"].alleged_by == "General Staff of the Armed Forces of Ukraine"
    assert (found["Tokmak"].actor, found["Tokmak"].attribution) == ("Ukraine", "claimed")


@pytest.mark.parametrize(
    "sentence",
    [
        "A source in Ukraine's SBU security service told Reuters the agency had carried out the "
        "attack on the refinery in Ryazan.",
        "A source in Ukraine's SBU told Reuters the refinery in Ryazan had been hit by the "
        "service's drones.",
        "SBU drones hit the refinery in Ryazan, a source in the Security Service of Ukraine told "
        "Ukrainska Pravda.",
    ],
)
def test_a_source_in_the_strikers_own_service_is_a_claim(sentence: str) -> None:
    text = f"Refinery hit\n\nThe refinery in Ryazan was hit on Wednesday.\n\n{sentence}"
    [inc] = incidents(text, "2024-03-13")
    assert (inc.actor, inc.attribution) == ("Ukraine", "claimed")


@pytest.mark.parametrize(
    "sentence",
    [
        "A missile strike was carried out on a training ground of the Armed Forces of Ukraine "
        "near Honcharivske.",
        "A missile struck a temporary deployment point of Ukrainian troops near Honcharivske.",
    ],
)
def test_the_sides_place_struck_does_not_make_it_the_striker(sentence: str) -> None:
    assert find_actor(sentence)[0] is None


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        # the side's soldiers as victims, not strikers
        ("More than 70 Ukrainian soldiers were killed when Russian artillery hit a base.",
         "Russia"),
        # a depot of the side's weapons struck, however long the description
        ("Strikes hit a depot of missile and artillery weapons of the Armed Forces of Ukraine.",
         None),
        ("Ukrainian soldiers shelled the town.", "Ukraine"),
    ],
)
def test_victims_and_depots_are_not_the_striker(sentence: str, side: str | None) -> None:
    assert find_actor(sentence)[0] == side
