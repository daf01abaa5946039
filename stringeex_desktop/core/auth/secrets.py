"""Passwords and OAuth tokens live only in the OS keyring, never in SQLite or logs.

keyring picks a backend by itself and, on a machine without a secure one, falls back to a
plaintext file (keyrings.alt) or to nothing at all. DESIGN.md section 5 forbids using such a
fallback silently: only a backend the user chose explicitly (PYTHON_KEYRING_BACKEND or
keyring's own config file) is honoured even when it is not secure.

Backends may block (a Secret Service unlock prompt, a D-Bus round trip): callers on the
event loop run these methods in `asyncio.to_thread`.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import keyring.backend
import keyring.core
import keyring.errors
from keyring.backends import chainer, fail, null
from keyring.util import platform_

from ..errors import SecretStoreError, ValidationError

log = logging.getLogger(__name__)

ENV_BACKEND = "PYTHON_KEYRING_BACKEND"
_STORES_NOTHING = (fail.Keyring, null.Keyring)


def namespace_for(data_dir: str | os.PathLike[str]) -> str:
    """One namespace per data folder, so two folders on one machine never share secrets."""
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:12]
    return f"stringeex-desktop/{digest}"


def _config_file() -> Path:
    return platform_.config_root() / "keyringrc.cfg"


def _how_to_choose() -> str:
    return (
        "Unlock or install the system keyring (Secret Service such as GNOME Keyring or "
        "KWallet on Linux, Keychain on macOS, Credential Manager on Windows), or choose a "
        f"backend explicitly: set {ENV_BACKEND} to its class name (for example "
        "keyrings.cryptfile.cryptfile.CryptFileKeyring), or write it as default-keyring "
        f"under [backend] in {_config_file()}."
    )


def _class_name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_plaintext(backend: keyring.backend.KeyringBackend) -> bool:
    return "plaintext" in type(backend).__name__.lower()


def _stores_nothing(backend: keyring.backend.KeyringBackend) -> bool:
    if isinstance(backend, _STORES_NOTHING):
        return True
    return isinstance(backend, chainer.ChainerBackend) and not backend.backends


def _secure_by_itself(backend: keyring.backend.KeyringBackend) -> bool:
    """What keyring itself calls recommended (priority >= 1), minus anything plaintext."""
    if _stores_nothing(backend) or isinstance(backend, chainer.ChainerBackend):
        return False
    return keyring.core.recommended(backend) and not _is_plaintext(backend)


@dataclass(frozen=True)
class _Choice:
    backend: keyring.backend.KeyringBackend | None
    message: str


def _explicit_choice() -> tuple[keyring.backend.KeyringBackend | None, str]:
    """The backend named by the user, and where it was named; (None, "") when none was."""
    if os.environ.get(ENV_BACKEND):
        where = f"chosen with {ENV_BACKEND}"
        try:
            return keyring.core.load_env(), where
        except Exception as exc:  # import errors, or RuntimeError when not viable here
            raise SecretStoreError(
                f"The keyring backend {os.environ[ENV_BACKEND]!r} {where} cannot be used "
                f"({type(exc).__name__}: {exc}). Fix or unset {ENV_BACKEND}."
            ) from exc
    where = f"chosen in {_config_file()}"
    try:
        return keyring.core.load_config(), where
    except Exception as exc:
        raise SecretStoreError(
            f"The keyring backend {where} cannot be used ({type(exc).__name__}: {exc}). "
            f"Fix default-keyring in that file or remove it."
        ) from exc


def _resolve() -> _Choice:
    try:
        explicit, where = _explicit_choice()
    except SecretStoreError as exc:
        return _Choice(None, str(exc))
    if explicit is not None:
        name = _class_name(explicit)
        if _stores_nothing(explicit):
            return _Choice(None, f"The keyring backend {name} ({where}) keeps no secrets. "
                                 + _how_to_choose())
        warning = "; it stores secrets unencrypted" if _is_plaintext(explicit) else ""
        return _Choice(explicit, f"Secrets are kept in {name} ({where}{warning}).")
    candidates = [b for b in keyring.backend.get_all_keyring() if _secure_by_itself(b)]
    if candidates:
        best = max(candidates, key=keyring.backend.by_priority)
        return _Choice(best, f"Secrets are kept in {_class_name(best)}.")
    insecure = sorted(_class_name(b) for b in keyring.backend.get_all_keyring()
                      if not _stores_nothing(b) and not isinstance(b, chainer.ChainerBackend))
    found = f" (only {', '.join(insecure)}, which is not secure)" if insecure else ""
    return _Choice(None, f"No secure keyring backend is available{found}, so passwords and "
                         f"tokens cannot be saved. " + _how_to_choose())


class SecretStore:
    """Secrets of one data folder: the namespace is the keyring's service name."""

    def __init__(self, namespace: str):
        if not namespace:
            raise ValidationError("A secret store needs a namespace.")
        self.namespace = namespace

    def status(self) -> tuple[bool, str]:
        """Whether secrets can be kept, and a sentence for the user saying where or why not."""
        choice = _resolve()
        return choice.backend is not None, choice.message

    def get(self, key: str) -> str | None:
        backend = self._backend(key)
        try:
            return backend.get_password(self.namespace, key)
        except Exception as exc:
            raise self._refused("read", key, backend, exc) from exc

    def set(self, key: str, value: str) -> None:
        backend = self._backend(key)
        try:
            backend.set_password(self.namespace, key, value)
        except Exception as exc:
            raise self._refused("save", key, backend, exc) from exc
        log.debug("secret %r saved in %s", key, _class_name(backend))

    def delete(self, key: str) -> None:
        """Deleting a secret that is not there is fine: the caller wanted it gone."""
        backend = self._backend(key)
        try:
            backend.delete_password(self.namespace, key)
        except keyring.errors.PasswordDeleteError:
            return
        except Exception as exc:
            raise self._refused("delete", key, backend, exc) from exc
        log.debug("secret %r deleted from %s", key, _class_name(backend))

    def _backend(self, key: str) -> keyring.backend.KeyringBackend:
        if not key:
            raise ValidationError("A secret needs a non-empty key.")
        choice = _resolve()
        if choice.backend is None:
            raise SecretStoreError(choice.message)
        return choice.backend

    @staticmethod
    def _refused(action: str, key: str, backend: keyring.backend.KeyringBackend,
                 exc: Exception) -> SecretStoreError:
        if isinstance(exc, keyring.errors.KeyringLocked):
            return SecretStoreError(
                f"The keyring {_class_name(backend)} is locked; unlock it and try again.")
        return SecretStoreError(
            f"The keyring {_class_name(backend)} could not {action} the secret {key!r} "
            f"({type(exc).__name__}: {exc}).")
