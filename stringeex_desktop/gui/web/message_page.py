"""A web page that shows one document it was given and goes nowhere else."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

# Relative URLs resolve here, i.e. to nothing the scheme handler knows.
BASE_URL = QUrl("cid:message")


class MessagePage(QWebEnginePage):
    """Allows exactly the navigation started by `load_html`; links, redirects, meta refresh,
    form posts and drops are refused."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None):
        super().__init__(profile, parent)
        self._expected_loads = 0

    def load_html(self, document: str) -> None:
        self._expected_loads += 1
        self.setHtml(document, BASE_URL)

    def acceptNavigationRequest(self, url: QUrl, nav_type: QWebEnginePage.NavigationType,
                                is_main_frame: bool) -> bool:
        if (self._expected_loads and is_main_frame and url.scheme() == "data"
                and nav_type == QWebEnginePage.NavigationType.NavigationTypeTyped):
            self._expected_loads -= 1
            return True
        return False

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:
        """Scripts never run here; stay quiet rather than echo the mail's content to stderr."""
