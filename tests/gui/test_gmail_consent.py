"""Gmail in the GUI: Google consent in the real QtWebEngine against the local OAuth provider,
the system-browser path when the embedded view is refused, Cancel, the OAuth client import,
the Update dialog and the needs-re-authorization row (DESIGN.md sections 1 and 7)."""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode, urljoin

import pytest
import shiboken6
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import QWebEngineSettings
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from conftest import cli_env
from peers.google_oauth import ConsentForm, GoogleOAuthPeer
from stringeex_desktop.app import gmail_consent_window
from stringeex_desktop.core.errors import ConsentError
from stringeex_desktop.core.models import utcnow
from stringeex_desktop.gui.bridge import EventBridge
from stringeex_desktop.gui.settings.email_channel_page import EmailChannelPage
from stringeex_desktop.gui.web.message_profile import MessageProfile
from stringeex_desktop.gui.settings.gmail_consent_dialog import (BROWSER, OPTIONS, WEB,
                                                                 GmailConsentDialog)

ACCOUNT = "helpdesk@gmail.example"
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@pytest.fixture
def google(monkeypatch):
    with GoogleOAuthPeer(account=ACCOUNT) as peer:
        monkeypatch.setenv("STRINGEEX_GOOGLE_USERINFO_URL", peer.userinfo_url)
        yield peer


@pytest.fixture
def imported(portal, google, run):
    run(portal.import_google_client(google.client_secrets_json()))
    return google


@pytest.fixture
def page(portal, qtbot):
    bridge = EventBridge(portal.bus)
    page = EmailChannelPage(portal, bridge)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    yield page
    dialog = page.dialog
    if isinstance(dialog, GmailConsentDialog) and shiboken6.isValid(dialog):
        dialog.reject()  # a failed test's consent: the web page must go before its profile
        qtbot.wait(50)
    bridge.detach()


class BrowserPlayer(QObject):
    """QDesktopServices' http handler: records the URL and, like a person at the system
    browser, fetches the consent page, presses Allow and follows the redirect (a thread)."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.answers: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())
        threading.Thread(target=self._allow, args=(url.toString(),), daemon=True).start()

    def _allow(self, url: str) -> None:
        self.answers.append(fetch(press_allow(url)))


def press_allow(url: str) -> str:
    """The consent form submitted as a browser does; returns the provider's redirect."""
    form = ConsentForm()
    form.feed(NO_PROXY.open(url, timeout=30).read().decode())

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect)
    try:
        opener.open(urljoin(url, form.action), data=urlencode(form.fields).encode(), timeout=30)
    except urllib.error.HTTPError as exc:
        return exc.headers["Location"]
    raise AssertionError("the provider did not redirect")


def fetch(url: str) -> str:
    try:
        with NO_PROXY.open(url, timeout=30) as answer:
            return answer.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.read().decode()


def open_consent(page, qtbot) -> GmailConsentDialog:
    page.add_gmail_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, GmailConsentDialog)
    qtbot.waitUntil(dialog.start_button.isEnabled)
    return dialog


def wait_for_consent_page(dialog, qtbot) -> None:
    qtbot.waitUntil(lambda: dialog.ui.stack.currentIndex() == WEB, timeout=15_000)
    qtbot.waitUntil(lambda: dialog.view.title() == "Sign in - Google Accounts", timeout=30_000)
    qtbot.waitUntil(lambda: not dialog.view.page().isLoading(), timeout=30_000)


def click_allow(dialog) -> None:
    dialog.view.page().runJavaScript("document.getElementById('allow').click()")


def import_window(portal, mailbox) -> int:
    """The days the first import reaches back, as the sync state records it."""
    since = portal._ctx.store.read().sync.get_state(mailbox.id).since
    return round((utcnow() - since) / timedelta(days=1))


def gmail(portal):
    return [m for m in portal.mailboxes("gmail") if m.address == ACCOUNT]


def test_consent_in_the_embedded_view_saves_and_lists_the_address(page, portal, imported,
                                                                   qtbot):
    dialog = open_consent(page, qtbot)
    ui = dialog.ui
    assert ui.noClientFrame.isHidden() and ui.stack.currentIndex() == OPTIONS
    ui.queueCombo.setCurrentIndex(ui.queueCombo.findText("Support"))
    ui.onlineCheck.setChecked(True)
    ui.daysSpin.setValue(14)  # choosing a number chooses "the last N days"
    assert ui.recentRadio.isChecked()
    dialog.start_button.click()
    wait_for_consent_page(dialog, qtbot)
    profile = dialog.view.page().profile()
    assert profile.isOffTheRecord()
    assert profile.settings().testAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled)
    assert not isinstance(profile, MessageProfile)  # whose JavaScript stays off
    captured = []
    dialog.view.page().captured.connect(lambda: captured.append(True))
    click_allow(dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    assert captured  # the redirect was taken from the page, not loaded in it
    [mailbox] = gmail(portal)
    assert (mailbox.queue, mailbox.online_first) == ("Support", True)
    assert import_window(portal, mailbox) == 14
    assert page.model.row_of(mailbox.id) is not None
    assert imported.pkce_failures == 0


def test_refused_embedded_view_continues_in_the_system_browser(page, portal, imported, qtbot):
    imported.refuse_embedded = "QtWebEngine"  # Qt's own user agent, not spoofed
    player = BrowserPlayer()
    QDesktopServices.setUrlHandler("http", player, "open")
    try:
        dialog = open_consent(page, qtbot)
        ui = dialog.ui
        ui.queueCombo.setCurrentIndex(0)
        dialog.start_button.click()
        qtbot.waitUntil(lambda: bool(player.urls), timeout=30_000)
        assert ui.stack.currentIndex() == BROWSER and dialog.view is None
        assert "may not be secure" in ui.refusalLabel.text()
        assert ui.waitingLabel.text() == "Waiting for you to allow access in your browser…"
        assert player.urls == [dialog.consent.url]  # the same listener, PKCE and state
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    finally:
        QDesktopServices.unsetUrlHandler("http")
    assert "You can close this window" in player.answers[0]
    assert len(gmail(portal)) == 1 and page.model.row_of(gmail(portal)[0].id) is not None


def test_cancel_saves_nothing_and_closes_the_listener(page, portal, imported, qtbot):
    dialog = open_consent(page, qtbot)
    dialog.ui.queueCombo.setCurrentIndex(0)
    dialog.start_button.click()
    wait_for_consent_page(dialog, qtbot)
    task, consent = dialog.task, dialog.consent
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(task.done)
    assert task.cancelled() and dialog.result() == QDialog.DialogCode.Rejected
    port = int(consent.redirect_uri.rsplit(":", 1)[1].strip("/"))
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port)):
        pass
    assert not portal.mailboxes("gmail")


def test_no_answer_in_time_says_so_and_saves_nothing(portal, imported, qtbot):
    dialog = GmailConsentDialog(portal, timeout=1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.start_button.isEnabled)
    dialog.ui.queueCombo.setCurrentIndex(0)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: "no answer within" in dialog.ui.formError.text(), timeout=20_000)
    assert dialog.ui.stack.currentIndex() == OPTIONS and dialog.view is None
    qtbot.waitUntil(dialog.start_button.isEnabled)  # it can be run again
    assert not portal.mailboxes("gmail")


def test_queue_is_required_before_consent(page, imported, qtbot):
    dialog = open_consent(page, qtbot)
    dialog.start_button.click()
    assert dialog.task is None and dialog.ui.queueError.text().startswith("Take one among")


def test_without_a_client_the_dialog_offers_the_import(page, portal, google, qtbot, tmp_path):
    dialog = open_consent_without_client(page, qtbot)
    assert not dialog.start_button.isEnabled()
    dialog.ui.importClientButton.click()
    importer = dialog.client_dialog
    qtbot.waitUntil(lambda: importer.ui.clientIdLabel.text() == "none yet")
    hostile = {"web.json": json.dumps({"web": {"client_id": "x", "client_secret": "y"}}),
               "junk.json": "\x00not json at all",
               "huge.json": "{" + " " * 200_000 + "}",
               "http.json": json.dumps({"installed": {
                   "client_id": "x", "client_secret": "y",
                   "token_uri": "http://tokens.example.com/token"}})}
    for name, text in hostile.items():
        path = tmp_path / name
        path.write_text(text)
        importer.import_file(str(path))
        qtbot.waitUntil(lambda: importer.ui.resultLabel.text().startswith("Not imported"))
        assert portal.google_client_id() is None, name
        importer.ui.resultLabel.clear()
    good = tmp_path / "client_secret.json"
    good.write_text(google.client_secrets_json())
    chooser = importer.choose_file()
    chooser.fileSelected.emit(str(good))
    qtbot.waitUntil(lambda: importer.ui.clientIdLabel.text() == google.client_id)
    qtbot.waitUntil(dialog.start_button.isEnabled)
    assert dialog.ui.noClientFrame.isHidden()
    chooser.reject()


def open_consent_without_client(page, qtbot) -> GmailConsentDialog:
    page.add_gmail_action.trigger()
    dialog = page.dialog
    qtbot.waitUntil(lambda: not dialog.ui.noClientFrame.isHidden())
    return dialog


def add_gmail_through_the_browser(portal, run):
    def show(consent):
        threading.Thread(target=lambda: fetch(press_allow(consent.url)), daemon=True).start()
    return run(portal.add_gmail_mailbox(show, queue="Support"), timeout=30_000)


def test_update_dialog_sets_active_queue_and_prioritize(page, portal, imported, run, qtbot):
    mailbox = add_gmail_through_the_browser(portal, run)
    run(portal.add_queue("Billing"))
    page.reload()
    page.ui.mailboxView.selectRow(page.model.row_of(mailbox.id))
    assert page.ui.updateButton.isEnabled()
    page.ui.updateButton.click()
    dialog = page.dialog
    ui = dialog.ui
    assert ui.addressLabel.text() == ACCOUNT and ui.activeCheck.isChecked()
    assert ui.queueCombo.currentText() == "Support" and not ui.onlineCheck.isChecked()
    assert ui.reauthButton.isHidden()
    ui.queueCombo.setCurrentIndex(-1)
    dialog.save_button.click()
    assert ui.queueError.text().startswith("Take one among")  # under its field, not saved
    ui.queueCombo.setCurrentIndex(ui.queueCombo.findText("Billing"))
    ui.activeCheck.setChecked(False)
    ui.onlineCheck.setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    stored = portal.mailbox(mailbox.id)
    assert (stored.active, stored.queue, stored.online_first) == (False, "Billing", True)


def test_needs_reauth_row_has_its_button_and_consent_renews_the_grant(
        page, portal, imported, run, qtbot, make_window):
    mailbox = add_gmail_through_the_browser(portal, run)
    run(portal.set_mailbox_health(mailbox.id, "needs_reauth",
                                  error="Google no longer accepts the grant"))
    window, _core, _presence = make_window()
    status = window.findChild(QObject, "mailboxHealthButton")
    assert status.isVisible() and status.text() == f"{ACCOUNT} needs re-authorization"
    qtbot.waitUntil(lambda: mailbox.id in page.reauth_buttons)
    row = page.model.row_of(mailbox.id)
    assert page.model.index(row, page.model.HEALTH).data().startswith("Needs re-authorization")
    button = page.reauth_buttons[mailbox.id]
    assert button.isVisible()
    button.click()
    dialog = page.dialog
    assert isinstance(dialog, GmailConsentDialog) and dialog.mailbox.id == mailbox.id
    assert dialog.ui.queueCombo.isHidden()
    dialog.reject()

    update = page.open_gmail_email(portal.mailbox(mailbox.id))  # the same, from Update
    assert update.ui.healthLabel.text() == "Needs re-authorization"
    assert update.ui.healthDetail.text() == "Google no longer accepts the grant"
    update.ui.reauthButton.click()
    dialog = page.dialog
    assert isinstance(dialog, GmailConsentDialog) and dialog.mailbox.id == mailbox.id
    qtbot.waitUntil(dialog.start_button.isEnabled)
    dialog.start_button.click()
    wait_for_consent_page(dialog, qtbot)
    click_allow(dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    assert portal.mailbox(mailbox.id).health.state == "ok"
    qtbot.waitUntil(lambda: not page.reauth_buttons)
    qtbot.waitUntil(lambda: status.isHidden())


def test_refusal_told_only_by_the_page_text_also_moves_to_the_browser(page, imported, qtbot):
    """Google's refusal page does not always name disallowed_useragent in its address."""
    player = BrowserPlayer()
    QDesktopServices.setUrlHandler("http", player, "open")
    try:
        dialog = open_consent(page, qtbot)
        dialog.ui.queueCombo.setCurrentIndex(0)
        dialog.start_button.click()
        wait_for_consent_page(dialog, qtbot)
        dialog.view.setUrl(QUrl(f"{imported.base}/signin/rejected"))  # the text alone
        qtbot.waitUntil(lambda: bool(player.urls), timeout=30_000)
        assert dialog.ui.stack.currentIndex() == BROWSER
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    finally:
        QDesktopServices.unsetUrlHandler("http")


def shown_consent_dialog() -> GmailConsentDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, GmailConsentDialog) and w.isVisible()), None)


def test_the_command_lines_embedded_window_uses_its_options(portal, imported, loop, qtbot):
    """`mailbox add-gmail --browser embedded --queue Support ...`: consent starts at once."""
    future = asyncio.ensure_future(gmail_consent_window(
        portal, queue="Support", online_first=True, since_days=7, timeout=60), loop=loop)
    qtbot.waitUntil(lambda: shown_consent_dialog() is not None)
    dialog = shown_consent_dialog()
    wait_for_consent_page(dialog, qtbot)
    click_allow(dialog)
    qtbot.waitUntil(future.done, timeout=30_000)
    mailbox = future.result()
    assert (mailbox.address, mailbox.queue, mailbox.online_first) == (ACCOUNT, "Support", True)
    assert import_window(portal, mailbox) == 7


def test_the_command_lines_window_closed_saves_nothing(portal, imported, loop, qtbot):
    future = asyncio.ensure_future(gmail_consent_window(
        portal, queue=None, online_first=False, since_days=None, timeout=60), loop=loop)
    qtbot.waitUntil(lambda: shown_consent_dialog() is not None)
    dialog = shown_consent_dialog()
    assert dialog.ui.stack.currentIndex() == OPTIONS  # no queue given: the person picks one
    dialog.reject()
    qtbot.waitUntil(future.done)
    with pytest.raises(ConsentError, match="nothing was saved"):
        future.result()
    assert not portal.mailboxes("gmail")


BROWSER_SCRIPT = """#!{python}
# The system browser, played: consent page, Allow, and the redirect to the app's listener.
import sys, urllib.parse, urllib.request
sys.path.insert(0, {peers!r})
from google_oauth import ConsentForm
opener = urllib.request.build_opener(urllib.request.ProxyHandler({{}}))
form = ConsentForm()
form.feed(opener.open(sys.argv[1], timeout=30).read().decode())
with opener.open(urllib.parse.urljoin(sys.argv[1], form.action),
                 data=urllib.parse.urlencode(form.fields).encode(), timeout=30) as answer:
    open({log!r}, "w").write(answer.read().decode())
"""


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs Xvfb (xvfb-run)")
def test_cli_browser_embedded_falls_back_to_the_system_browser(tmp_path, google):
    """`mailbox add-gmail --browser embedded` on a display: the app's dialog, refused by the
    provider as Google refuses QtWebEngine, continues in $BROWSER and saves the mailbox."""
    google.refuse_embedded = "QtWebEngine"
    google.account = "cli@gmail.example"
    script, log = tmp_path / "browser", tmp_path / "browser.log"
    script.write_text(BROWSER_SCRIPT.format(python=sys.executable, log=str(log),
                                            peers=str(Path(__file__).parents[1] / "peers")))
    script.chmod(0o755)
    secrets_file = tmp_path / "client_secret.json"
    secrets_file.write_text(google.client_secrets_json())
    env = cli_env(BROWSER=str(script), QT_QPA_PLATFORM="xcb", QTWEBENGINE_DISABLE_SANDBOX="1",
                  STRINGEEX_GOOGLE_USERINFO_URL=google.userinfo_url)
    data = tmp_path / "data"

    def cli(*args):
        return subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable,
                               "-m", "stringeex_desktop", "--data-dir", str(data), *args],
                              env=env, capture_output=True, text=True, timeout=180)

    assert cli("queue", "add", "Support").returncode == 0
    done = cli("mailbox", "add-gmail", "--browser", "embedded", "--client-secrets",
               str(secrets_file), "--queue", "Support", "--since-days", "3", "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    mailbox = json.loads(done.stdout)
    assert (mailbox["kind"], mailbox["address"], mailbox["queue"]) == (
        "gmail", "cli@gmail.example", "Support")
    assert "You can close this window" in log.read_text()


def test_the_command_lines_window_ends_with_the_consents_error(portal, imported, loop, qtbot):
    """As with --browser system, no answer in time ends the command with the reason."""
    future = asyncio.ensure_future(gmail_consent_window(
        portal, queue="Support", online_first=False, since_days=None, timeout=1), loop=loop)
    qtbot.waitUntil(future.done, timeout=20_000)
    with pytest.raises(ConsentError, match="no answer within"):
        future.result()
    assert shown_consent_dialog() is None and not portal.mailboxes("gmail")


def test_deny_in_the_embedded_view_says_so_and_saves_nothing(page, portal, imported, qtbot):
    dialog = open_consent(page, qtbot)
    dialog.ui.queueCombo.setCurrentIndex(0)
    dialog.start_button.click()
    wait_for_consent_page(dialog, qtbot)
    dialog.view.page().runJavaScript("document.getElementById('deny').click()")
    qtbot.waitUntil(lambda: "access_denied" in dialog.ui.formError.text(), timeout=30_000)
    assert dialog.ui.stack.currentIndex() == OPTIONS and dialog.isVisible()
    assert not portal.mailboxes("gmail")


def test_first_import_shows_its_progress_in_the_health_cell(page, portal, imported, run, qtbot):
    """The sync's SYNC events become "Syncing n of N" and a bar, while the mailbox syncs."""
    from stringeex_desktop.core import events
    from stringeex_desktop.core.events import Event

    mailbox = add_gmail_through_the_browser(portal, run)
    run(portal.set_mailbox_health(mailbox.id, "syncing"))
    qtbot.waitUntil(lambda: page.model.row_of(mailbox.id) is not None)
    cell = page.model.index(page.model.row_of(mailbox.id), page.model.HEALTH)
    assert cell.data() == "Syncing…" and cell.data(page.model.PROGRESS_ROLE) is None
    portal.bus.emit(Event(events.SYNC, (mailbox.id,), "1200 of 2000",
                          {"done": 1200, "total": 2000}))
    assert cell.data() == "Syncing 1,200 of 2,000"
    assert cell.data(page.model.PROGRESS_ROLE) == (1200, 2000)
    page.grab()  # the delegate paints its bar without error
    run(portal.set_mailbox_health(mailbox.id, "ok", ok=True))
    qtbot.waitUntil(lambda: page.model.index(page.model.row_of(mailbox.id),
                                             page.model.HEALTH).data() == "OK")
    cell = page.model.index(page.model.row_of(mailbox.id), page.model.HEALTH)
    assert cell.data(page.model.PROGRESS_ROLE) is None
