"""The Map page's playback and brushable timeline (AppTest on the fixture data).

Fixture dates: Kyiv 2024-01-02, Belgorod 2024-01-04…06, Kharkiv 2024-01-10, a village
(unlocated) 2024-01-20, Odesa 2024-02 (the month), Donetsk undated (always shown).
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from geo.playback import PlaybackStep
from tests.test_pages import data_dir as data_dir  # noqa: F401 (the fixture)
from tests.test_pages import make_app, no_errors, showing, warnings
from ui.state import PLAY_RUNNING, PLAY_STEP


def button(at, key: str):
    return next(b for b in at.button if b.key == key)


def url_step(at) -> tuple[str, ...]:
    """The URL's playback parameters (AppTest keeps one value as a string)."""
    got = (at.query_params[k] for k in ("play", "step", "trail"))
    return tuple(v if isinstance(v, str) else v[0] for v in got)


def test_shared_step_opens_its_window(data_dir):
    at = make_app({"play": "2024-01-10", "step": "week", "trail": "1"})
    no_errors(at)
    # 2024-01-04 … 01-10: Belgorod and Kharkiv, plus the undated Donetsk (always shown).
    assert showing(at).startswith("Showing 3 of")
    assert at.session_state[PLAY_STEP] == PlaybackStep(date(2024, 1, 10), "week", 1)
    assert any("Playback: week ending 2024-01-10" in c.value for c in at.caption)
    assert url_step(at) == ("2024-01-10", "week", "1")


def test_step_forward_moves_the_window_a_week(data_dir):
    at = make_app({"play": "2024-01-03", "step": "week", "trail": "1"})
    assert showing(at).startswith("Showing 2 of")  # Kyiv, Donetsk
    button(at, "play_forward").click().run()
    no_errors(at)
    assert url_step(at) == ("2024-01-10", "week", "1")
    assert showing(at).startswith("Showing 3 of")  # Belgorod, Kharkiv, Donetsk
    button(at, "play_back").click().run()
    button(at, "play_back").click().run()
    assert url_step(at)[0] == "2024-01-02"  # the data's first day: the step stays inside it


def test_trail_keeps_older_steps_and_unit_changes_the_step(data_dir):
    at = make_app({"play": "2024-01-10", "step": "week", "trail": "2"})
    assert showing(at).startswith("Showing 4 of")  # + Kyiv, a week older
    at.radio(key="play_unit").set_value("month").run()
    no_errors(at)
    assert url_step(at) == ("2024-01-10", "month", "2")
    button(at, "play_forward").click().run()
    assert url_step(at)[0] == "2024-02-10"


def test_play_toggles_and_stop_returns_to_the_range(data_dir):
    at = make_app()
    total = showing(at)
    button(at, "play_toggle").click().run()
    no_errors(at)
    assert at.session_state[PLAY_RUNNING] is True
    assert "play" in at.query_params  # started at the range's first step
    assert button(at, "play_toggle").label.endswith("Pause")
    button(at, "play_toggle").click().run()
    assert at.session_state[PLAY_RUNNING] is False
    button(at, "play_stop").click().run()
    no_errors(at)
    assert "play" not in at.query_params
    assert showing(at) == total


def test_filters_apply_while_playing(data_dir):
    at = make_app({"play": "2024-01-10", "step": "week", "trail": "1", "actor": "Russia"})
    assert showing(at).startswith("Showing 1 of")  # Kharkiv only


def test_playback_params_leave_with_the_map(data_dir):
    at = make_app({"play": "2024-01-10"})
    at.switch_page("pages/incidents.py").run()
    assert "play" not in at.query_params


@pytest.mark.parametrize(
    "params, bad",
    [
        ({"play": "<script>alert(1)</script>"}, "play"),
        ({"play": "2024-01-10", "step": "fortnight"}, "step"),
        ({"play": "2024-01-10", "trail": "999"}, "trail"),
        ({"play": ["2024-01-10", "2024-01-11"]}, "play"),
        ({"step": "week"}, "step"),
    ],
)
def test_tampered_step_warns(data_dir, params, bad):
    at = make_app(params)
    no_errors(at)
    found = [w for w in warnings(at) if f"'{bad}'" in w]
    assert found, warnings(at)
    assert not any("<script>" in w or "fortnight" in w or "999" in w for w in warnings(at))


def test_timeline_is_brushable_with_whole_number_ticks(data_dir):
    """The drag itself is the browser test's (AppTest cannot set a chart's selection)."""
    at = make_app()
    charts = at.get("vega_lite_chart")
    assert len(charts) == 1
    spec = json.loads(charts[0].proto.spec)
    params = spec["params"]  # Altair lifts a layer's selection to the top
    assert [(p["name"], p["select"]["type"], p["select"]["encodings"]) for p in params] == [
        ("brush", "interval", ["x"])
    ]
    bars = next(layer for layer in spec["layer"] if "y" in layer["encoding"])
    axis = bars["encoding"]["y"]["axis"]
    assert axis["tickMinStep"] == 1 and axis["format"] == "d"  # no 2.5 tick on a count
    assert charts[0].proto.selection_mode == ["brush"]
