"""The web profile of Google's sign-in page: private, and with JavaScript (Google needs it)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineSettings


class ConsentProfile(QWebEngineProfile):
    """Off the record (no name): the Google session lives in memory for one consent and is
    gone with the dialog. Never shared with MessageProfile, whose JavaScript stays off for
    the customers' mail. The user agent is Qt's own (no spoofing, DESIGN.md section 1).

    Delete it only after the page using it (Qt warns and may crash otherwise).
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        self.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
        settings = self.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, True)
        for name in ("JavascriptCanOpenWindows", "JavascriptCanAccessClipboard",
                     "LocalContentCanAccessFileUrls", "PluginsEnabled", "PdfViewerEnabled",
                     "ScreenCaptureEnabled", "HyperlinkAuditingEnabled"):
            settings.setAttribute(getattr(QWebEngineSettings.WebAttribute, name), False)
