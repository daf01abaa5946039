"""Settings: the email channel, queues, agents, the portal, this computer and the team store,
one page each."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QWidget

from ...core.service import Service
from ..bridge import EventBridge
from ..core_controller import CoreController
from ..forms.ui_settings_dialog import Ui_SettingsDialog
from .agents_page import AgentsPage
from .email_channel_page import EmailChannelPage
from .portal_page import PortalPage
from .queues_page import QueuesPage
from .team_store_page import TeamStorePage
from .this_computer_page import ThisComputerPage


class SettingsDialog(QDialog):
    """Non-modal to the asyncio loop (opened with `open()`); each page saves by itself."""

    EMAIL_CHANNEL, QUEUES, AGENTS, PORTAL, THIS_COMPUTER, TEAM_STORE = range(6)

    def __init__(self, service: Service, bridge: EventBridge, core: CoreController,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        self.email_channel = EmailChannelPage(service, bridge, self)
        self.queues = QueuesPage(service, bridge, self)
        self.agents = AgentsPage(service, bridge, self)
        self.portal = PortalPage(service, bridge, self)
        self.this_computer = ThisComputerPage(core, self)
        self.team_store = TeamStorePage(service, self)
        for page in (self.email_channel, self.queues, self.agents, self.portal,
                     self.this_computer, self.team_store):
            self.ui.pageStack.addWidget(page)
        self.ui.pageList.setCurrentRow(self.EMAIL_CHANNEL)
        self.ui.pageList.setFocus()

    def show_page(self, index: int) -> None:
        self.ui.pageList.setCurrentRow(index)
