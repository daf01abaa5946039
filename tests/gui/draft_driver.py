"""The app's window in a process of its own, for the crash test: it opens ticket TICKET_ID,
types TEXT into the reply the way a person would, prints "saved" once the draft is in the
store and then waits to be killed. Usage: draft_driver.py DATA_DIR TICKET_ID TEXT"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from stringeex_desktop.app import _qt_loop, _Session
from stringeex_desktop.core.service import Service
from stringeex_desktop.gui.settings.listener_settings import ListenerSettings


async def main(data_dir: Path, ticket_id: int, text: str) -> None:
    service = await Service.open(data_dir)
    session = _Session(service, ListenerSettings(("127.0.0.1", 0)), idle_minutes=0)
    assert session.window.select_ticket(ticket_id)
    body = session.window.pane.composer.ui.bodyEdit
    body.setFocus()
    for char in text:  # key events carrying text: QTest's key clicks take ASCII only
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(body, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                   char))
    while (draft := service.draft(service.actor.email, ticket_id)) is None or draft.body != text:
        await asyncio.sleep(0.05)
    print("saved", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    loop = _qt_loop()
    with loop:
        loop.run_until_complete(main(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]))
