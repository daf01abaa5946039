"""A Gmail mailbox on a team store is synced by one node at a time; when that node is killed
(-9), another takes over from the durable watermark: nothing lost, nothing twice."""

from __future__ import annotations

import asyncio
import subprocess
import sys

from conftest import DOMAIN, cli_env, run, store_of
from test_gmail_sync import SHOP, Tokens, dovecot, mail, until  # noqa: F401 (a fixture)
from stringeex_desktop.core.service import Service
from stringeex_desktop.core.services.sync import SyncSettings

FAST = SyncSettings(timeout=10, backoff_base=0.05, backoff_max=0.2, hold_retry=0.2)

# A node syncing the store's Gmail mailboxes with one token, until killed.
NODE = """
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
        timeout=10, backoff_base=0.05, backoff_max=0.2, hold_retry=0.2))
    sync.reconcile()
    print("started", flush=True)
    await asyncio.Event().wait()
asyncio.run(main())
"""


def test_one_node_syncs_a_mailbox_and_another_takes_over_after_kill_9(tmp_path, team_url,
                                                                      dovecot):
    service = Service(tmp_path / "b", store_url=team_url)

    async def setup():
        await service.set_up(DOMAIN, f"admin@{DOMAIN}", "Ada Admin")
        await service.add_queue("Support")
        mailbox = await store_of(service).write(lambda tx: tx.mailboxes.add_mailbox(
            kind="gmail", address=SHOP, name="Shop",
            queue_id=tx.people.find_queue("Support").id))
        return mailbox.id
    mailbox_id = run(setup())
    for i in range(3):
        dovecot.deliver(SHOP, mail(i))
    owner = subprocess.Popen([sys.executable, "-c", NODE, str(tmp_path / "a"), team_url,
                              dovecot.host, str(dovecot.port), dovecot.issue_token(SHOP)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=cli_env())
    tokens = Tokens(dovecot, {mailbox_id: SHOP})
    try:
        assert owner.stdout.readline() == "started\n", owner.stderr.read()

        async def scenario():
            await until(lambda: service.ticket_count() == 3, "the owner's import")
            held = await asyncio.to_thread(store_of(service).hold, "sync", mailbox_id)
            assert held is None  # the owner has it
            sync = service.gmail_sync(tokens, endpoint=(dovecot.host, dovecot.port),
                                      settings=FAST)
            sync.reconcile()
            try:
                owner.kill()
                owner.wait()
                for i in range(3, 5):
                    dovecot.deliver(SHOP, mail(i))
                await until(lambda: service.ticket_count() == 5, "the take-over")
            finally:
                await sync.stop()

        run(scenario())
        assert tokens.issued  # this node synced after the owner died
        subjects = sorted(t.subject for t in service.tickets(limit=100))
        assert subjects == [f"Order {i}" for i in range(5)]  # none lost, none twice
        assert sum(t.message_count for t in service.tickets(limit=100)) == 5
    finally:
        if owner.poll() is None:
            owner.kill()
            owner.wait()
        service.close()
