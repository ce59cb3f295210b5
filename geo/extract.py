"""Sentences → mentions of incidents: place, date, actor, attribution, weapon, figures.

A *mention* is one sentence's report of an event at a place. Sentences that
report an event without naming a place (figures, weapons, claims) continue
the mention before them in the same paragraph. Merging mentions into
incidents is :mod:`geo.merge`'s job. Place phrases live in :mod:`geo.placephrase`,
sides, claims and figures in :mod:`geo.attribution`, an event's day in :mod:`geo.eventday`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta

from geo import lexicon as lx
from geo.abbreviations import with_abbreviations
from geo.articles import Sentence, split_sentences, stamp_hour
from geo.attribution import (
    accuser,
    attribution_for,
    event_type,
    find_actor,
    find_figure,
    find_weapon,
    other_side,
    side_of,
    tells_a_toll,
)
from geo.citydistricts import has_district, parts_over_their_city
from geo.continuation import (
    _DEFINITE_EVENT,
    _continue,
    _continues,
    _headline_figures,
    _mayor_of,
    _nobody_hurt_in_paragraph,
    _recent_within,
    _told_before,
    a_late_toll_update,
    downed_other_arms,
    headline_day,
    told_next_day,
    toll_lead_day,
)
from geo.datepatterns import DAYS_LATER
from geo.dates import RANGE_DAYS, default_window, find_dates
from geo.eventday import RELATIVE_TO_STORY, SINCE, compared_with, dates_told, event_dates
from geo.eventyear import FULL_SCALE, note_years_told, opens_before_the_war, told_as_history
from geo.facilitynames import facilities_named_far_off
from geo.finersense import finer_sense
from geo.listreading import (
    _BULLET,
    _LABELLED,
    _NAMES_A_DAY,
    _SETTLEMENTS_HIT,
    _TALLIED,
    _TOLD_DAY,
    _day_told,
    _list_day,
    _read_list_item,
    _read_table_row,
    coded_to,
    table_title_span,
)
from geo.loglines import CHAT_STAMP, nights_to_come, post_footer_days, post_header_days
from geo.mention import _DAYS_BEFORE_THIS, Mention, _mention, _remember_days
from geo.model import REACH_DAYS, Article, DateWindow, Place
from geo.namesakes import (
    NAMESAKE_TOLD_APART,
    WHICH_ONE_TOLD,
    by_the_paragraphs_town,
    in_the_raion_just_told,
    names_set_aside,
    namesakes_meant,
    near_town,
    placed_by_the_town_told,
    site_names,
    the_one_not_in,
    the_one_not_near,
    villages_by_the_label_town,
)
from geo.nonevent import (
    _CALLED_FAKE,
    REFUTED_INLINE,
    _casualties_of_a_period,
    _court_case,
    _denied,
    _irrealis,
    _no_attack_after_all,
    _one_places_count,
    _strike_dated_in_it,
    _tells_the_aside,
    a_clause_apart,
    a_state_since,
    another_places_denial,
    outside_the_habit,
    same_clause,
)
from geo.noteentries import (
    ONE_OF_MANY,
    SITE_NOUN,
    STANDS_IN,
    its_town_told_before,
    persons_town,
    posted_on,
    regions_of_the_entry,
    sent_on,
    site_again,
    site_told_just_before,
    told_on_its_line,
    town_of_a_day_heading,
    towns_institutions,
    witness_town,
)
from geo.notehome import (
    HEADER_LINES,
    header_town_struck,
    home_in_the_region,
    home_oblast_struck,
    home_region,
    home_town,
    near_point,
    oblast_hint,
    owners_town,
)
from geo.noteitems import (
    ADMIN_FIELD,
    RECORD_FIELD,
    caps_item_place,
    day_field,
    field_place,
    list_heading_place,
    open_record,
    record_head,
    row_region,
)
from geo.notelines import (
    OWN_LABEL,
    caps_item_name,
    heads_a_list,
    indented,
    links_elsewhere,
    sets_aside,
)
from geo.occupation import russian_held
from geo.placephrase import find_places, street_names, surnames
from geo.placequal import THE_ONE_BY, region_hints
from geo.placerank import BIG_CITY, haversine_km
from geo.placerole import UNNAMED_PLACE_NEAR
from geo.placetypes import PlaceMention, PlaceResolver
from geo.plainlines import items_town, plain_strike_line
from geo.recordunits import (
    namesakes_in_the_records_raion,
    namesakes_in_the_records_region,
    record_rows,
    rows_of_the_same_record,
)
from geo.sectionday import (
    NUMBERED_ITEM,
    day_headings,
    entry_stamps,
    page_span,
    section_day,
    topic_heading,
    week_heading,
)
from geo.story import (
    ENTRY_RUN,
    MORNING_HOUR,
    Reading,
    caps_heading,
    city_districts,
    entry_name,
    event_places,
    focus,
    later_sense,
    lead_window,
    narrative_day,
    one_sense,
    paragraph_so_far,
    paragraph_start,
)
from geo.storygeo import nearest_the_story, the_districts_town
from geo.storyplaces import (
    UNIT_AFTER,
    a_strike_at_home,
    anaphora_targets,
    labelled_by_a_place,
    masthead_town,
    official_voice,
    profile_targets,
    publisher_side,
    region_of_the_voice,
    the_region_said_again,
    the_region_town_told,
    the_storys_one_town,
    the_town_said_again,
    title_town_inside,
    town_of_the_named_region,
    voice_town,
)
from geo.tablerows import (
    LEGEND_LINES,
    cells_of,
    dropped_spans,
    figure_columns,
    marked_line,
    rejected_element,
    rejected_item,
    rejected_record,
    rejected_row,
    rejecting_codes,
    struck_through,
)
from geo.titleplaces import (
    arrival_town,
    dateline_targets,
    home_districts,
    logs_town,
    page_stamp_targets,
    paragraphs_topic_town,
    placed_next,
    section_targets,
    title_region_as_town,
    title_targets,
)
from geo.translit import skeleton
from geo.writerside import writer_side

__all__ = [
    "PlaceMention", "PlaceResolver", "accuser", "attribution_for", "event_type",
    "extract_mentions", "find_actor", "find_figure", "find_places", "find_weapon",
    "other_side", "region_hints",
]  # fmt: skip


# --- sentences → mentions ----------------------------------------------------------------


# a form's legend: "Categories: A — usable; B — usable after repair; D — destroyed"
_LEGEND = re.compile(r"^\W*[A-Z][\w ]{0,24}:\s*(?:[A-Z0-9]{1,3}\s*[—–-]\s*[^;.]+;\s*){2,}")
# a form's field that says where its object is
_PLACE_FIELD = re.compile(r"^\W*(?:Object|Address|Location|Site|Settlement)\s*:", re.IGNORECASE)


# a town named with its river, whose first word is its short form ("Slavyansk-na-Kubani",
# "Rostov-on-Don")
_RIVER_COMPOUND = re.compile(r"([A-Z][\w'’]+)-(?:na|on|upon|nad|pod)-[A-Z][\w'’]+")


def _moved_on(last: Mention | None, s: Sentence, reading: Reading, gaz: PlaceResolver) -> bool:
    """ "Then Zaporizhzhia. We arrived on Thursday evening and on Friday morning Russian
    missiles hit a warehouse": the writer has gone on to another town, whose strike it is."""
    # (only a new paragraph moves on: the town it arrived in is named at its head)
    if last is None or last.sentence.paragraph == s.paragraph:
        return False
    town = arrival_town(s, reading, gaz)
    return bool(town) and town[0].place != last.place


def _main_clauses(text: str) -> str:
    """The sentence without its ', which …' asides (background, not the event)."""
    return re.sub(r",\s+(?:which|who|where|whose)\b[^,;]*", "", text)


def _first_side(text: str) -> str | None:
    for w in re.findall(r"[\w'’\-]+", text):
        if side_of(w):
            return side_of(w)
    return None


def _dated_caption(text: str, reading: Reading) -> bool:
    """A photo caption in the body with no full stop ("A house in Zolochiv destroyed by a
    guided bomb on April 18") tells its strike and its day like a sentence; one of the
    aftermath ("A rescuer carries a woman out of the damaged building on July 6") does not."""
    return bool(_CAPTION_DAY.search(text) and lx.STRIKE_WORDS.search(text)) and any(
        d.window.precision == "day" and d.window.basis in _TOLD_DAY
        for d in find_dates(text, reading.ref)
    )


_CAPTION_DAY = re.compile(
    r"\b(?:on|of)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b(?:,?\s+\d{4})?\s*\W*$"
)


# "In total, one civilian was killed and four were wounded": after several places, the day's sum.
_TALLY_OPENING = re.compile(
    r"^(?:In total|Overall|Altogether|In all|All told|Total"
    # a governor's closing line: "As a result of Russian aggression, 1 person was killed …"
    r"|As a result of (?:the\s+)?(?:Russian|enemy|hostile)\s+"
    r"(?:aggression|attacks?|shelling|strikes?))\b"
)


def extract_mentions(
    article: Article,
    ref: date | None,
    gaz: PlaceResolver,
    progress: Callable[[int, int], None] | None = None,
) -> list[Mention]:
    """Every mention of an event at a place in one article.

    Parameters
    ----------
    article
        The article, raw text included.
    ref
        Its reference date (publication date, or a twin's), for relative dates.
    gaz
        The place resolver.
    progress
        Called with ``(sentences read, sentences)`` as the sentences are read (nearly all
        of the time goes there), for a long article's progress bar.
    """
    gaz = with_abbreviations(article.text, gaz)  # ('"KR" = Kryvyi Rih depot': KR is that town)
    sentences = split_sentences(article)
    # (an export's dropped entries say nothing, not even which namesake a name means:
    # "### Removed ¶ - LUG-046 (DEL) | Rubizhne, Chuhuivskyi raion (Kharkiv oblast)")
    dropped = dropped_spans(article.text)
    if dropped:
        sentences = [_blank(x) if _inside(x.span.start, dropped) else x for x in sentences]
    # the regions the story names, not those of the links to other stories it dropped
    hints = region_hints("\n".join(x.span.text for x in _without_links(sentences)))
    reading = Reading(ref, lead_window(sentences, ref), sentences=sentences)
    # (and the names it writes as streets: "Artyoma str." then "the window on Artyoma")
    # (and the names it gives a plant or a firm: "at Factor-Druk" is "the Factor-Druk plant")
    names = surnames(article.text, gaz) | street_names(article.text, gaz)
    reading.people = names | site_names(article.text, gaz)
    reading.hints = hints
    reading.record_rows = record_rows(article.text)
    reading.sites_named = towns_institutions(article.text, gaz, hints)
    reading.indented = frozenset(
        x.paragraph for x in sentences if indented(article.text, x.span.start)
    )
    reading.publisher_side = publisher_side(sentences)
    reading.writer_side = writer_side(article.text)
    reading.official = official_voice(sentences)
    reading.voice_city = voice_town(reading, gaz)
    reading.stamp_hour = stamp_hour(article.text)
    for head in itertools.takewhile(lambda x: x.heading, sentences):
        heads = one_sense(find_places(head.span.text, gaz, hints), reading)
        reading.places_named += [p.place for p in heads if p.place is not None]
    for told in sentences:
        if "near" in told.span.text or " by " in told.span.text:
            # ("Inhulets village … - NOT Inhulets town near Kryvyi Rih": the other one)
            for name, meant in the_one_not_near(told.span.text, gaz).items():
                reading.named.setdefault(name, meant)
        if " not " in told.span.text.lower():
            # ("… not the `Галаганівка` in the Mykolaiv oblast": one of the others)
            # (of several, the one by the towns the sentence names: "Heorhiivka is the one by
            # Marinka, … NOT the other Heorhiivka, the one out west in the Volnovakha district")
            near = near_point(reading, gaz)
            beside = _towns_told(told.span.text, gaz, hints) or ([near] if near else [])
            others = the_one_not_in(told.span.text, gaz, beside)
            for name, meant in others.items():
                reading.named.setdefault(name, meant)
        if _LIES_IN.search(told.span.text):
            # ("Pryshyb lies in the occupied part of the Vasylivka district of the Zaporizhzhia
            # region; the Pryshyb villages of the Poltava and Mykolaiv regions are not meant")
            for name, meant in _where_it_lies(told.span.text, gaz, hints).items():
                reading.named.setdefault(name, meant)
        if _RIVER_COMPOUND.search(told.span.text):
            # ("Rybolov · Slavyansk-na-Kubani" over "drones attacked the Slavyansk refinery":
            # the town's short form, wherever the text writes it, not Sloviansk in Donbas)
            for p in find_places(told.span.text, gaz, hints):
                if (
                    p.place is not None and (short := _RIVER_COMPOUND.match(p.text))
                    # (not a region's own name: "Rostov regional governor" is the oblast's)
                    and gaz.resolve(short.group(1), (), "region") is None
                ):  # fmt: skip
                    reading.named.setdefault(short.group(1).casefold(), p.place)
        if (
            not told.heading
            and _IN_A_REGION_WORD.search(told.span.text)
            # (not a correction's word of what was wrongly said: "An earlier version of this
            # story said Bilenke is in the Zaporizhzhia region")
            and not _A_CORRECTION.search(told.span.text)
            # (nor words that tell namesakes apart: "Donetsk in the Rostov region is a Russian
            # town near the border, not the DPR capital")
            and not _NAMESAKES_APART.search(told.span.text)
            # (nor two districts told apart: "In the Nikopol district, this is …; in the
            # Synelnykove district, it is …")
            and len(_IN_A_DISTRICT.findall(told.span.text)) < 2
        ):
            # ("Then the council of Mykolaivka in the Donetsk region asked for a quote. … Russian
            # shelling destroyed the sports complex in Mykolaivka": the sense the text gave the
            # name, in whatever sentence it gave it)
            found = find_places(told.span.text, gaz, hints)
            if not _IN_A_REGION_ONLY.search(told.span.text):
                # (a raion's sense leaves a city's name alone: "moved from the village of
                # Poltava in the Svatove district" does not make the story's Poltava a village)
                found = [p for p in found if p.place and not _a_citys_name(p.place.name, gaz)]
            one_sense(found, reading)
        if WHICH_ONE_TOLD.search(told.span.text):
            # "This is the Blahodatne on the road to Snihurivka, not the village of the same
            # name near Pervomaisk": which namesake the text means, wherever it says so
            found = find_places(told.span.text, gaz, hints)
            one_sense(namesakes_meant(told.span.text, found), reading)
    for line in sentences[:HEADER_LINES]:
        if not line.heading and "(" in line.span.text:
            # a note's header in its own lower case qualifies its names for the lines below:
            # "water tower / pump no.2, village Inhulets (Darivka hromada) - operator log"
            one_sense(find_places(line.span.text, gaz, hints), reading)
    # (only beside another oblast a line names: with none, a bare name's namesake nearest the
    # text's places is meant, which a region hint would override)
    # (a page's too: its masthead's or footer's city, "P.O. Box 118, Kharkiv, 61001")
    region = home_region(reading, gaz) or oblast_hint(masthead_town(reading, gaz))
    if hints and region is not None and region not in hints:
        hints = reading.hints = (*hints, region)
    reading.span = page_span(sentences, ref)
    # (a night's log filed in the morning: its evening lines' "today" is the day before)
    nights = nights_to_come([x.span.text for x in sentences]) if ref else []
    posts = _post_days([x.span.text for x in sentences], ref) if ref else []
    mentions: list[Mention] = []
    post_ref: date | None = None  # the day of the post a translator's item quotes
    post_day: date | None = None  # the day of the channel's post being read (its footer's)
    body = False  # a day heading opens a section only inside the page's body
    read_before = 0
    for i, s in enumerate(sentences):
        if i > 0:
            plain_strike_line(article, sentences[i - 1], read_before, mentions, reading, gaz, hints)
        read_before = len(mentions)
        if progress is not None:
            progress(i, len(sentences))
        text = s.span.text
        reading.current = s
        if (
            reading.ref is not None
            and _DATELINE_ALONE.fullmatch(text)
            and _filed_today(text, reading)
        ):
            continue  # "Lugansk, 28 September 2022, 10:35.": the page's filing, no event's day
        if (year := _YEAR_HEADING.match(text)) is not None:
            reading.year_heading = int(year.group(1))  # "2023" alone, over the days below it
            continue
        if _QUALIFIES_A_NAME.search(text):
            # ("Lived in: Sadove (Kherson city hromada)" over "Killed: … by Russian shelling of
            # Sadove": a line that qualifies a name, whatever it tells, sets its sense)
            one_sense(find_places(text, gaz, hints), reading)
        if (
            nights
            and ref
            and (reading.span is None or reading.span.end == ref)
            and not day_headings(reading)
        ):
            reading.ref = ref - timedelta(days=nights[i])
        if ref and (post_of_line := posts[i]) is not None and post_ref is None:
            # (a post's "this morning" is its own day: its footer's, not the page's; and so
            # is an undated post's news: "Another massive night attack …" stamped 11.03)
            if reading.lead.basis in _PAGE_LEADS and post_day != posts[i]:
                reading.lead = _post_lead(post_of_line, text)
            if post_day is not None and post_day != posts[i]:
                # (another day's post tells its own news: "Post by … » Wed 06 Mar ¶ Ballistic
                # missile on the port" is no more of the night the last day's posts told)
                reading.day, reading.place_days = None, {}
            reading.ref = post_day = posts[i]
        # (a feed's first post is stamped before any body line: "17 April, 09:07")
        # (and a log's first day, over its first entry: "30/12/23" under a header line)
        # (a log's first day line under its header lines: "sat 25.06" over "- russian rockets hit")
        opens = body or not s.heading or entry_stamps(reading) >= 2 or day_headings(reading) >= 2
        if i > 0 and (field_day := day_field(text, reading)) is not None:
            # a record's day field dates its note, on this line or the lines after it
            open_record(reading, s, field_day)
        if opens and (day := section_day(s, reading, reading.span)) is not None:
            # (a section's day is written: the day of its lines, not a guess from the story)
            if day.basis != "relative":
                # (its "minutes later" counts from its own day written, not the last strike's)
                reading.anchor = day.end
            day = replace(day, basis="labelled")
            reading.day, reading.day_at = day, (s.paragraph, s.index)
            reading.section, reading.week = (day, s.index), None
            if reading.last is not None and not reading.last.date.overlaps(day):
                reading.last = None
            if (where := town_of_a_day_heading(text, gaz, hints)) is not None:
                # "-- 2022-06-09 (thu) KADIIVKA (ex-Stakhanov), LPR --": the entry's town too
                alone = i + 1 < len(sentences) and sentences[i + 1].paragraph != s.paragraph
                reading.entry = (sentences[i + 1].paragraph if alone else s.paragraph, where)
                # (a report's numbered item is its own lines' only: "6. Linen: … left in the
                # burned cars" is no strike at item 2's station)
                reading.entry_runs = not NUMBERED_ITEM.match(text)
            continue
        if opens and (week := week_heading(s, reading)) is not None:
            reading.week = week  # "Week 7 (10-14.02):" over "Wed - …" lines
            continue
        if s.heading:
            reading.entry_runs = False
        if body and s.heading and reading.section and topic_heading(text, gaz):
            reading.section = None  # "Rebuilding" after "What happened on 28 April 2023"
        body = body or not s.heading
        if len(_TYPED_FIELD.findall(text)) >= 2:
            continue  # "val killed: Int?, val injured: Int?": a record type's fields, no event
        if _CALLED_FAKE.match(text):
            # (first, whatever its shape: "NOT true, Sasha's brother lives there" is no entry
            # nor heading of its own)
            _denied(mentions, reading, s)
        if _set_aside(text, s, reading):
            if not s.heading and lx.CODER_VERDICT.search(text):
                # ("… nobody named as the attacker. Not coded.": the verdict on its line's
                # event, which also sets aside the lines after it)
                _drop_the_lines_judged(mentions, s, article.text)
            continue
        if NAMESAKE_TOLD_APART.search(text):
            continue  # "Antonivka, on the northern bank …, should not be confused with …": names
        if (sent := sent_on(text, reading)) is not None:
            # (an e-mail's "Sent: 19.04.2022 09:12": its "yesterday morning" is the 18th)
            reading.last, post_ref = None, sent
            continue
        if (posted := posted_on(text, reading, i)) is not None:
            # "[2] Source: Budyonnovsky district administration, Donetsk, 23.02.2023" over the
            # quoted post: its day is the post's, and its "yesterday" the day before that
            reading.day, reading.day_at = posted, (s.paragraph, s.index)
            reading.section = (posted, s.index)
            reading.last, reading.entry, post_ref = None, None, posted.start
            continue
        if (
            _PLACE_FIELD.match(text) and not lx.TRIGGER.search(text)
            and (field := town_of_a_day_heading(text, gaz, hints)) is not None
        ):  # fmt: skip
            # a form's "Object: Vilniansk central district hospital — maternity ward" over
            # "Date and cause of damage: night of 22 to 23.11.2022, missile strike (RF)"
            nxt = sentences[i + 1] if i + 1 < len(sentences) else s
            reading.entry = (nxt.paragraph, field)
        if post_ref is not None:
            reading.ref = post_ref
        if not s.heading:
            note_years_told(text, reading)
        if _WHICH_ONE.search(text):
            # ("R-23/004 | Halyna, Pavlivka (the one by Bilopillia, …)": which namesake the
            # text means, for the lines after it that name it bare)
            one_sense(find_places(text, gaz, hints), reading)
        if reading.entry and (
            reading.entry_runs
            or s.paragraph == reading.entry[0] + 1
            and (
                _BULLET.match(text) or indented(article.text, s.span.start)
                or RECORD_FIELD.match(text)
            )
        ):  # fmt: skip
            # "**Dnipro**" over "- A missile hit …" and "- Toll as of this morning …": the
            # entry's bullets, line after line, are all its own (and a record's fields too)
            reading.entry = (s.paragraph, reading.entry[1])
        entry = None
        if ADMIN_FIELD.match(text) and (named := region_hints(text)):
            # "Admin: Kherson oblast / Khersonskyi raion / Stanislavska hromada" over the card's
            # "Description: … hit a house in Shyroka Balka": the record's names are its oblast's
            reading.field_regions = (s.index, named)
            continue
        if (
            (named := row_region(text, gaz)) and i + 1 < len(sentences)
            and not cells_of(sentences[i + 1].span.text)
        ):  # fmt: skip
            # (a record's row of names, its note on the next lines: the row's oblast is the
            # note's; not a table's, whose rows follow each other)
            reading.field_regions = (s.index, named)
        if (where := field_place(text, gaz, hints)) is not None:
            # " location: Mala Tokmachka, Polohy raion" over " description: RU artillery hit
            # the village centre": the record's place is its fields'
            reading.entry, reading.last = (s.paragraph, where), None
            continue
        # (not the title's: "8 July: numbers for the appeal text" names the story's subject)
        of_record = False
        if i > 0:
            entry = record_head(text, s, reading, gaz, hints)
            # ("07.10 fri  Zakarpattia, PLN maintenance - ignore": a record told on its line)
            of_record = entry is not None and told_on_its_line(text.replace(entry.text, " "))
        entry = entry or entry_name(text, gaz, hints, focus(reading))
        below = sentences[i + 1].span.text if i + 1 < len(sentences) else None
        over_items = below is not None and (
            _BULLET.match(below) is not None or indented(article.text, sentences[i + 1].span.start)
        )
        # (a heading opens its line: not "… at Factor Druk. … Reprint ordered in Poltava." over
        # the next numbered item)
        over_items = over_items and (i == 0 or sentences[i - 1].paragraph != s.paragraph)
        if entry is None and not _BULLET.match(text) and heads_a_list(text, over_items):
            # "ODA building, Mykolaiv" over "- Tue 29/03: RU missile hit the admin bldg": the
            # bullets are the heading's place's; a heading with none ("Not strikes") ends it
            entry = list_heading_place(text, gaz, hints)
            # (a heading with no place dates its bullets too: "RUSSIA - OTHER BORDER REGIONS,
            # same night (20 to 21 August), from the RF MoD morning list" over "- Belgorod …")
            # (not a page's stamp, its clock beside the day: "17 January 2023, 09:40")
            stamp = entry is None and _CLOCK_TIME.search(text) is not None
            own = [] if stamp else dates_told(text, reading, s.span.start)[0]
            if own and own[0].window.days <= 2:
                # "08.01, ~15:30, Zaporizhzhia city" over "- Two KABs dropped …": its day too
                # (not a page's stamp over its first post: "17 January 2023, 09:40")
                reading.day, reading.day_at = own[0].window, (s.paragraph, s.index)
                if reading.last is not None and not reading.last.date.overlaps(own[0].window):
                    reading.last = None  # (another day's heading: the last event goes on no more)
            if entry is None:
                reading.entry = None
                continue
        item = caps_item_name(text) if entry is None else None
        if item and (place := caps_item_place(text, item, gaz, hints)) is not None:
            # "1. MAKIIVKA, Donetsk obl. - occupied. … HIMARS rounds hit vocational school No.
            # 19": the item's place, for its sentences that name none (this one read too)
            reading.entry = (s.paragraph, place)
            own, _ = dates_told(text, reading, s.span.start)
            if own and own[0].window.days <= 2:
                # "- Fri 4th, ~18:45: KRYVYI RIH." over its tolls: the item's day is theirs
                reading.day, reading.day_at = own[0].window, (s.paragraph, s.index)
        if entry is not None and (chat_stamp := CHAT_STAMP.match(text.lstrip())) is not None:
            # "[14.08.23 10:15] Marko: Belgorod, Thursday 20 April, about 22:15.": the day the
            # message names is its event's, not the day it was posted
            after = len(text) - len(text.lstrip()) + chat_stamp.end()
            own = dates_told(text[after:], reading, s.span.start + after)[0]
            if own and own[0].window.days <= 2:
                reading.day, reading.day_at = own[0].window, (s.paragraph, s.index)
                reading.anchor = own[0].window.end  # ("… the same day": the message's day)
        if entry is not None:
            # An entry alone on its line heads the paragraph that follows.
            alone = i + 1 < len(sentences) and sentences[i + 1].paragraph != s.paragraph
            alone = alone and not (i > 0 and of_record)
            reading.entry = (sentences[i + 1].paragraph if alone else s.paragraph, entry)
            continue
        if caps_heading(text):
            # "CRIMEA BRIDGE", "BELARUS" after "ZHYTOMYR": a new section, not that city's
            reading.last, reading.entry = None, None
        if (
            not s.heading and lx.NOT_AN_ATTACK_IN(text) and not OWN_LABEL.match(text)
            and not _CLAIMED_THAT.search(text)
            # (a table's row judges its own event, not the row above: "25/05 | Belgorod |
            # sirens, no hits")
            and not cells_of(text)
            # (nor "In the Konotop community, … no hits were recorded there": another place's)
            and not another_places_denial(text, mentions, gaz, hints)
        ):  # fmt: skip
            # (not "Kropyvnytskyi (ex-Kirovograd): alert, no impacts": that place's own line;
            # nor "The ministry claimed that … 'there was no fire impact'": one side's account)
            _no_attack_after_all(mentions, reading, s)
        # (a coding tag may stand alone after its row's full stop: "… channel. #dup (of 9)")
        if (not s.heading or text.lstrip().startswith("#")) and lx.CODER_VERDICT.search(text):
            # "- 16.04, Ivanivka: tractor drove over an AT mine, driver killed. UXO accident,
            # not a strike.": the analyst's verdict on the line's own event
            _drop_the_lines_judged(mentions, s, article.text)
        opens_list = text.rstrip().endswith(":")  # "52 attack UAVs were destroyed:", no heading
        # (not a list for those a strike left in need: "For households from Dvorichna with
        # damaged roofs:" heads what they are offered)
        opens_list = opens_list and not _FOR_THOSE_WITH.search(text)
        if (day := _a_date_field(text, reading)) is not None:
            # ('LAST|Len|"MK-0531-01 strike on Novyi Buh"' over 'LAST|P12|"31.05.2022"': a
            # record's title, then its date field: the day of the title's strike)
            last = reading.last
            if last is not None and last.sentence.index == s.index - 1 and not last.date_explicit:
                last.date, last.date_explicit = day, True
            continue
        if (header := figure_columns(text)) or (cells := cells_of(text)):
            # "date | place | what | killed | injured" and its rows: one incident per row
            if header:
                reading.table_figures = header
                reading.table_span = (
                    table_title_span(sentences[i - 1].span.text, reading) if i else None
                )
            elif (
                reading.last is not None
                and _SAME_STRIKE.search(text)
                # (not "as part of the same attack, … struck Lutsk": a place of its own)
                and not any(p.place is not None for p in find_places(text, gaz, hints))
            ):
                # "G-22/142 | Thu 09.06 | Sprinter | same place, same strike (driver of the
                # bakery van)": the event of the row above, told again
                _continue(reading.last, s, reading)
            else:
                _read_table_row(article, s, cells, gaz, hints, reading, mentions)
        elif _LABELLED.match(text) and 0 < s.index - reading.roundup_at <= ENTRY_RUN:
            # "Kupiansk district: Kupiansk, Kindrashivka and Dvorichna." under a roundup's
            # "settlements came under fire": its names only; the next sentence is its own
            _read_list_item(article, s, gaz, hints, reading, mentions)
        elif (
            (_BULLET.match(text) or _LABELLED.match(text) or _TALLIED.match(text))
            and s.index - reading.list_head == 1
            and _same_mark(text, reading)
        ):  # fmt: skip
            # "52 attack UAVs were destroyed:" over "- Mykolaiv region – 17;": each item is
            # the list's event at its place.
            _read_list_item(article, s, gaz, hints, reading, mentions)
            reading.list_head, reading.list_para = s.index, s.paragraph
        elif (
            s.index - reading.list_head == 1
            and s.paragraph == reading.list_para
            # (not a line that tells a strike on a day of its own: "At about 01:00 on
            # 27.08.2023, Russian rocket fire hit a house in Odnorobivka" under a record's row)
            and not (lx.STRONG_TRIGGER.search(text) and _A_FULL_DATE.search(text))
        ):
            # "— the Saratov refinery (Saratov). A fire broke out on its territory;": the
            # item goes on; the list does too.
            if reading.last is not None:
                _continue(reading.last, s, reading)
            reading.list_head = s.index
        elif (
            (not s.heading or opens_list or (body and _dated_caption(text, reading)))
            and (
                "=" not in text
                or not (_GLOSSARY.search(text) or _DEFINED_TERM.search(text))
                # (a record's fields, its note quoted whole: '.side = SIDE_UA, … .text = "On
                # 16.03.2022, the General Staff … said its forces destroyed …"')
                or _PROSE_VALUE.search(text) is not None
            )
            and not _LEGEND.match(text)
            # (a glossary of the sources' words: '"Kiev regime" — the government of Ukraine ·
            # "punitive shelling" — any shelling the source blames on Ukraine')
            and not _DASH_GLOSSARY.search(text)
            and (
                # ("crew checked the craters in X": damage told before, under repair)
                # (not a word named as a word: 'The word "bomb" in the feedback means …')
                (
                    lx.TRIGGER_IN(_words_of_events(text))
                    and (bool(mentions) or not _nobody_hurt_alone(text, sentences[:i]))
                )
                # a note's line names its weapon only: "Vinnytsia: 3 Kalibr from a sub"
                or (lx.STRIKE_WORDS.search(text) and labelled_by_a_place(text, gaz, hints))
                # "In Kyiv, the toll rose to 28 on Sunday after rescuers pulled more bodies …":
                # a town's toll of the day's strikes, told without a strike word
                or (_TOLL_AT_PLACE.match(text) and tells_a_toll(text))
                # "… hit training centres of the AFU. One of them, a centre near Starichi in
                # the Lvov region, is located …": one of the things the sentence before struck
                or (
                    _ONE_OF_THEM.match(text) is not None
                    and i > 0
                    and lx.STRONG_TRIGGER.search(sentences[i - 1].span.text) is not None
                )
                # "The ministry did not name the airfield. A channel reported that it is
                # located in the town of Soltsy": where the event told lies
                or (reading.last is not None and _SITE_LOCATED.search(text) is not None)
            )
        ):
            if _SETTLEMENTS_HIT.search(text):
                # "More than 15 settlements came under enemy fire." over "Kupiansk district:
                # Kupiansk, Kindrashivka, …": each district's names are the settlements hit
                reading.roundup_at = s.index
            before = len(mentions)
            _read_event_sentence(article, s, gaz, hints, reading, mentions)
            verdict = lx.CODER_VERDICT.search(text)
            if verdict and (
                not lx.STRIKE_WORDS.search(text)
                or "rejected" in verdict.group(0).lower()
                or verdict.group(0).startswith("#")  # (a coding list's "#dup (of 9)")
                or "NOT CODED" in verdict.group(0).upper()
                or ("strike" in verdict.group(0) and _LINE_ENDS.fullmatch(text, verdict.end()))
                # (the note-taker's doubt on its own line: "… — I could not confirm", "rumours")
                or _DOUBTED.search(verdict.group(0)) is not None
            ):
                # "tractor drove over an AT mine, driver killed. UXO accident, not a strike.":
                # the analyst's own verdict on the line ('"rocket hit" on a cafe in Odesa -
                # investigation: gas cylinder explosion, no strike.': its last word)
                del mentions[before:]
            if opens_list and reading.last_index != s.index:
                _list_day(text, s, reading)
            reading.list_head = s.index if opens_list else -10
            reading.list_bullet = ""
            reading.list_side = find_actor(text)[0] if opens_list else None
        elif (
            not s.heading
            and (
                tells_a_toll(text)
                or _DEFINITE_EVENT.match(text)
                or lx.UNKNOWN_ACTOR.search(text)
                # (who is blamed for it: "… killed by shelling in Stepne. The HQ blamed
                # Ukrainian forces.")
                or lx.ACCUSE.search(text)
                # (or who owns it: "A source in Ukraine's HUR said the drone was theirs.")
                or lx.CLAIM.search(text)
                or lx.OWN_FORCES_CLAIM.search(text)
            )
            and _continues(reading.last, s, reading)
        ):
            # "Two servicemen were hospitalised", "75 sought medical help", "The cruise
            # missile tore into the building before dawn on Friday": the event told goes on,
            # in words that start none, with its figures and perhaps its day.
            assert reading.last is not None
            _continue(reading.last, s, reading)
        elif (
            not s.heading and mentions and a_late_toll_update(s, reading, mentions[-1])
            and not any(p.place is not None for p in find_places(text, gaz, hints))
        ):  # fmt: skip
            # "Sat 27.05 ¶ Lysak: 30 wounded now": the log's last event, its toll a day on
            _continue(mentions[-1], s, reading)
        elif (
            not s.heading and reading.last is not None and _IT_IS_AT.search(text)
            and (town := _where_it_is(text, reading.last, gaz, hints)) is not None
        ):  # fmt: skip
            # ('"One of the shells hit the oil depot in the Belgorod district." The channels
            # say it is at Razumnoye.': the town the next line narrows the site to)
            reading.last.place = town
        elif not s.heading and _NAMES_A_DAY.search(text):
            _day_told(text, s, reading, gaz, hints)
        if "coded" in text or "identified" in text:
            coded_to(text, s, mentions, gaz, hints)
        reading.prev_side = _first_side(text) or reading.prev_side
    if sentences:
        plain_strike_line(article, sentences[-1], read_before, mentions, reading, gaz, hints)
    later_sense(reading)
    finer_sense(reading, gaz)
    nearest_the_story(mentions, reading, gaz, lambda: home_town(reading, gaz))
    title_region_as_town(mentions, sentences, gaz)
    headline_day(mentions)
    told_next_day(mentions)
    toll_lead_day(mentions, sentences, ref)
    _headline_figures(mentions, sentences)
    codes = rejecting_codes(article.text.split("\n", LEGEND_LINES))
    records = '"status"' in article.text
    markup = "</" in article.text
    struck = any(t in article.text for t in ("[/s]", "</s>", "</del>", "[/del]", "</strike>"))
    return [
        m for m in mentions
        if not told_as_history(m.date, ref)
        and not (not m.date_explicit and opens_before_the_war(m.sentence.span.text))
        # (a sheet's row or item its legend's code keeps off the map: "| 13 | … | [X] |")
        and not (codes and _kept_off(article.text, m.sentence.span.start, codes))
        # (an export's record deleted or a duplicate: '"status": "DEL"')
        and not (records and rejected_record(_line_at(article.text, m.sentence.span.start)))
        # (or an XML export's element: '<event id="W07-005" qa="DUP">')
        and not (markup and rejected_element(article.text, m.sentence.span.start))
        and not _inside(m.sentence.span.start, dropped)
        # (or struck through where it was pasted from: "[s][code]03.05.2022 | … [/code][/s]")
        and not (struck and struck_through(article.text, m.sentence.span.start))
        # (a coder's note keeping the places it names off the map: "Irpin (item 6) and
        # Hostomel (item 2) stay out of the strike count")
        and not lx.KEPT_OUT.search(m.sentence.span.text)
    ]  # fmt: skip


_TITLE_OF = re.compile(
    r"\b(?:governor|head|mayor|chief|administration)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_YEAR_HEADING = re.compile(r"^\W{0,6}((?:19|20)\d\d)\W{0,6}$")
_WHICH_ONE = re.compile(
    rf"{THE_ONE_BY}\b|[(,]\s*the\s+one\s+in\b"
    # ("comes from Pavlivka, in the Bilopillia community": a name placed in passing)
    r"|,\s+in\s+the\s+[A-Z][\w'’-]+\s+(?:community|hromada|raion|rayon|district)\b"
)
_ONE_OF_THEM = re.compile(r"^\W*(?:One|Another|Some|Two|Three)\s+of\s+(?:them|these|those)\b")
# (days only: not "drones downed across the country, incl. 126 over Kursk oblast", each
# region's own figure, which PERIOD_TALLY would also match)
_OVER_PAST_DAYS = re.compile(
    r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|two\s+|three\s+)?days\b",
    re.IGNORECASE,
)
_FIELD_REACH = 6  # a record's fields: its admin field, then its description within 6 lines


def _towns_told(text: str, gaz: PlaceResolver, hints: tuple[str, ...]) -> list[tuple[float, float]]:
    """Where the towns a sentence names by one name only lie (a namesake's neighbours)."""
    named = names_set_aside(text)
    if not named:
        return []  # (no namesake set aside: none to place)
    found = find_places(text, gaz, hints)
    names = Counter(p.text.casefold() for p in found)
    # (not the name itself in another spelling: 'Volodymyrivka ("Vladimirovka" in the
    # release) … Not the Volodymyrivka of the Pokrovsk raion')
    aside = {skeleton(n) for n in named}
    return _points(
        p.place for p in found
        if p.place is not None and p.place.precision == "town" and names[p.text.casefold()] == 1
        and skeleton(p.place.name.casefold()) not in aside
        and not p.text.strip("`'\"‘’“” ").casefold().startswith(tuple(named))
    )  # fmt: skip


def _points(places: Iterable[Place | None]) -> list[tuple[float, float]]:
    return [(p.lat, p.lon) for p in places if p and p.lat is not None and p.lon is not None]


def _all_over_the_country(text: str) -> bool:
    """Does the sentence's own clause tell an attack on the whole country (not a clause of
    another event's: "…, when a wave of attacks across Ukraine cut power")?"""
    nw = lx.NATIONWIDE.search(text)
    return nw is not None and not _A_CLAUSE_BEFORE.search(text, 0, nw.start())


_A_CLAUSE_BEFORE = re.compile(r",\s+(?:when|which|as|after|while|where)\b")


def _a_date_field(text: str, reading: Reading) -> DateWindow | None:
    """The day of a record's line that holds a date and nothing else ('LAST|P12|"31.05.2022"',
    "date = '03.02.2023',"): field names and marks around one written day."""
    if _PROSE_WORD.search(text) or not _A_DIGIT.search(text) or _A_NAME.search(text):
        return None  # (not a row that names its place: "2023-02-09,Pleshchiivka,Kramatorskyi,2")
    if not (cells_of(text) or "=" in text):
        return None  # (a field's line, not a day's heading: "Sat 04.02" heads what follows)
    days = [d for d in find_dates(text, reading.ref) if d.window.basis == "explicit"]
    if len(days) != 1 or days[0].window.days != 1:
        return None
    rest = text[: days[0].start - reading.current.span.start] if reading.current else text
    return days[0].window if not _PROSE_WORD.search(rest) else None


_PROSE_WORD = re.compile(r"\b[a-z]{4,}\b")
_A_DIGIT = re.compile(r"\d")
_A_NAME = re.compile(r"\b[A-Z][a-z]{3,}")
_IT_IS_AT = re.compile(
    r"\b(?:it|this|the\s+(?:depot|site|plant|strike))\s+(?:is|was)\s+(?:at|in|near)\s+[A-Z]"
    # ("Russian media identified the site as the Soltsy air base": the region's site, named)
    r"|\bidentified\s+(?:the\s+)?(?:site|airfield|air\s+base|base|target|plant|depot)\s+as\s+"
    r"(?:the\s+)?[A-Z]"
)


def _where_it_is(
    text: str, last: Mention, gaz: PlaceResolver, hints: tuple[str, ...]
) -> Place | None:
    """The one town a line says the event just told is at, inside the region it was placed in."""
    if last.place is None or last.place.precision != "region" or lx.TRIGGER.search(text):
        return None
    at = _IT_IS_AT.search(text)
    assert at is not None
    rest = text[at.end() - 1 :]
    towns = [
        p.place for p in find_places(rest, gaz, hints)
        if p.place is not None and p.place.precision == "town"
        and _in_the_region(p.place, last.place, gaz)
        # (not the city it is measured from: "… which lies about 70 km southwest of Veliky
        # Novgorod")
        and not lx.MEASURED_FROM_TOWN.search(rest, max(0, p.start - 50), p.start)
    ]  # fmt: skip
    return towns[0] if len(towns) == 1 else None


def _in_the_region(town: Place, region: Place, gaz: PlaceResolver) -> bool:
    """Is the town in the region, by its codes, or else within the region's radius?"""
    if gaz.within(town, region):
        return True
    if not (town.located and region.located) or region.admin2:
        return False
    assert town.lat is not None and town.lon is not None
    assert region.lat is not None and region.lon is not None
    return haversine_km((town.lat, town.lon), (region.lat, region.lon)) <= region.radius_km


def _drop_the_lines_judged(mentions: list[Mention], s: Sentence, text: str) -> None:
    """A coder's verdict drops the events its paragraph told in the two sentences before it
    (or its block of comment lines: "#. A car blew up in Melitopol; … ¶ #. No strike by either
    army; not coded.")."""
    mark = _comment_mark(text, s.span.start)
    mentions[:] = [
        m for m in mentions
        if s.index - m.sentence.index > 2
        or (
            m.sentence.paragraph != s.paragraph
            and (mark is None or _comment_mark(text, m.sentence.span.start) != mark)
        )
    ]  # fmt: skip


# a comment line's own mark, shared by the lines of one block ("#. ", "// ", "-- ")
_COMMENT_MARK = re.compile(r"\s*(?:#[.:,]?|//|--|;;|%)\s*$")


def _comment_mark(text: str, at: int) -> str | None:
    """The comment mark that opens the line ``at`` stands on, if any ("#.")."""
    found = _COMMENT_MARK.fullmatch(text, text.rfind("\n", 0, at) + 1, at)
    return found.group(0).strip() if found else None


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def _blank(s: Sentence) -> Sentence:
    """The sentence with its words blanked, at the same length (a dropped entry's)."""
    return replace(s, span=replace(s.span, text=" " * len(s.span.text)))


def _district_of_the_voice(text: str, weak: list[PlaceMention]) -> list[PlaceMention]:
    """ "the city head of Gorlovka … reported that a woman wounded during the shelling of the
    Nikitovsky district had died": a district of the speaker's own city, so that city."""
    said = lx.ANAPHORA.search(text)
    district = said.group("district") if said is not None else None
    own = [
        w for w in weak
        if district and w.place is not None and w.place.precision == "town"
        and has_district(w.place, district.split()[0])
    ]  # fmt: skip
    return [replace(own[0], role="target")] if own else []


# "… wrote that it had been a Ukrainian missile strike on the Saki airfield": what the event
# just told was, in someone's later words
_IT_WAS_A_STRIKE = re.compile(
    # (or a side's own: "Kiev's General Staff says it was their strike on the Feodosia terminal")
    r"\b(?:that\s+|says\s+|said\s+)it\s+(?:had\s+been|was)\s+(?:an?\s+|their\s+|its\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:strike|attack|hit|shelling|bombing)\b",
    re.IGNORECASE,
)
SAME_SCENE_KM = 15.0
SAME_STORY_SENTENCES = 8  # a log's later entry that says what the event told was


def _named_as_the_last(
    text: str, targets: list[PlaceMention], last: Mention | None, s: Sentence
) -> bool:
    """Does the sentence only say what the last event was, at its own place ("Zaluzhny wrote
    that it had been a Ukrainian strike on the Saki airfield" after the blasts there)?"""
    said = _IT_WAS_A_STRIKE.search(text)
    if (
        last is None or last.place is None or said is None
        or s.index - last.sentence.index > SAME_STORY_SENTENCES
        # (not a sentence that tells its own event first: "At the yacht club two yachts burned
        # after shelling, the administration says it was Ukrainian shelling")
        or lx.STRIKE_WORDS.search(text, 0, said.start()) is not None
        or lx.STRONG_TRIGGER.search(text, 0, said.start()) is not None
    ):  # fmt: skip
        return False
    here = (last.place.lat or 0.0, last.place.lon or 0.0)
    return all(
        t.place is not None
        and haversine_km((t.place.lat or 0.0, t.place.lon or 0.0), here) <= SAME_SCENE_KM
        for t in targets
    )


def _a_sites_town_inside(
    targets: list[PlaceMention], places: list[PlaceMention], text: str, gaz: PlaceResolver
) -> list[PlaceMention]:
    """ "In the Leningrad region, three drones were shot down on the approach to the Kirishi
    refinery": a region struck at a site of a town of its own the sentence names."""
    if len(targets) != 1 or targets[0].place is None or targets[0].place.precision != "region":
        return targets
    region = targets[0].place
    towns = [
        p for p in places
        if p.place is not None and p.place.precision == "town" and gaz.within(p.place, region)
        and _FACILITY_AFTER.match(text, p.end)
    ]  # fmt: skip
    return [replace(towns[0], role="target")] if len(towns) == 1 else targets


_FACILITY_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?i:{lx.FACILITY})\b")


def _told_again(text: str, last: Mention | None) -> bool:
    """Does the sentence name the last event's place again, by its site's noun or as "the
    capital"/"the city"? ("… at the military unit by the old base. … the mayor of Melitopol
    writes that the depot at the base was hit"): then it is still that event's, whoever
    speaks of it."""
    if last is None:
        return False
    if last.place is not None and last.place.precision == "town" and _THE_TOWN_AGAIN.search(text):
        # ("Moscow region Governor Vorobyov said several drones had been downed on their
        # approach to the capital": the town struck, said again)
        return True
    told = last.sentence.span.text.lower()
    return any(
        re.search(rf"\b{re.escape(m.group(1).lower())}\b", told)
        for m in _THE_SITE_NOUN.finditer(text)
    )


_THE_TOWN_AGAIN = re.compile(r"\b(?:to|over|on|at|toward|towards)\s+the\s+(?:capital|city)\b")
_THE_SITE_NOUN = re.compile(rf"\bthe\s+({lx.SITE_NOUNS})\b", re.IGNORECASE)


def _kept_off(text: str, at: int, codes: frozenset[str]) -> bool:
    line = _line_at(text, at)
    return (
        rejected_row(line, codes)
        or rejected_item(_item_at(text, at), codes)
        or marked_line(line, codes)
        # (or a row's note on the line under it: "| 06 | 02.02.2023 | Bakhmut | … | X |" over
        # "Note 06: A British paper reported the death …")
        or (not cells_of(line) and _rejected_row_above(text, at, codes))
    )


def _rejected_row_above(text: str, at: int, codes: frozenset[str]) -> bool:
    """Is the line right above the one at ``at`` a rejected row (not a legend's "#no = …")?"""
    end = text.rfind("\n", 0, at)
    above = text[text.rfind("\n", 0, end) + 1 : end] if end > 0 else ""
    return "=" not in above and rejected_row(above, codes)


def _item_at(text: str, at: int) -> str:
    """The list item that holds ``at``: its line, back to the line that opens the item ("4.
    06.09.2022 | … #nofire"), not past a blank line; the line alone if no item opens above."""
    end = text.find("\n", at)
    start = text.rfind("\n", 0, at) + 1
    line_start = start
    for _ in range(_ITEM_LINES):
        if _ITEM_OPENS.match(text, start) or start == 0:
            return text[start : end if end >= 0 else len(text)]
        above = text.rfind("\n", 0, start - 1) + 1
        if not text[above : start - 1].strip():
            break  # (a blank line: no item opened this block)
        start = above
    return text[line_start : end if end >= 0 else len(text)]


_ITEM_OPENS = re.compile(r"\s*(?:\d{1,3}[.)]\s|[-•*]\s)")
_ITEM_LINES = 6  # an item's lines under its opening one


def _line_at(text: str, at: int) -> str:
    """The whole line of the text that holds the position ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


# the page's own day as its undated news's (not a day its lead sentence told)
_PAGE_LEADS = ("publication", "news cycle", "page day", "post day")


def _dates_the_last(text: str, s: Sentence, reading: Reading) -> None:
    """'… a day of mourning for the victims of a strike on Hroza. The missile … hit the cafe
    at 1:15 p.m. on October 5': the strike told only by its news day gets its own day."""
    last = reading.last
    if last is None or last.date_explicit or not _DEFINITE_EVENT.match(text):
        return
    own, _ = dates_told(text, reading, s.span.start)
    if not own or own[0].window.days > 2 or own[0].window.end is None or last.date.end is None:
        return
    if 0 <= (last.date.end - own[0].window.end).days <= REACH_DAYS:
        last.date, last.date_explicit = own[0].window, True


_CLOCK_TIME = re.compile(r"\b[0-2]?\d:[0-5]\d\b")
# "people lined up to donate blood for the wounded": care for the victims, no strike told
_CARE_FOR_VICTIMS = re.compile(
    # ("the city was ready to receive the most seriously injured for treatment")
    r"\b(?:for|to|visit(?:ed|ing)?|treat(?:ed|ing)?|receive|receiving|admit(?:ted|ting)?)\s+the\s+"
    r"(?:(?:most\s+)?(?:seriously|badly|severely|gravely)\s+)?(?:wounded|injured)\b",
    re.IGNORECASE,
)
# "Russia launched one of its largest attacks on Ukraine's energy system": an attack told
# without a place (not "recorded 151 explosions": a tally)
# (and a note's "Fri 23/9 ~14:20 - blasts near the port.": what its next line tells is of that day)
_AN_ATTACK = re.compile(
    # ("The morning wave hit several oblasts": of a barrage told)
    # ("On Thursday, 14 April, the settlement came under fire": a strike told by its state)
    r"\b(?:attacks?|strikes?|barrage|raid|bombardment|blasts|explosions|(?<!heat\s)wave|"
    r"under\s+(?:fire|shelling))\b",
    re.IGNORECASE,
)


_AGAIN = re.compile(r"\b(?:again|once more|another|a second|new)\b", re.IGNORECASE)


def _where_the_event_was(pm: PlaceMention, reading: Reading) -> bool:
    """Is the place the last event's, or its region's (the region's governor speaks of it)?"""
    last = reading.last.place if reading.last is not None else None
    here = pm.place
    if last is None or here is None:
        return True
    return here.key == last.key or (here.admin1 or here.name) == (last.admin1 or last.name)


def _without_links(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences, less the items of a page's lists of links to its other stories
    ("Related coverage" over "• Lviv Oblast: Poland opens new border crossing")."""
    kept, under = [], None
    for s in sentences:
        if links_elsewhere(s.span.text):
            under = s.paragraph
            continue
        if (
            under is not None
            and not s.heading
            and (_BULLET.match(s.span.text) or s.paragraph == under)
        ):
            under = s.paragraph
            continue
        under = None
        kept.append(s)
    return kept


_MONTH_BOUND = re.compile(
    # (or its clause's: "Recap for the month gone: in August the russians shelled …")
    r"(?:^|:|\b(?:in|during|through|throughout|all\s+through))\W*$",
    re.IGNORECASE,
)


def _bounded_by_its_month(text: str, habit: re.Match[str], at: int) -> bool:
    """Is the habit a rate of strikes inside the month written ("Throughout April 2023 …
    shelled Orikhiv almost daily"), not a period from a day on ("since February 2022")?"""
    # (past a log line's stamp: "Thu 01.09 — in August the russians shelled Chuhuiv almost
    # every night")
    stamp = lx.LINE_STAMP_HEAD.match(text)
    return (
        lx.HABIT_RATE.fullmatch(habit.group(0).strip()) is not None
        and _MONTH_BOUND.search(text[stamp.end() if stamp else 0 : at]) is not None
        and SINCE.search(text) is None
    )


# a field declared with its type: Kotlin's "val killed: Int?", Julia's "killed::Union{Int,
# Missing}", Go's "Killed, Injured int", Python's "killed: int | None"
_TYPED_FIELD = re.compile(
    r"\b\w+\s*(?:::?\s*|,?\s+)(?:String|Int|Int64|Float64|Double|Bool(?:ean)?|Union\{|Optional\[|"
    r"Missing|Nothing|LocalDate|str|int|float|bool|string|int64|float64)\b\??"
)


def _set_aside(text: str, s: Sentence, reading: Reading) -> bool:
    """A line under a "Not strikes" heading, read no further: its bullets, and their lines."""
    links = links_elsewhere(text)
    if links or sets_aside(text):
        reading.set_aside, reading.last, reading.entry = s.paragraph, None, None
        reading.links = links
        return True
    if reading.set_aside is None:
        return False
    under = not s.heading and (_BULLET.match(text) or s.paragraph == reading.set_aside)
    reading.set_aside = s.paragraph if under else None
    # (a side's weapon named on the line is a strike filed there all the same: "- 18.04,
    # Novhorod-Siverskyi: RU mortar fire on the outskirts, 2 WIA"; not a link's headline)
    # (not a side that speaks: '- RU MoD: "high-precision strikes on … directions" — Skip.')
    spoken = _SIDE_SPEAKS.match(text) is not None
    filed = not spoken and _first_side(text) is not None and bool(lx.STRIKE_WORDS.search(text))
    return reading.set_aside is not None and (reading.links or not filed)


_SIDE_SPEAKS = re.compile(
    r"^\W*(?:RU|UA|Russian|Ukrainian)\s+(?:MoD|General\s+Staff|GS|Defen[cs]e\s+Ministry|side)\s*:"
)


def _entry_told(reading: Reading, s: Sentence) -> bool:
    """ "SEVASTOPOL" over "- Sun 23 Jun: 5 ATACMS fired at Sevastopol" and "- Governor: 4 dead":
    a later bullet with no day of its own adds to the event its entry has told already."""
    last, entry = reading.last, reading.entry
    if last is None or entry is None or last.place is None or entry[1].place is None:
        return False
    text = s.span.text
    # (a later toll with its day, "OVA on 09.01: 13 dead", still adds to the event)
    same = last.place.key == entry[1].place.key
    return same and (_a_toll_alone(text) or not dates_told(text, reading, s.span.start)[0])


def _toll_update_of(
    last: Mention | None, text: str, s: Sentence, reading: Reading, named: list[PlaceMention]
) -> bool:
    """Does a toll update ("the toll has risen to 18", "the toll in Kharkiv reached 10"),
    naming no place but the event's, go on the event its section told last (no heading
    between)?"""
    if last is None or not _a_toll_alone(text) or not lx.TOLL_UPDATE.search(text):
        return False
    if _TALLY_OPENING.match(text):
        return False  # "In total, one civilian was killed and four were wounded": a sum
    if last.place is None or any(p.place is None or p.place.key != last.place.key for p in named):
        return False
    # (its only day the stamp it opens with, not "on Sunday evening it had reached 30, on
    # Monday 40": a toll told day by day dates itself)
    events, _ = dates_told(text, reading, s.span.start)
    if any(d.start - s.span.start > 2 for d in events):
        return False
    return _under_the_same_heading(last, s, reading)


def _under_the_same_heading(
    last: Mention, s: Sentence, reading: Reading, most: int = 10**6
) -> bool:
    """Is no heading between the line that told the event and this one (at most ``most``
    lines between)?"""
    between = reading.sentences[last.sentence.index + 1 : s.index]
    return len(between) <= most and not any(x.heading for x in between)


def _goes_on(text: str, s: Sentence, reading: Reading) -> bool:
    """A placeless timed line with no weapon and no day of its own ("17:30 — Update: fire at
    the hypermarket"), a few lines after the event its entry told."""
    last = reading.last
    if last is None or lx.STRIKE_WORDS.search(text) or dates_told(text, reading, s.span.start)[0]:
        return False
    # (a status page's entry: its timed lines under the heading, a few lines on)
    return (
        _TIMED_LINE.match(text) is not None and _under_the_same_heading(last, s, reading, most=5)
        and bool(lx.TRIGGER.search(text))
    )  # fmt: skip


_TIMED_LINE = re.compile(r"^\W*\d{1,2}[:.]\d\d\s*[—–-]\s")


def _only_its_place(named: list[PlaceMention], last: Mention) -> bool:
    """Does a line name no place, or only the place of the event told last?"""
    return all(
        p.place is not None and last.place is not None and p.place.key == last.place.key
        for p in named
    )


def _a_toll_alone(text: str) -> bool:
    """A toll with no strike word ("OVA on 09.01: 13 dead"): figures of an event told."""
    return tells_a_toll(text) and not lx.STRIKE_WORDS.search(text)


def _dateline_of_the_lead(reading: Reading, s: Sentence, gaz: PlaceResolver) -> list[PlaceMention]:
    """ "POKROVSK, Ukraine — The Druzhba hotel … On the evening of August 7, a missile hit the
    building next to it.": the lead paragraph's first strike is at its dateline's town."""
    first = reading.sentences[paragraph_start(s, reading)]
    if first is s:
        return []
    found = dateline_targets(first.span.text, gaz)
    return [PlaceMention(0, 0, p.text, p.place, p.role) for p in found]


def _not_the_strikers_own(found: list[PlaceMention], text: str) -> list[PlaceMention]:
    """ "Moscow. 31 July. INTERFAX - The Armed Forces of the Russian Federation delivered a
    massive strike on enterprises … of Ukraine": a dateline in the striking side's own land is
    where the news was filed, not where the blow fell."""
    # (Russia's side only: the table of held land leaves out the raions the front crossed, so
    # a Ukrainian strike on "occupied Kherson" cannot be told from one on its own land)
    # (held before the invasion: Mariupol on 1 March 2022 was struck by Russia, whatever it
    # holds now)
    if find_actor(text)[0] != lx.RUSSIA:
        return found
    return [p for p in found if not russian_held(p.place, _BEFORE_THE_INVASION)]


_BEFORE_THE_INVASION = DateWindow(FULL_SCALE, FULL_SCALE, "day")


def _town_told_here(reading: Reading, s: Sentence) -> bool:
    """Has this paragraph, or the one before it, told of a located town?"""
    last = reading.last
    return (
        reading.last_town is not None and reading.last_town.located
        and last is not None and s.paragraph - last.sentence.paragraph <= 1
    )  # fmt: skip


# ("Stavky in the Kramatorsk district, where …": a raion places it as well as an oblast)
_IN_A_REGION_WORD = re.compile(
    r"\s(?:in\s+the\s+[A-Z][\w'’-]+\s+(?:region|oblast|district|raion))\b"
)
_IN_A_DISTRICT = re.compile(
    r"\bin\s+the\s+(?-i:[A-Z])[\w'’-]+\s+(?:district|raion)\b", re.IGNORECASE
)
_IN_A_REGION_ONLY = re.compile(r"\s(?:in\s+the\s+[A-Z][\w'’-]+\s+(?:region|oblast))\b")


def _a_citys_name(name: str, gaz: PlaceResolver) -> bool:
    """Is a name also a city's?"""
    return any(p.population >= BIG_CITY for p in gaz.namesakes(name))


_NAMESAKES_APART = re.compile(
    r"\bnot\b|\b(?:same|similar)\s+name\b|\bnamesakes?\b|\bother\s+(?-i:[A-Z])|\bnothing\s+to\s+do\s+with\b",
    re.I,
)
_A_CORRECTION = re.compile(
    r"\b(?:earlier\s+version|correction|erroneously|incorrectly|wrongly|mistakenly)\b", re.I
)
_ANOTHER_AREA = re.compile(
    r"^\W*(?:(?:meanwhile|and|elsewhere),?\s+)?in\s+the\s+(?:south|east|north|west|"
    r"(?:south|north)-?(?:east|west))\b",
    re.IGNORECASE,
)
_WHICH_COUNTED = re.compile(
    r",\s+(?:which|who)\s+(?:counted|recorded|registered|reported|tallied)\b[^.;]*", re.I
)
_SAME_STRIKE = re.compile(r"\bsame\s+(?:strike|attack|shelling|event|incident)\b", re.I)
_THE_EVENT_CAME = re.compile(
    r"^\W*(?:The|That|This)\s+(?:[\w-]+\s+)?(?:strike|attack|shelling|barrage|blast|explosion|raid)s?\s+"
    r"(?:came|happened|occurred|took\s+place|followed)\b",
    re.IGNORECASE,
)
_MORNING_AFTER = re.compile(r"\b(?:the|this|that)\s+morning\b", re.IGNORECASE)


def _the_night_told(reading: Reading, s: Sentence) -> DateWindow | None:
    """The night (two days, the second its morning) the story goes on telling, if it is one."""
    day = narrative_day(reading, s)
    return day if day is not None and day.precision == "days" and day.days == 2 else None


def _town_struck_lately(reading: Reading, s: Sentence) -> bool:
    """Was the last town told struck in this paragraph or the one before it (paragraphs
    count their blank lines)?"""
    town = reading.last_town
    told = reading.told_at.get(town.key) if town is not None else None
    return told is not None and 0 <= s.paragraph - told[1] <= 2


def _same_mark(text: str, reading: Reading) -> bool:
    """A list's next item opens with its items' mark: "— 14 over the Bryansk region," then
    "🔹 In addition, … boats were destroyed" is the post's next paragraph, not an item."""
    if not _BULLET.match(text):
        return True  # "Kupiansk district: …", a labelled item
    mark = text.lstrip()[:1]
    mark = "#" if mark.isdigit() else mark  # "1.", "2.", "3." are one list's marks
    if not reading.list_bullet:
        reading.list_bullet = mark
    return mark == reading.list_bullet


_REPELLED = re.compile(r"repelled|repulsed", re.IGNORECASE)
# a side's version of a blast, not a verdict: "the airfield … exploded; … Moscow called it an
# accident" (what the other side later claims as its strike)
_A_SIDE_CALLED_IT = re.compile(
    r"\b(?:Moscow|Kyiv|Kiev|the\s+Kremlin|Russia|Ukraine|(?:the\s+)?(?:Russian|Ukrainian)\s+"
    r"(?:officials|authorities|military|(?:Defen[cs]e\s+)?Ministry))\s+(?:called|described|termed|"
    r"dismissed)\s+(?:it|them|the\s+(?:\w+\s+)?(?:blasts?|explosions?))\s+(?:as\s+)?(?:an?\s+)?$",
    re.IGNORECASE,
)
_FACILITY = re.compile(rf"\b{lx.FACILITY}\b", re.IGNORECASE)
_KILLED_WHEN = re.compile(
    r"\b(?:killed|died|wounded|injured)\s+(?:when|as|after|in)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:missile|drone|rocket|shell|bomb|strike|attack|shelling)"
    # ("a day of mourning in Kyiv for the victims of the massive Russian attack on the night of
    # April 24": the attack, told with its day)
    r"|\bvictims\s+of\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:missile|drone|rocket|strike|attack|"
    r"shelling)s?\s+(?:on|of)\s+(?:the\s+night\s+of\s+)?\d{1,2}|"
    r"\bvictims\s+of\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:missile|drone|rocket|strike|attack|"
    r"shelling)s?\s+(?:on|of)\s+(?:the\s+night\s+of\s+)?[A-Z][a-z]+\s+\d{1,2}",
    re.IGNORECASE,
)


_CLAIMED_THAT = re.compile(r"\bclaimed\s+that\b")
_TOLL_AT_PLACE = re.compile(
    r"^\W*In\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?[A-Z][\w'’-]+(?:\s+(?:region|oblast))?,"
    r"\s+the\s+(?:death\s+)?toll\b"
)
TOWN_KM = 25.0  # a place this near a town's point is in it, for its mayor's words


def _within_town(town: Place, place: Place) -> bool:
    if town.key == place.key:
        return True
    if town.lat is None or town.lon is None or place.lat is None or place.lon is None:
        return False
    return haversine_km((town.lat, town.lon), (place.lat, place.lon)) <= TOWN_KM


def _post_lead(day: date, header: str) -> DateWindow:
    """An undated post's news: the day it was posted, if posted after the morning ("» Wed
    06 Mar 2024, 12:05 ¶ Ballistic missile on the port"); else that day or the night before."""
    clock = _HEADER_CLOCK.search(header)
    if clock is not None and int(clock.group(1)) >= MORNING_HOUR:
        return DateWindow(day, day, "day", "post day")
    return default_window(day)


_HEADER_CLOCK = re.compile(r"\b([01]?\d|2[0-3]):[0-5]\d\s*$")


def _post_days(lines: list[str], ref: date) -> list[date | None]:
    """Each line's post's day: its footer's (a channel's web preview), else its header's (a
    forum thread's "Post by … » Sun 28 May 2023, 09:14")."""
    footers, headers = post_footer_days(lines), post_header_days(lines, ref)
    return [f or h for f, h in zip(footers, headers, strict=True)]


_THEY_STRUCK = re.compile(
    r"^\W*(?:(?:Overnight|At\s+night|In\s+the\s+night|Then),?\s+)?(?:they|it)\s+[a-z]", re.I
)


def _their_weapons_before(text: str, s: Sentence, reading: Reading) -> bool:
    """Does a sentence opening on "they" follow one of its paragraph that names weapons?"""
    if s.index == 0 or not _THEY_STRUCK.match(text):
        return False
    prev = reading.sentences[s.index - 1]
    return prev.paragraph == s.paragraph and lx.STRIKE_WORDS.search(prev.span.text) is not None


_DATELINE_ALONE = re.compile(
    r"\s*[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?,\s+[0-3]?\d\s+[A-Z][a-z]+\s+(?:19|20)\d\d"
    r"(?:,\s*[0-2]?\d[:.][0-5]\d)?\.?\s*"
)


def _filed_today(text: str, reading: Reading) -> bool:
    """Is the day a dateline names the page's own (not "Toropets, 18 September 2024", a
    section's heading with its event's day)?"""
    found = find_dates(text, reading.ref)
    return bool(found) and found[0].window.start == found[0].window.end == reading.ref


_NO_SETTLEMENT_NAMED = re.compile(
    r"\bwithout\s+(?:naming|specifying|giving|listing|saying)\s+(?:any\s+|specific\s+|the\s+|which\s+)?"
    r"(?:settlements|villages|towns|places|locations|communities)\b",
    re.IGNORECASE,
)
_FOR_THOSE_WITH = re.compile(
    r"^\W*For\s+(?:the\s+)?(?:households|families|residents|people|owners|customers|those)\b[^:]*"
    r"\bwith\s+(?:damaged|destroyed|broken|burnt|burned)\b",
    re.IGNORECASE,
)
_OUR_TOWN = re.compile(r"\bour\s+(?:city|town|village)\b", re.IGNORECASE)
RECORD_LINES = 4  # a record's lines from its place and units to the words that tell it


# ('Colour names in this book: "burnt sienna", "burnt umber", "blood red"': names, listed)
_QUOTED_NAMES = re.compile(r'(?:["“][^"”\n]{1,30}["”]\s*(?:,|and)\s*){2,}["“][^"”\n]{1,30}["”]')
# ("The chapter on the 1944 air raid on the city is history")
_A_PAST_WARS_RAID = re.compile(
    r"\b(?:19\d\d|200\d|201[0-3])\s+(?:air\s+raids?|bombings?|attacks?|strikes?|shelling)\b"
)


_STRUCK = re.compile(f"{lx.STRONG_TRIGGER.pattern}|{lx.STRIKE_WORDS.pattern}", re.IGNORECASE)


def _nobody_hurt_alone(text: str, before: list[Sentence]) -> bool:
    """A "nobody hurt" with no weapon and no strike told just before it: a log's first line
    "Loom jammed. Nobody hurt." tells no event (after one, it may be that strike's figure)."""
    return (
        lx.NO_ONE_HURT.search(text) is not None
        and _STRUCK.search(text) is None  # (not "a rocket went through the roof, nobody hurt")
        and not (before and _STRUCK.search(before[-1].span.text))
        and not lx.TRIGGER_IN(_words_of_events(lx.NO_ONE_HURT.sub(" ", text)))
    )


def _words_of_events(text: str) -> str:
    """The sentence without the words that tell no strike of their own: a translator's gloss,
    a strike only referred to, lightning, a word named as a word, a strike's day named for
    another thing, craters told before, a list of quoted names, a past war's raid."""
    for words in (
        lx.WORD_GLOSSED_AS_OTHER, lx.TRANSLATORS_GLOSS, lx.STRIKES_REFERRED_TO,
        lx.LIGHTNING_STRIKE, lx.A_WORD_AS_WORD,
        _DAY_OF_THE_STRIKE, lx.CRATERS_TOLD, _QUOTED_NAMES, _A_PAST_WARS_RAID,
    ):  # fmt: skip
        text = words.sub(" ", text)
    return text


def _read_event_sentence(
    article: Article, s: Sentence, gaz: PlaceResolver, hints: tuple[str, ...],
    reading: Reading, mentions: list[Mention],
) -> None:  # fmt: skip
    text = s.span.text
    if lx.NEW_EVENT.match(text):
        reading.last = None
    main = _main_clauses(text)
    mourning = lx.AFTERMATH.search(main)
    # "Sloviansk buried a family killed when a missile hit their block on Friday": a story
    # that opens on a funeral tells the strike, and the town that mourns is the one struck
    mourned_here = bool(mourning) and not mentions and bool(_KILLED_WHEN.search(text))
    if (
        mourning and not lx.STRIKE_WORDS.search(main) and not mourned_here
        # (not "Rescuers have recovered a second body in Semenivka, Chernihiv region, where a
        # Russian strike destroyed houses on Wednesday": the strike, told where it was)
        and not lx.WHERE_STRUCK_AFTER.search(text)
    ):  # fmt: skip
        return  # a funeral, a day of mourning: the event told before goes on
    counted = lx.ORDINAL_OF_STRIKES.match(text)
    if counted and (
        counted.group(0).endswith("time") or not lx.TRIGGER.search(text, counted.end())
    ):
        # "This is not the first strike on the city this spring", "the third time this summer
        # that shelling has reached our routes": counted, not told (not "the second strike
        # this week: on Wednesday a bomb hit …")
        return
    negated = lx.NEGATED_STRIKE.search(text)  # rare: strip only when there is a denial
    denied = negated is not None and not lx.TRIGGER.search(lx.NEGATED_STRIKE.sub(" ", text))
    if lx.NOTHING_STRUCK.search(text):
        denied = denied or not lx.TRIGGER.search(lx.NOTHING_STRUCK.sub(" ", text))
    # (or a note's "(no new strike)": the words retell the event told, on a later day)
    denied = (
        denied or REFUTED_INLINE.search(text) is not None or _NO_NEW_EVENT.search(text) is not None
    )
    legal = lx.LEGAL.search(main) is not None and not _strike_dated_in_it(text, reading.ref)
    signpost = lx.SIGNPOST.match(text) is not None  # "Here is a timeline of the strikes"
    if legal or _irrealis(main) or denied or _court_case(text, s, reading) or signpost:
        # A trial, a threat, or strikes the sentence says did not happen.
        reading.last = None
        return
    # (not "… came on Friday, a day after Russian troops withdrew from Snake Island": another
    # event the strike is measured from)
    own_main = lx.ANOTHER_EVENTS_TIME.sub("", main)
    not_strike = (
        lx.NOT_A_STRIKE.search(own_main) or lx.NOT_AN_ATTACK_IN(own_main)
        or lx.DAMAGE_FOUND.search(text)  # (in its aside too: "…, which was found destroyed")
        or lx.OCCUPATION_KILLINGS.search(text)
    )  # fmt: skip
    if (
        not_strike and not_strike.group(0).lower().startswith("accident")
        and _A_SIDE_CALLED_IT.search(own_main, 0, not_strike.start())
        and _FACILITY.search(main)
    ):  # fmt: skip
        not_strike = None  # "the airfield … exploded; … Moscow called it an accident"
    if not_strike and _REPELLED.fullmatch(not_strike.group(0)) and _FACILITY.search(main):
        # "the attack on the Novokuybyshevsk refinery was repelled": a drone attack beaten
        # off over a plant, not a ground assault (those are repelled near villages)
        not_strike = None
    # (the words a verdict denies are no weapon: "tractor hit an AT mine … not shelling")
    weapons = lx.STRIKE_WORDS.search(
        lx.DAMAGE_FOUND.sub(" ", lx.LEFTOVER.sub(" ", lx.NOT_THE_WAR.sub(" ", text)))
    )
    war_denied = lx.NOT_THE_WAR.search(text)
    if war_denied and not lx.TRIGGER.search(lx.NOT_THE_WAR.sub(" ", text)):
        # "Mirror of the guide scope dusty — NOT the blast waves": the only blast denied
        # (a weapon without a deed tells none: "practising with a mortar crew - drill, NOT
        # shelling")
        reading.last = None
        return
    if not_strike and not weapons or lx.DISPOSAL.search(main) or lx.BY_GUNMEN.search(text):
        # "a tractor hit a landmine", "forces clashed near X": someone was hurt, nobody struck.
        reading.last, reading.aside = None, (s.paragraph, s.index)
        return
    if _tells_the_aside(text, s, reading):
        return  # "The driver was injured and hospitalised": the accident's, not a strike's
    # (before any town is struck, a log's home town: "Hop garden notebook, farm near Малин" over
    # "the russians destroyed the church in В'язівка", the Viazivka by Malyn)
    near = near_point(reading, gaz)
    if reading.field_regions is not None and 0 < s.index - reading.field_regions[0] <= _FIELD_REACH:
        hints = reading.field_regions[1]  # (the record's own oblast, no other)
    found = [p for p in find_places(text, gaz, hints, near) if p.text not in reading.people]
    found = placed_by_the_town_told(found, text, reading.last_town, gaz)
    if _town_struck_lately(reading, s):
        found = by_the_paragraphs_town(found, reading.last_town, gaz)
    found = in_the_raion_just_told(found, _raion_told_before(s, reading, gaz), gaz)
    found = villages_by_the_label_town(found, text, gaz)
    found = the_region_town_told(found, text, reading, s, gaz)
    reading.places_named += [p.place for p in found if p.place is not None]
    for p in found:
        # (not "the Donetsk … Drama Theatre in Mariupol": named after one town, standing in another)
        if (
            p.place is not None
            and not STANDS_IN.match(text, p.end)
            and (head := SITE_NOUN.search(p.text))
        ):
            reading.sites_named[head.group(0).lower()] = p.place
    places = home_districts(
        city_districts(one_sense(found, reading, text), text, reading, gaz), reading, gaz, text
    )
    if lx.ANAPHORA.search(text):
        places = facilities_named_far_off(places, text, near_point(reading, gaz))
    # (a record's raion column on a line of its own: 'ev:place "Kostiantynivka" ; adm:raion
    # "Kramatorskyi" ;' above the line that tells the strike)
    # (the record's own line first: in a block of records, the one above names its own raion)
    own_record = paragraph_so_far(s, reading, 2)
    places = namesakes_in_the_records_raion(places, own_record, gaz)
    places = namesakes_in_the_records_raion(places, paragraph_so_far(s, reading, RECORD_LINES), gaz)
    places = namesakes_in_the_records_region(places, own_record, gaz)
    if reading.record_rows and (joined := rows_of_the_same_record(text, reading.record_rows)):
        places = namesakes_in_the_records_raion(places, joined, gaz)
        places = namesakes_in_the_records_region(places, joined, gaz)
    targets, weak = event_places(text, places)
    if _CARE_FOR_VICTIMS.search(text) and not lx.TRIGGER.search(_CARE_FOR_VICTIMS.sub(" ", text)):
        # "In Poltava, people lined up to donate blood for the wounded": no strike there; an
        # official who speaks of his own region's wounded still tells of the event ("Moscow's
        # mayor said the city was ready to receive the injured": not another town's strike)
        targets = []
        weak = [w for w in weak if _where_the_event_was(w, reading)]
    told_here = reading.last is not None and reading.last.sentence.paragraph == s.paragraph
    entry_here = reading.entry is not None and reading.entry[0] == s.paragraph
    if entry_here and targets and regions_of_the_entry(targets, reading, gaz):
        # "1. Chuhuiv, 24 Feb 2022. Russian missile hit a block …; first casualties of the war in
        # Kharkiv oblast": the entry's oblast says where the entry's town is
        assert reading.entry is not None
        targets = [reading.entry[1]]
    if _toll_update_of(reading.last, text, s, reading, targets + weak):
        # "28.05 10:00 — Update: the toll has risen to 18 dead" under the entry that told the
        # strike: its figures, whatever day the update is stamped
        assert reading.last is not None
        _continue(reading.last, s, reading)
        return
    if (
        mentions and _only_its_place(targets + weak, mentions[-1])
        and a_late_toll_update(s, reading, mentions[-1])
    ):  # fmt: skip
        # "Sat 27.05 ¶ Lysak: 30 wounded now": the log's last event, its toll a day on (its
        # town named again too: "Fri 25.04 — Kyiv: twelve dead, about ninety injured")
        _continue(mentions[-1], s, reading)
        return
    # (the side that fired is no other place: "- Russian artillery hit a private house")
    sides = all(w.place is not None and w.place.precision == "country" for w in weak)
    if not targets and sides and reading.entry and entry_here and not told_here:
        told_here = _entry_told(reading, s)
    if (
        not targets and sides and reading.entry and entry_here and not told_here
        # (nor when it names the writer's own town: "Kherson is free! … a missile hit a
        # block in our city")
        and not _OUR_TOWN.search(text)
    ):  # fmt: skip
        # "Yasinovataya. A UAV dropped an explosive device…" (not when the entry's paragraph
        # has named its village already: "Kupiansk district. In Kivsharivka, … A woman was hurt.")
        targets = _not_the_strikers_own([reading.entry[1]], text)
    if mourned_here and not targets:
        targets = [p for p in places if p.place and p.place.precision == "town"][:1]
    if not targets:
        targets = persons_town(text, s, places, reading, gaz)  # "shelled … in her village"
    if not targets and not weak:
        targets = witness_town(text, s, places, reading, gaz)  # "a midwife from Mariupol …"
    if not targets and not weak:
        targets = (
            site_again(text, reading)
            or site_told_just_before(text, s, reading, gaz)
            or anaphora_targets(text, reading, s, gaz)
            or its_town_told_before(text, s, reading, gaz)
            or region_of_the_voice(text, reading, gaz)
            or a_strike_at_home(text, s, places, reading, gaz)
        )
    # (not "flown to a hospital in Odesa": "the city" after it is still the one struck)
    towns = [p.place for p in targets + weak if p.place and p.place.precision == "town"]
    reading.last_town = towns[-1] if towns else reading.last_town
    if not targets and weak:
        home = _recent_within(mentions, weak, s, gaz)
        own, _ = dates_told(text, reading, s.span.start)
        toll_only = _a_toll_alone(text)
        if (
            home is not None and own and home.date.known
            and not own[0].window.overlaps(home.date)
            # (a log line's day is written too: "Fri 17.02 — Dvorichna … a man was killed" is
            # no event that "Yesterday the russians hit the office in Dvorichna" of 24.02 goes on)
            and (home.date_explicit or home.date.basis == "labelled" or _AGAIN.search(text))
            # (not "The previous day, the city's head reported 17 dead": a toll's day)
            and not toll_only
        ):  # fmt: skip
            # "On Sunday, the Belgorod governor said drones had again targeted the city":
            # another day at the same place is another event. (An event told undated, the
            # toll's day first, takes this day: "The governor on Friday evening put the toll
            # at 50".)
            home = None
            targets = weak
        elif home is not None and downed_other_arms(text, home):
            # "… shelled Shebekino. The region's headquarters said six drones had been shot
            # down over the region overnight": drones downed are not the shelling told
            home, targets = None, weak
        if home is None and (inside := town_of_the_named_region(text, reading, s, gaz, weak)):
            targets = inside
        if home is None and not targets:
            targets = the_town_said_again(text, weak) or _district_of_the_voice(text, weak)
        region = [] if targets else the_region_said_again(text, weak, gaz)
        if region and not _named_inside_just_before(region[0], s, reading, gaz):
            # (another region's strike, not the last town's; but "The Olenya air base … near
            # Olenegorsk … Murmansk regional governor … confirmed that a drone attack had hit
            # military units in the region": the base named just before, in that region)
            home, targets = None, region
        if (
            home is None and not targets and lx.ANAPHORA.search(text)
            and all(
                UNIT_AFTER.match(text, w.end) or _TITLE_OF.search(text, 0, w.start)
                for w in weak
            )
        ):  # fmt: skip
            # (or the speaker's title: "… struck the bridge with Storm Shadow missiles, said the
            # governor of the Kherson region": the bridge told before)
            # "The administration of the Kamianka-Dniprovska district said 'Ukrainian
            # formations' fired at the village": the village told before, not the speaker's
            targets = anaphora_targets(text, reading, s, gaz)
            # (none new: the village's event told just before goes on, not the speaker's town)
            weak = [] if not targets and reading.last is not None else weak
        inside = (
            [
                h for h in section_targets(reading, s, gaz, hints)
                if h.place is not None and h.place.precision == "town"
                and any(w.place is not None and gaz.within(h.place, w.place) for w in weak)
            ]
            if home is None and not targets
            and all(_TITLE_OF.search(text, 0, w.start) for w in weak)
            else []
        )  # fmt: skip
        if inside:
            # ("13.10 ¶ Kursk: injured rises to 15 ¶ Russia's acting governor of the Kursk region
            # … says 15 people are now known to have been hurt": the post's own town, in the
            # region the speaker's title names)
            targets, weak = inside, []
        if home is not None:
            # "Vitaliy Kim, the governor of the Mykolaiv region, said the city…"
            reading.last = home
            _continue(home, s, reading)
            return
        if not targets and reading.last is not None and _THE_EVENT_CAME.match(text):
            # "The strike came amid calls by Russian-installed officials in Luhansk and Donetsk
            # for referendums": the strike just told; the places are the speakers'
            _continue(reading.last, s, reading)
            return
    last = reading.last
    if not targets and not weak:
        # A live entry's own heading ("Guided bombs hit Zaporizhzhia") starts a new event.
        targets = section_targets(reading, s, gaz, hints)
    elif (
        not targets
        # (only when the words name no town of their own: "… in the village of Plesetske in
        # Fastiv district, Kyiv Oblast Governor … said" is the village's)
        and all(w.place is not None and w.place.precision == "region" for w in weak)
        and (heads := section_targets(reading, s, gaz, hints))
    ):
        # ("08:50 Odesa energy facility hit" over "Odesa regional governor … says a mass
        # missile attack struck an energy facility": the heading's place, whose official speaks)
        targets = [h for h in heads if any(_one_area(h.place, w.place, gaz) for w in weak)]
    if not targets and _TALLY_OPENING.match(text) and len({m.place for m in mentions}) > 1:
        reading.last = None  # a roundup's sum over its places, no one event's figure
        return
    # "Lviv's mayor says parts of the city are without power after strikes": another town's
    # official speaks of his own town, not of the event told before.
    # (not Moscow's mayor on a drone that hit Moscow City: a part of his own town)
    elsewhere = last is not None and any(
        w.place is not None and w.place.precision == "town"
        and (last.place is None or not _within_town(w.place, last.place))
        and _mayor_of(w.text).search(text) is not None
        for w in weak
    ) and not _told_again(text, last)  # fmt: skip
    told = last or (mentions[-1] if mentions else None)  # (a log's entry of another day)
    if targets and _named_as_the_last(text, targets, told, s):
        assert told is not None
        _continue(told, s, reading)  # (its day is the words', not the event's)
        return
    if (
        not targets
        and not elsewhere
        and _continues(last, s, reading)
        and not _moved_on(last, s, reading, gaz)
    ):
        assert last is not None
        _continue(last, s, reading)
        _nobody_hurt_in_paragraph(mentions, s)
        return
    targets = parts_over_their_city(_a_sites_town_inside(targets or weak, places, text, gaz), text)
    # ("… destroyed School No. 8 in Druzhkivka, one of dozens of schools hit since the start
    # of the invasion": the aside counts the war's strikes; the clause before tells one)
    text = ONE_OF_MANY.sub("", text)
    # (not a tally its source is described by: "three civilians were killed in Burhunka,
    # according to the administration, which counted 75 attacks on the region in 24 hours")
    own_words = _WHICH_COUNTED.sub(lambda m: " " * len(m.group(0)), text)
    tally = lx.AGGREGATE.search(own_words)
    aggregate_only = tally is not None and not lx.TRIGGER.search(lx.AGGREGATE.sub("", text))
    if aggregate_only and _one_places_count(tally, targets, text):
        aggregate_only = False  # "6 air strikes on Stepnohirsk": the count is one town's day
    # (not an aside's "(the school has not been working since 2022)": the event's own words)
    unbracketed = lx.IN_BRACKETS.sub("", text)
    habit = lx.HABITUAL.search(_without_descriptions(unbracketed))
    if habit and a_state_since(_without_descriptions(unbracketed), habit):
        habit = None  # "the city without light and water since then": a state's length
    period = lx.DURING_A_PERIOD.search(unbracketed)
    if habit and unbracketed == text and (own_clauses := outside_the_habit(text, habit, targets)):
        habit, targets = None, own_clauses
    if lx.MONTHS_SPAN.search(text) or _strikes_over_days(own_words, reading, s):
        aggregate_only = True
    if (
        _OVER_PAST_DAYS.search(text) is not None
        and len(targets) > 1
        and all(t.place is not None and t.place.precision == "region" for t in targets)
    ):
        # "strikes over the past days killed at least five civilians in the Dnipropetrovsk,
        # Kherson and Donetsk regions": a sum over regions and days, each told after
        aggregate_only = True
    # dates only when a habit or a period asks (find_dates is the reader's dearest step)
    dates = event_dates(text, reading, s.span.start) if habit or period else []
    # "under near-daily bombardment since early March": a period's start dates no event.
    own = [d for d in dates if not SINCE.search(text[: d.start - s.span.start])]
    if stamp := lx.MESSAGE_STAMP.match(text):
        # "[24.02, 13:00] Pushilin: 'the Kiev regime is shelling … daily'": the post's day
        own = [d for d in own if d.start - s.span.start >= stamp.end()]
    # (nor a log line's stamp: "14.05 (Tue) — drivers refuse trips to Shebekino: the VSU
    # shells it every day now" is a habit the line's day tells of)
    line_stamp = lx.LINE_STAMP_HEAD.match(text)
    if habit and not any(
        # (a habit bounded by its month is that month's strikes: "Through March 2022 Russian
        # forces shelled Irpin almost daily"; one from a month on is not: "since July")
        (
            d.window.precision in ("day", "days")
            or (
                d.window.precision == "month"
                and _bounded_by_its_month(text, habit, d.start - s.span.start)
            )
        )
        and same_clause(text, habit.start(), d.start - s.span.start)
        and not (line_stamp and d.start - s.span.start < line_stamp.end())
        for d in own
    ):
        # "has repeatedly attacked Izmail since … July": a habit, whatever month it names
        # (not a day's "Kharkiv city hit several times" under the day's heading)
        one_day = _SEVERAL_TIMES.fullmatch(habit.group(0)) and not _A_SPAN.search(text)
        day_told = narrative_day(reading, s) if one_day else None
        aggregate_only = day_told is None or day_told.days > 2
    if period and not own:  # (nor a period's start: "hit since January")
        aggregate_only = True
    if lx.HABIT_NOUN.search(text) and not lx.TRIGGER.search(lx.HABIT_NOUN.sub(" ", text)):
        # "Because of the daily shelling of Komyshany, on 20.04.2023 I left": the day is the
        # leaving's; the shelling is a habit
        aggregate_only = True
    # ("Since early morning the city has been under massive fire": the day's, going on)
    ongoing = lx.ONGOING.search(_without_descriptions(text)) and not lx.SINCE_THIS_MORNING.search(
        text
    )
    if ongoing or (lx.WAR_TALLY.search(text) and not a_clause_apart(text, lx.WAR_TALLY)):
        aggregate_only = True
    if _casualties_of_a_period(text, reading, s) or (
        _NO_SETTLEMENT_NAMED.search(text) and not tells_a_toll(text)
    ):
        # ("shelled the Kharkiv, Chuhuiv and Izium districts, … without naming specific
        # settlements": districts swept, no place struck that the text can give; a region's
        # toll so told is still the region's: "killed two in the Kherson region, … without
        # naming the villages")
        aggregate_only = True
    if not targets and not aggregate_only and not _ANOTHER_AREA.match(text):
        targets = profile_targets(text, reading, gaz)
    unnamed = (
        UNNAMED_PLACE_NEAR.search(text)
        or lx.OUT_OF_TOWN.search(text)
        # ("big missile attack on the whole country": everywhere; not "That plant had been
        # knocked out … when a wave of attacks across Ukraine cut power": the plant told)
        or _all_over_the_country(text)
    )
    if not targets and mentions and not aggregate_only and not unnamed:
        # (a caption sheet's every caption opens with its own dateline: "UKR-0801-004
        # MYKOLAIV, Ukraine - … where five people were killed by Russian shelling")
        targets = dateline_targets(text, gaz)
    if not targets and not mentions and not aggregate_only and not unnamed:
        # (not "… hit a resort village near Odesa": the village, named next, not the title's)
        targets = (
            items_town(s, reading, gaz)
            or title_targets(reading, s, gaz, hints)
            or placed_next(
                text,
                s,
                reading,
                gaz,
                _not_the_strikers_own(
                    dateline_targets(text, gaz) or _dateline_of_the_lead(reading, s, gaz), text
                ),
            )
            # ("This morning the Makarov university was hit" in notices from a Mykolaiv faculty)
            or header_town_struck(text, s, places, reading, gaz)
            or owners_town(text, places)
            # ("Kharkiv · 24 May 2024 · 10:15" over "Russian S-300 missiles hit the plant")
            or (
                _not_the_strikers_own(page_stamp_targets(reading, gaz), text)
                if lx.STRIKE_WORDS.search(text)
                else []
            )
            or home_oblast_struck(text, places, reading, gaz)
            or (
                paragraphs_topic_town(text, s, reading, gaz) if lx.STRIKE_WORDS.search(text) else []
            )
            or (
                _not_the_strikers_own(arrival_town(s, reading, gaz), text)
                if lx.STRIKE_WORDS.search(text)
                else []
            )
        )
    elif not targets and not aggregate_only and not unnamed and not _ANOTHER_AREA.match(text):
        # (not "MEANWHILE, IN THE SOUTH: The visit did not pause the shelling": another part of
        # the country than the story's town)
        # ("NOT the plant, NOT anything from the shelling": no weapon of the log's town)
        armed = lx.STRIKE_WORDS.search(lx.NOT_THE_WAR.sub(" ", text)) is not None
        # ("… russian drones over the city. Overnight they set fire to a garage cooperative":
        # the weapons of the sentence before, said again by a pronoun)
        armed = armed or _their_weapons_before(text, s, reading)
        targets = (
            the_storys_one_town(text, s, reading, mentions, gaz, places)
            or (logs_town(reading, s, gaz) if armed else [])
            or (
                paragraphs_topic_town(text, s, reading, gaz)
                if armed or lx.STRONG_TRIGGER.search(text)
                else []
            )
            or header_town_struck(text, s, places, reading, gaz)
            or owners_town(text, places)
            or home_oblast_struck(text, places, reading, gaz)
            or (arrival_town(s, reading, gaz) if armed else [])
        )
    elif not mentions and targets and not aggregate_only:
        targets = title_town_inside(targets, reading, s, gaz, hints)
    if not targets and not aggregate_only and _goes_on(text, s, reading):
        # "17:30 — Update: fire at the hypermarket, the city reports dead": no weapon, no day,
        # no place of its own: the event told goes on
        assert reading.last is not None
        _continue(reading.last, s, reading)
        return
    if not targets or aggregate_only:
        # Another event without a place (or a tally): what follows no longer continues the last one.
        _dates_the_last(text, s, reading)
        if mentions and mentions[-1].date.end and DAYS_LATER.search(text):
            reading.anchor = mentions[-1].date.end  # ("Four days later": after the event told)
        reading.last = None
        if not aggregate_only and tells_a_toll(text) and lx.STRIKE_WORDS.search(text):
            reading.placeless = s
        # ("two more refineries were targeted": a strike told by its verb alone)
        told_struck = lx.STRIKE_WORDS.search(text) or lx.STRUCK_PASSIVE.search(text)
        if not aggregate_only and (told_struck or _AN_ATTACK.search(text)):
            # "On Friday, Russia fired 122 missiles at Ukrainian cities. The toll in Kyiv …":
            # a strike told without a place still sets the day the story is telling.
            own, _ = dates_told(text, reading, s.span.start)
            # "minutes after the first", "later that day": relative to the story, not a day
            # (but "Four days later Russia struck again" counts its days to a day of its own)
            own = [
                d for d in own if not RELATIVE_TO_STORY.search(d.text) or DAYS_LATER.match(d.text)
            ]
            # ("Russia fired around 100 missiles, more than on October 10": that barrage's
            # day is set beside this one, which goes on untold)
            own = [d for d in own if not compared_with(text, d, s.span.start)]
            # (not "That plant had already been knocked out on March 22": a flashback)
            if own and own[0].window.days <= 2 and not lx.FLASHBACK.search(text):
                if not _within_the_day_told(own[0].window, reading, s):
                    reading.day, reading.day_at = own[0].window, (s.paragraph, s.index)
                # "The same morning, missiles hit the dam": the morning of this day
                reading.anchor = own[0].window.end
                # "The first missile arrived … on 7 August, when the centre of Pokrovsk was
                # still busy": the town's day, though the sentence strikes no named place
                _remember_days(places, own[0].window, reading)
            elif not own and _MORNING_AFTER.search(text) and (night := _the_night_told(reading, s)):
                # "… overnight on February 9 to 10. ¶ The morning wave hit several oblasts": the
                # morning after the night told
                assert night.end is not None
                reading.day = DateWindow(night.end, night.end, "day", "narrative")
                reading.day_at = (s.paragraph, s.index)
            elif not own and _DEFINITE_EVENT.match(text) and narrative_day(reading, s) is not None:
                # "That barrage killed at least 39 people. … In Dnipro, five were killed":
                # the attack told goes on, and its day with it
                reading.day_at = (s.paragraph, s.index)
        return
    lead, reading.placeless = reading.placeless, None
    # "The strike on Kyiv came a day after a drone hit a bus in Marhanets on Wednesday": the
    # strike told is measured from another, which is this sentence's news
    later = _measured_from(text, targets) if lead is None else []
    targets = later or targets
    told = None if later or lead else _told_before(text, targets, mentions, reading, s)
    if told is not None:
        # "The strike on Mykolaiv came hours before …": the event told already goes on.
        reading.last = told
        _continue(told, s, reading)
        return
    retold = lead is not None and len(targets) == 1 and s.index - lead.index <= 3
    first = len(mentions)
    for pm in targets:
        if (pm.place is None or not pm.place.located) and _town_told_here(reading, s):
            # "… attacked Kazan. Drones hit buildings in the Novo-Savinovsky district": a part
            # the gazetteer lacks, of the town the paragraph tells of
            assert reading.last_town is not None
            pm = replace(pm, place=near_town(pm.text, reading.last_town))
        pm = the_districts_town(home_in_the_region(text, pm, reading, gaz), s, reading, gaz)
        m = _mention(article, s, pm, reading, tuple(t.text for t in targets if t is not pm))
        if retold and lead is not None and lx.RETOLD_ATTACK.match(text):
            _continue(m, lead, reading)  # the toll told before the place was named
        m.place_ambiguous = pm.place is not None and gaz.is_ambiguous(pm.text, hints)
        mentions.append(m)
        if len(targets) == 1 and (other := _second_strike_day(text, m, reading, s)) is not None:
            # "after the Russian drone hit the block of flats in the night of 1 to 2 March 2024
            # and then the Russian double missile strike on 15 March 2024": two strikes there
            mentions.append(replace(m, date=other, killed=None, injured=None))
        if pm.place is not None and pm.place.precision == "town" and pm.place.lat is not None:
            assert pm.place.lon is not None
            reading.towns_seen.add(pm.place.lat, pm.place.lon)
        if _DAYS_BEFORE_THIS.search(text[: pm.start]) and len(targets) > 1:
            # "…, a day after a strike on Sumy": what follows goes on with the news, on the
            # day this sentence tells ("A day after the attack on Kyiv, on the night of …");
            # alone, it is the news ("A day after the strike on the plant, water is back")
            own, _ = dates_told(text, reading, s.span.start)
            if own and own[0].window.days <= 2:
                reading.day, reading.day_at = own[0].window, (s.paragraph, s.index)
            continue
        reading.last, reading.last_index = m, s.index
        if m.place is not None:
            reading.told_at[m.place.key] = (m.date, s.paragraph, s.index)
        # (a flashback's day is no day the story goes on with: "That plant had already been
        # knocked out on March 22 …. In the city of Kharkiv, customers were left without power")
        if m.date_explicit and m.date.end and not lx.FLASHBACK.search(text):
            _remember_days([pm], m.date, reading)
            # ("killed near Bakhmut in 2022" gives no day for "the same afternoon" to be of)
            reading.anchor = m.date.end if m.date.days <= 2 else reading.anchor
            reading.day, reading.day_at = m.date, (s.paragraph, s.index)
    _once_per_place(mentions, first)


def _once_per_place(mentions: list[Mention], first: int) -> None:
    """ "The warehouse … is in Starobelsk, and on 29 September two people died when … shelled
    Starobelsk": a place named twice in one sentence is one event, on the day it tells."""
    ours = mentions[first:]
    for m in ours:
        if not _a_day_told(m) and any(
            o is not m and _a_day_told(o) and o.place is not None and m.place is not None
            and o.place.key == m.place.key
            for o in ours
        ):  # fmt: skip
            mentions.remove(m)


def _one_area(a: Place | None, b: Place | None, gaz: PlaceResolver) -> bool:
    """Are two places one, or one's oblast the other's (Odesa and the Odesa region)?"""
    if a is None or b is None:
        return False
    ra = a if a.precision == "region" else gaz.region_of(a)
    rb = b if b.precision == "region" else gaz.region_of(b)
    return a.key == b.key or (ra is not None and rb is not None and ra.key == rb.key)


def _a_day_told(m: Mention) -> bool:
    return m.date_explicit and m.date.basis not in _PAGE_LEADS


_A_RAION_WORD = re.compile(r"istrict|raion|rayon|r-n", re.IGNORECASE)


_LIES_IN = re.compile(
    r"\b([A-Z][\w'’-]+)\s+(?:lies|is\s+located|is\s+situated|is\s+a\s+village)\s+in\s+", re.UNICODE
)


def _where_it_lies(text: str, gaz: PlaceResolver, hints: tuple[str, ...]) -> dict[str, Place]:
    """ "Pryshyb lies in the occupied part of the Vasylivka district of the Zaporizhzhia
    region": the namesake inside the raion (else the oblast) the sentence puts the name in."""
    out: dict[str, Place] = {}
    for m in _LIES_IN.finditer(text):
        clause = re.split(r"[;.]\s", text[m.end() :], maxsplit=1)[0]
        areas = [
            p.place for p in find_places(clause, gaz, hints)
            if p.place is not None and p.place.precision == "region"
        ]  # fmt: skip
        area = next((a for a in areas if a.admin2), None) or next(iter(areas), None)
        if area is None:
            continue
        place = gaz.resolve(m.group(1), (area.name,), "town", strict=True)
        if place is not None and place.precision == "town" and gaz.within(place, area):
            out[m.group(1).casefold()] = place
    return out


def _raion_told_before(s: Sentence, reading: Reading, gaz: PlaceResolver) -> Place | None:
    """The one raion the sentence before, in the same paragraph, named (none if it named
    none or several)."""
    before = reading.sentences[s.index - 1] if s.index > 0 else None
    if (
        before is None
        or before.paragraph != s.paragraph
        or not _A_RAION_WORD.search(before.span.text)
    ):
        return None
    raions = {
        p.place.key: p.place for p in find_places(before.span.text, gaz, reading.hints)
        if p.place is not None and p.place.precision == "region" and p.place.admin2 is not None
    }  # fmt: skip
    return next(iter(raions.values())) if len(raions) == 1 else None


def _named_inside_just_before(
    region: PlaceMention, s: Sentence, reading: Reading, gaz: PlaceResolver
) -> bool:
    """Did the sentence before, or the last event, place something inside ``region``?"""
    if region.place is None or region.place.admin1 is None:
        return False
    inside, key = region.place.admin1, region.place.key
    told = reading.last.place if reading.last is not None else None
    if told is not None and told.admin1 == inside:
        return True
    before = reading.sentences[s.index - 1] if s.index > 0 else None
    return before is not None and any(
        p.place is not None and p.place.admin1 == inside and p.place.key != key
        for p in find_places(before.span.text, gaz, reading.hints)
    )


def _second_strike_day(text: str, m: Mention, reading: Reading, s: Sentence) -> DateWindow | None:
    """A day of its own that a second strike clause of the sentence tells ("… hit the block of
    flats on 1 March and then the double missile strike on 15 March"), the first told."""
    if not m.date_explicit or m.date.days > 2:
        return None
    own, _ = dates_told(text, reading, s.span.start)
    days = [d for d in own if d.window.basis != "relative" and d.window.days <= 2]
    if len(days) != 2 or days[0].window.overlaps(days[1].window):
        return None
    if not any(d.window.overlaps(m.date) for d in days):
        return None
    first_end, second = days[0].end - s.span.start, days[1].start - s.span.start
    between = text[first_end:second]
    if _DAYS_COORDINATED.fullmatch(between) and lx.TRIGGER.search(text):
        # "On 5 December and 26 December 2022, drones … tried to attack the airfield", "a man
        # was killed in Nikopol on 9 February, and a woman on 12 February": one each day
        return next((d.window for d in days if not d.window.overlaps(m.date)), None)
    clause = _AND_THEN.search(between)
    # (its verb may follow its day: "…, and on 8 February a woman was killed")
    own_clause = text[first_end + clause.end() : second + 80].split(";")[0] if clause else ""
    if clause is None or not lx.TRIGGER.search(own_clause):
        return None
    if not lx.TRIGGER.search(between, clause.end()) and _PLACED_CLAUSE.search(own_clause):
        return None  # ("…, and on 30 March a fuel depot in the Kursk district caught fire")
    # (the first clause's verb, before or after its day: "On Thursday, 16 February, one
    # resident was killed by shelling, and on 8 February …")
    if not lx.TRIGGER.search(text, 0, first_end + clause.start()):
        return None
    return next((d.window for d in days if not d.window.overlaps(m.date)), None)


_DOUBTED = re.compile(r"confirm|fact|rumou?r", re.IGNORECASE)
_PLACED_CLAUSE = re.compile(r"\b(?:in|at|near|on|across)\s+(?:the\s+)?[A-Z]")
_DAYS_COORDINATED = re.compile(
    r",?\s*(?:and|&)\s+(?:on\s+)?|,?\s+and\s+(?:an?|one|two|three|another)\s+"
    r"(?:man|woman|person|child|civilian|resident|people|men|women|civilians|residents)\s+(?:on\s+)?"
)
_AND_THEN = re.compile(r"\b(?:and\s+then|and\s+again|then\s+again|and\s+later|and\s+on)\b")


# "(14.11 is the inspection date, do not put it as the date of the strike)": the strike
# named for its day, not told
_DAY_OF_THE_STRIKE = re.compile(
    r"\b(?:date|day|time|hour)\s+of\s+the\s+(?:strike|attack|shelling|explosion|hit)\b", re.I
)
# "Glossary: OVA = oblast military administration; KAB = guided aerial bomb": words defined
_GLOSSARY = re.compile(r"(?:\b[\w\"“”-]+\s+=\s+[^=;]+[;,.]\s*){2}")
# a legend's one definition: '"EXPL?" = explosion-like: impulsive first motions …'
# ('"KAB" = guided aerial bomb', a legend's '"storm" / "disease" / "blast" = cause')
_DEFINED_TERM = re.compile(
    r"(?:^|[.;:]\s+)\s*(?:[\"“][^\"”]{1,24}[\"”]\s*/\s*)*[\"“][^\"”]{1,24}[\"”]\s*=\s"
)
_A_FULL_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b")
_DASH_GLOSSARY = re.compile(
    r"(?:[\"“][^\"”]{1,30}[\"”](?:\s*/\s*[\"“][^\"”]{1,30}[\"”])*\s+[—–-]\s+[^·•|\n]{3,120}?"
    r"\s*[·•|]\s*){2}"
)
_PROSE_VALUE = re.compile(r"=\s*[\"“](?:[^\"”\s]+\s+){8}")
_SEVERAL_TIMES = re.compile(r"several\s+(?:more\s+)?times", re.IGNORECASE)
# ("targeted again several times in the following years": times over a span, no one day)
_A_SPAN = re.compile(r"\b(?:years?|months?|weeks?|since|until|later)\b", re.IGNORECASE)
# an analyst's verdict on a line: "not a strike", "No entry", "keep off the map"
_NO_NEW_EVENT = re.compile(
    r"\b(?:no|not\s+an?)\s+(?:new|specific|particular)\s+(?:strikes?|attacks?|shelling|hits?|incidents?)\b(?!\s+(?:on|in|at)\b)"
    # ('Also NOT new: the pics of "another Shakhtarsk hit" … are the same train')
    r"|\b(?-i:NOT)\s+new\b|\bnot\s+new\s*:",
    re.IGNORECASE,
)
_LINE_ENDS = re.compile(r"[\s.!)\]]*")
_QUALIFIES_A_NAME = re.compile(
    r"\([^()]*\b(?:hromada|hrom\.|district|raion|r-n|region|oblast|obl\.)[^()]*\)"
    # ("Sieverne is a village in the Ocheretyne community": a line that says where it is)
    r"|\bis\s+(?:an?\s+(?:small\s+)?(?:village|town|settlement|city)\s+)?in\s+the\s+"
    r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+(?:community|hromada|district|raion)\b",
    re.IGNORECASE,
)


def _measured_from(text: str, targets: list[PlaceMention]) -> list[PlaceMention]:
    """The places of the event another is measured from ("came a day after … in X")."""
    m = lx.MEASURED_FROM.search(text)
    if m is None or not lx.RETOLD_ATTACK.match(text) or not lx.TRIGGER.search(text, m.end()):
        return []  # ("came hours before Russia promised to reduce activity around Kyiv")
    return [t for t in targets if t.start >= m.end()]


_IN_HOURS = re.compile(r"\b(?:in|within|over)\s+(?:the\s+(?:past|last)\s+)?\d+\s+(?:hours|days)\b")
_STRIKES = re.compile(r"\b(?:strikes|attacks|raids|bombardments)\b", re.IGNORECASE)


_SITE_LOCATED = re.compile(lx.SITE_IS + r"(?:located|situated)\s+(?:in|at|near)\b", re.I)


def _without_descriptions(text: str) -> str:
    """The sentence without its relative clauses that describe someone or some place, when
    the rest tells an event: "… killed Thursday in Pleshchiivka, south of Kostiantynivka, a
    city that has come under increasing fire" is the day's, not a habit."""
    text = lx.WHO_CLAUSE.sub(lambda m: " " * len(m.group(0)), text)
    rest = _A_PLACE_DESCRIBED.sub(lambda m: " " * len(m.group(0)), text)
    rest = _NAMES_LOT.sub(
        lambda m: m.group(0)[: m.start("lot") - m.start()] + " " * len(m["lot"]), rest
    )
    return rest if lx.TRIGGER.search(rest) else text


_A_PLACE_DESCRIBED = re.compile(
    r",\s+an?\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|settlement|port|hub)\s+"
    # ("Heorhiivka, a village near Marinka that has been under constant fire since 2014")
    r"(?:(?:near|outside|by|(?:north|south|east|west)\s+of)\s+[A-Z][\w'’-]+\s+)?"
    r"(?:that|which|where)\s+[^,;.:]*",
    re.IGNORECASE,
)
# ("and one in Avdiivka, which is shelled daily from occupied Yasynuvata": the town's lot,
# after its name)
_NAMES_LOT = re.compile(
    r"(?<=\b(?-i:[A-Z]))[\w'’-]+(?P<lot>,\s+which\s+(?:is|was|has\s+been|had\s+been)\s+[^,;.:]*)",
    re.IGNORECASE,
)


def _strikes_over_days(text: str, reading: Reading, s: Sentence) -> bool:
    """ "Scope: strikes on Odesa city, 1 to 15 March 2024": many strikes over a span of days,
    a summary, not one event (or over hours counted: "three air attacks in 72 hours")."""
    if not _STRIKES.search(text) or not any(c.isdigit() for c in text):
        return False
    if _IN_HOURS.search(text):
        return True  # "Three Russian air attacks on Kyiv in 72 hours"
    spans = [d.window for d in event_dates(text, reading, s.span.start)]
    return any(w.precision == "days" and w.days > RANGE_DAYS for w in spans)


def _within_the_day_told(w: DateWindow, reading: Reading, s: Sentence) -> bool:
    """ "1) Fri 29 Dec: the big combined attack. The Air Force counts 158 missiles overnight
    and into the morning": a night around the day just told adds no day of its own."""
    day = reading.day
    return (
        day is not None and day.days == 1 and w.basis != "explicit" and w.contains(day)
        and reading.day_at[0] == s.paragraph and s.index - reading.day_at[1] <= 2
    )  # fmt: skip
