"""``doors_off_wall``: exits and entrances belong on the hall's walls (issue 17.2)."""

from itday.core.enums import ElementKind
from itday.core.plan import ElementShape, doors_off_wall


def door(x, y, w=1.5, d=0.5, kind=ElementKind.EMERGENCY_EXIT):
    return ElementShape(kind, x, y, w, d)


def test_doors_on_the_rectangle_pass_and_floating_ones_are_named():
    ok = [door(10, 0), door(0, 20, 0.5, 1.5), door(49.5, 30, 0.5, 1.5), door(20, 43.5)]
    assert doors_off_wall(50, 44, ok) == []
    bad = doors_off_wall(50, 44, [door(20, 20), door(20, 60, kind=ElementKind.ENTRANCE)])
    assert [p.kind for p in bad] == ["door_off_wall"] * 2
    assert "sortie de secours" in bad[0].message_fr and "entrée" in bad[1].message_fr.lower()


def test_doors_follow_a_polygon_outline():
    outline = [(0, 0), (30, 0), (30, 20), (50, 20), (50, 44), (0, 44)]  # an L-shaped hall
    assert doors_off_wall(50, 44, [door(40, 19.75)], outline) == []  # on the inner wall
    assert len(doors_off_wall(50, 44, [door(40, 0)], outline)) == 1  # outside the L
