"""A real PostgreSQL server for tests: Debian's initdb + postgres in a temporary folder.

    with Postgres() as server:
        url = server.create_database()       # a fresh database, copied from a template
        ...                                  # postgresql://stringeex:...@127.0.0.1:PORT/NAME

PostgreSQL refuses to run as root, so when the tests run as root the server runs as the
`postgres` user (which Debian's package creates) and its folder lives outside pytest's
private temp folder, owned by that user. It listens on a free 127.0.0.1 port only (no Unix
socket), with password authentication (scram-sha-256). Every test database is owned by the
`stringeex` role, which is no superuser: what a managed PostgreSQL gives a team's own
database, so nothing in the app may need more (no extensions, no server files). `fsync` is off: a crash of the
test machine loses nothing worth keeping, and the suite runs many small transactions.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

HOST = "127.0.0.1"
SUPERUSER = "admin"
USER = "stringeex"


def _bin_dir() -> Path:
    """The newest of Debian's /usr/lib/postgresql/VERSION/bin, or the one on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb is None:
        raise RuntimeError("PostgreSQL is not installed: apt-get install postgresql "
                           "(./dev test does it as root)")
    return Path(initdb).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Postgres:
    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.host = HOST
        self.port = _free_port()
        self.password = uuid.uuid4().hex
        self.user = pwd.getpwnam("postgres") if os.geteuid() == 0 else pwd.getpwuid(os.geteuid())
        self.root = Path(tempfile.mkdtemp(prefix="stx-postgres-", dir="/tmp"))
        os.chown(self.root, self.user.pw_uid, self.user.pw_gid)
        self.data = self.root / "data"
        self._process: subprocess.Popen | None = None

    def __enter__(self) -> Postgres:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _as_user(self) -> dict:
        if os.geteuid() != 0:
            return {}
        return dict(user=self.user.pw_uid, group=self.user.pw_gid, extra_groups=[])

    def start(self) -> None:
        if not self.data.exists():
            self._initdb()
        log = open(self.root / "postgres.log", "ab")
        try:
            self._process = subprocess.Popen(
                [str(self.bin / "postgres"), "-D", str(self.data), "-h", self.host,
                 "-p", str(self.port), "-k", "", "-c", "fsync=off",
                 "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                 "-c", "max_connections=200"],
                stdout=log, stderr=log, cwd=self.root, **self._as_user())
        finally:
            log.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"postgres exited:\n{self.log()}")
            try:
                with self.admin() as conn:
                    if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                    (USER,)).fetchone() is None:
                        conn.execute(f"CREATE ROLE {USER} LOGIN PASSWORD '{self.password}'")
                    return
            except psycopg.OperationalError:
                time.sleep(0.1)
        raise RuntimeError(f"postgres did not accept connections on {self.port}\n{self.log()}")

    def _initdb(self) -> None:
        password_file = self.root / "password"
        password_file.write_text(self.password)
        os.chown(password_file, self.user.pw_uid, self.user.pw_gid)
        result = subprocess.run(
            [str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
             "--pwfile", str(password_file), "--auth", "scram-sha-256", "-E", "UTF8",
             "--locale", "C.UTF-8", "--no-sync"],
            capture_output=True, text=True, cwd=self.root, **self._as_user())
        password_file.unlink()
        if result.returncode != 0:
            raise RuntimeError(f"initdb failed: {result.stderr}")

    def stop(self) -> None:
        """A fast shutdown (SIGINT): clients are disconnected, the data stays."""
        if self._process is not None:
            self._process.send_signal(2)
            try:
                self._process.wait(30)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        path = self.root / "postgres.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def url(self, database: str, *, user: str = USER, password: str | None = None) -> str:
        secret = self.password if password is None else password
        return f"postgresql://{user}:{secret}@{self.host}:{self.port}/{database}"

    def admin(self) -> psycopg.Connection:
        """The superuser, for what the tests do around the app (create, drop, inspect)."""
        return psycopg.connect(self.url("postgres", user=SUPERUSER), autocommit=True,
                               connect_timeout=5)

    def create_database(self, template: str = "template0") -> str:
        """A new database owned by the test role, a copy of `template`; its URL."""
        name = f"stx_{uuid.uuid4().hex[:12]}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" OWNER {USER} TEMPLATE "{template}"')
        return self.url(name)

    def make_template(self, url: str) -> str:
        """Turn the database at `url` into a template others are copied from (fast)."""
        name = url.rsplit("/", 1)[1]
        with self.admin() as conn:
            conn.execute(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false')
        return name

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
