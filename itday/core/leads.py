"""Exhibitors' leads at their stand: the pure rules (no Qt, no database).

An exhibitor's staff scan the badges of the visitors they meet from their own phones
(issue 25).  This module holds what the rest builds on:

* **Stand links.**  Each exhibitor has two secret links, printed on its « Kit exposant »:
  ``scan`` (booth staff: scan and qualify) and ``manager`` (« responsable »: also lists and
  exports the stand's leads).  A link's ``token`` carries 192 random bits (``new_token``);
  its ``short_code`` (« K7PM-2XQD », 40 bits, ``new_short_code``) is typed on a phone when
  the QR code of the kit cannot be read.  ``pair_path`` is the path a kit's QR code opens.
* **The visitor's code.**  What a phone sends — a code read from a photo, or a code typed —
  is parsed once into a ``LeadCode`` (STYLE 14): an itday badge code, the short form of a
  badge code printed under its QR code (``badge_short_code``: « ABCD-EFGH »), a code that may
  be an e-ticket of the ticketing service, or nothing of ours.
* **Which person.**  ``decide`` turns what the database knows about the code's holder into
  a ``LeadDecision``: a lead, or a refusal the phone shows (not a badge of this show, a
  badge of another edition, unreadable — « reprenez la photo plus près », a cancelled
  registration).
* **Consent.**  A stand always sees what the badge shows (name, company, category); the
  visitor's e-mail, phone and job title only if the visitor's consent is ``True`` when the
  stand looks (``visible``): a withdrawn consent applies from then on, to every export.
* **Qualifying.**  A rating (``hot``, ``warm``, ``cold``), the edition's tags, a note and
  answers to up to three organiser questions (``LeadSettings``).  A phone sends the whole
  qualification of a lead each time it changes, stamped with the phone's time of the edit
  (``LeadEdit``); ``merge`` keeps the latest edit (a retry or an older edit changes
  nothing), so sending the same edit twice is harmless.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from itday.core import badge, tickets
from itday.core.badge import CodeKind

# -- stand links --------------------------------------------------------------------------

ROLE_SCAN = "scan"
ROLE_MANAGER = "manager"
ROLES = (ROLE_SCAN, ROLE_MANAGER)

#: random bytes of a link's token (192 bits; the schema asks for at least 128)
TOKEN_BYTES = 24
#: a token as it appears in a link: URL-safe base64 without padding
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{32,64}")

#: Crockford's base32: no I, L, O, U; typed I/L read as 1 and O as 0
SHORT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SHORT_CHARS = 8  # 40 bits: guessing one among ~200 links, rate-limited, is hopeless
_SHORT_TYPED = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})

#: the path a kit's QR code opens (``{token}`` filled): it pairs the phone with the link
PAIR_PREFIX = "/p/"


def new_token() -> str:
    """A fresh link token: 192 random bits, URL-safe."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def looks_like_token(text: str) -> bool:
    """True if ``text`` has the form of a token (checked before any database look-up)."""
    return bool(TOKEN_PATTERN.fullmatch(text or ""))


def new_short_code() -> str:
    """A fresh short code of a stand link, as printed: « K7PM-2XQD »."""
    chars = "".join(secrets.choice(SHORT_ALPHABET) for _ in range(SHORT_CHARS))
    return format_short(chars)


def format_short(chars: str) -> str:
    """Eight characters grouped for reading aloud and typing: « K7PM-2XQD »."""
    half = len(chars) // 2
    return f"{chars[:half]}-{chars[half:]}"


def normalise_short_code(typed: str) -> str | None:
    """A typed stand short code as stored (« k7pm 2xqd » → « K7PM-2XQD »), or None when it
    cannot be one (wrong length or characters): refused without a database look-up."""
    chars = "".join(ch for ch in (typed or "").upper() if ch.isalnum()).translate(_SHORT_TYPED)
    if len(chars) != SHORT_CHARS or any(ch not in SHORT_ALPHABET for ch in chars):
        return None
    return format_short(chars)


def pair_path(token: str) -> str:
    """The path that pairs a phone with the link of ``token``."""
    return PAIR_PREFIX + token


def link_url(base_url: str, token: str) -> str:
    """The full link printed as a QR code on the kit: ``http://192.168.1.20:8080/p/…``."""
    return base_url.rstrip("/") + pair_path(token)


# -- the visitor's code -------------------------------------------------------------------

#: characters of a badge code's body kept in its short form (40 bits of the 80)
BADGE_SHORT_CHARS = 8
# A badge body is RFC 4648 base32 (A–Z, 2–7): typed 0, 1 and 8 can only mean O, I and B.
_BADGE_TYPED = str.maketrans({"0": "O", "1": "I", "8": "B"})


def badge_short_code(code: str) -> str:
    """The short form of a badge code, printed under its QR code and typed on a phone when
    the photo fails: the first eight characters of its random part, « ABCD-EFGH »."""
    parsed = badge.parse(code)
    if parsed.kind is not CodeKind.OURS:
        raise ValueError(f"not an itday badge code: {code!r}")
    return format_short(parsed.code[len(badge.PREFIX) : len(badge.PREFIX) + BADGE_SHORT_CHARS])


class LeadCodeKind(enum.StrEnum):
    BADGE = "badge"  # a whole itday badge code (read from the photo, or typed in full)
    BADGE_SHORT = "badge_short"  # the short form printed under the QR code
    TICKET = "ticket"  # may be the code of an e-ticket of the ticketing service
    DAMAGED = "damaged"  # our prefix, wrong check characters
    FOREIGN = "foreign"  # a URL, a vCard, another show's badge
    EMPTY = "empty"


@dataclass(frozen=True)
class LeadCode:
    """What a phone sent, parsed once: ``value`` is the code to look up (a whole badge code,
    the badge code's prefix ``ITD-ABCDEFGH`` for a short form, a ticket code as sent)."""

    kind: LeadCodeKind
    value: str
    typed: bool = False


def parse_lead_code(text: str, *, typed: bool = False) -> LeadCode:
    """Classify a code read from a photo or typed on the phone."""
    raw = (text or "").strip()
    if not raw or len(raw) > 512:
        return LeadCode(LeadCodeKind.EMPTY if not raw else LeadCodeKind.FOREIGN, raw[:512], typed)
    parsed = badge.parse(raw)
    if parsed.kind is CodeKind.OURS:
        return LeadCode(LeadCodeKind.BADGE, parsed.code, typed)
    if parsed.kind is CodeKind.DAMAGED:
        return LeadCode(LeadCodeKind.DAMAGED, raw, typed)
    if typed:
        chars = "".join(ch for ch in raw.upper() if ch.isalnum())
        if chars.startswith("ITD") and len(chars) > 3 + BADGE_SHORT_CHARS:
            chars = chars[3:]  # « ITD-ABCD… » typed in full but mistyped: try its start
        short = chars.translate(_BADGE_TYPED)
        if len(short) == BADGE_SHORT_CHARS and all(ch in badge.ALPHABET for ch in short):
            return LeadCode(LeadCodeKind.BADGE_SHORT, badge.PREFIX + short, typed)
    if tickets.looks_like_ticket(raw):
        return LeadCode(LeadCodeKind.TICKET, raw, typed)
    return LeadCode(LeadCodeKind.FOREIGN, raw, typed)


# -- which person -------------------------------------------------------------------------


class LeadResult(enum.StrEnum):
    NEW = "new"  # a first lead of this stand with this person
    AGAIN = "again"  # the same person scanned again: the same lead
    UNREADABLE = "unreadable"  # no code in the photo
    NOT_OURS = "not_ours"  # a QR code, but not a badge of this show
    DAMAGED = "damaged"  # ours, misread
    UNKNOWN = "unknown"  # a code of ours (or a ticket) nobody holds
    OTHER_EDITION = "other_edition"
    CANCELLED = "cancelled"
    AMBIGUOUS = "ambiguous"  # a short code two badges share: type the whole code

    @property
    def is_lead(self) -> bool:
        return self in (LeadResult.NEW, LeadResult.AGAIN)


@dataclass(frozen=True)
class Holder:
    """What the decision needs to know about the person holding the code."""

    id: int
    event_id: int
    cancelled: bool


@dataclass(frozen=True)
class LeadDecision:
    result: LeadResult
    attendee_id: int | None = None


def decide(
    code: LeadCode | None, holders: list[Holder], event_id: int, *, known: bool = False
) -> LeadDecision:
    """The answer to one scan at a stand.  ``code`` None: nothing was read in the photo;
    ``holders``: the people the code may belong to (one, or several for a short code);
    ``known``: this stand already has a lead with that person."""
    if code is None or code.kind is LeadCodeKind.EMPTY:
        return LeadDecision(LeadResult.UNREADABLE)
    if code.kind is LeadCodeKind.DAMAGED:
        return LeadDecision(LeadResult.DAMAGED)
    if not holders:
        if code.kind in (LeadCodeKind.BADGE, LeadCodeKind.BADGE_SHORT):
            return LeadDecision(LeadResult.UNKNOWN)
        if code.kind is LeadCodeKind.TICKET and code.typed:
            return LeadDecision(LeadResult.UNKNOWN)
        return LeadDecision(LeadResult.NOT_OURS)
    ours = [h for h in holders if h.event_id == event_id]
    if not ours:
        return LeadDecision(LeadResult.OTHER_EDITION)
    if len(ours) > 1:
        return LeadDecision(LeadResult.AMBIGUOUS)
    holder = ours[0]
    if holder.cancelled:
        return LeadDecision(LeadResult.CANCELLED, holder.id)
    return LeadDecision(LeadResult.AGAIN if known else LeadResult.NEW, holder.id)


# -- consent: what a stand may see --------------------------------------------------------

#: what the badge itself shows: a stand always sees it
BADGE_FIELDS = ("first_name", "last_name", "company", "category")
#: the visitor's details beyond the badge: only with their consent
CONTACT_FIELDS = ("email", "phone", "job_title")


def may_share(consent: bool | None) -> bool:
    """May the stands receive the visitor's details beyond the badge?  Only a ``True``:
    never asked (None) and refused (False) both mean no."""
    return consent is True


def visible(person: Mapping[str, object], consent: bool | None) -> dict[str, object]:
    """The person's fields a stand may see now: the badge's always, the contact details
    only with consent (blank otherwise, so that every file has the same columns)."""
    out: dict[str, object] = {name: person.get(name) or "" for name in BADGE_FIELDS}
    share = may_share(consent)
    for name in CONTACT_FIELDS:
        out[name] = (person.get(name) or "") if share else ""
    out["consent"] = share
    return out


# -- qualifying ---------------------------------------------------------------------------


class Rating(enum.StrEnum):
    HOT = "hot"
    WARM = "warm"
    COLD = "cold"


RATINGS = tuple(r.value for r in Rating)
RATING_WORDS = {
    "fr": {Rating.HOT: "chaud", Rating.WARM: "tiède", Rating.COLD: "froid"},
    "en": {Rating.HOT: "hot", Rating.WARM: "warm", Rating.COLD: "cold"},
}

MAX_TAGS = 12  # the edition's tags
MAX_TAG_LENGTH = 40
MAX_QUESTIONS = 3
MAX_QUESTION_LENGTH = 200
MAX_NOTE_LENGTH = 4000
MAX_ANSWER_LENGTH = 1000
#: a phone whose clock runs ahead cannot make its edits win for ever: an edit time later
#: than the server's clock by more than this is taken as the server's time
CLOCK_SKEW = dt.timedelta(minutes=2)
#: the ``app_setting`` key of an edition's tags and questions
SETTINGS_KEY = "lead_settings:{event_id}"


@dataclass(frozen=True)
class Question:
    key: str  # stable: « q1 », « q2 », « q3 » (answers keep their question when reworded)
    text: str


@dataclass(frozen=True)
class LeadSettings:
    """An edition's tags and questions (stored as JSON in ``app_setting``)."""

    tags: tuple[str, ...] = ()
    questions: tuple[Question, ...] = ()

    def to_json(self) -> str:
        return json.dumps(
            {"tags": list(self.tags), "questions": [[q.key, q.text] for q in self.questions]},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str | None) -> LeadSettings:
        """The stored settings; anything unreadable gives the empty settings."""
        try:
            data = json.loads(text or "{}")
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        tags = [t for t in data.get("tags") or [] if isinstance(t, str)]
        questions = [
            q
            for q in data.get("questions") or []
            if isinstance(q, list | tuple) and len(q) == 2 and all(isinstance(p, str) for p in q)
        ]
        return make_settings(tags, [text for _key, text in questions], [k for k, _ in questions])


def make_settings(
    tags: Iterable[str], questions: Iterable[str], keys: Iterable[str] | None = None
) -> LeadSettings:
    """Settings from what the organiser typed: blanks dropped, duplicates once, lengths
    capped; at most ``MAX_TAGS`` tags and ``MAX_QUESTIONS`` questions.  ``keys``: the
    questions' keys when they are edited (a reworded question keeps its answers)."""
    clean_tags = list(dict.fromkeys(" ".join(t.split())[:MAX_TAG_LENGTH] for t in tags))
    clean_tags = [t for t in clean_tags if t][:MAX_TAGS]
    texts = [" ".join(q.split())[:MAX_QUESTION_LENGTH] for q in questions]
    given = list(keys or [])
    out: list[Question] = []
    used: set[str] = set()
    for i, text in enumerate(texts):
        if not text:
            continue
        key = given[i] if i < len(given) and given[i] else ""
        if not re.fullmatch(r"q[1-9]", key) or key in used:
            key = next(f"q{n}" for n in range(1, 10) if f"q{n}" not in used)
        used.add(key)
        out.append(Question(key, text))
    return LeadSettings(tuple(clean_tags), tuple(out[:MAX_QUESTIONS]))


@dataclass(frozen=True)
class LeadEdit:
    """The whole qualification of a lead as the phone has it, and when it was made (the
    phone's clock, UTC)."""

    edited_at: dt.datetime
    rating: str | None = None
    tags: tuple[str, ...] = ()
    note: str = ""
    answers: Mapping[str, str] = field(default_factory=dict)


class EditError(ValueError):
    """An edit the server refuses as a whole (malformed)."""


def parse_edit(data: Mapping[str, object], settings: LeadSettings, now: dt.datetime) -> LeadEdit:
    """A phone's JSON edit, checked: an unknown rating, tags not of the edition, answers to
    no question are dropped; texts are capped; the edit time is the phone's (ISO 8601 or
    milliseconds since 1970), never later than ``now`` plus ``CLOCK_SKEW``."""
    stamp = data.get("edited_at")
    try:
        if isinstance(stamp, int | float) and not isinstance(stamp, bool):
            edited = dt.datetime.fromtimestamp(stamp / 1000.0, dt.UTC)
        elif isinstance(stamp, str):
            edited = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
            if edited.tzinfo is None:
                edited = edited.replace(tzinfo=dt.UTC)
        else:
            raise EditError("edited_at missing")
    except (ValueError, OverflowError, OSError) as exc:
        raise EditError(f"edited_at unreadable: {stamp!r}") from exc
    edited = min(edited.astimezone(dt.UTC), now + CLOCK_SKEW)
    rating = data.get("rating")
    rating = rating if isinstance(rating, str) and rating in RATINGS else None
    tags_in = data.get("tags") or []
    allowed = set(settings.tags)
    tags = tuple(
        dict.fromkeys(t for t in tags_in if isinstance(t, str) and t in allowed)
        if isinstance(tags_in, list)
        else ()
    )
    note = data.get("note")
    note = note[:MAX_NOTE_LENGTH] if isinstance(note, str) else ""
    answers_in = data.get("answers") or {}
    keys = {q.key for q in settings.questions}
    answers = (
        {
            k: v[:MAX_ANSWER_LENGTH]
            for k, v in answers_in.items()
            if k in keys and isinstance(v, str) and v.strip()
        }
        if isinstance(answers_in, dict)
        else {}
    )
    return LeadEdit(edited, rating, tags, note, answers)


@dataclass(frozen=True)
class Qualification:
    """A lead's qualification as stored, with the phone time of the edit it comes from."""

    rating: str | None = None
    tags: tuple[str, ...] = ()
    note: str = ""
    answers: Mapping[str, str] = field(default_factory=dict)
    edited_at: dt.datetime | None = None


def merge(current: Qualification, edit: LeadEdit) -> Qualification | None:
    """The qualification after ``edit``, or None when the edit changes nothing: it is older
    than the one stored (two phones of a stand edited the same lead; the last edit wins by
    the phone's time), or it is the same edit again (a retry)."""
    if current.edited_at is not None and edit.edited_at < current.edited_at:
        return None
    merged = Qualification(
        edit.rating, tuple(edit.tags), edit.note, dict(edit.answers), edit.edited_at
    )
    if merged == current:
        return None
    return merged


# -- uploads ------------------------------------------------------------------------------

UID_PATTERN = re.compile(r"[A-Za-z0-9_-]{8,64}")


def valid_uid(uid: str) -> bool:
    """An upload id made by a phone (``crypto.randomUUID()`` or the like)."""
    return bool(UID_PATTERN.fullmatch(uid or ""))
