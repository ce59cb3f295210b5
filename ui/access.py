"""Who is asking, and may they write: the request's side of ``geo.access``.

Every page and every write callback asks here, so a crafted request to a write page, or a
replayed button click, meets the same check as the navigation.

Two ways to be an editor: a trusted proxy's header (:func:`geo.access.identity_from`), or an
OpenID Connect sign-in through ``st.login`` when ``.streamlit/secrets.toml`` has an
``[auth]`` section (:func:`geo.access.identity_from_user`). The proxy's word comes first.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from geo.access import (
    AccessPolicy,
    author,
    identity_from,
    identity_from_user,
    load_policy,
    may_write,
)
from geo.catalog import md_escape

ENV_KEYS = (
    "INCIDENT_ATLAS_MODE",
    "INCIDENT_ATLAS_EDITORS",
    "INCIDENT_ATLAS_TRUSTED_PROXIES",
    "INCIDENT_ATLAS_IDENTITY_HEADER",
    "INCIDENT_ATLAS_TWO_PERSON",
)


@st.cache_resource(max_entries=4)
def _policy(settings: tuple[tuple[str, str], ...]) -> AccessPolicy:
    return load_policy(dict(settings))


def _setting(key: str) -> str:
    """A setting from the environment, else the same key in ``.streamlit/secrets.toml``
    (so a deployment's mode can live in its config file, beside its OIDC settings)."""
    if (value := os.environ.get(key)) is not None:
        return value
    try:
        found = st.secrets.get(key)
    except (FileNotFoundError, StreamlitSecretNotFoundError):
        return ""  # no secrets file: nothing configured there
    if found is None:
        return ""
    # (a list of editors may be written as a TOML array)
    return ",".join(map(str, found)) if isinstance(found, list | tuple) else str(found)


def policy() -> AccessPolicy:
    """The deployment's policy; a misconfiguration stops the app with the reason."""
    settings = tuple((k, _setting(k)) for k in ENV_KEYS)
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


def oidc_configured() -> bool:
    """Whether ``st.login`` can sign anyone in: secrets with an ``[auth]`` section, and no
    ``server.trustedUserHeaders`` (Streamlit lays such headers over the signed cookie's
    claims in ``st.user``: a visitor could send his own ``email``)."""
    if st.get_option("server.trustedUserHeaders"):
        return False
    try:
        return "auth" in st.secrets
    except FileNotFoundError:  # no secrets file at all
        return False


def signed_in_user() -> Mapping[str, Any]:
    """The claims of the OIDC sign-in (``st.user``); empty when nobody signed in."""
    return st.user.to_dict()


def oidc_identity() -> str | None:
    """The identity an OIDC sign-in vouches for, else None."""
    return identity_from_user(signed_in_user()) if oidc_configured() else None


def identity() -> str | None:
    """The editor a trusted proxy vouches for, else the one signed in with OIDC, else None."""
    return identity_from(policy(), request_headers(), request_peer()) or oidc_identity()


def can_write() -> bool:
    """May this visitor add articles and correct incidents?"""
    return may_write(policy(), identity())


def writer(typed: str) -> str:
    """Whom a write records; raises PermissionError for a visitor who may not write."""
    if not can_write():
        raise PermissionError("This atlas is read-only for you: nothing was saved.")
    return author(policy(), identity(), typed)


def read_only_notice() -> None:
    """Say why the write controls are absent (and offer the sign-in where there is one)."""
    mode = policy().mode
    if mode == "read-only":
        st.info("This atlas is read-only: adding articles and corrections is switched off.")
        return
    who = identity()
    if who is not None:
        st.info(
            md_escape(
                f"Signed in as {who}, who is not on this atlas's list of editors: "
                "you may view, not write."
            )
        )
    else:
        st.info("Only signed-in editors can add articles or correct incidents here.")
    sign_in_controls()


def sign_in_controls() -> None:
    """ "Sign in to edit", or "Signed in as X — sign out" for an OIDC sign-in (the proxy's
    sign-in is the proxy's business: nothing to offer)."""
    if not oidc_configured() or policy().mode != "editors":
        return
    who = oidc_identity()
    if who is None:
        if st.button("Sign in to edit", key="oidc_sign_in"):
            st.login()
        return
    c1, c2 = st.columns([4, 1], vertical_alignment="center")
    c1.caption(md_escape(f"Signed in as {who} —"))
    if c2.button("Sign out", key="oidc_sign_out"):
        st.logout()
