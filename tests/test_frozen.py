"""The frozen app (PyInstaller, build.spec) built and checked for real by scripts/build_frozen.sh.

Slow (a few minutes: the build, then the frozen programs against real peers), so it has its
own marker: `./dev test -m frozen` runs only it, `./dev test -m "not frozen"` everything else.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.frozen,
              pytest.mark.skipif(not sys.platform.startswith("linux"),
                                 reason="the script builds the Linux one-folder app")]


@pytest.mark.timeout(1800)
def test_build_and_check_the_frozen_app():
    result = subprocess.run([str(ROOT / "scripts" / "build_frozen.sh")], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "check_frozen: all checks passed" in result.stdout
    for step in ("gui --smoke: smoke ok", "the password is refused in one line",
                 "ticket list --json shows #000001",
                 "the reply left through the SMTP peer over STARTTLS with AUTH"):
        assert step in result.stdout, result.stdout
