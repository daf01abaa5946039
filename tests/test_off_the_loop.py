"""Heavy work leaves the event loop's thread: a window driven by that loop never freezes."""

from __future__ import annotations

import asyncio
import threading

from conftest import DOMAIN, run
from mailmaker import make_mail
from stringeex_desktop.core.service import Service
from stringeex_desktop.core.services import tickets
from stringeex_desktop.core.store.sqlite import store as sqlite_store


def recording(monkeypatch, module, name) -> list[int]:
    """Wrap `module.name` so each call notes the thread it ran on."""
    threads, real = [], getattr(module, name)

    def wrapper(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapper)
    return threads


def test_opening_a_store_migrates_off_the_loop(data_dir, monkeypatch):
    threads = recording(monkeypatch, sqlite_store, "migrate")

    async def open_on_the_loop():
        service = await Service.open(data_dir)
        service.close()
        return threading.get_ident()

    loop_thread = asyncio.run(open_on_the_loop())
    assert threads and loop_thread not in threads


def test_a_reply_is_built_off_the_loop(service, portal, monkeypatch):
    threads = recording(monkeypatch, tickets, "build_message")
    result = run(service.deliver(make_mail(), [portal.id], "carol@example.com"))
    sales = run(service.add_smtp_mailbox("sales@customer.example", host="127.0.0.1", port=1,
                                         password="x", security="none", verify=False))

    async def reply_on_the_loop():
        await service.reply(result.ticket_id, f"alice@{DOMAIN}", "Hello", via=sales.id,
                            attachments=[("big.bin", "application/octet-stream",
                                          b"\0" * 2**20)])
        return threading.get_ident()

    loop_thread = asyncio.run(reply_on_the_loop())
    assert threads and loop_thread not in threads
