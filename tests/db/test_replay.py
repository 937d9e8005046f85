"""``itday replay`` runs the station's whole pipeline on a synthetic queue video: every badge
shown is admitted, each once; ``itday decode`` reads image files."""

import json

import cv2
import pytest

from benchmarks.make_video import make_video
from itday import cli
from itday.db import repo
from itday.services.pipeline import DirectRecorder, ScanPipeline, replay_video
from tests.unit.test_pipeline import CODE_A, badge_frame


def _waiting(db, count):
    with db.session() as s:
        event_id = repo.latest_event(session=s).id
        rows = repo.attendee_rows(event_id, session=s)
    people = [r for r in rows if r["checked_in_at"] is None and not r["cancelled"]]
    return event_id, people[:count]


@pytest.fixture(scope="module")
def _video_of_the_demo(demo_template, tmp_path_factory):
    """Rendered once: the demo edition is the same for every test (fixed seed)."""
    import shutil

    from itday.db.engine import Database

    folder = tmp_path_factory.mktemp("video")
    shutil.copyfile(demo_template, folder / "demo.sqlite")
    db = Database.open(folder / "demo.sqlite")
    event_id, people = _waiting(db, 6)
    db.dispose()
    video = folder / "queue.avi"
    return event_id, video, make_video(people, video, seed=3, fps=15)


@pytest.fixture
def queue_video(demo_db, _video_of_the_demo):
    return _video_of_the_demo


def test_replay_admits_every_badge_once(demo_db, queue_video):
    event_id, video, codes = queue_video
    pipeline = ScanPipeline(DirectRecorder(demo_db, event_id, "replay"))
    summary = replay_video(video, pipeline)
    assert summary["admitted_codes"] == codes  # all six, in order, once each
    assert summary["results"] == {"admitted": len(codes)}
    assert summary["frames"] > 50 and summary["ms_per_frame"] > 0
    with demo_db.session() as s:
        for code in codes:
            a = repo.attendee_by_code(code, session=s)
            assert a.checked_in_at is not None and a.checked_in_station == "replay"
    # replayed again: the same people are "already admitted", nobody admitted twice
    again = replay_video(video, ScanPipeline(DirectRecorder(demo_db, event_id, "replay")))
    assert again["results"] == {"already_admitted": len(codes)}


def test_replay_command_json(demo_db, queue_video, capsys):
    _, video, codes = queue_video
    assert (
        cli.main(["replay", str(video), "--station", "Accueil 9", "--json", "--db", demo_db.url])
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["results"] == {"admitted": len(codes)}
    assert out["admitted_codes"] == codes
    assert out["frames"] > 0 and out["ms_per_frame"] > 0


def test_replay_missing_video_is_one_clear_line(demo_db, tmp_path, capsys):
    assert cli.main(["replay", str(tmp_path / "none.avi"), "--db", demo_db.url]) == 1
    err = capsys.readouterr().err
    assert "introuvable" in err and "Traceback" not in err


def test_decode_command_json_lines(tmp_path, capsys, demo_db):
    image = tmp_path / "badge.png"
    cv2.imwrite(str(image), badge_frame(CODE_A))
    empty = tmp_path / "empty.png"
    cv2.imwrite(str(empty), badge_frame(CODE_A)[:50, :50])
    assert cli.main(["decode", str(image), str(empty), "--json", "--db", demo_db.url]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["file"] == str(image) and lines[0]["codes"] == [CODE_A]
    assert lines[1]["codes"] == [] and lines[0]["ms"] > 0


def test_station_recorder_uses_the_resilient_link_for_a_shared_base(demo_db, tmp_path, monkeypatch):
    from itday.services.pipeline import StationRecorder

    event_id, people = _waiting(demo_db, 1)
    states = []
    monkeypatch.setattr(StationRecorder, "resilient", property(lambda self: True))
    recorder = StationRecorder(
        demo_db,
        event_id,
        "Accueil 3",
        tmp_path / "offline",
        listener=lambda online, pending: states.append((online, pending)),
    )
    try:
        outcome = recorder.scan(people[0]["code"])
        assert outcome.result.value == "admitted" and outcome.offline is False
        assert recorder.online and states and states[-1][0] is True
        assert (tmp_path / "offline").is_dir()
    finally:
        recorder.close()


def test_replay_with_a_start_time_spreads_scans_over_the_day(demo_db, queue_video, capsys):
    """`--start` and `--speed` give scans the video's time: rehearsing a past day."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    _, video, codes = queue_video
    args = [
        "replay",
        str(video),
        "--json",
        "--db",
        demo_db.url,
        "--station",
        "Répétition",
        "--start",
        "2017-06-29T09:00",
        "--speed",
        "60",
    ]
    assert cli.main(args) == 0
    assert json.loads(capsys.readouterr().out)["admitted_codes"] == codes
    paris = ZoneInfo("Europe/Paris")
    with demo_db.session() as s:
        times = [repo.attendee_by_code(c, session=s).checked_in_at.astimezone(paris) for c in codes]
    start = dt.datetime(2017, 6, 29, 9, 0, tzinfo=paris)
    assert times == sorted(times)
    assert all(start <= t <= start + dt.timedelta(hours=3) for t in times)
    assert len({(t.hour, t.minute // 15) for t in times}) >= 2  # spread over quarter-hours
