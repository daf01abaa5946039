"""GUI test set-up: offscreen Qt, one qasync loop for the whole session, a private keyring.

DESIGN.md section 7: QtWebEngineWidgets is imported (and the cid: scheme registered) before
pytest-qt creates the QApplication; there is ONE qasync.QEventLoop(app, already_running=True)
and it is never run, stopped or closed (cycling it again after a QWebEngineView existed
crashes qasync on exit). Coroutines are driven with qtbot.waitUntil(future.done).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="stringeex-gui-tests-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # Chromium refuses root otherwise
# A real file keyring of its own, so no test reads or writes the user's secrets.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")

from stringeex_desktop.gui.web.chromium_switches import lock_down_chromium  # noqa: E402

lock_down_chromium()  # as app.py does, before QtWebEngine starts

from PySide6 import QtWebEngineWidgets  # noqa: E402,F401  (before the QApplication)

import pytest  # noqa: E402
import qasync  # noqa: E402

from stringeex_desktop.core.service import Service  # noqa: E402
from stringeex_desktop.gui.web.message_profile import register_cid_scheme  # noqa: E402

register_cid_scheme()

DOMAIN = "acme.stringeex.test"
ADMIN = "admin@acme.example"


@pytest.fixture(scope="session")
def qloop(qapp):
    """The session's only event loop; asyncio sees it as running only inside GUI tests."""
    from stringeex_desktop.app import _configure

    _configure(qapp)
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.events._set_running_loop(None)
    executor = qasync.QThreadExecutor(4)  # ours, so it can be joined without closing the loop
    loop.set_default_executor(executor)
    yield loop
    executor.shutdown(wait=True)


@pytest.fixture
def loop(qloop):
    """Mark the qasync loop running for this test only, so plain-asyncio core tests that run
    later in the same session still get their own `asyncio.run`."""
    asyncio.set_event_loop(qloop)
    asyncio.events._set_running_loop(qloop)
    yield qloop
    asyncio.events._set_running_loop(None)


@pytest.fixture
def run(loop, qtbot):
    """Run a coroutine to completion on the session loop while Qt keeps processing events."""

    def run(coro, timeout: int = 15_000):
        future = asyncio.ensure_future(coro, loop=loop)
        qtbot.waitUntil(future.done, timeout=timeout)
        return future.result()

    return run


@pytest.fixture
def service(tmp_path, loop):
    svc = Service(tmp_path / "data")
    yield svc
    svc.close()


@pytest.fixture
def domain() -> str:
    return DOMAIN


@pytest.fixture
def portal(service, run):
    """A set-up portal with its admin signed in and one queue, "Support", worked by the admin."""
    run(service.set_up(DOMAIN, ADMIN, "Ada Admin"))
    service.sign_in()
    run(service.add_queue("Support"))
    run(service.set_queue_members("Support", [ADMIN]))
    return service


@pytest.fixture
def profile(qapp, service):
    """A message profile per store; deleted after the widgets using it (see `window`)."""
    from stringeex_desktop.gui.web.message_profile import MessageProfile

    return MessageProfile(service.inline_part, qapp)


@pytest.fixture
def core(portal, run):
    """A core controller on a free port, not started (the Settings dialog needs one)."""
    from stringeex_desktop.core.runtime import Core
    from stringeex_desktop.gui.core_controller import CoreController
    from stringeex_desktop.gui.settings.listener_settings import ListenerSettings

    controller = CoreController(portal, lambda: Core(portal), ListenerSettings(("127.0.0.1", 0)))
    yield controller
    run(controller.stop())


@pytest.fixture
def make_window(portal, profile, run, qtbot):
    """Build the main window the way app.py does; tear it down in app.py's order."""
    from stringeex_desktop.core.runtime import Core
    from stringeex_desktop.gui.bridge import EventBridge
    from stringeex_desktop.gui.core_controller import CoreController
    from stringeex_desktop.gui.main_window import MainWindow
    from stringeex_desktop.gui.presence_controller import PresenceController
    from stringeex_desktop.gui.settings.listener_settings import ListenerSettings

    built = []

    def make(smtp=("127.0.0.1", 0), **presence_options):
        agent = portal.actor
        bridge = EventBridge(portal.bus)
        core = CoreController(portal, lambda: Core(portal), ListenerSettings(smtp))
        presence = PresenceController(portal, agent.email, **presence_options)
        window = MainWindow(portal, bridge, profile, presence, core)
        window.resize(1200, 760)
        window.show()
        presence.start()
        built.append((window, bridge, core, presence))
        return window, core, presence

    yield make
    for window, bridge, core, presence in built:
        run(presence.shut_down())
        run(core.stop())
        bridge.detach()
        window.close()
        window.deleteLater()
    qtbot.wait(50)
    profile.deleteLater()
    qtbot.wait(20)


# -- SMTP email and replies: real aiosmtpd servers with trustme TLS (DESIGN.md section 7) ----

SALES = "sales@customer.example"
SALES_PASSWORD = "pw-Gui-7731-unique-secret"
CUSTOMER = "carol@example.com"


@pytest.fixture
def smtp_server(tls):
    """Start RecordingSmtpServers (STARTTLS and SALES's login unless told otherwise)."""
    from peers.smtp_servers import RecordingSmtpServer

    started = []

    def start(**kwargs):
        kwargs.setdefault("tls", tls)
        kwargs.setdefault("auth", (SALES, SALES_PASSWORD))
        server = RecordingSmtpServer(**kwargs).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def internal(portal, run):
    return run(portal.add_internal_mailbox("support", name="Acme Support", queue="Support"))


@pytest.fixture
def linked_ticket(portal, internal, run):
    """A customer's mail to SALES, forwarded by its server to the internal email: the ticket
    replies through SALES (its SMTP email on `server`). Returns (ticket id, SMTP mailbox)."""
    from mailmaker import make_mail

    def make(server, subject="Broken widget"):
        sales = run(portal.add_smtp_mailbox(SALES, host=server.host, port=server.port,
                                            password=SALES_PASSWORD, security="starttls",
                                            name="Customer Sales"))
        raw = make_mail(sender=f"Carol Customer <{CUSTOMER}>", to=SALES, subject=subject,
                        message_id="<c1@example.com>",
                        headers={"X-Forwarded-For": SALES, "X-Forwarded-To": internal.address})
        result = run(portal.deliver(raw, [internal.id], CUSTOMER))
        assert portal.ticket(result.ticket_id).reply_via == sales.id
        return result.ticket_id, sales

    return make


# -- big stores for the ticket list ----------------------------------------------------------

def ticket_mail(n: int, to: str) -> bytes:
    return (f"From: Customer {n} <customer{n}@example.com>\r\nTo: {to}\r\n"
            f"Subject: Question number {n}\r\nMessage-ID: <q{n}@example.com>\r\n"
            f"Date: Thu, 27 Nov 2025 10:00:00 +0000\r\n\r\nBody of question {n}.\r\n").encode()


def build_ticket_store(folder: Path, count: int) -> Path:
    """`count` unassigned tickets in queue "Inbox" through the real ingest, built on a plain
    asyncio loop in a worker thread (the session's qasync loop belongs to the GUI thread);
    tests copy the folder."""

    async def build():
        service = Service(folder)
        try:
            await service.set_up(DOMAIN, ADMIN, "Ada Admin")
            service.sign_in()
            await service.add_queue("Inbox")  # nobody works it: tickets stay unassigned
            box = await service.add_internal_mailbox("inbox", name="Inbox", queue="Inbox")
            for start in range(0, count, 250):  # concurrent: the writer groups the commits
                await asyncio.gather(*(
                    service.deliver(ticket_mail(n, box.address), [box.id],
                                    f"customer{n}@example.com")
                    for n in range(start, min(start + 250, count))))
            assert service.ticket_count() == count
        finally:
            service.close()

    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, build()).result(timeout=300)
    return folder


@contextlib.contextmanager
def signed_in_copy(template: Path, folder: Path):
    """A service on a copy of a store built once per module, signed in as its admin."""
    shutil.copytree(template, folder)
    service = Service(folder)
    service.sign_in()
    try:
        yield service
    finally:
        service.close()
