"""The team key's text form and AES-GCM seals that name what they hold."""

from __future__ import annotations

import pytest

from stringeex_desktop.core.auth.team_key import (decode_key, encode_key, new_key, seal,
                                                  unseal)
from stringeex_desktop.core.errors import SecretStoreError, ValidationError


def test_the_key_survives_being_copied_with_spaces_and_line_breaks():
    key = new_key()
    text = encode_key(key)
    assert len(text) == 43 and decode_key(f"  {text[:20]}\n{text[20:]} ") == key
    for bad in ("", "hello", text[:-1], text + "A", text.replace(text[0], "+"), "=" * 43,
                "\u00e9" * 43):
        with pytest.raises(ValidationError, match="not a team key"):
            decode_key(bad)


def test_seals_are_fresh_each_time_and_bound_to_their_name():
    key = new_key()
    one, two = seal(key, "relay-password", "s3cret"), seal(key, "relay-password", "s3cret")
    assert one != two and b"s3cret" not in one
    assert unseal(key, "relay-password", one) == "s3cret"
    with pytest.raises(SecretStoreError, match="does not open"):
        unseal(key, "mailbox-password/7", one)  # moved to another name
    with pytest.raises(SecretStoreError, match="does not open"):
        unseal(new_key(), "relay-password", one)
    tampered = one[:-1] + bytes([one[-1] ^ 1])
    with pytest.raises(SecretStoreError):
        unseal(key, "relay-password", tampered)
    with pytest.raises(SecretStoreError):
        unseal(key, "relay-password", b"short")
