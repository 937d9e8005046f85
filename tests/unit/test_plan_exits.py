"""The hall's exits against its capacity (French ERP rules T 2 and CO 36/38)."""

from __future__ import annotations

import pytest

from itday.core.diagora import demo_hall
from itday.core.enums import ElementKind as E
from itday.core.plan import (
    ElementShape,
    check_plan,
    door_units,
    exits_needed,
    hall_capacity,
    too_few_exits,
)


@pytest.mark.parametrize(
    ("people", "needed"),
    [(10, (1, 1)), (50, (2, 2)), (100, (2, 2)), (101, (2, 3)), (500, (2, 6)),
     (501, (3, 6)), (1000, (3, 10)), (1001, (4, 11)), (2200, (6, 22))],
)  # fmt: skip
def test_exits_needed_follow_article_co_38(people, needed):
    assert exits_needed(people) == needed


@pytest.mark.parametrize(
    ("width", "units"), [(0.8, 0), (0.9, 1), (1.2, 1), (1.4, 2), (1.79, 2), (1.8, 3), (8.0, 13)]
)
def test_door_units_follow_article_co_36(width, units):
    assert door_units(width) == units


def test_capacity_is_one_person_per_square_metre_of_the_outline_unless_declared():
    assert hall_capacity(50, 40) == 2000
    l_shape = [[0, 0], [50, 0], [50, 20], [20, 20], [20, 40], [0, 40]]
    assert hall_capacity(50, 40, l_shape) == 50 * 20 + 20 * 20
    assert hall_capacity(50, 40, l_shape, 600) == 600


def exits(n: int, width: float = 2.0) -> list[ElementShape]:
    """n exits of ``width`` along the north wall of a 50 m hall."""
    return [ElementShape(E.EMERGENCY_EXIT, 2 + 6 * i, 0.0, width, 0.3) for i in range(n)]


def test_five_exits_for_2200_people_is_a_problem_six_are_fine():
    (problem,) = check_plan(55, 40, [], exits(4) + [ElementShape(E.ENTRANCE, 20, 39.7, 8, 0.3)])
    assert problem.kind == "too_few_exits"
    assert "5 issue(s)" in problem.message_fr and "il en faut 6" in problem.message_fr
    assert "it needs 6" in problem.message_en
    assert check_plan(55, 40, [], exits(6)) != []  # 18 units of passage: 22 needed
    assert check_plan(55, 40, [], exits(6, width=2.4)) == []


def test_exits_too_narrow_in_all_are_a_problem():
    (problem,) = check_plan(20, 30, [], exits(2, width=1.0))  # 600 people: 3 exits, 6 units
    assert "il en faut 3" in problem.message_fr
    (problem,) = check_plan(20, 30, [], exits(3, width=1.0))  # 3 units only
    assert "unité(s) de passage" in problem.message_fr and "il en faut 6" in problem.message_fr
    assert check_plan(20, 30, [], exits(3, width=1.2)) != []
    assert check_plan(20, 30, [], exits(3, width=1.4)) == []  # 2 units each


def test_a_door_off_the_walls_does_not_count_and_a_declared_capacity_is_used():
    floating = [ElementShape(E.EMERGENCY_EXIT, 20, 20, 2.0, 0.3)]
    kinds = [p.kind for p in check_plan(20, 20, [], exits(1) + floating)]  # 400 people: 2
    assert kinds == ["door_off_wall", "too_few_exits"]
    assert too_few_exits(50, 40, exits(2), capacity=300) == []
    (problem,) = too_few_exits(50, 40, exits(2), capacity=800)
    assert "déclarées" in problem.message_fr


def test_the_demo_hall_has_the_exits_its_area_needs():
    hall = demo_hall()
    assert check_plan(hall.width, hall.depth, [], hall.elements) == []
