"""The stands' server over real HTTP on 127.0.0.1: pairing, who may see what, uploads,
rate limiting, the request log, start and stop."""

from __future__ import annotations

import html
import http.client
import socket
import uuid

from benchmarks.phone_photo import make_phone_photo
from itday.core import leads as rules
from itday.db import leads as db_leads
from itday.web.app import MANAGER, ROUTES, STAFF, UNPAIRED
from itday.web.server import StandServer


def _text(body: bytes) -> str:
    return html.unescape(body.decode())


def _url(server, show, exhibitor="acme", role="scan"):
    link = show["links"][(show[exhibitor], role)]
    return rules.link_url(server.url, link.token)


def test_every_route_states_its_access_rule():
    assert {e.access for e in ROUTES} <= {UNPAIRED, STAFF, MANAGER}
    by_name = {e.name: e.access for e in ROUTES}
    assert by_name["scan"] == by_name["edit_lead"] == STAFF
    assert by_name["manager_page"] == by_name["download"] == MANAGER


def test_an_unpaired_phone_sees_only_the_line_to_ask_the_organisers(
    stand_server, stand_show, phone_for
):
    phone = phone_for()
    status, _h, body = phone.get("/")
    page = _text(body)
    assert status == 200 and "n'est relié à aucun stand" in page
    assert "Acme" not in page and "Bolt" not in page
    for path in ("/leads", "/leads.csv"):
        status, _h, body = phone.get(path)
        assert status == 401 and b"Acme" not in body
    status, answer = phone.scan(code=stand_show["yes"])
    assert status == 401 and answer["error"] == "unpaired"
    assert _text(phone_for("en-GB,en;q=0.8").get("/")[2]).count("not linked to any booth") == 1


def test_pairing_by_kit_link_sets_a_cookie_and_opens_the_stand(stand_server, stand_show, phone_for):
    phone = phone_for()
    headers = phone.pair(_url(stand_server, stand_show))
    cookie = headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    status, _h, body = phone.get("/")
    page = _text(body)
    assert status == 200 and "Acme Informatique" in page
    assert 'type="file" accept="image/*" capture="environment"' in page
    assert "Bolt" not in page


def test_a_scan_phone_cannot_see_the_list_and_a_manager_phone_can(
    stand_server, stand_show, phone_for
):
    staff, manager = phone_for(), phone_for()
    staff.pair(_url(stand_server, stand_show, role="scan"))
    manager.pair(_url(stand_server, stand_show, role="manager"))
    status, answer = staff.scan(code=stand_show["yes"])
    assert status == 200 and answer["result"] == "new"
    assert staff.get("/leads")[0] == 403 and staff.get("/leads.csv")[0] == 403
    status, _h, body = manager.get("/leads")
    assert status == 200 and "Prénom-yes" in _text(body)
    status, headers, body = manager.get("/leads.csv")
    assert status == 200 and "attachment" in headers["Content-Disposition"]
    assert "yes@example.org" in body.decode("utf-8-sig")


def test_a_phone_sees_only_its_own_stand(stand_server, stand_show, phone_for):
    acme, bolt = phone_for(), phone_for()
    acme.pair(_url(stand_server, stand_show, "acme", "manager"))
    bolt.pair(_url(stand_server, stand_show, "bolt", "manager"))
    uid = uuid.uuid4().hex
    assert acme.scan(code=stand_show["yes"], uid=uid)[1]["result"] == "new"
    # the other stand sends the same upload id, then edits it: nothing told, nothing changed
    status, _answer = bolt.scan(code=stand_show["yes"], uid=uid)
    assert status == 409
    assert bolt.edit(uid, edited_at="2017-06-29T10:00:00Z", rating="hot")[0] == 404
    assert "Prénom-yes" not in _text(bolt.get("/leads")[2])


def test_a_revoked_link_cuts_the_phones_paired_with_it(db, stand_server, stand_show, phone_for):
    phone = phone_for()
    phone.pair(_url(stand_server, stand_show))
    assert phone.scan(code=stand_show["yes"])[0] == 200
    with db.session() as s:
        db_leads.revoke(stand_show["acme"], rules.ROLE_SCAN, session=s)
    status, answer = phone.scan(code=stand_show["yes"])
    assert status == 401
    status, _h, body = phone.get("/")
    assert "n'a plus accès au stand" in _text(body) and "Acme" not in _text(body)
    # the old link pairs nothing any more
    status, _h, body = phone_for().get(_url(stand_server, stand_show))
    assert status == 404


def test_pairing_by_typed_kit_code(stand_server, stand_show, phone_for):
    phone = phone_for()
    code = stand_show["links"][(stand_show["bolt"], "scan")].short_code
    status, headers, _ = phone.form("/pair", {"code": code.lower().replace("-", " ")})
    assert status == 303 and "itday_stand=" in headers["Set-Cookie"]
    assert "Bolt" in _text(phone.get("/")[2])


def test_guessing_kit_codes_is_rate_limited(stand_server, stand_show, phone_for):
    phone = phone_for()
    statuses = [phone.form("/pair", {"code": f"ZZZZ-ZZ{i:02d}"})[0] for i in range(12)]
    assert statuses[:10] == [404] * 10 and statuses[10:] == [429, 429]
    # even the right code waits now: the limit is per address, not per code
    right = stand_show["links"][(stand_show["acme"], "scan")].short_code
    status, headers, _ = phone.form("/pair", {"code": right})
    assert status == 429 and int(headers["Retry-After"]) > 0
    # guessing links counts the same
    assert phone.get("/p/" + "x" * 40)[0] == 429


def test_typed_badge_codes_nobody_holds_count_as_guesses(stand_server, stand_show, phone_for):
    phone = phone_for()
    phone.pair(_url(stand_server, stand_show))
    results = [phone.scan(code=f"ZZZZ-ZZ{i:02d}")[0] for i in range(11)]
    assert results[:10] == [200] * 10 and results[10] == 429


def test_a_photo_of_a_badge_is_decoded_on_the_laptop(stand_server, stand_show, phone_for):
    phone = phone_for()
    phone.pair(_url(stand_server, stand_show))
    photo = make_phone_photo(stand_show["yes"], seed=3)
    assert len(photo) > 1_000_000
    uid = uuid.uuid4().hex
    status, answer = phone.scan(photo=photo, uid=uid)
    assert status == 200 and answer["result"] == "new"
    assert (answer["first_name"], answer["last_name"], answer["company"]) == (
        "Prénom-yes",
        "Nom-yes",
        "CNES",
    )
    # the same upload again (the phone lost the answer): the same lead, not decoded again
    status, again = phone.scan(photo=photo, uid=uid)
    assert again["lead_id"] == answer["lead_id"] and again["replayed"]
    status, cancelled = phone.scan(photo=make_phone_photo(stand_show["cancelled"], seed=4))
    assert cancelled == {"uid": cancelled["uid"], "result": "cancelled"}
    status, foreign = phone.scan(photo=make_phone_photo("https://example.org/promo", seed=5))
    assert foreign["result"] == "not_ours"


def test_uploads_are_checked_by_type_and_size(stand_server, stand_show, phone_for):
    phone = phone_for()
    phone.pair(_url(stand_server, stand_show))
    assert phone.scan(photo=b"%PDF-1.4 not a photo")[1]["result"] == "not_image"
    heic = b"\x00\x00\x00\x18ftypheic" + b"\x00" * 100
    assert phone.scan(photo=heic)[1]["result"] == "heic"
    # a JPEG header claiming 60 Mpx: refused from its header, never decoded
    import io

    from PIL import Image

    huge = io.BytesIO()
    Image.new("L", (10_000, 6_000)).save(huge, "JPEG", quality=10)
    assert phone.scan(photo=huge.getvalue())[1]["result"] == "too_big"
    # a body announced bigger than any photo: refused before it is read
    host, port = stand_server.host, stand_server.port
    conn = http.client.HTTPConnection(host, port, timeout=30)
    conn.putrequest("POST", "/api/scan")
    conn.putheader("Content-Type", "multipart/form-data; boundary=x")
    conn.putheader("Content-Length", str(27_000_000))
    conn.endheaders()
    assert conn.getresponse().status == 413
    conn.close()


def test_nothing_else_of_the_base_is_reachable(stand_server, stand_show, phone_for):
    phone = phone_for()
    phone.pair(_url(stand_server, stand_show, role="manager"))
    for path in (
        "/admin",
        "/api/leads/1",
        "/static/../server.py",
        "/static/app.py",
        "/leads.sqlite",
        "/db/itday.sqlite",
    ):
        assert phone.get(path)[0] == 404, path


def test_every_request_is_logged_without_secrets_or_personal_data(
    stand_server, stand_show, phone_for
):
    phone = phone_for()
    phone.pair(_url(stand_server, stand_show, role="manager"))
    phone.scan(code=stand_show["yes"])
    assert phone.get("/leads?q=Pr%C3%A9nom")[0] == 200
    stand_server.stop()
    text = stand_server.log_path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert len(lines) == 3
    assert "pair_link 303" in lines[0] and f"stand={stand_show['acme']}" in lines[0]
    assert "scan 200" in lines[1] and "result=new" in lines[1] and "device=" in lines[1]
    link = stand_show["links"][(stand_show["acme"], "manager")]
    for secret in (link.token, stand_show["yes"], "Prénom", "yes@example.org", "127.0.0.1"):
        assert secret not in text


def test_start_failure_is_said_and_stop_frees_the_port(db, stand_show, tmp_path):
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    port = busy.getsockname()[1]
    failures, states = [], []
    server = StandServer(
        db, "127.0.0.1", port, states.append, failures.append, log_path=None, decoders=1
    )
    assert not server.start() and not server.is_running
    assert len(failures) == 1 and str(port) in str(failures[0]) and "déjà pris" in str(failures[0])
    busy.close()
    assert server.start() and server.is_running and states == [True]
    assert server.url == f"http://127.0.0.1:{port}"
    server.stop()
    assert not server.is_running and states == [True, False]
    again = socket.socket()
    again.bind(("127.0.0.1", port))  # free again
    again.close()
    assert server.start()
    server.stop()


def test_stand_urls_for_scripts(db, stand_server, stand_show):
    rows = stand_server.stand_urls()
    assert [r["exhibitor"] for r in rows] == ["Acme Informatique", "Bolt"]
    for row in rows:
        assert row["scan_url"].startswith(stand_server.url + "/p/")
        assert row["manager_url"] != row["scan_url"]


def test_connected_phones_counts_the_phones_seen_lately(stand_server, stand_show, phone_for):
    assert stand_server.connected_phones() == 0
    for role in ("scan", "manager"):
        phone = phone_for()
        phone.pair(_url(stand_server, stand_show, role=role))
        phone.get("/")
    assert stand_server.connected_phones() == 2
