"""The « Kit exposant »: which address, the links as QR codes that decode, one page each."""

from __future__ import annotations

import pytest

from itday.core.leads import link_url
from itday.db import leads as db_leads
from itday.db import repo
from itday.errors import ItdayError
from itday.services.decoding import decode_image_file
from itday.services.netaddr import first_lan_address, local_addresses
from itday.services.stand_kits import (
    chosen_address,
    kit_address,
    remember_address,
    render_kit_pdf,
)
from tests.unit.pdf_helpers import pdf_text


def _event(db) -> int:
    with db.session() as s:
        return repo.latest_event(session=s).id


def test_address_running_then_chosen_then_this_computers(db, event_id):
    with db.session() as s:
        guessed = kit_address(session=s)
        assert guessed.origin == "guessed"
        assert guessed.url == f"http://{first_lan_address()}:8080"
        assert chosen_address(session=s) is None
        remember_address("192.168.1.20", 8090, session=s)
    with db.session() as s:
        assert chosen_address(session=s) == ("192.168.1.20", 8090)
        chosen = kit_address(session=s)
        assert (chosen.url, chosen.origin) == ("http://192.168.1.20:8090", "chosen")
        running = kit_address(session=s, running_url="http://10.0.0.5:8080/")
        assert (running.url, running.origin) == ("http://10.0.0.5:8080", "running")


def test_this_computers_addresses_put_loopback_last():
    found = local_addresses()
    assert found[-1].address == "127.0.0.1"
    assert all(not a.is_loopback for a in found[:-1])
    assert first_lan_address() == (found[0].address if len(found) > 1 else "127.0.0.1")


def test_one_exhibitors_kit_decodes_to_its_links(demo_db, tmp_path):
    event_id = _event(demo_db)
    with demo_db.session() as s:
        exhibitor = repo.list_exhibitors(event_id, session=s)[3]
        remember_address("192.168.1.20", 8080, session=s)
    out = tmp_path / "kit.pdf"
    result = render_kit_pdf(demo_db, event_id, out, exhibitor_id=exhibitor["id"])
    assert result.pages == 1 and result.address.origin == "chosen"
    with demo_db.session() as s:
        links = {link.role: link for link in db_leads.links(event_id, exhibitor["id"], session=s)}
    base = "http://192.168.1.20:8080"
    text = pdf_text(out)
    assert exhibitor["name"].split()[0] in text
    for booth in exhibitor["booths"]:
        assert booth in text
    for link in links.values():
        assert link.short_code in text
    assert base in text and "choisie en dernier" in text
    import subprocess

    subprocess.run(["pdftoppm", "-r", "150", "-png", str(out), str(tmp_path / "p")], check=True)
    page = next(tmp_path.glob("p*.png"))
    codes = set(decode_image_file(page))
    assert codes == {link_url(base, links["scan"].token), link_url(base, links["manager"].token)}


def test_every_exhibitor_gets_a_page_in_english(demo_db, tmp_path):
    event_id = _event(demo_db)
    with demo_db.session() as s:
        n = len(repo.list_exhibitors(event_id, session=s))
    seen = []
    result = render_kit_pdf(
        demo_db,
        event_id,
        tmp_path / "kits.pdf",
        running_url="http://10.1.2.3:8080",
        language="en",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert result.pages == n and seen[-1] == (n, n)
    text = pdf_text(tmp_path / "kits.pdf")
    assert text.count("Exhibitor kit") == n and "Booth manager" in text
    assert "Kit exposant" not in text and "running when this was printed" in text


def test_kit_refuses_an_unknown_exhibitor_and_writes_nothing(demo_db, tmp_path):
    out = tmp_path / "kits"
    out.mkdir()
    with pytest.raises(ItdayError, match="Aucun exposant n° 99999"):
        render_kit_pdf(demo_db, _event(demo_db), out / "kit.pdf", exhibitor_id=99999)
    assert not list(out.iterdir())
