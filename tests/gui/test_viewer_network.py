"""The viewer's second wall holds alone: unsanitised hostile HTML opens no connection at all.

Request interception never sees preconnects or DNS prefetches; a TCP listener that counts
every connection does. The sanitiser is swapped for one that keeps everything, so only the
viewer's own parse, the profile, its settings and the Chromium switches stand in the way.
"""

from __future__ import annotations

import os
import socket
import threading

import pytest

from stringeex_desktop.gui.web.chromium_switches import ENV, SWITCHES, lock_down_chromium
from stringeex_desktop.gui.web.html_sanitizer import SanitizedHtml
from stringeex_desktop.gui.web.resource_hint_guard import guard

from stringeex_desktop.gui.web.message_profile import MessageProfile
from stringeex_desktop.gui.web.message_view import MessageView


class CountingListener:
    """Accepts and counts every TCP connection on 127.0.0.1 (a preconnect sends no request)."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            conn.close()

    def stop(self):
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture
def listener():
    counting = CountingListener()
    yield counting
    counting.stop()


def every_way_out(base: str, host_port: str) -> str:
    """Resource hints, speculative loads, subresources of every kind and a WebRTC attempt."""
    return f"""<!DOCTYPE html><html><head>
<link rel="preconnect" href="{base}">
<link rel="preconnect" href="//{host_port}" crossorigin>
<link rel="dns-prefetch" href="//{host_port}">
<link rel="prefetch" href="{base}/prefetch">
<link rel="prerender" href="{base}/prerender">
<link rel="preload" href="{base}/preload.css" as="style">
<link rel="preload" href="{base}/font.woff2" as="font" crossorigin>
<link rel="modulepreload" href="{base}/module.js">
<link rel="next" href="{base}/next">
<link rel="stylesheet" href="{base}/style.css">
<link rel="icon" href="{base}/favicon.ico">
<link rel="manifest" href="{base}/manifest.json">
<script type="speculationrules">
{{"prefetch": [{{"source": "list", "urls": ["{base}/spec-prefetch"]}}],
  "prerender": [{{"source": "list", "urls": ["{base}/spec-prerender"]}}]}}
</script>
<style>
@import url("{base}/import.css");
@font-face {{ font-family: Remote; src: url("{base}/font.ttf"); }}
body {{ font-family: Remote; background: url("{base}/bg.png"); }}
</style>
<meta http-equiv="refresh" content="0; url={base}/refresh">
</head><body>
<p>Hello</p>
<img src="{base}/img.png"><img srcset="{base}/set.png 2x">
<picture><source srcset="{base}/source.png"><img src="{base}/pic.png"></picture>
<video src="{base}/video.mp4" poster="{base}/poster.png" autoplay preload="auto"></video>
<audio src="{base}/audio.mp3" autoplay preload="auto"></audio>
<iframe src="{base}/frame"></iframe>
<object data="{base}/object"></object><embed src="{base}/embed">
<a href="{base}/ping" ping="{base}/pinged">link</a>
<form action="{base}/form" method="post"><input type="image" src="{base}/input.png"></form>
<script src="{base}/script.js"></script>
<script>
new Image().src = "{base}/js-image"; fetch("{base}/fetch");
const pc = new RTCPeerConnection({{iceServers: [
  {{urls: "stun:{host_port}"}},
  {{urls: "turn:{host_port}?transport=tcp", username: "u", credential: "c"}}]}});
pc.createDataChannel("x");
pc.createOffer().then(offer => pc.setLocalDescription(offer));
new WebSocket("ws://{host_port}/ws");
</script>
</body></html>"""


def test_unsanitised_hostile_html_makes_no_connection(qapp, qtbot, listener):
    host_port = f"127.0.0.1:{listener.port}"
    profile = MessageProfile(lambda row, cid: None, qapp)
    view = MessageView(profile)
    view.resize(600, 400)
    view.show()
    try:
        view.sanitizer = lambda html, *_: SanitizedHtml(html, 0)  # the first wall is off
        with qtbot.waitSignal(view.loadFinished, timeout=10_000):
            view.show_message_html(every_way_out(f"http://{host_port}", host_port), 7)
        # Nothing to wait for when the wall holds; give any speculative work a chance to run.
        qtbot.wait(1500)
        assert listener.connections == 0
        assert view.url().toString().startswith("cid:document/")
    finally:
        view.close()
        view.deleteLater()
        qtbot.wait(20)
        profile.deleteLater()


def test_guard_rebuilds_what_it_parsed_and_drops_hints():
    hostile = ("<p class='a\"b'>x &lt; y <b>z</b><!-- --!><link rel=preconnect href=http://h/>"
               " --><script>a</script x><link rel=preconnect href=http://h/></script>"
               "<LINK/rel=preconnect href=http://h/><meta http-equiv=refresh content='0;u=x'>"
               "<base href=http://h/><style>p{}</style x><link rel=dns-prefetch></style>"
               "<img src=cid:1/x alt><a href='https://ok.example/'>ok</a></p>")
    rebuilt = guard(hostile).html
    assert "<link" not in rebuilt.lower() and "<meta" not in rebuilt and "<base" not in rebuilt
    assert "http://h/" not in rebuilt and "<script" not in rebuilt and "p{}" not in rebuilt
    assert rebuilt.startswith('<p class="a&quot;b">x &lt; y <b>z</b>')
    assert '<img src="cid:1/x" alt>' in rebuilt
    assert '<a href="https://ok.example/">ok</a>' in rebuilt
    assert guard(hostile).links == (("https://ok.example/", "ok"),)


def test_guard_leaves_mail_without_hints_alone_and_reads_its_links():
    clean = ('<p>Pay at <a href="https://pay.evil.example/?a=1&amp;b=2" rel="noopener">'
             '<b>paypal</b>.com</a> &lt;link&gt; is text here</p>')
    guarded = guard(clean)
    assert guarded.html == clean  # "&lt;link" is no tag: nothing to rebuild
    assert guarded.links == (("https://pay.evil.example/?a=1&b=2", "paypal.com"),)


def test_switches_are_added_once_to_what_is_already_set():
    env = {ENV: "--lang=vi"}
    lock_down_chromium(env)
    lock_down_chromium(env)
    assert env[ENV].split() == ["--lang=vi", *SWITCHES]
    assert all(switch in os.environ[ENV] for switch in SWITCHES)  # set as app.py does
