"""Who is asking, and may they write: the request's side of ``geo.access``.

Every page and every write callback asks here, so a crafted request to a write page, or a
replayed button click, meets the same check as the navigation.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import streamlit as st

from geo.access import AccessPolicy, author, identity_from, load_policy, may_write

ENV_KEYS = (
    "INCIDENT_ATLAS_MODE",
    "INCIDENT_ATLAS_EDITORS",
    "INCIDENT_ATLAS_TRUSTED_PROXIES",
    "INCIDENT_ATLAS_IDENTITY_HEADER",
)


@st.cache_resource(max_entries=4)
def _policy(settings: tuple[tuple[str, str], ...]) -> AccessPolicy:
    return load_policy(dict(settings))


def policy() -> AccessPolicy:
    """The deployment's policy; a misconfiguration stops the app with the reason."""
    settings = tuple((k, os.environ.get(k, "")) for k in ENV_KEYS)
    try:
        return _policy(settings)
    except ValueError as exc:
        st.error(f"The atlas is misconfigured: {exc}")
        st.stop()
        raise  # st.stop raises; this keeps type checkers sure


def request_headers() -> Mapping[str, str]:
    return dict(st.context.headers)


def request_peer() -> str | None:
    return st.context.ip_address


def identity() -> str | None:
    """The editor a trusted proxy vouches for, else None."""
    return identity_from(policy(), request_headers(), request_peer())


def can_write() -> bool:
    """May this visitor add articles and correct incidents?"""
    return may_write(policy(), identity())


def writer(typed: str) -> str:
    """Whom a write records; raises PermissionError for a visitor who may not write."""
    if not can_write():
        raise PermissionError("This atlas is read-only for you: nothing was saved.")
    return author(policy(), identity(), typed)


def read_only_notice() -> None:
    """Say why the write controls are absent."""
    mode = policy().mode
    if mode == "read-only":
        st.info("This atlas is read-only: adding articles and corrections is switched off.")
    else:
        st.info("Only signed-in editors can add articles or correct incidents here.")
