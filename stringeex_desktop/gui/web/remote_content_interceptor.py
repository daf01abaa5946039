"""The network guard under every message view: nothing leaves the machine."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

# The message document and its inline parts (both served by the cid: scheme handler).
ALLOWED_SCHEMES = frozenset({"cid", "about"})
WEB_SCHEMES = frozenset({"http", "https"})


class RemoteContentInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request but the document and its `cid:` parts: http, https, ftp, ws, file...

    The sanitizer already drops remote image sources; this catches whatever slips past it
    (CSS, a parser quirk, a future allowed tag), so a tracking pixel never reaches its sender.
    A document the person chose to show with remote content (`allow_images_for`) may load web
    images, and nothing else: no style sheets, fonts, frames or media.
    """

    blocked = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._remote_documents: set[str] = set()

    def allow_images_for(self, document: QUrl, owner: QObject) -> None:
        """Until `forget`, or until `owner` (the page) is gone."""
        key = document.toString()
        self._remote_documents.add(key)
        owner.destroyed.connect(lambda *_: self._remote_documents.discard(key))

    def forget(self, document: QUrl) -> None:
        self._remote_documents.discard(document.toString())

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        scheme = url.scheme().lower()
        if (scheme in WEB_SCHEMES
                and info.resourceType() == QWebEngineUrlRequestInfo.ResourceType.ResourceTypeImage
                and info.firstPartyUrl().toString() in self._remote_documents):
            return
        if scheme not in ALLOWED_SCHEMES:
            info.block(True)
            self.blocked.emit(url.toString())
