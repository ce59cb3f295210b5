"""The map's centre and zoom in the URL (``lat``, ``lon``, ``zoom``): a shared link opens
where its sender was looking; without them the map opens fitted to its incidents.

Parsing is :func:`geo.urlparsing.parse_map_view`; this module only keeps the URL and the
session in step with what streamlit-folium reports after the user pans or zooms.
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from geo import urlparsing, urlstate
from geo.urlstate import MapView

_ASKED = "_map_view_asked"  # the view the URL asked for, passed to st_folium
_OWN = "_map_view_own"  # the views the map reported by itself: its first view, then its fit
OWN_REPORTS = 2
"""A freshly drawn map reports its initial view, then (after Leaflet's fitBounds) the view
fitted to the incidents; neither is a move to write into the link."""

RETURNED = ["center", "zoom"]
# The map's height, one place for both maps. 720 px (most of a briefing screen) was tried:
# in the page's narrow column its popups then open past the map's top, Leaflet pans to show
# them, the pan is reported as the user's move and written to the URL, and the rerun closes
# the popup. Taller waits until a popup's pan is told apart from a move.
HEIGHT = 560
"""What to add to st_folium's ``returned_objects`` (a pan or zoom reruns the page)."""


def _url() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in urlstate.MAP_VIEW_KEYS}


def sync() -> list[str]:
    """Read the URL's view (warnings for a bad one); call once, before the map is drawn."""
    view, warnings = urlparsing.parse_map_view(_url())
    st.session_state[_ASKED] = view
    return warnings


def asked() -> tuple[tuple[float, float] | None, int | None]:
    """``center`` and ``zoom`` for st_folium: the URL's, or (None, None) to keep the fit."""
    view = st.session_state.get(_ASKED)
    if not isinstance(view, MapView):
        return None, None
    return (view.lat, view.lon), view.zoom


def write_url(returned: Mapping[str, object] | None) -> None:
    """Write the reported view to the URL once the user has moved the map (not the map's
    own first view and fit, which a link need not carry: it opens fitted anyway)."""
    ss = st.session_state
    view = urlstate.map_view_returned(returned)
    if view is None:
        return
    own: list[MapView] = ss.setdefault(_OWN, [])
    if ss.get(_ASKED) is None and (view in own or len(own) < OWN_REPORTS):
        if view not in own:
            own.append(view)
        return
    want = urlstate.map_view_to_params(view)
    if urlstate.shared_params(_url(), urlstate.MAP_VIEW_KEYS) != want:
        for key, values in want.items():
            st.query_params[key] = values
    ss[_ASKED] = view
