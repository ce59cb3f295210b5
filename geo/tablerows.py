"""Rows of a table pasted into a text ("date | place | what | killed | injured").

Analysts paste trackers from spreadsheets: one incident per row, cells split by "|" or tabs,
often under a header naming the columns. A row names its day in one cell and its place in
another, so it is read cell by cell, not as a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.mergeconflicts import dropped_conflict_sides, removed_diff_lines

# One tab per cell: a spreadsheet's empty cell is two tabs, and the columns must stay aligned.
_SEPARATOR = re.compile(r"\s*\|\s*|\t")
MIN_CELLS = 3  # a day, a place and what happened


@dataclass(frozen=True)
class Cell:
    """One cell of a row: its text and where it starts in the row."""

    text: str
    start: int


def cells_of(line: str) -> list[Cell]:
    """The cells of a table row, or [] when the line is no row of at least three cells."""
    if line.lstrip().startswith("{"):
        return _record_cells(line)
    if line.lstrip().startswith("||"):
        # a wiki's header row ("||#||date||region||"): one column per "||", as its rows' "|"
        line = line.replace("||", "| ")
    if line.count("|") < MIN_CELLS - 1 and line.count("\t") < MIN_CELLS - 1:
        return _delimited_cells(line)
    out, pos = [], 0
    for sep in _SEPARATOR.finditer(line):
        out.append(Cell(line[pos : sep.start()], pos))
        pos = sep.end()
    out.append(Cell(line[pos:], pos))
    return out if sum(1 for c in out if c.text.strip()) >= MIN_CELLS else []


MIN_CSV_CELLS = 5  # an export's row: a date, a kind, an actor, a place, a note …
# A separator with no space after it, as exports write them ("UKR12407,09 October 2022,…",
# "2023-06-10;Berdiansk;…"); prose puts a space after its commas (and "1,200" is a number).
_TIGHT = {d: re.compile(rf"{d}(?=\S)(?!\d{{3}}\b)") for d in (",", ";")}


# One "key": value pair of a JSON record; a string value may hold escaped quotes.
_JSON_PAIR = re.compile(r'"(\w{1,30})"\s*:\s*(?:"(?:[^"\\]|\\.)*"|[^,{}\[\]"]+)')


def _record_cells(line: str) -> list[Cell]:
    """The cells of an export's JSON record, each as its label would read ("location :
    Vasylivka"): quotes blanked and a key's "_" spaced, so a cell keeps its place in the
    line. [] for a line of fewer than three pairs."""
    out = []
    for m in _JSON_PAIR.finditer(line):
        key = m.group(1).replace("_", " ")
        rest = line[m.end(1) : m.end()].replace('"', " ").replace("\\", " ")
        out.append(Cell(" " + key + rest, m.start()))
    return out if len(out) >= MIN_CELLS else []


def _delimited_cells(line: str) -> list[Cell]:
    """The cells of a CSV row (comma or semicolon, notes in double quotes), or []."""
    for delim, tight in _TIGHT.items():
        if len(tight.findall(line)) < MIN_CSV_CELLS - 1:
            continue
        out, pos, quoted, single = [], 0, False, False
        for i, ch in enumerate(line):
            if ch == '"':
                quoted = not quoted
            elif ch == "'" and not quoted and (i == pos or single):
                # (an ARFF or SQL row's field in single quotes: "…,ok,'Overnight into 1 May
                # 2023, Russian cruise missiles hit …'"; an apostrophe inside a word is no quote)
                single = i == pos or line[i + 1 : i + 2] not in ("", delim)
            elif ch == delim and not quoted and not single:
                out.append(_unquoted(line, pos, i))
                pos = i + 1
        out.append(_unquoted(line, pos, len(line)))
        if len(out) >= MIN_CSV_CELLS:
            return out
    return []


def _unquoted(line: str, a: int, b: int) -> Cell:
    raw = line[a:b]
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return Cell(text[1:-1], a + lead + 1)
    return Cell(text, a + lead)


_FIGURE_COLUMNS = {"killed": "killed", "dead": "killed", "deaths": "killed", "fatalities": "killed",
                   "injured": "injured", "wounded": "injured", "injuries": "injured",
                   # the trackers' "KIA | WIA" (killed, wounded in action)
                   "kia": "killed", "wia": "injured",
                   # an analyst's "cas" column, "0/0" or "1/3": killed/injured
                   "cas": "casualties", "casualties": "casualties", "kiawia": "casualties",
                   "kw": "casualties", "ki": "casualties"}  # fmt: skip
# The columns that say where: the place struck, and the region it is in.
_WHERE_COLUMNS = {
    "settlement": "place", "town": "place", "city": "place", "village": "place",
    "locality": "place", "location": "place", "place": "place", "site": "place",
    # (a Russian region's "district / municipality": the town the municipality is named for)
    "municipality": "place",
    "oblast": "region", "region": "region", "province": "region", "admin1": "region",
    # an analyst's abbreviations: "dt | loc | r-n | obl"
    "loc": "place", "settl": "place", "obl": "region", "reg": "region",
    "rn": "district", "raion": "district", "rayon": "district", "district": "district",
    "admin2": "district", "hromada": "community", "community": "community",
    # UCDP-style "admin1 - admin2 | where"
    "where": "place", "admin1admin2": "region", "admin": "region",
    # a register's "incident" cell tells what was struck, and where (when no column is the
    # place's own: "date | target | location" places by its location)
    "incident": "object", "target": "object", "objecthit": "object",
}  # fmt: skip
# The column that dates the event, where a register also dates its own entry ("ID | recvd |
# incident date | place | …"): the row's day is the incident's, not the day it was logged.
_WHEN_COLUMNS = {
    name: "when"
    for name in (
        "incidentdate", "dateofincident", "eventdate", "dateofevent", "eventday", "incidentday",
        "attackdate", "dateofattack", "strikedate", "dateofstrike", "occurred", "occurredon",
        "incidentdatetime", "eventdatetime", "dateandtimeofincident", "incidentdateandtime",
        # (a burial register's or a memorial's: the day the strike killed them)
        "dateofdeath", "deathdate", "diedon", "dateofdeathdeath", "dod",
    )
}  # fmt: skip


_COLUMNS_LISTED = re.compile(
    r"\b(?:[Cc]olumns|[Ff]ields|[Ff]ormat)\b[^:]{0,60}:\s*([\w ]+(?:\s*[,;]\s*[\w ]+){3,})\s*$"
)


def figure_columns(line: str) -> dict[str, int]:
    """A header row's columns: {"killed": 5, "injured": 6, "place": 2, "region": 1} for
    "date | oblast | settlement | what | actor | killed | injured"; {} when the line is no
    header with figure columns."""
    found = {}
    # "# Columns: event_date, event_type, …, fatalities": a header written out in prose
    listed = _COLUMNS_LISTED.search(line)
    names = re.split(r"\s*[,;]\s*", listed.group(1)) if listed else []
    cells = [Cell(c, 0) for c in names] if listed else _header_cells(cells_of(line))
    for i, c in enumerate(cells):
        # (a header's last cell may run on into the line's prose: "deaths. Notes condensed …")
        kind = _column_kind(c.text)
        if kind and kind not in found:
            found[kind] = i
    # (a header naming only where, "date | target | location | region | …", places its rows too)
    _object_as_place(found)
    return found if {"killed", "injured", "casualties", "place", "when"} & found.keys() else {}


def _column_kind(header: str) -> str | None:
    """What a header cell's column holds: "killed", "place", "when", … or None."""
    low = header.lower()
    if _KILLED_SLASH_INJURED.search(low):
        return "casualties"  # "civ. harm K/I", "KIA/WIA"
    # (a header's last cell may run on into the line's prose: "deaths. Notes condensed …")
    name = re.sub(r"[^a-z0-9]+", "", re.split(r"[.;(]", low, maxsplit=1)[0])
    kind = _FIGURE_COLUMNS.get(name) or _WHERE_COLUMNS.get(name) or _WHEN_COLUMNS.get(name)
    if kind is None and "/" in low:
        # "hromada / settlement": the finest unit named, the last (not "region/site", whose
        # cells say "TERNOPIL / city", the region's; nor a row's "TERNOPIL / city" itself)
        first, last = (
            re.sub(r"[^a-z0-9]+", "", x) for x in (low.split("/")[0], low.split("/")[-1])
        )
        units = ("district", "community")
        kind = _WHERE_COLUMNS.get(last) if _WHERE_COLUMNS.get(first) in units else None
    return kind


_KILLED_SLASH_INJURED = re.compile(
    r"\b(?:k\s*/\s*i|kia\s*/\s*wia|killed\s*/\s*(?:injured|wounded))\b"
)


# "Export of 2 May | Filter: … | Fields: event_id | event_date | …": the header starts at its label
_HEADER_LABEL = re.compile(r"^\s*(?:[Cc]olumns|[Cc]ols|[Ff]ields|[Ff]ormat)\s*:\s*")


def _header_cells(cells: list[Cell]) -> list[Cell]:
    """A header row's cells from the one its label opens: the cells before it say something
    else (when the export was made, its filter), and would shift every column."""
    for i, c in enumerate(cells):
        if label := _HEADER_LABEL.match(c.text):
            return [Cell(c.text[label.end() :], c.start + label.end()), *cells[i + 1 :]]
    return cells


_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z0-9 ]{0,20}?)\s*:\s*")


def labelled_cells(cells: list[Cell]) -> tuple[list[Cell], dict[str, int]] | None:
    """A record whose cells name themselves ("Location: Dnipro | Admin1: Dnipropetrovsk |
    Fatalities: 6"): its cells without their labels, and the columns the labels give. None
    when fewer than two cells carry a known label (then a header's columns apply)."""
    out, columns = [], {}
    for i, c in enumerate(cells):
        m = _LABEL.match(c.text)
        name = re.sub(r"[^a-z0-9]+", "", m.group(1).lower()) if m else ""
        kind = _FIGURE_COLUMNS.get(name) or _WHERE_COLUMNS.get(name)
        if m is not None and kind and kind not in columns:
            columns[kind] = i
            out.append(Cell(c.text[m.end() :], c.start + m.end()))
        else:
            out.append(c)
    _object_as_place(columns)
    return (out, columns) if len(columns) >= 2 else None


def _object_as_place(columns: dict[str, int]) -> None:
    """The object struck's column places the row only when no column is the place's own."""
    if "object" in columns:
        columns.setdefault("place", columns.pop("object"))


def where_text(cells: list[Cell], columns: dict[str, int]) -> Cell | None:
    """The cell to read the place from, written as the place grammar reads it ("Bilopillia,
    Sumy region"): the place column, located by the region column; the region alone when the
    row names no place; None without such columns."""
    place, region = _cell(cells, columns.get("place")), _cell(cells, columns.get("region"))
    if place is not None and _PLACEHOLDER.fullmatch(place.text.strip()):
        place = None  # a coder's "[raion]", "—": the row is coded at its district or oblast
    district = _cell(cells, columns.get("district"))
    community = _cell(cells, columns.get("community"))
    if district is None and community is not None and _NAMED.match(community.text):
        # (a hromada's column, with no raion's: "Stavky | Lymanska | Donetska")
        hromada = community.text.strip()
        named_unit = hromada if _DISTRICT_WORD.search(hromada) else f"{hromada} hromada"
        district = Cell(named_unit, community.start)
    if place is None and region is None and district is None:
        return None
    where = re.sub(r"\s*\([^)]*\)", "", region.text).strip() if region else ""
    if where and not re.search(r"(?i)\b(?:oblast|region|obl|krai|republic)\b", where):
        where += " region"
    if district is not None and _NAMED.match(district.text):
        # "Prosiana | Synelnykove | Dnipropetrovsk": the raion between the place and its oblast
        raion = district.text.strip()
        if not _DISTRICT_WORD.search(raion) and not raion.endswith(" hromada"):
            raion += " district"
        where = f"{raion}, {where}" if where else raion
    if place is None and district is not None and _NAMED.match(district.text):
        # (the row coded at its raion: read as a note writes it, "in Nikopolskyi district, …")
        return Cell(f"in {where}", district.start)
    if place is None:
        return Cell(where, region.start) if region else None
    named = place.text.strip()
    if unit := _UNIT_THEN_PLACE.fullmatch(named):
        # "Lyman hrom. / Stavky": the village, placed by its hromada
        named = f"{unit.group('place')} ({unit.group('unit')}hromada)"
    return Cell(f"{named}, {where}" if where else named, place.start)


_UNIT_THEN_PLACE = re.compile(
    r"(?P<unit>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+)(?:hromada|hrom)\.?\s*/\s*"
    r"(?P<place>[A-Z][\w'’ -]+)"
)


_NAMED = re.compile(r"\s*[A-Z][\w'’-]+")
_PLACEHOLDER = re.compile(r"\[[a-z -]{2,20}\]|[-–—?]+|n/?a|none|unknown", re.IGNORECASE)


def _facts_of_records_off(text: str) -> list[tuple[int, int]]:
    """The lines of the facts ("event(mk_0724_01, …).", "note(mk_0724_01, …).") of a record
    whose status fact sets it off ("qa(mk_0724_01, del).")."""
    off = {m.group(1) for m in _STATUS_FACT.finditer(text)}
    return [
        (m.start(), m.end()) for m in _FACT_LINE.finditer(text) if m.group(1) in off
    ]  # fmt: skip


def _properties_of_records_off(text: str) -> list[tuple[int, int]]:
    """The lines of a properties file's record ("ev.UA22-0706-KO.notes=… \\" and the line it
    continues) whose status key sets it off ("ev.UA22-0706-KO.qa=DEL")."""
    off = {m.group(1) for m in _STATUS_PROPERTY.finditer(text)}
    return [
        (m.start(), m.end()) for m in _PROPERTY_LINE.finditer(text) if m.group(1) in off
    ]  # fmt: skip


_OBSOLETE_ENTRY = re.compile(r"^#~[^\n]*$", re.MULTILINE)
_TRANSLATED_ENTRY = re.compile(
    r'^(?P<id>msgid "[^"\n]+[^\n]*)\n(?P<str>msgstr "[^\n]*)$', re.MULTILINE
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# "#, fuzzy" and the rest of its entry, to the blank line that ends it
_FUZZY_ENTRY = re.compile(r"^#,[^\n]*\bfuzzy\b[^\n]*(?:\n(?!\s*\n)[^\n]*)*", re.MULTILINE)


def _the_translation(entry: re.Match[str]) -> tuple[int, int]:
    """Of a gettext entry's two lines, the one that tells its event again: the translation,
    unless the source is the one in Cyrillic and the translation English (an English
    catalogue of Ukrainian notes: "msgid "09.09.2022 російський обстріл …"" over "msgstr "On
    09.09.2022, Russian shelling hit …""), which is the one to read."""
    source, translation = entry.group("id"), entry.group("str")
    if len(_CYRILLIC.findall(source)) > len(source) // 3 and not _CYRILLIC.search(translation):
        return entry.start("id"), entry.end("id")
    return entry.start("str"), entry.end("str")


_DISTRICT_WORD = re.compile(r"(?i)\b(?:district|raion|rayon|r-n|r\.)")


def _cell(cells: list[Cell], column: int | None) -> Cell | None:
    if column is None or column >= len(cells) or not cells[column].text.strip():
        return None
    return cells[column]


def cell_text(cells: list[Cell], column: int | None) -> str:
    """The text of a row's cell in a header's column ("" when the row has none)."""
    cell = _cell(cells, column)
    return cell.text if cell is not None else ""


def casualties_in(cells: list[Cell], column: int | None) -> tuple[int | None, int | None]:
    """A "killed/injured" cell ("0/0", "1 / 3"): both figures; (None, None) otherwise."""
    if column is None or column >= len(cells):
        return None, None
    m = _KILLED_INJURED.fullmatch(cells[column].text.strip())
    if m is None:
        return None, None
    killed, injured = m.groups()
    return (int(killed) if killed.isdigit() else None, int(injured) if injured.isdigit() else None)


# ("1 / –": one killed, no injured figure)
_KILLED_INJURED = re.compile(r"(\d{1,4}|[-–—?])\s*/\s*(\d{1,4}|[-–—?])")


def figure_in(cells: list[Cell], column: int | None) -> int | None:
    """The whole number in a figure column ("0", "2"); None for "-", "?" or no column."""
    if column is None or column >= len(cells):
        return None
    text = cells[column].text.strip()
    if text.isdigit():
        return int(text)
    # UCDP's "deaths: best 2 (low 2, high 2)": the best estimate
    best = _BEST.match(text)
    return int(best.group(1)) if best else None


_BEST = re.compile(r"^(?:[a-z]+\s*:\s*)?best\s+(\d+)\b", re.IGNORECASE)


_STRUCK_THROUGH = re.compile(r"~~.+~~|<(del|s|strike)>.+</\1>", re.IGNORECASE)
_ROW_VERDICT = re.compile(
    r"\bnot\s+an?\s+(?:incident|event|strike)\b"
    # a coder's own cell: "context only, no marker", "dup of r114, delete", a status column's
    # "NOT STRIKE (undated damage)", "DUPLICATE UKR72417 (same strike)"
    r"|^\W*(?:context\s+only|no\s+marker|dup(?:licate)?\s+of|not\s+(?:a\s+)?(?:strike|event|incident))\b"
    r"|^\W*dup(?:licate)?\s+(?:[A-Z]{2,5}-?\d|#\d|r(?:ow)?\s*\d)"
    # (a note cell opened by its status: "dup: second clip of the university strike")
    r"|^\W*(?:dup|dupe|duplicate)\s*:"
    # ("DEL (no event detail; casualty report only)": the row deleted, its reason after)
    r"|^\W*(?:del|deleted?|removed?|dropped)\b\s*(?:\(|[-–:]|$)"
    # a fact check's verdict cell: "FALSE: …", "UNPROVEN: no footage", "Fake"
    r"|^\W*(?:false|fake|unproven|unverified|unconfirmed|debunked|not\s+true)\b(?!\s+(?:alarm|flag))"
    # (a list item's status box: "- [del] 29.05.2025 | …", "- [dup] 10.09.2025 | …")
    r"|(?:^|\s)\[(?:del|deleted|dup|duplicate|rejected|removed|ns)\]\s",
    re.IGNORECASE,
)


def set_aside(cells: list[Cell]) -> bool:
    """A row the analyst set aside: most of its cells struck out in Markdown ("| ~~Kodema~~ |
    ~~Bakhmut~~ | … | dup, see 20.07": its note may stay plain), or a cell's verdict ("| SBU
    detains a spotter | … | not an incident for this table")."""
    filled = [c.text.strip() for c in cells if c.text.strip()]
    struck = sum(1 for c in filled if _STRUCK_THROUGH.fullmatch(c))
    return (
        struck * 2 >= len(filled)
        or any(_ROW_VERDICT.search(c) for c in filled)
        # (or its status cell: an ARFF row's "…,9,?,dup,'Rescuers finished …'")
        or (len(filled) >= MIN_CSV_CELLS and any(_STATUS_CELL.fullmatch(c) for c in filled))
    )


# a coder's status code alone in its cell (not "NS", which may be a shift's no-show)
_STATUS_CELL = re.compile(r"['\"]?(?i:dup|del|duplicate|deleted|rejected|withdrawn)['\"]?")
# a sheet's legend of its status codes: "DUP = duplicate, do not code | [X] = not a
# remote-violence event, do not code" (the codes whose rows stay off the map)
_LEGEND_CODE = re.compile(
    # (or its meaning in brackets after it: "#nofire (not remote violence) #dup (duplicate)")
    # (or one letter with its "=": "Status codes: K = keep, D = duplicate, X = delete")
    # (or a wiki's code markup: "@dup@ = second report of a kept note; @ns@ = not a strike")
    r"(?P<code>\[[A-Za-z]{1,3}\]|\b[A-Z]{2,8}\b|\b[A-Z]\b(?=\s*=)|#[\w-]+|@[a-z]{2,5}@)\s*(?:=|\()\s*"
    r"[^|;=()\n]{0,80}?"
    r"\b(?:(?:do\s+not|don['’]t|never)\s+(?:code|log|map)|not\s+an?\s+(?:strike|event|incident)|"
    r"not\s+remote\s+violence|"
    r"keep\s+(?:it\s+)?(?:out|off)|duplicate|second\s+report|"
    # ("[X] = remove from the event set (reason given)")
    r"(?:remove|drop|exclude)\s+(?:it\s+)?from|delete(?:d)?(?=\s*(?:[,.;]|$)))\b"
)
# (or a notebook's: "Everything below marked FIC is the script, not life.")
_MARKED_CODE = re.compile(
    r"\bmarked\s+(?P<code>[A-Z]{2,8})\s+(?:is|are)\s+[^.;\n]{0,60}?\b(?:not\s+(?:life|real)|"
    r"fiction(?:al)?|invented|made\s+up|imagined)\b"
)
# (or a list of lower-case codes: "qa: ok = event; dup / ns / del = held")
_HELD_CODES = re.compile(
    r"(?P<codes>\b[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})+)\s*=\s*(?:held|dropped|excluded|off|"
    r"not\s+(?:an?\s+)?(?:events?|strikes?|incidents?))\b"
)
LEGEND_LINES = 14  # a legend stands in the sheet's header (a wiki's, under its title, notes)


def rejecting_codes(lines: list[str]) -> frozenset[str]:
    """The status codes a sheet's legend says keep a row off the map ("DUP = duplicate, do
    not code", "[X] = not an event, do not code"), from its first lines.

    Parameters
    ----------
    lines
        The article's lines, in order.

    Returns
    -------
    frozenset of str
        The codes as written ("DUP", "[X]"); empty when no legend rejects any.
    """
    head = "\n".join(lines[:LEGEND_LINES])
    legend = [*_LEGEND_CODE.finditer(head), *_MARKED_CODE.finditer(head)]
    held = [c.strip() for m in _HELD_CODES.finditer(head) for c in m.group("codes").split("/")]
    return frozenset([*(m.group("code").strip("@") for m in legend), *held])


def marked_line(line: str, codes: frozenset[str]) -> bool:
    """Does a line carry a rejecting code near its head, as a word of its own ("Sat 12.03 —
    FIC SC-14: night, the village is shelled")?"""
    head = line[:_MARK_REACH]
    return any(re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", head) for c in codes if c.isalpha())


_MARK_REACH = 30  # a line's stamp and its code


def rejected_row(line: str, codes: frozenset[str]) -> bool:
    """Is the line a table row whose status cell holds a rejecting code ("| [X] |", "| DUP
    #12 |": the code, then the row it repeats)?"""
    return bool(codes) and any(next(iter(c.text.split()), "") in codes for c in cells_of(line))


def rejected_record(line: str) -> bool:
    """Is the line an export's record whose status field deletes it or marks it a
    duplicate (JSON lines: '"status": "DEL"', '"status": "DUP", "dup_of": "E-0917"')?"""
    return '"status"' in line and _RECORD_STATUS_OFF.search(line) is not None


_RECORD_STATUS_OFF = re.compile(
    r'"status"\s*:\s*"(?:del(?:eted?)?|dup(?:licate)?|rejected|removed|drop(?:ped)?)"',
    re.IGNORECASE,
)


def rejected_element(text: str, at: int) -> bool:
    """Is the offset inside a markup export's element whose status attribute deletes it, marks
    it a duplicate or no strike ('<event id="W07-005" qa="DUP"> … </event>')?"""
    return _inside_open(_STATUS_ELEMENT, text, at)


def struck_through(text: str, at: int) -> bool:
    """Is the offset inside a span its writer struck through, a forum's or a page's
    "[s] … [/s]", "<s> … </s>", "<del> … </del>" (a row dropped, kept visible)?"""
    return _inside_open(_STRIKE_OPEN, text, at)


def _inside_open(opener: re.Pattern[str], text: str, at: int) -> bool:
    """Does the last tag ``opener`` finds before the offset stay open up to it (no "</tag>"
    or "[/tag]" between)?"""
    found = list(opener.finditer(text, max(0, at - _ELEMENT_SPAN), at))
    if not found:
        return False
    closing = rf"[<\[]/{re.escape(found[-1].group('tag'))}[>\]]"
    return re.search(closing, text[found[-1].end() : at], re.IGNORECASE) is None


# a git blame's commit, author, commit time and line number before each line
BLAME_PREFIX = re.compile(
    r"(?m)^\^?[0-9a-f]{7,40}\s+(?:\S+\s+)?\([^()\n]{0,60}?\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?"
    r"(?:\s*[+-]\d{4})?\s+\d+\)[ \t]?"
)
_STRIKE_OPEN = re.compile(r"[\[<](?P<tag>s|del|strike)[\]>]", re.IGNORECASE)


def dropped_spans(text: str) -> list[tuple[int, int]]:
    """Where an export's entries or sections are dropped: an entry whose status key deletes it
    (a YAML-like "- id: RU12-03 ¶ review: DEL", an INI "[DN-0503-02] ¶ qa = DEL", a calendar's
    "BEGIN:VEVENT … STATUS:CANCELLED", its status before or after its text), and a section
    whose heading drops what it heads ("### Removed", a board's "==== LIST: Rejected (3) ====").

    Parameters
    ----------
    text : str
        The article's text.

    Returns
    -------
    list of (int, int)
        Start and end offsets; empty when nothing is dropped.
    """
    spans = []
    if "(" in text and BLAME_PREFIX.search(text):
        # (a git blame's prefix before each line, blanked: "… +0200  32)   QA: DEL")
        text = BLAME_PREFIX.sub(lambda m: " " * len(m.group(0)), text)
    opens = [m.start() for m in _ENTRY_OPEN.finditer(text)]
    for a, b in zip(opens, [*opens[1:], len(text)][: len(opens)], strict=True):
        b = min(b, a + _ELEMENT_SPAN)  # (a list's last bullet does not run on to the end)
        b = _brace_end(text, a, b)  # (nor a list's last record: "… injured = None}]")
        if _STATUS_KEY.search(text, a, b) is not None:
            spans.append((a, b))
    # (and a line whose key:value tags drop it: a todo.txt task's "… qa:DUP")
    spans += [(m.start(), m.end()) for m in _TAGGED_OFF.finditer(text)]
    # (and a properties file's keys under a held branch: "held.W22-0306-MA.note=Air strike …")
    spans += [(m.start(), m.end()) for m in _HELD_KEY.finditer(text)]
    # (and a row whose last cell drops it, with the note indented under it: "C-1005 | 05.10 |
    # … | Kovel | [withdrawn] DEL" over "    Satellite image of damage at the substation …")
    spans += [(m.start(), m.end()) for m in _ROW_OFF.finditer(text)]
    # (and a listing's record whose status code follows its id, with its hanging lines:
    # dBASE's "     4 *KH22-0313b  DEL Damage to houses …" over "             the town …")
    spans += [(m.start(), m.end()) for m in _CODE_THEN_STATUS.finditer(text)]
    # (and a call's or a command's arguments: 'call :held N22-0328-TR ns 28.03.2022 "…"', an id,
    # its status, then its day)
    spans += [(m.start(), m.end()) for m in _ID_STATUS_DAY.finditer(text)]
    # (and an item headed by its id and its status in brackets, with its lines: a Texinfo
    # table's "@item K22-0419-LV (dup, 19.04.2022)" over "Smoke over … Lviv filmed …")
    spans += [(m.start(), m.end()) for m in _ID_STATUS_ITEM.finditer(text)]
    # (and a row whose id cell is followed by its status cell: "E24-0516-VO | ns | 16.05.2024 |
    # Evacuation of children from Vovchansk announced")
    spans += [(m.start(), m.end()) for m in _ID_THEN_STATUS_CELL.finditer(text)]
    # (and a pasted merge conflict's losing side: "<<<<<<< HEAD … ======= … >>>>>>> pass-1")
    spans += dropped_conflict_sides(text)
    # (and a pasted diff's removed lines: "-E23-0321-DZH | 21.03.2023 | … | ok")
    spans += removed_diff_lines(text)
    if ":-" in text or "%%" in text or re.search(r"^\w+\([\w-]+,", text, re.MULTILINE):
        # (a logic program's facts: "qa(mk_0724_01, del)." drops every fact of that record)
        spans += _facts_of_records_off(text)
    if ".qa" in text or ".status" in text:
        spans += _properties_of_records_off(text)
    if "{" in text:
        # (a text-format message's blocks of held records: 'held { id: "E25-0425-KYV" reason: DUP
        # text: "… same strike" }')
        spans += [(m.start(), m.end()) for m in _HELD_BLOCK.finditer(text)]
        # (and a table's record whose status field holds it: '{ id = "S22-0308", qa = "held",
        # … note = "DUP: …; not a strike." }')
        spans += [(m.start(), m.end()) for m in _RECORD_HELD.finditer(text)]
    if " a " in text and " ." in text:
        # (an RDF graph's subject and its statements, to the " ." that ends them: 'ev:R22-0402
        # a ev:Note ; ev:qa "held" ; … .')
        spans += [
            (m.start(), m.end()) for m in _TRIPLES.finditer(text) if _TRIPLES_OFF.search(m[0])
        ]
    if "msgid" in text:
        # (a gettext file's obsolete entries, "#~ msgid …": rows removed from the source)
        spans += [(m.start(), m.end()) for m in _OBSOLETE_ENTRY.finditer(text)]
        # (and a translation of the entry just above it, which tells its event again)
        spans += [_the_translation(m) for m in _TRANSLATED_ENTRY.finditer(text)]
        # (and an entry flagged fuzzy, which gettext leaves out of the compiled catalogue: a
        # translation held, not passed)
        spans += [(m.start(), m.end()) for m in _FUZZY_ENTRY.finditer(text)]
    heads = list(_SECTION_HEADING.finditer(text))
    # (a section runs to the next heading of its level or above: "## Not events" holds the
    # "### E24-0418-DZ · …" entries under it)
    ends = [
        next((y.start() for y in heads[i + 1 :] if _level(y) <= _level(x)), len(text))
        for i, x in enumerate(heads)
    ]
    # (and the lists its rule names: "Parked and Rejected cards are NOT coded")
    named = {w.lower() for m in _NOT_CODED.finditer(text) for w in m.groups() if w}
    for h, b in zip(heads, ends, strict=True):
        title = _LIST_LABEL.sub("", h.group("t1") or h.group("t2") or h.group("t3") or "")
        first = next(iter(re.findall(r"[A-Za-z]+", title)), "").lower()
        if _DROPPED_SECTION.fullmatch(title.strip()) is not None or (
            first in named and len(title) <= 60
        ):
            spans.append((h.start(), b))
    return list(dict.fromkeys(spans))  # (a row two patterns drop is dropped once)


def _brace_end(text: str, a: int, b: int) -> int:
    """Where a record opened by a brace at ``a`` closes (before ``b``), or ``b``."""
    opened = _BRACE_OPENED.match(text, a)
    if opened is None:
        return b
    depth = 0
    for i in range(opened.end() - 1, b):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return i + 1
    return b


_BRACE_OPENED = re.compile(r"[ \t]*\[?%?\{")
# an entry's first line: "- id: …", "[DN-0503-02]" or TOML's "[[event]]" alone,
# "BEGIN:VEVENT", a text proto's "row {", a BibTeX "@event{OD-220724,"
_ENTRY_OPEN = re.compile(
    # (a YAML list's item indented under its key: "  - id: E24-0624-SEV")
    r"^(?:[ \t]*- (?=[\w\"']+:)|- |\[\[?[^\]\n]{1,40}\]\]?[ \t]*$|BEGIN:|@\w+\{|0 @"
    # (a struct's opening alone on its line: "row {", an Elixir struct's "  %Desk.Event{")
    r"|[ \t]*%?[A-Za-z_][\w.]*[ \t]*\{[ \t]*$"
    # (an RDF subject's first triple: "ev:DN-0312-01 a acled:Event ;")
    r"|[\w-]+:[\w.-]+[ \t]+a[ \t]+[\w-]+:\w+"
    # (a shell's printed object: "  { code: 'OCC-0712-01', event_date: …")
    # (or an Elixir map's "%{id: \"E24-0414-TK\", …", a HOCON object's "{ id = H25-0717-BG, …")
    # (an OCaml list's first record: '[{id = "E24-0430-OD"; …')
    # (or a JSON line's, its keys quoted: '{"qa":"dup","date_dmy":…')
    r"|[ \t]*\[?%?\{[ \t]*[\"']?\w+[\"']?[ \t]*(?::[ \t]*['\"]|=[ \t]*\S)"
    # (a Ruby object inspected: "[#<struct Desk::Row", " #<struct Desk::Row")
    r"|[ \t]*\[?#<\w+"
    # (a Graphviz node and its attribute list: '  H4 [style=dashed, qa="dup", …')
    r"|[ \t]*\w+[ \t]*\[(?=\w+=)"
    # (a Cypher node created: "CREATE (:Note {id:'S22-0917-DPR', qa:'del', …")
    r"|[ \t]*(?:CREATE|MERGE)[ \t]+\("
    # (a Mathematica association printed: 'Out[4]= <|"id" -> "E23-0420-BG", …')
    r"|(?:Out\[\d+\]=[ \t]*)?<\|"
    # (a C table's row: '    { "U22-0917-2", "17.09.2022", …')
    r"|[ \t]*\{[ \t]*\"[^\"\n]{1,40}\",[ \t]"
    # (an Erlang term's tag: "{dropped, #{id => <<\"S22-0506-SI\">>, …")
    r"|\{[a-z]\w*,[ \t]*#?\{"
    # (a Fortran namelist's group: "&event" … "/")
    r"|&\w+[ \t]*$"
    # (an SQL dump's row: "('S22-0910-DOT','10.09.2022',…,'del'),")
    r"|[ \t]*\('[^'\n]{1,40}',"
    # (a Pascal record's constant: "(Id: 'DN-0225-01'; Date: …")
    r"|[ \t]*\(\s*[A-Za-z]\w*\s*:\s*['\"]"
    # (a desk file's entry line, its code first: "ZP-0805-01 | 05.08.2022 | … | Enerhodar")
    # (its code with the year in it too: "NE22-0225-OK | 25.02.2022 | …")
    r"|[ \t]*[A-Z]{1,4}(?:\d\d)?-\d[\w-]{2,16}[ \t]+\|"
    # (a console's next prompt ends the output above it: "irb(main):005:0> …", "utop # …")
    r"|(?:irb\([\w]+\):\d+:\d+>|utop[ \t]#|In\[\d+\]:=|>>>[ \t]))",
    re.MULTILINE,
)
# a section's heading: "### Removed", "==== LIST: Rejected (3) ====" (a rule on both sides)
_SECTION_HEADING = re.compile(
    # (an AsciiDoc title's "== Review notes" too)
    r"^(?:(?:#{1,6}|={1,5})[ \t]+(?P<t1>[^\n]*?)"
    r"|[=*~]{3,}[ \t]*(?P<t2>[^\n=*~]{2,60}?)[ \t]*[=*~]{3,}"
    # (a Texinfo source's "@node Dropped", "@chapter Dropped entries")
    # (or a Perl POD's "=head1 DROPPED", a Textile's "h2. Dropped")
    r"|(?:@(?:node|chapter|section|subsection|unnumbered|appendix)|=head[1-4]|h[1-6]\.)[ \t]+"
    r"(?P<t3>[^\n]{2,60}?))"
    r"[ \t]*$",
    re.MULTILINE,
)


def _level(heading: re.Match[str]) -> int:
    """A Markdown or AsciiDoc heading's depth ("## …" is 2); any other heading is a top one."""
    marks = len(heading.group(0)) - len(heading.group(0).lstrip("#="))
    return marks if heading.group("t1") is not None else 1


# (its title may be a list's label and count: "LIST: Rejected (3)", "Removed rows")
_LIST_LABEL = re.compile(r"^[A-Za-z]+:\s*")
_TITLE_CHARS = 60
# (a title of its own, not a comment line: "# excluded (not shelling): 2023-02-18 …")
_DROPPED_SECTION = re.compile(
    r"(?i:removed|deleted|dropped|rejected|withdrawn|discarded|excluded)"
    r"(?:\s+(?i:rows?|cards?|items?|entries|events))?(?:\s*\(\d+\))?\s*:?"
    # (and the reviewers' remarks on rows coded above: "== Review notes", undated retellings)
    r"|(?i:review(?:er)?|coder|coding|QA)(?:['’]?s)?\s+(?i:notes|comments|remarks)\s*:?"
    # (and "## Not events (struck at review)")
    r"|(?i:not\s+(?:events|incidents|strikes|coded))(?:\s*\([^)\n]{0,40}\))?\s*:?"
)
_NOT_CODED = re.compile(
    r"\b([A-Z][a-z]+)(?:,\s*([A-Z][a-z]+))?(?:\s+(?:and|or)\s+([A-Z][a-z]+))?\s+"
    r"(?:cards|rows|items|entries|lists|sections)\s+are\s+(?i:not)\s+(?:coded|mapped|counted)\b"
)


_ID_THEN_STATUS_CELL = re.compile(
    # (after a comment's mark and a word, too: "// HELD E24-0714-BU | dup | 14.07.2024 | …")
    r"(?m)^[ \t]*(?:(?://|#|--|;)[ \t]*)?(?:[A-Z]{2,8}[ \t]+)?"
    r"[A-Z][A-Z0-9]{1,5}-[\w-]{2,20}[ \t]*\|[ \t]*(?:del|dup|ns|DEL|DUP|NS)[ \t]*\|[^\n]*"
    r"(?:\n[ \t]+\S[^\n]*)*"
)
_ID_STATUS_ITEM = re.compile(
    r"(?m)^[ \t]*(?:@item[ \t]+|[-*•][ \t]+)?[A-Z][A-Z0-9]{1,5}-[\w-]{2,20}[ \t]+"
    r"\((?i:del(?:eted)?|dup(?:licate)?|ns|rejected|removed)\b[^)\n]*\)[^\n]*"
    # (its lines, to a blank line, the next item or a command)
    r"(?:\n(?![ \t]*(?:@|$|[-*•][ \t]|[A-Z][A-Z0-9]{1,5}-[\w-]{2,20}[ \t]+\())[^\n]*)*"
)
_ELEMENT_SPAN = 4000  # an element's longest reach back to its opening tag
_STATUS_OFF = (
    r"(?:del(?:eted?)?|dup(?:licate)?|rejected|removed|drop(?:ped)?|ns|not[ _-]?a[ _-]?strike|"
    r"cancell?ed)"
)
_ROW_OFF = re.compile(
    r"(?m)^[^\n|]*\|[^\n]*\|[ \t]*"
    # (a coder's code, not an order's "cancelled"; a bare "NS" may be a no-show's)
    r"(?:\[[^\]\n]{1,20}\][ \t]*(?:DEL|DUP|NS)|DEL|DUP|"
    r"(?i:withdrawn|rejected|removed|deleted|duplicate|not[ _-]a[ _-]strike))"
    r"[ \t]*\|?[ \t]*$(?:\n[ \t]+\S[^\n]*)*"
)
# a listing's record id: its number and deletion mark, then its code (dBASE's
# "     12 *KH22-0628a"; "S0101", "#12", "E-4410" alone)
RECORD_ID = r"[ \t]*(?:\d{1,6}[ \t]+)?\*?[A-Z#][\w.#-]{1,11}"
_RECORD_HEAD = RECORD_ID + r"[ \t]{2,}"
_CODE_THEN_STATUS = re.compile(
    # (a lower-case code in its own column: "M23-0415-SL   dup   15.04.2023   SES update …")
    rf"(?m)^{_RECORD_HEAD}(?:DEL|DUP|(?:del|dup|ns)(?=[ \t]{{2,}})|(?i:deleted|duplicate|rejected|"
    r"withdrawn))[ \t]+\S[^\n]*"
    rf"(?:\n(?!{_RECORD_HEAD})[ \t]{{4,}}\S[^\n]*)*"  # (its hanging lines, not the next record)
)
_ID_STATUS_DAY = re.compile(
    # (or a make variable's pipes: "HELD_1  := M23-1204-NO|dup|04.12.2023|…")
    r"(?m)^[^\n]*?(?<![\w-])[A-Z]{1,4}\d{2}-[\w-]{2,12}[ \t|]+(?:del|dup|ns|DEL|DUP|NS)[ \t|]+"
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4}\b[^\n]*$"
)
# (or a syslog line's structured data: '… HELD [ev@41058 id="K22-0412-BU" qa="dup" …] A …')
_TAGGED_OFF = re.compile(rf"(?m)^.*\s(?i:qa|status)(?::|=[\"'])(?i:{_STATUS_OFF})\b.*$")
_HELD_KEY = re.compile(
    r"(?m)^[ \t]*(?:held|dropped|rejected|removed|deleted|excluded)[._][\w.-]*[ \t]*[=:].*$"
)
_STATUS_ELEMENT = re.compile(
    r"<(?P<tag>\w+)\b[^<>]*\b(?:qa|status|state|review|flag)\s*=\s*[\"']"
    rf"{_STATUS_OFF}[\"']",
    re.IGNORECASE,
)
_STATUS_KEY = re.compile(
    # (a calendar's extension key too: "X-QA:DUP of KYO-0101"; an INI's "qa = DEL")
    # (or a GEDCOM record's level and tag: "1 _QA DEL")
    # (or an RDF triple's: "acled:qa acled:DUP ;")
    rf"^\s*(?:\d\s+_|\w+:)?(?:X-)?(?i:qa|status|state|review|flag)(?:\s*[:=]|[ \t])\s*"
    rf"(?:\w+:)?[\"'{{]?(?i:{_STATUS_OFF})\b"
    # (or a shell's object literal, inline: "{ code: 'OCC-0712-01', …, qa: 'DUP',")
    # (or an Erlang map's, unquoted: "{dropped, #{id => …, qa => del,")
    # (an Elixir map's atom, "qa: :del"; a HOCON object's "qa = del")
    # (an OCaml record's field, after a semicolon: "…; qa = Dup;")
    # (a Mathematica association's rule: '<|"id" -> "E23-0420-BG", …, "qa" -> "ns",')
    rf"|[{{,;]\s*[\"']?(?i:qa|status|review|flag)[\"']?\s*(?::\s*['\":]|(?:=>?|->)\s*['\"]?)"
    rf"(?i:{_STATUS_OFF})\b"
    # (or an enumerated status on its own line, closing a C table's row: "      QA_DEL },")
    rf"|^[ \t]*(?i:qa|status)_(?i:{_STATUS_OFF})\b[ \t]*}}?[ \t]*,?[ \t]*$"
    # (or an SQL row's last value: "…,447170,'del'),")
    rf"|,\s*'(?i:{_STATUS_OFF})'\s*\)\s*[,;]?\s*$"
    # (or a record's enumerated value: Pascal's "…; Qa: qaDel;")
    rf"|[;(]\s*(?i:qa|status)\s*:\s*(?i:qa|st)(?i:{_STATUS_OFF})\b",
    re.MULTILINE,
)
_STATUS_FACT = re.compile(
    rf"^\s*(?i:qa|status|review|flag)\s*\(\s*([\w-]+)\s*,\s*['\"]?(?i:{_STATUS_OFF})['\"]?\s*\)",
    re.MULTILINE,
)
_STATUS_PROPERTY = re.compile(
    rf"^([\w-]+(?:\.[\w-]+)*)\.(?i:qa|status)[ \t]*[=:][ \t]*(?i:{_STATUS_OFF})\b", re.MULTILINE
)
_PROPERTY_LINE = re.compile(r"^([\w-]+(?:\.[\w-]+)*)\.\w+[ \t]*[=:](?:[^\n]*\\\n)*[^\n]*$", re.M)
_HELD_BLOCK = re.compile(
    rf"^[ \t]*(?i:{_STATUS_OFF}|held|excluded|duplicates)[ \t]*\{{[^{{}}]*\}}", re.M
)
# (one record only: its braces hold one status field, not a graph of records, one held:
# 'digraph sheet { N1 [qa="ok", …]; H1 [qa="dup", …]; }')
_ONE_FIELD = r"(?:(?!\b(?i:qa|status|state)\b)[^{}])*"
_RECORD_HELD = re.compile(
    # (a JSON record's key in its quotes too: '{"id":"DP-0726","qa":"held",…}')
    rf'\{{{_ONE_FIELD}\b(?i:qa|status|state)["\']?\s*[=:]\s*["\']?(?i:{_STATUS_OFF}|held)\b{_ONE_FIELD}\}}'
)
_TRIPLES = re.compile(r"^[\w:<>/.#-]+\s+a\s+[\w:<>/.#-]+\s*;(?:[^\n]*\n)*?[^\n]*\s\.[ \t]*$", re.M)
_TRIPLES_OFF = re.compile(rf'\b(?i:qa|status|state)\s+"(?i:{_STATUS_OFF}|held)"')
_FACT_LINE = re.compile(r"^\s*[a-z]\w*\s*\(\s*([\w-]+)\s*,[^\n]*$", re.MULTILINE)


def rejected_item(item: str, codes: frozenset[str]) -> bool:
    """Does a list's item (its lines from the one that opens it) carry a rejecting tag ("4.
    06.09.2022 | … | Hola Prystan #nofire")?"""
    tags = {c for c in codes if c.startswith("#")}
    return bool(tags) and any(t in tags for t in re.findall(r"#[\w-]+", item))
