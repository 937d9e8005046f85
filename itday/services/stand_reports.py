"""Each exhibitor's report after the show (issue 26): read once, computed by
``itday.core.visits``, written one PDF per exhibitor into a folder.

Everything the hall shares (every stand's leads, the median stand, the plan) is read and
computed once, then each exhibitor's report is made from it: the 240 reports of a big show
take seconds, not minutes.  Runs in a worker (the Exposants page) or on the command line;
``progress(done, total)`` and ``cancelled()`` as the other long tasks.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from itday.core import visits as v
from itday.core.doc_text import category_word, doc_text
from itday.core.enums import Category
from itday.core.filenames import name_part
from itday.db import repo
from itday.db import visits as dv
from itday.db.models import Booth, Exhibitor, Lead
from itday.errors import QT_TRANSLATE_NOOP, ItdayError
from itday.services import outfile
from itday.services.pdf.output import Cancelled, IsCancelled, Progress
from itday.services.pdf.stand_report import StandReport, render_stand_report


@dataclass
class _Hall:
    """What every report of the edition shares."""

    event_id: int
    tz: ZoneInfo
    stands: list[int]
    meetings: dict[int, list[v.Meeting]]  # by stand
    counts: dict[int, int]
    medians: dict[dt.datetime, float]
    hall_median: float
    people: dict[int, tuple[str, str]]  # category, sector
    plan: object | None


def _hall(event_id: int, session: Session, language: str | None) -> _Hall:
    from itday.services.plan_data import load_plan

    event = repo.get_event(event_id, session=session)
    tz = ZoneInfo(event.timezone or "Europe/Paris")
    stands = dv.stands(event_id, session=session)
    meetings = dv.meetings(event_id, session=session)
    by_stand: dict[int, list[v.Meeting]] = defaultdict(list)
    for m in meetings:
        by_stand[m.stand].append(m)
    counts = {s: len(ms) for s, ms in by_stand.items()}
    try:
        plan = load_plan(event_id, session=session, language=language, background=False)
    except ItdayError:
        plan = None  # no hall drawn: the reports go without the plan
    hall_median = 0.0
    if stands:
        import statistics

        hall_median = float(statistics.median(counts.get(s, 0) for s in stands))
    return _Hall(
        event_id,
        tz,
        stands,
        by_stand,
        counts,
        v.median_stand_by_hour(meetings, stands, tz),
        hall_median,
        dv.people(event_id, session=session),
        plan,
    )


def _label(kind: str, value: str, lang: str) -> str:
    if kind == "category":
        return category_word(value, lang) if value in set(Category) else value
    return value or doc_text(lang, "non renseigné")


def _report(
    hall: _Hall, exhibitor: Exhibitor, booths: list[str], session: Session, event_info
) -> StandReport:
    lang = event_info.lang
    mine = hall.meetings.get(exhibitor.id, [])
    hours = v.by_hour(mine, hall.tz)
    by_hour = []
    if mine:  # every hour of the day's leads, the stand's against the median stand's
        for hour in sorted(hall.medians):
            by_hour.append((hour, hours.get(hour, 0), hall.medians[hour]))
    categories = v.breakdown(mine, {p: c for p, (c, _) in hall.people.items()})
    sectors = v.breakdown(mine, {p: s for p, (_, s) in hall.people.items()})
    quals = session.exec(
        select(Lead.rating, Lead.tags).where(
            Lead.event_id == hall.event_id, Lead.exhibitor_id == exhibitor.id
        )
    ).all()
    busiest = v.busiest_hour(mine, hall.tz).get(exhibitor.id)
    return StandReport(
        event=event_info,
        exhibitor=exhibitor.name,
        booths=booths,
        visitors=len(mine),
        stands=len(hall.stands),
        standing=v.standing(hall.counts, hall.stands, exhibitor.id) if mine else None,
        hall_median=hall.hall_median,
        busiest=busiest,
        by_hour=by_hour,
        by_category=[
            (_label("category", k, lang), n) for k, n in categories.most_common() if k or n
        ],
        by_sector=[(_label("sector", k, lang), n) for k, n in sectors.most_common()],
        ratings=dict(v.tally(r for r, _ in quals)),
        tags=v.tally(t for _, t in quals).most_common(),
        plan=hall.plan,
        generated_at=dt.datetime.now(hall.tz),
    )


def file_name(exhibitor: str, lang: str = "fr") -> str:
    """The report's file name from the exhibitor's name: letters, digits and dashes only,
    so that it is valid on every system (« Société Générale » → societe-generale)."""
    slug = name_part(exhibitor, default="exposant")
    return f"{doc_text(lang, 'rapport')}-{slug}.pdf"


def write_stand_reports(
    db,
    event_id: int,
    out_dir: str | Path,
    *,
    exhibitor_ids: Iterable[int] | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> list[Path]:
    """One report per exhibitor (or those of ``exhibitor_ids``) into ``out_dir`` (made if
    missing); returns the files written.  A report replaces only an earlier report of the
    same name (a PDF); ``Cancelled`` leaves the reports already written."""
    from itday.services.badges import event_info

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ItdayError(
            QT_TRANSLATE_NOOP("errors", "{path} n'est pas un dossier : choisissez un dossier."),
            path=out,
        )
    with db.session() as session:
        info = event_info(event_id, session=session, language=language)
        hall = _hall(event_id, session, language)
        query = select(Exhibitor).where(Exhibitor.event_id == event_id)
        wanted = None if exhibitor_ids is None else set(exhibitor_ids)
        exhibitors = [
            e
            for e in session.exec(query.order_by(Exhibitor.name))
            if wanted is None or e.id in wanted
        ]
        if wanted is not None and len(exhibitors) != len(wanted):
            missing = sorted(wanted - {e.id for e in exhibitors})
            raise ItdayError(
                QT_TRANSLATE_NOOP("errors", "Aucun exposant n° {ids} dans cette édition."),
                ids=", ".join(map(str, missing)),
            )
        booths: dict[int, list[str]] = defaultdict(list)
        for exhibitor_id, code in session.exec(
            select(Booth.exhibitor_id, Booth.code).where(Booth.event_id == event_id)
        ):
            if exhibitor_id is not None:
                booths[exhibitor_id].append(code)
        outfile.make_folder(out)  # (one line if it cannot be made)
        written: list[Path] = []
        names: set[str] = set()
        for done, exhibitor in enumerate(exhibitors):
            if cancelled is not None and cancelled():
                raise Cancelled()
            name = file_name(exhibitor.name, info.lang)
            if name in names:  # two exhibitors of the same name
                name = name[:-4] + f"-{exhibitor.id}.pdf"
            names.add(name)
            target = out / name
            _refuse_foreign(target)
            data = _report(hall, exhibitor, sorted(booths[exhibitor.id]), session, info)
            render_stand_report(target, data)
            written.append(target)
            if progress is not None:
                progress(done + 1, len(exhibitors))
    return written


def _refuse_foreign(target: Path) -> None:
    """A file of that name that is not a PDF is someone else's: never written over."""
    if not target.exists() and not target.is_symlink():
        return
    if not outfile.is_ours(target, "pdf"):  # (never opens a database to find out)
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} existe déjà dans {folder} et n'est pas un rapport d'itday : choisissez "
                "un autre dossier.",
            ),
            name=target.name,
            folder=target.parent,
        )


__all__ = ["file_name", "write_stand_reports"]
