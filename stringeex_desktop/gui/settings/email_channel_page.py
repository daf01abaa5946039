"""Settings page: the list of email addresses, and the way to add, update or remove one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QMenu, QMessageBox, QPushButton, QWidget
from qasync import asyncSlot

from ...core.models import Mailbox
from ...core.service import Service
from ..bridge import EventBridge
from ..forms.ui_email_channel_page import Ui_EmailChannelPage
from ..widgets.common import error_text, health_label, health_text, set_message
from ..widgets.elided_label import ElidedLabel
from .gmail_consent_dialog import GmailConsentDialog
from .gmail_email_dialog import GmailEmailDialog
from .google_client_dialog import GoogleClientDialog
from .internal_email_dialog import InternalEmailDialog
from .mailbox_table_model import MailboxTableModel
from .sync_progress_delegate import SyncProgressDelegate
from .smtp_email_dialog import SmtpEmailDialog

EDITABLE = ("internal", "smtp", "gmail")
Dialog = (InternalEmailDialog | SmtpEmailDialog | GmailEmailDialog | GmailConsentDialog
          | GoogleClientDialog)


def needs_reauth(mailbox: Mailbox) -> bool:
    return mailbox.kind == "gmail" and mailbox.active and mailbox.health.state == "needs_reauth"


class EmailChannelPage(QWidget):
    """Every kind is added and updated here; a Gmail row whose grant Google no longer accepts
    carries its own Re-authorize button."""

    def __init__(self, service: Service, bridge: EventBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_EmailChannelPage()
        self.ui.setupUi(self)
        self._service = service
        self.dialog: Dialog | None = None
        self.reauth_buttons: dict[int, QPushButton] = {}
        self.model = MailboxTableModel(service, self)
        view = self.ui.mailboxView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(MailboxTableModel.ADDRESS,
                                    QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((MailboxTableModel.KIND, 100), (MailboxTableModel.NAME, 130),
                              (MailboxTableModel.QUEUE, 100), (MailboxTableModel.ACTIVE, 64)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(MailboxTableModel.HEALTH, QHeaderView.ResizeMode.Stretch)
        view.setItemDelegateForColumn(MailboxTableModel.HEALTH, SyncProgressDelegate(view))
        bridge.sync_progress.connect(self.model.set_progress)

        menu = QMenu(self)
        self.add_internal_action = menu.addAction(self.tr("&Internal email"))
        self.add_internal_action.triggered.connect(lambda: self.open_internal_email())
        self.add_gmail_action = menu.addAction(self.tr("&Gmail"))
        self.add_gmail_action.triggered.connect(lambda: self.open_gmail_consent())
        self.add_smtp_action = menu.addAction(self.tr("&SMTP email"))
        self.add_smtp_action.triggered.connect(lambda: self.open_smtp_email())
        self.ui.addButton.setMenu(menu)

        self.ui.updateButton.clicked.connect(self.update_selected)
        self.ui.googleClientButton.clicked.connect(lambda: self.open_google_client())
        self.ui.removeButton.clicked.connect(self._confirm_remove)
        view.activated.connect(lambda *_: self.update_selected())  # double-click or Enter
        QShortcut(QKeySequence.StandardKey.Delete, view, self._confirm_remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.model.modelReset.connect(self._selection_changed)
        self.model.modelReset.connect(self._place_reauth_buttons)
        for signal in (bridge.mailboxes_changed, bridge.people_changed, bridge.store_changed):
            signal.connect(self.reload)
        set_message(self.ui.errorLabel)
        self.reload()
        view.selectionModel().currentRowChanged.connect(self._selection_changed)

    def reload(self) -> None:
        selected = self.selected_mailbox()
        try:
            self.model.reload()
        except Exception as exc:
            set_message(self.ui.errorLabel, error_text(exc))
            return
        row = self.model.row_of(selected.id) if selected else None
        if row is not None:
            self.ui.mailboxView.selectRow(row)
        self._selection_changed()

    def selected_mailbox(self) -> Mailbox | None:
        index = self.ui.mailboxView.currentIndex()
        return self.model.at(index.row()) if index.isValid() else None

    def _selection_changed(self, *_args: QModelIndex) -> None:
        mailbox = self.selected_mailbox()
        self.ui.updateButton.setEnabled(mailbox is not None and mailbox.kind in EDITABLE)
        self.ui.removeButton.setEnabled(mailbox is not None)

    def open_internal_email(self, mailbox: Mailbox | None = None) -> InternalEmailDialog:
        """Add (no mailbox) or update; window-modal, without blocking the asyncio loop."""
        self.dialog = InternalEmailDialog(self._service, mailbox, self.window())
        self.dialog.saved.connect(lambda *_: self.reload())
        self.dialog.open()
        return self.dialog

    def open_smtp_email(self, mailbox: Mailbox | None = None) -> SmtpEmailDialog:
        """Add (no mailbox) or update, like open_internal_email."""
        self.dialog = SmtpEmailDialog(self._service, mailbox, self.window())
        self.dialog.saved.connect(lambda *_: self.reload())
        self.dialog.open()
        return self.dialog

    def open_gmail_consent(self, mailbox: Mailbox | None = None) -> GmailConsentDialog:
        """Add a Gmail address (no mailbox) or re-authorize one, through Google's consent."""
        self.dialog = GmailConsentDialog(self._service, mailbox, self.window())
        self.dialog.saved.connect(lambda *_: self.reload())
        self.dialog.open()
        return self.dialog

    def open_gmail_email(self, mailbox: Mailbox) -> GmailEmailDialog:
        self.dialog = GmailEmailDialog(self._service, mailbox, self.window())
        self.dialog.saved.connect(lambda *_: self.reload())
        self.dialog.reauthorize_requested.connect(self.open_gmail_consent)
        self.dialog.open()
        return self.dialog

    def open_google_client(self) -> GoogleClientDialog:
        self.dialog = GoogleClientDialog(self._service, self.window())
        self.dialog.open()
        return self.dialog

    def update_selected(self) -> None:
        mailbox = self.selected_mailbox()
        if mailbox is not None and mailbox.kind == "internal":
            self.open_internal_email(mailbox)
        elif mailbox is not None and mailbox.kind == "smtp":
            self.open_smtp_email(mailbox)
        elif mailbox is not None and mailbox.kind == "gmail":
            self.open_gmail_email(mailbox)

    def _place_reauth_buttons(self) -> None:
        """The Health cell of a row that needs re-authorization: its text and the button."""
        self.reauth_buttons.clear()
        for row in range(self.model.rowCount()):
            mailbox = self.model.at(row)
            if not needs_reauth(mailbox):
                continue
            cell = QWidget()
            layout = QHBoxLayout(cell)
            layout.setContentsMargins(4, 0, 2, 0)
            cell.setAutoFillBackground(True)  # the view's own text would show through
            label = ElidedLabel(health_label(mailbox.health.state), cell)
            label.setProperty("role", "error")
            label.setToolTip(health_text(mailbox))
            button = QPushButton(self.tr("Re-authorize…"), cell)
            button.setAutoDefault(False)
            button.clicked.connect(lambda *_, m=mailbox: self.open_gmail_consent(m))
            layout.addWidget(label, 1)
            layout.addWidget(button)
            self.ui.mailboxView.setIndexWidget(
                self.model.index(row, MailboxTableModel.HEALTH), cell)
            self.reauth_buttons[mailbox.id] = button

    def _confirm_remove(self) -> None:
        mailbox = self.selected_mailbox()
        if mailbox is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Remove email address"),
            self.tr("Remove {0} from the email channel?\n\nMail to it will be refused. Its "
                    "tickets stay in the list.").format(mailbox.address),
            QMessageBox.StandardButton.Cancel, self.window())
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._remove(mailbox.id) if button is remove else None)
        box.open()

    @asyncSlot(int)
    async def _remove(self, mailbox_id: int) -> None:
        set_message(self.ui.errorLabel)
        try:
            await self._service.remove_mailbox(mailbox_id)
        except Exception as exc:
            set_message(self.ui.errorLabel, error_text(exc))
        self.reload()
