"""An HTML page's main text, for articles pasted or uploaded as HTML (:mod:`geo.intake`).

``trafilatura`` when installed; else a stdlib parser that keeps the visible text and
drops scripts, styles, navigation and page chrome. Paragraphs come out separated by
blank lines, as the article files have them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page minus scripts, styles, navigation and chrome."""

    SKIP = frozenset(
        {
            "script",
            "style",
            "nav",
            "header",
            "footer",
            "aside",
            "noscript",
            "template",
            "svg",
            "form",
            "button",
            "iframe",
            "select",
            "head",
        }
    )
    BLOCK = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "section",
            "article",
            "blockquote",
            "figcaption",
            "pre",
            "main",
            "ul",
            "ol",
            "table",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.main: list[str] | None = None
        self.in_main = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)

    def text(self) -> str:
        raw = "".join(self.parts).split("\n")
        lines = (re.sub(r"[ \t\r\f\v\xa0]+", " ", ln).strip() for ln in raw)
        return "\n\n".join(ln for ln in lines if ln)


def html_to_text(markup: str) -> str:
    """The main text of an HTML page (``trafilatura`` when installed, else a
    stdlib extractor that drops script/style/nav/header/footer); paragraphs are
    separated by blank lines."""
    got: str | None = None
    try:
        import trafilatura

        got = trafilatura.extract(markup, include_comments=False, include_tables=False)
    except ImportError:  # pragma: no cover - depends on the environment
        got = None
    except Exception:  # a parser bug must not lose the article: fall back
        got = None
    if got and got.strip():
        return "\n\n".join(ln.strip() for ln in got.splitlines() if ln.strip())
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    return parser.text()
