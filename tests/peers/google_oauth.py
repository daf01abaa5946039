"""A local OAuth 2.0 provider that speaks Google's protocol over loopback, for tests.

    with GoogleOAuthPeer(account="agent@gmail.example") as google:
        google.client_secrets_json()    # a "Desktop app" client_secret.json pointing here
        google.userinfo_url             # for STRINGEEX_GOOGLE_USERINFO_URL

Endpoints (plain http on 127.0.0.1, a free port):
- GET  /o/oauth2/auth      the consent page: a real HTML form with Allow and Deny buttons.
  Requires response_type=code, a loopback redirect_uri, the known client_id, and PKCE
  (code_challenge with code_challenge_method=S256); otherwise an error page (no redirect).
  With `refuse_embedded` set, a user agent containing that text (e.g. "QtWebEngine") is
  sent to Google's refusal page instead: /signin/rejected?error=disallowed_useragent,
  "This browser or app may not be secure." (as Google does for embedded browsers).
- POST /o/oauth2/approve   the form's target: 302 to redirect_uri?code=..&state=..&scope=..,
  or ?error=access_denied&state=.. for Deny.
- POST /token              grant_type=authorization_code (code, redirect_uri, code_verifier
  checked against the S256 challenge; client by HTTP Basic or form fields) or
  grant_type=refresh_token. Answers like Google: access_token, expires_in, token_type,
  refresh_token (first grant only), scope with the long userinfo.email name, id_token.
  Errors: 400 {"error": "invalid_grant", "error_description": ...} (a used or unknown code,
  a failed PKCE check, a revoked refresh token), 401 {"error": "invalid_client"}.
- POST /revoke             token=<refresh or access token>: revokes the whole grant.
- GET  /userinfo           Bearer access token -> {"sub", "email", "email_verified": true}.
- POST /introspect         token=<access token> (form), the RFC 7662 shape that Dovecot's
  oauth2 passdb reads with `introspection_mode = post`:
  {"active": true, "email": ..., "username": ..., "scope": ..., "client_id": ..., "exp": ...}
  for a live token, {"active": false} otherwise. Dovecot settings that fit:
  `introspection_url = http://127.0.0.1:PORT/introspect`, `introspection_mode = post`,
  `username_attribute = email`, `active_attribute = active`, `active_value = true`.

Knobs: `account` (who signs in at the next Allow), `expires_in` (seconds of each access
token), `refuse_embedded`, `revoke_all(email)`; counters `pkce_failures`, `refreshes`,
`refused_refreshes`; `valid(token, email)` for servers checking XOAUTH2.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

HOST = "127.0.0.1"
SCOPE_ANSWER = "https://mail.google.com/ openid https://www.googleapis.com/auth/userinfo.email"
REFUSAL_TEXT = "This browser or app may not be secure."


@dataclass
class _Grant:
    email: str
    refresh_token: str
    revoked: bool = False
    access_tokens: dict[str, float] = field(default_factory=dict)  # token -> expires at


@dataclass
class _Pending:
    client_id: str
    redirect_uri: str
    state: str
    challenge: str
    scope: str


class GoogleOAuthPeer:
    def __init__(self, *, account: str = "agent@gmail.example", client_id: str | None = None,
                 client_secret: str | None = None, expires_in: int = 3600,
                 refuse_embedded: str | None = None):
        self.account = account
        self.client_id = client_id or "123-test.apps.googleusercontent.com"
        self.client_secret = client_secret or "GOCSPX-" + secrets.token_urlsafe(18)
        self.expires_in = expires_in
        self.refuse_embedded = refuse_embedded
        self.pkce_failures = 0
        self.exchange_gate: threading.Event | None = None  # when set: codes wait for it
        self.refreshes = 0
        self.refused_refreshes = 0
        self.host = HOST
        self.port = 0
        self._lock = threading.Lock()
        self._pending: dict[str, _Pending] = {}
        self._codes: dict[str, tuple[_Pending, str]] = {}  # code -> (request, email)
        self._grants: dict[str, _Grant] = {}  # refresh token -> grant
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> GoogleOAuthPeer:
        owner = self

        class Handler(_Handler):
            peer = owner

        self._server = ThreadingHTTPServer((HOST, 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> GoogleOAuthPeer:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    # -- what tests use ------------------------------------------------------------------

    @property
    def base(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def userinfo_url(self) -> str:
        return f"{self.base}/userinfo"

    @property
    def introspection_url(self) -> str:
        return f"{self.base}/introspect"

    def client_secrets_json(self) -> str:
        return json.dumps({"installed": {
            "client_id": self.client_id, "project_id": "stringeex-test",
            "auth_uri": f"{self.base}/o/oauth2/auth", "token_uri": f"{self.base}/token",
            "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "client_secret": self.client_secret, "redirect_uris": ["http://localhost"]}})

    def valid(self, token: str, email: str | None = None) -> bool:
        """An access token that is live (for an SMTP/IMAP peer checking XOAUTH2)."""
        found = self._owner_of(token)
        return found is not None and (email is None or found.lower() == email.lower())

    def revoke_all(self, email: str) -> None:
        with self._lock:
            for grant in self._grants.values():
                if grant.email == email:
                    grant.revoked = True

    def live_access_tokens(self, email: str) -> list[str]:
        now = time.time()
        with self._lock:
            return [t for g in self._grants.values() if g.email == email and not g.revoked
                    for t, exp in g.access_tokens.items() if exp > now]

    # -- protocol ------------------------------------------------------------------------

    def _owner_of(self, access_token: str) -> str | None:
        now = time.time()
        with self._lock:
            for grant in self._grants.values():
                expires = grant.access_tokens.get(access_token)
                if expires is not None and expires > now and not grant.revoked:
                    return grant.email
        return None

    def _issue(self, grant: _Grant) -> dict:
        token = "ya29." + secrets.token_urlsafe(24)
        grant.access_tokens[token] = time.time() + self.expires_in
        return {"access_token": token, "expires_in": self.expires_in, "token_type": "Bearer",
                "scope": SCOPE_ANSWER, "id_token": _fake_id_token(grant.email, self.client_id)}

    def authorize(self, query: dict[str, str], user_agent: str) -> tuple[int, dict, str]:
        if self.refuse_embedded and self.refuse_embedded in user_agent:
            return 302, {"Location": f"{self.base}/signin/rejected?"
                                     "error=disallowed_useragent"}, ""
        problem = None
        redirect = query.get("redirect_uri", "")
        if query.get("client_id") != self.client_id:
            problem = "invalid_client: The OAuth client was not found."
        elif urlsplit(redirect).hostname not in ("127.0.0.1", "localhost", "::1"):
            problem = "redirect_uri_mismatch"
        elif query.get("response_type") != "code":
            problem = "unsupported_response_type"
        elif query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            problem = "invalid_request: PKCE with S256 is required"
        if problem:
            return 400, {}, _page("Error 400", f"<p>{html.escape(problem)}</p>")
        request_id = secrets.token_urlsafe(12)
        with self._lock:
            self._pending[request_id] = _Pending(self.client_id, redirect,
                                                 query.get("state", ""),
                                                 query["code_challenge"],
                                                 query.get("scope", ""))
        form = (f"<form method=post action=\"/o/oauth2/approve\">"
                f"<input type=hidden name=request value=\"{request_id}\">"
                f"<p>StringeeX Desktop wants to access your Google Account "
                f"{html.escape(self.account)}</p>"
                f"<button id=allow type=submit name=decision value=allow>Allow</button>"
                f"<button id=deny type=submit name=decision value=deny>Deny</button></form>")
        return 200, {}, _page("Sign in - Google Accounts", form)

    def approve(self, form: dict[str, str]) -> tuple[int, dict, str]:
        with self._lock:
            pending = self._pending.pop(form.get("request", ""), None)
        if pending is None:
            return 400, {}, _page("Error", "<p>This consent request is unknown or used.</p>")
        if form.get("decision") != "allow":
            params = {"error": "access_denied", "state": pending.state}
        else:
            code = "4/" + secrets.token_urlsafe(24)
            with self._lock:
                self._codes[code] = (pending, self.account)
            params = {"code": code, "state": pending.state, "scope": SCOPE_ANSWER}
        return 302, {"Location": f"{pending.redirect_uri}?{urlencode(params)}"}, ""

    def token(self, form: dict[str, str], basic: tuple[str, str] | None) -> tuple[int, dict]:
        client_id, client_secret = basic or (form.get("client_id"), form.get("client_secret"))
        if client_id != self.client_id or client_secret != self.client_secret:
            return 401, {"error": "invalid_client", "error_description": "Unauthorized"}
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            if self.exchange_gate is not None:
                self.exchange_gate.wait(30)
            with self._lock:
                found = self._codes.pop(form.get("code", ""), None)
            if found is None:
                return 400, {"error": "invalid_grant", "error_description": "Bad Request"}
            pending, email = found
            if form.get("redirect_uri") != pending.redirect_uri:
                return 400, {"error": "redirect_uri_mismatch", "error_description": "Bad Request"}
            verifier = form.get("code_verifier", "")
            challenge = base64.urlsafe_b64encode(
                hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
            if not verifier or challenge != pending.challenge:
                with self._lock:
                    self.pkce_failures += 1
                return 400, {"error": "invalid_grant",
                             "error_description": "Invalid code verifier."}
            grant = _Grant(email, "1//" + secrets.token_urlsafe(32))
            with self._lock:
                self._grants[grant.refresh_token] = grant
                answer = self._issue(grant)
            return 200, {**answer, "refresh_token": grant.refresh_token}
        if grant_type == "refresh_token":
            with self._lock:
                grant = self._grants.get(form.get("refresh_token", ""))
                if grant is None or grant.revoked:
                    self.refused_refreshes += 1
                    return 400, {"error": "invalid_grant",
                                 "error_description": "Token has been expired or revoked."}
                self.refreshes += 1
                return 200, self._issue(grant)
        return 400, {"error": "unsupported_grant_type"}

    def revoke(self, token: str) -> int:
        with self._lock:
            for grant in self._grants.values():
                if token == grant.refresh_token or token in grant.access_tokens:
                    grant.revoked = True
                    return 200
        return 400

    def userinfo(self, authorization: str) -> tuple[int, dict]:
        email = self._owner_of(authorization.removeprefix("Bearer ").strip())
        if email is None:
            return 401, {"error": "invalid_request",
                         "error_description": "Invalid Credentials"}
        return 200, {"sub": str(abs(hash(email))), "email": email, "email_verified": True}

    def introspect(self, token: str) -> dict:
        email = self._owner_of(token)
        if email is None:
            return {"active": False}
        with self._lock:
            exp = max(exp for g in self._grants.values() for t, exp in g.access_tokens.items()
                      if t == token)
        return {"active": True, "email": email, "username": email, "scope": SCOPE_ANSWER,
                "client_id": self.client_id, "exp": int(exp)}


def _fake_id_token(email: str, audience: str) -> str:
    """Shaped like a JWT; nothing here verifies its signature."""
    def part(obj) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")
    return ".".join((part({"alg": "none"}), part({"email": email, "aud": audience}), "sig"))


def _page(title: str, body: str) -> str:
    return (f"<!doctype html><html><head><meta charset=utf-8><title>{html.escape(title)}"
            f"</title></head><body>{body}</body></html>")


_REFUSAL_PAGE = _page(
    "Couldn't sign you in",
    "<h1>Couldn't sign you in</h1><p>This browser or app may not be secure. "
    "<a href=\"https://support.google.com/accounts/answer/7675428\">Learn more</a></p>"
    "<p>Try using a different browser. If you're already using a supported browser, you can "
    "try again to sign in.</p><p>Error 403: disallowed_useragent</p>")


class _Handler(BaseHTTPRequestHandler):
    peer: GoogleOAuthPeer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet in test output
        pass

    def _send(self, status: int, body: str | dict, headers: dict | None = None) -> None:
        is_json = isinstance(body, dict)
        data = (json.dumps(body) if is_json else body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if is_json
                         else "text/html; charset=utf-8")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _form(self) -> dict[str, str]:
        length = int(self.headers.get("Content-Length") or 0)
        text = self.rfile.read(min(length, 65536)).decode("utf-8", "replace")
        return {k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()}

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path == "/o/oauth2/auth":
            status, headers, page = self.peer.authorize(query,
                                                        self.headers.get("User-Agent", ""))
            self._send(status, page, headers)
        elif parts.path == "/signin/rejected":
            self._send(403, _REFUSAL_PAGE)
        elif parts.path == "/userinfo":
            status, body = self.peer.userinfo(self.headers.get("Authorization", ""))
            self._send(status, body)
        else:
            self._send(404, _page("Not found", ""))

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        form = self._form()
        if path == "/o/oauth2/approve":
            status, headers, page = self.peer.approve(form)
            self._send(status, page, headers)
        elif path == "/token":
            basic = None
            auth = self.headers.get("Authorization", "")
            if auth.startswith("Basic "):
                user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
                basic = (user, password)
            status, body = self.peer.token(form, basic)
            self._send(status, body)
        elif path == "/revoke":
            token = form.get("token") or parse_qs(urlsplit(self.path).query).get("token",
                                                                                 [""])[0]
            self._send(self.peer.revoke(token), {})
        elif path == "/introspect":
            self._send(200, self.peer.introspect(form.get("token", "")))
        else:
            self._send(404, _page("Not found", ""))


class ConsentForm(HTMLParser):
    """The consent page's form as a browser sees it: action and fields of the Allow button."""

    def __init__(self):
        super().__init__()
        self.action = ""
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.action = attrs.get("action", "")
        elif tag == "input" and attrs.get("name"):
            self.fields[attrs["name"]] = attrs.get("value", "")
        elif tag == "button" and attrs.get("value") == "allow":
            self.fields[attrs["name"]] = "allow"
