"""Where a click on a link in a message goes: the system browser, our composer, or nowhere."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from .link_policy import MAIL, OPEN, REFUSE, WARN, judge


class LinkOpener(QObject):
    """One per message profile, so every message view shares it and the main window connects
    it once: `hovered` to the status bar, `reply_to` to the composer.

    Nothing ever navigates a message view: web links go to the system browser, after a
    question unless Ctrl+click on a link whose text matches its target; a mismatch, another
    program's scheme or a script always asks or is refused, with the reason.
    """

    hovered = Signal(str)  # the real target, or "" when the pointer leaves the link
    reply_to = Signal(str)  # a mailto: address: a reply to it in our composer

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.question: QMessageBox | None = None  # the open question, if any

    def activate(self, url: QUrl, texts: list[str], ctrl: bool, parent: QWidget) -> None:
        if self.question is not None and self.question.isVisible():
            return  # one question at a time; its window is modal anyway
        verdict = judge(url, texts)
        if verdict.action == MAIL:
            self.reply_to.emit(verdict.text)
            return
        if verdict.action == OPEN and ctrl:
            QDesktopServices.openUrl(url)
            return
        address = url.toDisplayString()
        box = QMessageBox(parent)
        box.setWindowTitle(self.tr("Open link"))
        if verdict.action == REFUSE:
            box.setIcon(QMessageBox.Icon.Critical)
            box.setText(verdict.text)
            box.setInformativeText(address)
            box.setStandardButtons(QMessageBox.StandardButton.Close)
        else:
            box.setIcon(QMessageBox.Icon.Warning if verdict.action == WARN
                        else QMessageBox.Icon.Question)
            box.setText(verdict.text if verdict.action == WARN
                        else self.tr("Open this link in your browser?"))
            box.setInformativeText(address)
            opened = box.addButton(self.tr("&Open in browser"),
                                   QMessageBox.ButtonRole.AcceptRole)
            cancel = box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(cancel if verdict.action == WARN else opened)
            box.buttonClicked.connect(
                lambda button: button is opened and QDesktopServices.openUrl(url))
        box.finished.connect(lambda *_: self._closed(box))
        self.question = box
        box.open()

    def _closed(self, box: QMessageBox) -> None:
        if self.question is box:
            self.question = None
        box.deleteLater()
