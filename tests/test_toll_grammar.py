"""Rules of language for tolls told the way wire copy and local outlets tell them (issue 12,
sixth round): bodies recovered, a toll told before its place is named, a search operation
that is no photo caption, and a big city's name that a village only borrows. Sentences are
our own.
"""

from __future__ import annotations

import pytest

from geo.articles import make_article
from geo.model import Incident
from geo.pipeline import extract_incidents
from geo.places import default_resolver


def incidents(text: str, published: str = "2023-03-14") -> list[Incident]:
    article = make_article("t.txt", f" date {published} probe\n\n{text}\n")
    return extract_incidents([article], default_resolver())


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A missile hit a school in Izium on Monday. Rescuers recovered the bodies of 37 people.",
         37),
        ("A missile hit a school in Izium on Monday. Twelve bodies were pulled from the rubble.",
         12),
    ],
)  # fmt: skip
def test_bodies_recovered_are_the_dead(text: str, killed: int) -> None:
    (inc,) = incidents(text)
    assert inc.killed == killed


def test_a_toll_told_before_its_place_is_named_is_that_places() -> None:
    text = (
        "A Russian missile struck a cafe in a village in northeastern Ukraine on Monday, killing "
        "at least 51 people, officials said. It was one of the deadliest attacks in months.\n\n"
        "The attack on Hroza, in the Kharkiv region, wiped out one in six of its residents. Six "
        "people were wounded."
    )
    (inc,) = incidents(text)
    assert inc.place is not None and inc.place.name == "Hroza"
    assert (inc.killed, inc.injured) == (51, 6)


def test_a_search_operation_is_an_event_sentence_not_a_photo_caption() -> None:
    text = (
        "The search and rescue operation at the administration building in Mykolaiv, which was "
        "hit by a Russian cruise missile on March 29, has been completed.\n\n"
        "Meanwhile, on Monday, Russian troops shelled residential neighbourhoods of Mykolaiv "
        "with rocket launchers. Ten people were killed."
    )
    days = sorted(str(i.date.start) for i in incidents(text, "2022-04-04"))
    assert days == ["2022-03-29", "2022-04-04"]


def test_a_big_citys_name_is_not_a_villages_borrowed_alias() -> None:
    # GeoNames lists "Mykolaiv" among the aliases of Mykolaivka (Donetsk oblast, 14,000
    # people); a Donetsk story that names the southern city still means the city.
    text = (
        "About 12,000 people remain in the Donetsk region, the governor said.\n\n"
        "On Tuesday, Russian rockets hit two hospitals in the southern city of Mykolaiv, "
        "wounding at least 12 people."
    )
    places = [i.place for i in incidents(text, "2022-07-12") if i.place]
    assert [p.name for p in places] == ["Mykolayiv"]


def test_whoever_struck_in_another_event_days_before_did_not_strike_here() -> None:
    text = (
        "Ukrainian shelling of the Russian city of Belgorod killed 14 people on Saturday, "
        "Russian officials said, a day after Russia launched its biggest aerial attack on "
        "Ukraine since the start of the war."
    )
    (inc,) = incidents(text, "2023-12-30")
    assert (inc.actor, inc.attribution) == ("Ukraine", "alleged")


def test_a_roundups_list_after_a_long_fire_phrase_names_every_place_struck() -> None:
    text = (
        "Over the past day, the following settlements came under enemy artillery and mortar "
        "fire: Kupiansk, Kurylivka and Kivsharivka of the Kupiansk district; Borova of the Izium "
        "district."
    )
    names = sorted(i.place.name for i in incidents(text) if i.place)
    assert names == ["Borova", "Kivsharivka", "Kupyansk", "Kurylivka"]


def test_a_bulleted_entry_is_that_places_event_with_its_own_toll() -> None:
    text = (
        "Consequences of the shelling:\n"
        "- Kupiansk: a 57-year-old man was injured as a result of artillery shelling.\n"
        "- Petropavlivka, Kupiansk district: a 71-year-old woman was killed when a shell hit her "
        "house."
    )
    got = {i.place.name: (i.killed, i.injured) for i in incidents(text) if i.place}
    assert got == {"Kupyansk": (None, 1), "Petropavlivka": (1, None)}


def test_a_copied_posts_channel_line_is_its_publication_stamp() -> None:
    article = make_article(
        "t.txt",
        "Head of the regional administration\nTelegram, 02.02.2023, 09:15 — English translation"
        "\n\nOn 1 February, a missile hit Kramatorsk. 3 people were killed.\n",
    )
    assert str(article.published) == "2023-02-02"
    (inc,) = extract_incidents([article], default_resolver())
    assert str(inc.date.start) == "2023-02-01"


def test_the_wars_tally_is_no_days_toll_but_a_superlative_is_that_days_event() -> None:
    tally = (
        "On 1 February, a missile hit Kramatorsk, killing 3. The total number of victims in "
        "Kramatorsk since 24 February 2022: 433 killed and 917 wounded."
    )
    (inc,) = incidents(tally)
    assert inc.killed == 3
    biggest = "On Friday, Ukraine struck the fleet headquarters in Sevastopol, the boldest attack since the start of the war."
    assert [i.place.name for i in incidents(biggest, "2023-09-23") if i.place] == ["Sevastopol"]


def test_a_list_by_district_names_every_village_after_each_label() -> None:
    text = (
        "Also under enemy fire over the past day:\n"
        "the Kherson district: Antonivka, Bilozerka, Chornobaivka;\n"
        "the Beryslav district: Beryslav, Tiahynka."
    )
    names = sorted(i.place.name for i in incidents(text, "2022-12-25") if i.place)
    assert names == ["Antonivka", "Beryslav", "Bilozerka", "Chornobaivka", "Tiahynka"]


def test_during_the_day_keeps_the_two_days_a_summary_may_mean() -> None:
    # Evening summaries mean that day; next-morning ones (UCDP's sources) the day before.
    text = "During the day, Ukrainian drones attacked a car in Klimovo. The driver was wounded."
    (inc,) = incidents(text, "2024-08-13")
    assert (str(inc.date.start), str(inc.date.end)) == ("2024-08-12", "2024-08-13")


def test_a_village_geonames_spells_in_latin_only_is_not_doubled_at_its_hromadas_seat() -> None:
    # Havryshivka (Vinnytsia raion) has no Cyrillic name in GeoNames; KATOTTG's entry for it
    # used to stand at Vinnytsia's centre, 12 km off, and won as "nearest" to Vinnytsia.
    text = "On 6 March, eight Russian missiles destroyed Vinnytsia airport in Havryshivka."
    places = [i.place for i in incidents(text, "2022-03-07") if i.place]
    spots = {p.name: (round(p.lat or 0, 2), round(p.lon or 0, 2)) for p in places}
    assert spots["Havryshivka"] == (49.24, 28.63)


def test_a_sentence_referring_back_to_the_strike_adds_no_event_and_no_target() -> None:
    text = (
        "A Russian missile tore through the regional administration in Mykolaiv on Tuesday, "
        "killing 12 people.\n\n"
        "Mykolaiv has been under near-daily bombardment since early March.\n\n"
        "The strike on Mykolaiv came hours before Russia promised to reduce military activity "
        "around Kyiv."
    )
    got = [(i.place.name, str(i.date.start)) for i in incidents(text, "2022-03-29") if i.place]
    assert got == [("Mykolayiv", "2022-03-29")]


def test_the_day_rescuers_pulled_bodies_is_not_the_strikes() -> None:
    text = (
        "Rescuers pulled more bodies from the rubble of a nine-story apartment building in the "
        "central Ukrainian city of Dnipro on Sunday, raising the death toll to 30.\n\n"
        "A Russian Kh-22 missile slammed into the building on Saturday afternoon."
    )
    (inc,) = incidents(text, "2023-01-15")
    assert str(inc.date.start) == "2023-01-14"


def test_a_strike_told_without_a_place_sets_the_day_the_story_tells() -> None:
    text = (
        "On Friday, Russia fired 122 missiles and dozens of drones at Ukrainian cities. In the "
        "city of Dnipro, five people were killed when a missile hit a maternity hospital."
    )
    (inc,) = incidents(text, "2023-12-30")
    assert str(inc.date.start) == "2023-12-29"


def test_the_night_of_a_day_in_officials_english_is_the_night_into_it() -> None:
    text = "On the night of 12 December, Shahed drones attacked Odesa. One person was injured."
    (inc,) = incidents(text, "2023-12-12")
    assert (str(inc.date.start), str(inc.date.end)) == ("2023-12-11", "2023-12-12")


@pytest.mark.parametrize(
    "text",
    [
        "A missile hit a train station in Kramatorsk on Friday, killing 52, as officials urged "
        "those who remain in the Donbas region to leave.",
        "A missile hit a train station in Kramatorsk on Friday. Dozens were in surgery in "
        "hospitals in the city and in Dnipro.",
    ],
)
def test_where_people_stay_or_are_treated_is_no_place_struck(text: str) -> None:
    assert [i.place.name for i in incidents(text, "2022-04-09") if i.place] == ["Kramatorsk"]


def test_weapons_hitting_the_building_go_on_with_the_event_told() -> None:
    text = (
        "The number killed in Saturday's strike on the Epicentr hypermarket in Kharkiv has risen "
        "to 16.\n\n"
        "Two guided aerial bombs hit the building on Saturday at about 16:00.\n\n"
        "According to the governor, 43 people were injured."
    )
    (inc,) = incidents(text, "2024-05-27")
    assert (inc.killed, inc.injured) == (16, 43)


def test_a_day_of_the_month_is_no_toll() -> None:
    text = "A Russian missile strike on the train station in Kramatorsk on April 8 killed more than 50 people."
    (inc,) = incidents(text, "2022-07-12")
    assert inc.killed == 50


def test_the_place_a_where_clause_follows_is_where_the_strike_was() -> None:
    text = (
        "About 12,000 people remain in the town, which lies about 20 kilometers southeast of "
        "Kramatorsk, where a Russian missile strike on the train station on April 8 killed more "
        "than 50 people."
    )
    got = [(i.place.name, str(i.date.start)) for i in incidents(text, "2022-07-12") if i.place]
    assert got == [("Kramatorsk", "2022-04-08")]


def test_a_wire_lead_in_eastern_ukraine_is_at_its_datelines_town() -> None:
    text = (
        "CHASIV YAR, Ukraine (AP) — Rescue workers on Tuesday pulled more bodies from the rubble "
        "of an apartment building in eastern Ukraine that was struck by Russian rockets over the "
        "weekend, raising the death toll to 45, officials said."
    )
    (inc,) = incidents(text, "2022-07-12")
    assert inc.place is not None and inc.place.name == "Chasiv Yar"
    assert (str(inc.date.start), str(inc.date.end), inc.killed) == ("2022-07-09", "2022-07-10", 45)


def test_a_capitals_dateline_places_no_strike() -> None:
    text = "KYIV, Ukraine (AP) — A Russian missile hit an apartment building in eastern Ukraine."
    assert [i.place for i in incidents(text, "2022-07-12") if i.place] == []


def test_an_official_reports_as_of_time_is_its_publication_stamp() -> None:
    article = make_article(
        "t.txt",
        "General Staff\n\nOperational information as of 08:00 on 14.01.2025 regarding the "
        "invasion\n\nOvernight, Russian guided bombs hit Stepnohirsk.\n",
    )
    assert str(article.published) == "2025-01-14"


def test_a_struck_list_names_the_town_a_plant_is_in_and_the_heads_striker() -> None:
    text = (
        "Overnight, units of the Defence Forces of Ukraine struck military facilities on the "
        "territory of the Russian Federation, in particular:\n\n"
        "— the Bryansk chemical plant in the town of Seltso, Bryansk region. A fire was "
        "recorded;\n\n"
        "— the Saratov oil refinery (Saratov), which supplies the Russian occupation army. A "
        "fire broke out on the territory of the refinery;\n\n"
        "— the Kazan gunpowder plant (Republic of Tatarstan)."
    )
    got = {i.place.name: i.actor for i in incidents(text, "2025-01-14") if i.place}
    assert set(got) == {"Sel’tso", "Saratov", "Kazan"}
    assert set(got.values()) == {"Ukraine"}


def test_the_day_police_were_still_pulling_bodies_is_the_searchs() -> None:
    text = (
        "HROZA, Ukraine (AP) — Police in the tiny village of Hroza on Friday were still pulling "
        "body parts from the rubble of a cafe where a Russian missile struck a wake.\n\n"
        "The strike on Thursday afternoon destroyed the cafe."
    )
    (inc,) = incidents(text, "2023-10-06")
    assert str(inc.date.start) == "2023-10-05"


def test_another_towns_mayor_speaks_of_his_own_town_not_the_last_event() -> None:
    text = (
        "08.04 BST\nSeveral explosions have been heard in central Kyiv this morning.\n\n"
        "09.12 BST\nLviv's mayor, Andriy Sadovyi, says parts of the city are without electricity "
        "after strikes on energy infrastructure."
    )
    names = sorted(i.place.name for i in incidents(text, "2022-10-10") if i.place)
    assert names == ["Kyiv", "Lviv"]


def test_gunmens_raid_on_churches_is_no_strike() -> None:
    text = "On Sunday, militants attacked churches, synagogues and a police post in Derbent."
    assert [i.place for i in incidents(text, "2024-06-23") if i.place] == []


def test_a_park_named_after_a_person_is_no_place() -> None:
    text = "Pictures show a large crater next to a playground in Shevchenko park in Kyiv on Monday after a missile strike."
    assert [i.place.name for i in incidents(text, "2022-10-10") if i.place] == ["Kyiv"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russian attack kills 2, injures 6 in Mykolaiv on Sunday, the governor reports.", (2, 6)),
        ("On Monday the Russian military shelled Bilozerka. A 73-year-old local resident was "
         "fatally wounded in the yard of his house.", (1, None)),
    ],
)  # fmt: skip
def test_headline_tenses_and_the_fatally_wounded(text: str, want: tuple[int, int | None]) -> None:
    (inc,) = incidents(text, "2024-10-15")
    assert (inc.killed, inc.injured) == want


def test_a_prosecutors_according_to_the_investigation_reports_a_strike() -> None:
    text = (
        "According to the investigation, on 15 October 2024, the armed forces of the Russian "
        "Federation dropped an explosive device from a drone on a bus in Kherson. The driver and "
        "a passenger were injured."
    )
    (inc,) = incidents(text, "2024-10-16")
    assert (inc.place is not None and inc.place.name, inc.injured) == ("Kherson", 2)


def test_according_to_the_investigation_in_a_trial_reports_no_strike() -> None:
    text = (
        "A court in Chernihiv sentenced a Russian officer in absentia to 12 years. According to "
        "the investigation, on March 16, 2022, he ordered his battalion to fire on Chernihiv."
    )
    assert [i.place for i in incidents(text, "2024-10-16") if i.place] == []


def test_a_possessive_day_dates_the_attack_at_the_place_before_it() -> None:
    text = (
        "In Kyiv, the toll from Friday's attack rose to 28, the city's military administration "
        "said Sunday."
    )
    (inc,) = incidents(text, "2023-12-31")
    assert (str(inc.date.start), inc.killed) == ("2023-12-29", 28)


def test_an_attack_on_another_place_dates_only_what_follows_it() -> None:
    text = "Russia struck Odesa on Tuesday in response to Monday's attack on the Crimean Bridge."
    got = {i.place.name: str(i.date.start) for i in incidents(text, "2023-07-19") if i.place}
    assert got["Odesa"] == "2023-07-18"


def test_a_while_clause_gives_its_own_places_toll() -> None:
    text = (
        "On Friday, in the central city of Dnipro, six people were killed, while four people "
        "were killed in the Black Sea port of Odesa."
    )
    got = {i.place.name: i.killed for i in incidents(text, "2023-12-30") if i.place}
    assert got == {"Dnipro": 6, "Odesa": 4}


def test_a_bare_namesake_is_the_one_by_the_articles_other_places() -> None:
    text = (
        "Russian glide bombs hit Kharkiv and Derhachi on Monday.\n\n"
        "On Sunday, a guided bomb hit Zolochiv, wounding a man."
    )
    got = {i.place.name: i.place.admin1 for i in incidents(text, "2024-05-27") if i.place}
    assert got["Zolochiv"] == "Kharkiv Oblast"


def test_the_articles_places_do_not_turn_a_city_into_a_village_of_its_name() -> None:
    text = (
        "Russian drones hit Nikopol and Marhanets on Monday.\n\n"
        "Russian glide bombs hit an industrial enterprise in the southeastern city of "
        "Zaporizhzhia on Monday, killing one worker."
    )
    got = {i.place.name: i.place.population for i in incidents(text, "2025-01-07") if i.place}
    assert got["Zaporizhzhya"] > 500_000


def test_a_wire_story_told_on_a_page_stamped_day_first() -> None:
    text = (
        "Ukraine mourns 31 killed in Kyiv strike\n\n"
        "Published on: 01/08/2025 - 13:42 Modified: 01/08/2025 - 17:10\n\n"
        "Kyiv (AFP) – Ukraine on Friday mourned 31 people killed in a Russian missile and drone "
        "attack on Kyiv, one of the deadliest on the capital since Russia invaded in February "
        "2022. Among the 159 wounded in the strike early on Thursday was a boy's mother.\n\n"
        "The toll surpassed that of June 17, when a Russian strike on Kyiv killed 28 people."
    )
    article = make_article("t.txt", text)
    assert str(article.published) == "2025-08-01"
    got = sorted(
        (str(i.date.start), i.killed) for i in extract_incidents([article], default_resolver())
    )
    assert got == [("2025-06-17", 28), ("2025-07-31", 31)]


def test_the_definite_missile_sentence_gives_the_days_strike() -> None:
    text = (
        "KYIV, Ukraine (AP) — The death toll from a Russian missile strike on an apartment "
        "building rose to 23 on Saturday, as emergency crews finished clearing the rubble in the "
        "city of Uman.\n\n"
        "The cruise missile tore into the nine-story building before dawn on Friday."
    )
    (inc,) = incidents(text, "2023-04-29")
    assert str(inc.date.start) == "2023-04-28"


def test_a_roundups_village_entry_is_the_namesake_among_its_neighbours() -> None:
    text = (
        "Over the past day the enemy shelled Kherson, Antonivka and Bilozerka.\n\n"
        "Antonivka. A 74-year-old woman was killed when a shell hit her yard.\n\n"
        "Sadove. A drone hit a private house. No one was hurt."
    )
    got = {
        i.place.name: round(i.place.lon or 0, 1) for i in incidents(text, "2024-10-08") if i.place
    }
    assert got["Sadove"] == 32.8


def test_a_tight_lists_village_is_the_namesake_by_its_neighbours() -> None:
    text = "Russian drones attacked Kivsharivka, Kurylivka and Petropavlivka on Monday."
    got = {
        i.place.name: round(i.place.lon or 0, 1) for i in incidents(text, "2023-11-18") if i.place
    }
    assert got["Petropavlivka"] == 37.7


def test_the_previous_day_is_counted_from_the_day_it_was_said() -> None:
    text = (
        "The missile slammed into a building in Dnipro on Saturday afternoon.\n\n"
        "In Russia's Belgorod region, Governor Vyacheslav Gladkov said on Monday that Ukrainian "
        "forces had shelled the border town of Shebekino the previous day. No one was injured."
    )
    got = {i.place.name: str(i.date.start) for i in incidents(text, "2023-01-16") if i.place}
    assert got["Shebekino"] == "2023-01-15"


def test_where_a_bus_was_going_is_no_place_struck() -> None:
    text = (
        "Nine people were killed when a Russian drone struck a passenger bus near Bilopillia on "
        "Saturday. The bus was carrying residents of the Bilopillia community towards Sumy when "
        "it was hit on the highway."
    )
    assert [i.place.name for i in incidents(text, "2025-05-18") if i.place] == ["Bilopillia"]


def test_the_infrastructure_of_a_town_is_struck_in_that_town() -> None:
    text = (
        "The enemy attacked the Izmail district with drones overnight. There were hits on the "
        "port and industrial infrastructure of Izmail. A truck driver was injured."
    )
    names = [i.place.name for i in incidents(text, "2023-09-06") if i.place]
    assert names == ["Izmayil"]


@pytest.mark.parametrize(
    ("query", "seat"),
    [("Izmail district", "Izmayil"), ("Mariupol raion", "Mariupol"), ("Podilsk raion", "Podilsk")],
)
def test_a_raion_is_named_after_its_seat_even_when_geonames_ranks_it_a_plain_town(
    query: str, seat: str
) -> None:
    from geo.geocode import parse_query, resolve

    name, hints = parse_query(query)
    place = resolve(default_resolver().gaz, name, hints).place
    assert place is not None and place.name == f"{seat} Raion"
