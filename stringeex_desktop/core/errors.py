"""One error root so the CLI and the GUI can show any failure as one actionable line."""


class StringeexError(Exception):
    """Base of every error the app reports to a person."""


class ValidationError(StringeexError):
    """Input that cannot be accepted as given; nothing was written."""


class NotFoundError(StringeexError):
    """A named object does not exist."""


class ConflictError(StringeexError):
    """The change collides with existing data (duplicate address, name, ...)."""


class PermissionDeniedError(StringeexError):
    """The acting agent's role does not allow this."""


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


class DeliveryError(StringeexError):
    """Sending failed. `permanent` tells the outbox not to retry."""

    def __init__(self, message: str, *, permanent: bool, server_reply: str = ""):
        self.permanent = permanent
        self.server_reply = server_reply
        super().__init__(message)

