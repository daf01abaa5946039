"""Parse worker processes: used by the serving core, gone as soon as their parent is."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import smtplib
import subprocess
import sys
import time

import psutil
import pytest

from conftest import DOMAIN, ROOT, cli_env
from mailmaker import make_mail
from stringeex_desktop.core.mail.parse import ParsePool, parse_message
from test_crash import cli, configure

pytestmark = pytest.mark.timeout(120)

LONG_LINE = b"y" * 200_000
MAIL = (b"From: Carol Customer <carol@example.com>\r\nTo: support@" + DOMAIN.encode() +
        b"\r\nSubject: Parsed by a worker\r\nMessage-ID: <pool.1@example.com>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nStart\r\n" + LONG_LINE +
        b"\r\nEnd\r\n")


def workers_of(process: psutil.Process) -> list[psutil.Process]:
    return [child for child in process.children(recursive=True)
            if "spawn_main" in " ".join(child.cmdline())]


def gone(process: psutil.Process) -> bool:
    try:
        return process.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and process groups are POSIX")
def test_workers_exit_when_serve_is_killed(data_dir, tmp_path):
    configure(data_dir)
    with (tmp_path / "serve.log").open("wb") as log:
        serve = subprocess.Popen(
            [sys.executable, "-m", "stringeex_desktop", "--data-dir", str(data_dir), "serve",
             "--smtp", "127.0.0.1:0"], stdout=subprocess.PIPE, stderr=log, text=True,
            env=cli_env(), cwd=ROOT, start_new_session=True)
    try:
        line = serve.stdout.readline()
        assert line.startswith("listening smtp "), (tmp_path / "serve.log").read_text()
        host, _, port = line.split()[2].rpartition(":")
        with smtplib.SMTP(host, int(port), timeout=30) as client:
            assert client.sendmail("carol@example.com", [f"support@{DOMAIN}"], MAIL) == {}
        shown = json.loads(cli(data_dir, "ticket", "show", "#000001", "--json"))
        assert shown["messages"][0]["text"] == f"Start\n{LONG_LINE.decode()}\nEnd\n"
        children = psutil.Process(serve.pid).children(recursive=True)
        assert workers_of(psutil.Process(serve.pid))

        os.kill(serve.pid, signal.SIGKILL)
        serve.wait(timeout=20)
        deadline = time.monotonic() + 10
        while not all(gone(child) for child in children) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [child.pid for child in children if not gone(child)] == []
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(serve.pid, signal.SIGKILL)
        serve.stdout.close()


def test_a_dead_worker_leaves_parsing_to_a_thread(caplog):
    raw = make_mail(subject="Still parsed", body="hello\n")
    pool = ParsePool()
    pool.start()
    try:
        async def parse_twice():
            first = await pool.parse(raw)
            for worker in workers_of(psutil.Process()):
                worker.kill()
            return first, await pool.parse(raw), await pool.parse(raw)

        results = asyncio.run(parse_twice())
    finally:
        pool.close()
    assert [r.subject for r in results] == ["Still parsed"] * 3
    assert results[0] == parse_message(raw)
    assert "the parser process died; parsing in a thread from now on" in caplog.text
