"""Where this computer's mail listener binds: `gui --smtp/--lmtp` for one run, else the
machine-local setting (QSettings), else 127.0.0.1:2525 as `serve` does."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

DEFAULT_SMTP = ("127.0.0.1", 2525)
DEFAULT_LMTP = ("127.0.0.1", 2424)


@dataclass(frozen=True)
class ListenerSettings:
    smtp: tuple[str, int] = DEFAULT_SMTP
    lmtp: tuple[str, int] = DEFAULT_LMTP
    lmtp_on: bool = False
    from_options: bool = False
    """True when the command line chose them: the stored setting waits for a run without."""

    @property
    def listen_lmtp(self) -> tuple[str, int] | None:
        return self.lmtp if self.lmtp_on else None

    @classmethod
    def from_command_line(cls, smtp: tuple[str, int] | None,
                          lmtp: tuple[str, int] | None) -> ListenerSettings:
        return cls(smtp or DEFAULT_SMTP, lmtp or DEFAULT_LMTP, lmtp is not None, True)

    @classmethod
    def load(cls) -> ListenerSettings:
        settings = QSettings()
        return cls((_text(settings, "listener/smtp_host", DEFAULT_SMTP[0]),
                    _port(settings, "listener/smtp_port", DEFAULT_SMTP[1])),
                   (_text(settings, "listener/lmtp_host", DEFAULT_LMTP[0]),
                    _port(settings, "listener/lmtp_port", DEFAULT_LMTP[1])),
                   str(settings.value("listener/lmtp", "false")).lower() in ("true", "1"))

    def save(self) -> None:
        settings = QSettings()
        for key, value in (("smtp_host", self.smtp[0]), ("smtp_port", self.smtp[1]),
                           ("lmtp", self.lmtp_on), ("lmtp_host", self.lmtp[0]),
                           ("lmtp_port", self.lmtp[1])):
            settings.setValue(f"listener/{key}", value)
        settings.sync()


def _text(settings: QSettings, key: str, default: str) -> str:
    return str(settings.value(key, default) or "").strip() or default


def _port(settings: QSettings, key: str, default: int) -> int:
    try:
        port = int(settings.value(key, default))
    except (TypeError, ValueError):
        return default
    return port if 0 <= port <= 65535 else default
