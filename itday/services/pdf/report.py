"""report.pdf: the edition's summary for the organisers' partners, in the edition's
document language (French unless chosen otherwise).

Plain data in (``ReportData``, built by ``itday.services.export.load_report_data``), A4
vector PDF out: headline numbers, arrivals per quarter-hour (vector bars), categories,
scans per station and refused scans, the companies that came most, a thumbnail of the plan
coloured by presence, and the exhibitor list.  Numbers are printed without thousands
separators so that the text of the PDF reads exactly as ``itday stats --json``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import partial
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from itday.core.doc_text import REASONS_FR, category_word, doc_text
from itday.core.enums import Category, ElementKind
from itday.core.export_rules import day_series, percent, quarter_label, quarter_series
from itday.core.plan import footprint
from itday.services.pdf.badges import EventInfo
from itday.services.pdf.fonts import REGULAR, draw_text, text_width
from itday.services.pdf.lists import MARGIN, _build, _p, _styles, _table, booth_key
from itday.services.pdf.output import Output
from itday.services.pdf.plan import ELEMENT_COLOURS, PlanData, booth_colour, legend_entries

REFUSED_LABELS_FR = REASONS_FR  # by reason (itday.core.checkin)
BAR = colors.HexColor("#1f6fb2")
PEAK = colors.HexColor("#d9822b")
GRID = colors.HexColor("#d5dbe1")


@dataclass
class ReportExhibitor:
    name: str
    sector: str
    booths: list[str] = field(default_factory=list)
    present: bool = False


@dataclass
class ReportData:
    event: EventInfo
    stats: dict  # repo.stats()
    top_companies: list[tuple[str, int, int]] = field(default_factory=list)  # name, reg., in
    exhibitors: list[ReportExhibitor] = field(default_factory=list)
    plan: PlanData | None = None
    generated_at: dt.datetime | None = None
    anonymised: bool = False
    flows: dict | None = None  # itday.db.visits.day_flows()
    #: each talk session's attendance (itday.db.rooms.attendance, with a local ``time``)
    rooms: list[dict] = field(default_factory=list)


def category_label(value: str, lang: str = "fr") -> str:
    return category_word(value, lang) if value in set(Category) else value


class ArrivalsChart(Flowable):
    """Arrivals per quarter-hour as vector bars, the peak in orange, hours on the axis."""

    def __init__(
        self,
        by_quarter: dict[str, int],
        width: float,
        height: float,
        opening: dict | None = None,
        lang: str = "fr",
    ) -> None:
        super().__init__()
        self.lang = lang
        self.outside = 0  # arrivals on another day than the edition's
        if opening:
            self.series, self.outside = day_series(
                by_quarter,
                dt.datetime.fromisoformat(opening["start"]),
                dt.datetime.fromisoformat(opening["end"]),
            )
        else:
            self.series = quarter_series(by_quarter)
        self.width, self.height = width, height

    def wrap(self, *_):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        left, bottom = 10 * mm, 7 * mm
        w, h = self.width - left, self.height - bottom - 4 * mm
        if not self.series:
            draw_text(
                c, left, self.height / 2, doc_text(self.lang, "Aucune arrivée enregistrée."), 10
            )
            return
        top = max(max(v for _, v in self.series), 1)
        step = _nice_step(top)
        ceiling = max(step, -(-top // step) * step)
        c.setLineWidth(0.4)
        c.setStrokeColor(GRID)
        for value in range(0, ceiling + 1, step):
            y = bottom + h * value / ceiling
            c.line(left, y, left + w, y)
            draw_text(c, left - 1.5 * mm, y - 2.5, str(value), 7, align="right")
        slot = w / len(self.series)
        gap = min(1.5, slot * 0.15)
        every = 1  # hours between two labels: at least ~22 pt apart
        while every * 4 * slot < 22 and every < 12:
            every += 1
        for i, (moment, value) in enumerate(self.series):
            x = left + i * slot
            bar_h = h * value / ceiling
            c.setFillColor(PEAK if value == top else BAR)
            if bar_h > 0:
                c.rect(x + gap / 2, bottom, slot - gap, bar_h, stroke=0, fill=1)
            if moment.minute == 0 and moment.hour % every == 0:
                c.setFillColor(colors.black)
                draw_text(c, x, bottom - 4.5 * mm, quarter_label(moment), 7)
        c.setStrokeColor(colors.black)
        c.line(left, bottom, left + w, bottom)


class OccupancyChart(Flowable):
    """People in the hall every quarter-hour, as vector bars (the peak in orange)."""

    def __init__(self, occupancy: dict[str, int], width: float, height: float) -> None:
        super().__init__()
        self.series = [(dt.datetime.fromisoformat(k), n) for k, n in occupancy.items()]
        self.width, self.height = width, height

    def wrap(self, *_):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        left, bottom = 10 * mm, 7 * mm
        w, h = self.width - left, self.height - bottom - 4 * mm
        top = max((n for _, n in self.series), default=0)
        if not self.series or top == 0:
            return
        step = _nice_step(top)
        ceiling = max(step, -(-top // step) * step)
        c.setLineWidth(0.4)
        c.setStrokeColor(GRID)
        for value in range(0, ceiling + 1, step):
            y = bottom + h * value / ceiling
            c.line(left, y, left + w, y)
            draw_text(c, left - 1.5 * mm, y - 2.5, str(value), 7, align="right")
        slot = w / len(self.series)
        every = 1
        while every * 4 * slot < 22 and every < 12:
            every += 1
        peak = next(i for i, (_, n) in enumerate(self.series) if n == top)
        for i, (moment, value) in enumerate(self.series):
            x = left + i * slot
            c.setFillColor(PEAK if i == peak else BAR)
            if value:
                c.rect(x, bottom, max(slot - 0.6, 0.4), h * value / ceiling, stroke=0, fill=1)
            if moment.minute == 0 and moment.hour % every == 0:
                c.setFillColor(colors.black)
                draw_text(c, x, bottom - 4.5 * mm, quarter_label(moment), 7)
        c.setStrokeColor(colors.black)
        c.line(left, bottom, left + w, bottom)


def _rooms(story: list, sessions: list[dict], full: float, t, st) -> None:
    """« Salles de conférences »: each session's peak inside and the people who came."""
    story += _heading(t("Salles de conférences"), st)
    rows = [
        [_p(x["session"], st["cell"]), _p(x["room"], st["cell"]), _p(x["time"], st["cell"]),
         _p(str(x["capacity"] or ""), st["cell"]), _p(str(x["peak_inside"]), st["cell"]),
         _p(str(x["distinct_people"]), st["cell"])]
        for x in sessions
    ]  # fmt: skip
    story.append(
        _table(
            rows,
            [t("Séance"), t("Salle"), t("Horaire"), t("Capacité"), t("Pic"), t("Personnes")],
            [full * 0.34, full * 0.2, full * 0.16, full * 0.1, full * 0.08, full * 0.12],
            st,
        )
    )
    story.append(
        _p(
            t(
                "Pic : le plus de personnes dans la salle à la fois ; personnes : chacune "
                "comptée une fois, même sortie puis revenue."
            ),
            st["small"],
        )
    )


def _flows(story: list, flows: dict, full: float, t, st) -> None:
    """« Flux de la journée »: the hall's occupancy, how far the stands reached people, and
    when the stands were busiest."""
    story += _heading(t("Flux de la journée"), st)
    peak = flows.get("peak_inside")
    rows = [
        (t("Personnes entrées"), str(flows["came_in"])),
        (
            t("Rencontrées par au moins un stand"),
            f"{flows['met_a_stand']} ({percent(flows['met_a_stand'], flows['came_in'])})",
        ),
        (t("Stands rencontrés par personne (médiane)"), f"{flows['median_stands_per_person']:g}"),
        (
            t("Stands rencontrés par personne scannée (médiane)"),
            f"{flows['median_stands_per_person_met']:g}",
        ),
    ]
    if peak:
        label = t("Pic de présence") if not flows["arrivals_only"] else t("Entrées cumulées")
        when = quarter_label(dt.datetime.fromisoformat(peak["time"]))
        rows.append((label, f"{peak['inside']} ({when})"))
    story.append(_numbers_table(rows, full * 0.7, st))
    if flows.get("occupancy") and peak and peak["inside"]:
        title = (
            t("Entrées cumulées (aucune sortie n'est scannée : les départs ne sont pas comptés)")
            if flows["arrivals_only"]
            else t("Personnes dans le hall (entrées moins sorties scannées)")
        )
        story += [Spacer(1, 3 * mm), _p(title, st["cell_bold"], True)]
        story.append(OccupancyChart(flows["occupancy"], full, 50 * mm))
    busiest = flows.get("busiest_hour_by_stand") or []
    if busiest:
        hours: dict[str, int] = {}
        for row in busiest:
            label = f"{dt.datetime.fromisoformat(row['hour']):%H}h"
            hours[label] = hours.get(label, 0) + 1
        story += [
            Spacer(1, 3 * mm),
            _p(t("Heure la plus active des stands"), st["cell_bold"], True),
        ]
        story.append(
            _table(
                [[_p(h, st["cell"]), _p(str(n), st["cell"])] for h, n in sorted(hours.items())],
                [t("Heure"), t("Stands")],
                [full * 0.3, full * 0.2],
                st,
            )
        )
    elif not flows.get("leads"):
        story.append(_p(t("Aucun visiteur n'a encore été enregistré par les stands."), st["cell"]))


def _nice_step(top: int) -> int:
    """A round gridline step giving about four lines up to ``top``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 5:
            return step
    return 10_000


HIGHLIGHT = "#d9822b"  # an exhibitor's own booths in its report
OTHER_BOOTH = "#eeeeee"


class PlanThumbnail(Flowable):
    """The hall at scale, booths coloured by presence (or, given ``highlight``, those booth
    codes in orange and the others grey, with ``highlight_label`` as legend), fixed
    elements shaded."""

    def __init__(
        self,
        plan: PlanData,
        width: float,
        max_height: float,
        highlight: set[str] | None = None,
        highlight_label: str = "",
    ) -> None:
        super().__init__()
        self.plan = plan
        self.highlight = highlight
        self.highlight_label = highlight_label
        scale = min(width / plan.hall_w, max_height / plan.hall_d)
        self.scale = scale
        self.width, self.height = plan.hall_w * scale, plan.hall_d * scale + 8 * mm

    def wrap(self, *_):
        return self.width, self.height

    def draw(self) -> None:
        c, p, s = self.canv, self.plan, self.scale
        base = 8 * mm
        hall_h = p.hall_d * s

        def rect(x, y, w, d, fill, stroke=None):
            c.setFillColor(colors.HexColor(fill))
            if stroke:
                c.setStrokeColor(stroke)
            c.rect(
                x * s, base + hall_h - (y + d) * s, w * s, d * s, stroke=1 if stroke else 0, fill=1
            )

        c.setLineWidth(0.8)
        c.setStrokeColor(colors.HexColor("#555555"))
        if p.outline:
            path = c.beginPath()
            for i, (x, y) in enumerate(p.outline):
                point = (x * s, base + hall_h - y * s)
                path.moveTo(*point) if i == 0 else path.lineTo(*point)
            path.close()
            c.setFillColor(colors.white)
            c.drawPath(path, stroke=1, fill=1)
        else:
            c.setFillColor(colors.white)
            c.rect(0, base, p.hall_w * s, hall_h, stroke=1, fill=1)
        for kind, _label, x, y, w, d in p.elements:
            colour = ELEMENT_COLOURS.get(ElementKind(kind), "#cccccc") if kind else "#cccccc"
            rect(x, y, w, d, colour)
        c.setLineWidth(0.25)
        for b in p.booths:
            r = footprint(b.x, b.y, b.width, b.depth, b.rotation)
            if self.highlight is None:
                fill = booth_colour(b, "presence")
            else:
                fill = HIGHLIGHT if b.code in self.highlight else OTHER_BOOTH
            rect(r.x, r.y, r.w, r.h, fill, colors.HexColor("#666666"))
        x = 0.0
        entries = legend_entries(PlanData("", None, 1, 1, colour_by="presence"))
        if self.highlight is not None:
            entries = [(HIGHLIGHT, self.highlight_label)]
        for colour, label in entries:
            c.setFillColor(colors.HexColor(colour))
            c.setStrokeColor(colors.HexColor("#666666"))
            c.rect(x, 1.5 * mm, 3 * mm, 3 * mm, stroke=1, fill=1)
            c.setFillColor(colors.black)
            draw_text(c, x + 4 * mm, 2 * mm, label, 7)
            x += 4 * mm + text_width(label, 7) + 5 * mm


def _numbers_table(rows: list[tuple[str, str]], width: float, st) -> Table:
    data = [[_p(label, st["cell"]), _p(value, st["cell_bold"], True)] for label, value in rows]
    table = Table(data, colWidths=[0.62 * width, 0.38 * width])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def _heading(text: str, st) -> list:
    return [
        CondPageBreak(40 * mm),
        Spacer(1, 5 * mm),
        _p(text, st["heading"], True),
        Spacer(1, 2 * mm),
    ]


def render_report(out: Output, data: ReportData) -> int:
    """Writes the report to ``out``; returns its page count."""
    st = _styles()
    s = data.stats
    lang = data.event.lang
    t = partial(doc_text, lang)
    full = 210 * mm - 2 * MARGIN
    title = t("Bilan de l'édition")
    story: list = [_p(f"{title} — {data.event.name}", st["title"], True), Spacer(1, 2 * mm)]
    when = data.generated_at or dt.datetime.now(ZoneInfo("Europe/Paris"))  # the event's zone
    day = f"{when:%d/%m/%Y}" if lang == "fr" else f"{when:%Y-%m-%d}"
    note = t("Chiffres arrêtés le {date} à {time}.", date=day, time=f"{when:%H:%M}")
    if data.anonymised:
        note += t(" Export anonymisé : aucune donnée personnelle.")
    story += [_p(note, st["small"]), Spacer(1, 4 * mm)]

    peak = s.get("peak_quarter_hour")
    peak_text = "—"
    if peak:
        peak_text = (
            f"{quarter_label(dt.datetime.fromisoformat(peak['time']))} "
            f"({t('{n} arrivées', n=peak['arrivals'])})"
        )
    headline = [
        (t("Inscrits"), str(s["attendees"])),
        (t("Entrés"), str(s["checked_in"])),
        (t("Taux de venue"), percent(s["checked_in"], s["attendees"])),
        (t("Inscrits sur place"), str(s.get("walk_ins", 0))),
        (t("Exposants"), str(s["exhibitors"])),
        (t("Exposants présents"), str(s.get("exhibitors_present", 0))),
        (t("Stands"), str(s["booths"])),
        (t("Pic d'affluence"), peak_text),
    ]
    story += _heading(t("Chiffres clés"), st)
    story.append(_numbers_table(headline, full * 0.6, st))

    story += _heading(t("Arrivées par quart d'heure"), st)
    chart = ArrivalsChart(
        s.get("by_quarter_hour", {}), full, 60 * mm, s.get("opening_hours"), lang=lang
    )
    story.append(chart)
    if chart.outside:
        story.append(
            _p(t("{n} arrivée(s) un autre jour, hors du graphique.", n=chart.outside), st["cell"])
        )

    if data.flows:
        _flows(story, data.flows, full, t, st)
    if data.rooms:
        _rooms(story, data.rooms, full, t, st)

    cat_rows = [
        [
            _p(category_label(name, lang), st["cell"]),
            _p(str(c["registered"]), st["cell"]),
            _p(str(c["checked_in"]), st["cell"]),
            _p(percent(c["checked_in"], c["registered"]), st["cell"]),
        ]
        for name, c in s.get("by_category", {}).items()
    ]
    story += _heading(t("Par catégorie"), st)
    story.append(
        _table(
            cat_rows,
            [t("Catégorie"), t("Inscrits"), t("Entrés"), t("Taux")],
            [full * 0.4] + [full * 0.2] * 3,
            st,
        )
    )

    station_rows = [
        [_p(name or t("(sans nom)"), st["cell"]), _p(str(n), st["cell"])]
        for name, n in s.get("scans_by_station", {}).items()
    ]
    refused_rows = [
        [_p(t(REFUSED_LABELS_FR.get(k, k)), st["cell"]), _p(str(n), st["cell"])]
        for k, n in s.get("refused_by_reason", {}).items()
    ]
    half = full / 2 - 3 * mm
    side = Table(
        [
            [
                _table(
                    station_rows or [[_p(t("Aucun scan"), st["cell"]), ""]],
                    [t("Poste"), t("Scans")],
                    [half * 0.7, half * 0.3],
                    st,
                ),
                _table(
                    refused_rows or [[_p(t("Aucun refus"), st["cell"]), ""]],
                    [t("Scans refusés"), t("Nombre")],
                    [half * 0.7, half * 0.3],
                    st,
                ),
            ]
        ],
        colWidths=[full / 2, full / 2],
    )
    side.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    story += _heading(t("Postes d'accueil"), st)
    story.append(side)

    if data.top_companies:
        rows = [
            [_p(name, st["cell"]), _p(str(reg), st["cell"]), _p(str(came), st["cell"])]
            for name, reg, came in data.top_companies
        ]
        story += _heading(t("Entreprises les plus représentées (visiteurs)"), st)
        story.append(
            _table(
                rows,
                [t("Entreprise"), t("Inscrits"), t("Entrés")],
                [full * 0.6, full * 0.2, full * 0.2],
                st,
            )
        )

    if data.plan is not None and data.plan.hall_w > 0 and data.plan.hall_d > 0:
        story += _heading(t("Plan du hall"), st)
        story.append(PlanThumbnail(data.plan, full, 110 * mm))

    if data.exhibitors:
        present = sum(1 for e in data.exhibitors if e.present)
        rows = [
            [
                _p(e.name, st["cell_bold"], True),
                _p(e.sector, st["cell"]),
                _p(", ".join(sorted(e.booths, key=booth_key)) or "—", st["cell"]),
                _p(t("oui") if e.present else t("non"), st["cell"]),
            ]
            for e in data.exhibitors
        ]
        story += _heading(
            t("Exposants ({n}, dont {present} présents)", n=len(rows), present=present), st
        )
        story.append(
            _table(
                rows,
                [t("Exposant"), t("Secteur"), t("Stand(s)"), t("Présent")],
                [full * 0.45, full * 0.3, full * 0.13, full * 0.12],
                st,
            )
        )
    return _build(out, story, data.event, f"{title} — {data.event.name}")


__all__ = ["ArrivalsChart", "PlanThumbnail", "ReportData", "ReportExhibitor", "render_report"]
