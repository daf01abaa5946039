"""Inbound throughput: `serve` against a bare aiosmtpd sink, same messages, same clients.

    .venv/bin/python bench/inbound.py [--messages 2000] [--connections 4]

The sink only counts what it receives, so it measures what SMTP itself costs on this machine
(Python's smtplib clients plus aiosmtpd). `serve` does the real work on top of that: parse,
thread, route and a durable (`synchronous=FULL`) group commit before each `250`. The issue's
target is serve/sink >= 0.5. The sink runs in a process of its own, like `serve`, so the two
get the same share of the CPU and their RSS is measured alike. Not a test: it prints figures
and a FAIL line (exit 1) when a run lost or duplicated mail.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import platform
import random
import shutil
import signal
import smtplib
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = "bench.stringeex.local"
RCPT = f"support@{DOMAIN}"
SENDER = "customer@example.com"
TEXT_BYTES = 5 * 1024
ATTACHMENT_BYTES = 100 * 1024
ATTACHMENT_EVERY = 10
TARGET_RATIO = 0.5
WORDS = ("printer order invoice refund delivery account password broken screen please help "
         "urgent thanks since yesterday again the a of to and is not working with my "
         "customer number ticket update status warehouse shipping label").split()


@dataclass
class RunResult:
    name: str
    messages: int
    payload_bytes: int
    seconds: float
    failures: int
    peak_rss: int
    cpu_seconds: float
    client_cpu_seconds: float

    @property
    def rate(self) -> float:
        return self.messages / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.payload_bytes / self.seconds / 1e6


# -- the corpus ------------------------------------------------------------------------------

def build_messages(count: int, seed: int = 2026) -> list[bytes]:
    """~5 KB of text each, every tenth with a 100 KB binary attachment; unique Message-IDs.

    CRLF line ends, as an MTA sends them: smtplib passes bytes through unchanged and aiosmtpd
    reads DATA as CRLF lines of at most 1001 bytes.
    """
    rng = random.Random(seed)
    run = os.urandom(4).hex()  # a fresh identity per run, so nothing is ever a duplicate
    messages = []
    for index in range(count):
        lines, size = [], 0
        while size < TEXT_BYTES:
            line = " ".join(rng.choices(WORDS, k=12))
            lines.append(line)
            size += len(line) + 1
        msg = EmailMessage()
        msg["From"] = f"Customer {index} <{SENDER}>"
        msg["To"] = RCPT
        msg["Subject"] = f"bench {run} {index:07d}"
        msg["Date"] = "Sun, 01 Nov 2026 09:30:00 +0000"
        msg["Message-ID"] = f"<bench.{run}.{index}@example.com>"
        msg.set_content("\n".join(lines) + "\n")
        if index % ATTACHMENT_EVERY == 0:
            msg.add_attachment(rng.randbytes(ATTACHMENT_BYTES), maintype="application",
                               subtype="octet-stream", filename=f"scan-{index}.bin")
        messages.append(msg.as_bytes(policy=SMTP_POLICY))
    return messages


# -- peers -----------------------------------------------------------------------------------

class _CountingHandler:
    """The sink's only work: count messages and bytes, answer 250."""

    def __init__(self) -> None:
        self.messages = 0
        self.bytes = 0

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages += 1
        self.bytes += len(envelope.original_content)
        return "250 2.0.0 OK"


def _sink_main(conn) -> None:
    """Child process: an aiosmtpd server on a free port until the parent asks for the count."""
    from aiosmtpd.smtp import SMTP

    async def main() -> None:
        handler = _CountingHandler()
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: SMTP(handler, hostname="sink.bench", decode_data=False,
                         data_size_limit=64 * 1024 * 1024), "127.0.0.1", 0)
        conn.send(server.sockets[0].getsockname()[:2])
        await loop.run_in_executor(None, conn.recv)  # "stop"
        server.close()
        conn.send((handler.messages, handler.bytes))

    asyncio.run(main())


class Sink:
    """The bare aiosmtpd sink in a child process (spawned, so it inherits no corpus)."""

    def __enter__(self) -> Sink:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_sink_main, args=(child,), daemon=True)
        self.process.start()
        if not self._conn.poll(30):
            self.process.kill()
            raise RuntimeError("the sink did not start")
        self.address = tuple(self._conn.recv())
        self.pid = self.process.pid
        return self

    def received(self) -> tuple[int, int]:
        self._conn.send("stop")
        if not self._conn.poll(30):
            raise RuntimeError("the sink did not report")
        return self._conn.recv()

    def __exit__(self, *exc) -> None:
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


def _env() -> dict:
    # A keyring chosen explicitly (it keeps nothing here: no relay, no SMTP email), or serve
    # warns at start on a machine without one, and the bench counts any log line as a failure.
    return {**os.environ, "PYTHONPATH": str(ROOT),
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}


def cli(data_dir: Path, *args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                           str(data_dir), *args], capture_output=True, text=True, cwd=ROOT,
                          env=_env(), timeout=300)
    if proc.returncode:
        raise RuntimeError(f"{' '.join(args)}: {proc.stderr.strip()}")
    return proc.stdout


def configure(data_dir: Path) -> None:
    """Portal, queue, one agent in it, one internal email: no relay, no auto reply."""
    cli(data_dir, "portal", "set", "--domain", DOMAIN)
    cli(data_dir, "queue", "add", "Support")
    cli(data_dir, "agent", "add", f"admin@{DOMAIN}", "--name", "Ada", "--role", "admin")
    cli(data_dir, "agent", "add", f"alice@{DOMAIN}", "--name", "Alice", "--queue", "Support")
    cli(data_dir, "agent", "presence", f"alice@{DOMAIN}", "online")
    cli(data_dir, "mailbox", "add-internal", "support", "--name", "Support", "--queue",
        "Support")


class Serve:
    """`serve --smtp 127.0.0.1:0` in its own process group; SIGTERM, then SIGKILL, at exit."""

    def __init__(self, data_dir: Path, log: Path):
        self._log = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "stringeex_desktop", "--data-dir", str(data_dir), "serve",
             "--smtp", "127.0.0.1:0"], stdout=subprocess.PIPE, stderr=self._log, text=True,
            cwd=ROOT, env=_env(), start_new_session=True)
        self.pid = self.proc.pid

    def __enter__(self) -> Serve:
        line = self.proc.stdout.readline()
        if not line.startswith("listening smtp "):
            self.__exit__()
            raise RuntimeError(f"serve did not start: {line!r}")
        host, _, port = line.split()[2].rpartition(":")
        self.address = (host, int(port))
        return self

    def __exit__(self, *exc) -> None:
        try:
            if self.proc.poll() is None:
                self.proc.terminate()
                self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        finally:
            self.proc.stdout.close()
            self._log.close()


class RssSampler:
    """Peak resident memory (sampled every 20 ms) and CPU time of a process with its children."""

    def __init__(self, pid: int):
        self._process = psutil.Process(pid)
        self._stop = threading.Event()
        self.peak = 0
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._cpu_at_start = self._cpu()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            try:
                procs = [self._process, *self._process.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in procs))
            except psutil.Error:
                pass
            if self._stop.wait(0.02):
                return

    def cpu_seconds(self) -> float:
        """CPU time used since entering, so start-up (imports, migrations) is left out."""
        return self._cpu() - self._cpu_at_start

    def _cpu(self) -> float:
        total = 0.0
        for process in (self._process, *self._process.children(recursive=True)):
            times = process.cpu_times()
            total += times.user + times.system
        return total


# -- the clients -----------------------------------------------------------------------------

def send_all(address: tuple[str, int], messages: list[bytes], connections: int
             ) -> tuple[float, int, float]:
    """Each worker thread sends its share over one persistent connection.

    Returns seconds from the first MAIL to the last 250, the messages not answered 250 (after
    a failure the worker reconnects and goes on), and the CPU seconds the clients used: on a
    small machine they compete with the server for the same cores.
    """
    failures = [0] * connections
    cpu = [0.0] * connections
    start = threading.Barrier(connections + 1)

    def worker(slot: int) -> None:
        try:
            client = smtplib.SMTP(*address, timeout=120)
        except OSError:
            start.abort()
            raise
        start.wait()
        began = time.thread_time()
        for raw in messages[slot::connections]:
            try:
                client.sendmail(SENDER, [RCPT], raw)
            except (smtplib.SMTPException, OSError) as exc:
                failures[slot] += 1
                if failures[slot] <= 3:
                    print(f"  send failed: {exc!r}", file=sys.stderr)
                client.close()
                client = smtplib.SMTP(*address, timeout=120)
        client.quit()
        cpu[slot] = time.thread_time() - began

    threads = [threading.Thread(target=worker, args=(i,), daemon=True)
               for i in range(connections)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - began, sum(failures), sum(cpu)


# -- runs ------------------------------------------------------------------------------------

def run_sink(messages: list[bytes], connections: int) -> tuple[RunResult, list[str]]:
    problems = []
    with Sink() as sink:
        with RssSampler(sink.pid) as rss:
            seconds, failures, client_cpu = send_all(sink.address, messages, connections)
            cpu = rss.cpu_seconds()
        count, size = sink.received()
    if count != len(messages):
        problems.append(f"the sink received {count} messages, expected {len(messages)}")
    result = RunResult("sink", len(messages), size, seconds, failures, rss.peak, cpu, client_cpu)
    return result, problems


def run_serve(messages: list[bytes], connections: int, keep: Path | None
              ) -> tuple[RunResult, list[str], dict]:
    work = Path(tempfile.mkdtemp(prefix="stringeex-bench-"))
    try:
        data_dir = work / "data"
        configure(data_dir)
        with Serve(data_dir, work / "serve.log") as serve:
            with RssSampler(serve.pid) as rss:
                seconds, failures, client_cpu = send_all(serve.address, messages, connections)
                cpu = rss.cpu_seconds()
        problems = check_store(data_dir, messages)
        store = store_sizes(data_dir)
        log = (work / "serve.log").read_text(errors="replace").strip()
        if log:
            problems.append("serve logged:\n" + log[-2000:])
        if keep:
            shutil.copytree(data_dir, keep, dirs_exist_ok=True)
        result = RunResult("serve", len(messages), sum(map(len, messages)), seconds, failures,
                           rss.peak, cpu, client_cpu)
        return result, problems, store
    finally:
        shutil.rmtree(work, ignore_errors=True)


def check_store(data_dir: Path, messages: list[bytes]) -> list[str]:
    """Exactly one ticket per message, through the CLI contract (`ticket list --json`)."""
    tickets = json.loads(cli(data_dir, "ticket", "list", "--json", "--limit",
                             str(len(messages) + 1)))
    subjects = {t["subject"] for t in tickets}
    problems = []
    if len(tickets) != len(messages) or len(subjects) != len(messages):
        problems.append(f"serve stored {len(tickets)} tickets ({len(subjects)} distinct "
                        f"subjects), expected {len(messages)}")
    return problems


def store_sizes(data_dir: Path) -> dict:
    files = {p.name: p.stat().st_size for p in data_dir.iterdir() if p.is_file()}
    conn = sqlite3.connect(f"file:{data_dir / 'stringeex.db'}?mode=ro", uri=True)
    try:
        files["integrity"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    return files


# -- report ----------------------------------------------------------------------------------

def machine_header(messages: list[bytes], connections: int) -> str:
    with_attachment = len(range(0, len(messages), ATTACHMENT_EVERY))
    total = sum(map(len, messages))
    freq = psutil.cpu_freq()
    return "\n".join([
        "StringeeX inbound benchmark",
        f"machine: {platform.platform()}, {psutil.cpu_count(logical=True)} logical cores "
        f"({psutil.cpu_count(logical=False)} physical)"
        + (f", {freq.max or freq.current:.0f} MHz" if freq else "")
        + f", {psutil.virtual_memory().total / 2**30:.1f} GiB RAM",
        f"python: {platform.python_version()} ({sys.executable}), SQLite {sqlite3.sqlite_version}",
        f"corpus: {len(messages)} messages ({with_attachment} with a "
        f"{ATTACHMENT_BYTES // 1024} KiB attachment), {total / 1e6:.1f} MB, "
        f"{connections} concurrent SMTP connections",
    ])


def report(results: list[RunResult]) -> str:
    rows = [f"{'':6} {'msgs/s':>9} {'MB/s':>8} {'seconds':>8} {'failed':>7} "
            f"{'peak RSS':>11} {'CPU ms/msg':>11} {'clients':>8}"]
    for r in results:
        rows.append(f"{r.name:6} {r.rate:9.1f} {r.mb_per_s:8.2f} {r.seconds:8.2f} "
                    f"{r.failures:7d} {r.peak_rss / 2**20:7.1f} MiB "
                    f"{r.cpu_seconds / r.messages * 1000:11.2f} "
                    f"{r.client_cpu_seconds / r.messages * 1000:8.2f}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=2000, help="messages per run")
    parser.add_argument("--connections", type=int, default=4, help="concurrent SMTP clients")
    parser.add_argument("--keep-store", type=Path, metavar="DIR",
                        help="copy serve's data folder here for inspection")
    args = parser.parse_args(argv)
    if args.messages < 1 or args.connections < 1:
        parser.error("--messages and --connections must be positive")

    messages = build_messages(args.messages)
    print(machine_header(messages, args.connections), flush=True)
    sink, problems = run_sink(messages, args.connections)
    print(f"sink done in {sink.seconds:.1f} s", flush=True)
    serve, serve_problems, store = run_serve(messages, args.connections, args.keep_store)
    problems += serve_problems
    print()
    print(report([sink, serve]))
    ratio = serve.rate / sink.rate
    verdict = "meets" if ratio >= TARGET_RATIO else "BELOW"
    print(f"\nratio serve/sink: {ratio:.2f} ({verdict} the target of {TARGET_RATIO})")
    print(f"serve's store: {store.get('stringeex.db', 0) / 1e6:.1f} MB, "
          f"integrity {store['integrity']}")
    print("peak RSS and CPU ms/msg: the server process with its children; "
          "clients: CPU ms/msg of the smtplib client threads")
    if serve.failures or sink.failures:
        problems.append(f"{serve.failures + sink.failures} messages were not answered 250")
    for problem in problems:
        print(f"FAIL: {problem}")
    if not problems:
        print(f"OK: serve stored exactly {serve.messages} tickets")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
