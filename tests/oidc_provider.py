"""A tiny OpenID Connect provider for tests: discovery, JWKS, an authorize endpoint that
approves a fixed test user at once, a token endpoint that signs an RS256 ID token, and
userinfo. Plain ``http.server`` on a free localhost port, in a thread.

Enough of the protocol for Streamlit's ``st.login`` (Authlib's client): the authorization
code flow with a client secret (``client_secret_basic`` or ``_post``), PKCE (S256), state
and nonce. Codes are single use. Nothing here is fit for anything but a test.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import RSAKey

CLIENT_ID = "incident-atlas-test"
CLIENT_SECRET = "test-secret-" + "x" * 20


@dataclass
class FakeProvider:
    """The provider's state: its key, the user it approves, the codes it issued."""

    user: dict[str, Any] = field(
        default_factory=lambda: {
            "sub": "u-olena",
            "email": "olena@example.org",
            "email_verified": True,
            "name": "Olena",
        }
    )
    key: RSAKey = field(default_factory=lambda: RSAKey.generate_key(2048, private=True))
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    issuer: str = ""
    tokens_issued: int = 0

    def metadata(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "userinfo_endpoint": f"{self.issuer}/userinfo",
            "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "scopes_supported": ["openid", "email", "profile"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "code_challenge_methods_supported": ["S256"],
        }

    def jwks(self) -> dict[str, Any]:
        public = self.key.as_dict(private=False)
        return {"keys": [{**public, "kid": "test", "use": "sig", "alg": "RS256"}]}

    def id_token(self, nonce: str | None) -> str:
        now = int(time.time())
        claims = {
            **self.user,
            "iss": self.issuer,
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 600,
            **({"nonce": nonce} if nonce else {}),
        }
        return jwt.encode({"alg": "RS256", "kid": "test"}, claims, self.key)


def _pkce_ok(grant: dict[str, Any], verifier: str | None) -> bool:
    challenge = grant.get("code_challenge")
    if not challenge:
        return True
    if not verifier:
        return False
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode() == challenge


def _handler(provider: FakeProvider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # quiet test output
            pass

        def _json(self, body: dict[str, Any], status: int = 200) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path == "/.well-known/openid-configuration":
                self._json(provider.metadata())
            elif url.path == "/jwks":
                self._json(provider.jwks())
            elif url.path == "/authorize":
                self._authorize(query)
            elif url.path == "/userinfo":
                self._json(provider.user)
            else:
                self._json({"error": "not_found"}, 404)

        def _authorize(self, query: dict[str, str]) -> None:
            if query.get("client_id") != CLIENT_ID or query.get("response_type") != "code":
                self._json({"error": "unauthorized_client"}, 400)
                return
            code = secrets.token_urlsafe(16)
            provider.codes[code] = {
                "nonce": query.get("nonce"),
                "redirect_uri": query.get("redirect_uri"),
                "code_challenge": query.get("code_challenge"),
            }
            back = {"code": code, **({"state": query["state"]} if "state" in query else {})}
            self.send_response(302)
            self.send_header("Location", f"{query.get('redirect_uri')}?{urlencode(back)}")
            self.end_headers()

        def do_POST(self) -> None:
            if urlsplit(self.path).path != "/token":
                self._json({"error": "not_found"}, 404)
                return
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            client_id, secret = form.get("client_id"), form.get("client_secret")
            auth = self.headers.get("Authorization") or ""
            if auth.startswith("Basic "):
                client_id, _, secret = base64.b64decode(auth[6:]).decode().partition(":")
            if (client_id, secret) != (CLIENT_ID, CLIENT_SECRET):
                self._json({"error": "invalid_client"}, 401)
                return
            grant = provider.codes.pop(form.get("code") or "", None)
            if (
                form.get("grant_type") != "authorization_code"
                or grant is None
                or grant["redirect_uri"] != form.get("redirect_uri")
                or not _pkce_ok(grant, form.get("code_verifier"))
            ):
                self._json({"error": "invalid_grant"}, 400)
                return
            provider.tokens_issued += 1
            self._json(
                {
                    "access_token": secrets.token_urlsafe(16),
                    "token_type": "Bearer",
                    "expires_in": 600,
                    "scope": "openid email profile",
                    "id_token": provider.id_token(grant["nonce"]),
                }
            )

    return Handler


@contextlib.contextmanager
def run_provider() -> Iterator[FakeProvider]:
    """The provider, serving on ``provider.issuer`` (``http://127.0.0.1:<free port>``)."""
    provider = FakeProvider()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(provider))
    provider.issuer = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        server.shutdown()
        server.server_close()


def secrets_toml(provider: FakeProvider) -> str:
    """A ``secrets.toml`` whose ``[auth]`` section signs in through ``provider``; the app's
    port is left to Streamlit (``{port}``)."""
    return "\n".join(
        [
            "[auth]",
            'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"',
            f'cookie_secret = "{secrets.token_hex(24)}"',
            f'client_id = "{CLIENT_ID}"',
            f'client_secret = "{CLIENT_SECRET}"',
            f'server_metadata_url = "{provider.issuer}/.well-known/openid-configuration"',
            "",
        ]
    )
