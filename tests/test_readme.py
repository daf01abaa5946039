"""The README's scripted example, run as written: every line through the real `./dev run`.

Only what a reader supplies is swapped in: the data folder ($STRINGEEX_DATA_DIR, as the
README explains), $PASSWORD, a keyring backend chosen explicitly (the user guide's advice
for a machine without one), the SMTP server (an aiosmtpd peer with STARTTLS and AUTH
standing in for smtp.acme.example:587) and the listening port (serve picks a free one).
"""

from __future__ import annotations

import re
import shutil
import signal
import subprocess

import pytest

from conftest import ROOT
from peers.smtp_servers import RecordingSmtpServer

SECTION = "## The same without a window"
SALES = "sales@acme.example"
PASSWORD = "pw-readme-Kq7"


def readme_commands() -> list[str]:
    """The shell commands of the section's code blocks, continuation lines joined."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", section, re.S):
        commands += [line.strip() for line in block.replace("\\\n", " ").splitlines()
                     if line.strip()]
    return commands


def swap(command: str, old: str, new: str) -> str:
    assert old in command, f"the README no longer has {old!r} in: {command}"
    return command.replace(old, new)


@pytest.fixture
def smtp_acme(tls):
    with RecordingSmtpServer(tls=tls, tls_mode="starttls", auth=(SALES, PASSWORD)) as server:
        yield server


def test_readme_scripted_example_works_as_written(smtp_acme, tmp_path, monkeypatch):
    if not shutil.which("swaks"):
        pytest.fail("swaks is not installed (./dev test installs it)")
    monkeypatch.setenv("STRINGEEX_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PASSWORD", PASSWORD)
    work = tmp_path / "work"  # the example writes answer.txt where it runs
    work.mkdir()
    commands = readme_commands()
    assert sum("./dev run" in c for c in commands) >= 10, commands
    serve = None
    bound = None
    try:
        for command in commands:
            command = swap(command, "./dev ", f"{ROOT}/dev ") if "./dev " in command else command
            if "mailbox add-smtp" in command:
                command = swap(command, "--host smtp.acme.example", "--host localhost")
                command = swap(command, "--port 587", f"--port {smtp_acme.port}")
            if " serve " in command:
                serve = subprocess.Popen(["bash", "-c", "exec " + swap(
                    command, "127.0.0.1:2525", "127.0.0.1:0")], cwd=work,
                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                line = serve.stdout.readline()
                assert line.startswith("listening smtp 127.0.0.1:"), serve.stderr.read()
                bound = line.split()[2]
                continue
            if "127.0.0.1:2525" in command:
                assert bound, f"{command} needs the core, which starts later in the README"
                command = swap(command, "127.0.0.1:2525", bound)
            done = subprocess.run(["bash", "-c", command], cwd=work, capture_output=True,
                                  text=True, timeout=120)
            assert done.returncode == 0, f"{command}\n{done.stdout}{done.stderr}"
            if "ticket show" in command:
                assert "sent (250 2.0.0 OK: queued as 1)" in done.stdout, done.stdout
        assert serve is not None, "the README no longer starts serve"
        serve.send_signal(signal.SIGINT)  # Ctrl+C, as the README says
        _, errors = serve.communicate(timeout=30)
        assert serve.returncode == 0 and errors == "", errors
    finally:
        if serve is not None and serve.poll() is None:
            serve.send_signal(signal.SIGINT)  # a kill could leave its parse workers behind
            try:
                serve.wait(timeout=30)
            except subprocess.TimeoutExpired:
                serve.kill()
                serve.wait()
        if serve is not None:
            serve.stdout.close()
            serve.stderr.close()
    [reply] = smtp_acme.messages
    assert reply.mail_from == SALES and reply.rcpt_tos == ["carol@example.com"]
    assert reply.tls and reply.auth_user == SALES


@pytest.mark.parametrize("page", ["README.md", "docs/cli.md", "docs/user-guide.md",
                                  "docs/development.md"])
def test_documentation_links_stay_inside_the_repository(page):
    """The README once linked ../shared/DESIGN.md, which a clone does not have."""
    text = (ROOT / page).read_text(encoding="utf-8")
    assert "DESIGN.md" not in text
    for target in re.findall(r"\]\(([^)#\s]+)", text):
        if "://" in target:
            continue
        resolved = ((ROOT / page).parent / target).resolve()
        assert resolved.is_relative_to(ROOT), f"{page} links outside the repository: {target}"
