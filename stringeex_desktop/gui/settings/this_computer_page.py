"""Settings page: what belongs to this computer rather than the portal (the mail listener)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from qasync import asyncSlot

from ..core_controller import CoreController
from ..forms.ui_this_computer_page import Ui_ThisComputerPage
from ..widgets.common import set_message
from .listener_settings import ListenerSettings


class ThisComputerPage(QWidget):
    """Kept in QSettings, not the store: another computer on a shared store listens on its
    own address. Apply saves and moves the running listener at once."""

    def __init__(self, core: CoreController, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ThisComputerPage()
        self.ui.setupUi(self)
        self._core = core
        ui = self.ui
        ui.lmtpCheck.toggled.connect(self._lmtp_toggled)
        ui.applyButton.clicked.connect(self.apply)
        self._show(core.listener if core.listener.from_options else ListenerSettings.load())
        set_message(ui.optionsLabel, self.tr(
            "This run listens where --smtp/--lmtp on the command line say. What you apply here "
            "is used when the app starts without them.") if core.listener.from_options else "")
        set_message(ui.resultLabel)

    def _show(self, listener: ListenerSettings) -> None:
        ui = self.ui
        ui.smtpHostEdit.setText(listener.smtp[0])
        ui.smtpPortSpin.setValue(listener.smtp[1])
        ui.lmtpCheck.setChecked(listener.lmtp_on)
        ui.lmtpHostEdit.setText(listener.lmtp[0])
        ui.lmtpPortSpin.setValue(listener.lmtp[1])
        self._lmtp_toggled(listener.lmtp_on)

    def _lmtp_toggled(self, on: bool) -> None:
        for widget in (self.ui.lmtpHostLabel, self.ui.lmtpHostEdit, self.ui.lmtpPortLabel,
                       self.ui.lmtpPortSpin):
            widget.setEnabled(on)

    def listener(self) -> ListenerSettings:
        ui = self.ui
        return ListenerSettings(
            (ui.smtpHostEdit.text().strip() or "127.0.0.1", ui.smtpPortSpin.value()),
            (ui.lmtpHostEdit.text().strip() or "127.0.0.1", ui.lmtpPortSpin.value()),
            ui.lmtpCheck.isChecked())

    @asyncSlot()
    async def apply(self) -> None:
        listener = self.listener()
        listener.save()
        if self._core.listener.from_options:
            set_message(self.ui.resultLabel, self.tr("Saved for the next start."), role="ok")
            return
        self.ui.applyButton.setEnabled(False)
        set_message(self.ui.resultLabel, self.tr("Moving the listener…"), role="hint")
        try:
            serving = await self._core.restart(listener)
        finally:
            self.ui.applyButton.setEnabled(True)
        set_message(self.ui.resultLabel, self._core.state_text, role="ok" if serving else "error")
