"""Command line: the desktop app by default, `serve`, and admin commands (DESIGN.md section 6)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import mimetypes
import os
import signal
import sys
import tempfile
import threading
import webbrowser
from pathlib import Path
from typing import Any, Callable

from . import __version__
from .core.errors import NoAuthOfferedError, NotFoundError, StringeexError, ValidationError
from .core.models import (PRIORITIES, ROLES, SECURITIES, STATUSES, TYPES, AutoReply,
                          TicketEvent, TicketFilter, iso)
from .core.paths import ENV_DATA_DIR, resolve_data_dir, resolve_store_url

PROG = "stringeex-desktop"
MAX_LIST = 1_000_000
MAX_ATTACHMENTS = 25 * 2**20
WAIT_RETRY_BASE = 1.0
MAX_CLIENT_SECRETS_READ = 2**20


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """Usage errors as one line (exit 2), never argparse's multi-line dump."""

    def error(self, message: str):
        raise UsageError(message)


def build_parser() -> Parser:
    parser = Parser(prog=PROG, description="StringeeX Desktop: the email channel of a contact "
                    "center.")
    parser.add_argument("--data-dir", help="data folder (default: $STRINGEEX_DATA_DIR, then the "
                        "platform's user data folder)")
    parser.add_argument("--store", metavar="URL",
                        help="a team store, postgresql://USER@HOST:PORT/DB[?sslmode=...] "
                        "(default: $STRINGEEX_STORE, else the data folder's own store)")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

    def cmd(parent, name: str, help: str, json_opt: bool = True) -> Parser:
        p = parent.add_parser(name, help=help)
        if json_opt:
            p.add_argument("--json", action="store_true", help="print one JSON document")
        return p

    gui = cmd(sub, "gui", "start the desktop app (default)", json_opt=False)
    gui.add_argument("--smoke", action="store_true",
                     help="start, render a ticket, start and stop the core, exit")
    gui.add_argument("--smtp", metavar="HOST:PORT",
                     help="listen here this run (default: the app's setting, 127.0.0.1:2525)")
    gui.add_argument("--lmtp", metavar="HOST:PORT", help="also listen for LMTP here this run")

    serve = cmd(sub, "serve", "run the core without a window", json_opt=False)
    serve.add_argument("--smtp", default="127.0.0.1:2525", metavar="HOST:PORT")
    serve.add_argument("--lmtp", metavar="HOST:PORT")
    serve.add_argument("--tls-cert", metavar="FILE")
    serve.add_argument("--tls-key", metavar="FILE")

    portal = sub.add_parser("portal", help="the portal: domain and outgoing relay")
    psub = portal.add_subparsers(dest="action", required=True, parser_class=Parser)
    pset = cmd(psub, "set", "change the portal")
    pset.add_argument("--domain")
    pset.add_argument("--relay-host")
    pset.add_argument("--relay-port", type=int)
    pset.add_argument("--relay-security", choices=SECURITIES)
    pset.add_argument("--relay-username")
    pset.add_argument("--relay-password-stdin", action="store_true")
    cmd(psub, "show", "show the portal")

    queue = sub.add_parser("queue", help="queues")
    qsub = queue.add_subparsers(dest="action", required=True, parser_class=Parser)
    cmd(qsub, "add", "add a queue").add_argument("name")
    cmd(qsub, "list", "list queues")
    qmem = cmd(qsub, "members", "set a queue's members")
    qmem.add_argument("name")
    qmem.add_argument("--set", nargs="*", required=True, metavar="EMAIL", dest="members")
    qren = cmd(qsub, "rename", "rename a queue (its tickets, emails and members follow)")
    qren.add_argument("name")
    qren.add_argument("new_name")
    cmd(qsub, "remove", "remove a queue no email or open ticket uses").add_argument("name")

    agent = sub.add_parser("agent", help="agents")
    asub = agent.add_subparsers(dest="action", required=True, parser_class=Parser)
    aadd = cmd(asub, "add", "add an agent")
    aadd.add_argument("email")
    aadd.add_argument("--name", required=True)
    aadd.add_argument("--role", choices=ROLES, default="agent")
    aadd.add_argument("--queue", action="append", default=[])
    cmd(asub, "list", "list agents")
    apres = cmd(asub, "presence", "set an agent online or offline (no expiry)")
    apres.add_argument("email")
    apres.add_argument("presence", choices=("online", "offline"))
    aupd = cmd(asub, "update", "change an agent; --inactive hands their open tickets back")
    aupd.add_argument("email")
    aupd.add_argument("--name")
    aupd.add_argument("--role", choices=ROLES)
    aqueues = aupd.add_mutually_exclusive_group()
    aqueues.add_argument("--queue", action="append", help="the agent's queues (repeat)")
    aqueues.add_argument("--no-queues", action="store_true", help="in no queue")
    aact = aupd.add_mutually_exclusive_group()
    aact.add_argument("--active", dest="active", action="store_const", const=True)
    aact.add_argument("--inactive", dest="active", action="store_const", const=False)

    mailbox = sub.add_parser("mailbox", help="the email channel list")
    msub = mailbox.add_subparsers(dest="action", required=True, parser_class=Parser)
    madd = cmd(msub, "add-internal", "add an internal email")
    madd.add_argument("local")
    madd.add_argument("--name", required=True)
    madd.add_argument("--queue", required=True)
    madd.add_argument("--online-first", action="store_true")
    madd.add_argument("--auto-reply-subject")
    madd.add_argument("--auto-reply-body")
    msmtp = cmd(msub, "add-smtp", "add an SMTP email (sends replies)")
    msmtp.add_argument("email")
    msmtp.add_argument("--host", required=True)
    msmtp.add_argument("--port", type=int, required=True)
    msmtp.add_argument("--security", choices=SECURITIES, default="auto")
    msmtp.add_argument("--username", help="sign in as this user (default: the address)")
    sign_in = msmtp.add_mutually_exclusive_group(required=True)
    sign_in.add_argument("--password-stdin", action="store_true",
                         help="read the sign-in password from the first line of stdin")
    sign_in.add_argument("--no-auth", action="store_true",
                         help="the server needs no sign-in: no password is read or kept")
    msmtp.add_argument("--name", default="")
    msmtp.add_argument("--no-verify", action="store_true",
                       help="save without connecting first")
    mgmail = cmd(msub, "add-gmail", "add a Gmail address through Google consent")
    mgmail.add_argument("--client-secrets", metavar="FILE",
                        help="import the portal's client_secret.json (a Desktop app OAuth "
                        "client) first; later runs reuse the imported one")
    mgmail.add_argument("--browser", choices=("embedded", "system"),
                        help="where the consent page opens (default: embedded when a display "
                        "exists, else system)")
    mgmail.add_argument("--queue")
    mgmail.add_argument("--online-first", action="store_true")
    mgmail.add_argument("--since-days", type=int, metavar="N",
                        help="the first sync imports only the last N days (default: all mail)")
    mgmail.add_argument("--timeout", type=float, default=300.0, metavar="S",
                        help="how long to wait for the consent (default: 300 s)")
    mupd = cmd(msub, "update", "change a mailbox")
    mupd.add_argument("id", type=int)
    act = mupd.add_mutually_exclusive_group()
    act.add_argument("--active", dest="active", action="store_const", const=True)
    act.add_argument("--inactive", dest="active", action="store_const", const=False)
    mupd.add_argument("--name")
    mupd.add_argument("--queue")
    onl = mupd.add_mutually_exclusive_group()
    onl.add_argument("--online-first", dest="online_first", action="store_const", const=True)
    onl.add_argument("--no-online-first", dest="online_first", action="store_const", const=False)
    mupd.add_argument("--auto-reply-subject")
    mupd.add_argument("--auto-reply-body")
    mupd.add_argument("--no-auto-reply", action="store_true")
    mupd.add_argument("--password-stdin", action="store_true")
    cmd(msub, "remove", "remove a mailbox").add_argument("id", type=int)
    cmd(msub, "list", "list mailboxes")

    ticket = sub.add_parser("ticket", help="tickets")
    tsub = ticket.add_subparsers(dest="action", required=True, parser_class=Parser)
    tlist = cmd(tsub, "list", "list tickets, newest first")
    tlist.add_argument("--queue")
    tlist.add_argument("--status", choices=STATUSES)
    tlist.add_argument("--assignee", metavar="EMAIL|none")
    tlist.add_argument("--search")
    tlist.add_argument("--limit", type=int, default=100)
    cmd(tsub, "show", "show a ticket with its messages").add_argument("ref", metavar="ID|SERIAL")
    tset = cmd(tsub, "set", "change a ticket")
    tset.add_argument("ref", metavar="ID|SERIAL")
    tset.add_argument("--status", choices=STATUSES)
    tset.add_argument("--priority", choices=PRIORITIES)
    tset.add_argument("--type", choices=TYPES)
    tset.add_argument("--queue")
    tset.add_argument("--assignee", metavar="EMAIL|none")
    tnote = cmd(tsub, "note", "add an internal note")
    tnote.add_argument("ref", metavar="ID|SERIAL")
    tnote.add_argument("--as", dest="author", required=True, metavar="AGENT_EMAIL")
    tnote.add_argument("--body-file", required=True, metavar="F",
                       help="the note as a UTF-8 text file; - reads standard input")
    treply = cmd(tsub, "reply", "queue a reply to the customer")
    treply.add_argument("ref", metavar="ID|SERIAL")
    treply.add_argument("--as", dest="author", required=True, metavar="AGENT_EMAIL")
    treply.add_argument("--body-file", required=True, metavar="F",
                        help="the reply as a UTF-8 text file; - reads standard input")
    treply.add_argument("--via", metavar="MAILBOX_ID|ADDRESS",
                        help="the SMTP email or Gmail to send through, by id or address; "
                        "the ticket keeps it for later replies")
    treply.add_argument("--cc", action="append", default=[], metavar="ADDR")
    treply.add_argument("--attach", action="append", default=[], metavar="FILE")
    treply.add_argument("--wait", action="store_true",
                        help="block until sent or failed")
    team = sub.add_parser("team", help="a team store shared by several desktops (--store URL)")
    tsub = team.add_subparsers(dest="action", required=True, parser_class=Parser)
    cmd(tsub, "init", "make a team store in an empty database; print its key once")
    tjoin = cmd(tsub, "join", "keep the team key on this machine")
    tjoin.add_argument("--key-stdin", action="store_true", required=True,
                       help="read the team key from the first line of stdin")
    store = sub.add_parser("store", help="the data folder's own store")
    ssub = store.add_subparsers(dest="action", required=True, parser_class=Parser)
    smig = cmd(ssub, "migrate", "copy this data folder's store into an empty team store")
    smig.add_argument("--to", required=True, metavar="URL", help="the team store (after "
                      "`team init`): postgresql://USER@HOST:PORT/DB[?sslmode=...]")

    canned = sub.add_parser("canned", help="canned replies agents insert into their answers")
    csub = canned.add_subparsers(dest="action", required=True, parser_class=Parser)
    cadd = cmd(csub, "add", "add a canned reply (placeholders {customer_name}, "
               "{ticket_serial}, {agent_name})")
    cadd.add_argument("title")
    cbody = cadd.add_mutually_exclusive_group(required=True)
    cbody.add_argument("--body", metavar="TEXT")
    cbody.add_argument("--body-file", metavar="F",
                       help="the text as a UTF-8 file; - reads standard input")
    cmd(csub, "list", "list canned replies")
    cmd(csub, "remove", "remove a canned reply").add_argument("id", type=int)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    data_dir = resolve_data_dir(args.data_dir)
    global _store_url
    _store_url = resolve_store_url(args.store)
    command = args.command or "gui"
    if command == "team" and not _store_url:
        print(f"{PROG}: team {args.action} needs a team store: --store URL or $STRINGEEX_STORE",
              file=sys.stderr)
        return 2
    if command == "gui":
        return gui(data_dir, args)
    try:
        return COMMANDS[(command, getattr(args, "action", None))](data_dir, args)
    except StringeexError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        print(f"{PROG}: {exc.strerror or exc} ({getattr(exc, 'filename', '') or ''})".rstrip(" ()"),
              file=sys.stderr)
        return 1


# -- helpers ---------------------------------------------------------------------------------

# The team store of this run (--store, else $STRINGEEX_STORE), None for the data folder's.
_store_url: str | None = None


def _service(data_dir: Path):
    from .core.service import Service
    return Service(data_dir, store_url=_store_url)


def _run(data_dir: Path, fn: Callable) -> Any:
    """Open the store, run `fn(service)` (a coroutine function), close."""
    service = _service(data_dir)
    try:
        return asyncio.run(fn(service))
    finally:
        service.close()


def _read(data_dir: Path, fn: Callable) -> Any:
    service = _service(data_dir)
    try:
        return fn(service)
    finally:
        service.close()


def _out(args, obj, human: str) -> int:
    if getattr(args, "json", False):
        json.dump(obj.to_json() if hasattr(obj, "to_json") else obj, sys.stdout,
                  ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(human)
    return 0


def _stdin_secret(what: str) -> str:
    value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        raise ValidationError(f"No {what} on standard input.")
    return value


def _read_body(path: str) -> str:
    try:
        data = Path(path).read_bytes() if path != "-" else sys.stdin.buffer.read()
    except OSError as exc:
        raise ValidationError(f"Cannot read {path}: {exc.strerror}.") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(f"{path} is not UTF-8 text.") from None


# -- commands --------------------------------------------------------------------------------

def gui(data_dir: Path, args) -> int:
    """The desktop app; a bad --smtp/--lmtp is refused before any window opens."""
    from .app import run_gui
    from .core.runtime import parse_hostport
    try:
        smtp, lmtp = (parse_hostport(value) if value else None
                      for value in (getattr(args, "smtp", None), getattr(args, "lmtp", None)))
    except StringeexError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    if getattr(args, "smoke", False) and not (args.data_dir or os.environ.get(ENV_DATA_DIR)):
        # A check of an installed app must not leave a smoke portal in the person's real store.
        with tempfile.TemporaryDirectory(prefix="stringeex-smoke-",
                                         ignore_cleanup_errors=True) as temp:
            return run_gui(Path(temp), smoke=True, smtp=smtp, lmtp=lmtp)
    return run_gui(data_dir, smoke=getattr(args, "smoke", False), smtp=smtp, lmtp=lmtp,
                   store_url=_store_url)


def serve(data_dir: Path, args) -> int:
    from .core.runtime import Core, parse_hostport
    smtp = parse_hostport(args.smtp) if args.smtp else None
    lmtp = parse_hostport(args.lmtp) if args.lmtp else None
    if bool(args.tls_cert) != bool(args.tls_key):
        raise ValidationError("--tls-cert and --tls-key go together.")

    async def run(service) -> int:
        if service.portal() is None:
            raise NotFoundError(
                f"{data_dir} has no portal yet, so no address could receive mail: run "
                "`portal set --domain D` on this data folder first (or start the app).")
        await _warn_about_setup(service)
        core = Core(service)
        bound = await core.start(smtp=smtp, lmtp=lmtp, tls_cert=args.tls_cert,
                                 tls_key=args.tls_key)
        for kind, (host, port) in bound.items():
            shown = f"[{host}]" if ":" in host else host
            print(f"listening {kind} {shown}:{port}", flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, stop.set)
            except (NotImplementedError, RuntimeError):
                signal.signal(sig, lambda *_: loop.call_soon_threadsafe(stop.set))
        try:
            await stop.wait()
        finally:
            await core.stop()
        return 0

    return _run(data_dir, run)


async def _warn_about_setup(service) -> None:
    """What would keep a serving core from receiving or sending, one stderr line each."""
    if not any(m.kind == "internal" and m.active for m in service.mailboxes()):
        _warn("no active internal email yet: every recipient is refused until one is added "
              "(mailbox add-internal)")
    usable, why = await asyncio.to_thread(service.secret_store_status)
    if not usable:
        _warn(f"replies and auto-replies through servers that need a sign-in will wait: {why}")


def _warn(text: str) -> None:
    print(f"{PROG}: warning: {text}", file=sys.stderr, flush=True)


def portal_set(data_dir: Path, args) -> int:
    password = _stdin_secret("relay password") if args.relay_password_stdin else None

    async def run(service):
        if service.portal() is None and not args.domain:
            raise ValidationError("The portal is not set up yet: give --domain D.")
        return await service.set_portal(
            domain=args.domain, relay_host=args.relay_host, relay_port=args.relay_port,
            relay_security=args.relay_security, relay_username=args.relay_username,
            relay_password=password)

    portal = _run(data_dir, run)
    return _out(args, portal, _portal_text(portal))


def portal_show(data_dir: Path, args) -> int:
    portal = _read(data_dir, lambda s: s.require_portal())
    return _out(args, portal, _portal_text(portal))


def _portal_text(portal) -> str:
    relay = portal.relay
    if not relay.host:
        return (f"portal {portal.domain}; relay: not set (auto-replies wait until one is set: "
                "portal set --relay-host H)")
    sign_in = "no sign-in"
    if relay.username:
        sign_in = f"signed in as {relay.username}" + (
            "" if relay.password_set else " (no password saved: --relay-password-stdin)")
    return (f"portal {portal.domain}; relay: {relay.host}:{relay.port}, security "
            f"{relay.security}, {sign_in}")


def queue_add(data_dir: Path, args) -> int:
    queue = _run(data_dir, lambda s: s.add_queue(args.name))
    return _out(args, queue, f"queue {queue.id} {queue.name}")


def queue_list(data_dir: Path, args) -> int:
    queues = _read(data_dir, lambda s: s.queues())
    return _out(args, [q.to_json() for q in queues],
                "\n".join(f"{q.id}\t{q.name}\t{', '.join(q.members)}" for q in queues)
                or "no queues")


def queue_members(data_dir: Path, args) -> int:
    queue = _run(data_dir, lambda s: s.set_queue_members(args.name, args.members))
    return _out(args, queue, f"queue {queue.name}: {', '.join(queue.members) or 'no members'}")


def queue_rename(data_dir: Path, args) -> int:
    queue = _run(data_dir, lambda s: s.rename_queue(args.name, args.new_name))
    return _out(args, queue, f"queue {queue.id} renamed to {queue.name}")


def queue_remove(data_dir: Path, args) -> int:
    queue = _run(data_dir, lambda s: s.remove_queue(args.name))
    return _out(args, queue, f"queue {queue.id} {queue.name} removed")


def agent_add(data_dir: Path, args) -> int:
    agent = _run(data_dir, lambda s: s.add_agent(args.email, args.name, args.role, args.queue))
    return _out(args, agent, f"agent {agent.id} {agent.email} ({agent.role})")


def agent_list(data_dir: Path, args) -> int:
    agents = _read(data_dir, lambda s: s.agents())
    return _out(args, [a.to_json() for a in agents], "\n".join(
        f"{a.id}\t{a.email}\t{a.name}\t{a.role}\t{a.presence}" for a in agents) or "no agents")


def agent_update(data_dir: Path, args) -> int:
    queues = [] if args.no_queues else args.queue
    agent = _run(data_dir, lambda s: s.update_agent(args.email, name=args.name, role=args.role,
                                                    queues=queues, active=args.active))
    state = "active" if agent.active else "inactive"
    return _out(args, agent, f"agent {agent.id} {agent.email} ({agent.role}, {state}) updated")


def agent_presence(data_dir: Path, args) -> int:
    agent = _run(data_dir, lambda s: s.set_presence(args.email, args.presence))
    return _out(args, agent, f"{agent.email} is {agent.presence}")


def _auto_reply_args(args) -> AutoReply | None:
    subject, body = args.auto_reply_subject, args.auto_reply_body
    if (subject is None) != (body is None):
        raise ValidationError("Give both --auto-reply-subject and --auto-reply-body.")
    return AutoReply(True, subject, body) if subject is not None else None


def mailbox_add_internal(data_dir: Path, args) -> int:
    auto_reply = _auto_reply_args(args)
    mailbox = _run(data_dir, lambda s: s.add_internal_mailbox(
        args.local, name=args.name, queue=args.queue, online_first=args.online_first,
        auto_reply=auto_reply))
    return _out(args, mailbox, f"mailbox {mailbox.id} {mailbox.address}")


def mailbox_add_smtp(data_dir: Path, args) -> int:
    if args.no_auth and args.username is not None:
        raise ValidationError("--username goes with a sign-in; leave it out with --no-auth.")
    password = None if args.no_auth else _stdin_secret("password")
    try:
        mailbox = _run(data_dir, lambda s: s.add_smtp_mailbox(
            args.email, host=args.host, port=args.port, password=password,
            security=args.security, username=args.username, name=args.name,
            verify=not args.no_verify, auth=not args.no_auth))
    except NoAuthOfferedError as exc:
        raise NoAuthOfferedError(exc.step, f"{exc.detail} (--no-auth)") from None
    return _out(args, mailbox, f"mailbox {mailbox.id} {mailbox.address} (smtp)")


def mailbox_add_gmail(data_dir: Path, args) -> int:
    """Consent in the app's consent dialog when a display exists, else (or with --browser
    system) in the system browser."""
    browser = args.browser or ("embedded" if _has_display() else "system")
    if browser == "embedded" and not _has_display():
        raise ValidationError("The embedded consent window needs a display and none was "
                              "found: use --browser system.")
    client_json = None
    if args.client_secrets:
        try:
            with open(args.client_secrets, "rb") as file:
                client_json = file.read(MAX_CLIENT_SECRETS_READ)
        except OSError as exc:
            raise ValidationError(f"Cannot read {args.client_secrets}: {exc.strerror}.") from None

    async def run(service):
        if client_json is not None:
            await service.import_google_client(client_json)
        return await service.add_gmail_mailbox(
            _open_in_system_browser, timeout=args.timeout, queue=args.queue,
            online_first=args.online_first, since_days=args.since_days)

    if browser == "embedded":
        mailbox = _run_embedded_consent(data_dir, client_json, args)
    else:
        mailbox = _run(data_dir, run)
    return _out(args, mailbox, f"mailbox {mailbox.id} {mailbox.address} (gmail)")


def _has_display() -> bool:
    """A window someone can see: Qt's offscreen and minimal platforms show none."""
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal"):
        return False
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _run_embedded_consent(data_dir: Path, client_json: bytes | None, args):
    """The client is imported on a plain loop first: the Qt loop is cycled only once."""
    from .app import run_gmail_consent

    if client_json is not None:
        _run(data_dir, lambda service: service.import_google_client(client_json))
    service = _service(data_dir)
    try:
        return run_gmail_consent(service, queue=args.queue, online_first=args.online_first,
                                 since_days=args.since_days, timeout=args.timeout)
    finally:
        service.close()


def _open_in_system_browser(consent) -> None:
    """`webbrowser` with $BROWSER waits for that program: it runs on its own thread so the
    loopback listener can answer meanwhile, and never holds up the exit."""
    print("Sign in with Google in your browser; if it does not open, visit this address:",
          file=sys.stderr)
    print(consent.url, file=sys.stderr, flush=True)

    def browse() -> None:
        if not webbrowser.open(consent.url):
            _warn("no browser could be started: open the address above yourself")

    threading.Thread(target=browse, name="browser", daemon=True).start()


def mailbox_update(data_dir: Path, args) -> int:
    auto_reply = _auto_reply_args(args)
    if args.no_auto_reply:
        if auto_reply is not None:
            raise ValidationError("--no-auto-reply cannot go with --auto-reply-subject/body.")
    password = _stdin_secret("password") if args.password_stdin else None

    async def run(service):
        reply = auto_reply
        if args.no_auto_reply:
            current = service.mailbox(args.id).auto_reply
            reply = AutoReply(False, current.subject, current.body)
        return await service.update_mailbox(
            args.id, active=args.active, name=args.name, queue=args.queue,
            online_first=args.online_first, auto_reply=reply, password=password)

    mailbox = _run(data_dir, run)
    return _out(args, mailbox, f"mailbox {mailbox.id} {mailbox.address} updated")


def mailbox_remove(data_dir: Path, args) -> int:
    mailbox = _run(data_dir, lambda s: s.remove_mailbox(args.id))
    return _out(args, mailbox, f"mailbox {mailbox.id} {mailbox.address} removed")


def mailbox_list(data_dir: Path, args) -> int:
    mailboxes = _read(data_dir, lambda s: s.mailboxes())
    return _out(args, [m.to_json() for m in mailboxes], "\n".join(
        f"{m.id}\t{m.kind}\t{m.address}\t{m.queue or '-'}\t"
        f"{'active' if m.active else 'inactive'}\t{m.to_json()['health']['state']}"
        for m in mailboxes) or "no mailboxes")


def ticket_list(data_dir: Path, args) -> int:
    if not 1 <= args.limit <= MAX_LIST:
        raise ValidationError(f"--limit must be between 1 and {MAX_LIST:,}.")
    flt = TicketFilter(queue=args.queue, status=args.status, assignee=args.assignee,
                       search=args.search)

    def emit(service) -> int:
        tickets = service.iter_tickets(flt, args.limit)
        if args.json:
            out = sys.stdout
            out.write("[")
            for index, ticket in enumerate(tickets):
                out.write(("," if index else "") + json.dumps(ticket.to_json(),
                                                               ensure_ascii=False))
            out.write("]\n")
        else:
            count = 0
            for ticket in tickets:
                count += 1
                print(f"{ticket.serial}\t{ticket.status}\t{ticket.assignee or '-'}\t"
                      f"{ticket.requester.email}\t{ticket.subject}")
            if not count:
                print("no tickets")
        return 0

    return _read(data_dir, emit)


def ticket_show(data_dir: Path, args) -> int:
    def read(service):
        ticket = service.ticket(args.ref)
        retrying = {m.id: service.outbox_item(m.outbox_id) for m in ticket.messages
                    if m.delivery == "queued" and m.delivery_error and m.outbox_id is not None}
        return ticket, retrying

    ticket, retrying = _read(data_dir, read)
    lines = [f"{ticket.serial} {ticket.subject} [{ticket.status}] "
             f"from {ticket.requester} queue {ticket.queue or '-'} "
             f"assignee {ticket.assignee or '-'}"]
    for item in ticket.thread():
        if isinstance(item, TicketEvent):
            lines.append(f"--- {iso(item.at)} {item.actor or 'StringeeX'} set {item.field} "
                         f"{item.old or '-'} -> {item.new or '-'}")
            continue
        lines.append(f"--- {item.direction} {item.sender} "
                     f"{_delivery_text(item, retrying.get(item.id))}".rstrip())
        lines.append(item.text.rstrip())
    return _out(args, ticket, "\n".join(lines))


def _delivery_text(message, item) -> str:
    """What became of a reply, with the reason while it waits or after it failed."""
    if message.delivery == "queued" and message.delivery_error:
        when = f", next attempt {iso(item.next_attempt_at)}" if item else ""
        return f"queued{when}; last attempt: {message.delivery_error}"
    if message.delivery == "sent" and message.delivery_reply:
        return f"sent ({message.delivery_reply})"
    if message.delivery == "failed":
        return f"failed: {message.delivery_error or 'no reason recorded'}"
    return message.delivery or ""


def ticket_set(data_dir: Path, args) -> int:
    ticket = _run(data_dir, lambda s: s.set_ticket(
        args.ref, status=args.status, priority=args.priority, type=args.type, queue=args.queue,
        assignee=args.assignee))
    return _out(args, ticket, f"{ticket.serial} {ticket.status}, "
                f"assignee {ticket.assignee or '-'}")


def ticket_note(data_dir: Path, args) -> int:
    body = _read_body(args.body_file)
    ticket = _run(data_dir, lambda s: s.add_note(args.ref, args.author, body))
    return _out(args, ticket, f"note added to {ticket.serial}")


def _attachment(path: str) -> tuple[str, str, bytes]:
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ValidationError(f"Cannot attach {path}: {exc.strerror}.") from None
    if len(data) > MAX_ATTACHMENTS:
        raise ValidationError(f"{path} is larger than {MAX_ATTACHMENTS // 2**20} MiB.")
    content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    return file.name, content_type, data


def ticket_reply(data_dir: Path, args) -> int:
    body = _read_body(args.body_file)
    attachments = [_attachment(p) for p in args.attach]
    if sum(len(a[2]) for a in attachments) > MAX_ATTACHMENTS:
        raise ValidationError(f"The attachments exceed {MAX_ATTACHMENTS // 2**20} MiB together.")

    async def run(service):
        ticket, item_id = await service.reply(args.ref, args.author, body, via=args.via,
                                              cc=args.cc, attachments=attachments)
        if args.wait:
            await _wait_sent(service, item_id)
            ticket = service.ticket(ticket.id)
        return ticket, service.outbox_item(item_id)

    ticket, item = _run(data_dir, run)
    _out(args, ticket, f"reply to {ticket.serial}: {item.state}"
         + (f" ({item.last_error})" if item.last_error else ""))
    if args.wait and item.state == "failed":
        print(f"{PROG}: the reply to {ticket.serial} was not sent: {item.last_error}",
              file=sys.stderr)
        return 1
    if args.wait and item.state != "sent":
        print(f"{PROG}: the reply to {ticket.serial} is queued but cannot be sent yet: "
              f"{item.last_error}", file=sys.stderr)
        return 1
    return 0


async def _wait_sent(service, item_id: int) -> None:
    """Until the row is sent, failed or held (it waits for a person to fix the setup).

    Without a core on the folder this process sends it; else it watches the serving core.
    """
    from .core.errors import CoreLockedError
    try:
        service.lock.acquire()
    except CoreLockedError:
        seen = (0, None)  # (attempts, last error) of a row just queued
        while True:
            item = service.outbox_item(item_id)
            if item.state in ("sent", "failed") or _held(seen, item):
                return
            seen = (item.attempts, item.last_error)
            await asyncio.sleep(0.2)
    try:
        await service.outbox_worker(base_delay=WAIT_RETRY_BASE).drain({item_id})
    finally:
        service.lock.release()


def _held(seen: tuple[int, str | None], item) -> bool:
    """The serving core holds a row by noting a new reason without counting an attempt (no
    relay, no password, no keyring); every real attempt counts one."""
    attempts, error = seen
    return (item.state == "queued" and item.last_error is not None
            and item.attempts == attempts and item.last_error != error)


def team_init(data_dir: Path, args) -> int:
    from .core.service import Service
    key = asyncio.run(Service.init_team_store(data_dir, _store_url))
    return _out(args, {"key": key},
                f"{key}\nThe team store is ready. This is its team key, shown only now: keep it "
                "safe and give it to each machine that joins (team join --key-stdin).")


def team_join(data_dir: Path, args) -> int:
    key = _stdin_secret("team key")
    _run(data_dir, lambda s: s.join_team_store(key))
    return _out(args, {"joined": True},
                "This machine has joined the team store: it can send and sync mail.")


def store_migrate(data_dir: Path, args) -> int:
    from .core.service import Service
    counts = asyncio.run(Service.migrate_to_team_store(data_dir, args.to))
    return _out(args, counts, "Copied into the team store: " + ", ".join(
        f"{count} {name.replace('_', ' ')}" for name, count in counts.items()) + ".")

def canned_add(data_dir: Path, args) -> int:
    body = args.body if args.body is not None else _read_body(args.body_file)
    canned = _run(data_dir, lambda s: s.add_canned(args.title, body))
    return _out(args, canned, f"canned reply {canned.id} {canned.title}")


def canned_list(data_dir: Path, args) -> int:
    replies = _read(data_dir, lambda s: s.canned_replies())
    return _out(args, [c.to_json() for c in replies],
                "\n".join(f"{c.id}\t{c.title}" for c in replies) or "no canned replies")


def canned_remove(data_dir: Path, args) -> int:
    canned = _run(data_dir, lambda s: s.remove_canned(args.id))
    return _out(args, canned, f"removed canned reply {canned.id} {canned.title}")


COMMANDS: dict[tuple[str, str | None], Callable[[Path, Any], int]] = {
    ("serve", None): serve,
    ("portal", "set"): portal_set, ("portal", "show"): portal_show,
    ("queue", "add"): queue_add, ("queue", "list"): queue_list,
    ("queue", "members"): queue_members, ("queue", "rename"): queue_rename,
    ("queue", "remove"): queue_remove,
    ("agent", "add"): agent_add, ("agent", "list"): agent_list,
    ("agent", "presence"): agent_presence, ("agent", "update"): agent_update,
    ("mailbox", "add-internal"): mailbox_add_internal, ("mailbox", "add-smtp"): mailbox_add_smtp,
    ("mailbox", "add-gmail"): mailbox_add_gmail, ("mailbox", "update"): mailbox_update,
    ("mailbox", "remove"): mailbox_remove, ("mailbox", "list"): mailbox_list,
    ("ticket", "list"): ticket_list, ("ticket", "show"): ticket_show,
    ("ticket", "set"): ticket_set, ("ticket", "note"): ticket_note,
    ("ticket", "reply"): ticket_reply,
    ("team", "init"): team_init, ("team", "join"): team_join,
    ("store", "migrate"): store_migrate,
    ("canned", "add"): canned_add, ("canned", "list"): canned_list,
    ("canned", "remove"): canned_remove,
}
