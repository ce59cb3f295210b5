"""The team deployment's files (``compose.yaml``, ``deploy/``) describe the topology the
README promises: PostgreSQL with a health check and a volume, at least two app replicas
on it in editors mode, and a proxy in front that keeps a browser on one replica and tells
the app who logged in — and nobody else. No Docker here: the files are parsed, and what
the app reads of them goes through the app's own parsers (``geo.access``, ``store.sql``).
``tests/browser/test_two_replicas_browser.py`` runs the two replicas themselves."""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from geo.access import load_policy
from store import URL_ENV
from store.sql import parse_url

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
PORT = 8501
HEALTH = "/_stcore/health"
SAMPLE_ENV = {"POSTGRES_PASSWORD": "s3cretHex", "ATLAS_EDITORS": "olena, taras"}
"""What an operator's .env holds (deploy/env.example names these)."""


# ---- reading the files ----------------------------------------------------------------


def compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))


def interpolate(value: str, env: Mapping[str, str]) -> str:
    """Compose's ``${VAR}``, ``${VAR:-default}`` and ``${VAR:?error}`` (the forms used)."""

    def one(m: re.Match[str]) -> str:
        name, op, arg = m.group(1), m.group(2), m.group(3) or ""
        if env.get(name):
            return env[name]
        if op == ":?":
            raise KeyError(f"{name}: {arg}")
        return arg if op == ":-" else ""

    return re.sub(r"\$\{(\w+)(?:(:[-?])([^}]*))?\}", one, value)


def app_services(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The services built from this repository's Dockerfile (the app replicas)."""
    return {name: s for name, s in spec["services"].items() if s.get("build") == "."}


def replica_count(apps: dict[str, dict[str, Any]]) -> int:
    return sum(int(s.get("deploy", {}).get("replicas", 1)) for s in apps.values())


def caddy_lines(text: str) -> list[list[str]]:
    """The Caddyfile as token lines, comments dropped (enough for these checks)."""
    lines = (re.sub(r"(^|\s)#.*", "", raw).strip() for raw in text.splitlines())
    return [line.split() for line in lines if line]


def caddy_block(lines: list[list[str]], directive: str) -> tuple[list[str], list[list[str]]]:
    """The arguments of the first ``directive`` and the lines of its block."""
    start = next(i for i, toks in enumerate(lines) if toks[0] == directive)
    args, body, depth = lines[start][1:], [], 1
    for toks in lines[start + 1 :]:
        depth += toks.count("{") - toks.count("}")
        if depth <= 0:
            break
        body.append(toks)
    return [a for a in args if a != "{"], body


def nginx_directives(text: str) -> list[list[str]]:
    """nginx statements (``;``-terminated, or block openers) as token lists; a quoted value
    keeps its ``;`` (a Content-Security-Policy)."""
    lexer = shlex.shlex(re.sub(r"#.*", "", text), posix=True, punctuation_chars=";{}")
    lexer.wordchars += "$=/.:*-~^@"
    out: list[list[str]] = [[]]
    for tok in lexer:
        if tok in (";", "{", "}") or set(tok) <= set(";{}"):
            out.append([])
        else:
            out[-1].append(tok)
    return [s for s in out if s]


# ---- compose.yaml ---------------------------------------------------------------------


def test_the_database_is_healthchecked_kept_in_a_volume_and_needs_a_password():
    spec = compose()
    db = spec["services"]["db"]
    assert db["image"].startswith("postgis/postgis:16")
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    volume, target = db["volumes"][0].split(":")[:2]
    assert volume in spec["volumes"] and target == "/var/lib/postgresql/data"
    assert db["environment"]["POSTGRES_PASSWORD"].startswith("${POSTGRES_PASSWORD:?")
    with pytest.raises(KeyError, match="POSTGRES_PASSWORD"):  # no default password, ever
        interpolate(db["environment"]["POSTGRES_PASSWORD"], {})


def test_two_app_replicas_share_the_database_in_editors_mode():
    spec = compose()
    apps = app_services(spec)
    assert replica_count(apps) >= 2
    db_env = spec["services"]["db"]["environment"]
    user, name = db_env["POSTGRES_USER"], db_env["POSTGRES_DB"]
    for service in apps.values():
        env = {k: interpolate(str(v), SAMPLE_ENV) for k, v in service["environment"].items()}
        url = parse_url(env[URL_ENV])  # the app's own parser: psycopg 3 on PostgreSQL
        assert (url.drivername, url.host, url.port) == ("postgresql+psycopg", "db", 5432)
        assert (url.username, url.database, url.password) == (user, name, "s3cretHex")
        policy = load_policy(env)  # what the app makes of the environment it is given
        assert policy.mode == "editors"
        assert policy.editors == frozenset({"olena", "taras"})
        assert service["depends_on"]["db"]["condition"] == "service_healthy"
        assert f"127.0.0.1:{PORT}{HEALTH}" in " ".join(service["healthcheck"]["test"])


def test_the_apps_believe_the_identity_header_only_from_the_proxy():
    spec = compose()
    proxy = spec["services"]["proxy"]
    address = proxy["networks"]["atlas"]["ipv4_address"]
    subnet = spec["networks"]["atlas"]["ipam"]["config"][0]["subnet"]
    assert address.rsplit(".", 1)[0] == subnet.split("/")[0].rsplit(".", 1)[0]
    for service in app_services(spec).values():
        env = {k: interpolate(str(v), SAMPLE_ENV) for k, v in service["environment"].items()}
        assert load_policy(env).proxies == frozenset({address})
        assert "atlas" in service["networks"]  # on the proxy's network, not the host's
        assert "ports" not in service  # reachable only through the proxy


def test_the_proxy_waits_for_every_replica_and_mounts_its_config():
    spec = compose()
    proxy = spec["services"]["proxy"]
    apps = app_services(spec)
    assert set(proxy["depends_on"]) == set(apps)
    assert all(d["condition"] == "service_healthy" for d in proxy["depends_on"].values())
    mounts = {m.split(":")[1]: m.split(":")[0] for m in proxy["volumes"]}
    assert mounts["/etc/caddy/Caddyfile"] == "./deploy/Caddyfile"
    for source in mounts.values():
        if source.startswith("./"):  # the operator's copy of each file has an example
            path = ROOT / source
            assert path.exists() or path.with_name(path.name + ".example").exists(), source


# ---- the proxies ------------------------------------------------------------------------


def test_caddy_balances_every_replica_stickily_and_sets_the_logged_in_user():
    apps = app_services(compose())
    lines = caddy_lines((DEPLOY / "Caddyfile").read_text(encoding="utf-8"))
    upstreams, body = caddy_block(lines, "reverse_proxy")
    assert set(upstreams) == {f"{name}:{PORT}" for name in apps}
    options = {toks[0]: toks[1:] for toks in body}
    assert options["lb_policy"] == ["cookie"]
    assert options["health_uri"] == [HEALTH]
    # A value without "+" SETS the header: a browser's own X-Forwarded-User is replaced.
    assert options["header_up"] == ["X-Forwarded-User", "{http.auth.user.id}"]
    users, auth = caddy_block(lines, "basic_auth")
    assert users == [] and auth == [["import", "users.caddy"]]  # every visitor logs in
    assert (DEPLOY / "users.caddy.example").exists()


def test_nginx_alternative_is_sticky_passes_websockets_and_sets_the_user():
    apps = app_services(compose())
    stmts = nginx_directives((DEPLOY / "nginx.conf").read_text(encoding="utf-8"))
    servers = {s[1] for s in stmts if s[0] == "server" and len(s) > 1}
    assert servers == {f"{name}:{PORT}" for name in apps}
    assert ["ip_hash"] in stmts or any(s[:2] == ["hash", "$cookie_"] for s in stmts)
    headers = {s[1]: s[2] for s in stmts if s[0] == "proxy_set_header"}
    assert headers["Upgrade"] == "$http_upgrade"
    assert headers["Connection"] == "$connection_upgrade"
    assert headers["X-Forwarded-User"] == "$remote_user"
    assert ["proxy_http_version", "1.1"] in stmts
    timeout = next(s[1] for s in stmts if s[0] == "proxy_read_timeout")
    assert timeout.endswith(("h", "d")), timeout  # not the 60 s default: a page stays open
    assert any(s[0] == "auth_basic" and s[1] != "off" for s in stmts)


# ---- the image and the secrets ------------------------------------------------------------


def test_the_image_listens_beyond_the_container_and_checks_its_health():
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    cmd = re.search(r"^CMD (\[.*\])$", dockerfile, re.M)
    assert cmd is not None
    args = yaml.safe_load(cmd.group(1))
    assert args[:3] == ["streamlit", "run", "app.py"]
    assert args[args.index("--server.address") + 1] == "0.0.0.0"
    assert args[args.index("--server.port") + 1] == str(PORT)
    assert re.search(rf"HEALTHCHECK[^\n]*\n[^\n]*127\.0\.0\.1:{PORT}{HEALTH}", dockerfile)


def test_secrets_stay_out_of_git_and_out_of_the_image():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    docker_ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".env", "deploy/users.caddy"} <= set(ignored)
    assert {".env", "deploy", "data/atlas.db"} <= set(docker_ignored)
    example = (DEPLOY / "env.example").read_text(encoding="utf-8")
    assert re.search(r"^POSTGRES_PASSWORD=$", example, re.M)  # the operator picks it


# ---- a shared URL's hardening (issue 14) ----------------------------------------------------


def caddy_headers() -> dict[str, str]:
    """The response headers the Caddyfile's ``header`` block sets (quoted values kept)."""
    raw = [
        re.sub(r"(^|\s)#.*", "", x).strip() for x in (DEPLOY / "Caddyfile").read_text().splitlines()
    ]
    start = next(i for i, line in enumerate(raw) if line == "header {")
    out = {}
    for line in raw[start + 1 :]:
        if line == "}":
            break
        toks = shlex.split(line)
        if len(toks) == 2:
            out[toks[0]] = toks[1]
    return out


def nginx_headers() -> dict[str, str]:
    stmts = nginx_directives((DEPLOY / "nginx.conf").read_text(encoding="utf-8"))
    return {s[1]: s[2] for s in stmts if s[0] == "add_header"}


def test_both_proxies_send_the_same_hardening_headers():
    caddy, nginx = caddy_headers(), nginx_headers()
    assert caddy == nginx
    csp = {d.split()[0]: d.split()[1:] for d in caddy["Content-Security-Policy"].split("; ")}
    # no other site frames the briefing map ('self': the map component is the app's own frame)
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'self'"]
    assert all("*" not in s or "tile.openstreetmap.org" in s for v in csp.values() for s in v)
    assert caddy["X-Frame-Options"] == "SAMEORIGIN"
    assert caddy["X-Content-Type-Options"] == "nosniff"
    assert caddy["Referrer-Policy"] == "no-referrer"


def test_streamlits_metrics_are_not_public_behind_either_proxy():
    lines = caddy_lines((DEPLOY / "Caddyfile").read_text(encoding="utf-8"))
    assert ["respond", "/_stcore/metrics", "404"] in lines
    text = re.sub(r"#.*", "", (DEPLOY / "nginx.conf").read_text(encoding="utf-8"))
    assert re.search(r"location\s*=\s*/_stcore/metrics\s*\{\s*return\s+404;", text)


def test_visitors_never_see_a_traceback():
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^ENV STREAMLIT_CLIENT_SHOW_ERROR_DETAILS=none$", dockerfile, re.M)
    for app in app_services(compose()).values():
        assert app["environment"]["STREAMLIT_CLIENT_SHOW_ERROR_DETAILS"] == "none"
