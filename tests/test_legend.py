"""The map's legend (issue 15): collapsible, and every imported layer listed with its
colour, its user-given name escaped and its colour never more than a colour."""

from __future__ import annotations

from render.mapframe import build_base_map
from render.mapstyle import legend_html


def test_the_legend_folds_and_lists_each_layer_with_its_colour() -> None:
    html = legend_html({"CIR": "#1f77b4", "ACLED 2024": "#d62728"})
    assert html.startswith("<details open><summary>Legend</summary>") and html.endswith(
        "</details>"
    )
    assert "Imported layers" in html
    assert html.index("ACLED 2024") < html.index("CIR")  # sorted by name
    assert 'style="background:#1f77b4"' in html and 'style="background:#d62728"' in html


def test_no_layer_no_layer_section() -> None:
    assert "Imported layers" not in legend_html()
    assert "Imported layers" not in legend_html({})


def test_a_hostile_layer_name_and_colour_stay_inert() -> None:
    html = legend_html({"<img src=x onerror=alert(1)>": 'red;background:url("javascript:x")'})
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "javascript" not in html and 'style="background:#6b7280"' in html


def test_the_base_map_carries_the_layers_legend() -> None:
    page = build_base_map([], layers={"CIR": "#1f77b4"}).get_root().render()
    assert "Imported layers" in page and "#1f77b4" in page


def test_the_compare_pages_small_maps_start_with_the_legend_folded() -> None:
    assert legend_html(folded=True).startswith("<details><summary>Legend</summary>")
