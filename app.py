"""Incident Atlas — the entrypoint: page config and navigation, nothing else.

Everything a page shares (the store, the cached tables, the sidebar's filters kept in the
URL) is prepared by :func:`ui.frame.frame` around the page; pages read it with
:func:`ui.state.context`.
"""

from __future__ import annotations

import streamlit as st

from ui import access
from ui.frame import frame

st.set_page_config(page_title="Incident Atlas", page_icon="🗺️", layout="wide")

# Write pages are absent for visitors who may not write (INCIDENT_ATLAS_MODE): a deep link
# to one opens the default page, and the page checks again (ui.access).
write_pages = [
    st.Page("pages/add_article.py", title="Add article", icon="➕", url_path="add_article"),
    st.Page("pages/import_layer.py", title="Import layer", icon="📥", url_path="import_layer"),
] if access.can_write() else []  # fmt: skip
page = st.navigation(
    [
        st.Page("pages/map.py", title="Map", icon="🗺️", url_path="map", default=True),
        st.Page("pages/sources.py", title="Sources", icon="📰", url_path="sources"),
        st.Page(
            "pages/incidents.py", title="Incidents", icon="📋", url_path="incidents"
        ),
        st.Page("pages/briefs.py", title="Since the last brief", icon="🆕", url_path="briefs"),
        st.Page("pages/compare.py", title="Compare periods", icon="🔀", url_path="compare"),
        *write_pages,
        st.Page("pages/about.py", title="About", icon="ℹ️", url_path="about"),
    ]
)  # fmt: skip
with frame(page):  # the shared context before the page, the sidebar's filters after it
    page.run()
