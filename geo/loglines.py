"""A log's lines: the entries of a shift book, a chat export, a register, told apart from
headings and from a news feed's headlines by how they open and how their stamps run."""

from __future__ import annotations

import re
from datetime import date

from geo.dates import find_dates
from geo.lexicon import LINE_STAMP
from geo.tablerows import cells_of

# How a log's entry opens: its clock ("0148 call, …"), its day ("12.09 (Mon) evening - …"), its
# chat stamp ("[08.02.23, 05:40] Oksana: …") or its table row ("#111 Kherson-Antonivka | 20/02 | …")
CHAT_STAMP = re.compile(r"\[[^\]\n]{3,40}\]")
_ENTRY_SHAPES = (
    re.compile(r"~?[0-2]?\d[:.h]?[0-5]\d\b(?![./]\d)"),
    re.compile(r"[0-3]?\d[./][01]?\d\b|(?:19|20)\d\d-[01]\d-[0-3]\d\b"),
    CHAT_STAMP,
)
_BARE_STAMP = re.compile(LINE_STAMP)
MIN_ENTRIES = 3


def entry_lines(lines: list[str]) -> set[str]:
    """Lines that open as at least two others do, with more than their stamp: a log's entries,
    whatever their length or their final stop, not headings (a day's bare "Sat 10th" stays one).
    A run whose stamps go back in time is a news feed's headlines, newest first: not a log."""
    shaped: dict[int, list[tuple[str, str]]] = {}
    for line in lines:
        found = ((k, m) for k, p in enumerate(_ENTRY_SHAPES) if (m := p.match(line)))
        kind, stamp = next(((k, m.group(0)) for k, m in found), (None, ""))
        if kind is None and cells_of(line):
            kind = len(_ENTRY_SHAPES)
        if kind is not None and not _BARE_STAMP.match(line):
            shaped.setdefault(kind, []).append((line, stamp))
    return {
        line
        for run in shaped.values()
        if len(run) >= MIN_ENTRIES and not _newest_first([stamp for _, stamp in run])
        for line, _ in run
    }


def _newest_first(stamps: list[str]) -> bool:
    """Whether stamps ("13:02", "12:40", "12:15"; "14.03", "12.03") mostly go back in time."""
    keys = [_stamp_key(t) for t in stamps]
    # (a shift book's day lines among its clock lines, "08.09 thu" then "0800", "1340 hrs":
    # days are ordered against days, clocks against clocks)
    pairs = [
        (a[1:], b[1:]) for a, b in zip(keys, keys[1:], strict=False)
        if a is not None and b is not None and a[0] == b[0]
    ]  # fmt: skip
    return sum(a > b for a, b in pairs) * 2 > len(pairs)


def _stamp_key(stamp: str) -> tuple[str, int, int] | None:
    """A clock's or a day's stamp as ("clock", hour, minute) or ("day", month, day), to order
    a run by."""
    nums = [int(n) for n in re.findall(r"\d+", stamp)]
    if len(nums) == 1 and len(str(nums[0])) in (3, 4):
        return ("clock", *divmod(nums[0], 100))  # "0148"
    if len(nums) >= 3 and nums[0] > 1900:
        return "day", nums[1], nums[2]  # "2023-02-01"
    if "." in stamp or "/" in stamp:
        return ("day", nums[1], nums[0]) if len(nums) >= 2 else None  # "12.09": day, month
    return ("clock", nums[0], nums[1]) if len(nums) >= 2 else None


# a line opened by its clock alone, no day beside it: "[19:02] handover", "00:35 Zhytomyr obl.:"
# ("12.07 - started moving" is a day, not a clock: only a colon makes one)
_CLOCK_HEAD = re.compile(
    r"^\s*(?:[-*•]\s*)?\[?\s*([0-2]?\d):([0-5]\d)\s*(?:([ap])\.?m\.?)?\s*\]?(?![./:]\d)", re.I
)
_NIGHT = 6 * 60  # a clock that falls back this far has passed midnight, not gone back in time


def nights_to_come(lines: list[str]) -> list[int]:
    """For each line of a log kept by the clock alone, how many midnights its later lines pass.

    A night desk's "[19:02] handover … [22:05] … [00:35] … [06:40]" is filed on the morning it
    ends: its lines before midnight are the day before, so their "today" is that day. Only a
    run of at least three clocks that rises but for its midnights counts (a feed whose stamps
    go back in time is newest first, and says nothing of the night).

    Parameters
    ----------
    lines
        The article's sentences' texts, in order.
    """
    clocks = [(i, _minutes(m)) for i, t in enumerate(lines) if (m := _CLOCK_HEAD.match(t))]
    clocks = [(i, c) for i, c in clocks if c < 24 * 60]
    if len(clocks) < MIN_ENTRIES:
        return [0] * len(lines)
    falls = [(b[0], a[1] - b[1]) for a, b in zip(clocks, clocks[1:], strict=False) if b[1] < a[1]]
    if not falls or any(drop < _NIGHT for _, drop in falls) or len(falls) > 2:
        return [0] * len(lines)
    return [sum(1 for at, _ in falls if at > i) for i in range(len(lines))]


# a checklist's box opens its entry: "[x] event: night 30→31.07, combined russian attack …"
CHECKBOX = re.compile(r"\s*\[[\sxX✓✔v]?\]\s")
# a channel's web preview stamps each post at its foot: "👁 24.6K · 09.02.2023 11:48 · edited"
# (or spaced, with the eye or the word: "👁 301K   edited   03.03.2024 18:22")
_POST_FOOTER = re.compile(
    r"\s*(?:(?:👁\s*)?[\d.,]+\s*[KkMm]?\s*(?:views?)?\s*·\s*"
    r"|(?:👁\s*[\d.,]+\s*[KkMm]?|[\d.,]+\s*[KkMm]?\s*views?)\s+(?:edited\s+)?)"
    r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{4})"
    r"(?:,?\s+\d{1,2}:\d\d)?(?:\s*·\s*edited|\s+edited)?\s*"
)


def post_footer_days(lines: list[str]) -> list[date | None]:
    """The day each line's post in a channel's web preview is stamped with at its foot.

    Parameters
    ----------
    lines
        The article's sentences' texts, in order. A post's lines run up to its footer
        ("👁 24.6K · 09.02.2023 11:48"), and its "this morning" is that day's; lines after the
        last footer, or of a page with none, get None.
    """
    days: list[date | None] = [None] * len(lines)
    day: date | None = None
    for i in range(len(lines) - 1, -1, -1):
        if (m := _POST_FOOTER.fullmatch(lines[i])) is not None:
            try:
                day = date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                day = None
        days[i] = day
    return days


def post_header_days(lines: list[str], ref: date) -> list[date | None]:
    """The day each line's post in a forum thread or a comment section is headed with
    ("Post by danish_dan » Sun 28 May 2023, 09:14"): that post's lines are of that day, up to
    the next post's header; lines before the first header get None.

    Parameters
    ----------
    lines
        The article's sentences' texts, in order.
    ref
        The publication day, against which a header's day is read.
    """
    days: list[date | None] = [None] * len(lines)
    day: date | None = None
    # (a blog's posts, two or more, each headed by its day: not a page's one stamp)
    blog_posts = sum(1 for x in lines if _BLOG_POST_HEADER.match(x)) >= 2
    for i, line in enumerate(lines):
        stamp = _post_stamp(line, blog_posts)
        if stamp is not None:
            found = find_dates(stamp, ref)
            one = found[0].window if len(found) == 1 else None
            day = one.start if one is not None and one.days == 1 else None
        days[i] = day
    return days


# a forum's or a comment thread's post header, its author then its day and clock
_POST_HEADER = re.compile(
    # (or its number alone: "#1 by VolodyaK » Sat 10 Feb 2024, 08:12")
    r"^\W*(?:(?:[Pp]ost(?:ed)?|[Rr]eply|[Cc]omment)\s+(?:#\d+\s+)?|#\d+\s+)by\s+\S+(?:\s+\S+)?\s*[»›|·]\s*"
    r"(?=[^.!?]{6,40}$)"
)


def _post_stamp(line: str, blog_posts: bool) -> str | None:
    """The day and clock a post's header line gives, or None for another line."""
    if (head := _POST_HEADER.match(line)) is not None:
        return line[head.end() :]
    blog = _BLOG_POST_HEADER.match(line) if blog_posts else None
    return blog.group("day") if blog is not None else None


# a blog's post header, its day, clock and title: "23 June 2024, 22:40 · Trinity Sunday at …"
_BLOG_POST_HEADER = re.compile(
    r"^\W*(?=[^.!?]{0,90}$)(?P<day>(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+(?:19|20)\d\d)"
    r",?\s+\d{1,2}:\d\d\s*[·•]\s+\S"
)


def _minutes(clock: re.Match[str]) -> int:
    """A line's clock as minutes after midnight ("1:15 p.m." is 795)."""
    hour, half = int(clock[1]), (clock[3] or "").lower()
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return hour * 60 + int(clock[2])
