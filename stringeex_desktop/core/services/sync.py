"""Gmail inboxes into tickets: one sync task per active Gmail mailbox under the serving core.

Each task connects (a fresh token per connection), imports what lies above the durable
watermark in UID batches, then waits in IDLE. A batch's messages and the watermark above
them are committed in one transaction (DESIGN.md section 4, invariant 3), so a crash or a
dropped connection resumes where the store says, with no loss and no duplicate. Failures
stay with their mailbox: its health says what went wrong and the task retries with backoff;
a revoked grant waits for consent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
from dataclasses import dataclass
from datetime import timedelta
from typing import Awaitable, Callable

from .. import events
from ..errors import ConnectionTestError, NeedsReauthError, StringeexError, ValidationError
from ..events import Event
from ..mail.imap_sync import FetchedMessage, ImapSession, MailboxStatus
from ..mail.parse import ParsedMessage
from ..models import ImapState, Mailbox, utcnow
from .context import Context
from .delivery import DeliveryService, content_hash, ingest

log = logging.getLogger(__name__)

TokenProvider = Callable[..., Awaitable[str]]
"""`token_provider(mailbox_id, refresh=False)`: an access token; `refresh=True` after the
server refused the last one. Raises NeedsReauthError when only consent can help."""
GMAIL_IMAP_ENV = "STRINGEEX_GMAIL_IMAP"
GMAIL_IMAP_DEFAULT = "imap.gmail.com:993"
FOLDER = "INBOX"
MIN_BATCH = 25


def _release_when_held(trying: asyncio.Future) -> None:
    if not trying.cancelled() and trying.exception() is None and trying.result() is not None:
        trying.result().release()


def gmail_imap_endpoint() -> tuple[str, int]:
    """`STRINGEEX_GMAIL_IMAP` (host:port, implicit TLS), read by every process."""
    value = os.environ.get(GMAIL_IMAP_ENV, "").strip() or GMAIL_IMAP_DEFAULT
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValidationError(f"{GMAIL_IMAP_ENV}={value!r} is not host:port "
                              f"(e.g. {GMAIL_IMAP_DEFAULT}).")
    return host.strip("[]"), int(port)


async def start_import(ctx: Context, mailbox_id: int, since_days: int | None) -> None:
    """The next sync of this Gmail mailbox imports everything, or the last N days."""
    ctx.require("admin", "supervisor")
    if since_days is not None and since_days < 1:
        raise ValidationError("Import at least the last day, or everything.",
                              field="since_days")
    since = utcnow() - timedelta(days=since_days) if since_days else None

    def write(tx):
        if tx.mailboxes.get_mailbox(mailbox_id).kind != "gmail":
            raise ValidationError("Only a Gmail mailbox is synced.", field="since_days")
        tx.sync.start_import(mailbox_id, since)

    await ctx.store.write(write)
    ctx.notify(events.MAILBOXES, (mailbox_id,))


@dataclass
class SyncSettings:
    batch_size: int = 200              # aioimaplib is fastest at 100-250 (DESIGN.md section 8)
    idle_renew: float = 25 * 60        # servers drop IDLE after 30 minutes
    timeout: float = 60.0              # every network wait
    backoff_base: float = 2.0
    backoff_max: float = 300.0
    reauth_retry: float = 15 * 60      # a revoked grant is retried when the mailbox changes,
                                       # or after this long
    hold_retry: float = 2.0            # team store: how often to try for a mailbox another
                                       # node syncs (it takes over within this of its death)


class _Run:
    """What one mailbox's task carries between connections."""

    def __init__(self, mailbox: Mailbox, batch_size: int):
        self.mailbox = mailbox
        self.batch_size = batch_size
        self.failures = 0
        self.token_refused = False  # the server refused the last token: ask for a new one
        self.wake = asyncio.Event()
        self.task: asyncio.Task | None = None


class SyncService:
    def __init__(self, ctx: Context, delivery: DeliveryService,
                 token_provider: TokenProvider, *,
                 endpoint: tuple[str, int] | None = None, settings: SyncSettings | None = None):
        self.ctx = ctx
        self.delivery = delivery
        self.token_provider = token_provider
        self.endpoint = endpoint
        self.settings = settings or SyncSettings()
        self._runs: dict[int, _Run] = {}

    def running(self) -> set[int]:
        return set(self._runs)

    def reconcile(self) -> None:
        """Start a task for each active Gmail mailbox, stop the others, and wake any whose
        mailbox changed (a renewed grant). Cheap: called on every store change."""
        wanted = {m.id: m for m in self.ctx.store.read().mailboxes.list_mailboxes("gmail")
                  if m.active}
        for mailbox_id in [i for i in self._runs if i not in wanted]:
            self._runs.pop(mailbox_id).task.cancel()
        for mailbox_id, mailbox in wanted.items():
            run = self._runs.get(mailbox_id)
            if run is None:
                run = self._runs[mailbox_id] = _Run(mailbox, self.settings.batch_size)
                run.task = asyncio.create_task(self._run(run), name=f"sync-{mailbox_id}")
            elif _identity(run.mailbox) != _identity(mailbox):
                run.mailbox = mailbox
                run.wake.set()

    async def stop(self) -> None:
        runs, self._runs = list(self._runs.values()), {}
        for run in runs:
            run.task.cancel()
        for run in runs:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await run.task

    # -- one mailbox ----------------------------------------------------------------------

    async def _run(self, run: _Run) -> None:
        """Never ends on its own: every failure becomes the mailbox's health and a retry.

        Each session runs while this process holds the mailbox's sync (on a team store one
        node at a time does; the others wait and take over, from the durable watermark,
        when it stops or dies).
        """
        mailbox_id = run.mailbox.id
        while True:
            held = await self._hold(mailbox_id)
            if held is None:
                await self._pause(run, self.settings.hold_retry)
                continue
            try:
                await self._attempt(run)
            finally:
                await asyncio.to_thread(held.release)

    async def _hold(self, mailbox_id: int):
        """The store's hold on this mailbox's sync, or None; never leaked by a cancel."""
        trying = asyncio.ensure_future(asyncio.to_thread(self.ctx.store.hold, "sync",
                                                         mailbox_id))
        try:
            return await asyncio.shield(trying)
        except asyncio.CancelledError:
            trying.add_done_callback(_release_when_held)
            raise

    async def _attempt(self, run: _Run) -> None:
        """One session, and what its failure means: health, then a pause before the next."""
        mailbox_id = run.mailbox.id
        try:
            await self._session(run)
        except NeedsReauthError as exc:
            run.failures = 0
            await self._report(run, "needs_reauth", str(exc))
            await self._pause(run, self.settings.reauth_retry)
        except Exception as exc:
            run.failures += 1
            run.token_refused = (isinstance(exc, ConnectionTestError)
                                 and exc.step == "authentication failed")
            if not isinstance(exc, StringeexError):
                log.exception("sync of mailbox %d failed", mailbox_id)
            await self._report(run, "error", _describe(exc))
            delay = min(self.settings.backoff_max,
                        self.settings.backoff_base * 2 ** (run.failures - 1))
            await self._pause(run, delay * random.uniform(0.5, 1.0))

    async def _report(self, run: _Run, state: str, error: str) -> None:
        """A failure's health; if even that cannot be written, the retry still comes."""
        try:
            await self._set_health(run, state, error)
        except Exception:
            log.exception("health of mailbox %d not written", run.mailbox.id)

    async def _pause(self, run: _Run, seconds: float) -> None:
        run.wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(run.wake.wait(), seconds)

    async def _session(self, run: _Run) -> None:
        host, port = self.endpoint or gmail_imap_endpoint()
        timeout = self.settings.timeout
        try:
            token = await asyncio.wait_for(
                self.token_provider(run.mailbox.id, refresh=run.token_refused), timeout)
        except TimeoutError:
            raise ConnectionTestError("timed out", "no access token from Google") from None
        session = await ImapSession.connect(host, port, run.mailbox.address, token,
                                            timeout=timeout)
        run.token_refused = False
        try:
            status = await session.examine(FOLDER)
            watermark = await self._catch_up(run, session, status)
            run.failures = 0
            while True:
                await session.idle(self.settings.idle_renew)
                watermark = await self._import_new(run, session, status, watermark)
        finally:
            session.abort()

    async def _catch_up(self, run: _Run, session: ImapSession, status: MailboxStatus) -> int:
        """After EXAMINE: the first import, a resync after a UIDVALIDITY change, or the new
        mail above the watermark. Returns the new watermark."""
        state = self.ctx.store.read().sync.get_state(run.mailbox.id) or ImapState()
        if state.uidvalidity == status.uidvalidity and state.uidnext is not None:
            if status.uidnext is not None and status.uidnext <= state.uidnext:
                await self._set_health(run, "ok")
                return state.uidnext
            return await self._import_new(run, session, status, state.uidnext)
        if state.uidvalidity is not None:
            log.warning("mailbox %d: UIDVALIDITY %s -> %s, resyncing", run.mailbox.id,
                        state.uidvalidity, status.uidvalidity)
        uids = await session.search_uids(1, _since(state))
        await self._set_health(run, "syncing")
        self._progress(run, 0, len(uids))
        return await self._import(run, session, status, uids, 1, progress=True)

    async def _import_new(self, run: _Run, session: ImapSession, status: MailboxStatus,
                          watermark: int) -> int:
        state = self.ctx.store.read().sync.get_state(run.mailbox.id) or ImapState()
        uids = await session.search_uids(watermark, _since(state))
        return await self._import(run, session, status, uids, watermark, progress=False)

    async def _import(self, run: _Run, session: ImapSession, status: MailboxStatus,
                      uids: list[int], watermark: int, *, progress: bool) -> int:
        """Fetch and store in batches, each batch with the watermark above it; the next batch
        is fetched and parsed while this one is committed. The search ran after EXAMINE, so
        once it is all stored every UID below UIDNEXT is accounted for."""
        mailbox_id = run.mailbox.id
        chunks = [uids[i:i + run.batch_size] for i in range(0, len(uids), run.batch_size)]
        chunks = chunks or [[]]
        done = 0
        fetching = asyncio.ensure_future(self._fetch(run, session, chunks[0]))
        try:
            for index, chunk in enumerate(chunks):
                messages, parsed = await fetching
                last = index == len(chunks) - 1
                if not last:
                    fetching = asyncio.ensure_future(self._fetch(run, session, chunks[index + 1]))
                watermark = max(watermark, *(uid + 1 for uid in chunk),
                                (status.uidnext or 0) if last else 0)
                results = await self.ctx.store.write(self._batch_writer(
                    mailbox_id, status, messages, parsed, watermark, last=last))
                created = [r.ticket_id for r in results if not r.duplicate]
                if created:
                    self.ctx.notify(events.TICKETS, created)
                done += len(chunk)
                if progress:
                    self._progress(run, done, len(uids))
        finally:
            if not fetching.done():
                fetching.cancel()
            elif not fetching.cancelled():
                fetching.exception()  # a failed prefetch after a failed commit: already told
        health = run.mailbox.health
        was = health.state
        health.state, health.last_ok, health.last_error = "ok", utcnow(), None
        if was != "ok":
            self.ctx.notify(events.MAILBOXES, (mailbox_id,))
        return watermark

    async def _fetch(self, run: _Run, session: ImapSession, uids: list[int]
                     ) -> tuple[list[FetchedMessage], list[ParsedMessage]]:
        try:
            messages = await session.fetch(uids)
        except ConnectionTestError as exc:
            if exc.step == "connection lost":  # maybe aioimaplib's recursion on big batches
                run.batch_size = max(MIN_BATCH, run.batch_size // 2)
            raise
        return messages, await asyncio.gather(*(self.delivery.parse(m.raw) for m in messages))

    def _batch_writer(self, mailbox_id: int, status: MailboxStatus,
                      messages: list[FetchedMessage], parsed: list[ParsedMessage],
                      watermark: int, *, last: bool):
        def write(tx):
            now = utcnow()
            results = []
            for message, parsed_message in zip(messages, parsed, strict=True):
                if (parsed_message.message_id is None
                        and tx.sync.has_content(mailbox_id, content_hash(message.raw))):
                    continue  # no Message-ID to know it by after a UIDVALIDITY change
                results.append(ingest(
                    tx, raw=message.raw, parsed=parsed_message, mailbox_ids=[mailbox_id],
                    source_id=f"{status.uidvalidity}:{message.uid}", envelope_from=None,
                    now=now))
            tx.sync.save_watermark(mailbox_id, uidvalidity=status.uidvalidity,
                                   uidnext=watermark, highestmodseq=status.highestmodseq)
            if last:
                tx.mailboxes.set_health(mailbox_id, "ok", ok_at=now)
            return results
        return write

    async def _set_health(self, run: _Run, state: str, error: str | None = None) -> None:
        """Written when it changes (or on success, for `last_ok`), announced to the GUI."""
        health = run.mailbox.health
        if state != "ok" and health.state == state and health.last_error == error:
            return
        now = utcnow()
        await self.ctx.store.write(lambda tx: tx.mailboxes.set_health(
            run.mailbox.id, state, ok_at=now if state == "ok" else None, error=error))
        health.state, health.last_error = state, error
        if state == "ok":
            health.last_ok = now
        self.ctx.notify(events.MAILBOXES, (run.mailbox.id,))

    def _progress(self, run: _Run, done: int, total: int) -> None:
        self.ctx.bus.emit(Event(events.SYNC, (run.mailbox.id,), f"{done} of {total}",
                                {"done": done, "total": total}))


def _identity(mailbox: Mailbox) -> tuple:
    """What makes a paused task retry at once: a renewed grant resets the health state."""
    return mailbox.address, mailbox.health.state


def _since(state: ImapState):
    return state.since.date() if state.since else None


def _describe(exc: Exception) -> str:
    if isinstance(exc, StringeexError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"[:300]
