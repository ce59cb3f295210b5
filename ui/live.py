"""Live data: a page shows what another server (or session) saved within
:data:`POLL_SECONDS`, without an interaction.

:func:`watch` is a fragment that reruns on its own every :data:`POLL_SECONDS` (Streamlit's
``st.fragment(run_every=…)``: only the fragment runs, the page stays as drawn). It reads
the store's data version and reruns the whole app (``st.rerun()``, scope ``"app"``) when the
version moved since the page was rendered — every cache is keyed by that version, so the
rerun shows the new data and costs nothing when nothing changed. While the catalog is
``"waiting"`` for another server's build it also reruns when the build lease is free: the
other server finished (its save moved the version anyway) or gave up, and this one builds.

AppTest cannot fire the timer (it runs the script once per ``run()``): ``tests/test_live.py``
covers the decision (:func:`needs_rerun`), that :func:`watch` runs on every page, and that a
version it finds moved (or a lease given up while waiting) reruns the app with the new data;
``tests/browser/test_live_browser.py`` shows a save by another process appear in a real
browser without interaction; ``tests/browser/test_two_replicas_browser.py`` runs two app
servers on one PostgreSQL and shows each one's saves on the other's open page. Not tested:
the lease probe's timing under a slow builder.
"""

from __future__ import annotations

import streamlit as st

from geo.catalog import BUILD_LEASE, HOLDER
from store import AtlasStore

POLL_SECONDS = 5.0
"""How often every open page asks the store for its data version (one cheap read)."""
PROBE_HOLDER = f"{HOLDER}:probe"
"""Who takes the build lease for an instant to see that it is free. Not :data:`HOLDER`:
releasing it must never release a build of this process."""


def needs_rerun(
    seen: int, now: int | None, *, waiting: bool = False, lease_free: bool = False
) -> bool:
    """Whether the page must be drawn again.

    Parameters
    ----------
    seen
        The data version the page was rendered with.
    now
        The store's data version now; None when it could not be read (the next poll asks
        again: a database hiccup must not break every page every few seconds).
    waiting
        The page shows saved incidents while another server builds (origin ``"waiting"``).
    lease_free
        Nobody holds the build lease now (only asked while waiting).
    """
    if now is None:
        return False
    return now != seen or (waiting and lease_free)


def current_version(store: AtlasStore) -> int | None:
    """The store's data version, or None when the database cannot be read just now."""
    try:
        return store.data_version()
    except Exception:  # the next full run reads it too, and shows the error
        return None


def build_lease_free(store: AtlasStore) -> bool:
    """Nobody builds: the build lease can be taken (it is given back at once)."""
    try:
        free = store.acquire_lease(BUILD_LEASE, PROBE_HOLDER, 1.0)
        if free:
            store.release_lease(BUILD_LEASE, PROBE_HOLDER)
    except Exception:  # as current_version: the next poll asks again
        return False
    return free


@st.fragment(run_every=POLL_SECONDS)
def watch(store: AtlasStore, seen: int, waiting: bool) -> None:
    """Poll the store every :data:`POLL_SECONDS` and rerun the app when its data moved.

    Call it once per run, from :func:`ui.frame.frame` (every page). Draws nothing.

    Parameters
    ----------
    store
        The store the page was rendered from.
    seen
        The data version it was rendered with (fragment reruns keep these arguments).
    waiting
        The catalog's origin was ``"waiting"``.
    """
    now = current_version(store)
    lease_free = waiting and now == seen and build_lease_free(store)
    if needs_rerun(seen, now, waiting=waiting, lease_free=lease_free):
        st.rerun()  # the whole app: the caches keyed by the new version load the new data
