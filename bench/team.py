"""A team store under load: two `serve` nodes, three watching clients, one PostgreSQL.

    .venv/bin/python bench/team.py [--messages 2000] [--connections 4]

Delivers the messages over SMTP across both nodes (alternating), each from its own sender so
each earns one auto-reply through a shared relay sink, while three client processes (each a
Service on the team store, polling for changes as the app does every 500 ms, here every
20 ms) note when each new ticket reaches them through LISTEN/NOTIFY. Then the same messages
into one `serve` on a single seat's SQLite store. Then the take-over: a node syncing a Gmail
mailbox (Dovecot) is killed with SIGKILL, and the time until the other node has imported the
next message is measured.

Prints msg/s for both stores, the p50/p95 time from the `250` to the ticket being seen at
another client (target p50 < 300 ms), the take-over time (target < 10 s), and a FAIL line
(exit 1) when a message was stored other than once or an auto-reply sent other than once.
Not a test: figures depend on the machine (the suite's tests check the behaviour).
"""

from __future__ import annotations

import argparse
import json
import os
import smtplib
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from mailmaker import make_mail  # noqa: E402
from peers.postgres import Postgres  # noqa: E402
from peers.smtp_servers import RecordingSmtpServer, TlsMaterial  # noqa: E402

DOMAIN = "bench.stringeex.local"
RCPT = f"support@{DOMAIN}"

# A client desktop: notes (ticket id, wall-clock time) of each ticket first heard of.
WATCHER = """
import asyncio, json, sys, time
from pathlib import Path
from stringeex_desktop.core import events
from stringeex_desktop.core.service import Service
service = Service(Path(sys.argv[1]), store_url=sys.argv[2])
seen = {}
service.bus.subscribe(lambda e: [seen.setdefault(i, time.time()) for i in e.ids]
                      if e.kind == events.TICKETS else None)
async def main():
    await service.poll_changes()
    print("ready", flush=True)
    while not Path(sys.argv[3]).exists():
        await service.poll_changes()
        await asyncio.sleep(0.02)
    await service.poll_changes()
asyncio.run(main())
print(json.dumps(seen), flush=True)
service.close()
"""

# A node that syncs the store's Gmail mailboxes with one token until killed.
SYNC_NODE = """
import asyncio, sys
from pathlib import Path
from stringeex_desktop.core.service import Service
from stringeex_desktop.core.services.sync import SyncSettings
data, url, host, port, token = sys.argv[1:6]
service = Service(Path(data), store_url=url)
async def provider(mailbox_id, refresh=False):
    return token
async def main():
    sync = service.gmail_sync(provider, endpoint=(host, int(port)), settings=SyncSettings(
        timeout=10, backoff_base=0.05, backoff_max=0.5, hold_retry=2.0))
    sync.reconcile()
    print("started", flush=True)
    await asyncio.Event().wait()
asyncio.run(main())
"""


def cli(env: dict, data_dir: Path, *args: str, stdin: str | None = None) -> str:
    proc = subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                           str(data_dir), *args], input=stdin, capture_output=True, text=True,
                          env=env, timeout=300)
    if proc.returncode:
        raise SystemExit(f"{' '.join(args)}: {proc.stderr.strip()}")
    return proc.stdout


def configure(env: dict, admin: Path, relay: RecordingSmtpServer) -> None:
    cli(env, admin, "portal", "set", "--domain", DOMAIN, "--relay-host", relay.host,
        "--relay-port", str(relay.port), "--relay-security", "none")
    cli(env, admin, "queue", "add", "Support")
    cli(env, admin, "agent", "add", f"alice@{DOMAIN}", "--name", "Alice", "--queue", "Support")
    cli(env, admin, "mailbox", "add-internal", "support", "--name", "Support", "--queue",
        "Support", "--auto-reply-subject", "We got it", "--auto-reply-body", "Soon.")


def serve(env: dict, data_dir: Path) -> tuple[subprocess.Popen, tuple[str, int]]:
    proc = subprocess.Popen([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                             str(data_dir), "serve", "--smtp", "127.0.0.1:0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline()
    if not line:
        raise SystemExit(f"serve exited: {proc.stderr.read()}")
    host, _, port = line.split()[2].rpartition(":")
    return proc, (host, int(port))


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        proc.wait(60)


def deliver(targets: list[tuple[str, int]], mails: list[bytes], connections: int
            ) -> tuple[float, dict[int, float]]:
    """Send every mail (mail i to targets[i % len]); seconds taken and each 250's time."""
    acked: dict[int, float] = {}
    chunks = [list(range(c, len(mails), connections)) for c in range(connections)]

    def worker(indexes: list[int]) -> None:
        clients = {t: smtplib.SMTP(*t, timeout=60) for t in targets}
        try:
            for i in indexes:
                clients[targets[i % len(targets)]].sendmail(f"c{i}@example.com", [RCPT],
                                                            mails[i])
                acked[i] = time.time()
        finally:
            for client in clients.values():
                client.quit()

    start = time.monotonic()
    threads = [threading.Thread(target=worker, args=(chunk,)) for chunk in chunks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.monotonic() - start, acked


def wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def tickets(env: dict, data_dir: Path, count: int) -> list[dict]:
    return json.loads(cli(env, data_dir, "ticket", "list", "--limit", str(count + 10),
                          "--json"))


def team_run(work: Path, postgres: Postgres, mails: list[bytes], connections: int) -> dict:
    url = postgres.create_database()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STRINGEEX_STORE": url}
    with RecordingSmtpServer() as relay:
        cli(env, work / "admin", "team", "init")
        configure(env, work / "admin", relay)
        nodes = [serve(env, work / f"node{n}") for n in (1, 2)]
        done = work / "done"
        watchers = [subprocess.Popen([sys.executable, "-c", WATCHER, str(work / f"client{n}"),
                                      url, str(done)], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=env)
                    for n in (1, 2, 3)]
        for watcher in watchers:
            if watcher.stdout.readline() != "ready\n":
                raise SystemExit(f"client: {watcher.stderr.read()}")
        seconds, acked = deliver([address for _, address in nodes], mails, connections)
        sent_all = wait_for(lambda: len(relay.messages) >= len(mails), 600)
        time.sleep(1.0)  # let the clients hear the last notifications
        done.touch()
        seen = [json.loads(w.communicate(timeout=120)[0]) for w in watchers]
        for proc, _ in nodes:
            stop(proc)
        listed = tickets(env, work / "admin", len(mails))
        replies = sorted(m.rcpt_tos[0] for m in relay.messages)
    by_subject = {t["subject"]: t["id"] for t in listed}
    latencies = []
    for i, at in acked.items():
        ticket_id = str(by_subject.get(f"Bench {i}"))
        for client in seen:
            if ticket_id in client:
                latencies.append(max(0.0, client[ticket_id] - at))
    return dict(seconds=seconds, stored=len(listed),
                distinct=len({t["subject"] for t in listed}), replies=replies,
                sent_all=sent_all, latencies=latencies, url=url)


def sqlite_run(work: Path, mails: list[bytes], connections: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("STRINGEEX_STORE", None)
    with RecordingSmtpServer() as relay:
        configure(env, work / "single", relay)
        proc, address = serve(env, work / "single")
        seconds, _ = deliver([address], mails, connections)
        stop(proc)
    return dict(seconds=seconds, stored=len(tickets(env, work / "single", len(mails))))


def takeover(work: Path, postgres: Postgres) -> float | None:
    """Seconds from SIGKILL of the syncing node to the other node's import of new mail."""
    from peers.dovecot import Dovecot

    tls = TlsMaterial()
    os.environ["SSL_CERT_FILE"] = str(tls.write_ca_file(work / "ca.pem"))
    url = postgres.create_database()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STRINGEEX_STORE": url}
    shop = "shop@gmail.test"
    with Dovecot(tls) as imap:
        cli(env, work / "sync-admin", "team", "init")
        cli(env, work / "sync-admin", "portal", "set", "--domain", DOMAIN)
        cli(env, work / "sync-admin", "queue", "add", "Support")
        subprocess.run([sys.executable, "-c", f"""
import asyncio
from stringeex_desktop.core.store import open_team_store
store = open_team_store({url!r})
asyncio.run(store.write(lambda tx: tx.mailboxes.add_mailbox(kind="gmail", address={shop!r},
    name="Shop", queue_id=tx.people.find_queue("Support").id)))
store.close()
"""], check=True, env=env)
        imap.deliver(shop, make_mail(to=shop, subject="Before"))
        nodes = [subprocess.Popen([sys.executable, "-c", SYNC_NODE, str(work / f"sync{n}"), url,
                                   imap.host, str(imap.port), imap.issue_token(shop)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env=env) for n in (1, 2)]
        try:
            for node in nodes:
                node.stdout.readline()
            count = lambda: _ticket_count(url)  # noqa: E731
            if not wait_for(lambda: count() == 1, 60):
                return None
            owner = _owner(url, nodes)
            owner.kill()
            owner.wait()
            killed = time.monotonic()
            imap.deliver(shop, make_mail(to=shop, subject="After"))
            if not wait_for(lambda: count() == 2, 60):
                return None
            return time.monotonic() - killed
        finally:
            for node in nodes:
                if node.poll() is None:
                    node.kill()
                    node.wait()


def _ticket_count(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM tickets").fetchone()[0]


def _owner(url: str, nodes: list[subprocess.Popen]) -> subprocess.Popen:
    """The node whose session holds the mailbox's sync lock (by its PostgreSQL backend's
    client port, matched to the node process's sockets)."""
    import psutil
    import psycopg

    with psycopg.connect(url) as conn:
        ports = {r[0] for r in conn.execute(
            "SELECT a.client_port FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.classid = x'53545832'::int AND l.granted")}
    for node in nodes:
        local = {c.laddr.port for c in psutil.Process(node.pid).net_connections("tcp")}
        if local & ports:
            return node
    raise SystemExit("no node holds the sync")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--connections", type=int, default=4)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="stx-bench-team-"))
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["XDG_DATA_HOME"] = str(work / "xdg")
    mails = [make_mail(sender=f"Customer {i} <c{i}@example.com>", to=RCPT,
                       subject=f"Bench {i}", body=f"Order {i} has not arrived. " * 20)
             for i in range(args.messages)]
    with Postgres() as postgres:
        team = team_run(work, postgres, mails, args.connections)
        single = sqlite_run(work, mails, args.connections)
        took_over = takeover(work, postgres)
    rate, base = args.messages / team["seconds"], args.messages / single["seconds"]
    lat = sorted(team["latencies"])
    p50 = statistics.median(lat) * 1000 if lat else float("nan")
    p95 = lat[int(0.95 * (len(lat) - 1))] * 1000 if lat else float("nan")
    print(f"messages: {args.messages} over {args.connections} SMTP connections")
    print(f"team store (2 serve nodes, PostgreSQL): {rate:.0f} msg/s")
    print(f"single seat (1 serve, SQLite):          {base:.0f} msg/s  (team/single "
          f"{rate / base:.2f})")
    print(f"250 -> seen at another client: p50 {p50:.0f} ms, p95 {p95:.0f} ms "
          f"({len(lat)} sightings; target p50 < 300 ms)")
    print("sync take-over after SIGKILL: " + (f"{took_over:.1f} s (target < 10 s)"
                                              if took_over is not None else "did not happen"))
    expected = sorted(f"c{i}@example.com" for i in range(args.messages))
    problems = []
    if team["stored"] != args.messages or team["distinct"] != args.messages:
        problems.append(f"team store holds {team['stored']} tickets for {args.messages} mails")
    if team["replies"] != expected:
        problems.append(f"{len(team['replies'])} auto-replies for {args.messages} senders "
                        f"({len(set(team['replies']))} distinct)")
    if single["stored"] != args.messages:
        problems.append(f"single seat holds {single['stored']} tickets")
    if took_over is None:
        problems.append("no node took the sync over")
    for problem in problems:
        print(f"FAIL: {problem}")
    if not problems:
        print(f"every message stored once, every auto-reply sent once ({args.messages})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
