"""Since the last brief, as the brief pack's first page: the diff as HTML, and the pack with it.

The diff and its plain lines are :mod:`geo.briefs`'; here they become a standalone page
(every value escaped) put first in the brief pack zip (:func:`render.exporters.brief_pack`).
"""

from __future__ import annotations

import html
import io
import zipfile

from geo.briefs import BriefDiff, lines

PACK_ENTRY = "00_since_last_brief.html"
"""The diff's file in a brief pack: first in the zip."""


def diff_html(diff_: BriefDiff, title: str, subtitle: str = "") -> str:
    """A standalone page of the diff (every value escaped): the brief pack's first page."""
    e = html.escape
    counts = diff_.counts()
    parts = [
        '<!DOCTYPE html><html><head><meta charset="utf-8">',
        f"<title>{e(title)}</title>",
        "<style>body{font:15px/1.45 system-ui,sans-serif;max-width:860px;margin:2em auto;"
        "padding:0 1em}h2{margin-top:1.4em}li{margin-bottom:.5em}.d{color:#444}</style>",
        f"</head><body><h1>{e(title)}</h1>",
    ]
    if subtitle:
        parts.append(f"<p>{e(subtitle)}</p>")
    parts.append(
        f"<p><b>{counts['new']}</b> new · <b>{counts['changed']}</b> changed · "
        f"<b>{counts['retracted']}</b> retracted · {diff_.unchanged} unchanged</p>"
    )
    for status, items in lines(diff_).items():
        parts.append(f"<h2>{e(status.capitalize())} ({len(items)})</h2>")
        if not items:
            parts.append("<p class='d'>None.</p>")
            continue
        parts.append("<ul>")
        for heading, details in items:
            sub = "".join(f"<div class='d'>{e(d)}</div>" for d in details)
            parts.append(f"<li><b>{e(heading)}</b>{sub}</li>")
        parts.append("</ul>")
    parts.append("</body></html>")
    return "".join(parts)


def pack_with_diff(pack: bytes, page: str) -> bytes:
    """The brief pack zip ``pack`` (:func:`render.exporters.brief_pack`) with ``page`` (the
    diff's HTML) as its first entry, :data:`PACK_ENTRY`, and a line for it in README.txt."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(pack)) as src,
        zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst,
    ):
        dst.writestr(PACK_ENTRY, page)
        for info in src.infolist():
            if info.filename == PACK_ENTRY:
                continue
            data = src.read(info.filename)
            if info.filename == "README.txt":
                text = data.decode("utf-8")
                head, sep, rest = text.partition("\n\n")
                line = f"{PACK_ENTRY}  what is new, changed and retracted since the last brief\n"
                data = (head + sep + line + rest).encode("utf-8")
            dst.writestr(info.filename, data)
    return out.getvalue()
