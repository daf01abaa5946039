"""Chromium switches for every web view of the process, set before QtWebEngine starts.

Chromium reads QTWEBENGINE_CHROMIUM_FLAGS once, when the first web engine object is made, so
this runs in the composition root before the QApplication (both `gui` and `gui --smoke`, from
source and frozen, go through `app._qt_loop`). The WebRTC policy keeps ICE from gathering
local or UDP candidates even if a page ever got scripts to run: JavaScript is already off in
message views, and the consent profile needs its scripts but never WebRTC.

DNS prefetch is the profile's `DnsPrefetchEnabled` setting (QtWebEngine has no chrome/
`--dns-prefetch-disable` switch). No switch or setting stops a page's `<link rel=preconnect>`
(QtWebEngine's network-hints handler opens the socket unconditionally, past the request
interceptor and CSP), which is why message views also pass their document through
`resource_hint_guard`.
"""

from __future__ import annotations

import os
from typing import MutableMapping

ENV = "QTWEBENGINE_CHROMIUM_FLAGS"
SWITCHES = (
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--webrtc-ip-handling-policy=disable_non_proxied_udp",
)


def lock_down_chromium(environ: MutableMapping[str, str] = os.environ) -> str:
    """Add our switches to whatever the person or the platform already passes."""
    current = environ.get(ENV, "").split()
    missing = [switch for switch in SWITCHES if switch not in current]
    environ[ENV] = " ".join(current + missing)
    return environ[ENV]
