"""How an incident looks on the briefing map: colour by actor, shape by attribution.

:func:`marker_style` is the one place that decides a marker's look; the dot markup, the
legend (:func:`legend_html`) and the fast map (:mod:`render.fastpayload`) all read it. Pure
strings: no folium, no Streamlit.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

# --------------------------------------------------------------------------- styles

ACTOR_COLORS: dict[str, str] = {"russia": "#c62828", "ukraine": "#1f5fbf", "other": "#6b7280"}
ACTOR_LABELS: dict[str, str] = {
    "russia": "Russia",
    "ukraine": "Ukraine",
    "other": "Other / unknown",
}
ATTRIBUTION_LABELS: dict[str, str] = {
    "alleged": "alleged (by the other side)",
    "claimed": "claimed (by the actor)",
    "stated": "stated (reported as fact)",
}


def actor_group(actor: str | None) -> str:
    """Map a free-text actor to ``"russia"``, ``"ukraine"`` or ``"other"``.

    Parameters
    ----------
    actor : str or None
        The actor as extracted (``"Russia"``, ``"Russian forces"``, ...).

    Returns
    -------
    str
        The colour group.
    """
    a = (actor or "").casefold()
    if "russia" in a:
        return "russia"
    if "ukrain" in a:
        return "ukraine"
    return "other"


def marker_style(actor: str | None, attribution: str | None) -> dict[str, Any]:
    """The look of one incident's marker.

    Colour says who (Russia red, Ukraine blue, other/unknown grey); the shape
    says how sure: *alleged* is a hollow circle, *claimed* a solid dot with an
    outer ring, *stated* a solid dot.

    Parameters
    ----------
    actor : str or None
        Free-text actor.
    attribution : str or None
        ``alleged``, ``claimed`` or ``stated`` (anything else counts as alleged:
        never show more certainty than the data has).

    Returns
    -------
    dict
        ``group``, ``attribution``, ``color``, ``fill_color``, ``fill_opacity``,
        ``weight`` (border px), ``ring`` (bool), ``radius`` (px).
    """
    group = actor_group(actor)
    attr = attribution if attribution in ATTRIBUTION_LABELS else "alleged"
    color = ACTOR_COLORS[group]
    hollow = attr == "alleged"
    return {
        "group": group,
        "attribution": attr,
        "color": color,
        "fill_color": "#ffffff" if hollow else color,
        "fill_opacity": 0.35 if hollow else 1.0,
        "weight": 3 if hollow else 1.5,
        "ring": attr == "claimed",
        "radius": 7,
    }


def _dot_css(style: Mapping[str, Any], selected: bool = False) -> str:
    r = int(style["radius"]) + (3 if selected else 0)
    border = style["color"] if style["attribution"] == "alleged" else "#ffffff"
    fill = style["fill_color"]
    alpha = float(style["fill_opacity"])
    bg = fill if alpha >= 1 else _rgba(fill, alpha)
    shadows = []
    if style["ring"]:
        shadows += ["0 0 0 2px #ffffff", f"0 0 0 4px {style['color']}"]
    if selected:
        shadows.append("0 0 0 7px rgba(255,193,7,.85)")
    shadow = f"box-shadow:{','.join(shadows)};" if shadows else ""
    return (
        f"display:block;box-sizing:border-box;width:{2 * r}px;height:{2 * r}px;"
        f"border-radius:50%;border:{style['weight']}px solid {border};background:{bg};{shadow}"
    )


def _rgba(hex_color: str, alpha: float) -> str:
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def _dot_html(style: Mapping[str, Any], selected: bool = False) -> str:
    cls = f"ia-dot ia-{style['group']} ia-{style['attribution']}" + (
        " ia-selected" if selected else ""
    )
    return f'<span class="{cls}" style="{_dot_css(style, selected)}"></span>'


def _e(value: Any) -> str:
    """HTML-escape anything (None → empty)."""
    return html.escape("" if value is None else str(value), quote=True)


def legend_html(layers: Mapping[str, str] | None = None, folded: bool = False) -> str:
    """Legend markup, collapsible (a ``<details>`` open at first, so a briefer can fold it
    off the Donbas corner): actor colours, attribution shapes, region circles, and each
    imported layer with its colour (``layers``: name → colour). ``folded``: closed at first
    (the compare page's small maps, where it would cover markers)."""
    rows = [f"<details{'' if folded else ' open'}><summary>Legend</summary>"]
    for group, label in ACTOR_LABELS.items():
        style = marker_style(label if group != "other" else None, "stated")
        rows.append(f'<div class="ia-row">{_dot_html(style)}{_e(label)}</div>')
    rows.append("<hr>")
    for attr, label in ATTRIBUTION_LABELS.items():
        style = marker_style(None, attr)
        rows.append(f'<div class="ia-row">{_dot_html(style)}{_e(label)}</div>')
    rows.append('<hr><div class="ia-row"><span class="ia-circle"></span>region (approximate)</div>')
    if layers:
        rows.append("<hr><div>Imported layers</div>")
        for name, color in sorted(layers.items()):
            swatch = f'<span class="ia-swatch" style="background:{_e(_css_color(color))}"></span>'
            rows.append(f'<div class="ia-row">{swatch}{_e(name)}</div>')
    rows.append("</details>")
    return "".join(rows)


_HEX_COLOR = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?")


def _css_color(value: str) -> str:
    """A layer's colour as CSS: a hex colour, else grey (the name is the user's; the colour
    must never carry anything into the style attribute)."""
    return value if _HEX_COLOR.fullmatch(value or "") else "#6b7280"
