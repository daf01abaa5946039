"""The app on a real X server (Xvfb) through Qt's xcb platform, as on a desktop Linux.

The other GUI tests run offscreen, which loads none of the X libraries Qt's xcb plugin needs
(libxcb-cursor0 and friends, installed by `./dev`): only this test notices when one is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, cli_env

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="X11 is the Linux desktop")


@pytest.fixture
def xvfb():
    """An Xvfb on a display number it picks itself (-displayfd), stopped at the end."""
    if not shutil.which("Xvfb"):
        pytest.fail("Xvfb is not installed (./dev test installs the xvfb package)")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write)
    try:
        with os.fdopen(read) as announced:
            display = announced.readline().strip()
        if not display:
            raise AssertionError(f"Xvfb did not start: {server.stderr.read().decode()}")
        yield f":{display}"
    finally:
        server.terminate()
        server.wait(timeout=20)
        server.stderr.close()


def test_smoke_on_the_xcb_platform(xvfb, tmp_path):
    env = cli_env(QT_QPA_PLATFORM="xcb", DISPLAY=xvfb)
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                             str(tmp_path / "data"), "gui", "--smoke"], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "smoke ok"
