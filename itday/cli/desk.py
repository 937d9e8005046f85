"""Commands of the reception desk: checkin, stations, print-queue, decode, replay."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from itday.cli.common import command, current_event_id, event_of, open_db, print_json
from itday.cli.printing import BADGE_WORDS, arrival_badge, print_service
from itday.core.text import counted
from itday.errors import QT_TRANSLATE_NOOP, ItdayError, UsageError
from itday.services.photos import MAX_IMAGE_PIXELS  # one limit: itday decode, the stands' server

# -- checkin --------------------------------------------------------------------------------


def _codes_from(args_codes: list[str]):
    """The codes given, where ``-`` reads one code a line from standard input."""
    for code in args_codes:
        if code == "-":
            if hasattr(sys.stdin, "reconfigure"):  # a scanner may send anything: never crash
                sys.stdin.reconfigure(errors="replace")
            for line in sys.stdin:
                if line.strip():
                    yield line.rstrip("\r\n")
        else:
            yield code


class _Refusals:
    """Codes that are no scan at all (empty, control characters): one line each, nothing stored."""

    def __init__(self) -> None:
        self.count = 0

    def readable(self, codes):
        from itday.core.checkin import shown, unreadable

        for raw in codes:
            reason = unreadable(raw)
            if not reason:
                yield raw
                continue
            self.count += 1
            print(
                f"itday : code refusé « {shown(raw)} » ({reason}) : rien n'est enregistré ; "
                "rescannez (un lecteur doit taper le code seul, en mode clavier).",
                file=sys.stderr,
                flush=True,
            )

    @property
    def status(self) -> int:
        return 1 if self.count else 0


def _print_outcome(args, outcome, badge=None) -> None:
    """One line per scan; with ``--print`` it says what became of the badge."""
    if args.json:
        data = outcome.to_json()
        if getattr(args, "print_badge", False):
            data.update(badge.to_json() if badge else {"badge": None, "badge_message": None})
        print_json(data)
        return
    from itday.core.checkin import RESULT_WORDS, message, shown
    from itday.core.enums import ScanResult

    # In French, in the desk's words (« admis(e) », « refusé (code mal lu — rescannez) »):
    # the same as the screen, the Journal and the export; --json keeps the result's key.
    who = outcome.attendee
    name = f" — {who['first_name']} {who['last_name']}" if who else ""
    admitted = outcome.result is ScanResult.ADMITTED
    said = "" if admitted else f" ({message(outcome.decision)})"
    offline = " [hors ligne]" if getattr(outcome, "offline", False) else ""
    printed = f" — badge {BADGE_WORDS[badge.badge]} : {badge.message}" if badge else ""
    word = RESULT_WORDS[outcome.result]
    print(f"{shown(outcome.code)} : {word}{name}{said}{offline}{printed}", flush=True)


@command("checkin")
def cmd_checkin(args) -> int:
    from itday.cli.rooms import check_room_options, checkin_room

    check_room_options(args)
    if args.room is not None:  # a talk room's door (issue 27)
        refused = _Refusals()
        checkin_room(args, refused.readable(_codes_from(args.codes)))
        return refused.status
    if args.exit_scan:  # exits at the hall's entrance (re-entry after an exit)
        return _checkin_exits(args)
    if args.offline_dir:
        return _checkin_resilient(args)
    from itday.services.pipeline import DirectRecorder

    db = open_db(args)
    with db.session() as session:
        event_id = current_event_id(args, session)
    service = print_service(args, db) if args.print_badge else None
    # each scan is acknowledged once it is in the base (see DirectRecorder)
    recorder = DirectRecorder(db, event_id, args.station)
    backups = _desk_backups(db) if "-" in args.codes else None
    refused = _Refusals()
    try:
        for raw in refused.readable(_codes_from(args.codes)):
            outcome = recorder.scan(raw)
            badge = arrival_badge(service, event_id, outcome) if service else None
            _print_outcome(args, outcome, badge)
    finally:
        if backups is not None:
            backups.stop()
        if service is not None:
            service.close()
    return refused.status


def _checkin_exits(args) -> int:
    """``checkin --exit``: people scanned out at the entrance (« ré-entrée après sortie »);
    with ``--offline-dir``, through the station's local copy when the base is away."""
    from itday.core.checkin import shown

    if args.print_badge:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "--exit ne va pas avec --print."))
    if args.offline_dir:
        recorder = _station(args)
        event_id = recorder.event_id
    else:
        from itday.services.pipeline import DirectRecorder

        db = open_db(args)
        with db.session() as session:
            event_id = current_event_id(args, session)
        recorder = DirectRecorder(db, event_id, args.station)
    refused = _Refusals()
    try:
        for raw in refused.readable(_codes_from(args.codes)):
            out = recorder.exit(raw)
            if args.json:
                print_json(out.to_json())
                continue
            who = out.attendee
            name = f" — {who['first_name']} {who['last_name']}" if who else ""
            offline = " [hors ligne]" if out.offline else ""
            print(f"{shown(out.code)} : {out.message}{name}{offline}", flush=True)
            if not out.recorded:
                refused.count += 1
    finally:
        if args.offline_dir:
            _station_closed(args, recorder)
    return refused.status


@command("reentry")
def cmd_reentry(args) -> int:
    """``itday reentry [RULE] [--category C]``: the edition's re-entry rules."""
    from itday.core.checkin import REENTRY_WORDS, Reentry, reentry_rule
    from itday.core.enums import CATEGORY_LABELS_FR, Category
    from itday.db import repo

    db = open_db(args)
    with db.session() as session:
        event_id = current_event_id(args, session)
        policy = repo.reentry_policy(event_id, session=session)
        if args.category is not None:
            category = _category(args.category)
        if args.rule is not None:
            policy[category if args.category is not None else "default"] = args.rule
            repo.set_reentry_policy(event_id, policy, session=session)
            session.commit()
    rules = {c.value: reentry_rule(policy, c.value) for c in Category}
    if args.json:
        print_json({"default": reentry_rule(policy, "").value, "categories": rules})
        return 0
    for value, rule in rules.items():
        label = CATEGORY_LABELS_FR.get(Category(value), value)
        print(f"{label} : {REENTRY_WORDS[Reentry(rule)]} ({rule.value})")
    return 0


def _category(text: str) -> str:
    """A category given by its key (``visitor``) or its French or English label."""
    from itday.core.enums import CATEGORY_LABELS_EN, CATEGORY_LABELS_FR, Category
    from itday.core.text import fold

    wanted = fold(text)
    for category in Category:
        names = (category.value, CATEGORY_LABELS_FR.get(category), CATEGORY_LABELS_EN.get(category))
        if any(name and fold(name) == wanted for name in names):
            return category.value
    valid = ", ".join(CATEGORY_LABELS_FR.get(c, c.value) for c in Category)
    raise UsageError(
        QT_TRANSLATE_NOOP("errors", "Catégorie inconnue « {text} » : {valid}."),
        text=text,
        valid=valid,
    )


def _desk_backups(db):
    """A desk reading a scanner (``checkin -``) runs for hours: it backs the base up as the
    window does (every 10 minutes, the 12 latest copies in ``NAME-sauvegardes/``)."""
    from itday.services.backup import BackupSchedule, default_folder

    if db.path is None:
        return None

    def failed(exc) -> None:
        print(f"itday : sauvegarde automatique : {exc}", file=sys.stderr, flush=True)

    return BackupSchedule(db, default_folder(db.path), on_error=failed).start()


def _check_event_exists(args) -> None:
    """``--event`` names an edition the shared base holds (when the base answers)."""
    from itday.db.engine import Database, to_url
    from itday.errors import DatabaseError

    try:
        shared = Database.open(to_url(args.db), create=False, readonly=True)
    except DatabaseError:
        return  # unreachable: the local copy decides, as offline
    try:
        event_of(args, shared)
    finally:
        shared.dispose()


def _station(args):
    """The station of ``--offline-dir``: the shared base, or its local copy when away."""
    from itday.db.engine import to_url
    from itday.services.station import ResilientRecorder

    if args.event is not None:  # an edition the base does not hold: refused before any copy
        _check_event_exists(args)
    return ResilientRecorder(
        to_url(args.db), args.station, args.offline_dir, event_id=args.event
    ).start()


def _station_closed(args, recorder) -> None:
    """Close the station: what is still in its journal is said."""
    recorder.close()
    left = recorder.pending
    if left:
        print(
            f"itday : base partagée injoignable, {counted(left, 'scan')} en attente dans "
            f"{recorder.local.path} : relancez « itday checkin - --offline-dir "
            f"{args.offline_dir} » pour les envoyer.",
            file=sys.stderr,
        )


def _checkin_resilient(args) -> int:
    """``checkin --offline-dir``: keeps scanning on a local copy when the base is away."""
    recorder = _station(args)
    service = print_service(args, open_db(args)) if args.print_badge else None
    refused = _Refusals()
    try:
        for raw in refused.readable(_codes_from(args.codes)):
            outcome = recorder.scan(raw)
            badge = None
            if service is not None:
                badge = arrival_badge(service, recorder.event_id, outcome)
            _print_outcome(args, outcome, badge)
    finally:
        _station_closed(args, recorder)
        if service is not None:
            service.close()
    return refused.status


# -- stations and their print queues ----------------------------------------------------------


@command("stations")
def cmd_stations(args) -> int:
    from itday.db import repo
    from itday.db.stations import list_stations

    db = open_db(args)
    with db.session() as session:
        rows = list_stations(session=session)
        tz = repo.event_timezone(args.event, session=session)  # the event's time, not the PC's
    if args.json:
        print_json(
            [
                {k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in r.items()}
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("Aucun poste d'accueil n'a encore contacté cette base.")
        return 0
    now = dt.datetime.now(dt.UTC)
    for r in rows:
        seen = r["last_seen"]
        if seen is None:
            when = "jamais"
        else:
            local = seen.astimezone(tz).strftime("%d/%m %H:%M:%S")
            when = f"{local} (il y a {_ago(now - seen)})"
        version = f", itday {r['version']}" if r["version"] else ""
        print(f"{r['name']} : dernier contact {when}, {counted(r['scans'], 'scan')}{version}")
    return 0


def _ago(delta: dt.timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h"


@command("print-queue")
def cmd_print_queue(args) -> int:
    """The badges of a station still to print (queued or failed); ``--retry`` sends them
    again (all, or the queue numbers given)."""
    db = open_db(args)
    event_id = event_of(args, db)
    service = print_service(args, db)
    try:
        rows = service.refresh(event_id)
        if args.retry is not None:
            _retry(args, service, rows)
            rows = service.open_items(event_id)
    finally:
        service.close()
    if args.json:
        keys = ("id", "attendee_id", "name", "reason", "printer", "job_id", "outcome", "message")
        print_json([{k: r[k] for k in keys} for r in rows])
        return 0
    if not rows:
        print(f"Aucun badge en attente au poste « {args.station} ».")
        return 0
    for r in rows:
        print(f"n° {r['id']} — {r['name']} — {BADGE_WORDS[r['outcome']]} : {r['message']}")
    print(f"{counted(len(rows), 'badge')} à imprimer.", file=sys.stderr)
    return 0


def _retry(args, service, rows) -> None:
    """Sends again the badges of ``--retry`` (all of the queue when no number is given)."""
    chosen = [r["id"] for r in rows if not args.retry or r["id"] in args.retry]
    unknown = sorted(set(args.retry) - {r["id"] for r in rows})
    if unknown:
        raise ItdayError(
            f"Pas de badge n° {', '.join(map(str, unknown))} à imprimer au poste "
            f"« {args.station} » (« itday print-queue » les liste)."
        )
    by_job: dict[tuple, list[int]] = {}  # a batch sent as one job is sent again as one
    for row in (r for r in rows if r["id"] in chosen):
        job = row["job_id"] if row["job_id"] is not None else -row["id"]
        by_job.setdefault((row["printer"], job), []).append(row["id"])
    for items in by_job.values():
        service.wait(service.retry(items))


# -- images and videos ------------------------------------------------------------------------

MAX_IMAGE_BYTES = 200_000_000


def _image_too_big(name: str) -> str:
    """Why an image is refused before decoding (its header's size), or ""."""
    import warnings

    from PIL import Image

    if os.path.getsize(name) > MAX_IMAGE_BYTES:
        return f"fichier de plus de {MAX_IMAGE_BYTES // 1_000_000} Mo"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(name) as im:  # reads the header only
                w, h = im.size
    except Image.DecompressionBombError:
        return f"image trop grande (plus de {MAX_IMAGE_PIXELS // 1_000_000} Mpx)"
    except Exception:  # noqa: BLE001 (not an image Pillow knows: OpenCV may still read it)
        return ""
    if w * h > MAX_IMAGE_PIXELS:
        return f"image trop grande ({w}×{h}, plus de {MAX_IMAGE_PIXELS // 1_000_000} Mpx)"
    return ""


def _read_image(name: str):
    """The image in the file, or why not (a line for the user)."""
    import cv2
    import numpy as np

    is_file = Path(name).is_file()
    why = _image_too_big(name) if is_file else ""
    data = np.fromfile(name, dtype=np.uint8) if is_file and not why else None
    image = cv2.imdecode(data, cv2.IMREAD_COLOR) if data is not None and data.size else None
    if image is None:
        return None, why or ("fichier introuvable" if data is None else "pas une image lisible")
    return image, ""


@command("decode")
def cmd_decode(args) -> int:
    """JSON lines ``{"file", "codes", "ms"}``, one per image, with the station's decoder."""
    from itday.services.decoding import QRDecoder, timed_decode

    decoder = QRDecoder()
    failed = 0
    for name in args.images:
        image, why = _read_image(name)
        if image is None:
            if args.json:
                print_json({"file": name, "codes": [], "ms": None, "error": why})
            else:
                print(f"{name}: {why}", file=sys.stderr)
            failed += 1
            continue
        codes, ms = timed_decode(decoder, image)
        if args.json:
            print_json({"file": name, "codes": codes, "ms": round(ms, 3)})
        else:
            shown = ", ".join(codes) if codes else "(aucun code)"
            print(f"{name}: {shown} [{ms:.1f} ms]", flush=True)
    if failed == len(args.images):
        given = "le fichier donné" if failed == 1 else f"les {failed} fichiers donnés"
        raise ItdayError(f"Aucune image lisible parmi {given}.")
    return 0


def _video_source(args):
    """The frames of ``VIDEO`` (a file, a stream or a camera), limited as asked."""
    from itday.services.camera import FILE, CameraError, LimitedSource, open_source, parse_source

    try:
        spec = parse_source(args.video)
    except CameraError as exc:
        raise ItdayError(f"Source vidéo invalide : {exc}") from None
    if spec.kind == FILE and not Path(spec.value).is_file():
        raise ItdayError(f"Vidéo introuvable : {args.video}")
    source = open_source(spec, live=False)
    if spec.kind != FILE and args.seconds is None and args.frames is None:
        try:  # a stream or a camera may never end: say how to stop, once it answers
            source.open()
        except CameraError as exc:
            raise ItdayError(f"Impossible de lire la vidéo : {exc}") from None
        finally:
            source.close()
        print(
            f"itday : lecture de {spec.label} jusqu'à la fin du flux "
            "(Ctrl+C pour arrêter, ou --seconds / --frames)",
            file=sys.stderr,
        )
    if args.seconds is not None or args.frames is not None:
        source = LimitedSource(source, max_frames=args.frames, max_seconds=args.seconds)
    return source


@command("replay")
def cmd_replay(args) -> int:
    """The station's pipeline on a video file, a stream URL or a camera: decode, debounce
    (video time for a file), record."""
    from itday.services.camera import CameraError
    from itday.services.pipeline import DirectRecorder, ScanPipeline, replay_video

    source = _video_source(args)
    db = open_db(args)
    recorder = DirectRecorder(db, event_of(args, db), args.station)
    pipeline = ScanPipeline(recorder)
    if args.start is not None:  # scan times follow the video: start + video time × speed
        pipeline.media_time = 0.0
        recorder.clock = lambda: args.start + dt.timedelta(seconds=pipeline.media_time * args.speed)
    try:
        summary = replay_video(args.video, pipeline, source=source)
    except CameraError as exc:
        raise ItdayError(f"Impossible de lire la vidéo : {exc}") from None
    if args.json:
        print_json(summary)
    else:
        results = ", ".join(f"{k} {v}" for k, v in summary["results"].items()) or "aucun scan"
        print(
            f"{counted(summary['frames'], 'image')}, {counted(summary['scans'], 'scan')} : "
            f"{results} ; "
            f"décodage médian {summary['ms_per_frame']:.1f} ms/image ({summary['wall_s']:.1f} s)"
        )
    if summary["failed"]:
        lost = counted(summary["failed"], "scan n'a pas pu être enregistré",
                       "scans n'ont pas pu être enregistrés")  # fmt: skip
        raise ItdayError(f"{lost} : {summary['error']}")
    return 0
