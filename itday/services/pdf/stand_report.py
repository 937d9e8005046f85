"""Each exhibitor's report after the show: what its stand recorded, in the edition's
document language, naming no visitor.

Plain data in (``StandReport``, built by ``itday.services.stand_reports``), A4 vector PDF
out: what the figures count and what they cannot, the headline figures (visitors recorded,
rank and quartile among the stands, busiest hour), the stand on the plan, its leads by hour
against the hall's median stand, by category and by the visitors' sectors, its ratings and
tags.  Figures about fewer than five people read « < 5 »; a stand that recorded nobody gets
a sentence saying so instead of empty charts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import partial

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from itday.core.doc_text import doc_text
from itday.core.visits import Standing, shown
from itday.services.pdf.badges import EventInfo
from itday.services.pdf.fonts import draw_text
from itday.services.pdf.lists import MARGIN, _build, _p, _styles, _table
from itday.services.pdf.output import Output
from itday.services.pdf.plan import PlanData
from itday.services.pdf.report import BAR, GRID, PEAK, PlanThumbnail, _heading, _numbers_table

RATING_WORDS = {"hot": "chaud", "warm": "tiède", "cold": "froid"}


@dataclass
class StandReport:
    event: EventInfo
    exhibitor: str
    booths: list[str] = field(default_factory=list)
    visitors: int = 0  # distinct people the stand scanned
    stands: int = 0  # stands of the edition compared
    standing: Standing | None = None
    hall_median: float = 0.0  # visitors of the median stand
    busiest: tuple[dt.datetime, int] | None = None  # local hour, people met then
    # (local hour, the stand's people first met then, the hall's median stand then)
    by_hour: list[tuple[dt.datetime, int, float]] = field(default_factory=list)
    by_category: list[tuple[str, int]] = field(default_factory=list)  # label, people
    by_sector: list[tuple[str, int]] = field(default_factory=list)
    ratings: dict[str, int] = field(default_factory=dict)  # hot/warm/cold → leads
    tags: list[tuple[str, int]] = field(default_factory=list)
    plan: PlanData | None = None
    generated_at: dt.datetime | None = None


class HoursChart(Flowable):
    """The stand's people per hour (bars) against the hall's median stand (a dash)."""

    def __init__(self, rows: list[tuple[dt.datetime, int, float]], width: float, lang: str):
        super().__init__()
        self.rows, self.width, self.height, self.lang = rows, width, 55 * mm, lang

    def wrap(self, *_):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        left, bottom = 10 * mm, 12 * mm
        w, h = self.width - left, self.height - bottom - 4 * mm
        top = max(max(max(mine, median) for _, mine, median in self.rows), 1)
        step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000) if top / s <= 5)
        ceiling = max(step, -(-int(top) // step) * step)
        c.setLineWidth(0.4)
        c.setStrokeColor(GRID)
        for value in range(0, ceiling + 1, step):
            y = bottom + h * value / ceiling
            c.line(left, y, left + w, y)
            draw_text(c, left - 1.5 * mm, y - 2.5, str(value), 7, align="right")
        slot = w / len(self.rows)
        for i, (hour, mine, median) in enumerate(self.rows):
            x = left + i * slot
            c.setFillColor(BAR)
            if mine:
                c.rect(x + slot * 0.2, bottom, slot * 0.6, h * mine / ceiling, stroke=0, fill=1)
            c.setStrokeColor(PEAK)
            c.setLineWidth(1.6)
            y = bottom + h * median / ceiling
            c.line(x + slot * 0.1, y, x + slot * 0.9, y)
            c.setFillColor(colors.black)
            draw_text(c, x + slot / 2, bottom - 4 * mm, f"{hour:%H}h", 7, align="center")
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.4)
        c.line(left, bottom, left + w, bottom)
        # the key, under the axis
        y = 1.5 * mm
        c.setFillColor(BAR)
        c.rect(left, y, 3 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        draw_text(c, left + 4 * mm, y + 0.5 * mm, doc_text(self.lang, "Votre stand"), 7)
        c.setStrokeColor(PEAK)
        c.setLineWidth(1.6)
        x = left + 35 * mm
        c.line(x, y + 1.5 * mm, x + 4 * mm, y + 1.5 * mm)
        draw_text(c, x + 5 * mm, y + 0.5 * mm, doc_text(self.lang, "Stand médian du salon"), 7)


def _counts_table(rows: list[tuple[str, int]], header: list[str], width: float, st):
    cells = [[_p(label, st["cell"]), _p(shown(n), st["cell"])] for label, n in rows]
    table = _table(cells, header, [width * 0.75, width * 0.25], st)
    table.hAlign = "LEFT"
    return table


def render_stand_report(out: Output, data: StandReport) -> int:
    """Writes one exhibitor's report to ``out``; returns its page count."""
    st = _styles()
    lang = data.event.lang
    t = partial(doc_text, lang)
    full = 210 * mm - 2 * MARGIN
    title = t("Votre salon — {exhibitor}", exhibitor=data.exhibitor)
    story: list = [_p(title, st["title"], True), Spacer(1, 2 * mm)]
    booths = ", ".join(data.booths)
    where = t("Stand {code}", code=booths) if booths else t("Sans stand")
    story.append(_p(f"{data.event.name} — {where}", st["cell_bold"], True))
    story += [Spacer(1, 2 * mm), _p(t(_WHAT_IT_COUNTS), st["small"]), Spacer(1, 3 * mm)]

    if not data.visitors:
        story += _heading(t("Vos visiteurs"), st)
        story.append(_p(t(_NOTHING_YET), st["cell"]))
        _plan(story, data, full, t, st)
        return _build(out, story, data.event, title)

    headline = [(t("Visiteurs enregistrés par votre stand"), shown(data.visitors))]
    if data.standing is not None:
        headline.append(
            (
                t("Rang parmi les stands"),
                t("{rank} sur {of}", rank=data.standing.rank, of=data.standing.of),
            )
        )
        headline.append((t("Quartile"), t(_QUARTILES[data.standing.quartile])))
    headline.append((t("Stand médian du salon"), f"{data.hall_median:g}"))
    if data.busiest is not None:
        hour, n = data.busiest
        headline.append(
            (t("Heure la plus active"), f"{hour:%H}h–{hour.hour + 1:02d}h ({shown(n)})")
        )
    story += _heading(t("Vos visiteurs"), st)
    numbers = _numbers_table(headline, full * 0.7, st)
    numbers.hAlign = "LEFT"
    story.append(numbers)

    if data.by_hour:
        story += _heading(t("Visiteurs par heure"), st)
        story.append(HoursChart(data.by_hour, full, lang))
    half = full / 2 - 3 * mm
    if data.by_category:
        story += _heading(t("Par catégorie"), st)
        story.append(_counts_table(data.by_category, [t("Catégorie"), t("Visiteurs")], half, st))
    if data.by_sector:
        story += _heading(t("Par secteur des visiteurs"), st)
        story.append(_counts_table(data.by_sector, [t("Secteur"), t("Visiteurs")], half, st))
    story += _heading(t("Qualification de vos contacts"), st)
    rated = [(t(RATING_WORDS[k]), data.ratings.get(k, 0)) for k in ("hot", "warm", "cold")]
    unrated = data.visitors - sum(data.ratings.get(k, 0) for k in RATING_WORDS)
    rated.append((t("sans note"), max(0, unrated)))
    story.append(_counts_table(rated, [t("Intérêt"), t("Contacts")], half, st))
    if data.tags:
        story.append(Spacer(1, 3 * mm))
        story.append(_counts_table(data.tags, [t("Étiquette"), t("Contacts")], half, st))
    _plan(story, data, full, t, st)
    return _build(out, story, data.event, title)


def _plan(story: list, data: StandReport, full: float, t, st) -> None:
    if data.plan is not None and data.plan.hall_w > 0 and data.plan.hall_d > 0:
        story += _heading(t("Votre stand sur le plan"), st)
        story.append(PlanThumbnail(data.plan, full, 95 * mm, set(data.booths), t("Votre stand")))


_WHAT_IT_COUNTS = (
    "Ces chiffres comptent les personnes dont votre stand a scanné le badge (chacune une "
    "fois) : ni les visiteurs passés sans être scannés, ni les passages devant le stand. "
    "Aucun visiteur n'est nommé ici ; les chiffres de moins de 5 personnes sont notés « < 5 »."
)
_NOTHING_YET = (
    "Votre stand n'a encore enregistré aucun visiteur : scannez les badges des visiteurs que "
    "vous rencontrez depuis vos téléphones (« Kit exposant » remis par les organisateurs)."
)
_QUARTILES = {
    1: "premier quart (les plus visités)",
    2: "deuxième quart",
    3: "troisième quart",
    4: "dernier quart",
}

__all__ = ["StandReport", "render_stand_report"]
