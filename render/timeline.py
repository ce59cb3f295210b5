"""The timeline chart: :func:`geo.timeline.timeline_counts` as stacked bars, in plain HTML.

Bar colours (:func:`actor_colors`) are the map's actor colours; the Map page's Altair chart
(:mod:`ui.timeline`) and the brief documents use them too.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from geo.timeline import Period
from render.mapstyle import ACTOR_COLORS, actor_group

OTHER_COLORS = ("#7b1fa2", "#00897b", "#ef6c00", "#6d4c41", "#5c6bc0", "#9e9d24")
UNKNOWN_COLOR = "#9ca3af"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def actor_colors(actors: list[str]) -> dict[str, str]:
    """Bar colour per actor label: the map's red/blue for Russia/Ukraine, grey for
    Unknown, distinct colours for the others (in order of appearance)."""
    out: dict[str, str] = {}
    others = iter(OTHER_COLORS * (len(actors) // len(OTHER_COLORS) + 1))
    for actor in actors:
        group = actor_group(actor)
        if actor.lower() in ("unknown", "unknown actor", ""):
            out[actor] = UNKNOWN_COLOR
        elif group in ("russia", "ukraine"):
            out[actor] = ACTOR_COLORS[group]
        else:
            out[actor] = next(others)
    return out


def period_label(start: pd.Timestamp, period: Period) -> str:
    """``"Mar 2022"`` for a month, ``"7 Mar 2022"`` for the week starting that Monday."""
    month = f"{_MONTHS[start.month - 1]} {start.year}"
    return month if period == "month" else f"{start.day} {month}"


def _nice_max(value: int) -> int:
    """The y axis top: ``value`` rounded up to 1, 2 or 5 × a power of ten."""
    step = 1
    while True:
        for m in (1, 2, 5):
            if m * step >= value:
                return m * step
        step *= 10


def timeline_html(counts: pd.DataFrame, period: Period, height: int = 180) -> str:
    """A stacked bar chart of :func:`timeline_counts` as plain HTML (flexbox bars).

    Plain HTML rather than a charting library: the map page is the briefing's first
    screen and Vega's ~0.8 MB of script delayed the map by ~0.5 s a visit (and
    ``st.html`` strips SVG). Every bar segment carries a ``title`` (the browser's
    tooltip: period, actor, count); actor names come from articles and are escaped.

    Parameters
    ----------
    counts : the output of :func:`timeline_counts` (may be empty).
    period : ``"week"`` or ``"month"``, for the labels.
    height : the plot's height in pixels.

    Returns
    -------
    str
        One ``<div>``; an empty string for empty ``counts``.
    """
    if counts.empty:
        return ""
    table = counts.pivot_table(
        index="period", columns="actor", values="incidents", aggfunc="sum", fill_value=0
    ).sort_index()
    # Every period from the first to the last, empty ones included: bars are a time axis.
    freq = "MS" if period == "month" else "W-MON"
    table = table.reindex(
        pd.date_range(table.index.min(), table.index.max(), freq=freq), fill_value=0
    )
    actors = [str(a) for a in table.columns]
    colors = actor_colors(actors)
    top_value = _nice_max(int(table.sum(axis=1).max()))
    bars = []
    for start, row in table.iterrows():
        label = escape(period_label(pd.Timestamp(start), period))
        segments = "".join(
            f'<div style="height:{100 * n / top_value:.2f}%;background:{colors[a]}" '
            f'title="{label} · {escape(a)}: {int(n)}"></div>'
            for a, n in zip(actors, row.tolist(), strict=True)
            if n > 0
        )
        bars.append(
            '<div style="flex:1 1 0;min-width:1px;height:100%;display:flex;'
            f'flex-direction:column-reverse" title="{label}">{segments}</div>'
        )
    every = max(1, -(-len(table) // 6))  # at most ~6 labels under the bars
    ticks = "".join(
        '<div style="flex:1 1 0;min-width:1px;white-space:nowrap;overflow:visible">'
        + (escape(period_label(pd.Timestamp(s), period)) if k % every == 0 else "")
        + "</div>"
        for k, s in enumerate(table.index)
    )
    return (
        f'<div role="img" aria-label="Incidents per {period}, by actor" '
        'style="font-size:0.8rem;color:#374151">'
        f"{_legend(actors, colors)}"
        f'<div style="display:flex;gap:6px"><div style="display:flex;flex-direction:column;'
        f'justify-content:space-between;height:{height}px;text-align:right;min-width:2.5em">'
        # A count has no half: the middle tick only when it is a whole number (not "2.5").
        f"<span>{top_value}</span><span>{top_value // 2 if top_value % 2 == 0 else ''}</span>"
        "<span>0</span></div>"
        f'<div style="flex:1;display:flex;align-items:flex-end;gap:2px;height:{height}px;'
        'border-bottom:1px solid #9ca3af;border-top:1px dashed #e5e7eb">'
        f"{''.join(bars)}</div></div>"
        f'<div style="display:flex;gap:2px;margin-left:calc(2.5em + 6px)">{ticks}</div></div>'
    )


def _legend(actors: list[str], colors: dict[str, str]) -> str:
    items = "".join(
        f'<span style="margin-right:1em;white-space:nowrap"><span style="display:inline-block;'
        f'width:0.8em;height:0.8em;background:{colors[a]};margin-right:0.3em"></span>'
        f"{escape(a[:60])}</span>"
        for a in actors
    )
    return f'<div style="margin-bottom:0.4em">{items}</div>'
