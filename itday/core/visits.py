"""What the hall saw: recorded engagement from the entrance scans and the stands' leads.

Nothing here counts people walking by: a stand's *visits* are the distinct people whose badge
it scanned (its leads), the hall's *arrivals* the admissions at the entrance, its
*departures* the exit scans where there are any.  Every function takes plain values (ids
and aware datetimes) so that the same figures serve the plan, the statistics page, the
report and each exhibitor's own report, and can be checked by hand on a small show.

Privacy: a figure about fewer than ``MIN_GROUP`` people may point at one person; ``shown``
writes it « < 5 » wherever the figures leave the organisers (anonymised export, exhibitors'
reports).
"""

from __future__ import annotations

import bisect
import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

#: figures about fewer people than this are shown as « < 5 »
MIN_GROUP = 5


@dataclass(frozen=True)
class Meeting:
    """One stand's lead of one person: the first and the last time its badge was scanned
    there (the same time when scanned once)."""

    stand: int  # the exhibitor's id
    person: int  # the attendee's id
    first: dt.datetime
    last: dt.datetime


def shown(count: int, min_group: int = MIN_GROUP) -> str:
    """``count`` as printed where figures leave the organisers: « < 5 » for 1 to 4 people."""
    return f"< {min_group}" if 0 < count < min_group else str(count)


# -- visits per stand ----------------------------------------------------------------------


class VisitIndex:
    """The leads of an edition, ready to count each stand's distinct visitors in any time
    window: the plan asks again at every step of its time slider."""

    def __init__(self, meetings: Iterable[Meeting]) -> None:
        rows = sorted(meetings, key=lambda m: m.first)
        self._firsts = [m.first for m in rows]
        self._rows = rows
        self.stands = sorted({m.stand for m in rows})

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def span(self) -> tuple[dt.datetime, dt.datetime] | None:
        """The first and the last scan at any stand, or None without leads."""
        if not self._rows:
            return None
        return self._firsts[0], max(m.last for m in self._rows)

    def counts(
        self, start: dt.datetime | None = None, end: dt.datetime | None = None
    ) -> Counter[int]:
        """Distinct people each stand scanned in ``[start, end)`` (the whole day with no
        bounds): a person counts once per stand, if first or last scanned in the window."""
        if start is None and end is None:
            return Counter(m.stand for m in self._rows)
        # First scans in the window, found by bisection; leads first met before the window
        # count when their last scan falls in it.
        lo = 0 if start is None else bisect.bisect_left(self._firsts, start)
        hi = len(self._rows) if end is None else bisect.bisect_left(self._firsts, end)
        out: Counter[int] = Counter(m.stand for m in self._rows[lo:hi])
        for m in self._rows[:lo]:
            if m.last >= start and (end is None or m.last < end):
                out[m.stand] += 1
        return out


def busiest_hour(meetings: Iterable[Meeting], tz: dt.tzinfo) -> dict[int, tuple[dt.datetime, int]]:
    """Each stand's busiest clock hour (local time) by people first met then, with their
    number; the earlier hour wins a tie."""
    per: dict[int, Counter[dt.datetime]] = defaultdict(Counter)
    for m in meetings:
        local = m.first.astimezone(tz).replace(minute=0, second=0, microsecond=0)
        per[m.stand][local] += 1
    return {
        stand: max(hours.items(), key=lambda kv: (kv[1], -kv[0].timestamp()))
        for stand, hours in per.items()
    }


def by_hour(meetings: Iterable[Meeting], tz: dt.tzinfo) -> Counter[dt.datetime]:
    """People first met per clock hour (local time)."""
    return Counter(
        m.first.astimezone(tz).replace(minute=0, second=0, microsecond=0) for m in meetings
    )


def median_stand_by_hour(
    meetings: Sequence[Meeting], stands: Iterable[int], tz: dt.tzinfo
) -> dict[dt.datetime, float]:
    """The hall's median stand, hour by hour: for each hour with any lead, the median over
    ``stands`` (every stand of the edition, those with no lead that hour counting 0)."""
    stands = list(stands)
    per: dict[dt.datetime, Counter[int]] = defaultdict(Counter)
    for m in meetings:
        per[m.first.astimezone(tz).replace(minute=0, second=0, microsecond=0)][m.stand] += 1
    if not stands:
        return {}
    return {
        hour: float(statistics.median(counts.get(s, 0) for s in stands))
        for hour, counts in sorted(per.items())
    }


@dataclass(frozen=True)
class Standing:
    """Where a stand's figure stands among the edition's stands."""

    rank: int  # 1: the most visited (ties share the best rank)
    of: int  # stands compared
    quartile: int  # 1: the top quarter … 4: the bottom quarter


def standing(counts: dict[int, int], stands: Iterable[int], stand: int) -> Standing | None:
    """The rank and quartile of ``stand`` by its number of visitors among ``stands`` (those
    without a lead count 0); None when there is no stand to compare."""
    values = sorted((counts.get(s, 0) for s in stands), reverse=True)
    if not values:
        return None
    mine = counts.get(stand, 0)
    rank = 1 + sum(1 for v in values if v > mine)
    quartile = min(4, 1 + (rank - 1) * 4 // len(values))
    return Standing(rank, len(values), quartile)


# -- people --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reach:
    """How far the stands reached the people who came in."""

    came_in: int  # people admitted at the entrance
    met_any: int  # of them, people scanned by at least one stand
    share: float  # met_any / came_in (0 when nobody came in)
    median_stands: float  # stands per person who came in, median (0 counted)
    median_stands_met: float  # stands per person met at least once, median


def reach(meetings: Iterable[Meeting], came_in: Iterable[int]) -> Reach:
    """The share of the people who came in (``came_in``: their ids) met by at least one
    stand, and the median number of stands per person."""
    people = set(came_in)
    stands_per: Counter[int] = Counter(m.person for m in meetings if m.person in people)
    met = [stands_per[p] for p in people if stands_per[p]]
    everyone = [stands_per.get(p, 0) for p in people]
    return Reach(
        came_in=len(people),
        met_any=len(met),
        share=len(met) / len(people) if people else 0.0,
        median_stands=float(statistics.median(everyone)) if everyone else 0.0,
        median_stands_met=float(statistics.median(met)) if met else 0.0,
    )


# -- the hall over the day -----------------------------------------------------------------


@dataclass
class Occupancy:
    """People in the hall over the day, step by step."""

    times: list[dt.datetime] = field(default_factory=list)
    inside: list[int] = field(default_factory=list)
    arrivals_only: bool = True  # no exit scan recorded: the curve counts arrivals only

    @property
    def peak(self) -> tuple[dt.datetime, int] | None:
        if not self.inside:
            return None
        i = max(range(len(self.inside)), key=lambda k: (self.inside[k], -k))
        return self.times[i], self.inside[i]


def occupancy(
    arrivals: Iterable[dt.datetime],
    departures: Iterable[dt.datetime],
    start: dt.datetime,
    end: dt.datetime,
    step: dt.timedelta = dt.timedelta(minutes=15),
) -> Occupancy:
    """People inside at each step from ``start`` to ``end`` (both included): arrivals up to
    that time, less departures where exit scans exist.  Without any departure the curve is
    the arrivals so far, and says so (``arrivals_only``)."""
    ins = sorted(arrivals)
    outs = sorted(departures)
    result = Occupancy(arrivals_only=not outs)
    if step <= dt.timedelta(0) or end < start:
        return result
    moment = start
    while moment <= end:
        inside = bisect.bisect_right(ins, moment) - bisect.bisect_right(outs, moment)
        result.times.append(moment)
        result.inside.append(max(0, inside))
        moment += step
    return result


# -- by whom -------------------------------------------------------------------------------


def breakdown(meetings: Iterable[Meeting], attribute: dict[int, str]) -> Counter[str]:
    """A stand's people counted by one of their attributes (category, sector): ``attribute``
    maps a person's id to its value ("" when unknown)."""
    return Counter(attribute.get(m.person, "") for m in meetings)


def tally(values: Iterable[Iterable[str] | str | None]) -> Counter[str]:
    """How often each rating or tag was chosen: values are one string, a list or None."""
    out: Counter[str] = Counter()
    for value in values:
        if not value:
            continue
        if isinstance(value, str):
            out[value] += 1
        else:
            out.update(v for v in value if v)
    return out


# -- the plan coloured by visits -----------------------------------------------------------

#: booth colours by visitors, light to dark (ColorBrewer's OrRd), after the grey of a booth
#: without an exhibitor and the pale one of a stand that recorded nobody
NO_STAND_COLOUR = "#f2f2f2"
NONE_COLOUR = "#ffffff"
SCALE_COLOURS = ("#fdd49e", "#fdbb84", "#fc8d59", "#e34a33", "#b30000")


@dataclass(frozen=True)
class Band:
    """One step of the colour scale: stands with ``low`` to ``high`` visitors."""

    low: int
    high: int
    colour: str

    @property
    def label(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


#: band widths the scale picks from: round numbers a reader adds up at a glance
_WIDTHS = (1, 2, 3, 4, 5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200, 250, 500)


def _nice_step(value: float) -> int:
    """The smallest round width at least ``value``."""
    for width in _WIDTHS:
        if width >= value:
            return width
    step = _WIDTHS[-1]
    while step < value:
        step *= 2
    return step


def scale(maximum: int, steps: int = len(SCALE_COLOURS)) -> list[Band]:
    """The colour scale of the plan « par visites » for stands of up to ``maximum``
    visitors: 0 apart, then up to ``steps`` bands of a round width (1–10, 11–20, …).  The
    first band starts at 1 and ends at 4 or more, so that « < 5 » never needs to be split."""
    bands = [Band(0, 0, NONE_COLOUR)]
    if maximum <= 0:
        return bands
    width = max(_nice_step(maximum / steps), MIN_GROUP - 1)
    low = 1
    for colour in SCALE_COLOURS:
        high = low + width - 1 if low > 1 else width
        bands.append(Band(low, max(high, low), colour))
        if high >= maximum:
            break
        low = high + 1
    last = bands[-1]
    if last.high < maximum:  # a wide last band rather than a sixth colour
        bands[-1] = Band(last.low, maximum, last.colour)
    return bands


def colour_of(count: int | None, bands: Sequence[Band]) -> str:
    """The booth's colour: grey without an exhibitor (``None``), else its band's."""
    if count is None:
        return NO_STAND_COLOUR
    for band in bands:
        if band.low <= count <= band.high:
            return band.colour
    return bands[-1].colour if bands else NONE_COLOUR
