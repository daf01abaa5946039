"""StringeeX Desktop: the email channel of a contact center, as a native app."""

__version__ = "0.1.0"
