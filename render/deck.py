"""A brief as a PowerPoint deck (python-pptx), built with no network and no browser.

Slides, 16:9: the title (title, the filters as a caption, the generation time, the
permalink); the map (:func:`render.staticmap.brief_map_png`, legend included); the
incidents in a table, :data:`render.briefdoc.TABLE_ROWS` a slide; then one slide per
detailed incident (:attr:`render.briefdoc.Brief.detailed`) with its excerpts per source;
last, given the log's entries about the incidents, "Changes to these incidents"
(:func:`render.auditexport.closing_table`).
Every text is set as text (python-pptx escapes it); none is markup.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.presentation import Presentation as Deck
from pptx.slide import Slide
from pptx.text.text import TextFrame, _Run
from pptx.util import Emu, Inches, Length, Pt

from render.auditexport import CLOSING_HEADER, ClosingTable
from render.briefdoc import Brief, BriefIncident, clip
from render.staticmap import brief_map_png

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.5)
TITLE_LAYOUT, TITLE_ONLY_LAYOUT = 0, 5  # in python-pptx's default template
TABLE_HEADER = ("Date", "Place", "Actor (attribution)", "Type", "Killed", "Injured", "Sources")
TABLE_WIDTHS = (2.4, 2.9, 2.6, 1.7, 0.8, 0.8, 1.1)  # inches, 12.3 in all
CHANGES_WIDTHS = (1.9, 1.5, 2.2, 1.3, 3.2, 2.2)  # inches, 12.3 in all
GREY = RGBColor(0x4B, 0x55, 0x63)


def table_row(i: BriefIncident) -> tuple[str, ...]:
    """One incident's cells, in :data:`TABLE_HEADER` order."""
    return (
        i.when,
        clip(i.place, 40),
        clip(i.claim, 40),
        clip(i.event_type, 24),
        "" if i.killed is None else str(i.killed),
        "" if i.injured is None else str(i.injured),
        str(i.n_sources),
    )


def _title_only(prs: Deck, title: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY_LAYOUT])
    shape = slide.shapes.title
    shape.left, shape.top = MARGIN, Inches(0.25)
    shape.width, shape.height = WIDTH - 2 * MARGIN, Inches(0.9)
    shape.text = title
    for p in shape.text_frame.paragraphs:
        for run in p.runs:
            run.font.size = Pt(28)
    return slide


def _text_box(slide: Slide, left: Length, top: Length, width: Length, height: Length) -> TextFrame:
    frame = slide.shapes.add_textbox(left, top, width, height).text_frame
    frame.word_wrap = True
    return frame


def _para(
    frame: TextFrame,
    text: str,
    size: int,
    *,
    bold: bool = False,
    color: RGBColor | None = None,
    first: bool = False,
) -> _Run:
    p = frame.paragraphs[0] if first else frame.add_paragraph()
    run = p.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def _title_slide(prs: Deck, brief: Brief) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_LAYOUT])
    title, subtitle = slide.shapes.title, slide.placeholders[1]
    # The default template is 4:3: place both for 16:9.
    title.left, title.top, title.width, title.height = (
        MARGIN,
        Inches(1.6),
        WIDTH - 2 * MARGIN,
        Inches(1.5),
    )
    subtitle.left, subtitle.top = MARGIN, Inches(3.3)
    subtitle.width, subtitle.height = WIDTH - 2 * MARGIN, Inches(2.6)
    title.text = brief.title
    sub = subtitle.text_frame
    sub.word_wrap = True
    _para(sub, brief.caption, 18, first=True)
    _para(sub, f"{len(brief.incidents)} incident(s) · {brief.generated_label}", 14, color=GREY)
    run = _para(sub, brief.link, 12, color=GREY)
    run.hyperlink.address = brief.link


def _map_slide(prs: Deck, brief: Brief) -> None:
    located = len(brief.incidents) - brief.unlocated
    slide = _title_only(prs, f"Map: {located} of {len(brief.incidents)} incident(s)")
    top = Inches(1.2)
    height = Emu(HEIGHT - top - Inches(0.3))
    width = Emu(int(height * 1.6))
    left = Emu(int((WIDTH - width) / 2))
    slide.shapes.add_picture(io.BytesIO(brief_map_png(brief)), left, top, width, height)


def _table_slides(prs: Deck, brief: Brief) -> None:
    pages = brief.table_pages()
    for n, page in enumerate(pages, start=1):
        suffix = f" ({n}/{len(pages)})" if len(pages) > 1 else ""
        slide = _title_only(prs, f"Incidents{suffix}")
        rows = len(page) + 1
        shape = slide.shapes.add_table(
            rows, len(TABLE_HEADER), MARGIN, Inches(1.2), Inches(12.3), Emu(Inches(0.4) * rows)
        )
        table = shape.table
        for c, w in enumerate(TABLE_WIDTHS):
            table.columns[c].width = Inches(w)
        for r, cells in enumerate([TABLE_HEADER, *(table_row(i) for i in page)]):
            for c, text in enumerate(cells):
                cell = table.cell(r, c)
                cell.text = text
                for p in cell.text_frame.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(12 if r == 0 else 11)
        if n == len(pages) and brief.untabled:
            note = _text_box(slide, MARGIN, Emu(HEIGHT - Inches(0.7)), Inches(12), Inches(0.4))
            _para(
                note,
                f"… and {brief.untabled} more: the CSV export lists them all.",
                12,
                color=GREY,
                first=True,
            )


def _incident_slide(prs: Deck, i: BriefIncident) -> None:
    slide = _title_only(prs, clip(i.heading, 80))
    body_w, body_h = Emu(WIDTH - 2 * MARGIN), Emu(HEIGHT - Inches(1.5))
    frame = _text_box(slide, MARGIN, Inches(1.15), body_w, body_h)
    _para(frame, i.facts, 14, bold=True, first=True)
    _para(frame, f"Incident {i.id}", 10, color=GREY)
    for s in i.shown_excerpts:
        run = _para(frame, s.heading, 12, bold=True)
        if s.url:
            run.hyperlink.address = s.url
        _para(frame, f"“{s.text}”", 12)
    if i.excerpts_note:
        _para(frame, i.excerpts_note, 11, color=GREY)


def _changes_slide(prs: Deck, changes: ClosingTable) -> None:
    slide = _title_only(prs, changes.title)
    if changes.rows:
        rows = len(changes.rows) + 1
        shape = slide.shapes.add_table(
            rows, len(CLOSING_HEADER), MARGIN, Inches(1.2), Inches(12.3), Emu(Inches(0.4) * rows)
        )
        table = shape.table
        for c, w in enumerate(CHANGES_WIDTHS):
            table.columns[c].width = Inches(w)
        for r, cells in enumerate([CLOSING_HEADER, *changes.rows]):
            for c, text in enumerate(cells):
                cell = table.cell(r, c)
                cell.text = text
                for p in cell.text_frame.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(11 if r == 0 else 9)
    if changes.note:
        top = Emu(HEIGHT - Inches(0.7)) if changes.rows else Inches(1.3)
        note = _text_box(slide, MARGIN, top, Inches(12), Inches(0.4))
        _para(note, changes.note, 12, color=GREY, first=True)


def to_pptx(
    brief: Brief,
    *,
    detailed: Sequence[BriefIncident] | None = None,
    changes: ClosingTable | None = None,
) -> bytes:
    """The brief as a ``.pptx`` file.

    Parameters
    ----------
    brief : Brief
        What to show (:func:`render.briefdoc.build_brief`).
    detailed : sequence of BriefIncident, optional
        The incidents that get a slide each; default ``brief.detailed``.
    changes : ClosingTable, optional
        The closing slide, "Changes to these incidents"; None for none.

    Returns
    -------
    bytes
        The deck: 1 title slide, 1 map slide, ``len(brief.table_pages())`` table slides,
        one slide per detailed incident and the changes' slide when given.
    """
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    props = prs.core_properties
    props.title = brief.title
    props.subject = brief.caption
    props.author = "Incident Atlas"
    props.created = brief.generated_at.replace(tzinfo=None)
    _title_slide(prs, brief)
    _map_slide(prs, brief)
    _table_slides(prs, brief)
    for incident in brief.detailed if detailed is None else detailed:
        _incident_slide(prs, incident)
    if changes is not None:
        _changes_slide(prs, changes)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()
