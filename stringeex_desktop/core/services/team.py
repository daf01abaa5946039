"""A team store: which store a run opens, the team key, and the secrets sealed with it.

With a team store the data folder keeps only this machine's own things (its lock, its
settings, and in the OS keyring the team key and the store's password); tickets and
everything else live in PostgreSQL. The secrets every node needs (relay and SMTP passwords,
OAuth tokens, the Google client) are sealed with the team key and kept in the store, so any
node that joined can send and sync; a machine without the key still works tickets.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from ..auth.secrets import SecretStore
from ..auth.team_key import CHECK_NAME, decode_key, encode_key, new_key, seal, unseal
from ..errors import ConflictError, SecretStoreError, StoreError
from ..auth.google import CLIENT_KEY, token_key
from ..store import (Store, copy_to_team, open_team_store, probe_team_store,
                     team_store_display)
from .mailboxes import mailbox_password_key
from .portal import RELAY_PASSWORD

KEY_PREFIX = "team-key/"
PASSWORD_PREFIX = "team-store-password/"


def store_password_key(url: str) -> str:
    """The keyring entry of a team store's password: one per user, host, port and database."""
    return PASSWORD_PREFIX + team_store_display(url).split("?")[0]


def open_store(data_dir: Path, url: str | None, machine: SecretStore, *, create: bool = False):
    """The data folder's SQLite store, or the team store at `url` (its password from the URL,
    PGPASSWORD, or this machine's keyring, in that order)."""
    if not url:
        return Store(data_dir)
    try:
        saved = machine.get(store_password_key(url))
    except SecretStoreError:
        saved = None
    return open_team_store(url, password=saved, create=create)


class TeamSecrets:
    """The secrets interface of `SecretStore` (status, get, set, delete) over the team store."""

    def __init__(self, store, machine: SecretStore, url: str):
        self.store = store
        self.machine = machine
        self.display = team_store_display(url)

    def _team(self) -> tuple[str, bytes]:
        team = self.store.read().team.get_team()
        if team is None:
            raise SecretStoreError(f"The team store at {self.display} has no team key yet: "
                                   "finish it with `team init`.")
        return team

    def key(self) -> bytes:
        team_id, check = self._team()
        text = self.machine.get(KEY_PREFIX + team_id)
        if not text:
            raise SecretStoreError(
                f"This machine has not joined the team store at {self.display}, so it cannot "
                "send or sync mail: join with `stringeex-desktop --store URL team join "
                "--key-stdin` and the team key.")
        key = decode_key(text)
        unseal(key, CHECK_NAME, check)
        return key

    def status(self) -> tuple[bool, str]:
        try:
            self.key()
        except SecretStoreError as exc:
            return False, str(exc)
        return True, (f"Secrets are kept in the team store at {self.display}, sealed with the "
                      "team key that this machine's keyring holds.")

    def get(self, name: str) -> str | None:
        sealed = self.store.read().team.get_secret(name)
        return None if sealed is None else unseal(self.key(), name, sealed)

    def set(self, name: str, value: str) -> None:
        sealed = seal(self.key(), name, value)
        self.store.write_soon(lambda tx: tx.team.put_secret(name, sealed)).result()

    def delete(self, name: str) -> None:
        self.store.write_soon(lambda tx: tx.team.delete_secret(name)).result()


async def init_team(data_dir: Path, url: str, machine: SecretStore) -> str:
    """Make a team store in the empty database at `url`; the new team key, as people type it.

    The keyring is checked first: a key that could not be kept here would be lost.
    """
    usable, why = machine.status()
    if not usable:
        raise SecretStoreError(why)
    store = open_store(data_dir, url, machine, create=True)
    try:
        if store.read().team.get_team() is not None:
            raise ConflictError(f"The database at {team_store_display(url)} already holds a "
                                "team store: join it with `team join --key-stdin`.")
        key, team_id = new_key(), uuid.uuid4().hex
        check = seal(key, CHECK_NAME, team_id)
        if not await store.write(lambda tx: tx.team.create_team(team_id, check)):
            raise ConflictError(f"Another `team init` made the team store at "
                                f"{team_store_display(url)} just now: join it instead.")
        machine.set(KEY_PREFIX + team_id, encode_key(key))
        return encode_key(key)
    finally:
        store.close()


def join_team(store, machine: SecretStore, url: str, key_text: str) -> None:
    """Keep `key_text` in this machine's keyring once it opens the store's check value."""
    key = decode_key(key_text)
    team = store.read().team.get_team()
    if team is None:
        raise StoreError(f"The team store at {team_store_display(url)} has no team key yet: "
                         "finish it with `team init`.")
    team_id, check = team
    try:
        unseal(key, CHECK_NAME, check)
    except SecretStoreError:
        raise SecretStoreError(f"This is not the key of the team store at "
                               f"{team_store_display(url)}: ask its admin for the key "
                               "`team init` printed.") from None
    machine.set(KEY_PREFIX + team_id, encode_key(key))


def _secret_names(mailbox_ids: list[int]) -> list[str]:
    """Every keyring entry a single seat may hold for its portal and mailboxes."""
    names = [RELAY_PASSWORD, CLIENT_KEY]
    for mailbox_id in mailbox_ids:
        names += [mailbox_password_key(mailbox_id), token_key(mailbox_id)]
    return names


def migrate_to_team(data_dir: Path, url: str, machine: SecretStore) -> dict[str, int]:
    """Copy this data folder's store into the empty team store at `url`, its secrets sealed
    with the team key (which this machine must hold); the rows copied per table.

    The local store and its keyring entries stay as they were.
    """
    local = Store(data_dir)  # brings an older file to the schema the copy expects
    try:
        mailbox_ids = [m.id for m in local.read().mailboxes.list_mailboxes()]
    finally:
        local.close()
    team = open_store(data_dir, url, machine)
    try:
        sealed = TeamSecrets(team, machine, url)
        sealed.key()  # refuse before copying anything when this machine has no key
        counts = copy_to_team(data_dir, team)
        copied = 0
        for name in _secret_names(mailbox_ids):
            value = machine.get(name)
            if value is not None:
                sealed.set(name, value)
                copied += 1
        counts["secrets"] = copied
        return counts
    finally:
        team.close()


def test_team_store(url: str, password: str | None, machine: SecretStore) -> str:
    """The settings page's Test: what was reached and what it holds, or the failing step."""
    if not password:
        try:
            password = machine.get(store_password_key(url))
        except SecretStoreError:
            password = None
    server, holds = probe_team_store(url, password=password)
    return {"team": f"Connected to PostgreSQL {server}; the database holds a team store.",
            "empty": f"Connected to PostgreSQL {server}; the database is empty: create the "
                     "team store in it, or ask for the one your team uses.",
            "other": f"Connected to PostgreSQL {server}, but the database holds other tables "
                     "and no team store: use an empty database of its own."}[holds]


def join_team_at(data_dir: Path, url: str, machine: SecretStore, key_text: str) -> None:
    """`join_team` for a store this process has not opened (the settings page)."""
    store = open_store(data_dir, url, machine)
    try:
        join_team(store, machine, url, key_text)
    finally:
        store.close()
