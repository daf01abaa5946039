"""Errors under their fields, shared by the dialogs: a field's error appears once that field
was edited, every error once the person tries to save or test."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QLabel, QWidget

from ...core.errors import ValidationError
from .common import error_text, set_message

FORM = "form"  # errors about no one field (server refused, store busy)


class FieldErrors:
    """`labels`: field -> its error label (FORM included); `focus`: field -> the widget to
    focus for it, in tab order; `validate` returns field -> message."""

    def __init__(self, labels: dict[str, QLabel], focus: dict[str, Callable[[], QWidget]],
                 validate: Callable[[], dict[str, str]]):
        self.labels = labels
        self._focus = focus
        self._validate = validate
        self._touched: set[str] = set()
        self._show_all = False

    @property
    def active(self) -> bool:
        """Whether anything is on show yet (edited, or a save was tried)."""
        return self._show_all or bool(self._touched)

    def edited(self, field: str) -> None:
        self._touched.add(field)
        set_message(self.labels[FORM])
        self.show(self._validate())

    def show(self, errors: dict[str, str]) -> None:
        for field, label in self.labels.items():
            shown = self._show_all or field in self._touched or field == FORM
            set_message(label, errors.get(field, "") if shown else "", role="error")

    def check(self) -> bool:
        """Show every error and focus the first; True when there is none."""
        self._show_all = True
        errors = self._validate()
        self.show(errors)
        self._focus_first(errors)
        return not errors

    def show_core_error(self, exc: Exception) -> None:
        """A refusal from the core, under the field it names (`ValidationError.field`); one
        this form has no place for, or any other error, goes to the FORM line."""
        field = exc.field if isinstance(exc, ValidationError) else None
        if field not in self.labels:
            field = FORM
        self._show_all = True
        self.show({field: error_text(exc)})
        self._focus_first({field: ""})

    def _focus_first(self, errors: dict[str, str]) -> None:
        for field, widget in self._focus.items():
            if field in errors:
                widget().setFocus()
                return
