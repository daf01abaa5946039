"""A real Dovecot 2.3 IMAP server for tests: implicit TLS, XOAUTH2 against a local token
introspection endpoint, one Maildir per user.

    with Dovecot(TlsMaterial()) as imap:
        token = imap.issue_token("shop@gmail.test")
        imap.deliver("shop@gmail.test", raw_bytes)     # IDLE sees it like real delivery
        ...  # connect to imap.host, imap.port; trust imap.tls.client_context()

Dovecot runs its mail processes as an unprivileged uid (the `dovecot` user when the tests
run as root, else the tester), so the whole folder lives outside pytest's private temp
folder, world-readable, and the Maildirs are owned by that uid. Failed logins are not
penalised (the anvil listener is off; `auth_failure_delay` alone is not enough).
"""

from __future__ import annotations

import grp
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

from peers.smtp_servers import HOST, TlsMaterial

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"


class Introspection:
    """RFC 7662 token introspection: the valid bearer tokens, each naming its email."""

    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}
        self.requests = 0
        peer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode())
                token = (form.get("token") or [""])[0]
                peer.requests += 1
                email = peer.tokens.get(token)
                body = json.dumps({"active": True, "email": email} if email
                                  else {"active": False}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self._server = ThreadingHTTPServer((HOST, 0), Handler)
        self.url = f"http://{HOST}:{self._server.server_address[1]}/introspect"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Dovecot:
    def __init__(self, tls: TlsMaterial | None = None, *, passwords: dict[str, str] | None = None):
        """`passwords`: also accept LOGIN/PLAIN for these users (for clients without XOAUTH2,
        like mbsync in the benchmark)."""
        self.tls = tls or TlsMaterial()
        self.passwords = dict(passwords or {})
        self.host = HOST
        self.port = _free_port()
        self.introspection = Introspection()
        self.mail_user = pwd.getpwnam("dovecot") if os.geteuid() == 0 else pwd.getpwuid(
            os.geteuid())
        self.root = Path(tempfile.mkdtemp(prefix="stx-dovecot-", dir="/tmp"))
        self.root.chmod(0o755)
        self.config = self.root / "dovecot.conf"
        self._process: subprocess.Popen | None = None
        self._write_config()

    # -- lifecycle ------------------------------------------------------------------------

    def __enter__(self) -> Dovecot:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> None:
        self._process = subprocess.Popen([DOVECOT, "-F", "-c", str(self.config)],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"dovecot exited: {self._process.stderr.read().decode()}"
                                   f"\n{self.log()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen on {self.port}\n{self.log()}")

    def kill(self) -> None:
        """SIGKILL the master and every process it started: connections drop mid-command."""
        if self._process is None:
            return
        children = self._descendants(self._process.pid)
        self._process.kill()
        self._process.wait()
        for pid in children:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self._process = None

    def drop_connections(self, user: str) -> None:
        """End every IMAP session of `user` (the server itself stays up)."""
        subprocess.run([DOVEADM, "-c", str(self.config), "kick", user], check=True,
                       capture_output=True)

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
            self._process = None

    def close(self) -> None:
        self.stop()
        self.introspection.close()
        shutil.rmtree(self.root, ignore_errors=True)

    @staticmethod
    def _descendants(pid: int) -> list[int]:
        parents: dict[int, int] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                parents[int(entry.name)] = int(stat.rpartition(")")[2].split()[1])
        found, frontier = [], [pid]
        while frontier:
            current = frontier.pop()
            for child, parent in parents.items():
                if parent == current:
                    found.append(child)
                    frontier.append(child)
        return found

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    # -- tokens and mail ------------------------------------------------------------------

    def issue_token(self, email: str) -> str:
        token = f"ya29.{uuid.uuid4().hex}"
        self.introspection.tokens[token] = email
        return token

    def revoke_token(self, token: str) -> None:
        self.introspection.tokens.pop(token, None)

    def maildir(self, user: str) -> Path:
        return self.root / "mail" / user / "Maildir"

    def deliver(self, user: str, raw: bytes, *, internal_date: float | None = None) -> None:
        """Drop a message into the user's Maildir `new/`, as an MDA would."""
        maildir = self._ensure_maildir(user)
        name = f"{time.time():.6f}.{uuid.uuid4().hex}.stx"
        temporary = maildir / "tmp" / name
        temporary.write_bytes(raw)
        os.chown(temporary, self.mail_user.pw_uid, self.mail_user.pw_gid)
        if internal_date is not None:
            os.utime(temporary, (internal_date, internal_date))
        os.rename(temporary, maildir / "new" / name)

    def flags(self, user: str) -> dict[str, str]:
        """Each message file's Maildir flags (`S` seen, `T` deleted ...); new/ has none."""
        maildir = self.maildir(user)
        result = {}
        for sub in ("new", "cur"):
            for path in (maildir / sub).iterdir():
                base, _, info = path.name.partition(":2,")
                result[base] = info
        return result

    def set_uidvalidity(self, user: str, value: int) -> None:
        subprocess.run([DOVEADM, "-c", str(self.config), "mailbox", "update", "-u", user,
                        "--uid-validity", str(value), "INBOX"], check=True, capture_output=True)

    def _ensure_maildir(self, user: str) -> Path:
        maildir = self.maildir(user)
        if not maildir.exists():
            for sub in ("cur", "new", "tmp"):
                (maildir / sub).mkdir(parents=True)
            uid, gid = self.mail_user.pw_uid, self.mail_user.pw_gid
            for path in [maildir.parent, maildir] + [maildir / s for s in ("cur", "new", "tmp")]:
                os.chown(path, uid, gid)
        return maildir

    # -- configuration --------------------------------------------------------------------

    def _write_config(self) -> None:
        root = self.root
        for name in ("run", "state", "mail"):
            (root / name).mkdir()
        (root / "mail").chmod(0o755)
        cert, key = self.tls.write_cert_files(root)
        os.chmod(key, 0o644)
        oauth2 = root / "oauth2.conf.ext"
        oauth2.write_text(f"introspection_url = {self.introspection.url}\n"
                          "introspection_mode = post\n"
                          "username_attribute = email\n"
                          "active_attribute = active\n"
                          "active_value = true\n")
        user = self.mail_user
        internal = user.pw_name
        mechanisms, password_db = "xoauth2 oauthbearer", ""
        if self.passwords:
            users = root / "users"
            users.write_text("".join(f"{name}:{{PLAIN}}{secret}\n"
                                     for name, secret in self.passwords.items()))
            users.chmod(0o644)
            mechanisms += " plain login"
            password_db = f"passdb {{\n  driver = passwd-file\n  args = {users}\n}}\n"
        login = "dovenull" if os.geteuid() == 0 else user.pw_name
        self.config.write_text(f"""\
protocols = imap
listen = {HOST}
base_dir = {root}/run
state_dir = {root}/state
instance_name = stx-{root.name}
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
default_internal_user = {internal}
default_internal_group = {grp.getgrgid(user.pw_gid).gr_name}
default_login_user = {login}
first_valid_uid = 1
mail_uid = {user.pw_uid}
mail_gid = {user.pw_gid}
mail_location = maildir:~/Maildir
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
auth_mechanisms = {mechanisms}
auth_failure_delay = 0
auth_verbose = yes
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {oauth2}
}}
{password_db}userdb {{
  driver = static
  args = uid={user.pw_uid} gid={user.pw_gid} home={root}/mail/%u allow_all_users=yes
}}
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {self.port}
    ssl = yes
  }}
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
""")
