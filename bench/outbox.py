"""Outbox throughput against raw aiosmtplib, same messages, same sink, same run.

    .venv/bin/python bench/outbox.py [--messages 1000]

Queues N agent replies (10 per ticket) through `Service.reply` (not timed), then times the outbox worker
sending them all to a counting aiosmtpd sink, and raw aiosmtplib sending the very same bytes
on one reused connection. Prints messages/s for both and the ratio (target >= 0.8).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import aiosmtplib
from aiosmtpd.controller import Controller

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stringeex_desktop.core.mail.outbox import OutboxWorker  # noqa: E402
from stringeex_desktop.core.models import utcnow  # noqa: E402
from stringeex_desktop.core.service import Service  # noqa: E402
from stringeex_desktop.core.store import outbox_repo  # noqa: E402

DOMAIN = "bench.stringeex.local"
SENDER = "sales@customer.example"
REPLIES_PER_TICKET = 10
WARM_UP = 100


class CountingSink:
    """Accepts everything and only counts: the cheapest possible peer."""

    def __init__(self) -> None:
        self.count = 0
        self.bytes = 0
        self._lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self._lock:
            self.count += 1
            self.bytes += len(envelope.content)
        return "250 2.0.0 OK"


async def prepare(service: Service, port: int, n: int) -> list[int]:
    await service.set_up(DOMAIN, f"admin@{DOMAIN}", "Admin")
    await service.add_queue("Support")
    inbox = await service.add_internal_mailbox("support", name="Support", queue="Support")
    sales = await service.add_smtp_mailbox(SENDER, host="127.0.0.1", port=port, password="x",
                                           security="none", username="", verify=False)
    tickets = []
    for t in range(max(1, n // REPLIES_PER_TICKET)):
        raw = (f"From: Customer {t} <c{t}@example.com>\r\nTo: {SENDER}\r\n"
               f"X-Forwarded-For: {SENDER}\r\nSubject: Order {t}\r\n"
               f"Message-ID: <c{t}@example.com>\r\n\r\nWhere is it?\r\n").encode()
        tickets.append((await service.deliver(raw, [inbox.id], f"c{t}@example.com")).ticket_id)
    body = "Thank you for your patience.\n" * 40
    ids = []
    for i in range(n):
        _, item_id = await service.reply(tickets[i % len(tickets)], f"admin@{DOMAIN}",
                                         f"{i}\n{body}", via=sales.id)
        ids.append(item_id)
    return ids


async def run_outbox(service: Service, n: int) -> float:
    worker = OutboxWorker(service, timeout=30)
    start = time.perf_counter()
    sent = 0
    while sent < n:
        items = await service.writer.run(outbox_repo.claim_due, utcnow())
        if not items:
            raise RuntimeError(f"outbox ran dry after {sent} of {n}")
        outcomes = await worker.send_batch(items)
        sent += sum(1 for o in outcomes.values() if o == "sent")
    return time.perf_counter() - start


async def run_raw(port: int, messages: list[tuple[str, list[str], bytes]]) -> float:
    start = time.perf_counter()
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=30, start_tls=False)
    await client.connect()
    for sender, recipients, data in messages:
        await client.sendmail(sender, recipients, data)
    await client.quit()
    return time.perf_counter() - start


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    args = parser.parse_args()
    n = args.messages
    print(f"# outbox benchmark: {n} replies; Python {platform.python_version()}, "
          f"{os.cpu_count()} cores")
    sink = CountingSink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        with tempfile.TemporaryDirectory(prefix="stx-bench-") as tmp:
            # A throwaway file keyring, chosen explicitly, so no real keyring is touched.
            os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
            os.environ["XDG_DATA_HOME"] = tmp
            service = Service(Path(tmp) / "data")
            try:
                ids = asyncio.run(prepare(service, controller.port, n))
                reader = service.readers.get()
                messages = [(item.envelope_from, item.recipients,
                             outbox_repo.item_data(reader, item.id))
                            for item in (outbox_repo.get_item(reader, i) for i in ids)]
                asyncio.run(run_raw(controller.port, messages[:WARM_UP]))  # both start warm
                outbox_seconds = asyncio.run(run_outbox(service, n))
                stored_sent = sum(1 for i in ids
                                  if outbox_repo.get_item(reader, i).state == "sent")
            finally:
                service.close()
        after_outbox = sink.count
        raw_seconds = asyncio.run(run_raw(controller.port, messages))
    finally:
        controller.stop()
    size = sum(len(m[2]) for m in messages) / n
    outbox_rate, raw_rate = n / outbox_seconds, n / raw_seconds
    print(f"message size         {size / 1024:.1f} KiB")
    print(f"outbox (durable)     {outbox_rate:8.1f} msg/s  ({outbox_seconds:.2f} s)")
    print(f"raw aiosmtplib       {raw_rate:8.1f} msg/s  ({raw_seconds:.2f} s)")
    print(f"ratio outbox/raw     {outbox_rate / raw_rate:8.2f}  (target >= 0.8)")
    ok = after_outbox == n + WARM_UP and stored_sent == n and sink.count == 2 * n + WARM_UP
    print("check                " + ("ok: every reply reached the sink once and is marked sent"
                                     if ok else f"FAIL: sink {after_outbox}, marked {stored_sent}"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
