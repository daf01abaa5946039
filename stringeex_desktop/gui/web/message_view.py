"""One HTML message, sanitised and rendered inert, as tall as its content."""

from __future__ import annotations

import html as htmllib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from .html_sanitizer import SanitizedHtml, sanitize_html
from .message_page import MessagePage
from .message_profile import MessageProfile
from .resource_hint_guard import guard

# Defence in depth behind the interceptor: the document itself allows no fetch but cid: images.
_CSP = "default-src 'none'; img-src cid:; style-src 'unsafe-inline'"
_DOCUMENT = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<style>
html, body {{ margin: 0; padding: 0; background: transparent; }}
body {{ display: flow-root; font-family: {family}; font-size: {size}pt; color: #1f2328;
        overflow-wrap: anywhere; }}
img {{ max-width: 100%; height: auto; }}
table {{ border-collapse: collapse; max-width: 100%; }}
blockquote {{ margin: 0 0 0 0.8em; padding-left: 0.8em; border-left: 3px solid #d0d7de;
             color: #57606a; }}
pre {{ white-space: pre-wrap; }}
</style></head><body>{body}</body></html>"""

MIN_HEIGHT = 40
MAX_HEIGHT = 6000
# Run in the application's isolated world: the mail's own scripts stay off (and could not
# see or change this one); the body's box is the content's height, unlike contentsSize(),
# which never gets smaller than the view.
_MEASURE = "Math.ceil(document.body ? document.body.getBoundingClientRect().bottom : 0)"


class MessageView(QWebEngineView):
    """JavaScript off, remote content blocked, navigation refused (MessageProfile, MessagePage).

    Sits in the ticket pane's scroll area, so it grows to its content's height instead of
    scrolling by itself (up to MAX_HEIGHT for pathological mail).
    """

    rendered = Signal(bool)  # False: the document could not be shown (load failed, renderer died)

    def __init__(self, profile: MessageProfile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPage(MessagePage(profile, self))
        self.page().renderProcessTerminated.connect(lambda *_: self.rendered.emit(False))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(MIN_HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.page().contentsSizeChanged.connect(self._measure)
        self.loadFinished.connect(self._loaded)
        self.sanitized: SanitizedHtml | None = None
        self.sanitizer = sanitize_html  # tests swap it out to prove the walls behind it

    def show_message_html(self, html: str, message_row_id: int) -> SanitizedHtml:
        """Sanitise, re-parse without resource hints, and load; inline images resolve against
        this message's parts."""
        self.sanitized = self.sanitizer(html, message_row_id)
        font = QGuiApplication.font()
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        family = ", ".join(f"'{htmllib.escape(f, quote=True)}'" for f in font.families())
        self.page().load_html(_DOCUMENT.format(
            csp=_CSP, family=(family + ", " if family else "") + "sans-serif",
            size=f"{size:g}", body=guard(self.sanitized.html)))
        return self.sanitized

    def _loaded(self, ok: bool) -> None:
        self._measure()
        self.rendered.emit(ok)

    def _measure(self, *_args) -> None:
        self.page().runJavaScript(_MEASURE, QWebEngineScript.ScriptWorldId.ApplicationWorld,
                                  self._fit)

    def _fit(self, height) -> None:
        if not isinstance(height, (int, float)):
            return
        zoom = self.zoomFactor() or 1.0
        self.setFixedHeight(max(MIN_HEIGHT, min(int(height * zoom) + 4, MAX_HEIGHT)))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Copy and select all only: no reload, view source, save or navigation entries."""
        menu = QMenu(self)
        for action in (QWebEnginePage.WebAction.Copy, QWebEnginePage.WebAction.SelectAll):
            menu.addAction(self.pageAction(action))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
