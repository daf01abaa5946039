"""MessageView renders mail inert: no remote fetch, no script, no navigation; cid: parts work."""

from __future__ import annotations

import http.server
import threading

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript

from stringeex_desktop.gui.web.html_sanitizer import cid_url, parse_cid_url, sanitize_html
from stringeex_desktop.gui.web.message_profile import MessageProfile
from stringeex_desktop.gui.web.message_view import MessageView

PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360f8cfc0f01f0005000201a5d3a2c60000000049454e44ae426082")


@pytest.fixture
def server():
    """A tiny local web server that records every request it gets."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(PNG_1x1)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def parts():
    """Inline parts by (message row id, content id), as the store would answer."""
    return {(7, "logo@acme"): ("image/png", PNG_1x1),
            (7, "page@acme"): ("text/html", b"<script>alert(1)</script>")}


@pytest.fixture
def view(qapp, qtbot, parts):
    profile = MessageProfile(lambda row, cid: parts.get((row, cid)), qapp)
    view = MessageView(profile)
    view.resize(600, 400)
    view.show()
    yield view
    view.close()
    view.deleteLater()
    qtbot.wait(20)
    profile.deleteLater()


def js(view, qtbot, script: str):
    """Evaluate in the application's isolated world (the page's own scripts are off)."""
    result = []
    view.page().runJavaScript(script, QWebEngineScript.ScriptWorldId.ApplicationWorld,
                              lambda value: result.append(value))
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    return result[0]


def load(view, qtbot, html: str | None = None, *, raw: str | None = None):
    with qtbot.waitSignal(view.loadFinished, timeout=10_000) as blocker:
        if raw is not None:
            view.page().load_html(raw)
        else:
            view.show_message_html(html, 7)
    assert blocker.args == [True]
    qtbot.wait(300)  # time for any request or timer the page might still start


def hostile(base: str) -> str:
    return (f"<html><head><title>original</title>"
            f"<link rel='stylesheet' href='{base}/style.css'></head>"
            f"<body style=\"background:url('{base}/bg.png')\"><p>Hello</p>"
            f"<img src='{base}/x'><img srcset='{base}/set 2x'>"
            f"<script>document.title = 'script ran'; new Image().src = '{base}/js';"
            f"fetch('{base}/fetch');</script>"
            f"<iframe src='{base}/frame'></iframe>"
            f"<meta http-equiv='refresh' content='0; url={base}/refresh'>"
            f"<a id='link' href='{base}/link'>link</a></body></html>")


def test_sanitised_mail_fetches_nothing_and_runs_no_script(view, qtbot, server):
    base, hits = server
    load(view, qtbot, hostile(base))
    assert hits == []
    assert js(view, qtbot, "document.title") != "script ran"
    assert js(view, qtbot, "document.scripts.length") == 0
    assert js(view, qtbot, "document.body.innerText").strip().startswith("Hello")
    assert view.sanitized.remote_blocked == 1


def test_the_view_itself_blocks_remote_content_and_scripts(view, qtbot, server):
    """Unsanitised HTML straight into the page: the profile and page still hold."""
    base, hits = server
    load(view, qtbot, raw=hostile(base))
    qtbot.wait(700)  # past the meta refresh
    assert hits == []
    assert js(view, qtbot, "document.title") == "original"
    assert js(view, qtbot, "document.images[0].naturalWidth") == 0
    assert view.url().toString().startswith("cid:document/")  # never navigated elsewhere


def test_navigation_is_refused(view, qtbot):
    load(view, qtbot, "<p><a href='https://example.com/'>a link</a></p>")
    page = view.page()
    kinds = QWebEnginePage.NavigationType
    for url, kind in (("https://example.com/", kinds.NavigationTypeLinkClicked),
                      ("data:text/html,<p>x</p>", kinds.NavigationTypeTyped),
                      ("file:///etc/passwd", kinds.NavigationTypeRedirect),
                      ("cid:document/guessed", kinds.NavigationTypeTyped),
                      (view.url().toString(), kinds.NavigationTypeReload),
                      (view.url().toString(), kinds.NavigationTypeLinkClicked)):
        assert page.acceptNavigationRequest(QUrl(url), kind, True) is False


def test_inline_cid_image_is_served(view, qtbot):
    load(view, qtbot, "<p>Logo:</p><img src='cid:logo@acme'><img src='cid:missing@acme'>"
                      "<img src='cid:page@acme'>")
    assert js(view, qtbot, "document.images[0].naturalWidth") == 1
    assert js(view, qtbot, "document.images[1].naturalWidth") == 0  # not in the message
    assert js(view, qtbot, "document.images[2].naturalWidth") == 0  # not an image: refused
    assert js(view, qtbot, "document.images[0].getAttribute('src')") == cid_url(7, "logo@acme")


def test_view_grows_to_its_content(view, qtbot):
    load(view, qtbot, "".join(f"<p>line {n}</p>" for n in range(40)))
    qtbot.waitUntil(lambda: view.height() > 400)
    tall = view.height()
    load(view, qtbot, "<p>one line</p>")
    qtbot.waitUntil(lambda: view.height() < 100)
    assert view.height() < tall


def test_sanitizer():
    result = sanitize_html(
        "<style>p{}</style><p onclick='x()' style='color:red;background:url(http://t/x)'>"
        "Hi <b>there</b></p><img src='http://t/pixel.gif'><img src='cid:<a b@c>'>"
        "<a href='javascript:alert(1)'>j</a><a href='https://ok.example/'>ok</a>"
        "<table><tr><td colspan='2'>cell</td></tr></table><form><input></form>", 3)
    html = result.html
    assert result.remote_blocked == 1
    assert "<style" not in html and "p{}" not in html and "onclick" not in html
    assert 'style="color:red"' in html and "url(" not in html
    assert "http://t/pixel.gif" not in html and "javascript:" not in html
    assert 'href="https://ok.example/"' in html and 'rel="noopener noreferrer"' in html
    assert 'colspan="2"' in html and "<form" not in html and "<input" not in html
    assert cid_url(3, "a b@c") in html
    assert parse_cid_url(cid_url(3, "a b@c")) == (3, "a b@c")
    assert parse_cid_url("cid:x") is None and parse_cid_url("http://x/1/y") is None


def plain_text(view, qtbot) -> str:
    """What the page shows, read without JavaScript (it is off in message views)."""
    result = []
    view.page().toPlainText(result.append)
    qtbot.waitUntil(lambda: bool(result), timeout=10_000)
    return result[0]


def big_html(size: int) -> str:
    filler = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20 + "</p>\n"
    return ("<html><body><h1>FIRST-LINE-MARKER</h1>" + filler * (size // len(filler) + 1)
            + "<p>LAST-LINE-MARKER</p></body></html>")


def test_html_over_two_megabytes_renders(view, qtbot):
    """setHtml's data: URL shows nothing above 2 MB; the scheme handler has no such limit."""
    html = big_html(3 * 1024 * 1024)
    assert len(html.encode()) > 3 * 1024 * 1024
    load(view, qtbot, html)
    text = plain_text(view, qtbot)
    assert text.startswith("FIRST-LINE-MARKER") and text.rstrip().endswith("LAST-LINE-MARKER")
    assert view.height() > 1000


def test_another_page_cannot_load_a_document(view, qtbot):
    load(view, qtbot, "<p>mine</p>")
    other = MessageView(view.page().profile(), None)
    other.resize(300, 200)
    with qtbot.waitSignal(other.loadFinished, timeout=10_000) as blocker:
        other.page().load(view.url())  # another page asking for the first page's document
    assert blocker.args == [False]
    assert "mine" not in plain_text(other, qtbot)
    other.deleteLater()
    qtbot.wait(20)
