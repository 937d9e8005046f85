"""Booth repository of the plan editor: read the plan as plain data, write in bulk."""

from __future__ import annotations

import pytest
from sqlmodel import select

from itday.db import booths as br
from itday.db import repo
from itday.db.models import Booth, Hall


def _latest(db) -> int:
    with db.session() as s:
        return repo.latest_event(session=s).id


def test_load_state_of_the_demo(demo_db):
    event_id = _latest(demo_db)
    with demo_db.session() as s:
        st = br.load_state(event_id, session=s)
    assert st.hall is not None and st.hall.width > 40
    assert any(e.kind == "entrance" for e in st.elements)
    assert len(st.booths) == 99
    assert all(set(br.BOOTH_FIELDS) <= set(r) for r in st.booths.values())
    assert len(st.exhibitors) >= 90
    assigned = {r["exhibitor_id"] for r in st.booths.values() if r["exhibitor_id"]}
    assert assigned <= set(st.exhibitors)
    assert st.present and st.present <= set(st.exhibitors)


def test_create_update_delete_and_recreate_with_same_id(db, event_id):
    rows = [
        {"code": "A01", "x": 0, "y": 0, "width": 3, "depth": 3, "rotation": 0},
        {"code": "A02", "x": 3, "y": 0, "width": 3, "depth": 2, "rotation": 90},
    ]
    with db.session() as s:
        ids = br.create_booths(event_id, rows, session=s)
        s.commit()
    assert len(ids) == 2
    with db.session() as s:
        br.update_booths({ids[0]: {"x": 4.5, "status": "option"}}, session=s)
        s.commit()
    with db.session() as s:
        b = s.get(Booth, ids[0])
        assert (b.x, b.y, b.status) == (4.5, 0, "option")
    with db.session() as s:
        deleted = br.delete_booths([ids[1]], session=s)
        s.commit()
    assert deleted[0]["code"] == "A02" and deleted[0]["rotation"] == 90
    with db.session() as s:
        assert s.get(Booth, ids[1]) is None
        again = br.create_booths(event_id, deleted, session=s)
        s.commit()
    assert again == [ids[1]]
    with db.session() as s:
        assert br.codes_in_use(event_id, session=s) == {"A01", "A02"}


def test_codes_can_be_swapped_in_one_update(db, event_id):
    with db.session() as s:
        a, b = br.create_booths(
            event_id, [{"code": "A01", "x": 0, "y": 0}, {"code": "A02", "x": 3, "y": 0}], session=s
        )
        br.update_booths({a: {"code": "A02"}, b: {"code": "A01"}}, session=s)
        s.commit()
        assert s.get(Booth, a).code == "A02" and s.get(Booth, b).code == "A01"


def test_unknown_field_is_refused(db, event_id):
    with db.session() as s:
        (a,) = br.create_booths(event_id, [{"code": "A01", "x": 0, "y": 0}], session=s)
        with pytest.raises(ValueError):
            br.update_booths({a: {"event_id": 99}}, session=s)


def test_assign_status_and_background(demo_db):
    event_id = _latest(demo_db)
    with demo_db.session() as s:
        st = br.load_state(event_id, session=s)
        free = next(i for i, r in st.booths.items() if not r["exhibitor_id"])
        ex = next(iter(st.exhibitors))
        br.assign(free, ex, session=s)
        br.set_status([free], "confirmed", session=s)
        br.set_background(event_id, "/tmp/hall.png", 0.05, 1.0, 2.0, session=s)
        s.commit()
    with demo_db.session() as s:
        b = s.get(Booth, free)
        assert (b.exhibitor_id, b.status) == (ex, "confirmed")
        hall = s.exec(select(Hall).where(Hall.event_id == event_id)).one()
        assert (hall.background_path, hall.background_scale, hall.background_y) == (
            "/tmp/hall.png",
            0.05,
            2.0,
        )
        br.assign(free, None, session=s)
        s.commit()
        assert s.get(Booth, free).exhibitor_id is None
    with demo_db.session() as s, pytest.raises(ValueError):
        br.set_status([free], "sold", session=s)


def test_hall_elements_create_update_delete_and_recreate(db, event_id):
    from itday.db.models import HallElement

    with db.session() as s:
        hall_id = br.save_hall(event_id, session=s, width=30, depth=20)
        ids = br.create_elements(
            hall_id,
            [{"kind": "pillar", "x": 5, "y": 5, "width": 0.5, "depth": 0.5},
             {"kind": "emergency_exit", "label": "Nord", "x": 10, "y": 0, "width": 2,
              "depth": 0.3}],
            session=s,
        )  # fmt: skip
        s.commit()
    with db.session() as s:
        br.update_elements({ids[0]: {"x": 6.5, "label": "P1"}}, session=s)
        s.commit()
        with pytest.raises(ValueError):
            br.update_elements({ids[0]: {"hall_id": 3}}, session=s)
    with db.session() as s:
        st = br.load_state(event_id, session=s)
        pillar = next(e for e in st.elements if e.id == ids[0])
        assert (pillar.kind, pillar.x, pillar.label) == ("pillar", 6.5, "P1")
        rows = br.delete_elements([ids[1]], session=s)
        s.commit()
    assert rows[0]["label"] == "Nord" and rows[0]["id"] == ids[1]
    with db.session() as s:
        assert s.get(HallElement, ids[1]) is None
        assert br.create_elements(hall_id, rows, session=s) == [ids[1]]  # undo: same id
        s.commit()


def test_outline_saved_and_cleared(db, event_id):
    with db.session() as s:
        br.save_hall(event_id, session=s, width=30, depth=20)
        br.set_outline(event_id, [(0, 0), (30, 0), (30, 15), (0, 20)], session=s)
        s.commit()
    with db.session() as s:
        assert br.load_state(event_id, session=s).hall.outline == [
            [0.0, 0.0], [30.0, 0.0], [30.0, 15.0], [0.0, 20.0]
        ]  # fmt: skip
        br.set_outline(event_id, [], session=s)
        s.commit()
    with db.session() as s:
        assert br.load_state(event_id, session=s).hall.outline == []


def test_background_image_lives_in_the_database_and_travels(demo_db, tmp_path):
    """The image itself is stored (not only a path): a new edition made from this one, the
    export's SQLite copy and a backup all carry it; removing it removes the stored bytes."""
    import sqlite3

    from itday.cli import main
    from itday.db.models import HallBackground
    from itday.services.export import export_edition

    image = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40  # stored as given
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        key = br.save_background(
            event_id,
            {"background_path": "/gone/venue.png", "background_scale": 0.05,
             "background_opacity": 0.3, "background_on_top": True},
            image=image,
            session=s,
        )  # fmt: skip
        s.commit()
    with demo_db.session() as s:
        state = br.load_state(event_id, session=s)
        assert state.hall.background_key == key
        assert (state.hall.background_opacity, state.hall.background_on_top) == (0.3, True)
        assert br.background_image(event_id, session=s) == image
    assert main(["init", "--name", "Innovation IT Day 2018", "--date", "2018-06-28",
                 "--from", str(event_id), "--db", str(demo_db.path)]) == 0  # fmt: skip
    with demo_db.session() as s:
        new_id = repo.latest_event(session=s).id
        assert new_id != event_id
        assert br.background_image(new_id, session=s) == image
        assert br.load_state(new_id, session=s).hall.background_opacity == 0.3
    result = export_edition(demo_db, event_id, tmp_path / "export")
    copy = next(p for p in result.files if p.suffix == ".sqlite")
    with sqlite3.connect(f"file:{copy}?mode=ro", uri=True) as con:
        assert con.execute("SELECT data FROM hall_background").fetchall().count((image,)) == 2
    with demo_db.session() as s:
        br.set_background(event_id, None, None, session=s)
        s.commit()
    with demo_db.session() as s:
        assert br.background_image(event_id, session=s) is None
        assert br.background_image(new_id, session=s) == image  # the other edition keeps its own
        assert len(s.exec(select(HallBackground)).all()) == 1
