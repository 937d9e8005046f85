"""The stands' pages: a WSGI application (Werkzeug) with one route table.

Each endpoint states who may call it where it is defined (STYLE 13), with one of three
access rules:

* ``UNPAIRED`` — anyone on the network: the pairing link of a kit, the typed kit code, the
  page saying to ask the organisers, the page's script and style;
* ``STAFF`` — a phone paired with the stand's ``scan`` or ``manager`` link: scanning a
  badge and qualifying the lead;
* ``MANAGER`` — a phone paired with the stand's ``manager`` link: the stand's list of leads
  and its downloads.

A phone proves its pairing with a cookie holding a secret (the database keeps its hash).
It sees its own stand and nothing else: every query is made for the stand of its pairing,
never for an id taken from the request.  Nothing of the organiser's pages or of the
database is reachable: the route table is all there is.  Wrong kit codes, wrong pairing
links and typed badge codes nobody holds are failures counted per network address
(``FailureLimiter``): past the limit the server answers 429 for a minute.

Every request is written to the server's log (``RequestLog``) with the endpoint's name, the
stand and the phone, the status and the time taken — never the path (a pairing link's
token), the query (a search), the address or anything about a visitor.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from itday.core import leads as rules
from itday.core.ratelimit import FailureLimiter
from itday.db import leads as db_leads
from itday.db import repo
from itday.services import leads_export
from itday.services.photos import MAX_UPLOAD_BYTES, PhotoDecoder, PhotoProblem
from itday.web import pages
from itday.web.text import language, t

UNPAIRED = "unpaired"
STAFF = "staff"
MANAGER = "manager"

COOKIE = "itday_stand"
REVOKED = "Ce téléphone n'a plus accès au stand : demandez un nouveau kit aux organisateurs."
COOKIE_DAYS = 4  # a show lasts a day or two; a phone forgotten in a drawer forgets it
STATIC = Path(__file__).with_name("static")
#: a phone is "connected" when it was seen within this many seconds
CONNECTED_WINDOW = 300.0


@dataclass(frozen=True)
class Endpoint:
    name: str
    path: str
    access: str
    methods: tuple[str, ...]
    handler: Callable


ROUTES: list[Endpoint] = []


def endpoint(path: str, *, access: str, methods: tuple[str, ...] = ("GET",)):
    """Declare a route and who may call it (``UNPAIRED``, ``STAFF`` or ``MANAGER``)."""

    def register(handler: Callable) -> Callable:
        ROUTES.append(Endpoint(handler.__name__, path, access, methods, handler))
        return handler

    return register


@dataclass
class Call:
    """One request as the handlers see it."""

    app: StandApp
    request: Request
    lang: str
    device: db_leads.DeviceInfo | None
    had_cookie: bool = False  # a cookie came, but pairs with nothing (revoked)
    log: dict = field(default_factory=dict)  # extra words for the request log (no data)

    @property
    def client(self) -> str:
        return self.request.remote_addr or "?"


class StandApp:
    """The WSGI application of the stands' server, on one database and one edition."""

    def __init__(
        self,
        database,
        event_id: int,
        *,
        decoder: PhotoDecoder | None = None,
        request_log: Callable[[str], None] | None = None,
        limiter: FailureLimiter | None = None,
    ) -> None:
        self.db = database
        self.event_id = event_id
        self.decoder = decoder or PhotoDecoder()
        self.request_log = request_log or (lambda line: None)
        self.limiter = limiter or FailureLimiter()
        self._limit_lock = threading.Lock()
        self._seen: dict[int, float] = {}
        self._seen_lock = threading.Lock()
        self.url_map = Map(
            [Rule(e.path, endpoint=e.name, methods=list(e.methods)) for e in ROUTES],
            strict_slashes=False,
        )
        self.endpoints = {e.name: e for e in ROUTES}
        with database.session() as session:
            event = repo.get_event(event_id, session=session)
            self.event_name = event.name if event is not None else ""
        self.static = {
            name: (STATIC / name).read_bytes() for name in ("phone.js", "phone.css", "icon.svg")
        }

    # -- bookkeeping ------------------------------------------------------------------
    def connected_phones(self) -> int:
        """Phones that made a request within the last few minutes."""
        now = time.monotonic()
        with self._seen_lock:
            return sum(1 for t in self._seen.values() if now - t <= CONNECTED_WINDOW)

    def _saw(self, device: db_leads.DeviceInfo) -> None:
        with self._seen_lock:
            self._seen[device.id] = time.monotonic()

    def wait(self, call: Call) -> float:
        with self._limit_lock:
            return self.limiter.wait(call.client)

    def failed(self, call: Call) -> None:
        with self._limit_lock:
            self.limiter.failed(call.client)

    # -- WSGI -------------------------------------------------------------------------
    def __call__(self, environ, start_response):
        request = Request(environ)
        request.max_content_length = MAX_UPLOAD_BYTES + 1_000_000
        request.max_form_memory_size = 100_000
        start = time.perf_counter()
        call = Call(self, request, language(request.accept_languages), None)
        name = "-"
        try:
            adapter = self.url_map.bind_to_environ(environ)
            name, args = adapter.match()
            response = self.dispatch(call, self.endpoints[name], args)
        except NotFound:
            response = pages.message_page(call.lang, t(call.lang, "Page introuvable."), 404)
        except HTTPException as exc:
            response = exc.get_response(environ)
        response.headers.update(pages.SECURITY_HEADERS)
        self._log(call, name, response.status_code, start)
        return response(environ, start_response)

    def dispatch(self, call: Call, ep: Endpoint, args: dict) -> Response:
        if call.request.method == "POST" and not _same_origin(call.request):
            return pages.message_page(call.lang, t(call.lang, "Requête refusée."), 403)
        secret = call.request.cookies.get(COOKIE, "")
        call.had_cookie = bool(secret)
        if secret:
            with self.db.session() as session:
                device = db_leads.device_by_secret(secret, session=session)
            if device is not None and device.event_id == self.event_id:
                call.device = device
                self._saw(device)
        if ep.access != UNPAIRED:
            refusal = self._refusal(call, ep, bool(secret))
            if refusal is not None:
                return refusal
        return ep.handler(call, **args)

    def _refusal(self, call: Call, ep: Endpoint, had_cookie: bool) -> Response | None:
        lang = call.lang
        if call.device is None:
            text = REVOKED if had_cookie else "Ce téléphone n'est relié à aucun stand."
            if call.request.path.startswith("/api/"):
                return _json({"error": "unpaired", "message": t(lang, text)}, 401)
            return pages.unpaired_page(lang, self.event_name, t(lang, text), status=401)
        if ep.access == MANAGER and not call.device.is_manager:
            text = t(lang, "Réservé au responsable du stand : demandez son kit aux organisateurs.")
            return pages.message_page(lang, text, 403)
        return None

    def _log(self, call: Call, name: str, status: int, start: float) -> None:
        device = call.device
        words = [
            dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            call.request.method,
            name,
            str(status),
            f"stand={device.exhibitor_id if device else '-'}",
            f"device={device.id if device else '-'}",
            f"role={device.role if device else '-'}",
            f"{(time.perf_counter() - start) * 1000:.0f}ms",
        ]
        words += [f"{k}={v}" for k, v in call.log.items()]
        self.request_log(" ".join(words))

    def close(self) -> None:
        self.decoder.close()


def _same_origin(request: Request) -> bool:
    """A POST comes from the server's own pages (the cookie is SameSite=Strict too)."""
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return True  # old browsers send none; the SameSite cookie still protects
    return origin.split("://", 1)[-1] == request.host


def _json(data: dict, status: int = 200) -> Response:
    response = Response(json.dumps(data, ensure_ascii=False), status, mimetype="application/json")
    response.headers["Cache-Control"] = "no-store"
    return response


def _too_many(call: Call, wait: float) -> Response:
    text = t(call.lang, "Trop d'essais : attendez une minute avant de recommencer.")
    call.log["limited"] = "yes"
    if call.request.path.startswith("/api/"):
        response = _json({"error": "too_many", "message": text}, 429)
    else:
        response = pages.message_page(call.lang, text, 429)
    response.headers["Retry-After"] = str(max(1, int(wait + 0.999)))
    return response


def _paired(call: Call, secret: str, device: db_leads.DeviceInfo) -> Response:
    response = pages.redirect("/")
    response.set_cookie(
        COOKIE,
        secret,
        max_age=COOKIE_DAYS * 86400,
        httponly=True,
        samesite="Strict",
        path="/",
    )
    call.device = device
    call.log["paired"] = "yes"
    return response


# -- endpoints ----------------------------------------------------------------------------


@endpoint("/", access=UNPAIRED)
def home(call: Call) -> Response:
    """The stand's scanning page for a paired phone; the line to ask the organisers (and
    the kit code field) for any other."""
    if call.device is None:
        if call.had_cookie:
            return pages.unpaired_page(call.lang, call.app.event_name, t(call.lang, REVOKED))
        return pages.unpaired_page(call.lang, call.app.event_name)
    with call.app.db.session() as session:
        settings = db_leads.lead_settings(call.device.event_id, session=session)
    return pages.scan_page(call.lang, call.app.event_name, call.device, settings)


@endpoint("/p/<token>", access=UNPAIRED)
def pair_link(call: Call, token: str) -> Response:
    """The link of a kit's QR code: pairs the phone with the stand and opens its page."""
    wait = call.app.wait(call)
    if wait > 0:
        return _too_many(call, wait)
    with call.app.db.session() as session:
        link = db_leads.link_by_token(token, session=session)
        if link is None or link.event_id != call.app.event_id:
            link = None
        else:
            secret, device = db_leads.pair(link.id, session=session)
    if link is None:
        call.app.failed(call)
        text = t(
            call.lang,
            "Ce lien n'est pas (ou plus) valable : demandez le kit exposant aux organisateurs.",
        )
        return pages.unpaired_page(call.lang, call.app.event_name, text, status=404)
    return _paired(call, secret, device)


@endpoint("/pair", access=UNPAIRED, methods=("POST",))
def pair_code(call: Call) -> Response:
    """The kit's short code typed on the phone (when its QR code cannot be read)."""
    wait = call.app.wait(call)
    if wait > 0:
        return _too_many(call, wait)
    typed = call.request.form.get("code", "")[:40]
    with call.app.db.session() as session:
        link = db_leads.link_by_short_code(typed, session=session)
        if link is None or link.event_id != call.app.event_id:
            link = None
        else:
            secret, device = db_leads.pair(link.id, session=session)
    if link is None:
        call.app.failed(call)
        text = t(
            call.lang, "Code du kit inconnu : vérifiez-le ou demandez le kit aux organisateurs."
        )
        return pages.unpaired_page(call.lang, call.app.event_name, text, status=404)
    return _paired(call, secret, device)


_PROBLEM_RESULTS = {
    PhotoProblem.TOO_BIG: "too_big",
    PhotoProblem.TOO_MANY_PIXELS: "too_big",
    PhotoProblem.HEIC: "heic",
    PhotoProblem.NOT_IMAGE: "not_image",
}


def _pick(codes: list[str]) -> rules.LeadCode | None:
    """The code of a photo: an itday badge first (a photo may show other QR codes)."""
    parsed = [rules.parse_lead_code(c) for c in codes]
    for kind in (rules.LeadCodeKind.BADGE, rules.LeadCodeKind.TICKET, rules.LeadCodeKind.DAMAGED):
        for code in parsed:
            if code.kind is kind:
                return code
    return parsed[0] if parsed else None


@endpoint("/api/scan", access=STAFF, methods=("POST",))
def scan(call: Call) -> Response:
    """A badge scanned at the stand: a photo (decoded here) or a typed code; ``uid`` makes
    it idempotent (a phone sends the same scan again after a network failure)."""
    request = call.request
    uid = request.form.get("uid", "")
    if not rules.valid_uid(uid):
        return _json({"error": "bad_request"}, 400)
    photo = request.files.get("photo")
    typed = request.form.get("code", "")
    code: rules.LeadCode | None
    if photo is not None:
        with call.app.db.session() as session:  # a retry: no need to decode again
            replay = _replayed(call, uid, session)
        if replay is not None:
            return replay
        data = photo.stream.read(MAX_UPLOAD_BYTES + 1)
        decoded = call.app.decoder.decode(data)
        call.log["decode_ms"] = f"{decoded.ms:.0f}"
        call.log["cpu_ms"] = f"{decoded.cpu_ms:.0f}"
        call.log["queue_ms"] = f"{decoded.waited_ms:.0f}"
        if decoded.problem is not None:
            call.log["result"] = decoded.problem.value
            return _json({"uid": uid, "result": _PROBLEM_RESULTS[decoded.problem]}, 200)
        code = _pick(decoded.codes)
    else:
        wait = call.app.wait(call)
        if wait > 0:
            return _too_many(call, wait)
        code = rules.parse_lead_code(typed, typed=True)
    try:
        with call.app.db.session() as session:
            answer = db_leads.record_scan(call.device, uid, code, session=session)
    except db_leads.UploadConflict:
        return _json({"error": "conflict"}, 409)
    call.log["result"] = answer["result"]
    if (
        photo is None
        and not answer.get("replayed")
        and answer["result"] in ("unknown", "ambiguous")
    ):
        call.app.failed(call)  # a typed code nobody holds: a guess, maybe
    return _json(answer)


def _replayed(call: Call, uid: str, session) -> Response | None:
    from itday.db.models import LeadUpload

    if session.get(LeadUpload, uid) is None:
        return None
    try:
        answer = db_leads.record_scan(call.device, uid, None, session=session)
    except db_leads.UploadConflict:
        return _json({"error": "conflict"}, 409)
    call.log["result"] = answer["result"]
    return _json(answer)


@endpoint("/api/lead", access=STAFF, methods=("POST",))
def edit_lead(call: Call) -> Response:
    """A lead's qualification as the phone has it (sent whole each time it changes)."""
    try:
        data = json.loads(call.request.get_data(as_text=True) or "{}")
    except ValueError:
        return _json({"error": "bad_request"}, 400)
    if not isinstance(data, dict) or not rules.valid_uid(str(data.get("scan_uid", ""))):
        return _json({"error": "bad_request"}, 400)
    with call.app.db.session() as session:
        settings = db_leads.lead_settings(call.device.event_id, session=session)
        try:
            edit = rules.parse_edit(data, settings, dt.datetime.now(dt.UTC))
        except rules.EditError:
            return _json({"error": "bad_request"}, 400)
        result = db_leads.update_lead(call.device, data["scan_uid"], edit, session=session)
    if result is None:
        return _json({"error": "no_lead"}, 404)
    call.log["changed"] = "yes" if result["changed"] else "no"
    return _json(result)


@endpoint("/leads", access=MANAGER)
def manager_page(call: Call) -> Response:
    """The stand's leads, newest first, searchable, with the downloads."""
    search = call.request.args.get("q", "")[:100]
    with call.app.db.session() as session:
        data = leads_export.load(call.device.exhibitor_id, session=session, search=search)
        total = (
            len(data.rows)
            if not search
            else len(db_leads.stand_leads(call.device.exhibitor_id, session=session))
        )
    return pages.manager_page(call.lang, call.app.event_name, call.device, data, search, total)


@endpoint("/leads.<kind>", access=MANAGER)
def download(call: Call, kind: str) -> Response:
    """The stand's leads as CSV, XLSX or vCards (the search applied, if any)."""
    if kind not in leads_export.SUFFIXES:
        raise NotFound()
    search = call.request.args.get("q", "")[:100]
    with call.app.db.session() as session:
        data = leads_export.load(call.device.exhibitor_id, session=session, search=search)
    body = leads_export.render(data, kind)
    name = leads_export.file_stem(data.exhibitor, data.exhibitor_id) + leads_export.SUFFIXES[kind]
    response = Response(body, mimetype=leads_export.MEDIA_TYPES[kind].split(";")[0])
    if ";" in leads_export.MEDIA_TYPES[kind]:
        response.headers["Content-Type"] = leads_export.MEDIA_TYPES[kind]
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["Cache-Control"] = "no-store"
    call.log["rows"] = str(len(data.rows))
    return response


_STATIC_TYPES = {
    "phone.js": "text/javascript; charset=utf-8",
    "phone.css": "text/css; charset=utf-8",
    "icon.svg": "image/svg+xml",
}


@endpoint("/static/<name>", access=UNPAIRED)
def static(call: Call, name: str) -> Response:
    """The pages' script, style and icon (served by the laptop: nothing from outside)."""
    body = call.app.static.get(name)
    if body is None:
        raise NotFound()
    response = Response(body)
    response.headers["Content-Type"] = _STATIC_TYPES[name]
    response.headers["Cache-Control"] = "max-age=300"
    return response
