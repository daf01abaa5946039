"""Generated files match their sources (DESIGN.md section 2)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_forms_resources_and_translations_do_not_drift():
    """pyside6-uic of ui/*.ui and pyside6-rcc of resources/ give exactly gui/forms/*.py, and
    pyside6-lrelease of resources/translations/*.ts gives exactly the committed .qm files."""
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "build_ui.py"), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
