"""Recorded engagement on a small show made by hand: 3 stands, 10 visitors, every figure known."""

import datetime as dt
from zoneinfo import ZoneInfo

from itday.core import visits as v

TZ = ZoneInfo("Europe/Paris")


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2017, 6, 29, hour, minute, tzinfo=TZ).astimezone(dt.UTC)


# Stands 1, 2, 3; visitors 101…110.  Stand 1 meets 6 people, stand 2 three, stand 3 none.
# Visitor 101 is scanned at stand 1 at 9:10 and again at 11:40.
MEETINGS = [
    v.Meeting(1, 101, at(9, 10), at(11, 40)),
    v.Meeting(1, 102, at(9, 20), at(9, 20)),
    v.Meeting(1, 103, at(10, 5), at(10, 5)),
    v.Meeting(1, 104, at(10, 15), at(10, 15)),
    v.Meeting(1, 105, at(10, 45), at(10, 45)),
    v.Meeting(1, 106, at(14, 0), at(14, 0)),
    v.Meeting(2, 101, at(9, 30), at(9, 30)),
    v.Meeting(2, 107, at(10, 30), at(10, 30)),
    v.Meeting(2, 108, at(15, 5), at(15, 5)),
]
STANDS = [1, 2, 3]
CAME_IN = list(range(101, 111))  # all ten came in; 109 and 110 met no stand


def test_whole_day_counts_each_person_once_per_stand():
    index = v.VisitIndex(MEETINGS)
    assert index.counts() == {1: 6, 2: 3}
    assert index.span == (at(9, 10), at(15, 5))


def test_a_window_counts_first_and_later_scans_once():
    index = v.VisitIndex(MEETINGS)
    # 9:00–10:00: stand 1 met 101 and 102, stand 2 met 101
    assert index.counts(at(9), at(10)) == {1: 2, 2: 1}
    # 11:00–12:00: only 101's second scan at stand 1
    assert index.counts(at(11), at(12)) == {1: 1}
    # 10:00–11:00: stand 1 met 103, 104, 105; stand 2 met 107
    assert index.counts(at(10), at(11)) == {1: 3, 2: 1}
    # 9:00–12:00: 101 counted once at stand 1 though scanned twice in the window
    assert index.counts(at(9), at(12)) == {1: 5, 2: 2}
    # nothing at 12:00–13:00
    assert index.counts(at(12), at(13)) == {}


def test_no_leads_gives_nothing_rather_than_zeros():
    index = v.VisitIndex([])
    assert len(index) == 0
    assert index.span is None
    assert index.counts() == {}
    assert v.busiest_hour([], TZ) == {}
    assert v.reach([], CAME_IN).met_any == 0


def test_busiest_hour_of_each_stand():
    busiest = v.busiest_hour(MEETINGS, TZ)
    assert busiest[1] == (dt.datetime(2017, 6, 29, 10, tzinfo=TZ), 3)
    # stand 2: one at 9, 10 and 15: the earliest hour wins the tie
    assert busiest[2] == (dt.datetime(2017, 6, 29, 9, tzinfo=TZ), 1)
    assert 3 not in busiest


def test_median_stand_by_hour_counts_stands_without_leads_as_zero():
    medians = v.median_stand_by_hour(MEETINGS, STANDS, TZ)
    nine = dt.datetime(2017, 6, 29, 9, tzinfo=TZ)
    ten = dt.datetime(2017, 6, 29, 10, tzinfo=TZ)
    assert medians[nine] == 1.0  # stands 1, 2, 3 met 2, 1, 0
    assert medians[ten] == 1.0  # 3, 1, 0
    assert medians[dt.datetime(2017, 6, 29, 14, tzinfo=TZ)] == 0.0  # 1, 0, 0


def test_standing_ranks_and_quartiles():
    counts = {1: 6, 2: 3}
    assert v.standing(counts, STANDS, 1) == v.Standing(1, 3, 1)
    assert v.standing(counts, STANDS, 2) == v.Standing(2, 3, 2)
    assert v.standing(counts, STANDS, 3) == v.Standing(3, 3, 3)
    # ties share the best rank
    assert v.standing({1: 2, 2: 2}, STANDS, 2).rank == 1
    assert v.standing({}, [], 1) is None
    # eight stands: quarters of two
    eight = {s: 10 - s for s in range(1, 9)}
    assert [v.standing(eight, range(1, 9), s).quartile for s in range(1, 9)] == [
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
    ]


def test_reach_share_and_median_stands_per_visitor():
    r = v.reach(MEETINGS, CAME_IN)
    assert r.came_in == 10
    assert r.met_any == 8  # 101…108
    assert r.share == 0.8
    # stands per person: 101 → 2, 102…108 → 1, 109 and 110 → 0: median of ten values is 1
    assert r.median_stands == 1.0
    assert r.median_stands_met == 1.0
    # a lead of someone who never came in (scanned at a stand, entrance scan missing) is not
    # counted in the share of the people who came in
    assert v.reach(MEETINGS, [109, 110]).met_any == 0


def test_occupancy_from_arrivals_and_departures():
    arrivals = [at(9, 0), at(9, 5), at(9, 20), at(10, 0)]
    occ = v.occupancy(arrivals, [], at(9), at(10), dt.timedelta(minutes=15))
    assert occ.arrivals_only
    assert occ.inside == [1, 2, 3, 3, 4]
    assert occ.peak == (at(10), 4)
    occ = v.occupancy(arrivals, [at(9, 10), at(9, 40)], at(9), at(10), dt.timedelta(minutes=15))
    assert not occ.arrivals_only
    assert occ.inside == [1, 1, 2, 1, 2]
    assert occ.peak == (at(9, 30), 2)  # the first of the equal peaks
    assert v.occupancy([], [], at(9), at(8)).inside == []


def test_breakdown_and_tallies():
    category = {p: "visitor" for p in CAME_IN} | {101: "press", 102: "press"}
    assert v.breakdown([m for m in MEETINGS if m.stand == 1], category) == {
        "press": 2,
        "visitor": 4,
    }
    assert v.breakdown(MEETINGS, {}) == {"": 9}
    assert v.tally(["hot", None, "hot", "cold"]) == {"hot": 2, "cold": 1}
    assert v.tally([["devis", "démo"], [], ["devis"], None]) == {"devis": 2, "démo": 1}


def test_small_numbers_are_masked():
    assert [v.shown(n) for n in (0, 1, 4, 5, 12)] == ["0", "< 5", "< 5", "5", "12"]


def test_colour_scale_has_round_bands_and_keeps_small_numbers_together():
    assert v.scale(0) == [v.Band(0, 0, v.NONE_COLOUR)]
    bands = v.scale(3)
    assert [b.label for b in bands] == ["0", "1–4"]
    bands = v.scale(47)
    assert [b.label for b in bands] == ["0", "1–10", "11–20", "21–30", "31–40", "41–50"]
    assert v.colour_of(None, bands) == v.NO_STAND_COLOUR
    assert v.colour_of(0, bands) == v.NONE_COLOUR
    assert v.colour_of(15, bands) == v.SCALE_COLOURS[1]
    assert v.colour_of(47, bands) == v.SCALE_COLOURS[4]
    assert [b.label for b in v.scale(65)][1:3] == ["1–15", "16–30"]
    bands = v.scale(119)  # bands 25 wide
    assert bands[1].low == 1 and bands[-1].high >= 119 and len(bands) <= 6
    assert all(a.high + 1 == b.low for a, b in zip(bands, bands[1:], strict=False))
