"""Gmail first sync: ours (into tickets) against mbsync (into a Maildir) and aioimaplib's raw
fetch, from the same Dovecot, in one run.

    .venv/bin/python bench/imap_sync.py [--messages 10000] [--idle-samples 20]

Seeds N messages (~5 KB of text; every tenth with a ~100 KB attachment; unique Message-IDs)
into the tests' Dovecot peer (implicit TLS; XOAUTH2 for us, LOGIN for mbsync, which has no
XOAUTH2 without a SASL plugin), then times:

1. ours: the sync service's first import into a fresh data folder (parse in worker
   processes, thread, route, durable group commits with the watermark), until N tickets;
2. aioimaplib's raw `UID FETCH (BODY.PEEK[])` of the same UIDs in batches of 200, nothing kept;
3. `mbsync` (Debian `isync`, default settings) pulling INBOX into an empty Maildir.

It prints the three times, messages/s, peak RSS, the ratio ours/mbsync (target <= 1.0), an
incremental sync with nothing new on an open session (target < 100 ms), and the latency from
delivery to ticket under IDLE (Dovecot's floor is 500 ms; target p50 < 1 s). Not a test: it
prints `FAIL:` and exits 1 when the import lost or duplicated mail.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import make_msgid
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from peers.dovecot import Dovecot  # noqa: E402
from peers.smtp_servers import TlsMaterial  # noqa: E402
from stringeex_desktop.core import events  # noqa: E402
from stringeex_desktop.core.mail.imap_sync import ImapSession  # noqa: E402
from stringeex_desktop.core.models import Mailbox  # noqa: E402
from stringeex_desktop.core.service import Service  # noqa: E402
from stringeex_desktop.core.services.sync import SyncSettings, _Run  # noqa: E402

USER = "shop@gmail.test"
PASSWORD = "bench-password"
BATCH = 200
WORDS = ("printer order invoice refund delivery account password broken screen please help "
         "urgent thanks since yesterday again customer number ticket update status").split()


def build(i: int, rng: random.Random) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Customer {i} <c{i}@example.com>"
    msg["To"] = USER
    msg["Subject"] = f"Order {i}: " + " ".join(rng.choices(WORDS, k=5))
    msg["Message-ID"] = make_msgid(domain="bench.example")
    msg.set_content(" ".join(rng.choices(WORDS, k=900))[:5 * 1024])
    if i % 10 == 0:
        msg.add_attachment(rng.randbytes(100 * 1024), maintype="application",
                           subtype="octet-stream", filename=f"scan-{i}.bin")
    return msg.as_bytes(policy=SMTP_POLICY)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def ours(dovecot: Dovecot, total: int, idle_samples: int) -> dict:
    data = Path(tempfile.mkdtemp(prefix="stx-bench-data-"))
    service = Service(data)
    try:
        await service.set_up("bench.stringeex.local", "admin@bench.stringeex.local", "Admin")
        await service.add_queue("Support")
        mailbox: Mailbox = await service._ctx.store.write(lambda tx: tx.mailboxes.add_mailbox(
            kind="gmail", address=USER, name="Shop", queue_id=tx.people.find_queue(
                "Support").id))
        service.start_parse_pool()

        async def tokens(_mailbox_id: int, refresh: bool = False) -> str:
            return dovecot.issue_token(USER)

        done = asyncio.Event()
        tickets: list[float] = []

        def on_event(event):
            if event.kind == events.SYNC and event.extra["done"] == event.extra["total"]:
                done.set()
            if event.kind == events.TICKETS:
                tickets.append(time.perf_counter())
        service.bus.subscribe(on_event)
        sync = service.gmail_sync(tokens, endpoint=(dovecot.host, dovecot.port),
                                  settings=SyncSettings(batch_size=BATCH))
        started = time.perf_counter()
        sync.reconcile()
        await done.wait()
        elapsed = time.perf_counter() - started
        peak = rss_mb()
        count = service.ticket_count()

        latencies = []
        for i in range(idle_samples):
            before = len(tickets)
            await asyncio.sleep(0.3)   # the sync is back in IDLE
            sent = time.perf_counter()
            dovecot.deliver(USER, build(total + i, random.Random(i)))
            while len(tickets) == before:
                await asyncio.sleep(0.005)
            latencies.append(tickets[before] - sent)
        await sync.stop()

        session = await ImapSession.connect(dovecot.host, dovecot.port, USER,
                                            dovecot.issue_token(USER))
        status = await session.examine()
        run = _Run(service.mailbox(mailbox.id), BATCH)
        timings = []
        for _ in range(10):
            started_inc = time.perf_counter()
            await sync._import_new(run, session, status, status.uidnext)
            timings.append(time.perf_counter() - started_inc)
        session.abort()
        return {"seconds": elapsed, "count": count, "rss": peak, "latencies": latencies,
                "incremental": statistics.median(timings)}
    finally:
        service.close()
        shutil.rmtree(data, ignore_errors=True)


async def raw_fetch(dovecot: Dovecot) -> tuple[float, int, int]:
    started = time.perf_counter()
    session = await ImapSession.connect(dovecot.host, dovecot.port, USER,
                                        dovecot.issue_token(USER))
    await session.examine()
    uids = await session.search_uids(1)
    count = size = 0
    for i in range(0, len(uids), BATCH):
        for message in await session.fetch(uids[i:i + BATCH]):
            count += 1
            size += len(message.raw)
    session.abort()
    return time.perf_counter() - started, count, size


def mbsync(dovecot: Dovecot, ca: Path) -> tuple[float, int, float] | None:
    if not shutil.which("mbsync"):
        return None
    work = Path(tempfile.mkdtemp(prefix="stx-bench-mbsync-"))
    try:
        (work / "mail").mkdir()
        config = work / "mbsyncrc"
        config.write_text(f"""\
IMAPAccount bench
Host {dovecot.host}
Port {dovecot.port}
User {USER}
Pass {PASSWORD}
SSLType IMAPS
CertificateFile {ca}
AuthMechs LOGIN

IMAPStore remote
Account bench

MaildirStore local
Path {work}/mail/
Inbox {work}/mail/INBOX

Channel bench
Far :remote:
Near :local:
Patterns INBOX
Create Near
SyncState *
""")
        started = time.perf_counter()
        process = psutil.Popen(["mbsync", "-q", "-c", str(config), "bench"])
        peak = 0
        while process.poll() is None:   # wait4's maxrss would count the forked Python
            with contextlib.suppress(psutil.Error):
                peak = max(peak, process.memory_info().rss)
            time.sleep(0.01)
        elapsed = time.perf_counter() - started
        if process.returncode != 0:
            raise RuntimeError(f"mbsync exited with {process.returncode}")
        count = sum(1 for sub in ("cur", "new") for _ in (work / "mail" / "INBOX" / sub).iterdir())
        return elapsed, count, peak / 1e6
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10000)
    parser.add_argument("--idle-samples", type=int, default=20)
    args = parser.parse_args()
    tls = TlsMaterial()
    # mbsync 1.4 reads the certificate's common name, which trustme leaves out by default
    tls.cert = tls.ca.issue_cert("127.0.0.1", "localhost", common_name="127.0.0.1")
    with Dovecot(tls, passwords={USER: PASSWORD}) as dovecot:
        ca = tls.write_ca_file(dovecot.root / "ca.pem")
        ca.chmod(0o644)
        os.environ["SSL_CERT_FILE"] = str(ca)
        rng = random.Random(1)
        seed_started = time.perf_counter()
        for i in range(args.messages):
            dovecot.deliver(USER, build(i, rng))
        print(f"seeded {args.messages} messages in {time.perf_counter() - seed_started:.1f} s")

        result = asyncio.run(ours(dovecot, args.messages, args.idle_samples))
        raw_seconds, raw_count, raw_bytes = asyncio.run(raw_fetch(dovecot))
        theirs = mbsync(dovecot, ca)

    n = args.messages
    print(f"ours:       {result['seconds']:7.2f} s  {n / result['seconds']:8.0f} msg/s  "
          f"peak RSS {result['rss']:.0f} MB (parse workers not counted)")
    print(f"raw fetch:  {raw_seconds:7.2f} s  {raw_count / raw_seconds:8.0f} msg/s  "
          f"{raw_bytes / raw_seconds / 1e6:.1f} MB/s")
    if theirs:
        mb_seconds, mb_count, mb_rss = theirs
        print(f"mbsync:     {mb_seconds:7.2f} s  {mb_count / mb_seconds:8.0f} msg/s  "
              f"peak RSS {mb_rss:.0f} MB")
        print(f"ours/mbsync: {result['seconds'] / mb_seconds:.2f} (target <= 1.0)")
    else:
        print("mbsync: not installed (Debian: apt-get install isync)")
    print(f"incremental, nothing new (open session): {result['incremental'] * 1000:.1f} ms "
          "(target < 100 ms)")
    if result["latencies"]:
        lat = sorted(result["latencies"])
        print(f"IDLE delivery-to-ticket: p50 {statistics.median(lat) * 1000:.0f} ms, "
              f"max {lat[-1] * 1000:.0f} ms over {len(lat)} (target p50 < 1000 ms)")
    on_server = n + args.idle_samples  # the IDLE samples arrive after our first import
    if result["count"] != n or raw_count != on_server or (theirs and theirs[1] != on_server):
        print(f"FAIL: ours stored {result['count']} of {n}, raw fetched {raw_count} and "
              f"mbsync {theirs[1] if theirs else '-'} of {on_server}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
