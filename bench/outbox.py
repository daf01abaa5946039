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
import json
import os
import platform
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiosmtplib

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stringeex_desktop.core.service import Service  # noqa: E402

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
    """The worker as a serving core runs it, until nothing is left to send."""
    worker = asyncio.create_task(service.outbox_worker(timeout=30).run())
    start = time.perf_counter()
    try:
        while True:
            counts = service.outbox_counts()
            if counts["failed"]:
                raise RuntimeError(f"{counts['failed']} of {n} replies failed")
            if counts["queued"] + counts["sending"] == 0:
                return time.perf_counter() - start
            await asyncio.sleep(0.005)
    finally:
        worker.cancel()


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


def queued_messages(db: Path, ids: list[int]) -> list[tuple[str, list[str], bytes]]:
    """The exact bytes the outbox will send, for the raw client to send the same."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = dict((row[0], row[1:]) for row in conn.execute(
            "SELECT id, envelope_from, recipients_json, data FROM outbox"))
    return [(rows[i][0], json.loads(rows[i][1]), rows[i][2]) for i in ids]


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
                messages = queued_messages(Path(tmp) / "data" / "stringeex.db", ids)
                asyncio.run(run_raw(sink.port, messages[:WARM_UP]))  # both start warm
                outbox_seconds = asyncio.run(run_outbox(service, n))
                sent = sum(1 for i in ids if service.outbox_item(i).state == "sent")
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
