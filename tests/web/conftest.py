"""The stands' server started for real on 127.0.0.1, and phones talking to it over HTTP."""

from __future__ import annotations

import http.cookiejar
import json
import urllib.error
import urllib.request
import uuid

import pytest

from itday.core import badge
from itday.db import leads as db_leads
from itday.db.models import Attendee, AttendeeCode, Exhibitor
from tests.web.browser import phone_browser  # noqa: F401 (a fixture of these tests)


@pytest.fixture
def stand_show(db, event_id):
    """Two exhibitors and three visitors (consent yes, never asked, cancelled)."""
    with db.session() as s:
        acme = Exhibitor(event_id=event_id, name="Acme Informatique")
        bolt = Exhibitor(event_id=event_id, name="Bolt")
        s.add_all([acme, bolt])
        people = {}
        for key, consent, cancelled in (
            ("yes", True, False),
            ("never", None, False),
            ("cancelled", True, True),
        ):
            a = Attendee(
                event_id=event_id,
                first_name=f"Prénom-{key}",
                last_name=f"Nom-{key}",
                company="CNES",
                email=f"{key}@example.org",
                phone="06 12 34 56 78",
                code=badge.new_code(),
                consent=consent,
                cancelled=cancelled,
            )
            s.add(a)
            people[key] = a
        s.commit()
        s.add(AttendeeCode(event_id=event_id, attendee_id=people["never"].id, code="987654321012"))
        s.commit()
        links = {(x.exhibitor_id, x.role): x for x in db_leads.ensure_links(event_id, session=s)}
        return {
            "event_id": event_id,
            "acme": acme.id,
            "bolt": bolt.id,
            "links": links,
            **{k: a.code for k, a in people.items()},
        }


@pytest.fixture
def stand_server(db, stand_show, tmp_path):
    from itday.web.server import StandServer

    failures = []
    server = StandServer(
        db,
        "127.0.0.1",
        0,
        on_start_failed=failures.append,
        log_path=tmp_path / "requests.log",
        threads=4,
        decoders=1,
    )
    assert server.start(), failures
    yield server
    server.stop()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Phone:
    """A phone's browser: keeps its cookie, follows no redirect unless asked."""

    def __init__(self, base: str, language: str = "fr-FR,fr;q=0.9"):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.language = language
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect()
        )

    def request(self, path, data=None, headers=None, method=None):
        url = path if path.startswith("http") else self.base + path
        headers = {"Accept-Language": self.language, **(headers or {})}
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with self.opener.open(req, timeout=60) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), exc.read()

    def get(self, path):
        return self.request(path)

    def pair(self, url):
        status, headers, _ = self.get(url)
        assert status == 303, status
        return headers

    def form(self, path, fields):
        data = urllib.parse.urlencode(fields).encode()
        return self.request(
            path, data, {"Content-Type": "application/x-www-form-urlencoded"}, "POST"
        )

    def scan(self, code=None, photo: bytes | None = None, uid=None, mime="image/jpeg"):
        uid = uid or uuid.uuid4().hex
        boundary = uuid.uuid4().hex
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="uid"\r\n\r\n{uid}\r\n'.encode()
        ]
        if code is not None:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="code"\r\n\r\n'.encode()
                + code.encode()
                + b"\r\n"
            )
        if photo is not None:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="photo"; '
                f'filename="badge.jpg"\r\nContent-Type: {mime}\r\n\r\n'.encode()
                + photo
                + b"\r\n"
            )
        parts.append(f"--{boundary}--\r\n".encode())
        status, _headers, body = self.request(
            "/api/scan",
            b"".join(parts),
            {"Content-Type": f"multipart/form-data; boundary={boundary}"},
            "POST",
        )
        return status, (json.loads(body) if body[:1] == b"{" else body)

    def edit(self, scan_uid, **fields):
        payload = {"scan_uid": scan_uid, **fields}
        status, _h, body = self.request(
            "/api/lead", json.dumps(payload).encode(), {"Content-Type": "application/json"}, "POST"
        )
        return status, json.loads(body) if body[:1] == b"{" else body


@pytest.fixture
def phone_for(stand_server):
    def make(language="fr-FR,fr;q=0.9"):
        return Phone(stand_server.url, language)

    return make
