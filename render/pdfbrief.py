"""A brief as a PDF (fpdf2): the same content as the deck, on A4 landscape pages.

Pages: the title with the filters as a caption, the generation time, the permalink and
the map picture (:func:`render.staticmap.brief_map_png`); the incidents in a table,
:data:`render.briefdoc.TABLE_ROWS` a page; then one page per detailed incident with its
excerpts per source; last, given them, the changes to the incidents
(:func:`render.auditexport.closing_table`). Text is written as text (never markup). With a
Unicode TrueType font on the machine (:func:`render.briefdoc.font_path`, Debian's
``fonts-dejavu-core``) every script prints; without one, PDF's core Helvetica prints
Latin-1 and other characters become ``?``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from render.auditexport import CLOSING_HEADER, ClosingTable
from render.briefdoc import Brief, BriefIncident, font_path
from render.deck import TABLE_HEADER, table_row
from render.staticmap import brief_map_png

PAGE_W, MARGIN = 297.0, 12.0  # A4 landscape, mm
TABLE_WIDTHS = (64.0, 56.0, 54.0, 36.0, 18.0, 18.0, 27.0)  # mm, 273 in all
CHANGES_WIDTHS = (42.0, 30.0, 44.0, 26.0, 76.0, 55.0)  # mm, 273 in all
ROW_H = 10.0
_TYPOGRAPHY = str.maketrans(
    {"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "...", "ʼ": "'", "→": "->"}
)


class _Pdf(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="mm", format="A4")
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(auto=True, margin=MARGIN)
        path = font_path()
        self.brief_unicode = path is not None
        if path is not None:
            bold = path.with_name(path.stem + "-Bold" + path.suffix)
            self.add_font("Brief", "", str(path))
            self.add_font("Brief", "B", str(bold if bold.is_file() else path))
            self.brief_family = "Brief"
        else:
            self.brief_family = "Helvetica"

    def t(self, text: str) -> str:
        """Text this document's font can print."""
        if self.brief_unicode:
            return text
        return text.translate(_TYPOGRAPHY).encode("latin-1", "replace").decode("latin-1")

    def use(self, size: float, bold: bool = False, grey: bool = False) -> None:
        self.set_font(self.brief_family, "B" if bold else "", size)
        self.set_text_color(75, 85, 99) if grey else self.set_text_color(17, 24, 39)

    def line_of(self, text: str, h: float, link: str = "") -> None:
        self.multi_cell(0, h, self.t(text), link=link or None, new_x=XPos.LMARGIN,
                        new_y=YPos.NEXT, align="L")  # fmt: skip

    def heading(self, text: str) -> None:
        self.use(20, bold=True)
        self.line_of(text, 10)
        self.ln(2)


def _fit(pdf: _Pdf, text: str, width: float) -> str:
    text = pdf.t(text)
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "...") > width:
        text = text[:-1]
    return text.rstrip() + "..."


def _title_page(pdf: _Pdf, brief: Brief) -> None:
    pdf.add_page()
    pdf.use(24, bold=True)
    pdf.line_of(brief.title, 12)
    pdf.use(13)
    pdf.line_of(brief.caption, 7)
    pdf.use(10, grey=True)
    pdf.line_of(f"{len(brief.incidents)} incident(s) · {brief.generated_label}", 6)
    pdf.line_of(brief.link, 6, link=brief.link)
    top = pdf.get_y() + 2
    height = 210 - MARGIN - top
    width = min(PAGE_W - 2 * MARGIN, height * 1.6)
    pdf.image(io.BytesIO(brief_map_png(brief)), x=(PAGE_W - width) / 2, y=top, w=width,
              h=width / 1.6, alt_text="Map of the incidents by actor")  # fmt: skip


def _table_pages(pdf: _Pdf, brief: Brief) -> None:
    pages = brief.table_pages()
    for n, page in enumerate(pages, start=1):
        pdf.add_page()
        pdf.heading(f"Incidents ({n}/{len(pages)})" if len(pages) > 1 else "Incidents")
        for r, cells in enumerate([TABLE_HEADER, *(table_row(i) for i in page)]):
            pdf.use(10, bold=r == 0)
            pdf.set_fill_color(229, 231, 235)
            for text, w in zip(cells, TABLE_WIDTHS, strict=True):
                pdf.cell(w, ROW_H, _fit(pdf, text, w - 2), border=1, fill=r == 0)
            pdf.ln(ROW_H)
        if n == len(pages) and brief.untabled:
            pdf.ln(3)
            pdf.use(10, grey=True)
            pdf.line_of(f"... and {brief.untabled} more: the CSV export lists them all.", 6)


def _incident_page(pdf: _Pdf, i: BriefIncident) -> None:
    pdf.add_page()
    pdf.heading(i.heading)
    pdf.use(12, bold=True)
    pdf.line_of(i.facts, 7)
    pdf.use(9, grey=True)
    pdf.line_of(f"Incident {i.id}", 5)
    for s in i.shown_excerpts:
        pdf.ln(2)
        pdf.use(11, bold=True)
        pdf.line_of(s.heading, 6, link=s.url or "")
        pdf.use(11)
        pdf.line_of(f"“{s.text}”", 5.5)
    if i.excerpts_note:
        pdf.use(10, grey=True)
        pdf.line_of(i.excerpts_note, 6)


def _changes_page(pdf: _Pdf, changes: ClosingTable) -> None:
    pdf.add_page()
    pdf.heading(changes.title)
    if changes.rows:
        for r, cells in enumerate([CLOSING_HEADER, *changes.rows]):
            pdf.use(10 if r == 0 else 9, bold=r == 0)
            pdf.set_fill_color(229, 231, 235)
            for text, w in zip(cells, CHANGES_WIDTHS, strict=True):
                pdf.cell(w, ROW_H, _fit(pdf, text, w - 2), border=1, fill=r == 0)
            pdf.ln(ROW_H)
        pdf.ln(3)
    if changes.note:
        pdf.use(10, grey=True)
        pdf.line_of(changes.note, 6)


def to_pdf(
    brief: Brief,
    *,
    detailed: Sequence[BriefIncident] | None = None,
    changes: ClosingTable | None = None,
) -> bytes:
    """The brief as a PDF file.

    Parameters
    ----------
    brief : Brief
        What to show (:func:`render.briefdoc.build_brief`).
    detailed : sequence of BriefIncident, optional
        The incidents that get a page each; default ``brief.detailed``.
    changes : ClosingTable, optional
        The closing page, "Changes to these incidents"; None for none.

    Returns
    -------
    bytes
        The PDF: 1 title-and-map page, ``len(brief.table_pages())`` table pages, one
        page per detailed incident (a very long one may run onto a second page) and the
        changes' page when given.
    """
    pdf = _Pdf()
    pdf.set_title(pdf.t(brief.title))
    pdf.set_subject(pdf.t(brief.caption))
    pdf.set_creator("Incident Atlas")
    pdf.set_creation_date(brief.generated_at)
    _title_page(pdf, brief)
    _table_pages(pdf, brief)
    for incident in brief.detailed if detailed is None else detailed:
        _incident_page(pdf, incident)
    if changes is not None:
        _changes_page(pdf, changes)
    return bytes(pdf.output())
