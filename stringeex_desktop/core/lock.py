"""One core per data folder: an OS file lock, released by the kernel even on kill -9."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import CoreLockedError

LOCK_NAME = "core.lock"


class DataLock:
    def __init__(self, data_dir: Path):
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            holder = self.holder()
            raise CoreLockedError(
                f"Another StringeeX core{f' (pid {holder})' if holder else ''} is running on "
                f"{self.path.parent}; stop it first or use another --data-dir.") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def holder(self) -> int | None:
        try:
            text = self.path.read_text().strip()
        except OSError:
            return None
        return int(text) if text.isdigit() else None

    def is_held_elsewhere(self) -> bool:
        """True when another process holds the lock (used by clients to pick their role)."""
        if self._fd is not None:
            return False
        try:
            self.acquire()
        except CoreLockedError:
            return True
        self.release()
        return False

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


if os.name == "nt":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
