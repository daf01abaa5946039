"""Outbox throughput against raw aiosmtplib, same messages, same sink, same run.

    .venv/bin/python bench/outbox.py [--messages 1000]

Queues N agent replies (10 per ticket) through `Service.reply` (not timed), then times the
outbox worker sending them all to an aiosmtpd sink (its own process, as a real server is), and
raw aiosmtplib sending the very same bytes on one reused connection, three times (median).
Prints messages/s for both and the ratio (target >= 0.8).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiosmtplib

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stringeex_desktop.core.mail.outbox import OutboxWorker  # noqa: E402
from stringeex_desktop.core.models import utcnow  # noqa: E402
from stringeex_desktop.core.service import Service  # noqa: E402
from stringeex_desktop.core.store import outbox_repo  # noqa: E402

DOMAIN = "bench.stringeex.local"
SENDER = "sales@customer.example"
REPLIES_PER_TICKET = 10
WARM_UP = 100


class Sink:
    """`python -m aiosmtpd` with its Sink handler: accepts and discards, in another process."""

    def __init__(self) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{self.port}", "-c",
             "aiosmtpd.handlers.Sink"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("the aiosmtpd sink did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)


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
        errors, _ = await client.sendmail(sender, recipients, data)
        if errors:
            raise RuntimeError(f"raw send refused: {errors}")
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
    sink = Sink()
    try:
        with tempfile.TemporaryDirectory(prefix="stx-bench-") as tmp:
            # A throwaway file keyring, chosen explicitly, so no real keyring is touched.
            os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
            os.environ["XDG_DATA_HOME"] = tmp
            service = Service(Path(tmp) / "data")
            try:
                ids = asyncio.run(prepare(service, sink.port, n))
                reader = service.readers.get()
                messages = [(item.envelope_from, item.recipients,
                             outbox_repo.item_data(reader, item.id))
                            for item in (outbox_repo.get_item(reader, i) for i in ids)]
                asyncio.run(run_raw(sink.port, messages[:WARM_UP]))  # both start warm
                outbox_seconds = asyncio.run(run_outbox(service, n))
                sent = sum(1 for i in ids if outbox_repo.get_item(reader, i).state == "sent")
            finally:
                service.close()
        raw_seconds = statistics.median(asyncio.run(run_raw(sink.port, messages))
                                        for _ in range(3))
    finally:
        sink.stop()
    size = sum(len(m[2]) for m in messages) / n
    outbox_rate, raw_rate = n / outbox_seconds, n / raw_seconds
    print(f"message size         {size / 1024:.1f} KiB")
    print(f"outbox (durable)     {outbox_rate:8.1f} msg/s  ({outbox_seconds:.2f} s)")
    print(f"raw aiosmtplib       {raw_rate:8.1f} msg/s  ({raw_seconds:.2f} s, median of 3)")
    print(f"ratio outbox/raw     {outbox_rate / raw_rate:8.2f}  (target >= 0.8)")
    print("check                " + ("ok: every reply was accepted and is marked sent"
                                     if sent == n else f"FAIL: {sent} of {n} marked sent"))
    return 0 if sent == n else 1


if __name__ == "__main__":
    sys.exit(main())
