"""The page that shows Google's consent and hands the loopback redirect to the core."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile


class ConsentPage(QWebEnginePage):
    """The redirect to the core's loopback listener is captured here rather than loaded.

    `offer(url)` is the core's `GoogleConsent.offer`: True when the URL is our redirect, and
    then the core has already judged its code, error and state. Capturing it keeps the code
    out of the page's history and spares a round trip to the listener whose "you can close
    this window" page makes no sense inside the app. The listener itself stays up for the
    system browser, which is where the refusal path continues.
    """

    captured = Signal()

    def __init__(self, profile: QWebEngineProfile, offer: Callable[[str], bool],
                 parent: QObject | None = None):
        super().__init__(profile, parent)
        self._offer = offer

    def acceptNavigationRequest(self, url: QUrl, kind: QWebEnginePage.NavigationType,
                                is_main_frame: bool) -> bool:
        if is_main_frame and self._offer(bytes(url.toEncoded()).decode()):
            self.captured.emit()
            return False
        return super().acceptNavigationRequest(url, kind, is_main_frame)
