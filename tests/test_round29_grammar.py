"""Rules of the twenty-ninth round (issue 12, session 33): working notes of new kinds (a
council's meeting transcript, a demining log, a dispatcher's delay journal, a witness
interview, a police case summary, a grid shift log, a radio host's notes, a route-delay log).

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents
from textcases import towns as _towns

from geo.attribution import find_figure
from geo.dates import find_dates
from geo.lexicon import INJURED, KILLED
from geo.places import default_resolver


def test_a_speakers_initials_are_no_town() -> None:
    text = (
        " date 2022-09-24 meeting transcript\n"
        "NIKOPOL CITY COUNCIL / meeting 24.09\n"
        "CH: Last night the russians hit the city again with Grads, one man killed.\n"
    )
    assert _towns(text) == ["Nikopol"]


def test_a_contrast_with_a_namesake_elsewhere_sets_that_region_aside() -> None:
    text = (
        " date 2022-09-24 notes\n"
        "MARHANETS COUNCIL / notes\n"
        "Pokrovske hromada also got it on Sunday the 18th, russian Grads again, one man wounded, "
        "that is the Pokrovske "
        "west of Nikopol, not Pokrovsk in Donetsk region.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.admin1 == "Dnipropetrovsk Oblast"
    assert found.place.lon < 34.5  # the Pokrovske by Nikopol, not the raion seat (36.2)


def test_a_name_the_note_places_in_the_next_sentence_is_that_place() -> None:
    text = (
        " date 2023-02-25 log\n"
        "20.02 | radio: two killed in Antonivka by russian shelling. This is Antonivka next to "
        'Kherson, NOT "our" Antonivka in Kakhovka r-n.\n'
    )
    (found,) = incidents(text)
    assert found.place is not None and abs(found.place.lon - 32.73) < 0.05


def test_a_topic_town_and_the_strike_told_there() -> None:
    text = (
        " date 2022-09-22 meeting\n"
        "Tomakivka on Wednesday, as you know, the russians hit the farm stores there, a "
        "tractor driver killed.\n"
    )
    assert _towns(text) == ["Tomakivka"]


def test_a_rivers_left_bank_is_no_bank_on_a_street() -> None:
    text = (
        " date 2023-02-20 log\n"
        "19.02 | heavy shelling from the left bank on Kozatske (on the river, Nova Kakhovka "
        "side), 2 civilians killed there.\n"
    )
    assert _towns(text) == ["Kozatske"]


def test_a_demining_rows_own_strike_cell_is_read_beside_its_mines() -> None:
    text = (
        " date 2023-02-25 demining log\n"
        "date | task | finds | notes\n"
        "22.02 (Wed) | task 19, field edge | 3x TM-62M AT mines | 10:20 info from police: russian "
        "shelling of Tiahynka, 2 killed.\n"
    )
    assert _towns(text) == ["Tiahynka"]


def test_an_update_line_adds_to_the_strike_told_before() -> None:
    text = (
        " date 2022-09-30 delay journal\n"
        "26.09 Mon | 6401 | +2:10 | 15:05 russian rocket strike at Balakliia, contact wire down.\n"
        "27.09 Tue | - | - | upd. Balakliia from OVA: 3 dead, 6 injured.\n"
    )
    found = at(incidents(text), "Balak")
    assert days(found) == [(date(2022, 9, 26), date(2022, 9, 26))]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("OVA: girl 15 killed, others under rubble.", 1, None),
        ("A woman, 1957 y.o.b., died at the scene; 3 persons were injured.", 1, 3),
        ("a man born 1961 and a woman were killed", 2, None),
        ("a minor, 2013 year of birth, received injuries incompatible with life", 1, None),
        ("a rocket hit a house, two brothers killed.", 2, None),
        ("a woman killed (60s), a girl of 16 wounded, in hospital", 1, 1),
        ("Staff in shelter, no injured reported.", None, 0),
        ("no dead or injured", 0, 0),
        ("other 4 persons got injured of different heaviness", None, 4),
    ],
)
def test_figures_of_notes_and_translations(
    text: str, killed: int | None, injured: int | None
) -> None:
    assert (find_figure(text, KILLED), find_figure(text, INJURED)) == (killed, injured)


@pytest.mark.parametrize(
    "line",
    [
        'Remark: the admin called about "a strike on Lozova station" at 22:00 - checked, no such '
        "thing, it was a burning field south of town.",
        '[struck out in the original: "shelling of Lozova 10.09" - was a mistake of the duty '
        "officer, it was our own artillery]",
        "listener SMS: explosions at night?? -> checked: NO hits in Lozova, it was air defence.",
        "Pre-talk with the guest from Lozova: no shelling stories, it's about kids.",
    ],
)
def test_denied_and_corrected_reports_are_no_strikes(line: str) -> None:
    assert _towns(f" date 2022-09-30 notes\nnotes\n\n{line}\n") == []


def test_a_fear_of_shells_is_no_event() -> None:
    text = (
        " date 2022-10-06 interview\n"
        "Other: people in Huliaipole are afraid of the mines more than of the shells - a tractor "
        "hit a mine near the village in August. Not a strike.\n"
    )
    assert _towns(text) == []


def test_a_raions_abbreviation_qualifies_its_village() -> None:
    text = (
        " date 2022-10-11 shift log\n"
        "[07:58] DMG  330 kV SS (near Vasylivka, Kamianske r-n) - russian missile strike.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.admin2 == "1204"


def test_a_log_lines_site_then_its_town_labels_the_line() -> None:
    text = (
        " date 2022-10-11 shift log\n"
        "[08:21] DMG  Vuhlehirska TPP, Svitlodarsk - hit, fire in the turbine hall, units off.\n"
    )
    assert _towns(text) == ["Svetlodarsk"]


def test_a_weekdays_day_in_brackets_dates_the_line() -> None:
    (d,) = find_dates("- last Fri (3.02) Izium: a rocket hit a house", date(2023, 2, 9))
    assert (d.window.start, d.window.end) == (date(2023, 2, 3),) * 2


def test_an_aside_that_happened_on_a_day_dates_its_shelling() -> None:
    text = (
        " date 2022-09-27 press note\n"
        "The documentation continues of the shelling of the village Kozacha Lopan, which was "
        "happened on 17 September 2022, when the enemy hit a car; 2 medics died.\n"
    )
    assert days(incidents(text)) == [(date(2022, 9, 17), date(2022, 9, 17))]


def test_a_strike_on_the_object_of_the_town() -> None:
    text = (
        " date 2022-09-27 press note\n"
        "On 26 September 2022 the russian forces did a rocket strike on the infrastructure "
        "object of the town Balakliia of Izium district.\n"
    )
    assert [i.place.name for i in incidents(text) if i.place] == ["Balakliya"]


def test_a_notes_own_abbreviation_for_a_town() -> None:
    from geo.abbreviations import abbreviated_towns

    gaz = default_resolver()
    text = '(drivers\' reports; "KR" = Kryvyi Rih depot; Radio Rossii (RR) monitored)'
    assert {k: p.name for k, p in abbreviated_towns(text, gaz).items()} == {"KR": "Kryvyy Rih"}
    note = (
        ' date 2022-09-30 route notes\n"KR" = Kryvyi Rih depot\n\n'
        "- Wed 14.09 - KR: the russians hit the reservoir dam with missiles.\n"
    )
    assert _towns(note) == ["Kryvyy Rih"]


def test_the_town_a_colon_goes_on_about() -> None:
    text = (
        " date 2022-09-30 route notes\n"
        "- Mon 05.09 - two trucks held ~4h before Zelenodolsk: the town was shelled by the "
        "russians early morning, one woman killed there.\n"
    )
    assert _towns(text) == ["Zelenodolsk"]


def test_a_translated_mine_that_hits_is_a_mortar_round() -> None:
    text = (
        " date 2023-02-02 chat\n"
        "[01.02.23, 18:52] Olena: terrible news from Hremiach (Novhorod-Siverskyi hromada) - today "
        "a russian mine hit the yard of a house, two people dead\n"
    )
    assert _towns(text) == ["Hremiach"]


def test_a_correction_in_the_next_sentence_withdraws_the_strike() -> None:
    text = (
        " date 2023-02-19 post\n"
        "PS. Correction to my post of Friday: I wrote that Bilyi Kolodiaz was hit. That was "
        "wrong - it was our own artillery, nothing fell on the village.\n"
    )
    assert _towns(text) == []


def test_another_day_in_a_story_of_one_town() -> None:
    text = (
        " date 2023-02-19 post\n"
        "Kupiansk. Again.\n\n"
        "Yesterday the russians shelled the centre of the town again. A man was killed.\n"
        "On Thursday, 16 February, another resident was killed by russian shelling.\n"
        "And on 8 February russian shelling killed a woman and wounded a girl.\n"
    )
    found = incidents(text)
    assert {i.place.name for i in found if i.place} == {"Kupyansk"}
    assert sorted(d[0] for d in days(found)) == [
        date(2023, 2, 8), date(2023, 2, 16), date(2023, 2, 18)
    ]  # fmt: skip


def test_a_sheet_of_civilian_deaths_counts_each_row() -> None:
    text = (
        " date 2023-03-02 sheet.csv\n"
        "# one row = one settlement x one day with >=1 civilian killed\n"
        "date,settlement,raion,killed,injured,by,note\n"
        "2023-02-09,Kurakhove,Pokrovskyi,2,,RU,\n"
        "2023-02-12,Hirnyk,Pokrovskyi,1,1,RU,\n"
    )
    assert _towns(text) == ["Hirnyk", "Kurakhove"]


def test_a_dated_entry_heading_a_farm_of_its_village() -> None:
    text = (
        " date 2022-09-30 vet notes\n"
        'vet notes\n\n31.07 (Sun) - KRASNOPILLIA, dairy farm of "Agro-K" on the edge of the '
        "village. Called at 07:10. Farm was shelled from the russian side around 5 am.\n"
        "02.08 - Krasnopillia revisit (NOT a new shelling): mastitis in 9 cows.\n"
    )
    assert days(incidents(text)) == [(date(2022, 7, 31), date(2022, 7, 31))]


def test_the_aftermath_since_then_is_no_scene() -> None:
    text = (
        " date 2022-06-08 port report\n"
        "Zatoka bridge over the Dniester estuary (Odesa-Izmail line) was hit by a russian "
        "missile on Mon 02.05, since then trains go round via Moldova, paperwork at Kuchurhan.\n"
    )
    assert _towns(text) == ["Zatoka"]


def test_a_paragraphs_next_sentence_goes_on_with_its_day() -> None:
    text = (
        " date 2023-02-07 Sumy region: seven communities shelled\n"
        "Evening summary, 7 February 2023\n\n"
        "During the day, the Russians shelled seven communities of the Sumy region.\n\n"
        "Khotin community: the enemy fired mortars (12 explosions). In the village of "
        "Kindrativka a shell hit a barn; a 70-year-old man was killed.\n"
    )
    assert days(at(incidents(text), "Kindrat")) == [(date(2023, 2, 7), date(2023, 2, 7))]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("a man (the owner of 12 goats and a horse) was killed in his yard.", 1),
        ("On Thursday another resident was killed by russian shelling.", 1),
    ],
)
def test_who_the_dead_were(text: str, killed: int) -> None:
    assert find_figure(text, KILLED) == killed


def test_a_diarys_title_town_and_its_new_days() -> None:
    text = (
        "Grandad's diary (Kupiansk) - the entries about the war, typed by his grandson. Only "
        "some entries.\n\n"
        "1 April 2022, Friday.\n"
        "Woke at six from two bangs. The radio says the russians fired at the bridge, two "
        "workers hurt.\n\n"
        "3 July 2022, Sunday.\n"
        "Terrible night. The radio says a rocket was shot down and fell on the houses. Four dead.\n"
    )
    assert days(incidents(text)) == [(date(2022, 4, 1),) * 2, (date(2022, 7, 3),) * 2]


def test_a_colon_telling_what_burns_there() -> None:
    text = (
        " date 2022-10-12 diary\n"
        "11 October 2022, Tuesday.\n"
        "Lida called from Shebekino at 8 in the morning: the electric substation there is "
        "burning, no light, no water.\n"
    )
    assert _towns(text) == ["Shebekino"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Wednesday the thirteenth, early morning, drones hit the refinery", date(2024, 3, 13)),
        ("then on Sunday, the seventeenth, in the early hours", date(2024, 3, 17)),
        ("a wave of strikes on Saturday, the first large-scale attack", date(2024, 3, 16)),
    ],
)
def test_a_weekday_and_its_day_in_words(text: str, day: date) -> None:
    assert find_dates(text, date(2024, 3, 21))[0].window.start == day


def test_a_transformer_failure_called_not_an_attack() -> None:
    text = (
        " date 2022-10-12 security note\n"
        'The "explosion in Mukachevo" circulating on Telegram on 10 October was a transformer '
        "failure in a residential block; NOT an attack.\n"
    )
    assert _towns(text) == []


def test_a_chats_rumour_called_fake_by_the_next_speaker() -> None:
    text = (
        " date 2025-01-09 chat export\n"
        "[09.01.2025, 07:44] Marina: Someone wrote that school No. 95 in Dnipro was hit this "
        "morning - is it true??\n"
        "[09.01.2025, 07:49] Tetiana (teacher): Marina, NO, it is a fake, I talked to the principal.\n"
    )
    assert _towns(text) == []


def test_a_chat_line_retelling_an_old_strike_takes_its_day() -> None:
    text = (
        " date 2025-01-09 chat export\n"
        "[09.01.2025, 07:31] Natalia: It's like October 2022 all over again in Zaporizhzhia, "
        "when the rockets hit the houses in the early morning of 6 October.\n"
    )
    assert days(incidents(text)) == [(date(2022, 10, 6), date(2022, 10, 6))]


def test_his_town_is_the_one_named_not_the_namesake_set_aside() -> None:
    text = (
        " date 2024-09-15 newsletter\n"
        "Our member Ivan from Zolochiv (the Lviv-region Zolochiv, not the one near Kharkiv!) "
        "reminded us that his town was also hit: on 14 June 2022 debris of a missile fell on "
        "the brick factory there.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.admin1 == "Lviv Oblast"


def test_a_footnotes_number_before_its_place() -> None:
    text = (
        " date 2025-04-10 chapter notes\n"
        "Chapter 4 notes\n\n"
        "34 Kherson, 8 January 2025: two Russian guided bombs struck an industrial site; 3 killed.\n"
        "35 The earliest case in my sample outside the Kyiv-Chernihiv battle zone.\n"
    )
    assert _towns(text) == ["Kherson"]


def test_a_retold_strike_since_which_names_its_own_town() -> None:
    text = (
        " date 2024-09-15 newsletter\n"
        "This was the deadliest attack on the city since 6 July 2023, when a Russian cruise "
        "missile hit an apartment block in the west of Lviv and ten people died.\n"
    )
    assert days(at(incidents(text), "Lviv")) == [(date(2023, 7, 6), date(2023, 7, 6))]


def test_a_site_named_after_one_town_standing_in_another() -> None:
    text = (
        " date 2025-01-15 news\n"
        "Ukrainian forces struck the Bryansk Chemical Plant in the town of Seltso overnight on "
        "Jan. 14, the General Staff reported. Earlier, missiles had hit critical infrastructure "
        "in Kyiv and energy facilities in Kharkiv.\n"
    )
    assert _towns(text) == ["Kharkiv", "Kyiv", "Sel’tso"]


def test_rescuers_night_is_not_the_strikes() -> None:
    text = (
        " date 2023-02-02 news\n"
        "A Russian missile struck an apartment building in the center of Kramatorsk late on "
        "February 1, killing three, as rescuers dug through the rubble overnight.\n"
    )
    assert days(incidents(text)) == [(date(2023, 2, 1), date(2023, 2, 1))]


def test_a_shelled_evacuation_convoy_is_struck_where_it_was() -> None:
    text = (
        " date 2022-09-27 news\n"
        "On Sept. 17, four medics were killed when Russian forces shelled an evacuation convoy in "
        "the border village of Strilecha, north of Kharkiv.\n"
    )
    assert _towns(text) == ["Strilecha"]


def test_a_sentence_telling_which_namesake_is_meant_tells_no_strike() -> None:
    text = (
        " date 2023-02-23 news\n"
        "On Monday, 20 February, a shell hit a house in Antonivka, a settlement that is part of "
        "the Kherson city community, killing a married couple. Antonivka, near the destroyed "
        "Antonivskyi bridge, should not be confused with the Antonivka in the Kakhovka district.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and abs(found.place.lon - 32.73) < 0.05


def test_a_briefings_day_and_its_past_day() -> None:
    text = (
        " date 2023-02-23 news\n"
        "In its briefing on Thursday, 16 February, it said its artillery had destroyed howitzers "
        "in the areas of Antonivka and Shyroka Balka over the past day.\n"
    )
    assert days(at(incidents(text), "Shyroka")) == [(date(2023, 2, 15), date(2023, 2, 16))]


@pytest.mark.parametrize(
    "line",
    [
        "The largest number of damaged institutions is in the Donetsk, Kharkiv and Mykolaiv regions.",
        "Russia says the strike was a response, vows more strikes on Kyiv.",
    ],
)
def test_a_distribution_and_a_threat_tell_no_strike(line: str) -> None:
    assert _towns(f" date 2022-05-13 news\nnews\n\n{line}\n") == []


def test_a_coders_verdict_excludes_a_legacy_mine() -> None:
    text = (
        " date 2023-03-01 blocks\n"
        "Location: Dobrianka\n"
        "Notes: On 25 February 2023, two civilians were killed when an anti-tank mine left in a "
        "field near Dobrianka detonated under their tractor. Legacy mine in formerly occupied "
        "land; no attack that day - EXCLUDE from the shelling count.\n"
    )
    assert _towns(text) == []
