"""Secrets go to a keyring backend the user can trust or chose, never to plaintext by default."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stringeex_desktop.core.auth.secrets import SecretStore, namespace_for
from stringeex_desktop.core.errors import SecretStoreError

PLAINTEXT = "keyrings.alt.file.PlaintextKeyring"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def dirs(tmp_path, monkeypatch):
    """Keyring's data and config folders inside the test's own folder; no backend chosen."""
    data, config = tmp_path / "xdg-data", tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    return data, config


@pytest.fixture
def plaintext(dirs, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", PLAINTEXT)
    return dirs[0] / "python_keyring" / "keyring_pass.cfg"


def test_explicit_env_backend_round_trips_in_its_own_folder(plaintext, tmp_path):
    store = SecretStore(namespace_for(tmp_path / "data"))
    assert store.get("relay-password") is None
    store.set("relay-password", "hunter2 ünïcode")
    assert store.get("relay-password") == "hunter2 ünïcode"
    assert plaintext.is_file()
    assert store.namespace.rsplit("/", 1)[1] in plaintext.read_text()  # section names are escaped
    usable, message = store.status()
    assert usable
    assert PLAINTEXT in message and "PYTHON_KEYRING_BACKEND" in message
    assert "unencrypted" in message


def test_explicit_config_file_backend_is_honoured(dirs):
    data, config = dirs
    cfg = config / "python_keyring" / "keyringrc.cfg"
    cfg.parent.mkdir(parents=True)
    cfg.write_text(f"[backend]\ndefault-keyring = {PLAINTEXT}\n")
    store = SecretStore("stringeex-desktop/config-test")
    store.set("token", "abc")
    assert store.get("token") == "abc"
    assert (data / "python_keyring" / "keyring_pass.cfg").is_file()
    usable, message = store.status()
    assert usable and str(cfg) in message


def test_two_namespaces_do_not_collide(plaintext, tmp_path):
    first = SecretStore(namespace_for(tmp_path / "one"))
    second = SecretStore(namespace_for(tmp_path / "two"))
    assert first.namespace != second.namespace
    first.set("mailbox:1:password", "first")
    second.set("mailbox:1:password", "second")
    assert first.get("mailbox:1:password") == "first"
    first.delete("mailbox:1:password")
    assert first.get("mailbox:1:password") is None
    assert second.get("mailbox:1:password") == "second"


def test_namespace_follows_the_folder_not_its_spelling(tmp_path):
    (tmp_path / "data").mkdir()
    assert namespace_for(tmp_path / "data") == namespace_for(tmp_path / "data" / ".." / "data")
    assert namespace_for(tmp_path / "data").startswith("stringeex-desktop/")
    assert len(namespace_for(tmp_path / "data").rsplit("/", 1)[1]) == 12


def test_delete_of_a_missing_key_is_fine(plaintext):
    store = SecretStore("stringeex-desktop/delete-test")
    store.delete("never-set")
    store.set("k", "v")
    store.delete("k")
    store.delete("k")
    assert store.get("k") is None


def test_secret_values_are_never_logged(plaintext, caplog):
    caplog.set_level(logging.DEBUG)
    store = SecretStore("stringeex-desktop/log-test")
    store.set("relay-password", "correct horse battery")
    store.get("relay-password")
    store.delete("relay-password")
    assert "relay-password" in caplog.text
    assert "correct horse" not in caplog.text


def test_explicit_null_backend_keeps_nothing_and_says_so(dirs, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    store = SecretStore("stringeex-desktop/null-test")
    usable, message = store.status()
    assert not usable and "keeps no secrets" in message
    with pytest.raises(SecretStoreError, match="keeps no secrets"):
        store.set("k", "v")


def test_unknown_explicit_backend_names_the_variable(dirs, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "no_such_module.Keyring")
    with pytest.raises(SecretStoreError) as caught:
        SecretStore("stringeex-desktop/bad-test").get("k")
    assert "no_such_module.Keyring" in str(caught.value)
    assert "PYTHON_KEYRING_BACKEND" in str(caught.value)


PROBE = """
import json, keyring
from stringeex_desktop.core.auth.secrets import SecretStore
from stringeex_desktop.core.errors import SecretStoreError
picked = type(keyring.get_keyring())
out = {"keyring_picks": f"{picked.__module__}.{picked.__qualname__}"}
store = SecretStore("stringeex-desktop/probe")
out["status"] = store.status()
for name, call in (("set", lambda: store.set("relay-password", "hunter2")),
                   ("get", lambda: store.get("relay-password"))):
    try:
        call()
        out[name] = "no error"
    except SecretStoreError as exc:
        out[name] = str(exc)
print(json.dumps(out))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="other systems always have a secure keyring")
def test_no_secure_backend_refuses_the_plaintext_fallback(tmp_path):
    """In a fresh process without a session bus, keyring itself would pick plaintext; we don't."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")}
    data = tmp_path / "xdg-data"
    env.update(XDG_DATA_HOME=str(data), XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
               XDG_RUNTIME_DIR=str(tmp_path / "run"), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                          text=True, check=True, timeout=120)
    out = json.loads(done.stdout)
    assert out["keyring_picks"] == PLAINTEXT
    usable, message = out["status"]
    assert not usable
    assert message.startswith("No secure keyring backend is available")
    assert PLAINTEXT in message
    assert "PYTHON_KEYRING_BACKEND" in message and "keyringrc.cfg" in message
    assert out["set"] == message and out["get"] == message
    assert not data.exists()
    assert "hunter2" not in done.stdout + done.stderr
