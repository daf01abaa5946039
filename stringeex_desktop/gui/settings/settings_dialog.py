"""Settings: the email channel, queues, agents, the portal, this computer, the signed-in
agent's own choices, the canned replies, remote content and the team store, one page each."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QWidget

from ...core.service import Service
from ..bridge import EventBridge
from ..core_controller import CoreController
from ..forms.ui_settings_dialog import Ui_SettingsDialog
from ..theme import theme_icons
from .agents_page import AgentsPage
from .canned_page import CannedPage
from .email_channel_page import EmailChannelPage
from .personal_page import PersonalPage
from .portal_page import PortalPage
from .queues_page import QueuesPage
from .remote_content_page import RemoteContentPage
from .team_store_page import TeamStorePage
from .this_computer_page import ThisComputerPage


class SettingsDialog(QDialog):
    """Non-modal to the asyncio loop (opened with `open()`); each page saves by itself."""

    (EMAIL_CHANNEL, QUEUES, AGENTS, PORTAL, THIS_COMPUTER, PERSONAL, CANNED, REMOTE_CONTENT,
     TEAM_STORE) = range(9)

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
        self.personal = PersonalPage(service, bridge, self)
        self.canned = CannedPage(service, bridge, self)
        self.remote_content = RemoteContentPage(service, bridge, self)
        self.team_store = TeamStorePage(service, self)
        for page in (self.email_channel, self.queues, self.agents, self.portal,
                     self.this_computer, self.personal, self.canned, self.remote_content,
                     self.team_store):
            self.ui.pageStack.addWidget(page)
        theme_icons(self)
        self._hide_admin_pages(service)
        self.ui.pageList.setFocus()

    def _hide_admin_pages(self, service: Service) -> None:
        """An agent manages no mailboxes, queues, agents or portal (the core refuses it too):
        those pages are not offered."""
        actor = service.actor
        agent = actor is not None and actor.role == "agent"
        for page in (self.EMAIL_CHANNEL, self.QUEUES, self.AGENTS, self.PORTAL):
            self.ui.pageList.item(page).setHidden(agent)
        self.ui.pageList.setCurrentRow(self.THIS_COMPUTER if agent else self.EMAIL_CHANNEL)

    def show_page(self, index: int) -> None:
        if not self.ui.pageList.item(index).isHidden():
            self.ui.pageList.setCurrentRow(index)
