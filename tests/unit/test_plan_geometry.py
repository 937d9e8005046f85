"""Plan geometry: snapping, booth blocks, codes, kinds and plan checks."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from itday.core import plan
from itday.core.diagora import demo_hall, demo_layout
from itday.core.enums import BoothKind, ElementKind
from itday.core.plan import (
    STATUS_COLOURS,
    BoothShape,
    ElementShape,
    Rect,
    derive_kind,
    derive_kinds,
    footprint,
    generate_block,
    natural_key,
    next_codes,
    sector_colour,
    snap,
    snap_point,
)


def check_plan(*args, **kwargs):
    """The checks, without the hall-wide count of exits (these tests draw no doors; the
    exits have their own tests in test_plan_exits.py)."""
    return [p for p in plan.check_plan(*args, **kwargs) if p.kind != "too_few_exits"]


def booth(code: str, x: float, y: float, w: float = 3.0, d: float = 3.0, rot: int = 0):
    return BoothShape(None, code, x, y, w, d, rot)


# -- snapping ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.0, 0.0), (0.24, 0.0), (0.26, 0.5), (0.75, 1.0), (1.25, 1.5), (3.1, 3.0), (-0.26, -0.5)],
)
def test_snap_to_half_metre(value, expected):
    assert snap(value) == expected


def test_snap_point_and_other_step():
    assert snap_point(1.3, 2.8) == (1.5, 3.0)
    assert snap(4.4, step=1.0) == 4.0
    assert snap(0.1 + 0.2, 0.1) == pytest.approx(0.3)


# -- rectangles and rotation ---------------------------------------------------------------------


def test_rotation_swaps_width_and_depth_anchored_at_corner():
    assert footprint(10, 5, 6, 3, 0) == Rect(10, 5, 6, 3)
    assert footprint(10, 5, 6, 3, 90) == Rect(10, 5, 3, 6)
    assert footprint(10, 5, 6, 3, 180) == Rect(10, 5, 6, 3)
    assert footprint(10, 5, 6, 3, 270) == Rect(10, 5, 3, 6)
    assert booth("A", 1, 2, 3, 2, 90).rect == Rect(1, 2, 2, 3)


def test_touching_rectangles_do_not_intersect():
    assert not Rect(0, 0, 3, 3).intersects(Rect(3, 0, 3, 3))
    assert Rect(0, 0, 3, 3).intersects(Rect(2.9, 0, 3, 3))


# -- codes ---------------------------------------------------------------------------------------


def test_natural_key_orders_numbers_as_numbers():
    codes = ["A10", "B1", "A2", "1001", "101", "a3", "K1", "102"]
    assert sorted(codes, key=natural_key) == ["101", "102", "1001", "A2", "a3", "A10", "B1", "K1"]


def test_next_codes_skips_used_ones_and_keeps_padding():
    assert next_codes({"A01", "A03"}, "A01", 3) == ["A02", "A04", "A05"]
    assert next_codes([], "101", 2) == ["101", "102"]
    assert next_codes(["a02"], "A01", 2) == ["A01", "A03"]  # case-insensitive
    assert next_codes([], "A99", 2) == ["A99", "A100"]


# -- block generator -----------------------------------------------------------------------------


def test_block_letter_scheme_counts_codes_and_spacing():
    block = generate_block(4, 5, 3.0, 3.0, aisle=3.5, origin=(2.0, 4.0), first_code="A01")
    assert len(block) == 20
    assert [b.code for b in block[:6]] == ["A01", "A02", "A03", "A04", "A05", "B01"]
    assert [b.code for b in block[-5:]] == ["D01", "D02", "D03", "D04", "D05"]
    assert [b.x for b in block[:5]] == [2.0, 5.0, 8.0, 11.0, 14.0]
    # Back to back: rows A and B touch, then an aisle, then C and D touch.
    ys = sorted({b.y for b in block})
    assert ys == [4.0, 7.0, 13.5, 16.5]
    assert {b.rotation for b in block if b.code[0] in "AC"} == {0}
    assert {b.rotation for b in block if b.code[0] in "BD"} == {180}


def test_block_without_back_to_back_puts_an_aisle_after_every_row():
    block = generate_block(3, 2, 3.0, 2.0, aisle=3.0, origin=(0, 0), back_to_back=False)
    assert sorted({b.y for b in block}) == [0.0, 5.0, 10.0]


def test_numeric_scheme_and_explicit_schemes():
    block = generate_block(3, 4, first_code="101")
    assert [b.code for b in block] == [
        "101", "102", "103", "104", "201", "202", "203", "204", "301", "302", "303", "304"
    ]  # fmt: skip
    wide = generate_block(2, 120, first_code="1")
    assert wide[120].code == "1001"
    seq = generate_block(2, 3, first_code="S1", scheme="sequential")
    assert [b.code for b in seq] == ["S1", "S2", "S3", "S4", "S5", "S6"]


def test_block_skips_existing_codes():
    block = generate_block(1, 3, first_code="A01", existing_codes={"A02"})
    assert [b.code for b in block] == ["A01", "A03", "A04"]


@settings(max_examples=60, deadline=None)
@given(
    rows=st.integers(1, 6),
    per_row=st.integers(1, 12),
    width=st.sampled_from([2.0, 3.0, 4.5, 6.0]),
    depth=st.sampled_from([2.0, 3.0, 6.0]),
    aisle=st.floats(0.0, 6.0),
    ox=st.floats(-50, 50),
    oy=st.floats(-50, 50),
    back=st.booleans(),
)
def test_generated_blocks_never_overlap(rows, per_row, width, depth, aisle, ox, oy, back):
    block = generate_block(rows, per_row, width, depth, aisle, (ox, oy), back_to_back=back)
    assert len(block) == rows * per_row
    assert len({b.code for b in block}) == len(block)
    for a, b in itertools.combinations(block, 2):
        assert not a.rect.intersects(b.rect)
    problems = check_plan(
        1e4,
        1e4,
        [
            BoothShape(b.code, b.code, b.x + 100, b.y + 100, b.width, b.depth, b.rotation)
            for b in block
        ],
    )
    assert not [p for p in problems if p.kind == "overlap"]


# -- booth kinds ---------------------------------------------------------------------------------


def test_kind_from_open_sides():
    # A row of three booths against nothing: ends have three open sides, middle two.
    row = generate_block(1, 3, origin=(10, 10))
    assert derive_kind(row[0], row) == BoothKind.PENINSULA
    assert derive_kind(row[1], row) == BoothKind.CORNER  # open front and back
    # Back to back double row: ends are corners, middles inline.
    block = generate_block(2, 3, origin=(10, 10))
    kinds = {b.code: derive_kind(b, block) for b in block}
    assert kinds["A01"] == BoothKind.CORNER
    assert kinds["A02"] == BoothKind.INLINE
    assert kinds["B03"] == BoothKind.CORNER
    # Alone in the hall: island.
    alone = booth("K1", 20, 20, 6, 6)
    assert derive_kind(alone, [alone]) == BoothKind.ISLAND


def test_hall_walls_and_closing_elements_close_a_side():
    corner = booth("A01", 0, 0)
    assert derive_kind(corner, [], hall=(50, 40)) == BoothKind.CORNER
    stage = ElementShape(ElementKind.STAGE, 3, 0, 10, 5)
    assert derive_kind(corner, [], hall=(50, 40), elements=[stage]) == BoothKind.INLINE
    pillar = ElementShape(ElementKind.PILLAR, 3, 0, 0.5, 0.5)
    assert derive_kind(corner, [], hall=(50, 40), elements=[pillar]) == BoothKind.CORNER


def test_a_neighbour_covering_less_than_half_a_side_leaves_it_open():
    a = booth("A", 0, 10)
    small = booth("B", 3, 12, 1, 1)  # touches only 1 m of the 3 m right side
    assert derive_kind(a, [small]) == BoothKind.ISLAND
    big = booth("C", 3, 11, 2, 2)  # 2 m of 3 m
    assert derive_kind(a, [big]) == BoothKind.PENINSULA


def test_derive_kinds_agrees_with_derive_kind():
    block = generate_block(2, 4, origin=(5, 5)) + [booth("K1", 30, 5, 6, 6)]
    fast = derive_kinds(block, 60, 40)
    slow = [derive_kind(b, block, hall=(60, 40)) for b in block]
    assert fast == slow


# -- checks --------------------------------------------------------------------------------------


def kinds(problems):
    return sorted(p.kind for p in problems)


def test_overlap_detected_with_both_booths_and_zone():
    a, b = booth("A01", 10, 10), booth("A02", 12, 10)
    problems = check_plan(50, 40, [a, b])
    assert kinds(problems) == ["overlap"]
    assert problems[0].booth_ids == ("A01", "A02")
    assert problems[0].where == Rect(12, 10, 1, 3)
    assert "A01" in problems[0].message_fr and "chevauchent" in problems[0].message_fr


def test_touching_booths_are_fine_and_ids_are_used_when_present():
    a = BoothShape(7, "A01", 10, 10)
    b = BoothShape(8, "A02", 13, 10)
    c = BoothShape(9, "A03", 15, 10)
    assert check_plan(50, 40, [a, b]) == []
    problems = check_plan(50, 40, [a, b, c])
    assert [p.booth_ids for p in problems] == [(8, 9)]


def test_booth_outside_the_hall():
    problems = check_plan(50, 40, [booth("Z1", 48, 10)])
    assert kinds(problems) == ["outside"]
    problems = check_plan(50, 40, [booth("Z2", -1, 10)])
    assert kinds(problems) == ["outside"]


def test_booth_over_a_pillar():
    pillar = ElementShape(ElementKind.PILLAR, 11, 11, 0.5, 0.5)
    problems = check_plan(50, 40, [booth("P1", 10, 10)], [pillar])
    assert kinds(problems) == ["over_element"]
    assert "poteau" in problems[0].message_fr
    # Tuples (kind, label, x, y, w, d) are accepted too.
    problems = check_plan(50, 40, [booth("P1", 10, 10)], [("pillar", "", 11, 11, 0.5, 0.5)])
    assert kinds(problems) == ["over_element"]


def test_narrow_aisle_between_facing_rows():
    row1 = generate_block(1, 4, origin=(10, 10), first_code="A01")
    narrow = generate_block(1, 4, origin=(10, 15.5), first_code="B01")  # 2.5 m aisle
    problems = check_plan(50, 40, row1 + narrow)
    assert {p.kind for p in problems} == {"narrow_aisle"}
    assert len(problems) == 4  # each facing pair
    assert problems[0].where.h == pytest.approx(2.5)
    assert "2,5 m" in problems[0].message_fr
    ok = generate_block(1, 4, origin=(10, 16.0), first_code="B01")  # 3 m aisle
    assert check_plan(50, 40, row1 + ok) == []


def test_narrow_aisle_uses_the_configured_minimum():
    row1 = generate_block(1, 2, origin=(10, 10))
    row2 = generate_block(1, 2, origin=(10, 16.0), first_code="B01")
    assert check_plan(50, 40, row1 + row2, min_aisle=3.5) != []


def test_no_narrow_aisle_between_diagonal_booths():
    assert check_plan(50, 40, [booth("A", 10, 10), booth("B", 14, 14)]) == []


def test_narrow_gap_to_a_wall_or_stage():
    problems = check_plan(50, 40, [booth("W1", 1.0, 10)])
    assert kinds(problems) == ["narrow_aisle"]
    assert "mur" in problems[0].message_fr
    stage = ElementShape(ElementKind.STAGE, 20, 20, 10, 8, "Scène")
    problems = check_plan(50, 40, [booth("S1", 20, 15)], [stage])
    assert kinds(problems) == ["narrow_aisle"]
    assert check_plan(50, 40, [booth("S1", 20, 17)], [stage]) == []  # against it: fine


def test_pillar_needs_exit_width_beside_it():
    pillar = ElementShape(ElementKind.PILLAR, 15, 10, 0.5, 0.5)
    beside = booth("A", 10.6, 9.0)  # 1.40 m left of the pillar: enough
    assert check_plan(50, 40, [beside], [pillar]) == []
    close = booth("A", 16.5, 9.0)  # 1 m right of the pillar
    assert kinds(check_plan(50, 40, [close], [pillar])) == ["narrow_aisle"]


def test_blocked_emergency_exit():
    exit_ = ElementShape(ElementKind.EMERGENCY_EXIT, 20, 0, 2, 0.3, "Sortie nord")
    problems = check_plan(50, 40, [booth("X1", 20.5, 1.0)], [exit_])
    assert "exit_blocked" in kinds(problems)
    blocked = [p for p in problems if p.kind == "exit_blocked"][0]
    assert blocked.booth_ids == ("X1",)
    assert blocked.where == Rect(20, 0, 2, pytest.approx(1.7))
    # Out of the clearance zone (3 m below the wall) is fine.
    assert check_plan(50, 40, [booth("X1", 20, 3.0)], [exit_]) == []
    # Exit on the right wall.
    east = ElementShape(ElementKind.EMERGENCY_EXIT, 49.7, 10, 0.3, 2)
    problems = check_plan(50, 40, [booth("X2", 44, 9)], [east])
    assert "exit_blocked" not in kinds(problems)
    problems = check_plan(50, 40, [booth("X2", 47, 9)], [east])
    assert "exit_blocked" in kinds(problems)


def test_problems_in_a_messy_plan_are_all_found():
    booths = [booth("A", 10, 10), booth("B", 11, 10), booth("C", 49, 0)]
    problems = check_plan(50, 40, booths)
    assert {"overlap", "outside"} <= set(kinds(problems))


# -- demo hall -----------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1, 2, 7])
def test_demo_layout_has_about_100_booths_and_no_problem(seed):
    hall = demo_hall()
    layout = demo_layout(seed)
    assert 2000 <= hall.area <= 2400
    assert 90 <= len(layout) <= 110
    assert len({b.code for b in layout}) == len(layout)
    assert plan.check_plan(hall.width, hall.depth, layout, hall.elements) == []  # exits too
    sizes = {(b.width, b.depth) for b in layout}
    assert {(3.0, 3.0), (3.0, 2.0), (6.0, 3.0), (6.0, 6.0)} <= sizes
    assert sum(1 for b in layout if b.kind == BoothKind.ISLAND) == 2
    assert all(b.kind is not None for b in layout)


def test_demo_hall_has_its_fixed_elements():
    kinds_ = [e.kind for e in demo_hall().elements]
    assert kinds_.count(ElementKind.ENTRANCE) == 1
    assert 3 <= kinds_.count(ElementKind.EMERGENCY_EXIT) <= 5
    assert kinds_.count(ElementKind.PILLAR) >= 4
    assert ElementKind.STAGE in kinds_ and ElementKind.CATERING in kinds_


def test_check_plan_scales_to_thousands_of_booths():
    big = generate_block(40, 50, aisle=3.0, origin=(3, 3))
    assert len(big) == 2000
    assert check_plan(160, 190, big) == []


# -- colours -------------------------------------------------------------------------------------


def test_colours_are_deterministic():
    assert len(set(STATUS_COLOURS.values())) == 4
    assert sector_colour("Cybersécurité") == sector_colour("  cybersecurite ")
    assert sector_colour("Cloud").startswith("#") and len(sector_colour("Cloud")) == 7
    assert sector_colour(None) == sector_colour("")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 60).map(lambda v: v / 2),
            st.integers(0, 60).map(lambda v: v / 2),
            st.sampled_from([(3.0, 3.0), (3.0, 2.0), (6.0, 3.0), (6.0, 6.0)]),
            st.sampled_from([0, 90, 180, 270]),
        ),
        max_size=25,
    )
)
def test_grid_index_finds_the_same_overlaps_as_brute_force(specs):
    booths = [booth(f"T{i}", x, y, w, d, rot) for i, (x, y, (w, d), rot) in enumerate(specs)]
    expected = {
        (a.code, b.code) for a, b in itertools.combinations(booths, 2) if a.rect.intersects(b.rect)
    }
    found = {p.booth_ids for p in check_plan(40, 40, booths) if p.kind == "overlap"}
    assert found == expected


def test_core_plan_imports_neither_qt_nor_the_database():
    import subprocess
    import sys

    code = (
        "import sys, itday.core.plan, itday.core.diagora;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'sqlmodel')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
