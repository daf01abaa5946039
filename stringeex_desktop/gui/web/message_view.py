"""One HTML message, sanitised and rendered inert, as tall as its content."""

from __future__ import annotations

import html as htmllib

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QMouseEvent
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from .html_sanitizer import SanitizedHtml, sanitize_html
from .link_policy import REFUSE, judge
from .message_page import MessagePage
from .message_profile import MessageProfile
from .resource_hint_guard import Guarded, guard

# Defence in depth behind the interceptor: the document itself allows no fetch but cid: images
# (and web images once the person allowed remote content).
_CSP = "default-src 'none'; img-src cid:{remote}; style-src 'unsafe-inline'"
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
        self._links: tuple[tuple[str, str], ...] = ()
        self._opener = profile.links
        self.hovered_link = QUrl()
        self._watched: QObject | None = None
        self.page().linkHovered.connect(self._opener.hovered)
        self.page().linkHovered.connect(lambda url: setattr(self, "hovered_link", QUrl(url)))
        self.page().link_clicked.connect(self._link_clicked)

    def show_message_html(self, html: str, message_row_id: int, *,
                          allow_remote: bool = False) -> SanitizedHtml:
        """Sanitise, re-parse without resource hints, and load; inline images resolve against
        this message's parts. `allow_remote`: web images too (the person asked for them)."""
        self.sanitized = self.sanitizer(html, message_row_id, allow_remote)
        guarded: Guarded = guard(self.sanitized.html)
        self._links = guarded.links
        font = QGuiApplication.font()
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        family = ", ".join(f"'{htmllib.escape(f, quote=True)}'" for f in font.families())
        self.page().load_html(_DOCUMENT.format(
            csp=_CSP.format(remote=" http: https:" if allow_remote else ""),
            family=(family + ", " if family else "") + "sans-serif",
            size=f"{size:g}", body=guarded.html), remote_images=allow_remote)
        return self.sanitized

    def _loaded(self, ok: bool) -> None:
        proxy = self.focusProxy()
        if proxy is not None and proxy is not self._watched:
            proxy.installEventFilter(self)
            self._watched = proxy
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Chromium drops clicks on javascript:, file: and the like without a navigation
        request; the hovered address says what was clicked, so the person learns why nothing
        opened."""
        if (event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton
                and not self.hovered_link.isEmpty()
                and judge(self.hovered_link, []).action == REFUSE):
            self._opener.activate(self.hovered_link, [], False, self.window())
        return super().eventFilter(watched, event)

    def _link_clicked(self, url: QUrl, ctrl: bool) -> None:
        """The texts of every link to the same host: one honest text never hides another."""
        host = url.host().lower()
        texts = [text for href, text in self._links if QUrl(href).host().lower() == host]
        self._opener.activate(url, texts, ctrl, self.window())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Copy, select all and a link's address only: no reload, view source, save or
        navigation entries."""
        menu = QMenu(self)
        request = self.lastContextMenuRequest()
        link = request.linkUrl() if request is not None else QUrl()
        if link.isValid() and not link.isEmpty():
            copy_link = menu.addAction(self.tr("Copy &link address"))
            copy_link.triggered.connect(
                lambda: QGuiApplication.clipboard().setText(link.toString()))
        for action in (QWebEnginePage.WebAction.Copy, QWebEnginePage.WebAction.SelectAll):
            menu.addAction(self.pageAction(action))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
