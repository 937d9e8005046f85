"""Exhibitors' leads in the database: stand links, paired phones, leads (issue 25).

Small functions taking ``*, session`` (STYLE 9).  The write functions commit (one unit of
work each) and every function returns plain data (frozen dataclasses, dicts), never ORM
objects, so that the stands' server threads and the GUI's workers can pass them around.
The rules themselves (codes, consent, merging an edit) are in ``itday.core.leads``.

* ``ensure_links`` / ``links`` / ``revoke``: each exhibitor's ``scan`` and ``manager``
  links; revoking a link issues a new one, and the phones paired with the old one see
  nothing any more.
* ``pair`` / ``device_by_secret``: a phone pairs with a link (by its token or its short
  code) and gets a secret for its cookie; the database keeps only the secret's SHA-256.
* ``record_scan``: one scan at a stand, idempotent by the phone's upload id; one lead per
  stand and person however many times the badge is scanned.
* ``update_lead``: a phone's edit of a lead's qualification (the last edit wins).
* ``stand_leads`` / ``lead_counts``: a stand's leads as its people may see them (consent
  applied when read), and how many each stand has.
* ``lead_settings`` / ``set_lead_settings``: the edition's tags and questions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import case, func, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from itday.core import leads as rules
from itday.core.leads import LeadCode, LeadCodeKind, LeadEdit, LeadResult, LeadSettings
from itday.core.text import fold
from itday.db import repo
from itday.db.models import (
    Attendee,
    AttendeeCode,
    Exhibitor,
    Lead,
    LeadUpload,
    StandDevice,
    StandLink,
)
from itday.db.types import utcnow

#: a device's ``last_seen`` is written at most this often (not on every request)
SEEN_EVERY = dt.timedelta(seconds=60)


@dataclass(frozen=True)
class LinkInfo:
    """One active pairing link of a stand."""

    id: int
    event_id: int
    exhibitor_id: int
    exhibitor: str  # the exhibitor's name
    role: str  # rules.ROLE_SCAN or rules.ROLE_MANAGER
    token: str
    short_code: str
    created_at: dt.datetime


@dataclass(frozen=True)
class DeviceInfo:
    """A paired phone and the stand it may see."""

    id: int
    link_id: int
    label: str
    event_id: int
    exhibitor_id: int
    exhibitor: str
    role: str

    @property
    def is_manager(self) -> bool:
        return self.role == rules.ROLE_MANAGER


class UploadConflict(Exception):
    """An upload id already used by another stand's phone: nothing is told or changed."""


# -- links --------------------------------------------------------------------------------


def _link_info(link: StandLink, name: str) -> LinkInfo:
    return LinkInfo(
        link.id,
        link.event_id,
        link.exhibitor_id,
        name,
        link.role,
        link.token,
        link.short_code,
        link.created_at,
    )


def _active(event_id: int, exhibitor_id: int | None, session: Session):
    query = (
        select(StandLink, Exhibitor.name)
        .join(Exhibitor, col(Exhibitor.id) == StandLink.exhibitor_id)
        .where(StandLink.event_id == event_id, col(StandLink.revoked_at).is_(None))
    )
    if exhibitor_id is not None:
        query = query.where(StandLink.exhibitor_id == exhibitor_id)
    return session.exec(query).all()


def links(event_id: int, exhibitor_id: int | None = None, *, session: Session) -> list[LinkInfo]:
    """The active links of the edition's stands (of one exhibitor if given), by exhibitor
    name, then ``scan`` before ``manager``."""
    rows = [_link_info(link, name) for link, name in _active(event_id, exhibitor_id, session)]
    rows.sort(key=lambda r: (fold(r.exhibitor), r.exhibitor_id, rules.ROLES.index(r.role)))
    return rows


def _new_short_code(session: Session) -> str:
    while True:
        code = rules.new_short_code()
        taken = session.exec(select(StandLink.id).where(StandLink.short_code == code)).first()
        if taken is None:
            return code


def ensure_links(
    event_id: int, exhibitor_id: int | None = None, *, session: Session
) -> list[LinkInfo]:
    """Create the missing active ``scan`` and ``manager`` link of every exhibitor of the
    edition (or of one); commits; returns the active links (``links``)."""
    query = select(Exhibitor.id).where(Exhibitor.event_id == event_id)
    if exhibitor_id is not None:
        query = query.where(Exhibitor.id == exhibitor_id)
    exhibitors = list(session.exec(query))
    have = {(link.exhibitor_id, link.role) for link, _ in _active(event_id, exhibitor_id, session)}
    added = False
    for ex_id in exhibitors:
        for role in rules.ROLES:
            if (ex_id, role) not in have:
                session.add(
                    StandLink(
                        event_id=event_id,
                        exhibitor_id=ex_id,
                        role=role,
                        token=rules.new_token(),
                        short_code=_new_short_code(session),
                    )
                )
                added = True
    if added:
        session.commit()
    return links(event_id, exhibitor_id, session=session)


def revoke(exhibitor_id: int, role: str | None = None, *, session: Session) -> list[LinkInfo]:
    """Revoke the exhibitor's active link of ``role`` (both when None) and issue new ones;
    the phones paired with a revoked link lose access at their next request.  Commits;
    returns the exhibitor's active links."""
    exhibitor = session.get(Exhibitor, exhibitor_id)
    if exhibitor is None:
        return []
    now = utcnow()
    query = select(StandLink).where(
        StandLink.exhibitor_id == exhibitor_id, col(StandLink.revoked_at).is_(None)
    )
    if role is not None:
        query = query.where(StandLink.role == role)
    revoked = list(session.exec(query))
    for link in revoked:
        link.revoked_at = now
    if revoked:
        session.execute(
            update(StandDevice)
            .where(
                col(StandDevice.link_id).in_([link.id for link in revoked]),
                col(StandDevice.revoked_at).is_(None),
            )
            .values(revoked_at=now)
        )
    session.flush()
    return ensure_links(exhibitor.event_id, exhibitor_id, session=session)


def link_by_token(token: str, *, session: Session) -> LinkInfo | None:
    """The active link of a kit's QR code, or None (unknown, revoked, malformed)."""
    if not rules.looks_like_token(token):
        return None
    return _one_link(StandLink.token == token, session)


def link_by_short_code(typed: str, *, session: Session) -> LinkInfo | None:
    """The active link whose short code was typed (any case, with or without the dash)."""
    code = rules.normalise_short_code(typed)
    if code is None:
        return None
    return _one_link(StandLink.short_code == code, session)


def _one_link(condition, session: Session) -> LinkInfo | None:
    row = session.exec(
        select(StandLink, Exhibitor.name)
        .join(Exhibitor, col(Exhibitor.id) == StandLink.exhibitor_id)
        .where(condition, col(StandLink.revoked_at).is_(None))
    ).first()
    return _link_info(*row) if row is not None else None


# -- paired phones ------------------------------------------------------------------------


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def pair(link_id: int, *, session: Session) -> tuple[str, DeviceInfo]:
    """Pair a phone with an active link: ``(secret for its cookie, the device)``; commits.
    Only the secret's hash is stored."""
    link = session.get(StandLink, link_id)
    if link is None or link.revoked_at is not None:
        raise ValueError(f"no active stand link {link_id}")
    count = session.exec(
        select(func.count()).select_from(StandDevice).where(StandDevice.link_id == link_id)
    ).one()
    secret = secrets.token_urlsafe(32)
    device = StandDevice(link_id=link_id, secret_hash=_hash(secret), label=f"Téléphone {count + 1}")
    session.add(device)
    session.commit()
    name = session.get(Exhibitor, link.exhibitor_id).name
    return secret, DeviceInfo(
        device.id, link.id, device.label, link.event_id, link.exhibitor_id, name, link.role
    )


def device_by_secret(secret: str, *, session: Session, touch: bool = True) -> DeviceInfo | None:
    """The phone whose cookie holds ``secret``, or None (unknown, or its link or itself
    revoked).  ``touch``: note that it was seen (at most once a minute)."""
    if not secret or len(secret) > 200:
        return None
    row = session.exec(
        select(StandDevice, StandLink, Exhibitor.name)
        .join(StandLink, col(StandLink.id) == StandDevice.link_id)
        .join(Exhibitor, col(Exhibitor.id) == StandLink.exhibitor_id)
        .where(StandDevice.secret_hash == _hash(secret))
    ).first()
    if row is None:
        return None
    device, link, name = row
    if device.revoked_at is not None or link.revoked_at is not None:
        return None
    now = utcnow()
    if touch and now - device.last_seen >= SEEN_EVERY:
        session.execute(
            update(StandDevice).where(col(StandDevice.id) == device.id).values(last_seen=now)
        )
        session.commit()
    return DeviceInfo(
        device.id, link.id, device.label, link.event_id, link.exhibitor_id, name, link.role
    )


def devices(exhibitor_id: int, *, session: Session) -> list[dict]:
    """The phones paired with the exhibitor's active links (label, role, last seen)."""
    rows = session.exec(
        select(StandDevice, StandLink.role)
        .join(StandLink, col(StandLink.id) == StandDevice.link_id)
        .where(
            StandLink.exhibitor_id == exhibitor_id,
            col(StandLink.revoked_at).is_(None),
            col(StandDevice.revoked_at).is_(None),
        )
        .order_by(col(StandDevice.id))
    ).all()
    return [
        {"id": d.id, "label": d.label, "role": role, "last_seen": d.last_seen} for d, role in rows
    ]


# -- scans and leads ----------------------------------------------------------------------


def _holders(code: LeadCode, event_id: int, session: Session) -> list[rules.Holder]:
    def holder(a: Attendee) -> rules.Holder:
        return rules.Holder(a.id, a.event_id, a.cancelled)

    if code.kind is LeadCodeKind.BADGE:
        found = repo.attendee_by_code(code.value, session=session)
        return [holder(found)] if found is not None else []
    if code.kind is LeadCodeKind.BADGE_SHORT:  # a prefix: the index on the code serves it
        people = session.exec(
            select(Attendee)
            .where(
                col(Attendee.code) >= code.value,
                col(Attendee.code) < code.value + "~",
                Attendee.event_id == event_id,
            )
            .limit(3)
        ).all()
        return [holder(a) for a in people]
    if code.kind is LeadCodeKind.TICKET:
        from itday.core import tickets

        held = repo.ticket_holder(tickets.candidates(code.value), event_id, session=session)
        return [holder(held[0])] if held is not None else []
    return []


def _badge(a: Attendee) -> dict:
    """What the badge shows, as the phone's answer says it."""
    return {
        "first_name": a.first_name,
        "last_name": a.last_name,
        "company": a.company,
        "category": a.category,
    }


def _qualification(lead: Lead) -> dict:
    return {
        "rating": lead.rating,
        "tags": list(lead.tags or []),
        "note": lead.note,
        "answers": dict(lead.answers or {}),
        "edited_at": lead.edited_at.isoformat() if lead.edited_at else None,
    }


def _stored_answer(uid: str, device: DeviceInfo, session: Session) -> dict | None:
    upload = session.get(LeadUpload, uid)
    if upload is None:
        return None
    if upload.exhibitor_id != device.exhibitor_id:
        raise UploadConflict(uid)
    answer = dict(upload.answer)
    if upload.lead_id is not None:  # the qualification as it is now (edits since)
        lead = session.get(Lead, upload.lead_id)
        if lead is not None:
            answer.update(_qualification(lead))
    answer["replayed"] = True
    return answer


def record_scan(
    device: DeviceInfo,
    uid: str,
    code: LeadCode | None,
    *,
    session: Session,
    scanned_at: dt.datetime | None = None,
) -> dict:
    """One scan at the stand of ``device``: the decision, and the lead (new, or the same
    one again: one per stand and person).  ``code`` None: nothing was read in the photo.
    Idempotent by ``uid``: sent again, it changes nothing and gets the first answer
    (``replayed``).  Commits.  Returns the phone's answer: ``uid``, ``result`` (a
    ``LeadResult`` value), and for a lead ``lead_id``, the badge's fields, ``scans`` and the
    lead's qualification.  Raises ``UploadConflict`` when another stand used ``uid``."""
    for _attempt in range(3):
        stored = _stored_answer(uid, device, session)
        if stored is not None:
            return stored
        try:
            return _record(device, uid, code, session, scanned_at or utcnow())
        except IntegrityError:  # the same upload, or the same person, at the same moment
            session.rollback()
    stored = _stored_answer(uid, device, session)
    if stored is None:
        raise RuntimeError(f"scan {uid} could not be written")
    return stored


def _record(
    device: DeviceInfo, uid: str, code: LeadCode | None, session: Session, moment: dt.datetime
) -> dict:
    holders = _holders(code, device.event_id, session) if code is not None else []
    ours = [h for h in holders if h.event_id == device.event_id]
    existing = None
    if len(ours) == 1:
        existing = session.exec(
            select(Lead).where(
                Lead.exhibitor_id == device.exhibitor_id, Lead.attendee_id == ours[0].id
            )
        ).first()
    decision = rules.decide(code, holders, device.event_id, known=existing is not None)
    answer: dict = {"uid": uid, "result": decision.result.value}
    lead = None
    if decision.result.is_lead:
        attendee = session.get(Attendee, decision.attendee_id)
        if existing is None:
            lead = Lead(
                event_id=device.event_id,
                exhibitor_id=device.exhibitor_id,
                attendee_id=attendee.id,
                device_id=device.id,
                first_scan_at=moment,
                last_scan_at=moment,
                scans=1,
            )
            session.add(lead)
            session.flush()  # the unique (stand, person) constraint speaks here
        else:  # one UPDATE: phones scanning at the same moment lose no count
            lead = existing
            session.execute(
                update(Lead)
                .where(col(Lead.id) == lead.id)
                .values(
                    scans=col(Lead.scans) + 1,
                    last_scan_at=case(
                        (col(Lead.last_scan_at) < moment, moment), else_=col(Lead.last_scan_at)
                    ),
                    updated_at=utcnow(),
                )
            )
            session.refresh(lead)
        answer.update(_badge(attendee))
        answer["lead_id"] = lead.id
        answer["scans"] = lead.scans
    elif decision.result is LeadResult.CANCELLED:
        pass  # no name for a cancelled registration
    session.add(
        LeadUpload(
            uid=uid,
            exhibitor_id=device.exhibitor_id,
            device_id=device.id,
            lead_id=lead.id if lead is not None else None,
            answer=answer,
            received_at=moment,
        )
    )
    session.commit()
    if lead is not None:
        answer = {**answer, **_qualification(lead)}
    return answer


def update_lead(
    device: DeviceInfo, scan_uid: str, edit: LeadEdit, *, session: Session
) -> dict | None:
    """Apply a phone's edit to the lead its scan ``scan_uid`` made (the phone knows its
    leads by the id it gave the scan, also before the server answered); the last edit by the
    phone's time wins, an edit sent again changes nothing.  Commits.  Returns the lead's
    qualification now (``changed`` says whether this edit changed it), or None when the scan
    made no lead of this stand."""
    upload = session.get(LeadUpload, scan_uid)
    if upload is None or upload.lead_id is None or upload.exhibitor_id != device.exhibitor_id:
        return None
    lead = session.get(Lead, upload.lead_id)
    if lead is None:
        return None
    current = rules.Qualification(
        lead.rating,
        tuple(lead.tags or ()),
        lead.note,
        dict(lead.answers or {}),
        lead.edited_at,
    )
    merged = rules.merge(current, edit)
    changed = False
    if merged is not None:  # written only if no later edit got there first (one UPDATE)
        changed = (
            session.execute(
                update(Lead)
                .where(
                    col(Lead.id) == lead.id,
                    or_(col(Lead.edited_at).is_(None), col(Lead.edited_at) <= merged.edited_at),
                )
                .values(
                    rating=merged.rating,
                    tags=list(merged.tags),
                    note=merged.note,
                    answers=dict(merged.answers),
                    edited_at=merged.edited_at,
                    device_id=device.id,
                    updated_at=utcnow(),
                )
            ).rowcount
            == 1
        )
        session.commit()
        session.refresh(lead)
    return {"lead_id": lead.id, "changed": changed, **_qualification(lead)}


#: a stand's lead as its people may see it (consent applied when read)
LEAD_COLUMNS = (
    "id",
    "first_scan_at",
    "last_scan_at",
    "scans",
    "first_name",
    "last_name",
    "company",
    "category",
    "job_title",
    "email",
    "phone",
    "consent",
    "rating",
    "tags",
    "note",
    "answers",
)


def stand_leads(exhibitor_id: int, search: str = "", *, session: Session) -> list[dict]:
    """The stand's leads, newest first (by their last scan), each with what the badge shows
    and — only for a visitor whose consent is ``True`` now — their e-mail, phone and job
    title.  ``search``: words that must all appear (accents and case ignored) in the name,
    company, note, tags or answers."""
    rows = session.exec(
        select(Lead, Attendee)
        .join(Attendee, col(Attendee.id) == Lead.attendee_id)
        .where(Lead.exhibitor_id == exhibitor_id)
        .order_by(col(Lead.last_scan_at).desc(), col(Lead.id).desc())
    ).all()
    words = fold(search).split()
    out = []
    for lead, person in rows:
        row = {
            "id": lead.id,
            "first_scan_at": lead.first_scan_at,
            "last_scan_at": lead.last_scan_at,
            "scans": lead.scans,
            **rules.visible(
                {
                    name: getattr(person, name)
                    for name in (*rules.BADGE_FIELDS, *rules.CONTACT_FIELDS)
                },
                person.consent,
            ),
            "rating": lead.rating,
            "tags": list(lead.tags or []),
            "note": lead.note,
            "answers": dict(lead.answers or {}),
        }
        if words:
            haystack = fold(
                " ".join(
                    [
                        row["first_name"],
                        row["last_name"],
                        row["company"],
                        lead.note,
                        *row["tags"],
                        *row["answers"].values(),
                    ]
                )
            )
            if not all(w in haystack for w in words):
                continue
        out.append(row)
    return out


def lead_counts(event_id: int, *, session: Session) -> dict[int, int]:
    """Leads per exhibitor of the edition (exhibitors without any are absent)."""
    rows = session.exec(
        select(Lead.exhibitor_id, func.count())
        .where(Lead.event_id == event_id)
        .group_by(Lead.exhibitor_id)
    ).all()
    return {ex_id: int(n) for ex_id, n in rows}


def exhibitor_name(exhibitor_id: int, *, session: Session) -> str | None:
    exhibitor = session.get(Exhibitor, exhibitor_id)
    return exhibitor.name if exhibitor is not None else None


# -- the edition's tags and questions -----------------------------------------------------


def lead_settings(event_id: int, *, session: Session) -> LeadSettings:
    """The edition's tags and questions (empty until the organiser sets them)."""
    key = rules.SETTINGS_KEY.format(event_id=event_id)
    return LeadSettings.from_json(repo.get_setting(key, session=session))


def set_lead_settings(event_id: int, settings: LeadSettings, *, session: Session) -> None:
    """Store the edition's tags and questions (``rules.make_settings`` cleans what the
    organiser typed); commits."""
    key = rules.SETTINGS_KEY.format(event_id=event_id)
    repo.set_setting(key, settings.to_json(), session=session)
    session.commit()


def ticket_code_count(event_id: int, *, session: Session) -> int:
    """How many ticket codes the edition knows (the phone's page says whether e-tickets
    may be scanned)."""
    return int(
        session.exec(
            select(func.count()).select_from(AttendeeCode).where(AttendeeCode.event_id == event_id)
        ).one()
    )
