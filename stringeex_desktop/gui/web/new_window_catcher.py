"""The page Chromium gets when a link asks for a new window: it only reports where to."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile


class NewWindowCatcher(QWebEnginePage):
    """Ctrl+click, middle click and `target=_blank` open a window in Chromium; this page
    refuses its first navigation, hands the URL on and goes away, so no window ever loads."""

    caught = Signal(QUrl)

    def __init__(self, profile: QWebEngineProfile, parent=None):
        super().__init__(profile, parent)
        self._done = False

    def acceptNavigationRequest(self, url: QUrl, nav_type: QWebEnginePage.NavigationType,
                                is_main_frame: bool) -> bool:
        if not self._done:
            self._done = True
            self.caught.emit(url)
            self.deleteLater()
        return False
