"""The private web profile every message view shares: nothing kept, nothing fetched remotely."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineSettings, QWebEngineUrlScheme

from .cid_scheme_handler import CidSchemeHandler
from .link_opener import LinkOpener
from .remote_content_interceptor import RemoteContentInterceptor
from .remote_senders import RemoteSenders

CID_SCHEME = b"cid"

InlinePartReader = Callable[[int, str], "tuple[str, bytes] | None"]

_OFF = (
    "JavascriptEnabled", "JavascriptCanOpenWindows", "JavascriptCanAccessClipboard",
    "JavascriptCanPaste", "LocalStorageEnabled", "LocalContentCanAccessRemoteUrls",
    "LocalContentCanAccessFileUrls", "PluginsEnabled", "WebGLEnabled",
    "Accelerated2dCanvasEnabled", "AutoLoadIconsForPage", "ErrorPageEnabled",
    "HyperlinkAuditingEnabled", "DnsPrefetchEnabled", "NavigateOnDropEnabled",
    "PdfViewerEnabled", "ScreenCaptureEnabled", "FullScreenSupportEnabled",
    "AllowWindowActivationFromJavaScript",
)


def register_cid_scheme() -> None:
    """Declare `cid:` to Chromium; Qt allows this only before the QApplication exists."""
    if QWebEngineUrlScheme.schemeByName(CID_SCHEME).name():
        return
    scheme = QWebEngineUrlScheme(CID_SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Path)
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme)
    QWebEngineUrlScheme.registerScheme(scheme)


class MessageProfile(QWebEngineProfile):
    """Off the record (no name): no disk cache, cookies or history; one per open store.

    Delete it only after every page using it (Qt warns and may crash otherwise).
    """

    def __init__(self, read_inline_part: InlinePartReader, parent: QObject | None = None):
        super().__init__(parent)
        self.setHttpCacheType(QWebEngineProfile.HttpCacheType.NoCache)
        self.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
        self.setSpellCheckEnabled(False)
        settings = self.settings()
        for name in _OFF:
            attribute = getattr(QWebEngineSettings.WebAttribute, name, None)
            if attribute is not None:  # some exist only in newer Qt versions
                settings.setAttribute(attribute, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.PlaybackRequiresUserGesture, True)
        settings.setAttribute(QWebEngineSettings.WebAttribute.AutoLoadImages, True)
        settings.setAttribute(QWebEngineSettings.WebAttribute.WebRTCPublicInterfacesOnly, True)
        self.interceptor = RemoteContentInterceptor(self)
        self.setUrlRequestInterceptor(self.interceptor)
        self.cid_handler = CidSchemeHandler(read_inline_part, self)
        self.installUrlSchemeHandler(CID_SCHEME, self.cid_handler)
        self.links = LinkOpener(self)
        self.remote = RemoteSenders(self)
