"""Serves inline `cid:` images from the store, so HTML never needs data: URIs (2 MB limit)."""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QUrl
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlSchemeHandler

from .html_sanitizer import parse_cid_url

log = logging.getLogger(__name__)


class CidSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers `cid:<message row id>/<content id>` with that message's inline part.

    Only images are served: a part that claims another type is refused rather than rendered.
    """

    def __init__(self, read_inline_part: Callable[[int, str], tuple[str, bytes] | None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._read = read_inline_part

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl().toString(QUrl.ComponentFormattingOption.FullyEncoded)
        target = parse_cid_url(url)
        if target is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
            return
        try:
            found = self._read(*target)
        except Exception:
            log.exception("reading inline part %s failed", target)
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        if found is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        content_type, data = found
        content_type = (content_type or "").split(";")[0].strip().lower()
        if not content_type.startswith("image/"):
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(content_type.encode("ascii", "replace"), buffer)
