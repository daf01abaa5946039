"""Remote images: blocked by default, Show once, Always for one sender only, revoked in
Settings; a local web server counts what the viewer fetched."""

from __future__ import annotations

from mailmaker import make_mail

from stringeex_desktop.gui.bridge import EventBridge
from stringeex_desktop.gui.settings.settings_dialog import SettingsDialog
from tests.gui.test_message_view import server  # noqa: F401  (a fixture: counts requests)

CAROL = "carol@example.com"
DAVE = "dave@example.com"


def deliver(portal, internal, run, sender: str, subject: str, image: str) -> int:
    raw = make_mail(sender=f"Customer <{sender}>", to=internal.address, subject=subject,
                    html=f"<p>{subject}</p><img src='{image}' width='1' height='1'>")
    return run(portal.deliver(raw, [internal.id], sender)).ticket_id


def open_ticket(window, qtbot, ticket_id: int):
    with qtbot.waitSignal(window.pane.html_rendered, timeout=10_000):
        assert window.select_ticket(ticket_id)
    return window.pane.blocks[0]


def test_show_once_always_for_one_sender_and_revoke(make_window, portal, internal, run, qtbot,
                                                    server, core):  # noqa: F811
    base, hits = server
    carol = deliver(portal, internal, run, CAROL, "Newsletter from Carol", f"{base}/carol.png")
    dave = deliver(portal, internal, run, DAVE, "Newsletter from Dave", f"{base}/dave.png")
    window, _core, _presence = make_window()

    block = open_ticket(window, qtbot, carol)
    assert block.remote_bar is not None and block.remote_bar.isVisible()
    assert hits == []
    with qtbot.waitSignal(block.view.loadFinished, timeout=10_000):
        block.remote_bar.ui.showOnceButton.click()
    qtbot.waitUntil(lambda: hits == ["/carol.png"])
    assert block.remote_bar is None
    assert not portal.remote_content_allowed(CAROL)  # once is once

    window.select_ticket(dave)
    block = open_ticket(window, qtbot, carol)  # a fresh card: blocked again
    assert block.remote_bar is not None and hits == ["/carol.png"]
    with qtbot.waitSignal(block.view.loadFinished, timeout=10_000):
        block.remote_bar.ui.alwaysButton.click()
    qtbot.waitUntil(lambda: hits == ["/carol.png"] * 2)
    assert portal.remote_content_allowed(CAROL) and block.remote_bar is None

    block = open_ticket(window, qtbot, dave)  # another sender stays blocked
    assert block.remote_bar is not None
    qtbot.wait(300)
    assert "/dave.png" not in hits

    block = open_ticket(window, qtbot, carol)
    qtbot.waitUntil(lambda: hits == ["/carol.png"] * 3)
    assert block.remote_bar is None

    bridge = EventBridge(portal.bus)
    settings = SettingsDialog(portal, bridge, core)
    qtbot.addWidget(settings)
    settings.show_page(SettingsDialog.REMOTE_CONTENT)
    page = settings.remote_content
    tree = page.ui.senderList
    assert tree.topLevelItemCount() == 1 and tree.topLevelItem(0).text(0) == CAROL
    assert tree.topLevelItem(0).text(1) == portal.actor.email
    tree.topLevelItem(0).setSelected(True)
    with qtbot.waitSignal(block.view.loadFinished, timeout=10_000):  # the open card follows
        page.ui.removeButton.click()
    qtbot.waitUntil(lambda: not portal.remote_content_allowed(CAROL))
    assert block.remote_bar is not None
    assert tree.topLevelItem(0).text(0).startswith("No sender")
    assert hits == ["/carol.png"] * 3
    bridge.detach()


def test_settings_show_why_a_removal_was_refused(portal, run, qtbot, core):
    run(portal.add_agent("alice@acme.example", "Alice", "agent", ["Support"]))
    run(portal.allow_remote_content("news@shop.example"))  # allowed by the admin
    portal.sign_in("alice@acme.example")
    bridge = EventBridge(portal.bus)
    settings = SettingsDialog(portal, bridge, core)
    qtbot.addWidget(settings)
    page = settings.remote_content
    page.ui.senderList.topLevelItem(0).setSelected(True)
    page.ui.removeButton.click()
    qtbot.waitUntil(lambda: "needs the role" in page.ui.statusLabel.text())
    assert page.ui.statusLabel.text().startswith("news@shop.example: ")
    assert portal.remote_content_allowed("news@shop.example")
    bridge.detach()
