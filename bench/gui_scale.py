"""The ticket list at scale: 100,000 tickets and 300,000 messages, offscreen.

    .venv/bin/python bench/gui_scale.py [--tickets 100000] [--cache DIR] [--rebuild]

The store is built once through the app's own write path (`Service.deliver`: parse, thread,
route, group commit; then `Service.update_tickets` for statuses, priorities and assignees)
into a cache folder (default `~/.cache/stringeex-bench/gui-scale-<N>`), so reruns start at
once. Each ticket gets a first message and two answers that thread by In-Reply-To; ticket 1
gets 50 messages. Then a fresh process (QT_QPA_PLATFORM=offscreen, QtWebEngine loaded) times:
process start to the first painted list, switching views, sorting by each column, each
filter, 50 searches (rare, mid and common words; Vietnamese with and without diacritics) as
p50/p95, opening the 50-message ticket, and the peak RSS. Targets (issue 8): first paint
< 1.0 s, each switch/sort/filter < 100 ms, search p95 < 50 ms, RSS < 400 MB. Not a test: it
prints figures.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

DOMAIN = "bench.stringeex.local"
ADMIN = f"admin@{DOMAIN}"
AGENTS = [(f"agent{n}@{DOMAIN}", name) for n, name in enumerate(
    ["Nguyễn Thị Hương", "Trần Minh Quân", "Sarah O'Connor", "Lê Văn Bình", "Tom Becker",
     "Phạm Quốc Anh", "Maria Gonzalez", "Đỗ Thu Trang"])]
QUEUES = ["Support", "Billing", "Technical", "Sales"]
COMMON = ("order invoice account password please help thanks delivery update status "
          "tài khoản hóa đơn mật khẩu giao hàng cảm ơn").split()
MID = [f"{w}{n}" for w in ("widget", "router", "modem", "license", "đơnhàng") for n in range(40)]
RARE = [f"zircon{n}" for n in range(2000)]
BATCH = 500


def mail(n: int, subject: str, body: str, *, reply_to: int | None = None, part: int = 0
         ) -> bytes:
    headers = [f"From: Customer {n} <customer{n}@example.com>", f"To: support@{DOMAIN}",
               f"Subject: {'Re: ' if reply_to is not None else ''}{subject}",
               f"Message-ID: <t{n}.{part}@example.com>",
               "Date: Thu, 27 Nov 2025 10:00:00 +0000", "MIME-Version: 1.0",
               "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    if reply_to is not None:
        headers.append(f"In-Reply-To: <t{n}.0@example.com>")
    return ("\r\n".join(headers) + "\r\n\r\n" + body + "\r\n").encode()


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(COMMON) if rng.random() < 0.6 else rng.choice(MID)
                    for _ in range(n))


async def build(folder: Path, tickets: int) -> None:
    from stringeex_desktop.core.service import Service

    rng = random.Random(8)
    service = Service(folder)
    service.start_parse_pool()
    try:
        await service.set_up(DOMAIN, ADMIN, "Ada Admin")
        service.sign_in()
        for queue in QUEUES:
            await service.add_queue(queue)
        for i, (email, name) in enumerate(AGENTS):
            await service.add_agent(email, name, "agent", [QUEUES[i % len(QUEUES)]])
        boxes = [await service.add_internal_mailbox(q.lower(), name=f"Acme {q}", queue=q)
                 for q in QUEUES]
        started = time.monotonic()
        subjects = {}
        for part in range(3):
            for start in range(0, tickets, BATCH):
                jobs = []
                for n in range(start, min(start + BATCH, tickets)):
                    if part == 0:
                        subjects[n] = words(rng, 6) + (f" {rng.choice(RARE)}"
                                                       if rng.random() < 0.02 else "")
                    body = words(rng, 40)
                    raw = mail(n, subjects[n], body, reply_to=None if part == 0 else n,
                               part=part)
                    box = boxes[n % len(boxes)]
                    jobs.append(service.deliver(raw, [box.id], f"customer{n}@example.com"))
                await asyncio.gather(*jobs)
                done = part * tickets + start + BATCH
                print(f"\r  {done:,} of {3 * tickets:,} messages "
                      f"({done / (time.monotonic() - started):,.0f}/s)", end="", flush=True)
        print()
        await asyncio.gather(*(service.deliver(mail(0, subjects[0], words(rng, 60),
                                                    reply_to=0, part=p), [boxes[0].id],
                                               "customer0@example.com")
                               for p in range(3, 50)))
        ids = [t.id for t in service.iter_tickets(None, tickets)]
        rng.shuffle(ids)
        for start in range(0, len(ids), 1000):  # statuses, priorities, owners as in life
            chunk = ids[start:start + 1000]
            status = rng.choice(["new", "processing", "pending", "solved", "solved", "closed",
                                 "closed", "closed"])
            await service.update_tickets(chunk, status=status)
            for ticket_id in chunk[:100]:
                await service.set_ticket(ticket_id, priority=rng.choice(["high", "urgent"]))
    finally:
        service.close()


def ensure_store(cache: Path, tickets: int, rebuild: bool) -> Path:
    done = cache / "complete"
    if done.exists() and not rebuild:
        return cache
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    started = time.monotonic()
    print(f"building {tickets:,} tickets into {cache} (once; later runs reuse it)")
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, build(cache, tickets)).result()
    done.write_text(str(tickets))
    print(f"built in {time.monotonic() - started:,.0f} s")
    return cache


# -- the measuring process --------------------------------------------------------------------

def measure(folder: Path, spawned_at: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    from PySide6 import QtWebEngineWidgets  # noqa: F401  (before the QApplication)
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication
    import qasync

    app = QApplication([])
    from stringeex_desktop.app import _configure

    _configure(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(_measure(app, folder, spawned_at, QEvent, QObject))


async def _measure(app, folder, spawned_at, QEvent, QObject) -> None:
    from stringeex_desktop.core.models import TicketFilter
    from stringeex_desktop.core.runtime import Core
    from stringeex_desktop.core.service import Service
    from stringeex_desktop.gui.bridge import EventBridge
    from stringeex_desktop.gui.core_controller import CoreController
    from stringeex_desktop.gui.main_window import MainWindow
    from stringeex_desktop.gui.presence_controller import PresenceController
    from stringeex_desktop.gui.settings.listener_settings import ListenerSettings
    from stringeex_desktop.gui.tickets.ticket_table_model import TicketTableModel
    from stringeex_desktop.gui.web.message_profile import MessageProfile
    from PySide6.QtCore import Qt

    painted = asyncio.get_running_loop().create_future()

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not painted.done():
                painted.set_result(time.time())
            return False

    service = await Service.open(folder)
    service.sign_in()
    bridge = EventBridge(service.bus)
    profile = MessageProfile(service.inline_part)
    core = CoreController(service, lambda: Core(service), ListenerSettings(("127.0.0.1", 0)))
    presence = PresenceController(service, service.actor.email, idle_minutes=0)
    window = MainWindow(service, bridge, profile, presence, core)
    spy = FirstPaint()
    window.ui.ticketView.viewport().installEventFilter(spy)
    window.resize(1600, 1000)
    window.show()
    first_paint = await painted - spawned_at
    rows = []

    def timed(label, action, target=0.1):
        started = time.perf_counter()
        action()
        app.processEvents()
        ms = (time.perf_counter() - started) * 1000
        rows.append((label, ms, target * 1000))
        return ms

    print(f"tickets: {service.ticket_count():,}  (list shows {window.model.total:,} "
          f"in All open)")
    rows.append(("process start -> first painted list", first_paint * 1000, 1000))
    for view in ("mine", "unassigned", "pending", "solved", "closed", "queue:Billing", "open"):
        timed(f"view {view}", lambda v=view: window.sidebar.select_view(v))
    header = window.ui.ticketView.horizontalHeader()
    for column, key in enumerate(TicketTableModel.SORT_KEYS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            timed(f"sort {key} {'asc' if order == Qt.SortOrder.AscendingOrder else 'desc'}",
                  lambda c=column, o=order: header.setSortIndicator(c, o))
    header.setSortIndicator(TicketTableModel.UPDATED, Qt.SortOrder.DescendingOrder)
    ui = window.ui
    agent = service.agents()[1]
    mailbox = service.mailboxes()[1]
    for label, combo, data in (("status solved", ui.statusCombo, "solved"),
                               ("priority urgent", ui.priorityCombo, "urgent"),
                               ("queue Technical", ui.queueCombo, "Technical"),
                               ("assignee " + agent.email, ui.assigneeCombo, agent.email),
                               ("assignee none", ui.assigneeCombo, "none"),
                               (f"mailbox {mailbox.address}", ui.mailboxCombo, mailbox.id)):
        timed(f"filter {label}", lambda c=combo, d=data: c.setCurrentIndex(c.findData(d)))
        timed(f"filter {label} off", lambda c=combo: c.setCurrentIndex(0))
    rng = random.Random(3)
    queries = ([rng.choice(RARE) for _ in range(10)] + [rng.choice(MID) for _ in range(10)]
               + [rng.choice(COMMON[:10]) for _ in range(10)]
               + ["hóa đơn", "tài khoản", "giao hàng", "mật khẩu", "cảm ơn"] * 2
               + ["hoa don", "tai khoan", "giao hang", "mat khau", "cam on"] * 2)
    times = []
    for query in queries:
        started = time.perf_counter()
        window.model.set_filter(TicketFilter(search=query, statuses=("new", "processing",
                                                                      "pending")))
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p50, p95 = statistics.median(times), times[int(len(times) * 0.95) - 1]
    window.model.set_filter(TicketFilter())
    opened = asyncio.get_running_loop().create_future()
    window.pane.html_rendered.connect(lambda *_: None)
    started = time.perf_counter()
    window.pane.show_ticket(1)
    app.processEvents()
    open_ms = (time.perf_counter() - started) * 1000
    opened.cancel()
    await asyncio.sleep(1.0)  # let the web views settle before reading the RSS
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{'measure':46} {'ms':>9} {'target':>8}")
    for label, ms, target in rows:
        print(f"{label:46} {ms:9.1f} {target:8.0f}{'' if ms < target else '  OVER'}")
    print(f"{'search p50 over ' + str(len(queries)) + ' queries':46} {p50:9.1f}")
    print(f"{'search p95':46} {p95:9.1f} {50:8.0f}{'' if p95 < 50 else '  OVER'}")
    print(f"{'open the 50-message ticket (pane filled)':46} {open_ms:9.1f}")
    print(f"{'peak RSS of the app process (MB)':46} {rss:9.0f} {400:8.0f}"
          f"{'' if rss < 400 else '  OVER'}")
    worst = sorted(zip(times, queries), reverse=True)[:3]
    print("slowest searches: " + ", ".join(f"{q!r} {ms:.0f} ms" for ms, q in worst))
    await presence.shut_down()
    bridge.detach()
    window.close()
    window.deleteLater()
    await asyncio.sleep(0.1)
    service.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--spawned-at", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, args.spawned_at)
        return
    cache = args.cache or Path.home() / ".cache" / "stringeex-bench" / f"gui-scale-{args.tickets}"
    store = ensure_store(cache, args.tickets, args.rebuild)
    work = Path(str(cache) + "-run")  # a copy: the window writes read markers and presence
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(store, work)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_DISABLE_SANDBOX": "1",
           "XDG_CONFIG_HOME": str(work / "config")}
    spawned = time.time()
    subprocess.run([sys.executable, __file__, "--measure", str(work), "--spawned-at",
                    str(spawned)], env=env, check=True)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
