"""The network guard under every message view: nothing leaves the machine."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

# The message document and its inline parts (both served by the cid: scheme handler).
ALLOWED_SCHEMES = frozenset({"cid", "about"})


class RemoteContentInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request but the document and its `cid:` parts: http, https, ftp, ws, file...

    The sanitizer already drops remote image sources; this catches whatever slips past it
    (CSS, a parser quirk, a future allowed tag), so a tracking pixel never reaches its sender.
    """

    blocked = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme().lower() not in ALLOWED_SCHEMES:
            info.block(True)
            self.blocked.emit(url.toString())
