"""Reading raw articles: validation, metadata, dateline, sentences with offsets.

Raw articles are scraped text: an optional first line `` date YYYY-MM-DD``
fused to the start of the text, web boilerplate ("Advertisement"), photo
captions printed twice, curly quotes. Nothing here rewrites the text: every
span keeps its offsets into the decoded file so the app can highlight it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from geo.csvfile import read_records
from geo.datepatterns import WEEKDAY_ABBR
from geo.dates import find_dates
from geo.gridtables import reflowed
from geo.lexicon import BULLET, LINE_STAMP, LINE_STAMP_HEAD, STREET_ABBR
from geo.loglines import entry_lines
from geo.model import Article, Span
from geo.tablerows import BLAME_PREFIX, RECORD_ID, cells_of

MAX_ARTICLE_BYTES = 2_000_000
METADATA_FILE = "index.csv"
METADATA_FIELDS = ("file", "title", "outlet", "url", "published", "language")

_DATELINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
_BOILERPLATE = re.compile(
    r"^\s*(advertisement|advertisment|sponsored|read more.*|share this article|"
    # links to other stories: "Read also: In Kherson, a trial for …"
    r"(?:also\s+)?read(?:\s+also)?:.*|see also:.*|more on (?:this|the topic):.*|"
    r"related(?:\s+(?:articles?|stories|news|reading))?:.*|"
    r"sign up.*newsletter.*|skip to .*|photo:.*|image:.*|subscribe.*|"
    r"\[(?:photo|image|video)\].*|"
    # a paper's print footer, whose headline repeats the story: "A version of this article
    # appears in print on Jan. 23, 2024, Section A, Page 9 … with the headline: …"
    r"(?:an?\s+)?(?:version|edition)\s+of\s+this\s+(?:article|story)\s+appear(?:s|ed)\s+in\s+print.*)\s*$",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(r"\s+(?:Photo|Image|Picture)s?:\s[^.]*$")
# A sentence ends at . ! ? (optionally followed by a closing quote) before
# whitespace and an opening capital/quote/digit; lowercase after a period is
# not a new sentence ("accusations. but did claim").
# (and before a bracketed sentence of its own, "… hromada). [Two Zarichnes in the raion.]"; not
# a coder's tag, "… Kherson). [ERW - no attack]", which judges the sentence before it)
_SENTENCE_END = re.compile(
    r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9А-ЯІЇЄҐЁ]|\[[A-Z][^\]\n]{0,200}[.!?]\])"
)
_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Nov|Dec|No|U\.S|U\.K|approx|vs|e\.g|i\.e|incl|obl|[Vv]il|est|ca|Sq|Ave|Blvd|[Dd]ist|mil|"
    # a note's titles: "Gov. Drozdenko", "Pres. Zelensky", "Min. Klymenko"
    r"[Gg]ov|[Pp]res|Min|Dep|Cmdr|Adm|"
    # a street's or a settlement's word before its name: "vul. Shevchenka", "smt. Kozacha Lopan"
    rf"{STREET_ABBR}|[Ss]mt)\.$"
)


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article, with its paragraph index and kind."""

    span: Span
    paragraph: int
    index: int
    heading: bool = False
    caption: bool = False


def decode_article(raw: bytes, name: str = "article") -> str:
    """Decode an article's bytes, refusing what is not text.

    Raises
    ------
    ValueError
        With a message a user understands: empty, too large, binary.
    """
    if not raw.strip():
        raise ValueError(f"{name}: the file is empty")
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ValueError(
            f"{name}: the file is {len(raw) / 1e6:.1f} MB; articles over "
            f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB are refused (is it really one article?)"
        )
    if b"\x00" in raw[:8192]:
        raise ValueError(f"{name}: this looks like a binary file, not an article's text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Old scrapes are often Windows-1252; keep the text rather than lose it.
        return raw.decode("cp1252", errors="replace")


def parse_dateline(text: str) -> tuple[date | None, int]:
    """The fused `` date YYYY-MM-DD`` first line, and where the body starts."""
    m = _DATELINE.match(text)
    if not m:
        return None, 0
    try:
        return date.fromisoformat(m.group(1)), m.end()
    except ValueError:
        return None, m.end()


def read_metadata(articles_dir: Path) -> dict[str, dict[str, str]]:
    """Article metadata from ``index.csv`` beside the articles, keyed by file name."""
    path = Path(articles_dir) / METADATA_FILE
    if not path.exists():
        return {}
    return {row["file"]: row for row in read_records(path) if row.get("file")}


def _meta_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value.strip()) if value and value.strip() else None
    except ValueError:
        return None


# A copied page's publication stamp: "Published 14.05.2024 09:12 | Updated …",
# "FEB 11, 2025, 10:47", "Updated 6:03 AM EST, Tue January 17, 2023". A line of
# nothing but a label, a date and a time, near the top of the page.
STAMP_LINES = 30
_STAMP_NOISE = re.compile(
    r"\b(?:first\s+)?(?:published|posted|updated|modified|issued|last\s+updated|date|sent|received)(?:\s+on)?\b|"
    # a post copied with its channel: "Telegram, 02.02.2023, 09:15 — English translation"
    r"\b(?:telegram|facebook|viber|twitter|x|instagram|channel|post|(?:english|machine)\s+translation|(?:english|ukrainian|russian)\s+version|"
    r"translation|translated(?:\s+from\s+(?:ukrainian|russian))?)\b|"
    r"\b\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\b(?:GMT|UTC|EET|EEST|MSK|EST|EDT|CET|CEST|BST|Kyiv\s+time)\b|"
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\b|[+-]\s*\d{1,2}\b|[^\w]+",
    re.IGNORECASE,
)
# "14.05.2024", and "01/08/2025" as European pages write it (day first)
_DOTTED_DATE = re.compile(r"\b([0-3]?\d)([./])([01]?\d)\2((?:19|20)\d\d)\b")
_CAPS_MONTH = re.compile(r"\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?:[A-Z]*)\b")


def _stamp_date(line: str) -> date | None:
    """The date of a line that is only a publication stamp, else None."""
    line = _CAPS_MONTH.sub(lambda m: m.group(1).title(), line)
    dotted = _DOTTED_DATE.search(line)
    if dotted:
        try:
            day = date(int(dotted.group(4)), int(dotted.group(3)), int(dotted.group(1)))
        except ValueError:
            return None
        rest = _DOTTED_DATE.sub(" ", line)
    else:
        days = [d for d in find_dates(line, None) if d.window.precision == "day"]
        if not days or days[0].window.start is None:
            return None
        day = days[0].window.start
        rest = line
        for d in days:
            rest = rest.replace(d.text, " ")
    rest = _STAMP_PLACE.sub(" ", rest, count=1)
    return day if not _STAMP_NOISE.sub(" ", rest).strip() else None


# "Sumy, 27 February 2024 · 09:05": the town a release was issued in, before its stamp
_STAMP_PLACE = re.compile(r"^\s*[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+)?\s*,")


# A stamp with its time, then the page's credits on the same line.
_STAMP_THEN_BYLINE = re.compile(
    r"^\s*(.{6,40}?\b\d{1,2}[:.]\d\d)\s*(?:[|·•,]\s*|\s{2,})"
    r"(?:(?:Text|Author|By|Photo|Views|Source|Reading time)\b"
    # (or a news page's rubric and counter: "07.03.2022 10:40 | War | 4 112 views")
    r"|[^|·•\n]{1,25}(?:\s*[|·•]\s*[^|·•\n]{1,25}){0,3}\s*$)",
    re.IGNORECASE,
)


# "Operational information as of 08:00 on 14.01.2025": an official report's own time.
_AS_OF = re.compile(
    r"\bas\s+of\s+\d{1,2}[:.]\d\d\s+(?:on\s+)?([0-3]?\d)\.([01]?\d)\.((?:19|20)\d\d)\b"
)


_PUBLISHED_SENTENCE = re.compile(
    r"^\s*(?:first\s+)?(?:published|issued|released|posted)\b(?:\s+(?:in|at)\s+[A-Z][^,\d]{1,40},)?"
    r"\s*(?:on\s+)?([0-3]?\d\s+[A-Z][a-z]+\s+(?:19|20)\d\d|[A-Z][a-z]+\s+[0-3]?\d,\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# a report's "As of 16 March 2024, 12:00 (local time)"
_TOWN_THEN_STAMP = re.compile(
    r"^\s*[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?,\s+"
    r"([0-3]?\d\s+[A-Z][a-z]+\s+(?:19|20)\d\d(?:,\s*[0-2]?\d[:.][0-5]\d)?)\.\s"
)
_AS_OF_WORDS = re.compile(r"^\s*as\s+of\s+(.+?)\s*(?:\((?:local|Kyiv|Moscow)\s+time\))?\s*$", re.I)


def is_stamp(line: str) -> bool:
    """Whether a line is only a publication stamp ("Updated 14:32 EET, 3 May 2024")."""
    return 6 <= len(line.strip()) <= 90 and _stamp_date(line) is not None


# a time, not a date's day and month ("17.12.2024 09:36" is 09:36)
_CLOCK = re.compile(r"(?<![\d.])(\d{1,2})[:.](\d\d)(?![\d.]\d)\s*([ap])?\.?m?\.?", re.IGNORECASE)


def stamp_hour(text: str) -> int | None:
    """The hour a copied page says it was published ("23 November 2024, 10:05",
    "evening update, 22 May 2024, 20:17"), 0–23, if its stamp gives one."""
    for line in text.splitlines()[:STAMP_LINES]:
        if not is_stamp(line) and not _STAMP_WORDS.search(line):
            continue
        m = _CLOCK.search(line)
        if m and int(m.group(1)) < 24:
            hour = int(m.group(1)) % 12 if m.group(3) else int(m.group(1))
            return hour + 12 if (m.group(3) or "").lower() == "p" else hour
    # ("Evening summary, 7 February 2023": the hour its kind is written at, with no clock)
    labelled = _TIME_OF_ISSUE.search("\n".join(text.splitlines()[:STAMP_LINES]))
    return None if labelled is None else ISSUE_HOURS[labelled.group(1).lower()]


# A roundup's kind says when it was written: "Evening summary", "Morning update"
_TIME_OF_ISSUE = re.compile(
    r"\b(morning|evening)\s+(?:summary|update|report|roundup|round-up|digest|briefing|bulletin)\b",
    re.IGNORECASE,
)
ISSUE_HOURS = {"morning": 8, "evening": 20}


# "Dnipropetrovsk Regional Military Administration — evening update, 22 May 2024, 20:17"
_STAMP_WORDS = re.compile(r"\b(?:update|published|posted|updated)\b.{0,40}\d{4}", re.IGNORECASE)


def page_stamp(text: str) -> date | None:
    """The publication date a copied web page prints near its top, if it prints one."""
    for line in text.splitlines()[:STAMP_LINES]:
        if is_stamp(line):
            return _stamp_date(line)
        if (m := _STAMP_THEN_BYLINE.match(line)) is not None and is_stamp(m.group(1)):
            return _stamp_date(m.group(1))  # "01.07.2024, 16:05   Text: Anna Serdiuk"
        if (m := _PUBLISHED_SENTENCE.match(line)) is not None and is_stamp(m.group(1)):
            # "Published 5 April 2024. Covering 1 to 31 March 2024.", "Issued in Kyiv and
            # Geneva, 6 February 2024": a report's line of publication, then more words
            return _stamp_date(m.group(1))
        if (m := _TOWN_THEN_STAMP.match(line)) is not None and is_stamp(m.group(1)):
            # "Lugansk, 28 September 2022, 10:35. Lugansk Information Center. Four civilians
            # …": an agency's dateline, the story after it on the same line
            return _stamp_date(m.group(1))
        if (m := _AS_OF_WORDS.match(line)) is not None and is_stamp(m.group(1)):
            return _stamp_date(m.group(1))  # "As of 16 March 2024, 12:00 (local time)"
        if (m := _AS_OF.search(line)) is not None:
            try:
                return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                continue
    return None


# "Chuhuiv Central Library - notes of the head of the reading hall, 5 August 2022": the day a
# document's own first line ends on is the day it was written
_TITLE_TAIL = re.compile(r"(?:,|\(|\s[-–—|]|\bof|\bon)\s*([^,(–—|]{6,30}?)\)?\s*$")


_NO_DAY = date(2999, 12, 31)


def _titles_day(text: str) -> date | None:
    """The full date a text's first line ends on, when it has no other date line."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if _ENDS_SENTENCE.search(first):
        return None  # a sentence's date is its event's, not the day the text was written
    tail = _TITLE_TAIL.search(first)
    if tail is None:
        return None
    # (only a written year counts; the reference day is far off, never overflowing)
    days = [d.window for d in find_dates(tail.group(1), _NO_DAY) if d.window.basis == "explicit"]
    if len(days) != 1 or days[0].precision != "day" or days[0].start != days[0].end:
        return None
    return days[0].start


def make_article(name: str, text: str, meta: dict[str, str] | None = None) -> Article:
    """Build an :class:`Article` from decoded text and optional metadata.

    The dateline wins over metadata only when metadata has no date: an
    analyst's entry is the more deliberate statement. A page's own stamp
    ("Published 14.05.2024 09:12") comes last.
    """
    meta = meta or {}
    dateline, _ = parse_dateline(text)
    published = _meta_date(meta.get("published"))
    basis = "metadata" if published else None
    if published is None and dateline is not None:
        published, basis = dateline, "dateline"
    if published is None and (stamp := page_stamp(text)) is not None:
        published, basis = stamp, "page stamp"
    if published is None and (titled := _titles_day(text)) is not None:
        published, basis = titled, "title"
    return Article(
        file=name,
        text=text,
        title=(meta.get("title") or "").strip() or None,
        outlet=(meta.get("outlet") or "").strip() or None,
        url=(meta.get("url") or "").strip() or None,
        published=published,
        published_basis=basis,
        language=(meta.get("language") or "").strip() or None,
    )


def read_article(path: Path, meta: dict[str, str] | None = None) -> Article:
    """Read one article file.

    Raises
    ------
    ValueError
        When the file cannot be read as an article (see :func:`decode_article`).
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path.name}: cannot read the file ({exc.strerror})") from exc
    return make_article(path.name, decode_article(raw, path.name), meta)


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for line in text[start:].splitlines(keepends=True):
        end = pos + len(line.rstrip("\r\n"))
        if (
            out
            # (a literal's next item under a closed one: "  ('S1-08', '12.05.2022', …),")
            and not (_ITEM_CLOSED.search(text, out[-1][0], out[-1][1]) and _ITEM_OPENS.match(line))
            and (
                _wraps_on(text[out[-1][0] : out[-1][1]], line, title=len(out) == 1)
                or _hangs_under(text[out[-1][0] : out[-1][1]], line)
                # (a GEDCOM record's "2 CONT …" goes on with its "1 NOTE …")
                or _CONTINUED.match(line) is not None
                # (and a string left open over lines: rdfs:comment """On 17 March, … shelled ¶
                # Yasynuvata and damaged …"""; a TOML note = """…""")
                or text[out[-1][0] : out[-1][1]].count('"""') % 2 == 1
                # (and a string literal joined over lines: notes = 'On 1 September 2022, … ¶
                # hit Rubtsi, then '+ ¶ 'held by Russian forces.')
                or _JOINED_ON.search(text[out[-1][0] : out[-1][1]]) is not None
                and line.lstrip()[:1] in "'\""
                # (or C's and Python's adjacent literals: "… Zolochiv (Zolochivska hromada, " ¶
                # "Bohodukhivskyi raion, …")
                or _ADJACENT.match(text[out[-1][0] : out[-1][1]].rsplit("\n", 1)[-1] + "\n" + line)
                is not None
            )
        ):
            out[-1] = (out[-1][0], end)  # a hard-wrapped line goes on with the one above
        else:
            out.append((pos, end))
        pos += len(line)
    return out


_CONTINUED = re.compile(r"[ \t]*\d{1,2}[ \t]+CON[CT][ \t]")
# a string literal closed and joined to the next line's: SPSS/JS "'+", PHP "' .", VB "\" &"
_JOINED_ON = re.compile(r"['\"]\s*(?:\+|&|\.|\|\|)\s*$")
_JOINT = re.compile(
    r"(['\"])[ \t]*(?:\+|&|\.|\|\|)[ \t]*\r?\n[ \t]*\1"
    # (adjacent literals, a space at the joint: a C header's "… hromada, " ¶ "Bohodukhivskyi")
    r"|(?<=\s)\"[ \t]*\r?\n[ \t]*\"|\"[ \t]*\r?\n[ \t]*\"(?=\s)"
)
# a line that is one string literal, and the next one's opening: the joint has its space
_ADJACENT = re.compile(r'[ \t]*"[^"\n]*(?:\s"[ \t]*\n[ \t]*"|"[ \t]*\n[ \t]*"\s)')


def _wraps_on(above: str, line: str, title: bool = False) -> bool:
    """Is the line the rest of a hard-wrapped line above ("Notes: … at Apostolove (Kryvyi
    Rih raion, Dnipropetrovsk" over " oblast). A woman was killed")? It is indented, opens in
    lower case, and the line above ends mid-sentence (no table row's)."""
    # (a wrap fills its line: a short line above, or a deeper indent, is a log's own sub-line,
    # "we treated 3 light wounded" over " radio: Nova Vodolaha …")
    # (or wrapped with no indent at all, as a manual's source is: "… set the military part of
    # the Dnipro airport on fire" over "at Aviatorske (Dniprovskyi raion, …)")
    # (not a list's next item opened by a mark: todo.txt's "x 2023-05-31 …")
    flush = (
        not title  # (a text's first line is its title, whole: "brigade 14 shift notes, …")
        and _FLUSH_GOES_ON.match(line) is not None
        and re.search(r"[A-Za-z,]\s*$", above) is not None
        and (
            line[:1] in "(" or line[:1].islower() or _A_LITTLE_WORD_END.search(above)
            # (or a bracket left open at a comma: "… of Cherkaske (Cherkaska hromada," over
            # "Kramatorskyi raion, Donetsk oblast), leaving …")
            or (above.rstrip().endswith(",") and above.count("(") > above.count(")"))
        )
    )  # fmt: skip
    return (
        (_WRAPPED.match(line) is not None or bool(flush)) and len(above.rstrip()) >= WRAP_WIDTH
        and not _ENDS_A_SENTENCE.search(above) and not cells_of(above)
        and not _A_FIELD.match(line) and not _BULLETED.match(line)
        # (not a table's header or row under a title: "event_id_cnty,event_date,…"; nor a
        # log's next stamped line: "tue 17.05 - closed (my day)")
        and not cells_of(line)
        # (one word only when it ends the sentence: "… Casualties not" over "reported.")
        and (" " in line.strip() or re.fullmatch(r"[a-z][\w'’-]*[.!?]", line.strip()) is not None)
        and (not flush or _WRAPPED.match(line) is not None or not LINE_STAMP_HEAD.match(line))
    )  # fmt: skip


# a code literal's item closed, and the next one opened: "('S1-07', …, 'DUP: …')," ¶ "('S1-08', …"
_ITEM_CLOSED = re.compile(r"['\"\d]\s*[)}\]]+\s*,?\s*$")
_ITEM_OPENS = re.compile(r"\s*[({\[]\s*['\"]")


def _hangs_under(entry: str, line: str) -> bool:
    """Is the line the rest of an entry written with a hanging indent ("S0101  On 1 September
    2022, … shelled Rubtsi (Lyman hromada," over "       Kramatorsk raion, …"): indented to
    the column where the entry's text starts after its code?"""
    last = entry.rsplit("\n", 1)[-1]
    if len(last.rstrip()) < WRAP_WIDTH or not line.strip() or cells_of(line):
        return False
    if _A_FIELD.match(line):
        return False  # ("  location = 'Barvinkove'," under "  admin1 = …,": a record's own field)
    indent = len(line) - len(line.lstrip(" "))
    # (or a block indented as a whole, a YAML note's folded lines: "    On 19 May 2022, the
    # border village of Tetkino … came" over "    under mortar fire, …"; a tab's too)
    lead = line[: len(line) - len(line.lstrip(" \t"))]
    # (only prose going on in lower case: not a Go literal's next field, "\t\tNotes: …")
    tabbed = (
        "\t" in lead and last.startswith(lead) and not last[len(lead) :][:1].isspace()
        and line.lstrip()[:1].islower()
    )  # fmt: skip
    if tabbed or (indent >= 2 and indent == len(last) - len(last.lstrip(" "))):
        # (mid-sentence: the line above ends on a word or a comma; not a record's own
        # lines, "    russian missile strike … (2 missiles)" over "    brought in: 9")
        return (
            # (or a bracket closed mid-sentence: "… in Odnorobivka (Zolochivska hromada)" over
            # "and killed a 39-year-old woman.")
            (
                _MID_SENTENCE.search(last) is not None
                or (
                    last.rstrip().endswith(")")
                    and _CLAUSE_GOES_ON.match(line.lstrip()) is not None
                )
            )
            and "|" not in line and "|" not in last
            # (cut mid-phrase: the line goes on in lower case, or after a comma, a name's first
            # word or a little word, "… building in" over "Pokrovsk (…)"; not a list of
            # headlines, "… under shelling" over "Why …")
            and (
                line.lstrip()[:1].islower() or _NAME_OR_COMMA_END.search(last) is not None
                # (or cut after a little word: "… Gladkov said it was" over "Ukrainian. One …")
                or _A_LITTLE_WORD_END.search(last) is not None
                or _A_VERB_END.search(last) is not None
                # (a block already wrapping goes on: "… passenger train" over "No. 52 …")
                or "\n" in entry
            )
            and not _BULLETED.match(line.lstrip()) and not _BULLETED.match(last.lstrip())
        )  # fmt: skip
    # (or a record's field: "notes    : On 6 January 2024, … the village of Rivne (Myrnohradska"
    # over "           hromada, Pokrovskyi raion).")
    head = _ENTRY_CODE.match(entry) or _FIELD_LABEL.match(entry)
    return head is not None and indent == head.end()


# a wrapped line's start: a word of two letters or more, or a bracket that a name opens
# (not a label's "facts: RU forces struck …", a record's own line)
_FLUSH_GOES_ON = re.compile(r"(?:[A-Za-z][a-z'’-]+(?:\s(?!\S*:)|[,.;)])|\([A-Z])")
# (a clause going on after a bracket: "… (Zolochivska hromada)" over "and killed a woman")
_CLAUSE_GOES_ON = re.compile(
    r"(?:and|or|but|which|who|where|when|while|killing|injuring|wounding|leaving|causing|"
    r"damaging|destroying|with|after|before|as)\b"
)
_A_VERB_END = re.compile(r"\b(?:was|were|is|are|be|been|said|says)\s*$", re.IGNORECASE)
_A_LITTLE_WORD_END = re.compile(
    r"\b(?:in|at|of|on|near|by|the|a|an|and|or|to|from|for|with|that)\s*$", re.IGNORECASE
)
# a record's field on its own line: "  location = 'Barvinkove',", "  notes    = '…'"
# (or "  location : Pisochyn" under "  admin    : Kharkiv oblast / …", aligned by its colon)
_A_FIELD = re.compile(r"\s*[A-Za-z_][\w-]*(?:\s*=|\s+:)\s*\S")
_NAME_OR_COMMA_END = re.compile(
    r"(?:,|\b[A-Z][a-z]+|\b(?:in|at|of|on|near|by|the|a|an|and|or|to|from|for|with|that|"
    r"said|says|wrote|writes|reported|added|told))\s*$"
)
# (a letter or a figure, or a bracket closed, and its comma: "… (Horlivskyi raion, Donetsk
# oblast)," over "had died of wounds …")
_MID_SENTENCE = re.compile(r"(?:[^\W_]|\),),?\s*$|[^\W_]\s*$")
# an entry's code and the spaces before its text: "S0101  ", "     12 *KH22-0628a  "
_ENTRY_CODE = re.compile(RECORD_ID + r"\s{2,}(?=\S)")
# a record's field name and its colon: "notes    : ", "Location: "
_FIELD_LABEL = re.compile(r"[A-Za-z][\w-]{0,15}[ \t]*:[ \t]+(?=\S)")
WRAP_WIDTH = 60  # the shortest line a hard wrap leaves (exports wrap at 72-120)
_WRAPPED = re.compile(r" {1,2}[a-z(]")
_ENDS_A_SENTENCE = re.compile(r"[.!?:;]\W*$")


def _split_line(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Sentence boundaries inside one line, skipping abbreviations; a table's row is one."""
    if cells_of(text[a:b]):
        return _bounded(text, a, b)
    out, s = [], a
    for m in _SENTENCE_END.finditer(text, a, b):
        # Only the tail can end in an abbreviation; searching the whole head made a
        # long run of initials ("A. A. A. ...") quadratic.
        head = text[max(s, m.start() - 15) : m.start() + 1]
        # (an initial, not a count's code: "Sold: 2 D, 1 R. In the afternoon …" ends there)
        if _ABBREVIATIONS.search(head) or re.search(r"(?<!\d\s)\b[A-Z]\.$", head):
            continue
        if re.search(r"\b(?:no|nr)\.$", head) and text[m.end() : m.end() + 1].isdigit():
            continue  # "school no. 6 hit this morning": a number's sign, in a note's hand
        if text.startswith("(", m.end()) and re.search(r"\b[ap]\.m\.$", head):
            continue  # "at about 7:30 p.m. (1630 GMT) on Tuesday": the clock goes on
        if _CLOSES_SOON.match(text, m.end()) and _unclosed(text[s : m.start()]):
            continue  # "Zaporizhzhia, shelter stage (cap. 100)": a bracket's short note
        if re.fullmatch(r"\s*\d{1,2}\.", text[s : m.start() + 1]):
            continue  # "1. Near the village of Olenivka – …": a numbered item's number
        out.append((s, m.start() + len(m.group(0).rstrip())))
        s = m.end()
    if s < b:
        out.append((s, b))
    return [piece for a2, b2 in out for piece in _bounded(text, a2, b2)]


_CLOSES_SOON = re.compile(r"[^.!?()\n]{1,25}\)")


def _unclosed(head: str) -> bool:
    """Does the sentence so far leave a bracket open?"""
    return head.count("(") > head.count(")")


# Real sentences stay well under this; a pasted run without full stops would otherwise be
# one "sentence" read once per place it names (quadratic in its length).
MAX_SENTENCE = 1200


def _bounded(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Pieces of at most MAX_SENTENCE characters, cut at a clause mark or a space."""
    out = []
    while b - a > MAX_SENTENCE:
        window = text[a + MAX_SENTENCE // 2 : a + MAX_SENTENCE]
        cut = max(window.rfind(";"), window.rfind(","), window.rfind(":"))
        if cut < 0:
            cut = window.rfind(" ")
        end = a + MAX_SENTENCE // 2 + cut + 1 if cut >= 0 else a + MAX_SENTENCE
        out.append((a, end))
        a = end
    out.append((a, b))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    # (and an e-mail's quote marks at a line's start: "> 2) Kyiv overnight (29→30): …")
    while a < b and (text[a].isspace() or (text[a] == ">" and text[max(a - 1, 0) : a] in "\n> \t")):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


_CAPTION_CREDIT = re.compile(
    r"\((?:AP|Reuters|AFP|EPA|Getty)[^)]*Photo[^)]*\)|\s[-–]\s[A-Z][\w]+/(?:Reuters|AP|AFP|EPA)\s*$|Photograph:"
    # a page's labelled caption: "[Photo caption: …]", "Image: …", "Caption: …"
    r"|^\W*(?:(?:Photo|Image|Picture)(?:\s+caption)?|Caption)\s*:"
    # (an outlet's own label: "Kyiv Post photo: Rescuers at the damaged building on Aug. 8")
    r"|^\W*(?:[A-Z][\w.'’-]*\s+){1,3}(?:photo|image|picture)\s*:"
)


def _mark_captions(sentences: list[Sentence], line: str) -> None:
    """A line printed twice is a photo caption: mark its first copy."""
    for i, s in enumerate(sentences):
        if s.span.text in line and not s.caption:
            sentences[i] = Sentence(s.span, s.paragraph, s.index, s.heading, True)


HEADING_WORDS = 20
_DATED_OPENING = re.compile(
    r"\W*(?:(?:At\s+(?:about\s+|around\s+)?\d{1,2}[:.]\d\d\s+)?[Oo]n|During\s+the\s+night\s+of)\s+"
    r"\d{1,2}(?:[./]\d{1,2}[./](?:19|20)\d\d|\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+(?:19|20)\d\d)\b[^,]{0,20},\s+\S"
)
TITLE_WORDS = 40


def split_sentences(article: Article) -> list[Sentence]:
    """Sentences of the article body with offsets, minus boilerplate and repeats.

    A line repeated verbatim (photo captions are printed twice) is kept once;
    short lines without final punctuation are headings.
    """
    dated, body = parse_dateline(article.text)
    # (a grid table's rows that wrap over lines, each read as one line, at the same offsets)
    text = reflowed(article.text)
    sentences: list[Sentence] = []
    seen_lines: set[str] = set()
    paragraph = 0
    links = False  # inside a "Read also:" block: its items are other stories' headlines
    lines = _lines(text, body)
    entries = entry_lines([text[a:b].strip() for a, b in lines])
    after_line = False  # the line above held text (no blank line between)
    prev_line = ""
    for a, b in lines:
        line = text[a:b].strip()
        if not line:
            paragraph += 1
            links, after_line = False, False
            continue
        if (
            after_line
            and sentences
            and (_INDENTED.match(text, a) or _under_a_row(prev_line, line))
            and not LINE_STAMP_HEAD.match(line)
        ):
            # ("Fri 11.03 | stud farm near Chuhuiv | … ¶    The owner says: yesterday the
            # russians hit …": a line indented under the row above goes on with it, unless it
            # opens on a day of its own; so does a line of prose under a row: "J-313 | Fri
            # 19.08 | flat near the college | WAIT. ¶ Early this morning the russians hit …")
            paragraph = sentences[-1].paragraph
        after_line, prev_line = True, line
        if _LINKS_HEADING.match(line):
            links = True
            continue
        if _BOILERPLATE.match(line) or (links and _BULLETED.match(line)):
            continue
        if body and _DATELINE.match(line):
            continue  # the file's own " date 2023-12-31 Title" line pasted again in the body
        links = False
        # (a record's short value comes again in the next record: '2) "Donetska"')
        repeated = (
            line in seen_lines
            and len(line.split()) >= 3
            # (nor a record's fields, the same in the next record: "Actor: acRussia; Qa: qaOk;")
            and len(_KEY_VALUE.findall(line)) < 2
        )
        seen_lines.add(line)
        if repeated:
            _mark_captions(sentences, line)
            continue
        credit = _PHOTO_CREDIT.search(text, a, b)
        end = credit.start() if credit else b
        words = len(line.split())
        # (an undated document's own first line may run long: "Chuhuiv Central Library - notes
        # of the head of the reading hall …, for the city department of culture, 5 August 2022")
        longest = TITLE_WORDS if not sentences and dated is None else HEADING_WORDS
        # (a forum paste's line ends on its tag: "… in Ochakiv (…).[/code]" ends a sentence)
        bare = _BBCODE_TAG.sub("", line).rstrip() if "[/" in line else line
        # (and a string literal's close in code: "Notes: 'On 10 March 2022, … oblast).'),")
        if bare.endswith((",", ";", ")", "}", "]")):
            # (an SQL row's short values after its note: "… in Kurakhove.',1,NULL,'ok'),")
            bare = _LITERAL_CLOSE.sub("", _TRAILING_VALUES.sub("", bare))
        # (and a shell's or Tcl's line continuation: '"… killed 1 civilian." \')
        bare = _LITERAL_CLOSE.sub("", bare[:-1].rstrip()) if bare.endswith("\\") else bare
        # (and a record's closing markup or a code line's tail after the sentence: "… hit the
        # substation.</note>", "… hit the substation. |", '"… substation." |> add')
        bare = _MARKUP_TAIL.sub("", bare)
        heading = (
            words <= longest
            and not _ENDS_SENTENCE.search(bare)
            and not _LIST_ITEM.match(line)
            # (a line that opens on its day in a clause is prose cut by a wrap, not a headline:
            # "At about 01:00 on 27.08.2023, Russian rocket fire hit a house in Odnorobivka")
            and not _DATED_OPENING.match(line)
        )
        # "also russians shelled kostiantynivka this morning": a chat's line, not a heading
        # (nor a log's stamped line in its writer's lower case: "21:30 the russians shelled …";
        # a feed's stamped headline is capitalised: "12:15 In the east, a drone hit …")
        heading = (
            heading and not (sentences and line[:1].islower()) and line not in entries
            and not (sentences and _LOWER_AFTER_STAMP.match(line))
            # ("[17.05.25 10:41] I'm alive. the rashists hit the bus": a chat's message)
            and not (sentences and _CHAT_MESSAGE.match(line))
        )  # fmt: skip
        caption = bool(credit) or bool(_CAPTION_CREDIT.search(line))
        parts = [(s, e) for s, e in (_trim(text, *p) for p in _split_line(text, a, end)) if s < e]
        # "Shop hit by a strike in Mykolaiv. Multiple casualties", "1 civilian was injured.
        # [size=no report]": a line holding a full sentence is body text, not a headline.
        is_heading = heading and len(parts) == 1
        for s, e in parts:
            sentences.append(
                Sentence(
                    Span(s, e, unstruck(text[s:e])), paragraph, len(sentences), is_heading, caption
                )
            )
        paragraph += 1
    return _body_or_headings(_items_of_a_list(sentences))


_INDENTED = re.compile(r"[ \t]{2,}\S")
# a log's row of three cells or more, its day in one of its first two with its weekday, or
# with its year ("KEPT E3-301 | 08.10.2022 | Ilovaisk, Donetsk raion | side: Ukraine | …")
_DAY_ROW = re.compile(
    rf"^(?:[^|\n]*\|)?\s*(?:(?i:{WEEKDAY_ABBR})\w*\.?,?\s+\d{{1,2}}[./]\d{{1,2}}\b"
    r"|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b|(?:19|20)\d\d-\d\d-\d\d\b)[^|\n]*\|[^|\n]+\|"
)


def _under_a_row(above: str, line: str) -> bool:
    """Is ``line`` prose written under a log's row of a day, going on with it?"""
    return (
        _DAY_ROW.match(above) is not None and "|" not in line
        and not line.startswith(("#", "-"))
    )  # fmt: skip


_STRUCK_OUT = re.compile(r"~~[^~\n]+~~")
_ESCAPED_MARK = re.compile(r"\\([,;])")
_TODO_HEAD = re.compile(
    r"^x\s+\d{4}-\d\d-\d\d(?:\s+\d{4}-\d\d-\d\d)?\s+(?:\([A-Z]\)\s+)?"
    r"|^\([A-Z]\)\s+\d{4}-\d\d-\d\d\s+"
)
_MARKUP_TAIL = re.compile(
    # (or a LaTeX line's "\\", a string joined by " +", a comment's "*/", an HTML one's "-->")
    # (and a Tcl note's brace: "    {On 03.02.2023, a Russian rocket hit a house … said.}")
    # (and a wiki macro's close: "… the city head blamed a Russian missile.{panel}")
    r"(?<=[.!?])(?:['\"”’]?\s*(?:</[\w:.-]+>|\{[\w:=|-]+\}|[)}\]]+[,;]?|"
    r"(?:\|>?|#|//|--|\+|\*/|-->|\\{1,2}|&&)"
    r"(?:\s+[^.!?\s]{1,12}){0,2}))+\s*$"
)
# (any bracket a literal's record closes with: a Go struct's '… town centre."},')
# (and a Nix string's two quotes: "… parts of the city lost power.'')")
# (and a JSON array's string line, its newline escaped: a notebook's '"… in Fontanka.'),\\n",')
_LITERAL_CLOSE = re.compile(r"(?<=[.!?])(?:\\[nrt])*['\"]{1,3}(?:[)}\]'\",;]|\\[nrt])*\s*$")
_TRAILING_VALUES = re.compile(
    r"(?<=['\"])(?:,\s*(?:'[^'\n]{0,20}'|-?\d+|NULL|null))+(?=\)*[,;]?\s*$)"
)
_KEY_VALUE = re.compile(r"\b[A-Za-z_][\w-]*\s*[:=]\s*[^\s;,]")
_CONT_MARK = re.compile(r"(?m)^[ \t]*\d{1,2}[ \t]+CON[CT](?=[ \t])")


_TRACKED_DELETION = re.compile(r"\[Deleted:[^\]\n]*\]|\[-[^\n]*?-\]")
_TRACKED_INSERTION = re.compile(r"(\[Inserted:\s*|\{\+)([^\]\n]*?)(?:\]|\+\})")


def unstruck(text: str) -> str:
    """A line's words as its writer left them: what they struck out ("~~Chornobaivka school
    hit 20.02~~ — retracted") blanked, at the same length. A table's row keeps its marks: a row
    struck out whole is set aside by them."""
    if "[" in text and "]" in text:
        # (a forum's BBCode kept in a paste: "[code]04.09.2022 | … [/code]", "[quote=…]")
        text = _BBCODE_TAG.sub(lambda m: " " * len(m.group(0)), text)
    if (
        "[Deleted:" in text
        or "[Inserted:" in text
        or ("[-" in text and "-]" in text)
        or "{+" in text
    ):
        # (a reviewer's tracked changes: "[Deleted: 24.02.2022][Inserted: 25.02.2022]" reads
        # as the text kept, "25.02.2022"; so does a word diff's "[-22.02.2023-] {+23.02.2023+}")
        text = _TRACKED_DELETION.sub(lambda m: " " * len(m.group(0)), text)
        text = _TRACKED_INSERTION.sub(
            lambda m: (
                " " * len(m.group(1))
                + m.group(2)
                + " " * (len(m.group(0)) - len(m.group(1)) - len(m.group(2)))
            ),
            text,
        )
    if "\\," in text or "\\;" in text:
        # (a calendar export's escaped commas: "Liutizh (Petrivska hromada\\, Vyshhorodskyi
        # raion)" reads as the brackets it quotes)
        text = _ESCAPED_MARK.sub(lambda m: m.group(1) + " ", text)
    if _TODO_HEAD.match(text):
        # (a todo.txt task's completion and creation days are the desk's, not the event's:
        # "x 2023-07-31 2023-07-28 (A) At about 20:30 on 28 July 2023, …")
        text = _TODO_HEAD.sub(lambda m: " " * len(m.group(0)), text, count=1)
    if "\n" in text and _JOINT.search(text):
        # (a string literal's pieces, joined: "… then '+ ¶ 'held by Russian forces.")
        text = _JOINT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    if "(" in text and BLAME_PREFIX.search(text):
        # (a git blame's commit, author and commit time before each line: not the event's day)
        text = BLAME_PREFIX.sub(lambda m: " " * len(m.group(0)), text)
    if "CON" in text:
        # (a GEDCOM record's continuation marks, read through: "… set ¶ 2 CONT the oil depot")
        text = _CONT_MARK.sub(lambda m: " " * len(m.group(0)), text)
    if "~~" not in text or "|" in text:
        return text
    return _STRUCK_OUT.sub(lambda m: " " * len(m.group(0)), text)


_BBCODE_TAG = re.compile(
    r"\[/?(?:code|quote|i|b|u|s|size|color|font|url|img|list|spoiler)(?:=[^\]\n]{0,40})?\]",
    re.IGNORECASE,
)


_CHAT_MESSAGE = re.compile(r"\[[^\]\n]{0,30}\d[:.]\d\d[^\]\n]{0,12}\]\s*\S")
_LOWER_AFTER_STAMP = re.compile(rf"(?!{LINE_STAMP}){LINE_STAMP_HEAD.pattern}(?=[a-z])")
_LINKS_HEADING = re.compile(
    r"^(?:read\s+also|also\s+read|read\s+more|related(?:\s+(?:articles?|stories|news))?|"
    r"see\s+also|more\s+(?:news|on\s+this(?:\s+topic)?)|most\s+read|latest\s+news|"
    # ("OTHER NEWS OF UKRAINE", "Other news")
    r"other\s+news(?:\s+(?:of|from|in)(?:\s+(?:the\s+)?[\w'’-]+){1,3})?|"
    # (a forum's "More posts you may like", "Related posts", "Trending threads")
    r"recommended|(?:more\s+)?(?:posts|threads|stories|videos|articles)\s+you\s+may\s+(?:also\s+)?like|"
    r"you\s+may\s+also\s+like|related\s+(?:posts|threads|videos)|trending(?:\s+(?:now|threads|posts))?)"
    r"\s*:?$",
    re.IGNORECASE,
)
_BULLETED = re.compile(rf"^{BULLET}\s*\S")
# (a sentence's full stop before a footnote's mark ends it too: "… killing one civilian. [1]")
_ENDS_SENTENCE = re.compile(r"[.!?\"”’](?:\s*\[\d{1,3}\])?$")
# "— carried out 6 air strikes on Stepnohirsk;": an item of a list that runs on, not a heading.
# "▫️ Ukrainsk: 2 wounded": a bulleted entry that names its place, then what happened there.
# "13:02 ▶ ZAPORIZHZHIA: guided bombs hit …": a ticker's stamped entry, the same (not a
# page's "09:48 Russian strike on Kherson: …", the headline of a story in its sidebar).
_LIST_ITEM = re.compile(
    rf"^{BULLET}\s*(?:[a-z\d~]|.*[;,]$|[A-Z][^:]{{1,60}}:\s*\S)|.*;$"
    rf"|^\d{{1,2}}[:.]\d\d\s*{BULLET}\s*[A-Z][^:]{{1,60}}:\s*\S"  # (not "03:40 — explosions in X")
    # a change log's "+ added: …", "~ moved: …"
    r"|^[+~]\s+[a-z]+:\s*\S"
    # a checklist's box: "[x] event: night 30→31.07, combined russian attack"
    r"|^\[[\sxX✓✔v]?\]\s+[a-z]+:\s*\S"
    # an hourly log's "06:00  DNIPRO: hits, maternity hospital damaged, 2 dead (OVA)"
    r"|^\d{1,2}[:.]\d\d\s+[A-Z][A-Z'’\-]{2,}(?:\s[A-Z][A-Z'’\-]+){0,2}:\s*\S"
    # a diary's day and what it tells: "Thu 16/2: left late — shelling in the centre, 1 killed"
    r"|^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\d{1,2}[./]\d{1,2}\.?\s*[:|—–-]\s*(?:\S+\s+){4}"
    r"|^\d{1,2}[./]\d{1,2}\.?(?:\s+\(?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\)?)?\s*[:|—–-]\s*(?:\S+\s+){4}"
    # a coding list's numbered, dated row: "7. 28.04.2022 - Kharkiv: Russian shelling damaged …"
    r"|^\d{1,3}[.)]\s+\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s*[:|—–-]\s*(?:\S+\s+){4}"
)


def _items_of_a_list(sentences: list[Sentence]) -> list[Sentence]:
    """A bulleted line without its full stop, among bulleted lines of which one at least is
    an item ("- Two KABs dropped on an industrial site" over "- OVA: 4 dead, 20 injured"),
    is an item of the same note, not a heading (a page's "Key points" stay headlines)."""
    out = list(sentences)
    run: list[int] = []
    for i, s in enumerate([*sentences, None]):
        bulleted = s is not None and _BULLETED.match(s.span.text) is not None
        if bulleted and run and s is not None and s.paragraph - sentences[run[-1]].paragraph <= 1:
            run.append(i)
            continue
        if len(run) > 1 and any(not sentences[k].heading for k in run):
            for k in run:
                x = out[k]
                out[k] = Sentence(x.span, x.paragraph, x.index, False, x.caption)
        run = [i] if bulleted else []
    return out


def _body_or_headings(sentences: list[Sentence]) -> list[Sentence]:
    """A text of headline-like lines only (a pasted one-line note without its full stop)
    is all body: there is nothing else to read."""
    if any(not s.heading for s in sentences):
        return sentences
    return [Sentence(s.span, s.paragraph, s.index, False, s.caption) for s in sentences]
