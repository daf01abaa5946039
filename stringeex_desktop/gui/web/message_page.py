"""A web page that shows one document it was given and goes nowhere else."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEnginePage

from .message_profile import MessageProfile
from .new_window_catcher import NewWindowCatcher


class MessagePage(QWebEnginePage):
    """Allows exactly the navigation started by `load_html`; links, redirects, meta refresh,
    form posts and drops are refused. A click on a link is reported (`link_clicked`) instead:
    the view decides where it goes. Ctrl+click asks Chromium for a background tab, which is
    how the Ctrl key is known without JavaScript.

    The document is served by the profile's scheme handler rather than `setHtml`, whose data:
    URL shows nothing above 2 MB. Relative URLs resolve against `cid:document/<token>`,
    i.e. to nothing the handler knows.
    """

    link_clicked = Signal(QUrl, bool)  # target, Ctrl held

    def __init__(self, profile: MessageProfile, parent: QObject | None = None):
        super().__init__(profile, parent)
        self._handler = profile.cid_handler
        self._interceptor = profile.interceptor
        self._expected: QUrl | None = None

    def load_html(self, document: str, *, remote_images: bool = False) -> None:
        """`remote_images`: this document may load web images (the person allowed them)."""
        if self._expected is not None:  # served once; dropped here if never asked for
            self._handler.forget_document(self._expected)
            self._interceptor.forget(self._expected)
        self._expected = self._handler.add_document(document, self)
        if remote_images:
            self._interceptor.allow_images_for(self._expected, self)
        self.load(self._expected)

    def acceptNavigationRequest(self, url: QUrl, nav_type: QWebEnginePage.NavigationType,
                                is_main_frame: bool) -> bool:
        if (self._expected is not None and is_main_frame and url == self._expected
                and nav_type == QWebEnginePage.NavigationType.NavigationTypeTyped):
            return True
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked and is_main_frame:
            self.link_clicked.emit(url, False)
        return False

    def createWindow(self, kind: QWebEnginePage.WebWindowType) -> QWebEnginePage:
        catcher = NewWindowCatcher(self.profile(), self)
        ctrl = kind == QWebEnginePage.WebWindowType.WebBrowserBackgroundTab
        catcher.caught.connect(lambda url: self.link_clicked.emit(url, ctrl))
        return catcher

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:
        """Scripts never run here; stay quiet rather than echo the mail's content to stderr."""
