"""Which team store this computer's app opens at start: QSettings, machine-local (the
password is in the keyring, never here). `--store`/`$STRINGEEX_STORE` win over it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from ...core.service import Service

TLS_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")


@dataclass(frozen=True)
class TeamStoreSettings:
    host: str = ""
    port: int = 5432
    database: str = ""
    user: str = ""
    tls: str = "prefer"
    enabled: bool = False

    @property
    def complete(self) -> bool:
        return bool(self.host and self.database and self.user)

    def url(self) -> str:
        return Service.team_store_url(self.host, self.port, self.database, self.user, self.tls)

    @classmethod
    def load(cls) -> TeamStoreSettings:
        settings = QSettings()
        try:
            port = int(settings.value("team_store/port", 5432))
        except (TypeError, ValueError):
            port = 5432
        tls = str(settings.value("team_store/tls", "prefer"))
        return cls(str(settings.value("team_store/host", "") or ""),
                   port if 0 < port < 65536 else 5432,
                   str(settings.value("team_store/database", "") or ""),
                   str(settings.value("team_store/user", "") or ""),
                   tls if tls in TLS_MODES else "prefer",
                   str(settings.value("team_store/enabled", "false")).lower() in ("true", "1"))

    def save(self) -> None:
        settings = QSettings()
        for key, value in (("host", self.host), ("port", self.port),
                           ("database", self.database), ("user", self.user), ("tls", self.tls),
                           ("enabled", self.enabled)):
            settings.setValue(f"team_store/{key}", value)
        settings.sync()
