"""Every user-visible string can be translated, and the Vietnamese translation is complete.

Other branches add strings while this one translates: the failure messages list each
untranslated or unwrapped source with its file and line, so whoever merges can fix them.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "stringeex_desktop" / "gui"
TS = ROOT / "resources" / "translations" / "stringeex_desktop_vi.ts"

SHOWN_BY = {
    # methods whose string arguments a person reads
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setTitle", "setInformativeText", "setDetailedText", "setLabelText",
    "setAccessibleName", "setSpecialValueText", "setSuffix", "setPrefix", "addItem",
    "insertItem", "addItems", "addAction", "addMenu", "addTab", "showMessage", "setHeaderLabels",
    # constructors and helpers that take a caption
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QAction", "QMenu",
    "QGroupBox", "QMessageBox", "set_message", "show_error",
}
NOT_WORDS = re.compile(r"[A-Za-z]{2,}")
"""A literal with no word in it ("…", "  ·  ", "@") needs no translation."""
UI_NOTR_ALLOWED = {
    # placeholders in Designer, always replaced by translated text before they show
    ("message_block.ui", "In"), ("ticket_pane.ui", "New"),
    ("internal_email_dialog.ui", "@example.com"),  # the portal's domain, set by the code
}
NOTR = "# notr:"
"""A line may say why a literal stays as is (`# notr: language names`)."""


def _literal_words(node: ast.AST) -> list[str]:
    """The word-bearing literals an argument shows as they are (not through tr())."""
    if isinstance(node, ast.Call):
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
            node.func, "id", "")
        if name in ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "status_label"):
            return []
        if name in ("format", "replace", "join", "strip") and isinstance(node.func,
                                                                         ast.Attribute):
            return _literal_words(node.func.value)
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if NOT_WORDS.search(node.value) else []
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return [text] if NOT_WORDS.search(text) else []
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) + _literal_words(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_words(node.body) + _literal_words(node.orelse)
    return []


def unwrapped_strings() -> list[str]:
    found = []
    for path in sorted(GUI.rglob("*.py")):
        if "forms" in path.relative_to(GUI).parts:
            continue
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
                node.func, "id", "")
            if name not in SHOWN_BY:
                continue
            if any(NOTR in lines[n - 1] for n in range(node.lineno, node.end_lineno + 1)):
                continue
            for arg in node.args:
                for text in _literal_words(arg):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({text!r}) "
                                 "is not wrapped in self.tr()")
    return found


def test_user_visible_strings_in_gui_code_are_wrapped_for_translation():
    assert unwrapped_strings() == []


def test_the_scan_catches_an_unwrapped_string(tmp_path, monkeypatch):
    """The scan itself: a bare caption is found, a wrapped one and a symbol are not."""
    package = tmp_path / "gui"
    package.mkdir()
    (package / "sample.py").write_text(
        "def build(self, label, box):\n"
        "    label.setText('Save the reply')\n"
        "    label.setText(self.tr('Saved'))\n"
        "    label.setText(f'{count} tickets')\n"
        "    label.setText('  ·  '.join(parts))\n"
        "    box.addItem('English', 'en')  # notr: language names\n"
        "    set_message(label, 'Moving the listener…', role='hint')\n")
    monkeypatch.setattr(sys.modules[__name__], "GUI", package)
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert [f.split(": ", 1)[1] for f in unwrapped_strings()] == [
        "setText('Save the reply') is not wrapped in self.tr()",
        "setText(' tickets') is not wrapped in self.tr()",
        "set_message('Moving the listener…') is not wrapped in self.tr()"]


def test_designer_strings_are_translatable():
    """Designer strings are extracted unless marked notr; a notr string with words must be
    a placeholder the code replaces (listed above)."""
    found = []
    for path in sorted((ROOT / "ui").glob("*.ui")):
        for prop in ET.parse(path).iter("property"):
            element = prop.find("string")
            if element is None or prop.get("stdset") == "0":  # style hooks, never shown
                continue
            text = element.text or ""
            if element.get("notr") == "true" and NOT_WORDS.search(text) \
                    and (path.name, text) not in UI_NOTR_ALLOWED:
                found.append(f"ui/{path.name}: {text!r} is marked notr")
    assert found == []


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            location = message.find("location")
            if location is None:
                yield name, message, name
                continue
            path = Path(os.path.normpath(ts.parent / location.get("filename")))
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            yield name, message, f"{shown}:{location.get('line')}"


def test_vietnamese_translation_is_complete_and_current():
    """The .ts holds every string of the sources (lupdate on a copy finds nothing new) and
    each has a finished Vietnamese translation (plural forms included)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from build_ui import translation_sources
    finally:
        sys.path.pop(0)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / TS.name
        shutil.copy(TS, fresh)
        subprocess.run([tool, "-silent", "-no-obsolete", *translation_sources(), "-ts",
                        str(fresh)], cwd=ROOT, check=True, capture_output=True)
        problems = []
        for context, message, where in _messages(fresh):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not all(forms):
                source = message.findtext("source")
                problems.append(f"{where} [{context}] {source!r}")
    assert not problems, (
        f"{len(problems)} string(s) have no Vietnamese translation yet: run "
        "`.venv/bin/python tools/build_ui.py --update-ts`, translate them in "
        "resources/translations/stringeex_desktop_vi.ts, then `tools/build_ui.py`:\n"
        + "\n".join(problems))
