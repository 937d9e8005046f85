"""The demo edition: "Innovation IT Day 2017", 29 June 2017, Diagora Labège.

Deterministic for a given seed.  The morning of the day is played out by default (arrivals
and scans from 7:45 to 11:30) so that every screen has something to show; ``arrivals=False``
gives an untouched edition.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from zoneinfo import ZoneInfo

from sqlmodel import Session, delete

from itday.core import badge, diagora
from itday.core.enums import BoothStatus, Category, ScanResult, Source
from itday.core.text import fold, search_key
from itday.db import models as m
from itday.db import repo
from itday.errors import QT_TRANSLATE_NOOP, ItdayError
from itday.services import demo_data as data
from itday.services.demo_programme import add_programme

EVENT_NAME = "Innovation IT Day 2017"
EVENT_DATE = dt.date(2017, 6, 29)
VENUE = "Diagora, Labège"
TZ = ZoneInfo("Europe/Paris")


class NotEmpty(ItdayError):
    pass


def _slug(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum()) or "x"


def _company_names(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """``count`` distinct (name, sector) pairs, sectors spread evenly."""
    names: list[tuple[str, str]] = []
    used: set[str] = set()
    sectors = data.SECTORS
    i = 0
    while len(names) < count:
        sector = sectors[i % len(sectors)]
        heads, tails = data.COMPANY_PARTS[sector]
        for _ in range(50):
            head, tail = rng.choice(heads), rng.choice(tails)
            joiner = " " if sector in ("Écoles et laboratoires", "Services numériques") else ""
            name = f"{head}{joiner}{tail}"
            if rng.random() < 0.15 and joiner == "":
                name += rng.choice([" SAS", " Occitanie", " Labs", " & Co"])
            if name not in used:
                used.add(name)
                names.append((name, sector))
                break
        i += 1
    return names


def _person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(data.FIRST_NAMES), rng.choice(data.LAST_NAMES)


def _email(first: str, last: str, domain: str, rng: random.Random, used: set[str]) -> str:
    base = f"{_slug(first)}.{_slug(last)}"
    email = f"{base}@{domain}"
    n = 2
    while email in used:
        email = f"{base}{n}@{domain}"
        n += 1
    used.add(email)
    return email


def _phone(rng: random.Random) -> str:
    return "0" + rng.choice("67") + " " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))


def create_demo(
    session: Session, *, seed: int = 2017, force: bool = False, arrivals: bool = True
) -> m.Event:
    """Fill the database with the demo edition; refuse a non-empty one unless ``force``."""
    if not repo.database_is_empty(session=session):
        if not force:
            raise NotEmpty(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "La base contient déjà des données : la remplacer par l'édition de "
                    "démonstration efface tout.",
                ),
                cli="(ligne de commande : --force pour la remplacer)",
            )
        for table in (
            m.RoomScan,
            m.RoomPresence,
            m.TalkSession,
            m.Room,
            m.LeadUpload,
            m.Lead,
            m.StandDevice,
            m.StandLink,
            m.PrintJob,
            m.PrintLog,
            m.Scan,
            m.Attendee,
            m.Booth,
            m.HallElement,
            m.Hall,
        ):
            session.exec(delete(table))
        session.exec(delete(m.Exhibitor))
        session.exec(delete(m.Event))
        session.flush()

    rng = random.Random(seed)
    event = repo.create_event(
        EVENT_NAME,
        EVENT_DATE,
        VENUE,
        session=session,
        opens_at=dt.time(9, 0),
        closes_at=dt.time(18, 0),
    )
    hall_spec, elements, booth_specs = demo_hall_and_booths(seed)
    hall = m.Hall(event_id=event.id, **hall_spec)
    session.add(hall)
    session.flush()
    hall_elements = [m.HallElement(hall_id=hall.id, **e) for e in elements]
    session.add_all(hall_elements)

    # Exhibitors: one per booth except a few free booths; islands go to the big names.
    n_exhibitors = len(booth_specs) - 4
    exhibitors: list[m.Exhibitor] = []
    for name, sector in _company_names(rng, n_exhibitors):
        first, last = _person(rng)
        domain = _slug(name)[:20] + ".fr"
        ex = m.Exhibitor(
            event_id=event.id,
            name=name,
            sector=sector,
            contact_name=f"{first} {last}",
            contact_email=f"{_slug(first)}.{_slug(last)}@{domain}",
            contact_phone=_phone(rng),
            website=f"https://www.{domain}",
            description=data.DESCRIPTIONS[sector],
        )
        ex.search_key = search_key(ex.name, ex.sector, ex.contact_name)
        exhibitors.append(ex)
    session.add_all(exhibitors)
    session.flush()

    booths: list[m.Booth] = []
    order = list(range(len(booth_specs)))
    free = set(rng.sample(order, len(booth_specs) - n_exhibitors))
    holders = iter(exhibitors)
    for i, spec in enumerate(booth_specs):
        booth = m.Booth(event_id=event.id, **spec)
        if i in free:
            booth.status = rng.choice([BoothStatus.FREE, BoothStatus.OPTION]).value
        else:
            booth.exhibitor_id = next(holders).id
            booth.status = rng.choices(
                [BoothStatus.CONFIRMED, BoothStatus.RESERVED], weights=[9, 1]
            )[0].value
        booths.append(booth)
    session.add_all(booths)

    attendees: list[m.Attendee] = []
    used_emails: set[str] = set()

    def add(first, last, company, category, domain, *, exhibitor_id=None, job="", ref=None):
        a = m.Attendee(
            event_id=event.id,
            first_name=first,
            last_name=last,
            company=company,
            job_title=job,
            email=_email(first, last, domain, rng, used_emails),
            phone=_phone(rng) if rng.random() < 0.6 else "",
            category=category.value,
            exhibitor_id=exhibitor_id,
            source=Source.IMPORT.value,
            external_ref=ref,
            code=badge.code_from_seed(rng),
        )
        a.search_key = search_key(a.first_name, a.last_name, a.company, a.email)
        attendees.append(a)
        return a

    order_no = 1000
    for _ in range(900):
        first, last = _person(rng)
        company = rng.choice(data.VISITOR_COMPANIES)
        domain = (
            (_slug(company)[:18] + ".fr")
            if company
            else rng.choice(["gmail.com", "orange.fr", "free.fr", "laposte.net"])
        )
        order_no += rng.randint(1, 3)
        add(
            first,
            last,
            company,
            Category.VISITOR,
            domain,
            job=rng.choice(data.JOB_TITLES),
            ref=f"CMD-{order_no}",
        )
    for ex in exhibitors:
        for _ in range(rng.choice([1, 2, 2, 2, 3])):
            first, last = _person(rng)
            add(
                first,
                last,
                ex.name,
                Category.EXHIBITOR_STAFF,
                _slug(ex.name)[:20] + ".fr",
                exhibitor_id=ex.id,
            )
    for _ in range(12):
        first, last = _person(rng)
        add(
            first,
            last,
            rng.choice(exhibitors).name,
            Category.SPEAKER,
            "speaker.fr",
            job="Intervenant",
        )
    for outlet in data.PRESS:
        first, last = _person(rng)
        add(first, last, outlet, Category.PRESS, _slug(outlet)[:18] + ".fr", job="Journaliste")
    for company in [
        "Région Occitanie",
        "Toulouse Métropole",
        "Sicoval",
        "Préfecture",
        "Digital Place",
        "FrenchSouth.digital",
        "BPI France",
        "Diagora",
    ]:
        first, last = _person(rng)
        add(first, last, company, Category.VIP, _slug(company)[:18] + ".fr")
    for _ in range(8):
        first, last = _person(rng)
        add(first, last, "Digital Place", Category.ORGANISER, "digitalplace.fr", job="Organisation")
    # A handful of cancelled registrations, as in any real export.
    for a in rng.sample(attendees[:900], 12):
        a.cancelled = True
    session.add_all(attendees)
    session.flush()

    _profiles(attendees, random.Random(seed + 1))
    if arrivals:
        _play_morning(session, event, attendees, rng)
        session.flush()
        _play_stands(session, event, attendees, exhibitors, random.Random(seed + 2))
    session.flush()
    add_programme(session, event, attendees, hall_elements, _at, seed)
    session.commit()
    return event


def _at(hour: int, minute: float) -> dt.datetime:
    local = dt.datetime.combine(EVENT_DATE, dt.time(hour, 0), tzinfo=TZ)
    return (local + dt.timedelta(minutes=minute)).astimezone(dt.UTC)


def _play_morning(session: Session, event: m.Event, attendees, rng: random.Random) -> None:
    """Arrivals until 11:30: most staff early, visitors in a wave after the doors open."""
    scans: list[m.Scan] = []
    stations = ["Accueil 1", "Accueil 2"]
    for a in attendees:
        if a.cancelled:
            continue
        if a.category == Category.EXHIBITOR_STAFF:
            if rng.random() > 0.85:
                continue
            moment = _at(7, rng.uniform(45, 120))
        elif a.category == Category.ORGANISER:
            moment = _at(7, rng.uniform(0, 30))
        else:
            if rng.random() > 0.55:
                continue
            moment = _at(9, max(0.0, min(150.0, rng.gauss(55, 35))))
        station = rng.choice(stations)
        a.checked_in_at = moment
        a.checked_in_station = station
        scans.append(
            m.Scan(
                uid=str(uuid.UUID(int=rng.getrandbits(128))),
                event_id=event.id,
                code=a.code,
                attendee_id=a.id,
                result=ScanResult.ADMITTED.value,
                station=station,
                scanned_at=moment,
            )
        )
        if rng.random() < 0.08:  # came back through the entrance later
            later = moment + dt.timedelta(minutes=rng.uniform(20, 90))
            scans.append(
                m.Scan(
                    uid=str(uuid.UUID(int=rng.getrandbits(128))),
                    event_id=event.id,
                    code=a.code,
                    attendee_id=a.id,
                    result=ScanResult.ALREADY_ADMITTED.value,
                    station=station,
                    scanned_at=later,
                )
            )
    for _ in range(9):  # a few refused scans: a foreign QR code, a cancelled badge
        scans.append(
            m.Scan(
                uid=str(uuid.UUID(int=rng.getrandbits(128))),
                event_id=event.id,
                code="https://www.diagora.com/",
                result=ScanResult.INVALID.value,
                reason="not_ours",
                station=rng.choice(stations),
                scanned_at=_at(9, rng.uniform(0, 120)),
            )
        )
    session.add_all(scans)


def _profiles(attendees, rng: random.Random) -> None:
    """Visitors' line of business (from their company) and their consent to exhibitors
    receiving their details, as a registration form would have asked it (unticked by
    default: a little over half tick it).  A separate ``rng`` keeps the rest of the demo
    as it was."""
    sector_of = {c: s for s, companies in data.VISITOR_SECTORS.items() for c in companies}
    for a in attendees:
        if a.category != Category.VISITOR:
            continue
        a.sector = sector_of.get(a.company, "")
        a.consent = rng.random() < 0.55
        a.consent_at = a.created_at
        a.consent_source = "import"


def _play_stands(session: Session, event: m.Event, attendees, exhibitors, rng) -> None:
    """The stands' morning: each person who came in meets a few stands after arriving (some
    stands draw many more people than others), each lead rated and tagged now and then."""
    weights = [rng.lognormvariate(0, 0.6) for _ in exhibitors]
    end = _at(11, 30)
    leads: list[m.Lead] = []
    for a in attendees:
        if a.checked_in_at is None or a.category in (Category.EXHIBITOR_STAFF, Category.ORGANISER):
            continue
        start = a.checked_in_at + dt.timedelta(minutes=5)
        minutes = (end - start).total_seconds() / 60
        if minutes <= 0:
            continue
        wanted = min(int(rng.expovariate(1 / 3.0)), max(0, int(minutes // 8)))
        met: set[int] = set()
        for _ in range(wanted):
            ex = rng.choices(exhibitors, weights=weights)[0]
            if ex.id in met or ex.id == a.exhibitor_id:
                continue
            met.add(ex.id)
            first = start + dt.timedelta(minutes=rng.uniform(0, minutes))
            last = first
            if rng.random() < 0.1:
                last = min(end, first + dt.timedelta(minutes=rng.uniform(10, 60)))
            leads.append(
                m.Lead(
                    event_id=event.id,
                    exhibitor_id=ex.id,
                    attendee_id=a.id,
                    first_scan_at=first,
                    last_scan_at=last,
                    scans=1 if last == first else 2,
                    rating=rng.choices(["hot", "warm", "cold", None], weights=[3, 4, 2, 1])[0],
                    tags=rng.sample(data.LEAD_TAGS, rng.choice([0, 0, 1, 1, 2])),
                    note=rng.choice(data.LEAD_NOTES) if rng.random() < 0.3 else "",
                    updated_at=last,
                )
            )
    session.add_all(leads)


def demo_hall_and_booths(seed: int) -> tuple[dict, list[dict], list[dict]]:
    """Diagora's exhibition hall (2,200 m²) and its 99 booths, as table rows."""
    hall = diagora.demo_hall()
    hall_row = {
        "name": hall.name,
        "width_m": hall.width,
        "depth_m": hall.depth,
        "min_aisle_m": hall.min_aisle,
        "outline": hall.outline,
    }
    elements = [
        {
            "kind": str(e.kind),
            "label": e.label,
            "x": e.x,
            "y": e.y,
            "width": e.width,
            "depth": e.depth,
            "rotation": e.rotation,
        }
        for e in hall.elements
    ]
    booths = [
        {
            "code": b.code,
            "x": b.x,
            "y": b.y,
            "width": b.width,
            "depth": b.depth,
            "rotation": b.rotation,
            "kind": str(b.kind or "inline"),
        }
        for b in diagora.demo_layout(seed)
    ]
    return hall_row, elements, booths
