"""Shared fixtures: an isolated data folder and keyring for every test, and a set-up store."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stringeex_desktop.core.models import AutoReply  # noqa: E402
from stringeex_desktop.core.service import Service  # noqa: E402

DOMAIN = "acme.stringeex.local"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    """A file keyring chosen explicitly (DESIGN.md section 7), in this test's own folder."""
    xdg = tmp_path / "xdg"
    xdg.mkdir()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(xdg))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(xdg / "config"))
    monkeypatch.delenv("STRINGEEX_DATA_DIR", raising=False)
    yield


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


def run(coro):
    return asyncio.run(coro)


@pytest.fixture
def service(data_dir):
    svc = Service(data_dir)
    yield svc
    svc.close()


@pytest.fixture
def portal(service):
    """A portal with one queue, two agents in it and an internal email with auto reply."""
    async def setup():
        await service.set_up(DOMAIN, f"admin@{DOMAIN}", "Ada Admin")
        await service.add_queue("Support")
        await service.add_agent(f"alice@{DOMAIN}", "Alice", "agent", ["Support"])
        await service.add_agent(f"bob@{DOMAIN}", "Bob", "agent", ["Support"])
        return await service.add_internal_mailbox(
            "support", name="Acme Support", queue="Support",
            auto_reply=AutoReply(True, "We got your message", "We will answer soon."))
    return run(setup())


@pytest.fixture
def tls(tmp_path, monkeypatch):
    """A private CA (trustme) the app trusts through SSL_CERT_FILE, read at each connection."""
    from peers.smtp_servers import TlsMaterial

    material = TlsMaterial()
    monkeypatch.setenv("SSL_CERT_FILE", str(material.write_ca_file(tmp_path / "ca.pem")))
    return material


def store_of(service: Service):
    """The store behind the facade: tests look at rows the app's API does not list."""
    return service._ctx.store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli_env(**extra) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


@pytest.fixture(scope="session")
def postgres():
    """One real PostgreSQL server for the session (tests/peers/postgres.py)."""
    from peers.postgres import Postgres

    with Postgres() as server:
        yield server


@pytest.fixture(scope="session")
def team_template(postgres) -> str:
    """A database holding a freshly made team store, copied for each test (fast)."""
    from stringeex_desktop.core.store.postgres import Store as TeamStore

    url = postgres.create_database()
    TeamStore(url, create=True).close()
    return postgres.make_template(url)


@pytest.fixture
def team_url(postgres, team_template) -> str:
    """The URL (password included) of a team store of this test's own."""
    url = postgres.create_database(team_template)
    yield url
    postgres.drop_database(url)


@pytest.fixture
def empty_team_url(postgres) -> str:
    """The URL of an empty database, as an admin would hand it to `team init`."""
    url = postgres.create_database()
    yield url
    postgres.drop_database(url)
