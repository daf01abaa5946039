"""One error root so the CLI and the GUI can show any failure as one actionable line."""


class StringeexError(Exception):
    """Base of every error the app reports to a person."""


class ValidationError(StringeexError):
    """Input that cannot be accepted as given; nothing was written.

    `field` names the input it is about (e.g. "local_part", "queue", "password"), so a dialog
    can put the message under that field without reading the (translatable) text.
    """

    def __init__(self, message: str, *, field: str | None = None):
        self.field = field
        super().__init__(message)


class NotFoundError(StringeexError):
    """A named object does not exist."""


class ConflictError(ValidationError):
    """The change collides with existing data (duplicate address, name, ...)."""


class PermissionDeniedError(StringeexError):
    """The acting agent's role does not allow this."""


class StoreError(StringeexError):
    """The store could not be read or written (busy, damaged, read-only, disk full).

    Nothing was half-written: the transaction was rolled back.
    """


class CoreLockedError(StringeexError):
    """Another process already runs the core for this data folder."""


class SecretStoreError(StringeexError):
    """No secure keyring backend, or the backend refused the operation."""


class ConnectionTestError(StringeexError):
    """A mail server connection failed; the message names the failing step."""

    def __init__(self, step: str, detail: str = ""):
        self.step = step
        self.detail = detail
        super().__init__(step if not detail else f"{step}: {detail}")


class NoAuthOfferedError(ConnectionTestError):
    """Sign-in was asked for, but the server offers no AUTH: maybe it needs none."""


class NeedsReauthError(StringeexError):
    """Google revoked or expired the grant: only consent again (a person) can fix it."""


class ConsentError(StringeexError):
    """Google consent did not finish: refused, timed out, or an answer that is not ours."""


class DeliveryError(StringeexError):
    """Sending failed. `permanent` tells the outbox not to retry."""

    def __init__(self, message: str, *, permanent: bool, server_reply: str = ""):
        self.permanent = permanent
        self.server_reply = server_reply
        super().__init__(message)

