"""Crash safety (DESIGN.md section 4, invariants 1 and 2), end to end with kill -9.

`serve` is killed while eight SMTP clients deliver concurrently. A message counts as
acknowledged only when its DATA got `250`; after a restart each acknowledged message must be
stored exactly once, and sending every message again (same bytes) must converge to exactly
one copy of each: mail answered `451` or cut off may or may not be stored, which is why
senders retry and why ingest is idempotent.
"""

from __future__ import annotations

import collections
import json
import os
import random
import signal
import smtplib
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import DOMAIN, ROOT, cli_env
from mailmaker import make_mail

CLIENTS = 8
PER_CYCLE = 240
RCPT = f"support@{DOMAIN}"
SENDER = "carol@example.com"
# (lowest, highest) number of acknowledged messages at which each cycle pulls the plug:
# right at the start, in the middle, near the end.
KILL_POINTS = ((1, 8), (60, 120), (140, 200))


class ServeProcess:
    """`serve` in its own process group, so kill -9 and cleanup reach everything it started."""

    def __init__(self, data_dir: Path, log: Path):
        self.data_dir = data_dir
        self._log = log.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "stringeex_desktop", "--data-dir", str(data_dir), "serve",
             "--smtp", "127.0.0.1:0"], stdout=subprocess.PIPE, stderr=self._log, text=True,
            env=cli_env(), cwd=ROOT, start_new_session=True)
        line = self.proc.stdout.readline()
        if not line.startswith("listening smtp "):
            self.kill()
            raise AssertionError(f"serve did not start: {line!r}; log: {log.read_text()}")
        host, _, port = line.split()[2].rpartition(":")
        self.smtp = (host, int(port))

    def kill(self) -> None:
        """SIGKILL to the whole group: no handler, no atexit, no final commit."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=20)
        self._close()

    def stop(self) -> int:
        """SIGTERM (a clean shutdown); SIGKILL only if it does not exit in time."""
        try:
            if self.proc.poll() is None:
                self.proc.terminate()
            return self.proc.wait(timeout=20)
        finally:
            if self.proc.poll() is None:
                self.kill()
            self._close()

    def _close(self) -> None:
        self.proc.stdout.close()
        self._log.close()


def cli(data_dir: Path, *args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                           str(data_dir), *args], capture_output=True, text=True,
                          env=cli_env(), cwd=ROOT, timeout=60)
    assert proc.returncode == 0, f"{args}: {proc.stderr}"
    return proc.stdout


def configure(data_dir: Path) -> None:
    """A portal with one internal email and no auto reply: the test is about ingest alone."""
    cli(data_dir, "portal", "set", "--domain", DOMAIN)
    cli(data_dir, "queue", "add", "Support")
    cli(data_dir, "agent", "add", f"admin@{DOMAIN}", "--name", "Ada", "--role", "admin")
    cli(data_dir, "agent", "add", f"alice@{DOMAIN}", "--name", "Alice", "--queue", "Support")
    cli(data_dir, "mailbox", "add-internal", "support", "--name", "Acme Support", "--queue",
        "Support")


def build_messages(cycle: int) -> dict[str, bytes]:
    """Distinct messages keyed by their subject; each one starts a ticket of its own."""
    messages = {}
    for index in range(PER_CYCLE):
        subject = f"crash c{cycle} m{index:04d} {os.urandom(4).hex()}"
        body = f"Message {index} of cycle {cycle}.\n" + "Lorem ipsum dolor sit amet.\n" * 40
        message_id = f"<crash.{cycle}.{index}.{os.urandom(6).hex()}@example.com>"
        messages[subject] = make_mail(subject=subject, body=body, message_id=message_id)
    return messages


def deliver(smtp: tuple[str, int], messages: dict[str, bytes], acked: set[str]
            ) -> list[Exception]:
    """CLIENTS threads, one connection each; a thread stops at its first error.

    A subject joins `acked` only after `sendmail` returned, i.e. DATA was answered 250.
    Returns the errors: a dead or refusing server leaves those messages unacknowledged.
    """
    subjects = list(messages)
    errors: list[Exception] = []

    def worker(share: list[str]) -> None:
        try:
            client = smtplib.SMTP(*smtp, timeout=30)
        except OSError as exc:
            errors.append(exc)
            return
        try:
            for subject in share:
                client.sendmail(SENDER, [RCPT], messages[subject])
                acked.add(subject)
        except (smtplib.SMTPException, OSError) as exc:
            errors.append(exc)
        finally:
            client.close()

    threads = [threading.Thread(target=worker, args=(subjects[i::CLIENTS],), daemon=True)
               for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
        assert not thread.is_alive(), "an SMTP client hung"
    return errors


def stored_subjects(data_dir: Path) -> collections.Counter:
    tickets = json.loads(cli(data_dir, "ticket", "list", "--json", "--limit", "1000000"))
    assert [t for t in tickets if t["message_count"] != 1] == [], "a message stored twice"
    return collections.Counter(t["subject"] for t in tickets)


def integrity(db: Path) -> list:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def crash_cycle(data_dir: Path, log: Path, cycle: int, rng: random.Random,
                earlier: dict[str, bytes]) -> dict[str, bytes]:
    """Deliver, kill -9 at a random point, restart, check, re-deliver everything, check."""
    messages = build_messages(cycle)
    acked: set[str] = set()
    kill_at = rng.randint(*KILL_POINTS[cycle % len(KILL_POINTS)])
    serve = ServeProcess(data_dir, log)
    try:
        sender = threading.Thread(target=deliver, args=(serve.smtp, messages, acked),
                                  daemon=True)
        sender.start()
        deadline = time.monotonic() + 60
        while len(acked) < kill_at and sender.is_alive() and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(rng.uniform(0, 0.01))
        serve.kill()
        sender.join(timeout=130)
        assert not sender.is_alive()
    finally:
        serve.kill()
    acknowledged = set(acked)
    assert len(acknowledged) < len(messages), "the kill came after the last delivery"
    assert integrity(data_dir / "stringeex.db") == [("ok",)], "store damaged by the kill"

    serve = ServeProcess(data_dir, log)  # the kernel dropped the dead core's flock
    try:
        stored = stored_subjects(data_dir)
        assert {s for s in acknowledged if stored[s] != 1} == set(), (
            f"cycle {cycle}: acknowledged mail lost after kill -9 at {kill_at} acks")
        assert {s for s, n in stored.items() if n > 1} == set()
        assert {s for s in earlier if stored[s] != 1} == set(), "an earlier cycle's mail changed"
        print(f"cycle {cycle}: killed at {len(acknowledged)} acknowledged; "
              f"{len(set(messages) & set(stored) - acknowledged)} stored without an ack")

        resent: set[str] = set()
        everything = {**earlier, **messages}
        errors = deliver(serve.smtp, everything, resent)
        assert errors == [] and resent == set(everything), f"re-delivery refused: {errors}"
        stored = stored_subjects(data_dir)
        assert {s: n for s, n in stored.items() if n != 1} == {}, f"cycle {cycle}: duplicates"
        assert set(everything) - set(stored) == set(), f"cycle {cycle}: re-delivered mail missing"
        assert set(stored) - set(everything) == set(), f"cycle {cycle}: unexpected tickets"
    finally:
        code = serve.stop()
    assert code == 0, log.read_text()[-2000:]
    assert integrity(data_dir / "stringeex.db") == [("ok",)]
    return everything


@pytest.mark.timeout(180)
def test_kill_9_loses_no_acknowledged_mail_and_resending_converges(data_dir, tmp_path):
    configure(data_dir)
    seed = int(os.environ.get("STRINGEEX_CRASH_SEED", time.time_ns() % 2**32))
    rng = random.Random(seed)
    log = tmp_path / "serve.log"
    everything: dict[str, bytes] = {}
    for cycle in range(len(KILL_POINTS)):
        try:
            everything = crash_cycle(data_dir, log, cycle, rng, everything)
        except AssertionError as exc:
            raise AssertionError(f"STRINGEEX_CRASH_SEED={seed}: {exc}") from exc
