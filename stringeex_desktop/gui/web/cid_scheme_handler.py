"""Serves message documents and their inline `cid:` images from memory and the store, so
HTML never goes through setHtml's data: URL (2 MB at most) or data: URIs."""

from __future__ import annotations

import logging
import secrets
from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QUrl
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlSchemeHandler

from .html_sanitizer import parse_cid_url

log = logging.getLogger(__name__)

DOCUMENT_PREFIX = "cid:document/"


class CidSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers `cid:<message row id>/<content id>` with that message's inline part, and
    `cid:document/<token>` with a document a page handed over (`add_document`), once.

    Only images are served as parts: a part that claims another type is refused rather than
    rendered. Tokens are random, and the sanitiser rewrites every `cid:` a mail names to the
    part form, so a message can never reach a document.
    """

    def __init__(self, read_inline_part: Callable[[int, str], tuple[str, bytes] | None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._read = read_inline_part
        self._documents: dict[str, bytes] = {}

    def add_document(self, html: str, owner: QObject) -> QUrl:
        """The URL that serves `html` to the first request for it; dropped unserved when
        `owner` (the page) goes first."""
        token = secrets.token_urlsafe(16)
        self._documents[token] = html.encode("utf-8")
        owner.destroyed.connect(lambda *_: self._documents.pop(token, None))
        return QUrl(DOCUMENT_PREFIX + token)

    def forget_document(self, url: QUrl) -> None:
        """Drop a document that was never requested (its page went elsewhere first)."""
        self._documents.pop(url.toString().removeprefix(DOCUMENT_PREFIX), None)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl().toString(QUrl.ComponentFormattingOption.FullyEncoded)
        if url.startswith(DOCUMENT_PREFIX):
            document = self._documents.pop(url.removeprefix(DOCUMENT_PREFIX), None)
            if document is None:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            else:
                self._reply(job, b"text/html", document)
            return
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
        self._reply(job, content_type.encode("ascii", "replace"), data)

    @staticmethod
    def _reply(job: QWebEngineUrlRequestJob, content_type: bytes, data: bytes) -> None:
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(content_type, buffer)
