"""Links in mail: real clicks in a real view; the browser is Qt's URL handler for the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEngineScript
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from stringeex_desktop.gui.web.html_sanitizer import SanitizedHtml
from stringeex_desktop.gui.web.message_profile import MessageProfile
from stringeex_desktop.gui.web.message_view import MessageView


class Browser(QObject):
    """Stands in for the system browser: QDesktopServices hands it every URL it opens."""

    def __init__(self):
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser(qapp):
    handler = Browser()
    for scheme in ("http", "https", "tel", "file", "javascript", "mailto"):
        QDesktopServices.setUrlHandler(scheme, handler, "open")
    yield handler
    for scheme in ("http", "https", "tel", "file", "javascript", "mailto"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def view(qapp, qtbot):
    profile = MessageProfile(lambda row, cid: None, qapp)
    view = MessageView(profile)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.close()
    view.deleteLater()
    qtbot.wait(20)
    profile.deleteLater()


def show(view, qtbot, body: str, *, sanitized: bool = True) -> None:
    if not sanitized:
        view.sanitizer = lambda html, *_: SanitizedHtml(html, 0)
    with qtbot.waitSignal(view.loadFinished, timeout=10_000):
        view.show_message_html(body, 7)
    view.loaded_url = view.url()
    assert center(view, qtbot, "a") is not None


def center(view, qtbot, selector: str) -> QPoint | None:
    result = []
    view.page().runJavaScript(  # a string: PySide6 hands script arrays back as ""
        f"(() => {{ const r = document.querySelector({selector!r}).getBoundingClientRect();"
        f" return r.width > 0 ? `${{r.left + r.width / 2}},${{r.top + r.height / 2}}` : ''; }})()",
        QWebEngineScript.ScriptWorldId.ApplicationWorld, result.append)
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    if not result[0]:
        return None
    x, y = map(float, result[0].split(","))
    return QPoint(int(x), int(y))


def click(view, qtbot, selector: str = "a", modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Move there first, as a hand does: the view learns a link's address from the hover."""
    point = center(view, qtbot, selector)
    hover(view, qtbot, point)
    QTest.mouseClick(view.focusProxy(), Qt.MouseButton.LeftButton, modifier, point)


def hover(view, qtbot, point: QPoint) -> str:
    """Move the pointer off and onto `point`; returns the address the view reported."""
    opener = view.page().profile().links
    spots = ((QPoint(1, 1), False),) if not view.hovered_link.isEmpty() else ()
    for spot, on_link in (*spots, (point, True)):
        with qtbot.waitSignal(opener.hovered, timeout=5000,
                              check_params_cb=lambda url, on=on_link: bool(url) == on
                              ) as hovered:
            QApplication.sendEvent(view.focusProxy(), QMouseEvent(
                QEvent.Type.MouseMove, QPointF(spot), QPointF(view.mapToGlobal(spot)),
                Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier))
    return hovered.args[0]


def question(view, qtbot) -> QMessageBox:
    opener = view.page().profile().links
    qtbot.waitUntil(lambda: opener.question is not None and opener.question.isVisible(),
                    timeout=5000)
    return opener.question


def answer(box: QMessageBox, qtbot, role: QMessageBox.ButtonRole) -> None:
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    button.click()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_deceptive_link_warns_and_opens_only_when_told(view, qtbot, browser):
    show(view, qtbot, "<p>Log in at <a href='https://paypal.evil.example/login'>paypal.com</a>")
    click(view, qtbot)
    box = question(view, qtbot)
    assert "says paypal.com but leads to paypal.evil.example" in box.text()
    assert "https://paypal.evil.example/login" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    answer(box, qtbot, QMessageBox.ButtonRole.RejectRole)
    assert browser.opened == []
    click(view, qtbot, modifier=Qt.KeyboardModifier.ControlModifier)  # Ctrl never skips it
    box = question(view, qtbot)
    assert "leads to paypal.evil.example" in box.text()
    answer(box, qtbot, QMessageBox.ButtonRole.AcceptRole)
    assert browser.opened == ["https://paypal.evil.example/login"]
    assert view.url() == view.loaded_url  # the view itself never went anywhere


def test_matching_link_asks_once_and_ctrl_click_opens_at_once(view, qtbot, browser):
    show(view, qtbot, "<p>See <a href='https://www.example.com/help'>example.com/help</a>")
    click(view, qtbot)
    box = question(view, qtbot)
    assert box.text() == "Open this link in your browser?"
    answer(box, qtbot, QMessageBox.ButtonRole.AcceptRole)
    assert browser.opened == ["https://www.example.com/help"]
    click(view, qtbot, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(browser.opened) == 2, timeout=5000)
    assert view.page().profile().links.question is None
    assert view.url() == view.loaded_url


@pytest.mark.parametrize("href, scheme", [("javascript:document.title='ran'", "javascript"),
                                          ("file:///etc/passwd", "file")])
def test_script_and_file_links_are_refused(view, qtbot, browser, href, scheme):
    """The sanitiser drops these hrefs; with it off the viewer still refuses them."""
    show(view, qtbot, f"<p><a href=\"{href}\">{scheme} link</a></p>", sanitized=False)
    for modifier in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
        click(view, qtbot, modifier=modifier)
        box = question(view, qtbot)
        assert f"\u201c{scheme}:\u201d link" in box.text()
        assert [box.buttonRole(b) for b in box.buttons()] == [QMessageBox.ButtonRole.RejectRole]
        answer(box, qtbot, QMessageBox.ButtonRole.RejectRole)
    assert browser.opened == []
    assert view.url() == view.loaded_url
    assert view.title() != "ran"


def test_other_programs_links_warn(view, qtbot, browser):
    show(view, qtbot, "<p><a href='tel:+84901234567'>Call us</a></p>", sanitized=False)
    click(view, qtbot)
    box = question(view, qtbot)
    assert "another program" in box.text() and "tel:" in box.text()
    answer(box, qtbot, QMessageBox.ButtonRole.AcceptRole)
    assert browser.opened == ["tel:+84901234567"]


def test_mailto_asks_our_composer_not_a_mail_program(view, qtbot, browser):
    show(view, qtbot, "<p>Write to <a href='mailto:billing@customer.example?subject=x'>"
                      "billing</a></p>")
    opener = view.page().profile().links
    with qtbot.waitSignal(opener.reply_to, timeout=5000) as wanted:
        click(view, qtbot)
    assert wanted.args == ["billing@customer.example"]
    assert browser.opened == [] and opener.question is None


def test_hover_reports_the_real_target(view, qtbot):
    show(view, qtbot, "<p><a href='https://paypal.evil.example/'>paypal.com</a></p>")
    assert hover(view, qtbot, center(view, qtbot, "a")) == "https://paypal.evil.example/"


def test_copy_link_address(view, qtbot):
    show(view, qtbot, "<p><a href='https://example.com/a?b=1'>the link</a></p>")
    QGuiApplication.clipboard().clear()
    point = center(view, qtbot, "a")
    QTest.mouseClick(view.focusProxy(), Qt.MouseButton.RightButton,
                     Qt.KeyboardModifier.NoModifier, point)
    qtbot.waitUntil(lambda: any(m.isVisible() for m in menus(view)), timeout=5000)
    menu = next(m for m in menus(view) if m.isVisible())
    action = next(a for a in menu.actions() if a.text() == "Copy &link address")
    action.trigger()
    menu.close()
    assert QGuiApplication.clipboard().text() == "https://example.com/a?b=1"


def menus(view) -> list[QMenu]:
    return view.findChildren(QMenu)


def test_in_the_window_hover_shows_the_target_and_mailto_fills_the_reply(
        make_window, portal, internal, run, qtbot, browser):
    from mailmaker import make_mail

    raw = make_mail(to=internal.address, subject="Invoice question", html=(
        "<p>Please copy <a href='mailto:billing@customer.example'>our billing team</a> "
        "and see <a href='https://portal.customer.example/invoices'>our portal</a>."
        "</p>"))
    ticket_id = run(portal.deliver(raw, [internal.id], "carol@example.com")).ticket_id
    window, _core, _presence = make_window()
    with qtbot.waitSignal(window.pane.html_rendered, timeout=10_000):
        assert window.select_ticket(ticket_id)
    view = window.pane.blocks[-1].view
    hover(view, qtbot, center(view, qtbot, "a[href^=https]"))
    assert window.statusBar().currentMessage() == "https://portal.customer.example/invoices"
    click(view, qtbot, "a")
    composer = window.pane.composer
    qtbot.waitUntil(lambda: "billing@customer.example" in composer.ui.ccEdit.text())
    assert composer.ui.bodyEdit.hasFocus() or composer.ui.bodyEdit.isVisible()
    assert browser.opened == []
    with qtbot.waitSignal(view.page().profile().links.reply_to, timeout=5000):
        QTest.mouseClick(view.focusProxy(), Qt.MouseButton.LeftButton,  # twice: still one Cc
                         Qt.KeyboardModifier.NoModifier, center(view, qtbot, "a"))
    assert composer.ui.ccEdit.text().count("billing@customer.example") == 1
