"""Which side of a pasted git merge conflict the text keeps.

A coder's file pasted mid-merge holds both versions of a disputed row::

    <<<<<<< HEAD (pass 2)
    KS-01|24.03.2022|Okhtyrka|…
    =======
    KS-01|23.03.2022|Okhtyrka|…
    >>>>>>> coder-b/pass-1

Read as it stands, each event is told twice, once with the wrong day or side. When the text
says how the conflict was resolved ("Resolved all hunks in favour of HEAD", "kept theirs"),
the losing side is dropped; when it does not, the markers alone are dropped and both sides
stay (which version is right is then the analyst's call).
"""

from __future__ import annotations

import re

_HUNK = re.compile(
    r"^<{7}(?P<ours_label>[^\n]*)\n(?P<ours>.*?)^={7}[ \t]*\n"
    r"(?P<theirs>.*?)^>{7}(?P<theirs_label>[^\n]*)$",
    re.MULTILINE | re.DOTALL,
)
_IN_FAVOUR = re.compile(
    r"\b(?:in\s+favou?r\s+of|kept|keep|took|take|chose|choose|accepted?)\s+(?:the\s+)?"
    r"(?P<side>HEAD|ours|theirs|incoming|current|[\w./-]+(?:\s+\d+)?)",
    re.IGNORECASE,
)


def dropped_conflict_sides(text: str) -> list[tuple[int, int]]:
    """Spans of a merge conflict the text drops: its marker lines, and the side its
    resolution note rejects.

    Parameters
    ----------
    text : str
        The article's text.

    Returns
    -------
    list of (int, int)
        Start and end offsets; empty when the text holds no conflict.
    """
    if "<<<<<<<" not in text:
        return []
    hunks = list(_HUNK.finditer(text))
    keep = _side_kept(text, hunks)
    spans = []
    for h in hunks:
        spans += [(h.start(), h.start("ours")), (h.end("theirs"), h.end())]  # the markers
        if keep == "ours":
            spans.append((h.start("theirs") - 8, h.end("theirs")))
        elif keep == "theirs":
            spans.append((h.start("ours"), h.end("ours")))
    return spans


def _side_kept(text: str, hunks: list[re.Match[str]]) -> str | None:
    """ "ours" or "theirs", as the resolution note words it, or None when it does not say."""
    if not hunks:
        return None
    ours = _squeezed(hunks[0].group("ours_label")) + "|head|ours|current"
    theirs = _squeezed(hunks[0].group("theirs_label")) + "|theirs|incoming"
    for m in _IN_FAVOUR.finditer(text, hunks[-1].end()):
        side = _squeezed(m.group("side"))
        if side and (side in ours) != (side in theirs):
            return "ours" if side in ours else "theirs"
    return None


def _squeezed(label: str) -> str:
    """ "HEAD (pass 2, coder OV)" → "headpass2coderov": a label as a note may name it."""
    return re.sub(r"[^a-z0-9]+", "", label.lower())


def removed_diff_lines(text: str) -> list[tuple[int, int]]:
    """Spans of a pasted unified diff's removed lines ("-E23-0321-DZH | 21.03.2023 | …" under
    "@@ -1,9 +1,9 @@"): the old text, replaced or dropped; the "+" and context lines stand.

    Parameters
    ----------
    text : str
        The article's text.

    Returns
    -------
    list of (int, int)
        Start and end offsets of each removed line inside a hunk; empty when there is none.
    """
    if "\n@@ " not in text or "\n+++ " not in text:
        return []
    spans = []
    for hunk in _DIFF_HUNK.finditer(text):
        spans += [(m.start(), m.end()) for m in _REMOVED.finditer(text, hunk.start(), hunk.end())]
    return spans


# a hunk: its "@@ -a,b +c,d @@" header, then lines opened by "-", "+" or a space
_DIFF_HUNK = re.compile(
    r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@[^\n]*\n(?:[-+ ][^\n]*(?:\n|$))+", re.M
)
_REMOVED = re.compile(r"^-(?!--)[^\n]*", re.MULTILINE)
