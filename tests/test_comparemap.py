"""render.comparemap: the compare page's pair of maps is offline and escapes article text."""

from __future__ import annotations

import sys
from pathlib import Path

from render.comparemap import SYNC_JS, build_compare_map
from render.mapframe import VENDOR_DIR

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import RECORDS  # noqa: E402

HOSTILE = "<img src=x onerror=alert(1)>"


def test_the_pair_is_offline_synced_and_escaped():
    evil = {**RECORDS[0], "id": "evil", "place": HOSTILE}
    dual = build_compare_map([evil], RECORDS[1:3], [(f"A {HOSTILE}", "1 incident"),
                                                     ("B", "2 incidents")], tiles="none")  # fmt: skip
    page = dual.get_root().render()
    assert "cdn.jsdelivr" not in page and "https://" not in page.split("</head>")[0]
    assert "vendor/leaflet.sync-0.2.4/L.Map.Sync.js" in page
    assert (VENDOR_DIR / SYNC_JS[0][1]).is_file()
    assert f"{dual.m1.get_name()}.sync({dual.m2.get_name()})" in page
    # Place, popup and title reach the page HTML-escaped, inside JSON string literals.
    assert HOSTILE not in page
    escaped = "\\u0026lt;img src=x onerror=alert(1)\\u0026gt;"
    assert page.count(escaped) >= 3  # the title, the tooltip, the popup
    assert page.count('"ia-legend ia-map-title"') == 2  # a title on each map
    assert page.count('"ia-legend");') == 2  # and a legend: both are briefing maps


def test_the_pair_needs_two_titles():
    import pytest

    with pytest.raises(ValueError, match="two titles"):
        build_compare_map([], [], [("A", "")])
