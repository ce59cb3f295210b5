"""geo.urlstate: URL parameters ⇄ ViewState, with tampered input falling back safely."""

from __future__ import annotations

from datetime import date

import pytest

from geo import urlparsing, urlstate
from geo.urlparsing import MAX_REPEATS, parse_article, parse_view
from geo.urlstate import (
    DEFAULT_VIEW,
    DateBounds,
    ViewState,
    shared_params,
    view_from_widgets,
    view_to_params,
)

BOUNDS = DateBounds(date(2024, 1, 2), date(2024, 2, 29))
ACTORS = ["Russia", "Ukraine", "Unknown"]
TYPES = ["drone strike", "missile strike", "shelling"]
IDS = {"kyiv-2024-01-02", "odesa-2024-02"}


def parse(params):
    return parse_view(params, BOUNDS, ACTORS, TYPES, IDS)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, DEFAULT_VIEW),
        ({"from": ["2024-01-05"]}, ViewState(date_from=date(2024, 1, 5))),
        ({"to": ["2024-01-07"]}, ViewState(date_to=date(2024, 1, 7))),
        (
            {"from": ["2024-01-05"], "to": ["2024-01-05"]},
            ViewState(date(2024, 1, 5), date(2024, 1, 5)),
        ),
        ({"from": "2024-01-05"}, ViewState(date_from=date(2024, 1, 5))),  # bare string
        ({"from": ["2024-01-02"], "to": ["2024-02-29"]}, DEFAULT_VIEW),  # bounds = default
        ({"actor": ["Russia"]}, ViewState(actors=("Russia",))),
        ({"actor": ["Ukraine", "Russia"]}, ViewState(actors=("Russia", "Ukraine"))),
        ({"actor": ["russia"]}, ViewState(actors=("Russia",))),  # case-insensitive
        ({"actor": ["Unknown"]}, ViewState(actors=("Unknown",))),
        ({"actor": ACTORS}, DEFAULT_VIEW),  # all = no filter
        ({"type": ["shelling"]}, ViewState(types=("shelling",))),
        ({"incident": ["odesa-2024-02"]}, ViewState(incident="odesa-2024-02")),
        ({"article": ["x.txt"], "utm_source": ["mail"]}, DEFAULT_VIEW),  # others ignored
    ],
)
def test_good_params(params, expected):
    view, warnings = parse(params)
    assert view == expected
    assert warnings == []


SCRIPT = "<script>alert(1)</script>"


@pytest.mark.parametrize(
    ("params", "bad"),
    [
        ({"from": ["yesterday"]}, "from"),
        ({"from": ["2024-13-01"]}, "from"),
        ({"from": ["20240105"]}, "from"),
        ({"to": [SCRIPT]}, "to"),
        ({"to": ["9" * 100_000]}, "to"),
        ({"from": ["2024-01-05", "2024-01-06"]}, "from"),
        ({"from": ["2024-01-20"], "to": ["2024-01-10"]}, "to"),
        ({"from": ["2999-01-01"]}, "from"),  # after all the data
        ({"to": ["1900-01-01"]}, "to"),  # before all the data
        ({"actor": ["Martians"]}, "actor"),
        ({"actor": [SCRIPT]}, "actor"),
        ({"actor": ["x" * 10_000]}, "actor"),
        ({"actor": ["Russia"] * (MAX_REPEATS + 1)}, "actor"),
        ({"type": ["picnic"]}, "type"),
        ({"incident": ["nope"]}, "incident"),
        ({"incident": [SCRIPT]}, "incident"),
        ({"incident": ["kyiv-2024-01-02", "odesa-2024-02"]}, "incident"),
    ],
)
def test_bad_params_warn_and_fall_back(params, bad):
    view, warnings = parse(params)
    assert warnings, "a tampered parameter must produce a warning"
    assert any(f"'{bad}'" in w for w in warnings)
    # Never echo the raw value, and never let it into the view.
    for w in warnings:
        assert "<" not in w and "script" not in w and len(w) < 200
    assert view.incident in (None, *IDS)
    assert set(view.actors) <= set(ACTORS) and set(view.types) <= set(TYPES)
    for d in (view.date_from, view.date_to):
        assert d is None or BOUNDS.start <= d <= BOUNDS.end


def test_to_before_from_resets_both():
    view, _ = parse({"from": ["2024-01-20"], "to": ["2024-01-10"]})
    assert (view.date_from, view.date_to) == (None, None)


def test_clamped_dates():
    view, warnings = parse({"from": ["1900-01-01"], "to": ["2024-01-10"]})
    assert view.date_from is None and view.date_to == date(2024, 1, 10)
    assert warnings == []  # a range wider than the data is a fine link, not a tampered one


def test_partly_bad_actor_keeps_good_values():
    view, warnings = parse({"actor": ["Russia", "Martians"]})
    assert view.actors == ("Russia",)
    assert len(warnings) == 1


def test_no_dated_incidents():
    view, warnings = parse_view({"from": ["2024-01-05"]}, None, ACTORS, TYPES, IDS)
    assert view.date_from is None and any("'from'" in w for w in warnings)


@pytest.mark.parametrize(
    "view",
    [
        DEFAULT_VIEW,
        ViewState(date(2024, 1, 5), date(2024, 1, 9), ("Russia", "Unknown"), ("shelling",),
                  "kyiv-2024-01-02"),
        ViewState(date_to=date(2024, 2, 1), types=("drone strike", "shelling")),
    ],
)
def test_round_trip(view):
    params = view_to_params(view)
    assert parse(params) == (view, [])
    assert shared_params(params) == params


def test_view_to_params_names():
    params = view_to_params(
        ViewState(date(2024, 1, 5), date(2024, 1, 9), ("Russia", "Ukraine"), ("shelling",), "i1")
    )
    assert params == {
        "from": ["2024-01-05"],
        "to": ["2024-01-09"],
        "actor": ["Russia", "Ukraine"],
        "type": ["shelling"],
        "incident": ["i1"],
    }
    assert view_to_params(DEFAULT_VIEW) == {}


@pytest.mark.parametrize(
    ("widgets", "expected"),
    [
        (((BOUNDS.start, BOUNDS.end), [], []), DEFAULT_VIEW),
        (((BOUNDS.start, BOUNDS.end), ACTORS, TYPES), DEFAULT_VIEW),
        (((date(2024, 1, 3), BOUNDS.end), ["Ukraine"], []),
         ViewState(date_from=date(2024, 1, 3), actors=("Ukraine",))),
        ((None, ["Russia"], ["shelling"]), ViewState(actors=("Russia",), types=("shelling",))),
    ],
)
def test_view_from_widgets(widgets, expected):
    dates, actors, types = widgets
    assert view_from_widgets(dates, BOUNDS, actors, types, ACTORS, TYPES, None) == expected


@pytest.mark.parametrize(
    ("params", "expected", "warned"),
    [
        ({}, None, False),
        ({"article": ["a.txt"]}, "a.txt", False),
        ({"article": ["../../etc/passwd"]}, None, True),
        ({"article": ["b.txt"]}, None, True),
        ({"article": ["a.txt", "a.txt"]}, None, True),
    ],
)
def test_parse_article(params, expected, warned):
    file, warnings = parse_article(params, ["a.txt"])
    assert file == expected
    assert bool(warnings) == warned
    assert all("'article'" in w and "passwd" not in w for w in warnings)


A = {"from": ["2024-01-02"]}
B = {"from": ["2024-01-03"], "actor": ["Russia"]}


@pytest.mark.parametrize(
    ("params", "written", "new"),
    [
        ({}, None, True),  # first run: the URL (even empty) decides
        (A, None, True),
        ({}, [A], False),  # page navigation drops the parameters: keep the filters
        (A, [A], False),  # what we wrote last
        (A, [A, B], False),  # stale: written two reruns ago
        ({"from": "2024-01-02"}, [A], False),  # a single value reads like a list of one
        (B, [A], True),  # a pasted link or a page link with other parameters
        ({"article": ["x.txt"]}, [A], False),  # not a shared parameter
    ],
)
def test_url_is_new(params, written, new):
    assert urlstate.url_is_new(params, written) is new


def test_remember_written_keeps_the_newest():
    hist = None
    for day in range(1, 41):
        hist = urlstate.remember_written(hist, {"from": [f"2024-01-{day:02d}"]})
    assert hist is not None and len(hist) == urlstate.URL_MEMORY
    assert hist[-1] == {"from": ["2024-01-40"]}
    assert urlstate.remember_written(hist, hist[-1]) == hist  # no duplicate of the newest


LAYERS = ["acled", "cir"]


@pytest.mark.parametrize(
    ("params", "hidden", "warned"),
    [
        ({}, (), False),
        ({"hide": ["cir"]}, ("cir",), False),
        ({"hide": ["CIR"]}, ("cir",), False),  # case-insensitive, canonical name kept
        ({"hide": ["cir", "acled"]}, ("acled", "cir"), False),  # all hidden stays all hidden
        ({"hide": ["nope"]}, (), True),
        ({"hide": ["cir", "nope"]}, ("cir",), True),
        ({"hide": ["x" * 500]}, (), True),
    ],
)
def test_hide_layers(params, hidden, warned):
    view, warnings = parse_view(params, BOUNDS, ACTORS, TYPES, IDS, LAYERS)
    assert view.hidden_layers == hidden
    assert bool(warnings) is warned
    assert all("'hide'" in w for w in warnings)
    if hidden:
        assert view_to_params(view)["hide"] == list(hidden)


def test_hide_without_layers_warns():
    view, warnings = parse_view({"hide": ["cir"]}, BOUNDS, ACTORS, TYPES, IDS)
    assert view.hidden_layers == () and len(warnings) == 1


def test_hidden_layers_round_trip():
    view = ViewState(actors=("Russia",), hidden_layers=("cir",))
    again, warnings = parse_view(view_to_params(view), BOUNDS, ACTORS, TYPES, IDS, LAYERS)
    assert again == view and warnings == []
    assert view_from_widgets(None, BOUNDS, ["Russia"], [], ACTORS, TYPES, None, ["cir"]) == view


# ---- the compare page's periods (a_from, a_to, b_from, b_to) ----------------------------


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {}),
        ({"a_from": ["2024-01-05"]}, {"a_from": date(2024, 1, 5)}),
        (
            {"a_from": "2024-01-02", "a_to": "2024-01-31", "b_from": "2024-02-01",
             "b_to": "2024-02-29"},
            {"a_from": date(2024, 1, 2), "a_to": date(2024, 1, 31),
             "b_from": date(2024, 2, 1), "b_to": date(2024, 2, 29)},
        ),
        # Overlapping periods, and B before A, are a comparison like any other.
        ({"a_from": ["2024-02-01"], "b_to": ["2024-01-10"]},
         {"a_from": date(2024, 2, 1), "b_to": date(2024, 1, 10)}),
        ({"b_from": [" 2024-01-05 "]}, {"b_from": date(2024, 1, 5)}),
        # A link shared when the data reached further is clamped without a fuss.
        ({"a_from": ["2023-06-01"]}, {"a_from": date(2024, 1, 2)}),
    ],
)  # fmt: skip
def test_good_period_params(params, expected):
    days, warnings = urlparsing.parse_periods(params, BOUNDS)
    assert (days, warnings) == (expected, [])


@pytest.mark.parametrize(
    ("params", "bad"),
    [
        ({"a_from": ["2024-13-01"]}, "a_from"),
        ({"a_to": ["<script>alert(1)</script>"]}, "a_to"),
        ({"b_from": ["20240105"]}, "b_from"),
        ({"b_to": ["2024-01-05", "2024-01-06"]}, "b_to"),
        ({"a_from": ["x" * 5000]}, "a_from"),
        ({"b_to": ["2030-01-01"] * 500}, "b_to"),
        ({"a_from": ["2025-01-01"]}, "a_from"),  # after the data's last day: clamped, said
    ],
)
def test_bad_period_params_warn_without_echoing(params, bad):
    days, warnings = urlparsing.parse_periods(params, BOUNDS)
    assert len(warnings) == 1 and f"'{bad}'" in warnings[0]
    value = str(params[bad][0])
    assert value.strip() not in warnings[0]  # named, never echoed
    assert days.get(bad) in (None, BOUNDS.end)  # the default, or clamped into the data


@pytest.mark.parametrize("side", ["a", "b"])
def test_a_period_ending_before_it_starts_falls_back_to_the_default(side):
    other = "b" if side == "a" else "a"
    params = {f"{side}_from": ["2024-02-10"], f"{side}_to": ["2024-02-01"],
              f"{other}_from": ["2024-01-03"]}  # fmt: skip
    days, warnings = urlparsing.parse_periods(params, BOUNDS)
    assert days == {f"{other}_from": date(2024, 1, 3)}  # the good period's day stays
    assert warnings == [f"URL parameters '{side}_from'/'{side}_to': '{side}_to' is before "
                        f"'{side}_from'; showing the default period."]  # fmt: skip


def test_period_params_without_dated_incidents_warn():
    days, warnings = urlparsing.parse_periods({"a_from": ["2024-01-05"]}, None)
    assert days == {} and warnings == ["URL parameter 'a_from' ignored: no incident has a known date."]


def test_periods_round_trip_and_are_always_written():
    days = {"a_from": date(2024, 1, 2), "a_to": date(2024, 1, 31),
            "b_from": date(2024, 2, 1), "b_to": date(2024, 2, 29)}  # fmt: skip
    params = urlstate.periods_to_params(days)
    assert params == {"a_from": ["2024-01-02"], "a_to": ["2024-01-31"],
                      "b_from": ["2024-02-01"], "b_to": ["2024-02-29"]}  # fmt: skip
    assert urlparsing.parse_periods(params, BOUNDS) == (days, [])


def test_period_params_are_not_the_sidebars():
    url = {"a_from": ["2024-01-05"], "actor": ["Russia"]}
    assert shared_params(url) == {"actor": ["Russia"]}
    assert shared_params(url, urlstate.PERIOD_KEYS) == {"a_from": ["2024-01-05"]}
    mine = {"a_from": ["2024-01-05"]}
    assert not urlstate.url_is_new(url, [mine], urlstate.PERIOD_KEYS)  # this session wrote it
    assert urlstate.url_is_new({"a_from": ["2024-01-09"]}, [mine], urlstate.PERIOD_KEYS)
    assert not urlstate.url_is_new({"actor": ["Russia"]}, [mine], urlstate.PERIOD_KEYS)
