"""Screenshots of the stands' phone pages at 390×844, in French and English.

    python tools/phone_screenshots.py OUT_DIR [--lang fr|en|both]

Makes a throwaway demo database, starts the stands' server on 127.0.0.1, and drives
Debian's chromium as a phone (``tests/web/browser.py``): the page of an unpaired phone,
the stand's page, a badge photographed and qualified, the same while the network is away,
a refusal, and the responsable's list.  Writes ``phone-<page>-<lang>.png``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from benchmarks.phone_photo import make_phone_photo  # noqa: E402
from itday.core import leads as rules  # noqa: E402
from itday.db import leads as db_leads  # noqa: E402
from itday.db import repo  # noqa: E402
from itday.db.engine import Database  # noqa: E402
from itday.db.models import Attendee  # noqa: E402
from itday.services.demo import create_demo  # noqa: E402
from itday.web.server import StandServer  # noqa: E402
from tests.web.browser import available, start_browser  # noqa: E402

LANGS = {"fr": "fr-FR", "en": "en-GB"}


def shoot(driver, out: Path, name: str, lang: str) -> None:
    path = out / f"phone-{name}-{lang}.png"
    driver.save_screenshot(str(path))
    print(path)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lang", choices=("fr", "en", "both"), default="both")
    args = parser.parse_args(argv)
    why = available()
    if why:
        print(why, file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="itday-shots-"))
    db = Database.open(work / "demo.sqlite")
    with db.session() as s:
        create_demo(s, seed=2017)
        event_id = repo.latest_event(session=s).id
        db_leads.set_lead_settings(
            event_id,
            rules.make_settings(
                ["Démo demandée", "Devis", "Recrutement", "Partenariat"],
                ["Projet dans les 6 mois ?", "Budget"],
            ),
            session=s,
        )
        links = db_leads.ensure_links(event_id, session=s)
        from sqlmodel import select

        people = s.exec(
            select(Attendee)
            .where(Attendee.event_id == event_id, Attendee.category == "visitor")
            .where(Attendee.cancelled == False)  # noqa: E712
            .limit(6)
        ).all()
        codes = [(p.code, p.first_name) for p in people]
    server = StandServer(db, "127.0.0.1", 0, log_path=None, decoders=1)
    assert server.start(), server.error
    manager = next(x for x in links if x.role == rules.ROLE_MANAGER)
    langs = ("fr", "en") if args.lang == "both" else (args.lang,)
    for n, lang in enumerate(langs):
        downloads = work / f"dl-{lang}"
        downloads.mkdir()
        driver = start_browser(downloads, LANGS[lang])
        wait = WebDriverWait(driver, 30, poll_frequency=0.1)
        try:
            driver.get(server.url + "/")
            shoot(driver, out, "unpaired", lang)
            driver.get(rules.link_url(server.url, manager.token))
            wait.until(lambda d: d.current_url == server.url + "/")
            shoot(driver, out, "stand", lang)
            for i, (code, first) in enumerate(codes[3 * n : 3 * n + 3]):
                photo = work / f"{lang}-{i}.jpg"
                photo.write_bytes(make_phone_photo(code, seed=40 + i))
                driver.find_element(By.ID, "photo").send_keys(str(photo))
                wait.until(lambda d, first=first: first in d.find_element(By.ID, "answer").text)
                rating = ("hot", "warm", "cold")[i]
                driver.find_element(By.CSS_SELECTOR, f'[data-rating="{rating}"]').click()
                if i == 0:
                    driver.find_element(By.CSS_SELECTOR, ".tag").click()
                    driver.find_element(By.ID, "note").send_keys(
                        "Intéressée par la démo, rappeler lundi"
                        if lang == "fr"
                        else "Wants a demo, call back on Monday"
                    )
                    wait.until(
                        lambda d: (
                            d.find_element(By.ID, "saved").get_attribute("class") == "saved ok"
                        )
                    )
                    driver.execute_script("window.scrollTo(0, 0)")
                    shoot(driver, out, "lead", lang)
            port = server.port
            server.stop()
            driver.find_element(By.CSS_SELECTOR, '[data-rating="hot"]').click()
            wait.until(lambda d: not d.find_element(By.ID, "pending").get_attribute("hidden"))
            driver.execute_script("document.getElementById('lead').scrollIntoView()")
            shoot(driver, out, "offline", lang)
            server.port = port
            assert server.start()
            wait.until(lambda d: d.find_element(By.ID, "pending").get_attribute("hidden"))
            foreign = work / f"{lang}-foreign.jpg"
            foreign.write_bytes(make_phone_photo("https://example.org/jeu", seed=99))
            driver.find_element(By.ID, "photo").send_keys(str(foreign))
            wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#answer .badge-line.bad"))
            driver.execute_script("window.scrollTo(0, 0)")
            shoot(driver, out, "refused", lang)
            driver.get(server.url + "/leads")
            shoot(driver, out, "leads", lang)
        finally:
            driver.quit()
    server.stop()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
