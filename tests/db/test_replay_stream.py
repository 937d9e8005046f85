"""``itday replay`` takes the same sources as the desk: a stream URL too (an HTTP MJPEG stream
served on 127.0.0.1, showing badges rendered by itday and a ticket on a phone)."""

from __future__ import annotations

import json

from benchmarks.mjpeg import MjpegServer, badge_images, desk_frame, qr_picture
from itday import cli
from itday.db import repo
from itday.db.models import AttendeeCode


def _waiting(db, count):
    with db.session() as s:
        event_id = repo.latest_event(session=s).id
        rows = repo.attendee_rows(event_id, session=s)
    people = [r for r in rows if r["checked_in_at"] is None and not r["cancelled"]]
    return event_id, people[:count]


def test_replay_of_a_stream_url_admits_the_badges_and_the_ticket(demo_db, tmp_path, capsys):
    event_id, people = _waiting(demo_db, 3)
    ticket = "1700099887766"
    with demo_db.session() as s:
        s.add(AttendeeCode(event_id=event_id, attendee_id=people[2]["id"], code=ticket))
        s.commit()
    badges = badge_images(demo_db, event_id, [p["id"] for p in people[:2]], tmp_path)
    empty = desk_frame()
    frames = [empty] * 3
    for person in people[:2]:
        frames += [desk_frame(badges[person["id"]])] * 4 + [empty] * 4
    frames += [desk_frame(qr_picture(ticket))] * 4 + [empty] * 3

    with MjpegServer(frames, fps=30) as server:
        code = cli.main(
            [
                "replay",
                server.url,
                "--frames",
                str(len(frames)),
                "--station",
                "Téléphone",
                "--json",
                "--db",
                demo_db.url,
            ]
        )
    assert code == 0, capsys.readouterr().err
    summary = json.loads(capsys.readouterr().out)
    assert summary["frames"] == len(frames)
    assert summary["results"] == {"admitted": 3}
    assert summary["admitted_codes"] == [people[0]["code"], people[1]["code"], ticket]
    with demo_db.session() as s:
        for person in people:
            a = repo.attendee_by_code(person["code"], session=s)
            assert a.checked_in_station == "Téléphone"


def test_replay_of_an_unreachable_stream_is_one_clear_line(demo_db, capsys):
    assert cli.main(["replay", "http://127.0.0.1:9/video", "--db", demo_db.url]) == 1
    err = capsys.readouterr().err
    assert "injoignable" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_replay_of_an_unsupported_address_is_one_clear_line(demo_db, capsys):
    assert cli.main(["replay", "ftp://example.org/queue.avi", "--db", demo_db.url]) == 1
    err = capsys.readouterr().err
    assert "non prise en charge" in err and "Traceback" not in err
