"""``check_plan`` is a table of contents (issue 28.2, STYLE 12): each safety rule is a small
named function that finds one kind of problem, and ``check_plan`` runs the list of them."""

from __future__ import annotations

from itday.core.plan import RULES, check_plan
from itday.core.plan.problems import KIND_ORDER

BOOTHS = [
    {"id": 1, "code": "A1", "x": 5, "y": 5},
    {"id": 2, "code": "A2", "x": 6, "y": 6},  # overlaps A1
    {"id": 3, "code": "B1", "x": 28, "y": 5},  # sticks out of the 30 m hall
    {"id": 4, "code": "C1", "x": 10, "y": 12},  # over a pillar
    {"id": 5, "code": "D1", "x": 15, "y": 5},
    {"id": 6, "code": "D2", "x": 19, "y": 5},  # 1 m from D1
    {"id": 7, "code": "E1", "x": 22, "y": 1},  # 1 m from the top wall
    {"id": 8, "code": "F1", "x": 15, "y": 13.2},  # 1 m from a wall element
    {"id": 9, "code": "G1", "x": 0.5, "y": 15},  # in front of the emergency exit
]
ELEMENTS = [
    ("pillar", "", 11, 13, 0.5, 0.5),
    ("wall", "", 15, 12, 5, 0.2),
    ("emergency_exit", "Ouest", 0, 15, 0.5, 1.5),
    ("entrance", "", 12, 8, 2, 0.5),  # mid-hall: on no wall
]


def _check(rules=RULES):
    return check_plan(30, 20, BOOTHS, ELEMENTS, rules=rules)


def test_each_rule_finds_the_kind_it_names():
    for rule in RULES:
        kind = rule.__doc__.split("``")[1]  # each rule's docstring starts with its kind
        found = _check([rule])
        assert found and {p.kind for p in found} == {kind}, rule.__name__


def test_check_plan_runs_every_rule_and_lists_the_kinds_in_order():
    everything = _check()
    assert sorted(everything, key=lambda p: KIND_ORDER.index(p.kind)) == everything
    assert {p.kind for p in everything} == set(KIND_ORDER)
    assert len(everything) == sum(len(_check([rule])) for rule in RULES)
