"""Viewers and editors (issue 14): the policy, the identity a trusted proxy vouches for, and
every write page under each mode (AppTest, against a temporary data dir)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import streamlit.testing.v1.app_test as app_test_module

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import make_data_dir  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402
from test_pages import APP, _NavigationPagesManager, make_app, no_errors  # noqa: E402

from geo.access import (  # noqa: E402
    AccessPolicy,
    author,
    identity_from,
    identity_from_user,
    load_policy,
    may_write,
    parse_mode,
    parse_proxies,
)
from store.migrate import open_seeded  # noqa: E402

INCIDENTS = "pages/incidents.py"
ADD = "pages/add_article.py"


@pytest.mark.parametrize(
    ("value", "mode"),
    [(None, "open"), ("", "open"), ("open", "open"), ("READ-ONLY", "read-only"),
     ("read_only", "read-only"), ("readonly", "read-only"), (" editors ", "editors")],
)  # fmt: skip
def test_modes_as_written(value: str | None, mode: str) -> None:
    assert parse_mode(value) == mode


@pytest.mark.parametrize("value", ["opne", "admin", "viewer", "read only please"])
def test_a_mistyped_mode_is_refused_not_opened(value: str) -> None:
    with pytest.raises(ValueError, match="open, read-only or editors"):
        parse_mode(value)


def test_editors_mode_needs_editors_and_proxies_need_addresses() -> None:
    with pytest.raises(ValueError, match="INCIDENT_ATLAS_EDITORS"):
        load_policy({"INCIDENT_ATLAS_MODE": "editors"})
    with pytest.raises(ValueError, match="'proxy.local' is not an IP address"):
        parse_proxies("10.0.0.2, proxy.local")
    policy = load_policy({"INCIDENT_ATLAS_MODE": "editors", "INCIDENT_ATLAS_EDITORS": "olena, ivan",
                          "INCIDENT_ATLAS_TRUSTED_PROXIES": "10.0.0.2"})  # fmt: skip
    assert policy.editors == {"olena", "ivan"} and policy.proxies == {"10.0.0.2"}


EDITORS = AccessPolicy(
    mode="editors", editors=frozenset({"olena"}), proxies=frozenset({"10.0.0.2"})
)


@pytest.mark.parametrize(
    ("headers", "peer", "who"),
    [
        ({"X-Forwarded-User": "olena"}, "10.0.0.2", "olena"),  # the proxy vouches
        ({"x-forwarded-user": "olena"}, "10.0.0.2", "olena"),  # header names have no case
        ({"X-Forwarded-User": "olena"}, "203.0.113.9", None),  # sent by a visitor: spoofed
        ({"X-Forwarded-User": "olena"}, None, None),  # local peer, but no local proxy trusted
        ({}, "10.0.0.2", None),
        ({"X-Forwarded-User": "<b>boss</b>"}, "10.0.0.2", None),  # no name, markup
        ({"X-Forwarded-User": "olena"}, "not an address", None),
    ],
)
def test_only_a_trusted_proxy_names_the_user(
    headers: dict, peer: str | None, who: str | None
) -> None:
    assert identity_from(EDITORS, headers, peer) == who


@pytest.mark.parametrize(
    ("mode", "identity", "ok"),
    [("open", None, True), ("read-only", None, False), ("read-only", "olena", False),
     ("editors", None, False), ("editors", "ivan", False), ("editors", "olena", True)],
)  # fmt: skip
def test_who_may_write(mode: str, identity: str | None, ok: bool) -> None:
    policy = AccessPolicy(mode=mode, editors=frozenset({"olena"}))  # type: ignore[arg-type]
    assert may_write(policy, identity) is ok


def test_a_write_records_the_identity_not_a_typed_name() -> None:
    assert author(EDITORS, "olena", "@SUM(1)<b>boss</b>") == "olena"
    assert author(AccessPolicy(), None, "  Ivan  ") == "Ivan"
    with pytest.raises(PermissionError):
        author(EDITORS, None, "olena")


# ---- the pages under each mode --------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    data = make_data_dir(tmp_path)
    monkeypatch.setenv("INCIDENT_ATLAS_DATA_DIR", str(data))
    monkeypatch.setattr(app_test_module, "PagesManager", _NavigationPagesManager)
    return data


def as_visitor(monkeypatch, headers: dict[str, str], peer: str | None) -> None:
    """AppTest has no HTTP request: the request's headers and peer come from this seam."""
    import ui.access

    monkeypatch.setattr(ui.access, "request_headers", lambda: headers)
    monkeypatch.setattr(ui.access, "request_peer", lambda: peer)


@pytest.mark.parametrize(
    ("secrets", "env", "read_only"),
    [
        ({"INCIDENT_ATLAS_MODE": "read-only"}, None, True),  # the config file's key
        ({"INCIDENT_ATLAS_MODE": "read-only"}, "open", False),  # the environment wins
        ({}, None, False),  # neither: open
    ],
)
def test_the_mode_may_be_set_in_the_config_file(data_dir, monkeypatch, secrets, env, read_only):
    monkeypatch.delenv("INCIDENT_ATLAS_MODE", raising=False)
    if env is not None:
        monkeypatch.setenv("INCIDENT_ATLAS_MODE", env)
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in secrets.items():
        at.secrets[key] = value
    at.run()
    at.switch_page(INCIDENTS)
    at.run()
    no_errors(at)
    assert bool([b for b in at.button if b.key == "corr_save"]) is not read_only
    assert any("read-only" in i.value for i in at.info) is read_only


def test_read_only_hides_every_write_control(data_dir, monkeypatch):
    monkeypatch.setenv("INCIDENT_ATLAS_MODE", "read-only")
    at = make_app(page=INCIDENTS)
    no_errors(at)
    assert not [b for b in at.button if b.key == "corr_save"]
    assert any("read-only" in i.value for i in at.info)
    with pytest.raises(ValueError, match="Could not find a navigation page"):  # not registered
        at.switch_page(ADD).run()


def test_editors_mode_anonymous_visitor_cannot_write(data_dir, monkeypatch):
    monkeypatch.setenv("INCIDENT_ATLAS_MODE", "editors")
    monkeypatch.setenv("INCIDENT_ATLAS_EDITORS", "olena")
    monkeypatch.setenv("INCIDENT_ATLAS_TRUSTED_PROXIES", "10.0.0.2")
    as_visitor(monkeypatch, {"X-Forwarded-User": "olena"}, "203.0.113.9")  # spoofed header
    at = make_app(page=INCIDENTS)
    no_errors(at)
    assert not [b for b in at.button if b.key == "corr_save"]
    assert any("editors" in i.value for i in at.info)


def test_an_editor_writes_under_her_own_name(data_dir, monkeypatch):
    monkeypatch.setenv("INCIDENT_ATLAS_MODE", "editors")
    monkeypatch.setenv("INCIDENT_ATLAS_EDITORS", "olena")
    monkeypatch.setenv("INCIDENT_ATLAS_TRUSTED_PROXIES", "10.0.0.2")
    as_visitor(monkeypatch, {"X-Forwarded-User": "olena"}, "10.0.0.2")
    at = make_app(page=INCIDENTS)
    no_errors(at)
    assert not [t for t in at.text_input if t.key == "corr_who"]  # no typed name to fake
    at.selectbox(key="corr_action").set_value("Not an incident").run()
    at.text_input(key="corr_reason").set_value("A forecast, not an attack")
    at.button(key="corr_save").click().run()
    no_errors(at)
    log = stored_log(data_dir)
    assert log and all(c.who == "olena" for c in log)


def test_open_mode_keeps_todays_behaviour(data_dir, monkeypatch):
    monkeypatch.delenv("INCIDENT_ATLAS_MODE", raising=False)
    at = make_app(page=ADD)
    no_errors(at)
    assert [b for b in at.button if b.key == "add_save"] or at.text_area(key="add_text")


# ---- restore and audit ----------------------------------------------------------------------


def _dismiss(data_dir, who: str = "ivan") -> str:
    from geo.catalog import load_catalog
    from geo.corrections import make_correction

    store, _report = open_seeded(data_dir)  # the app's store: the log is read from it
    try:
        iid = str(load_catalog(store).incidents["id"].iloc[0])
        store.append_corrections(
            [make_correction(iid, "not_incident", reason="A forecast", who=who)]
        )
    finally:
        store.close()
    return iid


def stored_log(data_dir):
    store, _report = open_seeded(data_dir)
    try:
        return store.corrections()
    finally:
        store.close()


def test_restore_undoes_a_dismissal_through_the_log(data_dir, monkeypatch):
    monkeypatch.delenv("INCIDENT_ATLAS_MODE", raising=False)
    iid = _dismiss(data_dir)
    at = make_app(page=INCIDENTS)
    no_errors(at)
    assert iid not in list(at.dataframe[0].value["id"].astype(str))
    at.selectbox(key="restore_incident").set_value(iid)
    at.text_input(key="restore_reason").set_value("It did happen: the governor confirmed it")
    at.button(key="restore_save").click().run()
    no_errors(at)
    assert iid in list(at.dataframe[0].value["id"].astype(str))
    log = stored_log(data_dir)
    assert [(c.incident_id, c.action) for c in log] == [(iid, "not_incident"), (iid, "restore")]


def test_the_audit_log_shows_who_did_what_filtered_by_person(data_dir, monkeypatch):
    monkeypatch.setenv("INCIDENT_ATLAS_MODE", "read-only")
    _dismiss(data_dir, who="ivan")
    at = make_app(page=INCIDENTS)
    no_errors(at)
    assert not [b for b in at.button if b.key == "restore_save"]  # read-only: no restore
    audit = next(d for d in at.dataframe if "reason" in d.value.columns)
    assert list(audit.value["who"]) == ["ivan"] and list(audit.value["action"]) == ["not_incident"]
    at.selectbox(key="audit_who").set_value("ivan").run()
    assert at.selectbox(key="audit_who").options == ["Everyone", "ivan"]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("\u202egpj.exe", "gpj.exe"),
        ("Ivan\u2066 \u2069Petrenko", "Ivan Petrenko"),
        ("Olena", "Olena"),
    ],
)
def test_bidi_controls_never_reach_the_log_or_the_articles(typed: str, stored: str) -> None:
    from geo.corrections import make_correction
    from geo.intake import parse_submission

    c = make_correction("i1", "set", field="actor", new_value=typed, reason=typed, who=typed)
    assert (c.who, c.reason, c.new_value) == (stored, stored, stored)
    sub = parse_submission(text="A missile hit Kharkiv on Monday.", title=typed, outlet=typed)
    assert (sub.title, sub.outlet) == (stored, stored)


# ---- OIDC sign-in (st.login) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("user", "who"),
    [
        ({"is_logged_in": True, "email": "Olena@Example.org", "sub": "u1"}, "olena@example.org"),
        (
            {"is_logged_in": True, "email": "olena@example.org", "email_verified": True},
            "olena@example.org",
        ),
        (
            {
                "is_logged_in": True,
                "email": "olena@example.org",
                "email_verified": False,
                "sub": "u1",
            },
            "u1",
        ),
        ({"is_logged_in": True, "sub": "248289761001"}, "248289761001"),  # no e-mail: the subject
        ({"is_logged_in": True, "email": "<b>x</b>@example.org", "sub": "u1"}, "u1"),
        ({"is_logged_in": True, "email": "<b>x</b>"}, None),
        ({"is_logged_in": False, "email": "olena@example.org"}, None),  # signed out
        ({"email": "test@example.com"}, None),  # AppTest's default user: no sign-in
        ({"is_logged_in": "true", "email": "olena@example.org"}, None),  # only Streamlit's True
        ({}, None),
    ],
)
def test_the_identity_an_oidc_sign_in_vouches_for(user: dict, who: str | None) -> None:
    assert identity_from_user(user) == who


def test_email_editors_match_in_lower_case_from_either_side() -> None:
    policy = load_policy({"INCIDENT_ATLAS_MODE": "editors",
                          "INCIDENT_ATLAS_EDITORS": "Olena@Example.org, Ivan"})  # fmt: skip
    assert policy.editors == {"olena@example.org", "Ivan"}
    assert may_write(
        policy, identity_from_user({"is_logged_in": True, "email": "OLENA@example.org"})
    )
    assert may_write(policy, identity_from(policy, {"X-Forwarded-User": "olena@EXAMPLE.org"}, None))
    assert not may_write(policy, identity_from(policy, {"X-Forwarded-User": "ivan"}, None))


def signed_in_app(user: dict, page: str = INCIDENTS) -> AppTest:
    """The app with ``st.user`` set as Streamlit sets it from its identity cookie."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.user = user
    at.run()
    at.switch_page(page).run()
    return at


@pytest.fixture
def oidc(data_dir, monkeypatch):
    """Editors mode with an [auth] section (AppTest's secrets do not reach st.login's check,
    so the seam says it is configured) and no proxy in front."""
    import ui.access

    monkeypatch.setenv("INCIDENT_ATLAS_MODE", "editors")
    monkeypatch.setenv("INCIDENT_ATLAS_EDITORS", "olena@example.org")
    monkeypatch.setenv("INCIDENT_ATLAS_TRUSTED_PROXIES", "10.0.0.2")
    monkeypatch.setattr(ui.access, "oidc_configured", lambda: True)
    as_visitor(monkeypatch, {}, "203.0.113.9")
    return data_dir


def test_an_anonymous_visitor_is_offered_the_sign_in(oidc):
    at = signed_in_app({"is_logged_in": False})
    no_errors(at)
    assert [b for b in at.button if b.key == "oidc_sign_in"]
    assert not [b for b in at.button if b.key == "corr_save"]


def test_an_editor_signed_in_with_oidc_writes_under_her_address(oidc):
    at = signed_in_app({"is_logged_in": True, "email": "olena@example.org", "sub": "u1"})
    no_errors(at)
    assert not [b for b in at.button if b.key == "oidc_sign_in"]
    assert [b for b in at.button if b.key == "oidc_sign_out"]
    assert any("Signed in as olena@example.org" in c.value.replace("\\", "") for c in at.caption)
    at.text_input(key="corr_reason").set_value("Checked")
    at.button(key="corr_save").click().run()
    no_errors(at)
    assert [c.who for c in stored_log(oidc)] == ["olena@example.org"]


def test_a_signed_in_outsider_may_only_view(oidc):
    at = signed_in_app({"is_logged_in": True, "email": "ivan@example.org"})
    no_errors(at)
    assert not [b for b in at.button if b.key == "corr_save"]
    assert any("list of editors" in i.value for i in at.info)
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(ADD).run()


def test_no_auth_section_means_no_oidc_identity(data_dir, monkeypatch):
    monkeypatch.setenv("INCIDENT_ATLAS_MODE", "editors")
    monkeypatch.setenv("INCIDENT_ATLAS_EDITORS", "olena@example.org")
    as_visitor(monkeypatch, {}, "203.0.113.9")
    at = signed_in_app({"is_logged_in": True, "email": "olena@example.org"})
    no_errors(at)
    assert not [b for b in at.button if b.key in ("corr_save", "oidc_sign_in")]


def test_the_proxy_header_still_wins_over_a_sign_in(oidc, monkeypatch):
    as_visitor(monkeypatch, {"X-Forwarded-User": "olena@example.org"}, "10.0.0.2")
    at = signed_in_app({"is_logged_in": True, "email": "ivan@example.org"})
    no_errors(at)
    assert any("Saved as olena@example.org" in c.value.replace("\\", "") for c in at.caption)
