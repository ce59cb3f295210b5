"""A hostile corpus: markup, script, link, formula and Unicode payloads, and a data dir
that puts them everywhere text enters the app.

Every payload that could execute calls ``alert(...)`` (so a real browser's ``dialog``
event catches it) and carries a marker (``IAXSS``) where it can, so a leaked element
is easy to find.

``make_hostile_data_dir(root)`` writes ``root/data`` with

* one article per payload: an incident sentence the extractor understands, then the
  payload in its own paragraph (and sometimes inside the sentence);
* article *file names* that are payloads (one of them an unreadable empty file, so
  the name shows up in the app's "could not be read" message);
* ``index.csv`` whose title/outlet/url/published/language fields are payloads;
* ``incidents.geojson``: the incidents the real pipeline extracts from those articles
  plus hand-made records whose place, actor, alleged_by, event type, weapon, notes,
  id and excerpts are payloads (a payload as a "village").

The checks (:func:`html_violations`, :func:`markdown_violations`,
:func:`formula_cells`) look at *parsed* structure, not raw substrings: escaped text
legitimately contains ``<script``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

MARK = "IAXSS"
LONG = "A" * 100_000

# name -> payload
PAYLOADS: dict[str, str] = {
    "script": "<script>alert(1)</script>",
    "script_marked": f"<script>alert('{MARK}')</script>",
    "img_onerror": "<img src=x onerror=alert(1)>",
    "svg_onload": "<svg onload=alert(1)>",
    "svg_script": "<svg><script>alert(1)</script></svg>",
    "iframe_js": '<iframe src="javascript:alert(1)"></iframe>',
    "body_onload": "<body onload=alert(1)>",
    "details_toggle": "<details open ontoggle=alert(1)>",
    "math_breakout": "<math><mtext></p><script>alert(1)</script>",
    "nested_script": "<scr<script>ipt>alert(1)</script>",
    "close_script": "</script><script>alert(1)</script>",
    "close_textarea": "</textarea><script>alert(1)</script>",
    "style_tag": "<style>*{display:none}</style>",
    "js_link": "javascript:alert(1)",
    "js_link_mixed": " JaVaScRiPt:alert(1)",
    "js_link_tab": "java\tscript:alert(1)",
    "a_js": '<a href="javascript:alert(1)">click</a>',
    "data_uri": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "dq_breakout": '" onmouseover="alert(1)',
    "sq_breakout": "' onmouseover='alert(1)",
    "sq_script": "'><script>alert(1)</script>",
    "dq_img": '"><img src=x onerror=alert(1)>',
    "js_string_breakout": '");alert(1);//',
    "js_sq_breakout": "';alert(1);//",
    "template": "{{7*7}} ${alert(1)} #{alert(1)}",
    "entities": "&lt;script&gt;alert(1)&lt;/script&gt;",
    "numeric_entities": "&#60;script&#62;alert(1)&#60;/script&#62;",
    "percent": "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "js_escape": "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "md_js_link": "[x](javascript:alert(1))",
    "md_image": "![x](http://evil.example/x.png)",
    "md_link": "[click here](http://evil.example/phish)",
    "md_autolink": "<http://evil.example/auto> www.evil.example",
    "md_html_comment": "<!-- hidden --> **bold** `code` # heading",
    "st_directive": ":red[**pwned**] :material/warning: $x^2$",
    "formula_hyperlink": '=HYPERLINK("http://evil","x")',
    "formula_cmd": "+cmd|' /C calc'!A0",
    "formula_at": "@SUM(1+1)",
    "formula_minus": "-2+3",
    "formula_tab": "\t=1+1",
    "formula_cr": "\r=1+1",
    "rtl_override": "\u202etxt.exe\u202c",
    "rtl_arabic": "\u0647\u062c\u0648\u0645 \u200f<script>alert(1)</script>",
    "zero_width": "Kha\u200brkiv\u200d\u2060\ufeff",
    "long_line": LONG,
}

BROWSER_PAYLOADS = {k: v for k, v in PAYLOADS.items() if k != "long_line"}
"""The same without the 100k-character line (kept out of places where it only slows a
browser down; it is still in an article body and in metadata)."""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

TOWNS = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Sumy", "Kherson", "Lviv"]

HOSTILE_FILE_NAMES = [
    '"><img src=x onerror=alert(1)>.txt',
    "[x](javascript:alert(1)).txt",
    "<script>alert(1)<\\script>.txt",
]
"""Payload file names (no ``/``: a file name cannot hold one)."""

EMPTY_HOSTILE_FILE = "[click me](javascript:alert(1)) <img src=x onerror=alert(1)>.txt"
"""An empty article: refused, so its name appears in the app's notice."""


def incident_sentence(i: int) -> str:
    town = TOWNS[i % len(TOWNS)]
    return f"Russian missiles struck {town} on July {1 + i % 28}, 2022, killing 2."


def article_text(i: int, payload: str) -> str:
    """An article that still yields an incident, with the payload in its own paragraph."""
    return f"date 2022-08-01\n{incident_sentence(i)}\n\nReader comment: {payload}\n\n{payload}\n"


def article_files() -> dict[str, str]:
    out = {f"h{i:02d}_{name}.txt": article_text(i, p) for i, (name, p) in enumerate(PAYLOADS.items())}
    for j, fname in enumerate(HOSTILE_FILE_NAMES):
        out[fname] = article_text(40 + j, PAYLOADS["script"])
    return out


def metadata_rows(files: list[str]) -> list[dict[str, str]]:
    names = list(PAYLOADS)
    rows = []
    for i, f in enumerate(sorted(files)):
        p = [PAYLOADS[names[(i + k) % len(names)]] for k in range(5)]
        rows.append({"file": f, "title": p[0], "outlet": p[1], "url": p[2],
                     "published": p[3], "language": p[4]})
    return rows


def _src(article: str, text: str, excerpt: str, **kw: Any) -> dict[str, Any]:
    start = text.index(excerpt)
    base: dict[str, Any] = {
        "article": article, "excerpt": excerpt, "start": start, "end": start + len(excerpt),
        "killed": 2, "injured": None, "actor": "Russia", "attribution": "stated",
        "alleged_by": None, "date_start": "2022-07-03", "date_end": "2022-07-03",
        "date_precision": "day", "place_text": None,
    }
    base.update(kw)
    return base


def hostile_records(files: dict[str, str]) -> list[dict[str, Any]]:
    """Hand-made incidents with a payload in every text field (a payload as a village)."""
    recs: list[dict[str, Any]] = []
    names = [n for n in BROWSER_PAYLOADS if n != "formula_cr"]
    for i, name in enumerate(names):
        p = PAYLOADS[name]
        art = f"h{list(PAYLOADS).index(name):02d}_{name}.txt"
        text = files[art]
        excerpt = "Reader comment: " + p
        lat = 46.0 + (i % 10) * 0.4
        lon = 28.0 + (i // 10) * 2.0
        recs.append({
            "id": f"x{i:02d}-{p}"[:150], "place": p, "place_key": f"cur:{p}"[:150], "country": p[:50],
            "lat": None if i % 9 == 8 else lat, "lon": None if i % 9 == 8 else lon,
            "precision": "region" if i % 5 == 0 else "town",
            "radius_km": 40.0 if i % 5 == 0 else 0.0,
            "date_start": "2022-07-03" if i % 7 else None,
            "date_end": "2022-07-03" if i % 7 else None,
            "date_precision": "day" if i % 7 else "unknown",
            "actor": p if i % 3 == 0 else "Russia", "attribution": "alleged",
            "alleged_by": p, "event_type": p if i % 4 == 0 else "missile strike",
            "weapon": p, "killed": 2, "injured": None, "n_sources": 1, "articles": [art],
            "sources": [_src(art, text, excerpt, actor=p, alleged_by=p, attribution="alleged",
                             place_text=p)],
            "notes": [p, f"note: {p}"],
        })
    return recs


def write_index(path: Path, rows: list[dict[str, str]]) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["file", "title", "outlet", "url", "published", "language"],
                       lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")


def make_hostile_data_dir(root: Path, with_pipeline: bool = True) -> Path:
    """Write the hostile data dir under ``root`` and return it (see the module doc)."""
    from geo.table import to_geojson

    data = Path(root) / "data"
    arts = data / "articles"
    arts.mkdir(parents=True, exist_ok=True)
    files = article_files()
    for name, text in files.items():
        (arts / name).write_bytes(text.encode("utf-8"))
    (arts / EMPTY_HOSTILE_FILE).write_bytes(b"")
    write_index(arts / "index.csv", metadata_rows(list(files)))
    records: list[dict[str, Any]] = []
    if with_pipeline:
        from geo.pipeline import build_incidents

        records, _errors = build_incidents(arts)
    records += hostile_records(files)
    geo = data / "incidents.geojson"
    geo.write_text(json.dumps(to_geojson(records), ensure_ascii=False), encoding="utf-8")
    later = time.time() + 5
    os.utime(geo, (later, later))
    return data


# ---------------------------------------------------------------------------- checks

FORBIDDEN_TAGS = frozenset({
    "img", "svg", "iframe", "object", "embed", "details", "math", "base", "form", "input",
    "textarea", "video", "audio", "marquee", "frameset", "frame", "applet",
})
URL_ATTRS = frozenset({"href", "src", "action", "formaction", "xlink:href", "data", "srcdoc",
                       "background", "poster", "data-top-href"})
BAD_SCHEMES = ("javascript:", "vbscript:", "data:text/html")


def _scheme_of(value: str) -> str:
    # Browsers drop ASCII whitespace/control characters inside a scheme.
    return re.sub(r"[\x00-\x20]", "", value).lower()


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)


def parse_html(markup: str) -> _Collector:
    c = _Collector()
    c.feed(markup)
    c.close()
    return c


def html_violations(markup: str, allow_scripts: bool = False,
                    allowed_tags: frozenset[str] | None = None) -> list[str]:
    """Live markup in ``markup``: event-handler attributes, script URLs, injected tags or
    scripts. ``allow_scripts`` admits the page's own scripts (a Folium page) but still
    flags a script whose code is a payload's; ``allowed_tags`` is a strict allowlist."""
    c = parse_html(markup)
    bad: list[str] = []
    for tag, attrs in c.tags:
        if allowed_tags is not None and tag not in allowed_tags:
            bad.append(f"unexpected <{tag}>")
        if tag in FORBIDDEN_TAGS:
            bad.append(f"forbidden <{tag}>")
        if tag == "script" and not allow_scripts:
            bad.append("<script>")
        for name, value in attrs:
            if name.startswith("on"):
                bad.append(f"<{tag} {name}=...>")
            if name in URL_ATTRS and value and _scheme_of(value).startswith(BAD_SCHEMES):
                bad.append(f"<{tag} {name}={value[:40]!r}>")
            if name == "style" and value and ("expression(" in value or "url(" in value.lower()
                                              and "javascript" in value.lower()):
                bad.append(f"<{tag} style=...>")
    for code in c.scripts:
        stripped = code.strip()
        if stripped.startswith("alert(") or "alert(1)</" in code or MARK in stripped[:40]:
            bad.append(f"injected script {stripped[:40]!r}")
    return bad


def html_text(markup: str) -> str:
    """The text a reader sees (entities decoded, tags dropped)."""
    return "".join(parse_html(markup).text)


_MD_ESCAPED = re.compile(r"\\.", re.S)
_MD_LIVE = [
    (re.compile(r"\]\s*\("), "markdown link/image"),
    (re.compile(r"<\s*[a-zA-Z/!]"), "raw html"),
    (re.compile(r"javascript:", re.I), "javascript: url"),
    (re.compile(r"://"), "autolink url"),
    (re.compile(r"\bwww\."), "www autolink"),
    (re.compile(r":[a-z]+\["), "streamlit directive"),
    (re.compile(r":material/"), "material icon"),
]


def markdown_violations(body: str) -> list[str]:
    """Markdown that would render a payload as a link, image, HTML or directive.

    Backslash-escaped characters are literal text in Markdown; what is left after
    removing them must not hold link/image/HTML/directive syntax."""
    live = _MD_ESCAPED.sub("", body)
    return [f"{what} in {body[:80]!r}" for rx, what in _MD_LIVE if rx.search(live)]


def formula_cells(csv_text: str) -> list[str]:
    """CSV cells a spreadsheet would evaluate as a formula."""
    out = []
    for row in csv.reader(io.StringIO(csv_text)):
        for cell in row:
            if cell.startswith(FORMULA_PREFIXES) and not _is_number(cell):
                out.append(cell[:60])
    return out


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True
