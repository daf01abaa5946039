"""The columns of a new (or brought back) mailbox row, the same on both backends."""

from __future__ import annotations

from ..models import AutoReply, SmtpSettings


def new_mailbox_columns(*, kind: str, address: str, name: str, queue_id: int | None,
                        online_first: bool, auto_reply: AutoReply | None,
                        smtp: SmtpSettings | None) -> dict:
    auto_reply = auto_reply or AutoReply()
    return dict(kind=kind, address=address, name=name, queue_id=queue_id, active=1,
                online_first=int(online_first), auto_reply_enabled=int(auto_reply.enabled),
                auto_reply_subject=auto_reply.subject, auto_reply_body=auto_reply.body,
                smtp_host=smtp.host if smtp else None, smtp_port=smtp.port if smtp else None,
                smtp_security=smtp.security if smtp else None,
                smtp_username=smtp.username if smtp else None,
                smtp_verify=int(smtp.verify) if smtp else 1,
                health_state="ok", last_ok=None, last_error=None, removed=0)
