"""The team key: 256 random bits that seal the secrets every node of a team store needs.

Each secret is sealed with AES-GCM under a random 96-bit nonce, with associated data naming
what the value is, so a sealed relay password cannot be passed off as a mailbox's. The key
itself never enters the database: only a sealed check value, by which `team join` knows a
typed key is the right one. People see and type the key as unpadded base64url (43 letters).
"""

from __future__ import annotations

import base64
import binascii
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..errors import SecretStoreError, ValidationError

KEY_BYTES = 32
NONCE_BYTES = 12
CHECK_NAME = "team-key-check"


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def encode_key(key: bytes) -> str:
    return base64.urlsafe_b64encode(key).rstrip(b"=").decode()


def decode_key(text: str) -> bytes:
    """The key as typed or pasted (spaces and line breaks ignored), or a ValidationError."""
    compact = "".join(text.split())
    try:
        key = base64.urlsafe_b64decode(compact + "=" * (-len(compact) % 4))
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != KEY_BYTES or encode_key(key) != compact:
        raise ValidationError("That is not a team key: it is 43 letters, digits, - and _, as "
                              "`team init` printed it.", field="key")
    return key


def _associated(name: str) -> bytes:
    return f"stringeex team secret:{name}".encode()


def seal(key: bytes, name: str, value: str) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, value.encode(), _associated(name))


def unseal(key: bytes, name: str, sealed: bytes) -> str:
    try:
        plain = AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:],
                                    _associated(name))
    except (InvalidTag, ValueError):
        raise SecretStoreError(f"The team secret {name!r} does not open with this machine's "
                               "team key: join the team store again with the right key.") from None
    return plain.decode()
