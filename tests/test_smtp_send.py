"""Sending against real aiosmtpd servers: TLS modes, AUTH, refusals and their retry class."""

import asyncio
import socket

import pytest

from stringeex_desktop.core.errors import ConnectionTestError, DeliveryError, ValidationError
from stringeex_desktop.core.mail import smtp_send
from stringeex_desktop.core.models import SmtpSettings
from tests.peers.smtp_servers import DROP, RecordingSmtpServer, TlsMaterial

MESSAGE = (b"From: Agent <agent@example.com>\r\nTo: customer@example.org\r\n"
           b"Subject: =?utf-8?q?Xin_ch=C3=A0o?=\r\nContent-Type: text/plain; charset=utf-8\r\n"
           b"Content-Transfer-Encoding: 8bit\r\n\r\n"
           b".a line that starts with a dot\r\nCh\xc3\xa0o b\xe1\xba\xa1n\r\n")


@pytest.fixture(scope="module")
def tls():
    return TlsMaterial()


@pytest.fixture(scope="module")
def stranger():
    """Certificates from a CA nobody here trusts."""
    return TlsMaterial()


def send(settings, tls_context=None, *, password=None, recipients=("customer@example.org",),
         data=MESSAGE, **kwargs):
    return asyncio.run(smtp_send.send_message(
        settings, password=password, envelope_from="agent@example.com",
        recipients=list(recipients), data=data, tls_context=tls_context, **kwargs))


def check(settings, tls_context=None, **kwargs):
    return asyncio.run(smtp_send.test_connection(settings, tls_context=tls_context, **kwargs))


def connection_error(call) -> ConnectionTestError:
    with pytest.raises(ConnectionTestError) as caught:
        call()
    return caught.value


def delivery_error(call) -> DeliveryError:
    with pytest.raises(DeliveryError) as caught:
        call()
    return caught.value


def test_implicit_tls_delivers_the_bytes_unchanged(tls):
    with RecordingSmtpServer(tls=tls, tls_mode="implicit") as server:
        result = send(SmtpSettings(server.host, server.port, "ssl"), tls.client_context())
    assert result.server_reply.startswith("250 2.0.0 OK")
    [received] = server.messages
    assert received.tls
    assert received.content == MESSAGE
    assert received.mail_from == "agent@example.com"
    assert received.rcpt_tos == ["customer@example.org"]


def test_starttls_with_password_auth(tls):
    with RecordingSmtpServer(tls=tls, auth=("agent", "s3cret")) as server:
        settings = SmtpSettings(server.host, server.port, "starttls", "agent")
        send(settings, tls.client_context(), password="s3cret")
    [received] = server.messages
    assert received.tls and received.auth_user == "agent"


def test_implicit_tls_with_password_auth(tls):
    with RecordingSmtpServer(tls=tls, tls_mode="implicit", auth=("agent", "s3cret")) as server:
        send(SmtpSettings(server.host, server.port, "ssl", "agent"), tls.client_context(),
             password="s3cret")
    assert server.messages[0].auth_user == "agent"


def test_auto_requires_starttls_away_from_465(tls):
    with RecordingSmtpServer(tls=tls) as server:
        send(SmtpSettings(server.host, server.port, "auto"), tls.client_context())
    assert server.messages[0].tls


def test_effective_security():
    assert smtp_send.effective_security(SmtpSettings("h", 465, "auto")) == "ssl"
    assert smtp_send.effective_security(SmtpSettings("h", 587, "auto")) == "starttls"
    assert smtp_send.effective_security(SmtpSettings("h", 25, "auto")) == "starttls"
    assert smtp_send.effective_security(SmtpSettings("h", 465, "none")) == "none"
    with pytest.raises(ValidationError, match="security"):
        smtp_send.effective_security(SmtpSettings("h", 25, "tls"))
    with pytest.raises(ValidationError, match="host"):
        smtp_send.effective_security(SmtpSettings("", 25, "none"))
    with pytest.raises(ValidationError, match="port"):
        smtp_send.effective_security(SmtpSettings("h", 0, "none"))


def test_wrong_password_is_a_permanent_authentication_failure(tls):
    with RecordingSmtpServer(tls=tls, auth=("agent", "s3cret")) as server:
        settings = SmtpSettings(server.host, server.port, "starttls", "agent")
        error = connection_error(lambda: send(settings, tls.client_context(), password="wrong"))
    assert error.step == "authentication failed"
    assert "535" in error.detail
    assert smtp_send.is_permanent_step(error.step)
    assert server.auth_attempts and server.messages == []


def test_username_without_password_fails_before_auth(tls):
    with RecordingSmtpServer(tls=tls, auth=("agent", "s3cret")) as server:
        settings = SmtpSettings(server.host, server.port, "starttls", "agent")
        error = connection_error(lambda: check(settings, tls.client_context(), password=None))
    assert error.step == "authentication failed"
    assert "no password" in error.detail
    assert server.auth_attempts == []


def test_server_without_auth_names_what_it_offers_and_gets_nothing():
    with RecordingSmtpServer() as server:
        settings = SmtpSettings(server.host, server.port, "none", "agent")
        error = connection_error(lambda: send(settings, password="s3cret"))
    assert error.step == "server offers no AUTH over this connection"
    assert "SIZE" in error.detail and "8BITMIME" in error.detail
    assert error.detail.endswith("if it needs no sign-in, turn sign-in off")
    assert "STARTTLS" not in error.detail
    assert smtp_send.is_permanent_step(error.step)
    assert server.messages == []


def test_auth_offered_only_after_starttls_suggests_it(tls):
    with RecordingSmtpServer(tls=tls, auth=("agent", "s3cret")) as server:
        settings = SmtpSettings(server.host, server.port, "none", "agent")
        error = connection_error(lambda: check(settings, password="s3cret"))
    assert error.step == "server offers no AUTH over this connection"
    assert "offers SIZE" in error.detail and "STARTTLS" in error.detail
    assert "choose the security STARTTLS" in error.detail
    assert server.auth_attempts == []


@pytest.mark.parametrize("security,tls_mode", [("none", None), ("starttls", "starttls"),
                                               ("ssl", "implicit")])
def test_without_sign_in_nothing_authenticates(tls, security, tls_mode):
    """No username: the session never sends AUTH, whatever the server offers."""
    material = tls if tls_mode else None
    with RecordingSmtpServer(tls=material, tls_mode=tls_mode or "starttls") as server:
        settings = SmtpSettings(server.host, server.port, security, "")
        context = tls.client_context() if tls_mode else None
        assert "signed in" not in check(settings, context, password=None)
        send(settings, context)
    [received] = server.messages
    assert received.auth_user is None and server.auth_attempts == []


@pytest.mark.parametrize("security", ["starttls", "auto"])
def test_server_without_starttls_is_refused_and_gets_nothing(security):
    with RecordingSmtpServer(auth=("agent", "s3cret")) as server:
        settings = SmtpSettings(server.host, server.port, security, "agent")
        error = connection_error(lambda: send(settings, password="s3cret"))
    assert error.step == "server does not offer STARTTLS"
    assert not smtp_send.is_permanent_step(error.step)
    assert server.auth_attempts == [] and server.messages == []


def test_plain_text_only_when_chosen():
    with RecordingSmtpServer(auth=("agent", "s3cret")) as server:
        send(SmtpSettings(server.host, server.port, "none", "agent"), password="s3cret")
    [received] = server.messages
    assert not received.tls and received.auth_user == "agent"


@pytest.mark.parametrize("mode,security", [("implicit", "ssl"), ("starttls", "starttls")])
def test_untrusted_certificate_is_refused_naming_the_host(stranger, tls, mode, security):
    with RecordingSmtpServer(tls=stranger, tls_mode=mode, auth=("agent", "s3cret")) as server:
        settings = SmtpSettings(server.host, server.port, security, "agent")
        error = connection_error(lambda: send(settings, tls.client_context(), password="s3cret"))
    assert error.step == "certificate not trusted for host 127.0.0.1"
    assert str(error).startswith("certificate not trusted for host 127.0.0.1: ")
    assert smtp_send.is_permanent_step(error.step)
    assert server.auth_attempts == [] and server.messages == []


def test_certificate_for_another_name_is_refused():
    other_name = TlsMaterial("mail.example.net")
    with RecordingSmtpServer(tls=other_name, tls_mode="implicit") as server:
        error = connection_error(lambda: check(
            SmtpSettings(server.host, server.port, "ssl"), other_name.client_context(),
            password=None))
    assert error.step == "certificate not trusted for host 127.0.0.1"
    assert server.messages == []


def test_default_trust_honours_ssl_cert_file(tls, stranger, tmp_path, monkeypatch):
    with RecordingSmtpServer(tls=tls, tls_mode="implicit") as server:
        settings = SmtpSettings(server.host, server.port, "ssl")
        monkeypatch.setenv("SSL_CERT_FILE", str(stranger.write_ca_file(tmp_path / "other.pem")))
        error = connection_error(lambda: send(settings))
        assert error.step.startswith("certificate not trusted")
        monkeypatch.setenv("SSL_CERT_FILE", str(tls.write_ca_file(tmp_path / "ca.pem")))
        send(settings)
    assert len(server.messages) == 1


def test_verification_is_off_only_when_asked(stranger, tmp_path, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    with RecordingSmtpServer(tls=stranger) as server:
        error = connection_error(lambda: send(SmtpSettings(server.host, server.port, "starttls")))
        send(SmtpSettings(server.host, server.port, "starttls", verify=False))
    assert error.step == "certificate not trusted for host 127.0.0.1"
    [received] = server.messages
    assert received.tls


def test_tls_to_a_plain_server_fails_the_handshake():
    with RecordingSmtpServer() as server:
        error = connection_error(lambda: check(SmtpSettings(server.host, server.port, "ssl"),
                                               password=None))
    assert error.step == "TLS handshake failed"
    assert "security setting" in error.detail


def test_xoauth2(tls):
    with RecordingSmtpServer(tls=tls, xoauth2=("me@gmail.com", "ya29.token")) as server:
        settings = SmtpSettings(server.host, server.port, "starttls", "me@gmail.com")
        send(settings, tls.client_context(), oauth_token="ya29.token")
        error = connection_error(lambda: send(settings, tls.client_context(),
                                              oauth_token="expired"))
    assert [m.auth_user for m in server.messages] == ["me@gmail.com"]
    assert error.step == "authentication failed" and "535" in error.detail
    assert server.auth_attempts == ["XOAUTH2", "XOAUTH2"]


def test_temporary_refusal_is_transient_then_accepted():
    with RecordingSmtpServer(data_script=["451 4.3.0 Try again later"]) as server:
        settings = SmtpSettings(server.host, server.port, "none")
        error = delivery_error(lambda: send(settings))
        assert not error.permanent
        assert error.server_reply == "451 4.3.0 Try again later"
        assert server.messages == []
        send(settings)
    assert len(server.messages) == 1


def test_permanent_refusal():
    with RecordingSmtpServer(always_reply="554 5.7.1 Message rejected as spam") as server:
        error = delivery_error(lambda: send(SmtpSettings(server.host, server.port, "none")))
    assert error.permanent
    assert error.server_reply == "554 5.7.1 Message rejected as spam"
    assert "554 5.7.1" in str(error)


def test_connection_dropped_mid_data_is_transient():
    with RecordingSmtpServer(data_script=[DROP]) as server:
        error = delivery_error(lambda: send(SmtpSettings(server.host, server.port, "none")))
    assert not error.permanent
    assert "closed the connection" in str(error)
    assert server.messages == []


def test_some_recipients_refused_still_sends_to_the_others():
    refusal = "550 5.1.1 No such user"
    with RecordingSmtpServer(reject_rcpt={"gone@example.org": refusal}) as server:
        settings = SmtpSettings(server.host, server.port, "none")
        result = send(settings, recipients=["customer@example.org", "gone@example.org"])
        error = delivery_error(lambda: send(settings, recipients=["gone@example.org"]))
    assert result.refused == {"gone@example.org": refusal}
    assert server.messages[0].rcpt_tos == ["customer@example.org"]
    assert error.permanent and error.server_reply == refusal


def test_injected_envelope_address_is_refused_before_sending():
    with RecordingSmtpServer() as server:
        error = delivery_error(lambda: send(SmtpSettings(server.host, server.port, "none"),
                                            recipients=["a@example.org>\r\nRCPT TO:<b@x.org"]))
    assert error.permanent
    assert server.messages == []


def test_closed_port_is_connection_refused():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    error = connection_error(lambda: check(SmtpSettings("127.0.0.1", port, "none"),
                                           password=None))
    assert error.step == "connection refused"
    assert not smtp_send.is_permanent_step(error.step)


def test_silent_server_times_out():
    async def scenario():
        held = []

        async def accept_and_say_nothing(reader, writer):
            held.append(writer)

        server = await asyncio.start_server(accept_and_say_nothing, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        try:
            await smtp_send.test_connection(SmtpSettings("127.0.0.1", port, "none"),
                                            password=None, timeout=0.3)
        finally:
            for writer in held:
                writer.close()
            server.close()
            await server.wait_closed()

    error = connection_error(lambda: asyncio.run(scenario()))
    assert error.step == "timed out"


def test_session_sends_a_burst_on_one_connection(tls):
    async def burst(settings):
        async with smtp_send.SmtpSession(settings, password="s3cret",
                                         tls_context=tls.client_context()) as session:
            return [await session.send("agent@example.com", [f"c{i}@example.org"],
                                       MESSAGE + str(i).encode()) for i in range(3)]

    with RecordingSmtpServer(tls=tls, auth=("agent", "s3cret")) as server:
        results = asyncio.run(burst(SmtpSettings(server.host, server.port, "starttls", "agent")))
    assert [r.server_reply.rsplit(" ", 1)[1] for r in results] == ["1", "2", "3"]
    assert server.connections == 1
    assert server.auth_attempts == ["PLAIN"]
    assert [m.rcpt_tos for m in server.messages] == [[f"c{i}@example.org"] for i in range(3)]
    assert len({m.peer for m in server.messages}) == 1


def test_session_goes_on_after_a_refused_message():
    async def burst(settings):
        async with smtp_send.SmtpSession(settings) as session:
            with pytest.raises(DeliveryError):
                await session.send("agent@example.com", ["a@example.org"], MESSAGE)
            return await session.send("agent@example.com", ["b@example.org"], MESSAGE)

    with RecordingSmtpServer(data_script=["452 4.3.1 Insufficient storage"]) as server:
        result = asyncio.run(burst(SmtpSettings(server.host, server.port, "none")))
    assert result.server_reply.startswith("250")
    assert server.connections == 1
    assert [m.rcpt_tos for m in server.messages] == [["b@example.org"]]


def test_connection_test_describes_success_and_sends_nothing(tls):
    with RecordingSmtpServer(tls=tls, auth=("agent", "s3cret")) as server:
        text = check(SmtpSettings(server.host, server.port, "starttls", "agent"),
                     tls.client_context(), password="s3cret")
    assert "STARTTLS" in text and "agent" in text and server.address in text
    assert server.connections == 1 and server.messages == []
