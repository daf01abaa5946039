"""Settings page: the signed-in agent's own choices: tray, notifications, idle minutes,
language (this computer) and signature (the store, so it follows them to any desktop)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget
from qasync import asyncSlot

from ...core.service import Service
from .. import preferences
from ..bridge import EventBridge
from ..forms.ui_personal_page import Ui_PersonalPage
from ..widgets.common import error_text, set_message


class PersonalPage(QWidget):
    """Each switch applies as it changes; the signature is saved with its button."""

    idle_minutes_changed = Signal(int)

    def __init__(self, service: Service, bridge: EventBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PersonalPage()
        self.ui.setupUi(self)
        self._service = service
        ui = self.ui
        ui.trayCheck.setChecked(preferences.close_to_tray())
        ui.dndCheck.setChecked(preferences.do_not_disturb())
        ui.soundCheck.setChecked(preferences.notification_sound())
        ui.idleSpin.setValue(preferences.idle_minutes())
        for code, name in (("", self.tr("As the system")), ("en", "English"),
                           ("vi", "Tiếng Việt")):
            ui.languageCombo.addItem(name, code)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(
            preferences.language())))
        ui.trayCheck.toggled.connect(preferences.set_close_to_tray)
        ui.dndCheck.toggled.connect(preferences.set_do_not_disturb)
        ui.soundCheck.toggled.connect(preferences.set_notification_sound)
        ui.idleSpin.valueChanged.connect(self._idle_changed)
        ui.languageCombo.currentIndexChanged.connect(
            lambda *_: preferences.set_language(ui.languageCombo.currentData()))
        ui.saveSignatureButton.clicked.connect(self.save_signature)
        bridge.store_changed.connect(self._load_signature)
        set_message(ui.signatureStatusLabel)
        self._load_signature()

    def _idle_changed(self, minutes: int) -> None:
        preferences.set_idle_minutes(minutes)
        self.idle_minutes_changed.emit(minutes)

    def _load_signature(self) -> None:
        """Never over what is being edited."""
        if self.ui.signatureEdit.document().isModified():
            return
        try:
            self.ui.signatureEdit.setPlainText(self._service.signature(self._service.actor.email))
        except Exception as exc:
            set_message(self.ui.signatureStatusLabel, error_text(exc), role="error")

    @asyncSlot()
    async def save_signature(self) -> None:
        ui = self.ui
        ui.saveSignatureButton.setEnabled(False)
        try:
            saved = await self._service.set_signature(self._service.actor.email,
                                                      ui.signatureEdit.toPlainText())
        except Exception as exc:
            set_message(ui.signatureStatusLabel, error_text(exc), role="error")
        else:
            ui.signatureEdit.setPlainText(saved)
            ui.signatureEdit.document().setModified(False)
            set_message(ui.signatureStatusLabel,
                        self.tr("Saved.") if saved else self.tr("Saved: no signature."),
                        role="ok")
        finally:
            ui.saveSignatureButton.setEnabled(True)
