"""The organiser's side of exhibitors' leads in the GUI (issue 25), with the real stands'
server on 127.0.0.1: start it from the panel, print the kits (their QR codes decode to the
links), record leads through the database API, export the stand's leads — a visitor
without consent has no e-mail or phone anywhere in the stand's files."""

from __future__ import annotations

import http.cookiejar
import socket
import subprocess
import urllib.request

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QImage
from sqlmodel import select

from itday.core.leads import link_url, parse_lead_code
from itday.db import attendees as attendee_repo
from itday.db import leads as db_leads
from itday.db import repo
from itday.db.models import Attendee
from itday.services.decoding import QRDecoder, decode_image_file
from itday.ui.app import build_window
from tests.leads_helpers import clear_leads

TIMEOUT = 30_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_is_free(port: int) -> bool:
    """Nobody listens on it (connections just closed may linger in TIME_WAIT: a server
    binds past them with SO_REUSEADDR, as waitress does)."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


@pytest.fixture
def window(qtbot, demo_db, monkeypatch, tmp_path):
    monkeypatch.setenv("ITDAY_DATA", str(tmp_path / "data"))  # the server's request log
    clear_leads(demo_db)
    win = build_window(demo_db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.ctx.set_organiser(True)
    yield win
    win.close()  # stops the server
    win.ctx.tasks.wait_all(10_000)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_panel(qtbot, window):
    dialog = window.open_stands_server()
    qtbot.waitUntil(dialog.is_ready, timeout=TIMEOUT)
    return dialog


def start(qtbot, window, dialog, port: int):
    dialog.address.setEditText("127.0.0.1")
    dialog.port.setValue(port)
    with qtbot.waitSignal(window.ctx.stands_server.state_changed, timeout=TIMEOUT) as started:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert started.args == [True]
    return window.ctx.stands_server.url


def pixmap_codes(pixmap) -> list[str]:
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    w, h = image.width(), image.height()
    data = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())[:, :w]
    return QRDecoder().decode(np.ascontiguousarray(data))


def visitors_with_details(db, event_id, n):
    with db.session() as s:
        people = s.exec(
            select(Attendee)
            .where(Attendee.event_id == event_id, Attendee.category == "visitor")
            .where(Attendee.email != "", Attendee.phone != "", Attendee.cancelled == False)  # noqa: E712
            .limit(n)
        ).all()
        return [{"id": a.id, "code": a.code, "email": a.email, "phone": a.phone} for a in people]


def test_organiser_serves_prints_kits_and_exports_a_stands_leads(qtbot, window, tmp_path):
    ctx = window.ctx
    page = window.pages["exhibitors"]
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)

    # 1. the stands' server, started from the GUI on 127.0.0.1
    dialog = open_panel(qtbot, window)
    assert not ctx.stands_server.is_running  # off by default
    port = free_port()
    url = start(qtbot, window, dialog, port)
    assert url == f"http://127.0.0.1:{port}"
    assert url in dialog.status.text() and not dialog.error.text()
    assert pixmap_codes(dialog.qr.pixmap()) == [url]  # the address as a QR code
    assert window.stands_button.text() == "Stands : en ligne"
    with urllib.request.urlopen(url + "/", timeout=10) as answer:
        assert answer.status == 200  # a real server answers

    # 2. the kits of every exhibitor: one page each, QR codes decode to the links
    with ctx.db.session() as s:
        exhibitors = repo.list_exhibitors(ctx.event_id, session=s)
    stand = exhibitors[5]
    page.stands.print_kits(False)
    qtbot.waitUntil(lambda: page.stands.preview is not None, timeout=120_000)
    pdf = page.stands.preview.pdf
    assert page.stands.preview.page_count() == len(exhibitors)
    page.stands.preview.close()
    with ctx.db.session() as s:
        links = {link.role: link for link in db_leads.links(ctx.event_id, stand["id"], session=s)}
    number = 6  # exhibitors come by name, as list_exhibitors gives them
    subprocess.run(
        ["pdftoppm", "-r", "150", "-f", str(number), "-l", str(number), "-png", str(pdf),
         str(tmp_path / "kit")],
        check=True,
    )  # fmt: skip
    codes = set(decode_image_file(next(tmp_path.glob("kit*.png"))))
    assert codes == {link_url(url, links["scan"].token), link_url(url, links["manager"].token)}
    dialog._show_kits_note()
    assert url in dialog.kits_note.text() and "Attention" not in dialog.kits_note.text()

    # 3. a phone pairs with the stand's scan link (its cookie kept): one phone connected
    jar = http.cookiejar.CookieJar()
    phone = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with phone.open(link_url(url, links["scan"].token), timeout=10) as answer:
        assert answer.status == 200
    secret = next(c.value for c in jar if c.name == "itday_stand")
    qtbot.waitUntil(lambda: dialog.phones.text() == "Téléphones connectés : 1", timeout=TIMEOUT)

    # 4. leads recorded through the database API, as the server records a photo's code
    people = visitors_with_details(ctx.db, ctx.event_id, 3)
    consent = [True, False, None]  # agreed, refused, never asked
    with ctx.db.session() as s:
        for person, answer in zip(people, consent, strict=True):
            state = {"consent": answer, "consent_at": None, "consent_source": ""}
            attendee_repo.restore_consent({person["id"]: state}, session=s)
        device = db_leads.device_by_secret(secret, session=s)
        assert device.exhibitor_id == stand["id"]
        for i, person in enumerate(people):
            result = db_leads.record_scan(
                device, f"accept-{i}-0001", parse_lead_code(person["code"]), session=s
            )
            assert result["result"] == "new"
        foreign = db_leads.record_scan(
            device, "accept-foreign-1", parse_lead_code("https://example.org/x"), session=s
        )
        assert foreign["result"] == "not_ours"

    # 5. the organiser exports every stand's leads into a folder
    out = tmp_path / "contacts"
    page.stands.export(str(out))
    qtbot.waitUntil(lambda: page.stands.last_export is not None, timeout=TIMEOUT)
    assert page.stands.last_export.stands == 1 and page.stands.last_export.leads == 3
    files = sorted(out.glob(f"contacts-*-{stand['id']}.*"))
    assert [p.suffix for p in files] == [".csv", ".vcf", ".xlsx"]
    import openpyxl

    texts = {p.suffix: p.read_bytes().decode("utf-8", "replace") for p in files[:2]}
    wb = openpyxl.load_workbook(files[2], read_only=True)
    texts[".xlsx"] = "\n".join(
        str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v is not None
    )
    wb.close()
    for suffix, text in texts.items():
        assert people[0]["email"] in text, suffix  # agreed: their e-mail is there
        for without in people[1:]:  # refused, never asked: no e-mail, no phone anywhere
            assert without["email"] not in text, suffix
            assert without["phone"] not in text, suffix

    # 6. stopped from the panel: the port is free again
    with qtbot.waitSignal(ctx.stands_server.state_changed, timeout=TIMEOUT) as stopped:
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert stopped.args == [False] and port_is_free(port)
    assert "Arrêté" in dialog.status.text()


def test_a_taken_port_is_one_line_and_closing_the_window_frees_the_port(qtbot, window):
    dialog = open_panel(qtbot, window)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        dialog.address.setEditText("127.0.0.1")
        dialog.port.setValue(taken)
        with qtbot.waitSignal(window.ctx.stands_server.start_failed, timeout=TIMEOUT):
            dialog.start()
    assert dialog.error.text() == (
        f"Le port {taken} est déjà pris sur 127.0.0.1 (un autre serveur des stands ?) : "
        "choisissez un autre port."
    )
    assert dialog.start_button.isEnabled() and not window.ctx.stands_server.is_running
    port = free_port()
    start(qtbot, window, dialog, port)
    assert not dialog.error.text()
    window.close()
    assert port_is_free(port) and not window.ctx.stands_server.is_running


def test_the_panel_is_for_organisers_and_lists_this_computers_addresses(qtbot, window):
    from itday.services.netaddr import local_addresses

    window.ctx.set_organiser(False)
    assert not window.stands_button.isVisible()
    window.ctx.set_organiser(True)
    assert window.stands_button.isVisible()
    dialog = open_panel(qtbot, window)
    listed = [dialog.address.itemData(i) for i in range(dialog.address.count())]
    others = [a.address for a in local_addresses() if not a.is_loopback]
    assert listed == (others or ["127.0.0.1"])  # 127.0.0.1 only when there is nothing else
    assert "0.0.0.0" not in listed
    window.ctx.set_organiser(False)  # locking closes the panel
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)


def test_tags_and_questions_are_kept_for_the_edition(qtbot, window):
    dialog = open_panel(qtbot, window)
    dialog.tags.setPlainText("démo demandée\n\ndevis\ndevis\nrecrutement")
    dialog.questions[0].setText("Quel est votre projet ?")
    dialog.questions[2].setText("Budget ?")
    dialog.save_settings()
    qtbot.waitUntil(lambda: "Enregistré" in dialog.settings_message.text(), timeout=TIMEOUT)
    with window.ctx.db.session() as s:
        settings = db_leads.lead_settings(window.ctx.event_id, session=s)
    assert settings.tags == ("démo demandée", "devis", "recrutement")
    assert [(q.key, q.text) for q in settings.questions] == [
        ("q1", "Quel est votre projet ?"),
        ("q3", "Budget ?"),
    ]
    assert dialog.tags.toPlainText() == "démo demandée\ndevis\nrecrutement"


def test_revoking_asks_then_the_old_links_lead_nowhere(qtbot, window):
    page = window.pages["exhibitors"]
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    ctx = window.ctx
    exhibitor_id = page.current_id()
    with ctx.db.session() as s:
        before = {
            link.token for link in db_leads.ensure_links(ctx.event_id, exhibitor_id, session=s)
        }
    questions = []
    page.stands.confirm = lambda title, text: questions.append(text) or len(questions) == 1
    with qtbot.waitSignal(ctx.bridge.message_posted, timeout=TIMEOUT):
        page.stands.revoke_selected()
    qtbot.waitUntil(lambda: len(questions) == 2, timeout=TIMEOUT)
    assert "perdent l'accès" in questions[0] and "imprimer le nouveau" in questions[0]
    assert "Imprimer son nouveau kit maintenant ?" in questions[1]
    with ctx.db.session() as s:
        after = {link.token for link in db_leads.links(ctx.event_id, exhibitor_id, session=s)}
        assert all(db_leads.link_by_token(t, session=s) is None for t in before)
    assert len(after) == 2 and not after & before
    # refused: nothing happens
    page.stands.confirm = lambda title, text: False
    assert page.stands.revoke_selected() is None
