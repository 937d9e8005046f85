"""A screenshot of Statistiques while ``itday replay`` checks a queue in (issue 7).

Builds a demo edition without arrivals, renders a synthetic webcam video of 30 people
showing their badges, opens the app offscreen on the Statistiques page, runs
``itday replay`` on the video in ANOTHER process (as a second desk would; ``--start`` makes
the scans those of the morning of 29 June 2017) and saves a screenshot every few seconds:
the page picks the other process's scans up by itself and the arrivals curve grows.

    python benchmarks/stats_during_replay.py [OUT_DIR]   # default /tmp/itday-stats-replay
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out_dir: str | None = None) -> None:
    from benchmarks.make_video import make_video
    from itday.db import repo
    from itday.db.engine import Database
    from itday.services.demo import create_demo
    from itday.ui.app import application, build_window

    out = Path(out_dir or Path(tempfile.gettempdir()) / "itday-stats-replay")
    out.mkdir(parents=True, exist_ok=True)
    db_path = out / "replay.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db = Database.open(db_path)
    with db.session() as s:
        event = create_demo(s, arrivals=False)
        people = [p for p in repo.attendee_rows(event.id, session=s) if not p["cancelled"]][:30]
    video = out / "queue.avi"
    expected = make_video(people, video, seed=3)
    print(f"video: {video} ({len(expected)} people)")

    app = application("fr")
    window = build_window(db)
    window.resize(1600, 900)
    window.show_page("stats")
    window.show()
    replay = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "itday",
            "replay",
            str(video),
            "--db",
            str(db_path),
            "--station",
            "Accueil 2",
            "--json",
            # rehearse the morning of the demo day: 1 s of video is 2 min of the day
            "--start",
            "2017-06-29T09:00",
            "--speed",
            "120",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    shots = []
    last = time.monotonic()
    while True:
        app.processEvents()
        time.sleep(0.05)  # the page polls every 3 s; no busy loop
        done = replay.poll() is not None
        if time.monotonic() - last > 4 or done:
            last = time.monotonic()
            path = out / f"stats-{len(shots):02d}.png"
            window.grab().save(str(path))
            with db.session() as s:
                checked = repo.counts(event.id, session=s)["checked_in"]
            shots.append((path, checked))
            print(f"{path.name}: {checked} checked in")
        if done:
            break
    for _ in range(80):  # let the last poll land, then the final picture
        app.processEvents()
        time.sleep(0.05)
    final = out / "stats-final.png"
    window.grab().save(str(final))
    result = json.loads(replay.stdout.read())
    print(
        f"replay: {result['frames']} frames, results {result['results']}, "
        f"{result['ms_per_frame']:.1f} ms/frame; final screenshot {final}"
    )
    window.ctx.tasks.wait_all(5000)
    window.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
