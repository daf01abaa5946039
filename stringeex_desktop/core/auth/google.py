"""Google OAuth for Gmail mailboxes on google-auth-oauthlib: consent, tokens, refresh.

Where things live (DESIGN.md section 5):
- The portal's OAuth client (the imported `client_secret.json` of a "Desktop app" client) is
  kept in the keyring, not in the data folder. Google documents that an installed app's
  secret cannot stay confidential, but it is still the credential that lets anyone ask
  Google for tokens in the portal's name, and section 5 puts every secret in the keyring;
  keeping it there also means a copied or backed-up data folder carries no secret at all.
  Only the four fields we use are kept, which stays far below the smallest keyring entry
  limit (Windows Credential Manager, 2.5 KB).
- A mailbox's refresh token, access token and expiry are one keyring entry per mailbox.

Consent: one loopback listener on 127.0.0.1:<random port> receives the redirect, whether
the page was opened in the system browser or in the app's embedded view (which hands the
redirect it captured to `GoogleConsent.offer`). PKCE (S256) is google-auth-oauthlib's; the
`state` is ours and checked here. oauthlib refuses plain http and a widened scope through
process environment variables, so they are set only around our own calls, under one lock,
and plain http only for loopback endpoints (the test providers).

Every call that blocks on the network (token exchange, refresh, userinfo) runs in
`asyncio.to_thread` with a deadline.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import html
import ipaddress
import json
import os
import secrets
import threading
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import Callable
from urllib.parse import parse_qs, urlsplit

import google.auth.exceptions
import google.auth.transport.requests
import google.oauth2.credentials
import requests
from google_auth_oauthlib.flow import Flow

from ..errors import ConnectionTestError, ConsentError, NeedsReauthError, ValidationError
from .secrets import SecretStore

SCOPES = ("https://mail.google.com/", "openid",
          "https://www.googleapis.com/auth/userinfo.email")
GOOGLE_AUTH_URI = "https://accounts.google.com/o/oauth2/auth"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
GOOGLE_USERINFO_URI = "https://openidconnect.googleapis.com/v1/userinfo"
ENV_USERINFO = "STRINGEEX_GOOGLE_USERINFO_URL"
CLIENT_KEY = "google-oauth-client"
MAX_CLIENT_FILE = 64 * 1024
HTTP_TIMEOUT = 30.0
REQUEST_DEADLINE = 10.0
EXPIRY_MARGIN = timedelta(seconds=60)
CALLBACK_PATH = "/"
REAUTH_ERRORS = ("invalid_grant", "invalid_client", "unauthorized_client")

_oauthlib_env = threading.Lock()


def token_key(mailbox_id: int) -> str:
    return f"mailbox-{mailbox_id}-google-tokens"


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_endpoint(url: str, what: str) -> str:
    """https anywhere; plain http only on loopback (a local test provider)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        parts, host = None, None
    if parts is None or not host or parts.scheme not in ("https", "http"):
        raise ValidationError(f"The {what} {url[:200]!r} is not an http(s) address.")
    if parts.scheme == "http" and not _is_loopback(host):
        raise ValidationError(f"The {what} {url[:200]!r} must use https (plain http is "
                              "accepted only on this machine's loopback address).")
    return url


def userinfo_url() -> str:
    return check_endpoint(os.environ.get(ENV_USERINFO) or GOOGLE_USERINFO_URI,
                          f"userinfo endpoint ({ENV_USERINFO})")


@contextlib.contextmanager
def _oauthlib_allowing(*urls: str):
    """oauthlib reads these two switches from the environment at call time."""
    insecure = any(urlsplit(u).scheme == "http" and _is_loopback(urlsplit(u).hostname)
                   for u in urls)
    wanted = {"OAUTHLIB_RELAX_TOKEN_SCOPE": "1"}
    if insecure:
        wanted["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    with _oauthlib_env:
        saved = {name: os.environ.get(name) for name in wanted}
        os.environ.update(wanted)
        try:
            yield
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def _http_session() -> requests.Session:
    """TLS verified; SSL_CERT_FILE honoured as everywhere else in the app."""
    session = requests.Session()
    if os.environ.get("SSL_CERT_FILE"):
        session.verify = os.environ["SSL_CERT_FILE"]
    return session


@dataclass(frozen=True)
class GoogleClient:
    """The portal's OAuth client of type "Desktop app"."""
    client_id: str
    client_secret: str
    auth_uri: str
    token_uri: str

    @classmethod
    def from_client_secrets(cls, data: bytes | str) -> GoogleClient:
        """Google's client_secret JSON, checked as hostile input."""
        if len(data) > MAX_CLIENT_FILE:
            raise ValidationError("This is not a Google client_secret JSON file (it is larger "
                                  f"than {MAX_CLIENT_FILE // 1024} KB).", field="client_secrets")
        try:
            document = json.loads(data)
        except (ValueError, UnicodeDecodeError):
            raise ValidationError("This is not a Google client_secret JSON file (not JSON). "
                                  "Download it from the Google Cloud console: APIs & Services "
                                  "→ Credentials → your OAuth client → Download JSON.",
                                  field="client_secrets") from None
        if isinstance(document, dict) and "web" in document:
            raise ValidationError("This client_secret JSON is for a Web application client; "
                                  "create an OAuth client of type Desktop app and import its "
                                  "JSON.", field="client_secrets")
        section = document.get("installed") if isinstance(document, dict) else None
        if not isinstance(section, dict):
            raise ValidationError("This JSON is not a Desktop app client_secret file (no "
                                  "\"installed\" section).", field="client_secrets")
        values = {}
        for name, default in (("client_id", None), ("client_secret", None),
                              ("auth_uri", GOOGLE_AUTH_URI), ("token_uri", GOOGLE_TOKEN_URI)):
            value = section.get(name, default)
            if not isinstance(value, str) or not value.strip() or len(value) > 2048 or any(
                    ch in value for ch in "\r\n\x00"):
                raise ValidationError(f"The client_secret JSON has no usable {name}.",
                                      field="client_secrets")
            values[name] = value.strip()
        check_endpoint(values["auth_uri"], "auth_uri of the client JSON")
        check_endpoint(values["token_uri"], "token_uri of the client JSON")
        return cls(**values)

    @classmethod
    def from_stored(cls, text: str) -> GoogleClient:
        return cls(**json.loads(text))

    def to_stored(self) -> str:
        return json.dumps({"client_id": self.client_id, "client_secret": self.client_secret,
                           "auth_uri": self.auth_uri, "token_uri": self.token_uri})

    def flow_config(self) -> dict:
        return {"installed": {"client_id": self.client_id, "client_secret": self.client_secret,
                              "auth_uri": self.auth_uri, "token_uri": self.token_uri}}


@dataclass(frozen=True)
class GoogleGrant:
    """What consent gives: the account's address and its tokens (never logged or printed)."""
    email: str
    client_id: str
    refresh_token: str
    access_token: str
    expiry: datetime | None

    def __repr__(self) -> str:
        return f"GoogleGrant(email={self.email!r}, client_id={self.client_id!r})"

    def to_stored(self) -> str:
        return json.dumps({"client_id": self.client_id, "refresh_token": self.refresh_token,
                           "access_token": self.access_token,
                           "expiry": self.expiry.isoformat() if self.expiry else None})

    @classmethod
    def from_stored(cls, email: str, text: str) -> GoogleGrant:
        data = json.loads(text)
        expiry = datetime.fromisoformat(data["expiry"]) if data.get("expiry") else None
        return cls(email, data["client_id"], data["refresh_token"], data.get("access_token", ""),
                   expiry)

    def fresh(self, now: datetime) -> bool:
        return bool(self.access_token) and self.expiry is not None and (
            self.expiry - now > EXPIRY_MARGIN)


_CLOSE_PAGE = ("<!doctype html><html><head><meta charset=utf-8><title>{title}</title></head>"
               "<body style=\"font-family:sans-serif;margin:3em\"><h1>{title}</h1><p>{text}</p>"
               "</body></html>")


class GoogleConsent:
    """One consent run: `async with GoogleConsent(client) as consent:` opens the listener.

    Show `consent.url` (system browser or embedded view), then `await
    consent.wait_code(timeout)` and `await consent.exchange(code)`. The first request on the
    redirect path decides; a browser's other requests (favicon) get 404, later redirects a
    page saying the sign-in already finished.
    """

    def __init__(self, client: GoogleClient):
        self.client = client
        self.url = ""
        self.redirect_uri = ""
        self._state = secrets.token_urlsafe(32)
        self._flow: Flow | None = None
        self._server: asyncio.Server | None = None
        self._answer: asyncio.Future[str] | None = None

    async def __aenter__(self) -> GoogleConsent:
        await self.start()
        return self

    async def __aexit__(self, *exc_info) -> None:
        await self.close()

    async def start(self) -> None:
        userinfo_url()  # a bad override fails here, before anyone consents
        self._answer = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=16384)
        port = self._server.sockets[0].getsockname()[1]
        self.redirect_uri = f"http://127.0.0.1:{port}{CALLBACK_PATH}"
        self._flow = Flow.from_client_config(self.client.flow_config(), scopes=list(SCOPES),
                                             redirect_uri=self.redirect_uri)
        with _oauthlib_allowing(self.client.auth_uri):
            self.url, _ = self._flow.authorization_url(state=self._state, prompt="consent",
                                                       access_type="offline")

    async def close(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
            server.close_clients()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), REQUEST_DEADLINE)
        if self._answer is not None:
            if not self._answer.done():
                self._answer.cancel()
            elif not self._answer.cancelled():
                self._answer.exception()  # seen: no "never retrieved" warning at exit

    def offer(self, url: str) -> bool:
        """The embedded view's navigation: True when it is our redirect (then it decides)."""
        try:
            parts = urlsplit(url)
            ours = urlsplit(self.redirect_uri)
            if (parts.scheme, parts.netloc, parts.path or "/") != (
                    ours.scheme, ours.netloc, ours.path):
                return False
        except ValueError:
            return False
        self._judge(parts.query)
        return True

    async def wait_code(self, timeout: float) -> str:
        if self._answer is None:
            raise RuntimeError("start() the consent first")
        try:
            return await asyncio.wait_for(asyncio.shield(self._answer), timeout)
        except TimeoutError:
            raise ConsentError(f"Google's consent page got no answer within {timeout:g} s; "
                               "nothing was saved. Run it again.") from None

    async def exchange(self, code: str) -> GoogleGrant:
        """The code for tokens (PKCE verifier included), then the account's address."""
        return await asyncio.to_thread(self._exchange, code)

    def _exchange(self, code: str) -> GoogleGrant:
        flow = self._flow
        session = _http_session()
        flow.oauth2session.verify = session.verify
        try:
            with _oauthlib_allowing(self.client.token_uri):
                token = flow.fetch_token(code=code, timeout=HTTP_TIMEOUT)
        except requests.RequestException as exc:
            raise ConsentError(f"Google's token endpoint could not be reached ({exc}); "
                               "nothing was saved. Run it again.") from exc
        except Exception as exc:  # oauthlib's OAuth2Error and friends: the server said no
            detail = getattr(exc, "description", None) or getattr(exc, "error", None) or exc
            raise ConsentError(f"Google refused the sign-in code: {_printable(detail, 200)}. "
                               "Nothing was "
                               "saved; run it again.") from exc
        if not token.get("refresh_token"):
            raise ConsentError("Google gave no refresh token: remove the app's access in the "
                               "Google account's security settings and run consent again.")
        email = _userinfo_email(session, token["access_token"])
        expiry = None
        if token.get("expires_at"):
            expiry = datetime.fromtimestamp(float(token["expires_at"]), timezone.utc)
        return GoogleGrant(email, self.client.client_id, token["refresh_token"],
                           token["access_token"], expiry)

    def _judge(self, query: str) -> None:
        """The redirect's verdict, recorded once: a code, or the reason there is none."""
        if self._answer is None or self._answer.done():
            return
        params = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
        state_ok = secrets.compare_digest(params.get("state", "").encode(),
                                          self._state.encode())
        if "error" in params:
            reason = _printable(params["error"], 100)
            detail = _printable(params.get("error_description", ""), 200)
            error = ConsentError(f"Google did not grant access ({reason}"
                                 + (f": {detail}" if detail else "") + "). Nothing was saved.")
        elif not state_ok:
            error = ConsentError("The sign-in answer does not belong to this request (state "
                                 "mismatch); nothing was saved. Run it again.")
        elif not params.get("code"):
            error = ConsentError("The sign-in answer carried no authorization code; nothing "
                                 "was saved. Run it again.")
        else:
            self._answer.set_result(params["code"])
            return
        self._answer.set_exception(error)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), REQUEST_DEADLINE)
            method, target, _ = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
            status, page = self._respond(method, target)
            body = page.encode()
            writer.write(f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
                         f"Content-Length: {len(body)}\r\nConnection: close\r\n"
                         "Cache-Control: no-store\r\n\r\n".encode() + body)
            await asyncio.wait_for(writer.drain(), REQUEST_DEADLINE)
        except (asyncio.LimitOverrunError, asyncio.IncompleteReadError, TimeoutError,
                ConnectionError, ValueError):
            pass
        finally:
            writer.close()

    def _respond(self, method: str, target: str) -> tuple[str, str]:
        path, _, query = target.partition("?")
        if path != CALLBACK_PATH:
            return "404 Not Found", _page("Not found", "Nothing here.")
        if method != "GET":
            return "405 Method Not Allowed", _page("Not allowed", "Only GET is answered.")
        if self._answer is None or self._answer.done():
            return "409 Conflict", _page("Sign-in already finished",
                                         "This sign-in has already finished; close this window.")
        self._judge(query)
        if self._answer.exception() is None:
            return "200 OK", _page("Signed in", "StringeeX Desktop received Google's answer. "
                                                "You can close this window.")
        return "400 Bad Request", _page("Sign-in failed", str(self._answer.exception())
                                        + " You can close this window.")


def _printable(text: object, limit: int) -> str:
    """Text from the network, safe for a one-line message."""
    return "".join(ch for ch in str(text) if ch.isprintable())[:limit]


def _page(title: str, text: str) -> str:
    return _CLOSE_PAGE.format(title=html.escape(title), text=html.escape(text))


def _userinfo_email(session: requests.Session, access_token: str) -> str:
    url = userinfo_url()
    try:
        response = session.get(url, headers={"Authorization": f"Bearer {access_token}"},
                               timeout=HTTP_TIMEOUT)
    except requests.RequestException as exc:
        raise ConsentError(f"Google's userinfo endpoint could not be reached ({exc}); nothing "
                           "was saved. Run it again.") from exc
    try:
        info = response.json() if response.ok else None
    except ValueError:
        info = None
    email = info.get("email") if isinstance(info, dict) else None
    if (not isinstance(email, str) or "@" not in email or len(email) > 254
            or _printable(email, 254) != email):
        raise ConsentError(f"Google's userinfo endpoint did not name the account (HTTP "
                           f"{response.status_code}); nothing was saved.")
    if info.get("email_verified") is False:
        raise ConsentError(f"Google says {email} is not verified; nothing was saved.")
    return email.strip().lower()


class GoogleTokens:
    """Fresh access tokens per Gmail mailbox: `await tokens.access_token(mailbox_id)`.

    The cached token is used while it has more than a minute left; else it is refreshed
    through `google.oauth2.credentials.Credentials` off the event loop and the keyring entry
    updated. A revoked or expired grant raises NeedsReauthError: only consent can fix it.
    `refresh=True` refreshes even a token that looks fresh (the server refused it).
    """

    def __init__(self, secrets_store: SecretStore, client: Callable[[], GoogleClient | None],
                 address: Callable[[int], str]):
        self._secrets = secrets_store
        self._client = client
        self._address = address
        self._locks: dict[int, asyncio.Lock] = {}

    def save(self, mailbox_id: int, grant: GoogleGrant) -> None:
        """Blocking (keyring)."""
        self._secrets.set(token_key(mailbox_id), grant.to_stored())

    async def access_token(self, mailbox_id: int, *, refresh: bool = False) -> str:
        lock = self._locks.setdefault(mailbox_id, asyncio.Lock())
        async with lock:
            return await asyncio.to_thread(self._access_token, mailbox_id, refresh)

    def _access_token(self, mailbox_id: int, refresh: bool) -> str:
        address = self._address(mailbox_id)
        stored = self._secrets.get(token_key(mailbox_id))
        if not stored:
            raise NeedsReauthError(f"No Google grant is stored for {address}: run consent "
                                   "again (Re-authorize, or `mailbox add-gmail`).")
        try:
            grant = GoogleGrant.from_stored(address, stored)
        except (ValueError, KeyError, TypeError):
            raise NeedsReauthError(f"The stored Google grant of {address} is damaged: run "
                                   "consent again.") from None
        if not refresh and grant.fresh(datetime.now(timezone.utc)):
            return grant.access_token
        client = self._client()
        if client is None or client.client_id != grant.client_id:
            raise NeedsReauthError(f"The Google OAuth client that authorized {address} is no "
                                   "longer imported: import it, or run consent again with "
                                   "the current one.")
        try:
            grant = _refresh(client, grant)
        except NeedsReauthError:
            # Forget the access token too, so later calls ask Google at once, not the server.
            self._secrets.set(token_key(mailbox_id), replace(grant, access_token="").to_stored())
            raise
        self._secrets.set(token_key(mailbox_id), grant.to_stored())
        return grant.access_token


def _refresh(client: GoogleClient, grant: GoogleGrant) -> GoogleGrant:
    check_endpoint(client.token_uri, "token_uri of the client JSON")
    credentials = google.oauth2.credentials.Credentials(
        token=None, refresh_token=grant.refresh_token, token_uri=client.token_uri,
        client_id=client.client_id, client_secret=client.client_secret)
    request = functools.partial(google.auth.transport.requests.Request(_http_session()),
                                timeout=HTTP_TIMEOUT)
    try:
        credentials.refresh(request)
    except google.auth.exceptions.RefreshError as exc:
        data = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], dict) else {}
        if data.get("error") in REAUTH_ERRORS:
            raise NeedsReauthError(
                f"Google no longer accepts the grant of {grant.email} ({data['error']}: "
                f"{_printable(data.get('error_description') or '', 200)}): it needs "
                "re-authorization.") from None
        raise ConnectionTestError("Google token refresh failed",
                                  _printable(exc.args[0] if exc.args else exc, 300)) from None
    except google.auth.exceptions.TransportError as exc:
        raise ConnectionTestError("Google token refresh failed",
                                  f"{client.token_uri} could not be reached") from exc
    expiry = credentials.expiry
    if expiry is not None and expiry.tzinfo is None:  # google-auth keeps naive UTC
        expiry = expiry.replace(tzinfo=timezone.utc)
    return GoogleGrant(grant.email, grant.client_id,
                       credentials.refresh_token or grant.refresh_token, credentials.token,
                       expiry)

