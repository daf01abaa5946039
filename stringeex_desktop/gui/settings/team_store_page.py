"""Settings page: the team store this computer works on (PostgreSQL), created or joined here."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget
from qasync import asyncSlot

from ...core.errors import StringeexError
from ...core.service import Service
from ..forms.ui_team_store_page import Ui_TeamStorePage
from ..widgets.common import set_message
from .team_store_settings import TLS_MODES, TeamStoreSettings


class TeamStorePage(QWidget):
    """Connection fields are kept in QSettings and the password in the keyring; the app
    opens the chosen store at its next start (a running window keeps the store it has)."""

    def __init__(self, service: Service, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TeamStorePage()
        self.ui.setupUi(self)
        self._service = service
        ui = self.ui
        ui.tlsCombo.addItems(list(TLS_MODES))
        ui.testButton.clicked.connect(self.test)
        ui.createButton.clicked.connect(self.create)
        ui.joinButton.clicked.connect(self.join)
        ui.useButton.clicked.connect(self.use)
        ui.localButton.clicked.connect(self.use_local)
        self._show(TeamStoreSettings.load())
        set_message(ui.currentLabel, self.tr("This app works on the team store at %1.").replace(
            "%1", service.store_location()) if service.store_url else self.tr(
            "This app works on this computer's own store (a single seat)."), role="hint")
        for label in (ui.testResultLabel, ui.keyResultLabel, ui.useResultLabel):
            set_message(label)
        ui.newKeyEdit.setVisible(False)

    def _show(self, settings: TeamStoreSettings) -> None:
        ui = self.ui
        ui.hostEdit.setText(settings.host)
        ui.portSpin.setValue(settings.port)
        ui.databaseEdit.setText(settings.database)
        ui.userEdit.setText(settings.user)
        ui.tlsCombo.setCurrentText(settings.tls)

    def settings(self, *, enabled: bool = False) -> TeamStoreSettings:
        ui = self.ui
        return TeamStoreSettings(ui.hostEdit.text().strip(), ui.portSpin.value(),
                                 ui.databaseEdit.text().strip(), ui.userEdit.text().strip(),
                                 ui.tlsCombo.currentText(), enabled)

    def _url(self, label) -> str | None:
        settings = self.settings()
        if not settings.complete:
            set_message(label, self.tr("Fill in the host, the database and the user."),
                        role="error")
            return None
        return settings.url()

    async def _keep_password(self, url: str) -> None:
        password = self.ui.passwordEdit.text()
        if password:
            await Service.save_team_store_password(self._service.data_dir, url, password)

    def _busy(self, busy: bool) -> None:
        for button in (self.ui.testButton, self.ui.createButton, self.ui.joinButton,
                       self.ui.useButton, self.ui.localButton):
            button.setEnabled(not busy)

    @asyncSlot()
    async def test(self) -> None:
        url = self._url(self.ui.testResultLabel)
        if url is None:
            return
        self._busy(True)
        set_message(self.ui.testResultLabel, self.tr("Connecting…"), role="hint")
        try:
            text = await Service.test_team_store(self._service.data_dir, url,
                                                 self.ui.passwordEdit.text() or None)
        except StringeexError as exc:
            set_message(self.ui.testResultLabel, self.tr("Test failed: %1").replace(
                "%1", str(exc)), role="error")
        else:
            set_message(self.ui.testResultLabel, text, role="ok")
        finally:
            self._busy(False)

    @asyncSlot()
    async def create(self) -> None:
        url = self._url(self.ui.keyResultLabel)
        if url is None:
            return
        self._busy(True)
        set_message(self.ui.keyResultLabel, self.tr("Creating the team store…"), role="hint")
        try:
            await self._keep_password(url)
            key = await Service.init_team_store(self._service.data_dir, url)
        except StringeexError as exc:
            set_message(self.ui.keyResultLabel, str(exc), role="error")
            return
        finally:
            self._busy(False)
        self.settings(enabled=True).save()
        set_message(self.ui.testResultLabel)
        self.ui.newKeyEdit.setText(key)
        self.ui.newKeyEdit.setVisible(True)
        self.ui.newKeyEdit.selectAll()
        self.ui.newKeyEdit.setFocus()
        set_message(self.ui.keyResultLabel, self.tr(
            "The team store is ready, and the app opens it at its next start. This is its "
            "team key, shown only now: copy it somewhere safe and give it to each computer "
            "that joins."), role="ok")

    @asyncSlot()
    async def join(self) -> None:
        url = self._url(self.ui.keyResultLabel)
        if url is None:
            return
        self._busy(True)
        try:
            await self._keep_password(url)
            await Service.join_team_store_at(self._service.data_dir, url,
                                             self.ui.keyEdit.text())
        except StringeexError as exc:
            set_message(self.ui.keyResultLabel, str(exc), role="error")
            return
        finally:
            self._busy(False)
        self.ui.keyEdit.clear()
        self.settings(enabled=True).save()
        set_message(self.ui.keyResultLabel, self.tr(
            "This computer has joined the team store: it can send and sync mail. The app "
            "opens the store at its next start."), role="ok")

    @asyncSlot()
    async def use(self) -> None:
        url = self._url(self.ui.useResultLabel)
        if url is None:
            return
        try:
            await self._keep_password(url)
        except StringeexError as exc:
            set_message(self.ui.useResultLabel, str(exc), role="error")
            return
        self.settings(enabled=True).save()
        set_message(self.ui.useResultLabel, self.tr(
            "Saved: the app opens this team store at its next start."), role="ok")

    def use_local(self) -> None:
        replace(TeamStoreSettings.load(), enabled=False).save()
        set_message(self.ui.useResultLabel, self.tr(
            "Saved: the app opens this computer's own store at its next start."), role="ok")
