"""GUI composition root: the QApplication, the qasync loop, the core and the main window.

Everything runs in one coroutine on one qasync loop, cycled exactly once: a second cycle
after a QWebEngineView existed crashes qasync on exit (DESIGN.md section 7). Closing the
window ends that coroutine, which sets the agent offline and stops the core before returning.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from pathlib import Path

log = logging.getLogger(__name__)

PROG = "stringeex-desktop"
SMOKE_TIMEOUT = 45.0
SMOKE_RENDER_TIMEOUT = 20.0


def run_gui(data_dir: Path, *, smoke: bool = False, smtp: tuple[str, int] | None = None,
            lmtp: tuple[str, int] | None = None, store_url: str | None = None) -> int:
    """Run the desktop app (or its `--smoke` check) and return the process exit code.

    `smtp`/`lmtp` (`gui --smtp/--lmtp`) override, for this run, where the listener binds;
    `store_url` (`--store`, `$STRINGEEX_STORE`) opens a team store instead of the folder's.
    """
    loop = _qt_loop()
    main = _smoke(data_dir) if smoke else _desktop(data_dir, smtp, lmtp, store_url)
    sys.excepthook = _report_unexpected
    try:
        with loop:
            return loop.run_until_complete(main)
    except KeyboardInterrupt:
        return 130
    except RuntimeError as exc:
        if "stopped before Future completed" not in str(exc):
            raise
        # The session ended under us (logout, shutdown): the presence lease expires by itself.
        log.warning("Qt quit before the app could shut down cleanly")
        return 0


def run_gmail_consent(service, **options):
    """`mailbox add-gmail --browser embedded`: the app's consent dialog on its own; returns
    the Gmail mailbox, or raises the error consent ended with (ConsentError when the person
    closed the dialog), so the command exits 1 with the reason as `--browser system` does."""
    loop = _qt_loop()
    with loop:
        return loop.run_until_complete(gmail_consent_window(service, **options))


async def gmail_consent_window(service, *, queue: str | None, online_first: bool,
                               since_days: int | None, timeout: float):
    """With a queue given, consent starts at once; without, the person picks one first."""
    from .core.errors import ConsentError
    from .gui.settings.gmail_consent_dialog import GmailConsentDialog

    dialog = GmailConsentDialog(service, timeout=timeout)
    saved, failed = [], []
    dialog.saved.connect(saved.append)
    dialog.failed.connect(lambda exc: (failed.append(exc), dialog.reject()))
    dialog.preset(queue, online_first, since_days)
    if queue:
        dialog.start()  # runs once _finished has opened the dialog
    await _finished(dialog)
    await asyncio.sleep(0.05)  # Qt deletes the closed dialog's web page before the loop ends
    if failed:
        raise failed[0]
    if not saved:
        raise ConsentError("The consent window was closed before Google answered; nothing "
                           "was saved.")
    return saved[0]


def _qt_loop():
    """The QApplication and its one qasync loop (QtWebEngine imported before either)."""
    if hasattr(os, "geteuid") and os.geteuid() == 0 and not os.environ.get(
            "QTWEBENGINE_DISABLE_SANDBOX"):
        # Chromium refuses to start as root with its sandbox on; say so rather than fail blank.
        log.warning("running as root: QtWebEngine's sandbox is turned off")
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    from .gui.web.chromium_switches import lock_down_chromium

    lock_down_chromium()  # read once, when QtWebEngine starts
    from PySide6 import QtWebEngineWidgets  # noqa: F401  (must precede the QApplication)
    from PySide6.QtWidgets import QApplication
    import qasync

    from .gui.web.message_profile import register_cid_scheme

    register_cid_scheme()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else PROG])
    _configure(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    return loop


def _report_unexpected(kind, value, tb) -> None:
    """A bug in a slot: the traceback goes to the log, the person gets one readable line."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.error("unexpected error", exc_info=(kind, value, tb))
    from PySide6.QtWidgets import QApplication

    from .gui.widgets.common import error_text, show_error

    if QApplication.instance() is not None:
        show_error(QApplication.activeWindow(), "StringeeX Desktop",
                   error_text(value, log_unexpected=False))


def install_translators(app, locale) -> list:
    """Qt's own strings and ours in `locale`'s language (none for English)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    installed = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("stringeex_desktop", ":/translations")):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _configure(app) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QIcon

    from .gui import preferences
    from .gui.theme import follow_system_scheme
    from .gui.forms import resources_rc  # noqa: F401  (registers the :/ resources)

    app.setApplicationName("StringeeX Desktop")
    app.setOrganizationName("StringeeX")
    app.setDesktopFileName("stringeex-desktop")
    app.setWindowIcon(QIcon(":/icons/app.svg"))
    app.setQuitOnLastWindowClosed(False)  # the main coroutine decides when to stop
    chosen = preferences.language()
    locale = QLocale(chosen) if chosen else QLocale.system()
    if locale.language() == QLocale.Language.C:  # no LANG at all: English, digits grouped
        locale = QLocale("en_US")
    QLocale.setDefault(locale)  # dates and numbers follow the chosen language too
    install_translators(app, locale)
    follow_system_scheme(app)


class _Session:
    """The objects one open data folder needs, built and torn down in a safe order."""

    def __init__(self, service, listener, idle_minutes: int, agent_email: str | None = None):
        from .core.runtime import Core
        from .gui.bridge import EventBridge
        from .gui.core_controller import CoreController
        from .gui.main_window import MainWindow
        from .gui.web.message_profile import MessageProfile
        from .gui.presence_controller import PresenceController

        agent = service.sign_in(agent_email)
        self.service = service
        self.bridge = EventBridge(service.bus)
        self.profile = MessageProfile(service.inline_part)
        self.core = CoreController(service, lambda: Core(service), listener)
        self.presence = PresenceController(service, agent.email, idle_minutes=idle_minutes)
        self.window = MainWindow(service, self.bridge, self.profile, self.presence, self.core)
        self.window.setWindowTitle(f"StringeeX Desktop — {agent.name} <{agent.email}>")
        self.window.show()
        self.presence.start()

    async def close(self) -> None:
        """Offline first (the core may still need to send), then the core, then the widgets;
        the web profile goes last, after every page that used it."""
        await self.window.pane.composing.release()
        await self.presence.shut_down()
        await self.core.stop()
        self.bridge.detach()
        self.window.hide()
        self.window.deleteLater()
        await asyncio.sleep(0.05)  # let Qt delete the window and its web pages
        self.profile.deleteLater()
        await asyncio.sleep(0.05)


async def _open_service(data_dir: Path, store_url: str | None = None):
    """Opening may migrate the store: off the Qt thread, so the window never freezes on it."""
    from .core.service import Service

    return await Service.open(data_dir, store_url=store_url)


async def _desktop(data_dir: Path, smtp: tuple[str, int] | None,
                   lmtp: tuple[str, int] | None, store_url: str | None = None) -> int:
    from PySide6.QtWidgets import QDialog

    from .core.errors import StringeexError
    from .gui import preferences
    from .gui.settings.listener_settings import ListenerSettings
    from .gui.settings.portal_setup_dialog import PortalSetupDialog
    from .gui.sign_in_dialog import SignInDialog

    if store_url is None:
        from .gui.settings.team_store_settings import TeamStoreSettings

        saved = TeamStoreSettings.load()
        store_url = saved.url() if saved.enabled and saved.complete else None
    try:
        service = await _open_service(data_dir, store_url)
    except (StringeexError, OSError) as exc:
        return await _fatal(f"Cannot open the team store: {exc}" if store_url
                            else f"Cannot open the data folder {data_dir}: {exc}")
    session = None
    try:
        if service.portal() is None:
            dialog = PortalSetupDialog(service)
            if await _finished(dialog) != QDialog.DialogCode.Accepted:
                return 0
        listener = (ListenerSettings.from_command_line(smtp, lmtp) if smtp or lmtp
                    else ListenerSettings.load())
        agents = service.agents()
        agent_email = None
        if len(agents) > 1:  # who is working: their role decides what they see and may do
            dialog = SignInDialog(agents)
            if await _finished(dialog) != QDialog.DialogCode.Accepted:
                return 0
            agent_email = dialog.chosen_email()
        session = _Session(service, listener, preferences.idle_minutes(), agent_email)
        closed = asyncio.get_running_loop().create_future()
        session.window.closing.connect(lambda: closed.done() or closed.set_result(None))
        _stop_on_signals(session.window)
        await session.core.start()
        await closed
        return 0
    except StringeexError as exc:
        return await _fatal(str(exc))
    finally:
        if session is not None:
            await session.close()
        service.close()


async def _finished(dialog) -> int:
    """A dialog's result without a nested event loop (exec() would re-enter asyncio)."""
    done = asyncio.get_running_loop().create_future()
    dialog.finished.connect(lambda result: done.done() or done.set_result(result))
    dialog.open()
    return await done


def _stop_on_signals(window) -> None:
    """Ctrl+C or SIGTERM close the window, so quitting still runs the clean shutdown."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, window.quit)
        except (NotImplementedError, RuntimeError, ValueError):
            pass


async def _fatal(text: str) -> int:
    from PySide6.QtWidgets import QMessageBox

    print(f"{PROG}: {text}", file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, "StringeeX Desktop", text)
    await _finished(box)
    return 1


async def _smoke(data_dir: Path) -> int:
    """Start, render an HTML ticket, start and stop the core, exit 0; or one line and 1."""
    from .gui.smoke import SmokeError

    try:
        await asyncio.wait_for(_smoke_steps(data_dir), SMOKE_TIMEOUT)
    except SmokeError as exc:
        return _smoke_failed(str(exc))
    except TimeoutError:
        return _smoke_failed(f"did not finish within {SMOKE_TIMEOUT:g} s")
    except Exception as exc:
        from .gui.widgets.common import error_text
        return _smoke_failed(error_text(exc))
    print("smoke ok", flush=True)
    return 0


def _smoke_failed(reason: str) -> int:
    print(f"{PROG}: smoke failed: {reason}", file=sys.stderr, flush=True)
    return 1


async def _smoke_steps(data_dir: Path) -> None:
    from .gui import smoke
    from .gui.settings.listener_settings import ListenerSettings

    service = await _open_service(data_dir)
    session = None
    try:
        if service.portal() is None:
            await service.set_up(smoke.DOMAIN, smoke.ADMIN_EMAIL, smoke.ADMIN_NAME)
        ticket_id = await smoke.ensure_html_ticket(service)
        session = _Session(service, ListenerSettings(("127.0.0.1", 0)), idle_minutes=0)
        rendered = asyncio.get_running_loop().create_future()
        session.window.pane.html_rendered.connect(
            lambda _message_id, ok: rendered.done() or rendered.set_result(ok))
        if not session.window.select_ticket(ticket_id):
            raise smoke.SmokeError(f"ticket {ticket_id} is not in the ticket list")
        try:
            ok = await asyncio.wait_for(rendered, SMOKE_RENDER_TIMEOUT)
        except TimeoutError:
            raise smoke.SmokeError("the HTML message did not finish loading") from None
        if not ok:
            raise smoke.SmokeError("the HTML message failed to load in the web view")
        if not await session.core.start():
            raise smoke.SmokeError(f"the core did not start: {session.core.state_text}")
        await session.core.stop()
    finally:
        if session is not None:
            await session.close()
        service.close()
