"""Untrusted text as markup for the page: a source's links, an article's marked text.

Text from articles and datasets reaches ``st.markdown`` escaped
(:func:`geo.catalog.md_escape`, which geo's own notes use too) or as
:func:`markdown_links` (http(s) links only), and ``st.html`` as :func:`highlight_html` (the
text escaped, each excerpt located by :func:`geo.catalog.article_marks` a ``<mark>`` linking
to its incident on the map).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from geo.catalog import Mark
from geo.layers import source_links


def markdown_links(src: Mapping[str, Any]) -> str:
    """A source's :func:`geo.layers.source_links` as Markdown (``[Source ↗](https://…)``), for the
    incident card; parentheses in a URL percent-encoded so none ends the link early."""
    return " · ".join(
        f"[{label} ↗]({url.replace('(', '%28').replace(')', '%29')})"
        for label, url in source_links(src)
    )


def map_link(incident_id: str) -> str:
    """Relative link to the incident on the Map page."""
    return f"./map?incident={quote(str(incident_id), safe='')}"


def highlight_html(text: str, marks: Sequence[Mark], focus: str | None = None) -> str:
    """The article as safe HTML: ``text`` escaped, each mark a ``<mark id=...>``
    linking to its incident on the map. Overlapping marks are clipped to the
    previous one's end; marks of ``focus`` get the class ``focus``."""
    out: list[str] = ['<div class="ia-article">']
    pos = 0
    for m in sorted(marks, key=lambda m: (m.start, m.end)):
        start, end = max(m.start, pos, 0), min(m.end, len(text))
        if end <= start:
            continue
        out.append(html.escape(text[pos:start]))
        cls = "ia-mark focus" if focus is not None and m.incident == focus else "ia-mark"
        out.append(
            f'<a class="ia-link" href="{html.escape(map_link(m.incident), quote=True)}" '
            f'target="_top" title="{html.escape("Incident " + m.incident, quote=True)}">'
            f'<mark id="{html.escape(m.anchor, quote=True)}" class="{cls}">'
            f"{html.escape(text[start:end])}</mark></a>"
        )
        pos = end
    out.append(html.escape(text[pos:]))
    out.append("</div>")
    return "".join(out)


ARTICLE_CSS = """<style>
.ia-article { white-space: pre-wrap; line-height: 1.6; font-family: Georgia, serif; }
.ia-article mark.ia-mark { background: #fde68a; padding: 0 .1em; border-radius: 2px; }
.ia-article mark.ia-mark.focus { background: #f59e0b; outline: 2px solid #b45309; }
.ia-article a.ia-link { color: inherit; text-decoration: none; }
</style>"""
