"""Add a Gmail address (or re-authorize one) through Google's consent, inside the app first."""

from __future__ import annotations

import asyncio

import shiboken6
from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from qasync import asyncSlot

from ...core.models import Mailbox
from ...core.service import CONSENT_TIMEOUT, Service
from ..forms.ui_gmail_consent_dialog import Ui_GmailConsentDialog
from ..web.consent_page import ConsentPage
from ..web.consent_profile import ConsentProfile
from ..widgets.common import error_text, set_message
from ..widgets.field_errors import FORM, FieldErrors
from .google_client_dialog import GoogleClientDialog

# The core's ValidationError.field names for this form's inputs.
QUEUE, SINCE_DAYS = "queue", "since_days"
REFUSAL_MARKERS = ("disallowed_useragent", "This browser or app may not be secure")
"""How Google's refusal of embedded browsers shows, in its URL or its text."""

OPTIONS, WEB, BROWSER = range(3)  # the stack's pages
WEB_SIZE = (720, 600)
"""Room for Google's sign-in page; still inside a 1024×640 screen."""


class GmailConsentDialog(QDialog):
    """Options first (queue, routing, how much to import), then Google's page in a private
    embedded view; when Google refuses the embedded browser the same consent (same loopback
    listener, PKCE and state) continues in the system browser by itself.

    The consent runs as one task: Cancel, closing the dialog or the core's timeout end it,
    the core closes its listener, and nothing is saved.
    """

    saved = Signal(object)  # the stored Mailbox
    failed = Signal(object)  # the exception a consent ended with (shown in the dialog too)

    def __init__(self, service: Service, mailbox: Mailbox | None = None,
                 parent: QWidget | None = None, timeout: float = CONSENT_TIMEOUT):
        super().__init__(parent)
        self.ui = Ui_GmailConsentDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        self._service = service
        self.mailbox = mailbox
        self._timeout = timeout
        self.task: asyncio.Task | None = None
        self.consent = None
        self.view: QWebEngineView | None = None
        self.client_dialog: GoogleClientDialog | None = None
        self._profile: ConsentProfile | None = None
        ui = self.ui
        self.errors = FieldErrors(
            {QUEUE: ui.queueError, SINCE_DAYS: ui.daysError, FORM: ui.formError},
            {QUEUE: lambda: ui.queueCombo, SINCE_DAYS: lambda: ui.daysSpin}, self.validate)
        self.start_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("&Sign in with Google…"))
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        ui.importClientButton.clicked.connect(self.open_client_dialog)
        ui.reopenButton.clicked.connect(self._open_browser)
        ui.queueCombo.currentIndexChanged.connect(lambda *_: self.errors.edited(QUEUE))
        ui.daysSpin.valueChanged.connect(lambda *_: ui.recentRadio.setChecked(True))
        ui.noClientFrame.hide()
        ui.stack.setCurrentIndex(OPTIONS)
        if mailbox is None:
            try:
                ui.queueCombo.addItems([q.name for q in service.queues()])
            except Exception as exc:
                set_message(ui.formError, error_text(exc))
            ui.queueCombo.setCurrentIndex(-1)
        else:
            self.setWindowTitle(self.tr("Re-authorize {0}").format(mailbox.address))
            ui.introLabel.setText(self.tr(
                "Google no longer accepts this app's access to {0}. Sign in to that account "
                "again and allow access; its sync and replies then resume.").format(
                mailbox.address))
            for widget in (ui.queueLabel, ui.queueCombo, ui.onlineCheck, ui.importLabel,
                           ui.everythingRadio, ui.recentRadio, ui.daysSpin, ui.daysLabel):
                widget.hide()
        self.errors.show({})
        self.check_client()

    # -- the OAuth client -----------------------------------------------------------------

    @asyncSlot()
    async def check_client(self) -> None:
        """Without an imported client nothing can start: say so and offer the import."""
        try:
            client_id = await asyncio.to_thread(self._service.google_client_id)
        except Exception as exc:
            client_id, error = None, exc
        else:
            error = None
        if not shiboken6.isValid(self):  # closed and deleted while the keyring answered
            return
        if error is not None:
            set_message(self.ui.formError, error_text(error))
            return
        self.ui.noClientFrame.setVisible(client_id is None)
        self.start_button.setEnabled(client_id is not None and self.task is None)

    def open_client_dialog(self) -> GoogleClientDialog:
        self.client_dialog = GoogleClientDialog(self._service, self)
        self.client_dialog.imported.connect(lambda *_: self.check_client())
        self.client_dialog.open()
        return self.client_dialog

    # -- options --------------------------------------------------------------------------

    def preset(self, queue: str | None, online_first: bool, since_days: int | None) -> None:
        """The options given on the command line (`mailbox add-gmail --browser embedded`)."""
        ui = self.ui
        ui.queueCombo.setCurrentIndex(ui.queueCombo.findText(queue or ""))
        ui.onlineCheck.setChecked(online_first)
        if since_days is not None:
            ui.daysSpin.setValue(since_days)
            ui.recentRadio.setChecked(True)

    def since_days(self) -> int | None:
        return self.ui.daysSpin.value() if self.ui.recentRadio.isChecked() else None

    def validate(self) -> dict[str, str]:
        if self.mailbox is not None or self.ui.queueCombo.currentIndex() >= 0:
            return {}
        return {QUEUE: self.tr("Take one among queues: it receives this address's tickets.")
                if self.ui.queueCombo.count() else
                self.tr("No queue exists yet: add one in Settings → Queues first.")}

    # -- the consent ----------------------------------------------------------------------

    def start(self) -> None:
        if self.task is not None or not self.errors.check():
            return
        self.start_button.hide()
        set_message(self.ui.formError, self.tr("Opening Google's sign-in page…"), role="hint")
        self.task = asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        ui = self.ui
        try:
            if self.mailbox is None:
                mailbox = await self._service.add_gmail_mailbox(
                    self._show, timeout=self._timeout, queue=ui.queueCombo.currentText(),
                    online_first=ui.onlineCheck.isChecked(), since_days=self.since_days())
            else:
                mailbox = await self._service.reauthorize_gmail(self.mailbox.id, self._show,
                                                                timeout=self._timeout)
        except Exception as exc:
            self.task = None
            self._close_web()
            ui.stack.setCurrentIndex(OPTIONS)
            self.start_button.show()
            set_message(ui.formError)
            self.errors.show_core_error(exc)
            self.check_client()
            self.failed.emit(exc)
            return
        self.task = None
        self.saved.emit(mailbox)
        self.accept()

    def _show(self, consent) -> None:
        """The core's `show`: Google's page in a private view that hands the redirect back."""
        self.consent = consent
        set_message(self.ui.formError)
        self._profile = ConsentProfile(self)
        self.view = QWebEngineView(self.ui.webPage)
        page = ConsentPage(self._profile, consent.offer, self.view)
        page.captured.connect(self._captured)
        page.urlChanged.connect(self._check_url)
        page.loadFinished.connect(self._check_text)
        self.view.setPage(page)
        self.ui.webLayout.addWidget(self.view, 1)
        self.ui.stack.setCurrentIndex(WEB)
        self.resize(max(self.width(), WEB_SIZE[0]), max(self.height(), WEB_SIZE[1]))
        self.view.setUrl(QUrl(consent.url))

    def _captured(self) -> None:
        set_message(self.ui.formError, self.tr("Google answered; finishing the sign-in…"),
                    role="hint")

    def _check_url(self, url: QUrl) -> None:
        if self._refused(url.toString()):
            self._to_browser()

    def _check_text(self, _ok: bool) -> None:
        if self.view is not None:
            self.view.page().toPlainText(
                lambda text: self._to_browser() if self._refused(text) else None)

    @staticmethod
    def _refused(text: str) -> bool:
        return any(marker.lower() in text.lower() for marker in REFUSAL_MARKERS)

    def _to_browser(self) -> None:
        """Google refused the embedded view: the same consent, in the system browser."""
        if self.consent is None or self.ui.stack.currentIndex() == BROWSER:
            return
        self._close_web()
        self.ui.stack.setCurrentIndex(BROWSER)
        self._open_browser()

    def _open_browser(self) -> None:
        if self.consent is None:
            return
        if QDesktopServices.openUrl(QUrl(self.consent.url)):
            set_message(self.ui.formError)
            return
        QGuiApplication.clipboard().setText(self.consent.url)
        set_message(self.ui.formError, self.tr(
            "No web browser could be opened. The sign-in address was copied to the "
            "clipboard: paste it into a web browser."), role="error")

    def _close_web(self) -> None:
        """The page goes before its profile (Qt requires that order)."""
        view, profile = self.view, self._profile
        self.view = self._profile = None
        if view is not None:
            view.hide()
            view.page().deleteLater()
            view.deleteLater()
        if profile is not None:
            profile.deleteLater()

    def done(self, result: int) -> None:
        """Cancel, Escape, the window's close button or success: the consent ends here."""
        task, self.task = self.task, None
        if task is not None and not task.done():
            task.cancel()
        self._close_web()
        super().done(result)
