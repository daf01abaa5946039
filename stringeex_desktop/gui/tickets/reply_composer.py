"""The reply composer under a ticket's thread: From, To, Cc, text, attachments; Send or note."""

from __future__ import annotations

import asyncio
import mimetypes
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Awaitable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QFrame, QListWidgetItem, QPushButton, QWidget
from qasync import asyncSlot

from ...core.errors import ValidationError
from ...core.models import Address, Mailbox, Ticket, format_serial
from ...core.service import Service
from ..forms.ui_reply_composer import Ui_ReplyComposer
from ..widgets.common import error_text, human_size, set_message
from .canned_picker import CannedPicker
from .draft_keeper import DraftKeeper
from .signature_preview import SignaturePreview

MAX_ATTACHMENTS = 25 * 1024 * 1024
"""All attachments of one reply together; base64 makes the message a third bigger still."""


@dataclass
class Draft:
    """What was typed for one ticket and not sent yet."""

    body: str = ""
    cc: str = ""
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)


class ReplyComposer(QFrame):
    """Writes through the service; the pane re-reads the ticket on `changed`.

    Drafts are kept per ticket while the window is open, so switching tickets loses nothing.
    Choosing From saves the ticket's `reply_via` at once: the choice sticks even before a
    reply is sent, as DESIGN.md section 1 asks.
    """

    changed = Signal(int)  # ticket id: its reply address, a reply or a note changed
    sent = Signal(int)  # ticket id: a reply was queued or a note stored

    def __init__(self, service: Service, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReplyComposer()
        self.ui.setupUi(self)
        self._service = service
        self._ticket: Ticket | None = None
        self._drafts: dict[int, Draft] = {}
        self._from_key: tuple | None = None
        self._busy = False
        self.mode = "reply"
        ui = self.ui
        ui.fromCombo.activated.connect(self._from_chosen)
        ui.sendButton.clicked.connect(self.send)
        ui.noteButton.clicked.connect(self.add_note)
        ui.attachButton.clicked.connect(self._choose_files)
        ui.removeButton.clicked.connect(self._remove_selected)
        ui.attachmentList.itemSelectionChanged.connect(self._update_buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self,
                      lambda: self.add_note() if self.mode == "note" else self.send(),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, ui.attachmentList, self._remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.drafts = DraftKeeper(service, ui.bodyEdit, ui.ccEdit, self)
        self.drafts.failed.connect(lambda text: set_message(ui.errorLabel, text))
        self.signature = SignaturePreview(service, self)
        ui.composerLayout.insertWidget(ui.composerLayout.indexOf(ui.bodyEdit) + 1, self.signature)
        self.canned_button = QPushButton(self.tr("&Canned…"), self)
        self.canned_button.setToolTip(self.tr("Insert a canned reply (Ctrl+/)"))
        self.canned_button.setAutoDefault(False)
        self.canned_button.clicked.connect(self.insert_canned)
        ui.buttonRow.insertWidget(0, self.canned_button)
        QShortcut(QKeySequence("Ctrl+/"), self, self.insert_canned,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ui.busyBar.hide()
        set_message(ui.promptLabel)
        set_message(ui.ccHint)
        set_message(ui.errorLabel)
        self._show_attachments()

    @property
    def draft(self) -> Draft:
        """The shown ticket's draft (there is one once a ticket is shown); its text lives in
        the widgets until the ticket changes."""
        return self._drafts.setdefault(self._ticket.id, Draft())

    # -- the ticket -------------------------------------------------------------------------

    def show_ticket(self, ticket: Ticket) -> None:
        """Called on every refresh of the pane: keeps the draft, follows the ticket's changes."""
        if self._ticket is None or ticket.id != self._ticket.id:
            self.drafts.leave()
            self._stash_draft()
            self._ticket = ticket
            draft = self.draft
            self.ui.bodyEdit.setPlainText(draft.body)
            self.ui.ccEdit.setText(draft.cc)
            set_message(self.ui.errorLabel)
            self._show_attachments()
            self.drafts.enter(ticket.id)
        else:
            self._ticket = ticket
        self.ui.toEdit.setText(str(ticket.requester))
        self.ui.toEdit.setCursorPosition(0)
        copied = ", ".join(map(str, ticket.ccs))
        set_message(self.ui.ccHint, self.tr("The ticket's Cc get it too: {0}").format(copied)
                    if copied else "")
        self.reload_mailboxes()
        self.signature.show_for(self.ui.fromCombo.currentData())

    def write_to(self, address: str) -> None:
        """A mailto: link in the thread: the reply goes to that address too (in Cc, unless it
        is the requester, who gets every reply anyway)."""
        if self._ticket is None:
            return
        ui = self.ui
        if (address.lower() != self._ticket.requester.email.lower()
                and address.lower() not in ui.ccEdit.text().lower()):
            ui.ccEdit.setText(", ".join(filter(None, [ui.ccEdit.text().strip(), address])))
        ui.bodyEdit.setFocus()

    def _stash_draft(self) -> None:
        if self._ticket is None:
            return
        draft = self.draft
        draft.body = self.ui.bodyEdit.toPlainText()
        draft.cc = self.ui.ccEdit.text()
        if not (draft.body.strip() or draft.cc.strip() or draft.attachments):
            del self._drafts[self._ticket.id]

    def reload_mailboxes(self) -> None:
        """From lists the active SMTP emails and Gmail; the ticket's reply_via is chosen."""
        if self._ticket is None:
            return
        try:
            mailboxes = self._service.sending_mailboxes()
        except Exception as exc:
            set_message(self.ui.errorLabel, error_text(exc))
            return
        reply_via = self._ticket.reply_via
        key = (tuple((m.id, m.name, m.address) for m in mailboxes), reply_via)
        if key == self._from_key:
            return
        self._from_key = key
        combo = self.ui.fromCombo
        combo.blockSignals(True)
        combo.clear()
        for mailbox in mailboxes:
            combo.addItem(str(Address(mailbox.name, mailbox.address)), mailbox.id)
        combo.setCurrentIndex(combo.findData(reply_via) if reply_via is not None else -1)
        combo.blockSignals(False)
        self._show_prompt(mailboxes, reply_via)

    def _show_prompt(self, mailboxes: list[Mailbox], reply_via: int | None) -> None:
        if self.ui.fromCombo.currentIndex() >= 0:
            set_message(self.ui.promptLabel)
        elif not mailboxes:
            set_message(self.ui.promptLabel, self.tr(
                "Replies need an SMTP email or Gmail to leave through, and none is active: add "
                "one in Settings → Email channel."))
        elif reply_via is not None:
            set_message(self.ui.promptLabel, self.tr(
                "The address this ticket replied from can no longer send (inactive or removed). "
                "Choose the address to reply from in From; it is kept for this ticket."))
        else:
            set_message(self.ui.promptLabel, self.tr(
                "The customer did not write to an SMTP email or Gmail, so this ticket has no "
                "address to reply from. Choose one in From; it is kept for this ticket."))

    @asyncSlot(int)
    async def _from_chosen(self, index: int) -> None:
        ticket = self._ticket
        mailbox_id = self.ui.fromCombo.itemData(index)
        if ticket is None or mailbox_id is None or mailbox_id == ticket.reply_via:
            return
        set_message(self.ui.errorLabel)
        try:
            await self._service.set_reply_via(ticket.id, mailbox_id)
        except Exception as exc:
            set_message(self.ui.errorLabel, error_text(exc))
            return
        self.changed.emit(ticket.id)

    # -- sending ----------------------------------------------------------------------------

    def _author(self) -> str | None:
        actor = self._service.actor
        if actor is None:
            set_message(self.ui.errorLabel, self.tr("No agent is signed in."))
        return actor.email if actor else None

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        ui = self.ui
        ui.busyBar.setVisible(busy)
        ui.bodyEdit.setReadOnly(busy)
        for widget in (ui.fromCombo, ui.ccEdit, ui.attachButton, ui.noteButton, ui.sendButton):
            widget.setEnabled(not busy)
        self._update_buttons()

    @asyncSlot()
    async def send(self) -> None:
        """Queue the reply; the outbox sends it and the thread shows how that goes."""
        ticket, ui = self._ticket, self.ui
        if self._busy or ticket is None:
            return
        set_message(ui.errorLabel)
        via = ui.fromCombo.currentData()
        body = ui.bodyEdit.toPlainText()
        if via is None:
            set_message(ui.errorLabel, self.tr("Choose the address to reply from (From) first."))
            ui.fromCombo.setFocus()
            return
        if not body.strip():
            set_message(ui.errorLabel, self.tr("Write the reply first."))
            ui.bodyEdit.setFocus()
            return
        author = self._author()
        if author is None:
            return
        await self._submit(ticket.id, self._service.reply(
            ticket.id, author, body, via=via, cc=split_addresses(ui.ccEdit.text()),
            attachments=list(self.draft.attachments), signature=True))

    @asyncSlot()
    async def add_note(self) -> None:
        """An internal note: stored on the ticket for agents, never sent."""
        ticket, ui = self._ticket, self.ui
        if self._busy or ticket is None:
            return
        set_message(ui.errorLabel)
        body = ui.bodyEdit.toPlainText()
        if not body.strip():
            set_message(ui.errorLabel, self.tr("Write the note first."))
            ui.bodyEdit.setFocus()
            return
        if ui.ccEdit.text().strip() or self.draft.attachments:
            set_message(ui.errorLabel, self.tr(
                "An internal note is never sent, so it takes no Cc or attachments: remove them, "
                "or Send a reply."))
            return
        author = self._author()
        if author is None:
            return
        await self._submit(ticket.id, self._service.add_note(ticket.id, author, body))

    async def _submit(self, ticket_id: int, work: Awaitable) -> None:
        """Run a reply or note with the composer busy; a refusal shows in the composer."""
        self._set_busy(True)
        try:
            await work
        except Exception as exc:
            self._set_busy(False)  # first: a disabled field cannot take the focus
            self._failed(ticket_id, exc)
            return
        self._set_busy(False)
        self._sent(ticket_id)
        self.changed.emit(ticket_id)
        self.sent.emit(ticket_id)

    def _failed(self, ticket_id: int, exc: Exception) -> None:
        text = error_text(exc)
        if self._ticket is None or self._ticket.id != ticket_id:
            # The agent moved on while it was written; the draft waits on that ticket.
            set_message(self.ui.errorLabel, self.tr("Ticket {0}: {1}").format(
                format_serial(ticket_id), text))
            return
        set_message(self.ui.errorLabel, text)
        if isinstance(exc, ValidationError):
            field = {"cc": self.ui.ccEdit, "body": self.ui.bodyEdit}.get(exc.field)
            if field is not None:
                field.setFocus()

    def _sent(self, ticket_id: int) -> None:
        """The draft is done: empty the fields if it is still shown, else forget it."""
        self._drafts.pop(ticket_id, None)
        if self._ticket is not None and self._ticket.id == ticket_id:
            self.ui.bodyEdit.clear()
            self.ui.ccEdit.clear()
            self._show_attachments()
            self.ui.bodyEdit.setFocus()

    def insert_canned(self) -> None:
        """Ctrl+/: the picker, then its text at the cursor, placeholders filled."""
        ticket, author = self._ticket, self._service.actor
        if self._busy or ticket is None or author is None:
            return
        picker = CannedPicker(self._service, ticket.id, author.email, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.finished.connect(lambda result: self._insert(picker.text, ticket.id)
                                if result == QDialog.DialogCode.Accepted else None)
        picker.open()

    def _insert(self, text: str, ticket_id: int) -> None:
        if self._ticket is None or self._ticket.id != ticket_id:
            return
        self.ui.bodyEdit.insertPlainText(text)
        self.ui.bodyEdit.setFocus()

    # -- reply or note (the pane's composer bar) ----------------------------------------------

    def set_mode(self, mode: str) -> None:
        """A note needs no addresses, attachments or Send: those are hidden while writing one."""
        self.mode = mode
        ui = self.ui
        reply = mode == "reply"
        for row in range(ui.form.rowCount()):
            ui.form.setRowVisible(row, reply)
        for widget in (ui.attachButton, ui.sendButton):
            widget.setVisible(reply)
        ui.bodyEdit.setPlaceholderText(
            self.tr("Write your reply… (Ctrl+Enter sends it)") if reply
            else self.tr("Write an internal note… (Ctrl+Enter adds it; never sent)"))
        if reply:
            self._from_key = None  # shows the From prompt again
            self.reload_mailboxes()
        else:
            set_message(ui.promptLabel)

    def has_draft(self, ticket_id: int) -> bool:
        """Something written for that ticket and not sent (the shown one's lives in the
        widgets)."""
        if self._ticket is not None and self._ticket.id == ticket_id:
            return bool(self.ui.bodyEdit.toPlainText().strip() or self.ui.ccEdit.text().strip()
                        or self.draft.attachments)
        return ticket_id in self._drafts

    # -- attachments ------------------------------------------------------------------------

    def _choose_files(self) -> None:
        """Window-modal, without a nested event loop (which would re-enter asyncio)."""
        dialog = QFileDialog(self.window(), self.tr("Attach files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(self.add_files)
        dialog.open()

    @asyncSlot(list)
    async def add_files(self, paths: list[str]) -> None:
        """Read the files off the loop; refuse what would pass MAX_ATTACHMENTS in all."""
        if self._ticket is None:
            return
        draft = self.draft  # still this ticket's draft if the agent moves on while reading
        set_message(self.ui.errorLabel)
        problems = []
        for path in map(Path, paths):
            try:
                size, data = await asyncio.to_thread(_read_limited, path, MAX_ATTACHMENTS)
            except OSError as exc:
                problems.append(self.tr("{0} cannot be read: {1}").format(
                    path.name, error_text(exc)))
                continue
            total = sum(len(a[2]) for a in draft.attachments)
            if data is None or total + size > MAX_ATTACHMENTS:
                problems.append(self.tr(
                    "{0} ({1}) is not attached: one reply carries at most {2} of attachments "
                    "({3} attached already).").format(path.name, human_size(size),
                                                      human_size(MAX_ATTACHMENTS),
                                                      human_size(total)))
                continue
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            draft.attachments.append((path.name, content_type, data))
        if self._ticket is not None and self.draft is draft:
            self._show_attachments()
            set_message(self.ui.errorLabel, "\n".join(problems))

    def _remove_selected(self) -> None:
        if self._ticket is None:
            return
        rows = sorted((self.ui.attachmentList.row(i)
                       for i in self.ui.attachmentList.selectedItems()), reverse=True)
        for row in rows:
            del self.draft.attachments[row]
        self._show_attachments()

    def _show_attachments(self) -> None:
        files = self.draft.attachments if self._ticket else []
        ui = self.ui
        ui.attachmentList.clear()
        for name, _type, data in files:
            item = QListWidgetItem(f"{name} — {human_size(len(data))}", ui.attachmentList)
            item.setToolTip(name)
        ui.attachmentList.setVisible(bool(files))
        if files:  # as tall as its rows, up to three; the text keeps the room
            rows = min(len(files), 3)
            ui.attachmentList.setFixedHeight(rows * ui.attachmentList.sizeHintForRow(0)
                                             + 2 * ui.attachmentList.frameWidth())
        total = sum(len(a[2]) for a in files)
        ui.sizeLabel.setText(self.tr("{0} of {1}").format(human_size(total),
                                                          human_size(MAX_ATTACHMENTS))
                             if files else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        ui.removeButton.setVisible(ui.attachmentList.count() > 0)
        ui.removeButton.setEnabled(not self._busy and bool(ui.attachmentList.selectedItems()))


def _read_limited(path: Path, limit: int) -> tuple[int, bytes | None]:
    """The file's size and bytes; None instead of the bytes when it is bigger than `limit`."""
    with path.open("rb") as file:
        size = os.fstat(file.fileno()).st_size
        if size > limit:
            return size, None
        data = file.read(limit + 1)  # it may have grown since
    return len(data), data if len(data) <= limit else None


def split_addresses(text: str) -> list[str]:
    """Addresses separated by commas or semicolons; those inside quotes or <> do not split,
    so `"Doe, Jane" <jane@example.com>` stays one. The core checks each strictly."""
    parts, current, quoted, angle = [], [], False, False
    for char in text:
        if char == '"' and not angle:
            quoted = not quoted
        elif char == "<" and not quoted:
            angle = True
        elif char == ">" and not quoted:
            angle = False
        if char in ",;" and not quoted and not angle:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]
