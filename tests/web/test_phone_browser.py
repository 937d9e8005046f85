"""The phone pages in a real browser (Debian's chromium, 390×844) against the real server:
pair with a kit's link, photograph badges through the file input, qualify, lose the
network and get it back, see the leads, download the CSV."""

from __future__ import annotations

import csv
import io

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from benchmarks.phone_photo import make_phone_photo
from itday.core import leads as rules
from itday.db import leads as db_leads

pytestmark = pytest.mark.slow


def _wait(driver, condition, timeout=30, what=""):
    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(
        lambda d: condition(d), message=what
    )


def _text(driver, css):
    return driver.find_element(By.CSS_SELECTOR, css).text


def _lead(db, exhibitor_id):
    with db.session() as s:
        rows = db_leads.stand_leads(exhibitor_id, session=s)
    return rows


def _photo(tmp_path, name, code, seed):
    path = tmp_path / f"{name}.jpg"
    path.write_bytes(make_phone_photo(code, seed=seed))
    return path


def test_a_stand_scans_qualifies_offline_and_takes_its_leads_home(
    db, stand_show, stand_server, phone_browser, tmp_path
):
    driver = phone_browser
    with db.session() as s:
        db_leads.set_lead_settings(
            stand_show["event_id"],
            rules.make_settings(["démo demandée", "devis"], ["Budget ?"]),
            session=s,
        )
    acme = stand_show["acme"]
    link = stand_show["links"][(acme, rules.ROLE_MANAGER)]

    # an unpaired phone sees only the line to ask the organisers
    driver.get(stand_server.url + "/")
    assert "n'est relié à aucun stand" in _text(driver, "#unpaired")

    # pairing with the kit's link opens the stand's page
    driver.get(rules.link_url(stand_server.url, link.token))
    _wait(driver, lambda d: d.current_url == stand_server.url + "/", what="redirect to /")
    assert "Acme Informatique" in _text(driver, "header .stand")
    assert driver.get_cookie("itday_stand")["httpOnly"]

    # a badge photographed through the file input: name and company on screen
    photo = _photo(tmp_path, "yes", stand_show["yes"], seed=11)
    driver.find_element(By.ID, "photo").send_keys(str(photo))
    _wait(driver, lambda d: "Prénom-yes Nom-yes" in _text(d, "#answer"), what="badge answer")
    assert "CNES" in _text(driver, "#answer") and "Nouveau contact" in _text(driver, "#answer")

    # qualified in taps: rating, tag, a note typed
    driver.find_element(By.CSS_SELECTOR, '[data-rating="hot"]').click()
    driver.find_element(By.CSS_SELECTOR, '[data-tag="devis"]').click()
    driver.find_element(By.ID, "note").send_keys("Veut une démo")
    driver.find_element(By.CSS_SELECTOR, '[data-question="q1"]').send_keys("20 k€")
    _wait(driver, lambda d: _text(d, "#saved") == "enregistré", what="saved")
    row = _lead(db, acme)[0]
    assert (row["rating"], row["tags"], row["note"], row["answers"]) == (
        "hot",
        ["devis"],
        "Veut une démo",
        {"q1": "20 k€"},
    )

    # a foreign QR code is refused plainly
    foreign = _photo(tmp_path, "foreign", "https://example.org/jeu-concours", seed=12)
    driver.find_element(By.ID, "photo").send_keys(str(foreign))
    _wait(driver, lambda d: "Pas un badge de ce salon." in _text(d, "#answer"), what="refusal")

    # the network drops: a second badge typed by its short code, qualified, kept
    port = stand_server.port
    stand_server.stop()
    short = rules.badge_short_code(stand_show["never"])
    typed = driver.find_element(By.ID, "typed-code")
    typed.send_keys(short)
    driver.find_element(By.CSS_SELECTOR, "#typed button").click()
    _wait(driver, lambda d: _text(d, "#saved") == "en attente d'envoi", what="pending")
    driver.find_element(By.CSS_SELECTOR, '[data-rating="cold"]').click()
    driver.find_element(By.ID, "note").send_keys("Rappeler en septembre")
    _wait(
        driver,
        lambda d: "Réseau indisponible" in _text(d, "#pending"),
        what="offline banner",
    )
    assert _text(driver, "#saved") == "en attente d'envoi"
    assert len(_lead(db, acme)) == 1  # nothing reached the laptop

    # the laptop is back on the same port: everything is sent, once
    stand_server.port = port
    assert stand_server.start()
    _wait(driver, lambda d: _text(d, "#saved") == "enregistré", timeout=40, what="resent")
    rows = {r["first_name"]: r for r in _lead(db, acme)}
    assert set(rows) == {"Prénom-yes", "Prénom-never"}
    assert rows["Prénom-never"]["rating"] == "cold"
    assert rows["Prénom-never"]["note"] == "Rappeler en septembre"
    assert rows["Prénom-never"]["scans"] == 1

    # the same visitor scanned again: the same lead, its qualification shown
    again = _photo(tmp_path, "again", stand_show["yes"], seed=13)
    driver.find_element(By.ID, "photo").send_keys(str(again))
    _wait(driver, lambda d: "Déjà scanné" in _text(d, "#answer"), what="again")
    pressed = driver.find_element(By.CSS_SELECTOR, '[data-rating="hot"]')
    assert pressed.get_attribute("aria-pressed") == "true"
    assert len(_lead(db, acme)) == 2

    # the responsable's list, newest first, searchable; the CSV downloaded
    driver.find_element(By.CSS_SELECTOR, "header a.nav").click()
    _wait(driver, lambda d: d.current_url.endswith("/leads"), what="list")
    items = driver.find_elements(By.CSS_SELECTOR, "#leads .lead-row")
    assert [i.text.splitlines()[0] for i in items][0].startswith("Prénom-yes Nom-yes")
    assert "yes@example.org" in items[0].text  # consent: yes
    assert "never@example.org" not in driver.page_source  # consent never asked
    search = driver.find_element(By.NAME, "q")
    search.send_keys("septembre")
    search.submit()
    _wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#leads .lead-row")) == 1)
    driver.get(stand_server.url + "/leads")
    driver.find_element(By.CSS_SELECTOR, 'a.download[href="/leads.csv"]').click()
    done = _wait(
        driver,
        lambda d: [p for p in driver.downloads.iterdir() if p.suffix == ".csv"],
        what="CSV downloaded",
    )
    text = done[0].read_text(encoding="utf-8-sig")
    rows = {r["Prénom"]: r for r in csv.DictReader(io.StringIO(text), delimiter=";")}
    assert rows["Prénom-yes"]["Intérêt"] == "chaud" and rows["Prénom-yes"]["E-mail"]
    assert rows["Prénom-yes"]["Étiquettes"] == "devis"
    assert rows["Prénom-yes"]["Budget ?"] == "20 k€"
    assert rows["Prénom-never"]["Intérêt"] == "froid"
    assert rows["Prénom-never"]["E-mail"] == rows["Prénom-never"]["Téléphone"] == ""
    assert "never@example.org" not in text


def test_a_phone_reopened_after_a_drop_sends_what_it_kept(
    db, stand_show, stand_server, phone_browser, tmp_path
):
    """localStorage keeps the edits and IndexedDB the photos: the page closed while the
    network was away sends them when it is opened again with the network back."""
    driver = phone_browser
    acme = stand_show["acme"]
    link = stand_show["links"][(acme, rules.ROLE_SCAN)]
    driver.get(rules.link_url(stand_server.url, link.token))
    _wait(driver, lambda d: d.current_url == stand_server.url + "/")
    driver.find_element(By.ID, "typed-code").send_keys(stand_show["yes"])
    driver.find_element(By.CSS_SELECTOR, "#typed button").click()
    _wait(driver, lambda d: "Prénom-yes" in _text(d, "#answer"))
    port = stand_server.port
    stand_server.stop()
    driver.find_element(By.CSS_SELECTOR, '[data-rating="warm"]').click()
    _wait(driver, lambda d: _text(d, "#saved") == "en attente d'envoi")
    photo = _photo(tmp_path, "never", stand_show["never"], seed=21)
    driver.find_element(By.ID, "photo").send_keys(str(photo))
    _wait(driver, lambda d: "Photo en attente d'envoi." in _text(d, "#answer"))
    driver.find_element(By.CSS_SELECTOR, '[data-rating="hot"]').click()  # rated before sent
    driver.get("about:blank")  # the page is closed
    stand_server.port = port
    assert stand_server.start()
    driver.get(stand_server.url + "/")

    def both_sent(_d):
        rows = {r["first_name"]: r for r in _lead(db, acme)}
        return (
            rows.get("Prénom-yes", {}).get("rating") == "warm"
            and rows.get("Prénom-never", {}).get("rating") == "hot"
        )

    _wait(driver, both_sent, timeout=40, what="the kept edit and photo sent")
    _wait(driver, lambda d: not d.find_elements(By.CSS_SELECTOR, "#recent .wait"))
