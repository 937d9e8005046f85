"""Exhibitors' leads under load (issue 25): the stands' server inside the GUI's process,
200 paired phones, a desk admitting people, all on one SQLite base.

    python benchmarks/bench_leads.py [--speed 4] [--minutes 60] [--photos 60] [--decoders N]

What runs, each in its own process as on the day:

* **the organiser's laptop**: the main window (``build_window``, offscreen) with the
  stands' server started in the same process, as the GUI starts it (``StandServer`` in
  its daemon threads).  A 10 ms ``QTimer`` measures the GUI thread's event-loop delay
  (how late each tick fires) for the whole run;
* **a desk**: ``python -m itday checkin - --json`` fed one badge code every 0.5 s; the
  time from writing a code to reading its committed answer is the desk's scan → answer;
* **the phones** (this process, threads): 100 stands × 2 phones, each paired with its
  kit's link (its cookie), one connection each.  ``--minutes`` of show (a simulated hour
  by default) at 30 leads a minute, compressed ``--speed`` times: the leads come ``speed``
  times closer together (4: the hour in 15 minutes, 2 leads a second instead of one every
  2 s), so the server works harder than on the day and its figures are an upper bound:
  each lead is a 12 Mpx JPEG photo of a badge (``benchmarks.phone_photo``, about 2 MB; one
  lead in ten typed by its short code instead), then two edits of its qualification; every
  simulated 6 minutes, a burst of 20 uploads at the same instant.

First 30 s of the desk alone (the baseline), then everything.  Printed: photo upload →
decoded → answer (median, p95) with and without the load, the server's decoding time and
its wait for a decoder, the desk's p95 alone and under load, the GUI's event-loop delay,
and the check that every acknowledged lead is in the base once, with its last edit.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PHOTO_CACHE = Path(tempfile.gettempdir()) / "itday-bench-phone-photos"


def med(values):
    return statistics.median(values) if values else float("nan")


def pct(values, q):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


# -- the organiser's laptop: GUI + stands' server in one process ---------------------------


def laptop(db_path: str, port: int, stats_path: str, decoders: str = "0") -> int:
    """Run the window and the server until stdin closes; write the GUI's tick delays."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from itday.db.engine import Database
    from itday.ui.app import application, build_window
    from itday.web.server import StandServer

    app = application("fr")
    db = Database.open(db_path)
    window = build_window(db)
    window.resize(1366, 768)
    window.show()
    server = StandServer(
        db,
        "127.0.0.1",
        int(port),
        log_path=Path(stats_path + ".log"),
        decoders=int(decoders) or None,
    )
    assert server.start(), server.error
    delays: list[tuple[float, float]] = []  # (wall time, ms late)
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]
    interval_ms = 10

    def tick():
        now = clock.nsecsElapsed()
        delays.append((time.time(), max(0.0, (now - last[0]) / 1e6 - interval_ms)))
        last[0] = now

    timer = QTimer()
    timer.setInterval(interval_ms)
    timer.timeout.connect(tick)
    timer.start()

    closed = threading.Event()  # stdin closed: time to stop (checked on the GUI thread)

    def wait_for_stdin():
        sys.stdin.read()
        closed.set()

    threading.Thread(target=wait_for_stdin, daemon=True).start()
    watch = QTimer()
    watch.setInterval(200)
    watch.timeout.connect(lambda: closed.is_set() and app.quit())
    watch.start()
    print("ready", flush=True)
    app.exec()
    server.stop()
    Path(stats_path).write_text(json.dumps({"delays_ms": delays}))
    return 0


# -- the phones ----------------------------------------------------------------------------


class Phone:
    def __init__(self, port: int, exhibitor_id: int):
        self.port = port
        self.exhibitor_id = exhibitor_id
        self.cookie = ""
        self._conn: http.client.HTTPConnection | None = None
        self.lock = threading.Lock()  # a phone does one thing at a time, on one connection

    def request(self, method, path, body=None, headers=None):
        headers = {"Cookie": self.cookie, **(headers or {})} if self.cookie else headers or {}
        with self.lock:
            for attempt in range(2):
                if self._conn is None:
                    self._conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=300)
                try:
                    self._conn.request(method, path, body=body, headers=headers)
                    r = self._conn.getresponse()
                    return r.status, r.getheader("Set-Cookie") or "", r.read()
                except (ConnectionError, http.client.HTTPException, OSError):
                    self._conn.close()
                    self._conn = None
                    if attempt:
                        raise
        raise RuntimeError("unreachable")

    def pair(self, url_path: str) -> None:
        status, cookie, _ = self.request("GET", url_path)
        assert status == 303, status
        self.cookie = cookie.split(";", 1)[0]

    def scan(self, uid: str, photo: bytes | None = None, code: str | None = None):
        boundary = uuid.uuid4().hex
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="uid"\r\n\r\n{uid}\r\n']
        body = "".join(parts).encode()
        if photo is not None:
            body += (
                (
                    f'--{boundary}\r\nContent-Disposition: form-data; name="photo"; '
                    f'filename="b.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'
                ).encode()
                + photo
                + b"\r\n"
            )
        if code is not None:
            body += (
                f'--{boundary}\r\nContent-Disposition: form-data; name="code"\r\n\r\n{code}\r\n'
            ).encode()
        body += f"--{boundary}--\r\n".encode()
        return self.request(
            "POST",
            "/api/scan",
            body,
            {"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )

    def edit(self, scan_uid: str, **fields):
        body = json.dumps({"scan_uid": scan_uid, **fields}).encode()
        return self.request("POST", "/api/lead", body, {"Content-Type": "application/json"})


def photos_for(people: list[tuple[str, str]], n: int) -> list[tuple[str, bytes]]:
    """(badge code, JPEG bytes) of ``n`` people, made once and cached on disk."""
    from benchmarks.phone_photo import make_phone_photo

    PHOTO_CACHE.mkdir(exist_ok=True)
    out = []
    for i, (code, _name) in enumerate(people[:n]):
        path = PHOTO_CACHE / f"{code}-{i}.jpg"
        if not path.exists():
            path.write_bytes(make_phone_photo(code, seed=1000 + i))
        out.append((code, path.read_bytes()))
    return out


# -- the desk ------------------------------------------------------------------------------


class Desk:
    """``itday checkin -`` fed a code every ``every`` s; latency of each committed answer."""

    def __init__(self, db_path: str, codes: list[str], every: float = 0.5):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "itday", "checkin", "-", "--json", "--db", db_path,
             "--station", "Accueil 1"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True, bufsize=1, cwd=ROOT,
        )  # fmt: skip
        self.codes = codes
        self.every = every
        self.latencies: list[tuple[float, float]] = []  # (sent at, ms)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        for code in self.codes:
            if self.stop.is_set():
                break
            start = time.perf_counter()
            self.proc.stdin.write(code + "\n")
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
            if not line:
                break
            self.latencies.append((start, (time.perf_counter() - start) * 1000))
            time.sleep(max(0.0, self.every - (time.perf_counter() - start)))

    def close(self):
        self.stop.set()
        self.thread.join(30)
        self.proc.stdin.close()
        self.proc.wait(30)


# -- the run -------------------------------------------------------------------------------


def setup(folder: Path, stands: int = 100):
    from sqlmodel import select

    from itday.core import leads as rules
    from itday.db import leads as db_leads
    from itday.db import repo
    from itday.db.engine import Database
    from itday.db.models import Attendee, Exhibitor
    from itday.services.demo import create_demo

    db = Database.open(folder / "leads.sqlite")
    with db.session() as s:
        event = create_demo(s, seed=2017, arrivals=False)
        event_id = event.id
        have = len(repo.list_exhibitors(event_id, session=s))
        for i in range(max(0, stands - have)):
            s.add(Exhibitor(event_id=event_id, name=f"Exposant bench {i + 1}"))
        s.commit()
        db_leads.set_lead_settings(
            event_id, rules.make_settings(["démo", "devis", "recrutement"], ["Budget ?"]), session=s
        )
        links = db_leads.ensure_links(event_id, session=s)
        people = [
            (a.code, a.first_name)
            for a in s.exec(
                select(Attendee).where(Attendee.event_id == event_id, Attendee.cancelled == False)  # noqa: E712
            )
        ]
    return db, event_id, links, people


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--speed", type=float, default=4.0, help="simulated time / real time")
    parser.add_argument("--decoders", type=int, default=0, help="photo decoders (0: default)")
    parser.add_argument("--minutes", type=float, default=60.0, help="simulated minutes")
    parser.add_argument("--rate", type=float, default=30.0, help="leads a simulated minute")
    parser.add_argument("--photos", type=int, default=60, help="distinct badge photos")
    parser.add_argument("--baseline", type=float, default=30.0, help="seconds of desk alone")
    parser.add_argument("--laptop", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.laptop:
        return laptop(*args.laptop)

    from sqlmodel import func, select

    from itday.core import leads as rules
    from itday.db.models import Lead, LeadUpload

    folder = Path(tempfile.mkdtemp(prefix="itday-bench-leads-"))
    print(f"base and logs in {folder}")
    db, event_id, links, people = setup(folder)
    rng = random.Random(25)
    rng.shuffle(people)
    photo_people, desk_people = people[: args.photos], people[args.photos :]
    t = time.perf_counter()
    photos = photos_for(photo_people, args.photos)
    print(f"{len(photos)} photos of 12 Mpx ready ({time.perf_counter() - t:.0f} s), "
          f"{statistics.mean(len(p) for _c, p in photos) / 1e6:.1f} MB on average")  # fmt: skip

    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    stats_path = str(folder / "gui.json")
    gui = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--laptop", str(folder / "leads.sqlite"),
         str(port), stats_path, str(args.decoders)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    assert gui.stdout.readline().strip() == "ready"

    by_stand: dict[int, list] = {}
    for link in links:
        by_stand.setdefault(link.exhibitor_id, []).append(link)
    stand_ids = sorted(by_stand)[:100]
    phones = []
    for ex_id in stand_ids:
        for link in by_stand[ex_id]:
            phone = Phone(port, ex_id)
            phone.pair(rules.pair_path(link.token))
            phones.append(phone)
    print(f"{len(phones)} phones paired on {len(stand_ids)} stands")

    # baseline: the desk alone (the GUI and the idle server beside it)
    baseline_from = time.time()
    desk_codes = [c for c, _n in desk_people]
    n_base = int(args.baseline / 0.5)
    desk = Desk(str(folder / "leads.sqlite"), desk_codes[:n_base])
    desk.thread.start()
    desk.thread.join()
    desk.close()
    baseline_desk = [ms for _t, ms in desk.latencies]
    baseline_to = time.time()

    # photos alone, no load (one at a time)
    quiet = []
    phones[0].scan(uuid.uuid4().hex, photo=photos[0][1])  # warm-up: the decoders start
    for i in range(10):
        code, photo = photos[i]
        t0 = time.perf_counter()
        status, _c, body = phones[i].scan(uuid.uuid4().hex, photo=photo)
        quiet.append((time.perf_counter() - t0) * 1000)
        assert status == 200 and json.loads(body)["result"] in ("new", "again"), body[:200]

    # the load
    desk = Desk(str(folder / "leads.sqlite"), desk_codes[n_base:])
    acked: dict[str, dict] = {}  # scan uid → the answer
    last_edit: dict[str, dict] = {}  # scan uid → the last acknowledged edit
    upload_ms: list[float] = []
    burst_ms: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    sim_seconds = args.minutes * 60
    real_seconds = sim_seconds / args.speed
    n_leads = int(args.minutes * args.rate)

    def lead(phone: Phone, burst: bool = False, barrier=None):
        code, photo = photos[rng.randrange(len(photos))]
        uid = uuid.uuid4().hex
        typed = not burst and rng.random() < 0.1
        if barrier is not None:
            barrier.wait()
        t0 = time.perf_counter()
        try:
            if typed:
                status, _c, body = phone.scan(uid, code=rules.badge_short_code(code))
            else:
                status, _c, body = phone.scan(uid, photo=photo)
        except Exception as exc:  # noqa: BLE001
            with lock:
                errors.append(f"scan: {exc}")
            return
        ms = (time.perf_counter() - t0) * 1000
        answer = json.loads(body) if status == 200 else {}
        with lock:
            if not typed:
                (burst_ms if burst else upload_ms).append(ms)
            if status != 200 or answer.get("result") not in ("new", "again"):
                errors.append(f"scan {status} {answer.get('result')}")
                return
            acked[uid] = answer
        for n, fields in enumerate(
            ({"rating": rng.choice(rules.RATINGS)},
             {"rating": rng.choice(rules.RATINGS), "tags": ["devis"], "note": f"note {uid[:6]}"})
        ):  # fmt: skip
            stamp = int(time.time() * 1000) + n
            try:
                status, _c, body = phone.edit(uid, edited_at=stamp, **fields)
            except Exception as exc:  # noqa: BLE001
                with lock:
                    errors.append(f"edit: {exc}")
                return
            if status == 200:
                with lock:
                    last_edit[uid] = {"edited_at": stamp, **fields}

    pool = ThreadPoolExecutor(32)
    desk.thread.start()
    load_from = time.time()
    start = time.perf_counter()
    futures = []
    burst_every = 6 * 60 / args.speed
    next_burst = start + burst_every
    for i in range(n_leads):
        due = start + i * real_seconds / n_leads
        while True:
            now = time.perf_counter()
            if now >= next_burst:
                barrier = threading.Barrier(20)
                chosen = rng.sample(phones, 20)
                futures += [pool.submit(lead, p, True, barrier) for p in chosen]
                next_burst += burst_every
            if now >= due:
                break
            time.sleep(min(0.01, due - now))
        futures.append(pool.submit(lead, phones[rng.randrange(len(phones))]))
    for f in futures:
        f.result()
    load_seconds = time.perf_counter() - start
    load_to = time.time()
    desk.close()
    under_load_desk = [ms for t0, ms in desk.latencies if t0 < start + load_seconds]
    gui.stdin.close()
    gui.wait(60)
    ticks = json.loads(Path(stats_path).read_text())["delays_ms"]
    quiet_gui = [d for t, d in ticks if baseline_from <= t <= baseline_to]
    delays = [d for t, d in ticks if load_from <= t <= load_to]

    # every acknowledged lead in the base, none twice, with its last edit
    from itday.db.engine import Database

    check = Database.open(folder / "leads.sqlite")
    with check.session() as s:
        leads = {lead.id: lead for lead in s.exec(select(Lead))}
        uploads = {u.uid: u for u in s.exec(select(LeadUpload))}
        pairs = s.exec(select(func.count()).select_from(Lead)).one()
        distinct = s.exec(
            select(func.count()).select_from(
                select(Lead.exhibitor_id, Lead.attendee_id).distinct().subquery()
            )
        ).one()
    missing = [uid for uid, a in acked.items() if uid not in uploads or a["lead_id"] not in leads]
    wrong_stand = [
        uid for uid in acked if uid in uploads and leads[uploads[uid].lead_id].exhibitor_id
        != uploads[uid].exhibitor_id
    ]  # fmt: skip
    lead_of = {uid: uploads[uid].lead_id for uid in acked if uid in uploads}
    newest: dict[int, dict] = {}
    for uid, e in last_edit.items():
        lid = lead_of.get(uid)
        if lid is not None and (lid not in newest or e["edited_at"] >= newest[lid]["edited_at"]):
            newest[lid] = e
    stale = [lid for lid, e in newest.items() if leads[lid].rating != e["rating"]]

    print(f"\n## Leads under load ({args.minutes:.0f} simulated minutes at {args.rate:.0f} leads/min, "
          f"×{args.speed:g}: {load_seconds:.0f} s real; {os.cpu_count()} cores)")  # fmt: skip
    rows = [
        ("photo upload → answer, quiet (median / p95)",
         f"{med(quiet):.0f} / {pct(quiet, 95):.0f} ms"),
        ("photo upload → answer, under load (median / p95)",
         f"{med(upload_ms):.0f} / {pct(upload_ms, 95):.0f} ms"),
        ("photo upload → answer, in bursts of 20 (median / p95)",
         f"{med(burst_ms):.0f} / {pct(burst_ms, 95):.0f} ms"),
        ("uploads (steady / burst) / errors",
         f"{len(upload_ms)} / {len(burst_ms)} / {len(errors)}"),
        ("desk scan → answer alone (median / p95)",
         f"{med(baseline_desk):.0f} / {pct(baseline_desk, 95):.0f} ms"),
        ("desk scan → answer under load (median / p95)",
         f"{med(under_load_desk):.0f} / {pct(under_load_desk, 95):.0f} ms"),
        ("GUI event-loop delay, desk alone (p50 / p99 / max)",
         f"{pct(quiet_gui, 50):.1f} / {pct(quiet_gui, 99):.1f} / {max(quiet_gui):.0f} ms"),
        ("GUI event-loop delay, under load (p50 / p99 / max)",
         f"{pct(delays, 50):.1f} / {pct(delays, 99):.1f} / {max(delays):.0f} ms"),
        ("GUI ticks later than 100 ms under load",
         f"{sum(1 for d in delays if d > 100)} of {len(delays)}"),
        ("acknowledged scans / leads in the base / distinct",
         f"{len(acked)} / {pairs} / {distinct}"),
        ("acknowledged but missing / on a wrong stand / last edit lost",
         f"{len(missing)} / {len(wrong_stand)} / {len(stale)}"),
    ]  # fmt: skip
    width = max(len(r[0]) for r in rows)
    for what, value in rows:
        print(f"{what:<{width}}  {value}")
    log = Path(stats_path + ".log").read_text().splitlines()
    for key, what in (
        ("decode_ms", "server: decoding a photo, wall clock"),
        ("cpu_ms", "server: decoding a photo, processor time"),
        ("queue_ms", "server: waiting for the decoder"),
    ):
        values = [float(w.split("=", 1)[1]) for line in log for w in line.split()
                  if w.startswith(key + "=")]  # fmt: skip
        if values:
            print(
                f"{what + ' (median / p95)':<{width}}  {med(values):.0f} / {pct(values, 95):.0f} ms"
            )
    try:
        load = os.getloadavg()[0]
        print(f"{'load average of the machine at the end':<{width}}  {load:.1f}")
    except OSError:
        pass
    if errors:
        print("errors (first 5):", errors[:5])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
