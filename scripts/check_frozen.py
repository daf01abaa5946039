"""Check a frozen one-folder build for real: the checks of scripts/build_frozen.sh.

    .venv/bin/python scripts/check_frozen.py "build/frozen/dist/StringeeX Desktop"

Runs only the frozen programs (never this interpreter's copy of the app): `--version`;
`gui --smoke` offscreen on a temporary data folder; then on a fresh data folder a portal,
queue, agent, internal email and an SMTP email (checked over STARTTLS against a private CA
given through SSL_CERT_FILE, its password kept by keyrings.alt's file backend chosen with
PYTHON_KEYRING_BACKEND); `serve` receives one message from smtplib, `ticket list --json`
shows it, and a reply leaves through the SMTP peer. Without any keyring, a password is refused
in one line. Prints one line per step; exit 1 with the failing step's output.
"""

from __future__ import annotations

import json
import os
import re
import signal
import smtplib
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from peers.smtp_servers import RecordingSmtpServer, TlsMaterial  # noqa: E402

from stringeex_desktop import __version__  # noqa: E402

CLI = "stringeex-desktop.exe" if os.name == "nt" else "stringeex-desktop"
DOMAIN = "acme.test"
AGENT = f"alice@{DOMAIN}"
SALES = "sales@acme.example"
CUSTOMER = "carol@example.com"
SUBJECT = "Printer on fire"
PEER_LOGIN = ("sales", "s3cret")
STEP_TIMEOUT = 120


class CheckFailed(Exception):
    pass


class Frozen:
    def __init__(self, folder: Path, env: dict):
        self.program = folder / CLI
        if not self.program.is_file():
            raise CheckFailed(f"{self.program} is missing: build the app first")
        self.env = env

    def run(self, *args: str, data_dir: Path | None = None, stdin: str = "",
            ok: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.program), *(("--data-dir", str(data_dir)) if data_dir else ()), *args]
        result = subprocess.run(command, input=stdin, capture_output=True, text=True,
                                env=self.env, timeout=STEP_TIMEOUT)
        if ok and result.returncode != 0:
            raise CheckFailed(f"{' '.join(args)} exited {result.returncode}:\n"
                              f"{result.stdout}{result.stderr}")
        return result


def step(text: str) -> None:
    print(f"check_frozen: {text}", flush=True)


def check_version(app: Frozen) -> None:
    out = app.run("--version").stdout.strip()
    if out != f"stringeex-desktop {__version__}":
        raise CheckFailed(f"--version printed {out!r}")
    step(f"--version: {out}")


def check_smoke(app: Frozen) -> None:
    started = time.monotonic()
    result = app.run("gui", "--smoke")
    if result.stdout.strip() != "smoke ok":
        raise CheckFailed(f"gui --smoke printed {result.stdout!r} {result.stderr!r}")
    elapsed = time.monotonic() - started
    if (Path(app.env["XDG_DATA_HOME"]) / "StringeeX Desktop").exists():
        raise CheckFailed("gui --smoke without --data-dir wrote to the platform data folder")
    step(f"gui --smoke: smoke ok in {elapsed:.1f} s, on a temporary data folder")


def check_no_keyring(app: Frozen, data: Path) -> None:
    """Without a secure keyring (no session bus) and no explicit choice, a password is refused
    in one line: the bundled plaintext backend is never picked by itself."""
    env = {**app.env, "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"}
    env.pop("PYTHON_KEYRING_BACKEND")
    result = subprocess.run([str(app.program), "--data-dir", str(data), "mailbox", "add-smtp",
                             SALES, "--host", "127.0.0.1", "--port", "1", "--password-stdin",
                             "--no-verify"], input="secret\n", capture_output=True, text=True,
                            env=env, timeout=STEP_TIMEOUT)
    lines = result.stderr.strip().splitlines()
    if result.returncode != 1 or len(lines) != 1 or "No secure keyring" not in lines[0]:
        raise CheckFailed(f"without a keyring, add-smtp exited {result.returncode}:\n"
                          f"{result.stderr}")
    step("no secure keyring: the password is refused in one line")


def set_up(app: Frozen, data: Path, peer: RecordingSmtpServer) -> None:
    app.run("portal", "set", "--domain", DOMAIN, data_dir=data)
    app.run("queue", "add", "Support", data_dir=data)
    app.run("agent", "add", AGENT, "--name", "Alice", "--queue", "Support", data_dir=data)
    app.run("mailbox", "add-internal", "support", "--name", "Acme Support", "--queue",
            "Support", data_dir=data)
    check_no_keyring(app, data)
    # Verifies connect, STARTTLS (the private CA) and AUTH, then keeps the password in the
    # keyring: both must work inside the frozen app.
    app.run("mailbox", "add-smtp", SALES, "--host", peer.host, "--port", str(peer.port),
            "--security", "starttls", "--username", PEER_LOGIN[0], "--password-stdin",
            data_dir=data, stdin=PEER_LOGIN[1] + "\n")
    step("portal, queue, agent, internal email and SMTP email (STARTTLS verified) set up")


def start_serve(app: Frozen, data: Path) -> tuple[subprocess.Popen, int]:
    serve = subprocess.Popen([str(app.program), "--data-dir", str(data), "serve", "--smtp",
                              "127.0.0.1:0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=app.env)
    line = serve.stdout.readline()
    found = re.match(r"listening smtp 127\.0\.0\.1:(\d+)$", line.strip())
    if not found:
        serve.kill()
        raise CheckFailed(f"serve printed {line!r}: {serve.communicate()[1]}")
    step(f"serve listening on port {found.group(1)}")
    return serve, int(found.group(1))


def send_customer_mail(port: int) -> None:
    msg = EmailMessage()
    msg["From"] = f"Carol <{CUSTOMER}>"
    msg["To"] = f"support@{DOMAIN}"
    msg["Subject"] = SUBJECT
    msg.set_content("The printer is on fire.\n")
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.send_message(msg)
    step("smtplib delivered one message to serve")


def check_ticket(app: Frozen, data: Path) -> int:
    tickets = json.loads(app.run("ticket", "list", "--json", data_dir=data).stdout)
    if len(tickets) != 1 or tickets[0]["subject"] != SUBJECT:
        raise CheckFailed(f"ticket list --json gave {tickets!r}")
    step(f"ticket list --json shows {tickets[0]['serial']} {SUBJECT!r}")
    return tickets[0]["id"]


def check_reply(app: Frozen, data: Path, ticket_id: int, peer: RecordingSmtpServer,
                folder: Path) -> None:
    body = folder / "answer.txt"
    body.write_text("A technician is on the way.\n", encoding="utf-8")
    app.run("ticket", "reply", str(ticket_id), "--as", AGENT, "--via", SALES, "--body-file",
            str(body), "--wait", data_dir=data)
    sent = [m for m in peer.messages if m.rcpt_tos == [CUSTOMER]]
    if len(sent) != 1 or not sent[0].tls or sent[0].auth_user != PEER_LOGIN[0]:
        raise CheckFailed(f"the SMTP peer received {peer.messages!r}")
    step("the reply left through the SMTP peer over STARTTLS with AUTH")


def stop_serve(serve: subprocess.Popen) -> None:
    serve.send_signal(signal.SIGTERM)
    try:
        code = serve.wait(STEP_TIMEOUT)
    except subprocess.TimeoutExpired:
        serve.kill()
        raise CheckFailed("serve did not stop on SIGTERM") from None
    if code != 0:
        raise CheckFailed(f"serve exited {code}: {serve.stderr.read()}")
    step("serve stopped cleanly")


def main(folder: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="check-frozen-") as temp:
        temp = Path(temp)
        tls = TlsMaterial()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "SSL_CERT_FILE": str(tls.write_ca_file(temp / "ca.pem")),
               "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
               "XDG_DATA_HOME": str(temp / "xdg"), "XDG_CONFIG_HOME": str(temp / "config")}
        env.pop("STRINGEEX_DATA_DIR", None)
        env.pop("PYTHONPATH", None)
        try:
            app = Frozen(folder, env)
            check_version(app)
            check_smoke(app)
            data = temp / "data"
            with RecordingSmtpServer(tls=tls, tls_mode="starttls", auth=PEER_LOGIN) as peer:
                set_up(app, data, peer)
                serve, port = start_serve(app, data)
                try:
                    send_customer_mail(port)
                    ticket_id = check_ticket(app, data)
                    check_reply(app, data, ticket_id, peer, temp)
                finally:
                    if serve.poll() is None:
                        stop_serve(serve)
        except (CheckFailed, OSError, subprocess.TimeoutExpired, smtplib.SMTPException) as exc:
            print(f"check_frozen: FAILED: {exc}", file=sys.stderr, flush=True)
            return 1
    step("all checks passed")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_frozen.py FROZEN_APP_FOLDER")
    sys.exit(main(Path(sys.argv[1])))
