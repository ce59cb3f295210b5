"""The map's centre and zoom in the URL (issue 15): parsed in one pure function, written
back from what streamlit-folium reports, and never trusted beyond what a map can show."""

from __future__ import annotations

import pytest

from geo.urlparsing import parse_map_view
from geo.urlstate import MapView, map_view_returned, map_view_to_params

GOOD = [
    ({}, None),
    ({"lat": "48.5", "lon": "37.1", "zoom": "9"}, MapView(48.5, 37.1, 9)),
    ({"lat": ["-33.9"], "lon": ["151.2"], "zoom": ["2"]}, MapView(-33.9, 151.2, 2)),
    ({"lat": "90", "lon": "-180", "zoom": "18"}, MapView(90.0, -180.0, 18)),
]
BAD = [
    ({"lat": "48.5", "lon": "37.1"}, "go together"),
    ({"zoom": "9"}, "go together"),
    ({"lat": ["48", "49"], "lon": "37", "zoom": "9"}, "go together"),
    ({"lat": "x", "lon": "37", "zoom": "9"}, "must be numbers"),
    ({"lat": "48", "lon": "37", "zoom": "9.5"}, "whole number"),
    ({"lat": "nan", "lon": "37", "zoom": "9"}, "off the globe"),
    ({"lat": "91", "lon": "37", "zoom": "9"}, "off the globe"),
    ({"lat": "48", "lon": "inf", "zoom": "9"}, "off the globe"),
    ({"lat": "48", "lon": "37", "zoom": "40"}, "'zoom' must be 2–18"),
    ({"lat": "48", "lon": "37", "zoom": "1" * 500}, "go together"),
]


@pytest.mark.parametrize(("params", "view"), GOOD)
def test_a_usable_view_is_read(params, view):
    assert parse_map_view(params) == (view, [])


@pytest.mark.parametrize(("params", "message"), BAD)
def test_an_unusable_view_warns_and_the_map_opens_fitted(params, message):
    view, warnings = parse_map_view(params)
    assert view is None and len(warnings) == 1 and message in warnings[0]
    assert all(str(v) not in warnings[0] for v in params.values() if len(str(v)) > 3)


def test_what_the_map_reports_round_trips_through_the_url():
    reported = {"center": {"lat": 48.123456, "lng": 37.654321}, "zoom": 9.0, "bounds": {}}
    view = map_view_returned(reported)
    assert view == MapView(48.1235, 37.6543, 9)
    assert parse_map_view(map_view_to_params(view)) == (view, [])


@pytest.mark.parametrize(
    "reported",
    [None, {}, {"zoom": 9}, {"center": {"lat": 48}, "zoom": 9}, {"center": "x", "zoom": 9}],
)
def test_no_view_reported_writes_nothing(reported):
    assert map_view_returned(reported) is None
    assert map_view_to_params(None) == {}
