"""The app as a process: `gui --smoke`, and a clean shutdown of the real window on SIGTERM."""

from __future__ import annotations

import os
import signal
import smtplib
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stringeex_desktop.core.lock import DataLock

ROOT = Path(__file__).resolve().parents[2]


def app_env(**extra) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


def cli(data_dir: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                           str(data_dir), *args], capture_output=True, text=True, timeout=60,
                          env=app_env(), cwd=ROOT, **kwargs)


def test_smoke_on_an_empty_folder_then_again(tmp_path):
    for _ in range(2):  # the second run reuses the portal, mailbox and ticket it made
        result = cli(tmp_path / "data", "gui", "--smoke")
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "smoke ok"


def test_smoke_failure_is_one_line(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    result = cli(blocker, "gui", "--smoke")
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if "smoke failed" in line]
    assert len(lines) == 1 and "Traceback" not in result.stderr


@pytest.mark.skipif(os.name == "nt", reason="SIGTERM")
def test_window_runs_the_core_and_quits_cleanly(tmp_path):
    data = tmp_path / "data"
    assert cli(data, "gui", "--smoke").returncode == 0  # a portal and its admin
    assert cli(data, "agent", "presence", "admin@smoke.stringeex.local", "online"
               ).returncode == 0
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = subprocess.Popen([sys.executable, "-m", "stringeex_desktop", "--data-dir", str(data),
                            "gui", "--smtp", f"127.0.0.1:{port}"], env=app_env(), cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lock = DataLock(data)
        deadline = time.monotonic() + 30
        while not lock.is_held_elsewhere():  # the window started the core
            assert app.poll() is None, app.communicate()[1]
            assert time.monotonic() < deadline, "the core never started"
            time.sleep(0.2)
        while True:  # the lock comes first, the listener a moment later: where --smtp said
            try:
                with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
                    assert client.noop()[0] == 250
                break
            except ConnectionRefusedError:
                assert time.monotonic() < deadline, "the listener never started"
                time.sleep(0.2)
        app.send_signal(signal.SIGTERM)
        _, err = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    assert not DataLock(data).is_held_elsewhere()
    agents = cli(data, "agent", "list").stdout
    assert "offline" in agents and "online" not in agents
