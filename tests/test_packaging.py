"""What installers and scripts rely on from source: `--version`, and a `--smoke` that leaves
the person's real data folder alone when none is named."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from stringeex_desktop import __version__
from stringeex_desktop.components import components

ROOT = Path(__file__).resolve().parent.parent


def app(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "stringeex_desktop", *args], capture_output=True,
                          text=True, timeout=120, env=env, cwd=ROOT)


def test_version_flag_prints_the_version():
    result = app("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"stringeex-desktop {__version__}\n"


def test_smoke_without_a_data_folder_uses_a_temporary_one():
    platform_folder = Path(os.environ["XDG_DATA_HOME"]) / "StringeeX Desktop"
    result = app("gui", "--smoke")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "smoke ok"
    assert not platform_folder.exists()


def test_smoke_honours_the_data_folder_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("STRINGEEX_DATA_DIR", str(tmp_path / "named"))
    result = app("gui", "--smoke")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "named" / "stringeex.db").is_file()


def test_components_are_the_runtime_closure_with_licences():
    found = {c.name: c for c in components()}
    assert found["stringeex-desktop"].license == "GPL-3.0-or-later"
    assert found["keyrings.alt"].version  # bundled for an explicit choice of file keyring
    assert "pytest" not in found and "trustme" not in found  # test tools are not shipped
    assert all(c.license for c in found.values())
