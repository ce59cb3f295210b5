"""Who may write to a shared atlas: the mode, the editors, and the trusted proxy.

A deployed atlas is opened by anyone who has its URL. ``INCIDENT_ATLAS_MODE`` chooses:

- ``open``: anyone may add articles and correct incidents (a single analyst's machine);
- ``read-only``: nobody can write through the app;
- ``editors``: anyone may view; writing needs an identity on the editors' list.

The identity comes from a reverse proxy that authenticated the user (nginx or Caddy with basic
auth or ``auth_request``) and passes it in a header. A header is believed only when the
connection comes from one of the configured proxy addresses: a visitor who reaches the app
directly and sends the header himself is anonymous.

Or the editor signs in with OpenID Connect (Streamlit's ``st.login``): the identity is the
provider's verified e-mail address, else its subject (:func:`identity_from_user`), checked
against the same list.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

Mode = Literal["open", "read-only", "editors"]
MODES: tuple[Mode, ...] = ("open", "read-only", "editors")
DEFAULT_HEADER = "X-Forwarded-User"
LOCALHOST = "127.0.0.1"  # Streamlit reports a local peer as no address at all
_IDENTITY = re.compile(r"^[\w.@+\-]{1,100}$")


@dataclass(frozen=True)
class AccessPolicy:
    """The deployment's rules: mode, editors' identities, proxies whose header is believed."""

    mode: Mode = "open"
    editors: frozenset[str] = frozenset()
    proxies: frozenset[str] = frozenset({LOCALHOST})
    header: str = DEFAULT_HEADER
    two_person: bool = False
    """Corrections wait for a second editor's acceptance (:mod:`geo.review`)."""


def parse_mode(value: str | None) -> Mode:
    """``INCIDENT_ATLAS_MODE`` as written; empty means ``open``.

    Raises
    ------
    ValueError
        For anything but open, read-only or editors (so a typo never opens a shared atlas).
    """
    mode = (value or "open").strip().lower().replace("_", "-")
    if mode == "readonly":
        mode = "read-only"
    for known in MODES:
        if mode == known:
            return known
    raise ValueError(f"INCIDENT_ATLAS_MODE must be open, read-only or editors, not {value!r}")


def _names(value: str | None) -> frozenset[str]:
    return frozenset(n.strip() for n in (value or "").split(",") if n.strip())


def _normal(name: str) -> str:
    # An e-mail address (what an OIDC sign-in names) is matched in lower case, wherever it
    # comes from; any other login name exactly.
    return name.lower() if "@" in name else name


def _editors(value: str | None) -> frozenset[str]:
    return frozenset(_normal(n) for n in _names(value))


def parse_proxies(value: str | None) -> frozenset[str]:
    """Trusted proxy addresses, comma-separated; each must be an IP address.

    Raises
    ------
    ValueError
        Naming the entry that is no address.
    """
    out = set()
    for item in _names(value) or {LOCALHOST}:
        try:
            out.add(str(ipaddress.ip_address(item)))
        except ValueError:
            raise ValueError(
                f"INCIDENT_ATLAS_TRUSTED_PROXIES: {item!r} is not an IP address"
            ) from None
    return frozenset(out)


def parse_switch(value: str | None, name: str) -> bool:
    """An on/off setting: 1/true/yes/on or 0/false/no/off; empty is off.

    Raises
    ------
    ValueError
        For anything else (a typo never silently switches a safeguard off).
    """
    v = (value or "").strip().lower()
    if v in ("1", "true", "yes", "on"):
        return True
    if v in ("", "0", "false", "no", "off"):
        return False
    raise ValueError(f"{name} must be 1 or 0 (on or off), not {value!r}")


def load_policy(env: Mapping[str, str]) -> AccessPolicy:
    """The policy from the environment (``INCIDENT_ATLAS_MODE``, ``INCIDENT_ATLAS_EDITORS``,
    ``INCIDENT_ATLAS_TRUSTED_PROXIES``, ``INCIDENT_ATLAS_IDENTITY_HEADER``,
    ``INCIDENT_ATLAS_TWO_PERSON``).

    Raises
    ------
    ValueError
        For an unknown mode, a proxy that is no address, ``editors`` with no editor, or a
        two-person switch that is neither on nor off.
    """
    policy = AccessPolicy(
        mode=parse_mode(env.get("INCIDENT_ATLAS_MODE")),
        editors=_editors(env.get("INCIDENT_ATLAS_EDITORS")),
        proxies=parse_proxies(env.get("INCIDENT_ATLAS_TRUSTED_PROXIES")),
        header=(env.get("INCIDENT_ATLAS_IDENTITY_HEADER") or DEFAULT_HEADER).strip(),
        two_person=parse_switch(env.get("INCIDENT_ATLAS_TWO_PERSON"), "INCIDENT_ATLAS_TWO_PERSON"),
    )
    if policy.mode == "editors" and not policy.editors:
        raise ValueError("INCIDENT_ATLAS_MODE=editors needs INCIDENT_ATLAS_EDITORS (a list)")
    return policy


def identity_from(policy: AccessPolicy, headers: Mapping[str, str], peer: str | None) -> str | None:
    """The authenticated user, if a trusted proxy vouches for one.

    Parameters
    ----------
    policy
        The deployment's rules.
    headers
        The request's headers (any case).
    peer
        The TCP peer's address; None is a local connection.

    Returns
    -------
    str or None
        None for a direct visitor, whatever headers he sends, and for a malformed name.
    """
    try:
        address = str(ipaddress.ip_address(peer or LOCALHOST))
    except ValueError:
        return None
    if address not in policy.proxies:
        return None
    wanted = policy.header.lower()
    value = next((v for k, v in headers.items() if k.lower() == wanted), None)
    value = (value or "").strip()
    return _normal(value) if _IDENTITY.fullmatch(value) else None


def identity_from_user(user: Mapping[str, Any]) -> str | None:
    """The identity an OpenID Connect sign-in vouches for (Streamlit's ``st.user``).

    Parameters
    ----------
    user
        The signed-in user's claims (``st.user.to_dict()``): ``is_logged_in`` is set by
        Streamlit only from its signed identity cookie.

    Returns
    -------
    str or None
        The e-mail address, unless the provider says it is unverified; else the subject
        (``sub``); None when nobody signed in or neither is a well-formed name.
    """
    if user.get("is_logged_in") is not True:
        return None
    email = user.get("email")
    # An address the provider did not verify could be anyone's: never match it to an editor.
    if isinstance(email, str) and user.get("email_verified") is not False:
        email = email.strip()
        if _IDENTITY.fullmatch(email):
            return _normal(email)
    sub = user.get("sub")
    if isinstance(sub, str) and _IDENTITY.fullmatch(sub.strip()):
        return sub.strip()
    return None


def may_write(policy: AccessPolicy, identity: str | None) -> bool:
    """Whether this visitor may add articles and correct incidents."""
    if policy.mode == "open":
        return True
    if policy.mode == "read-only":
        return False
    return identity is not None and identity in policy.editors


def author(policy: AccessPolicy, identity: str | None, typed: str) -> str:
    """Whom a write records: the authenticated identity, else (open mode) the typed name."""
    if identity is not None:
        return identity
    if policy.mode != "open":
        raise PermissionError("Only an authenticated editor can write to this atlas.")
    return typed.strip() or "analyst"
