"""The quoted previous message at the end of a plain-text mail, folded behind a toggle."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

ATTRIBUTION = re.compile(
    r"(wrote|writes|schrieb|a écrit|escribió|scrisse|đã viết|viết)\s*:\s*$", re.IGNORECASE)
ORIGINAL = re.compile(r"^\s*-{2,}\s*(Original Message|Forwarded message|Thư gốc)\s*-{2,}\s*$",
                      re.IGNORECASE)


def split_quoted(text: str) -> tuple[str, str]:
    """(what the sender wrote, the quoted tail): the trailing `>` lines with their
    "On …, X wrote:" line, or everything from an "-----Original Message-----" line. A mail
    that is nothing but quotes keeps all of it as its own text."""
    lines = text.rstrip().split("\n")
    cut = next((i for i, line in enumerate(lines) if ORIGINAL.match(line)), None)
    if cut is None:
        cut = len(lines)
        while cut > 0 and (lines[cut - 1].startswith(">") or not lines[cut - 1].strip()):
            cut -= 1
        if not any(line.startswith(">") for line in lines[cut:]):
            return text, ""
        while cut > 0 and not lines[cut - 1].strip():
            cut -= 1
        if cut > 0 and ATTRIBUTION.search(lines[cut - 1]):
            cut -= 1
    body = "\n".join(lines[:cut]).rstrip()
    if not body.strip():
        return text, ""
    return body, "\n".join(lines[cut:]).strip("\n")


class QuotedText(QWidget):
    """Folded at first: the thread shows what is new in each message."""

    def __init__(self, quoted: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("quoteToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.label = QLabel(quoted, self)
        self.label.setObjectName("quotedLabel")
        self.label.setProperty("role", "hint")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.label)
        self.toggle.toggled.connect(self._show)
        self._show(False)

    def _show(self, shown: bool) -> None:
        self.label.setVisible(shown)
        self.toggle.setText(self.tr("Hide quoted text") if shown else self.tr("Show quoted text …"))
