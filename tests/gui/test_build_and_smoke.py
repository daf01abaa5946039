"""Generated files match their sources; `gui --smoke` works from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_forms_and_translations_do_not_drift():
    """pyside6-uic/rcc of ui/*.ui and resources/ give exactly gui/forms/*.py; .ts -> .qm."""
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "build_ui.py"), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def smoke(data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    return subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                           str(data_dir), "gui", "--smoke"],
                          capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)


def test_smoke_on_an_empty_folder_then_again(tmp_path):
    for _ in range(2):  # the second run reuses the portal, mailbox and ticket it made
        result = smoke(tmp_path / "data")
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "smoke ok"


def test_smoke_failure_is_one_line(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    result = smoke(blocker)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if "smoke failed" in line]
    assert len(lines) == 1 and "Traceback" not in result.stderr
