"""`itday plan` on the demo edition: every booth code and exhibitor name in the PDF text."""

from itday import cli
from itday.db import repo
from tests.unit.pdf_helpers import pdf_text


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_plan_pdf_holds_every_booth_code_and_exhibitor_name(demo_db, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert cli.main(["plan", str(out), "--db", demo_db.url]) == 0
    text = _squash(pdf_text(out))
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        exhibitors = repo.list_exhibitors(event_id, session=s)
    assert len(exhibitors) >= 90
    codes = {code for e in exhibitors for code in e["booths"]}
    for code in codes:
        assert code in text, code
    for e in exhibitors:  # the index lists every name in full
        assert _squash(e["name"]) in text, e["name"]
    assert "Entrée" in text and "Sortie de secours" in text


def test_plan_png_and_paper_sizes(demo_db, tmp_path, capsys):
    for paper in ("A4", "A0"):
        assert (
            cli.main(
                ["plan", str(tmp_path / f"p{paper}.pdf"), "--paper", paper, "--db", demo_db.url]
            )
            == 0
        )
    png = tmp_path / "plan.png"
    assert cli.main(["plan", str(png), "--colour-by", "presence", "--db", demo_db.url]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert cli.main(["plan", str(tmp_path / "plan.txt"), "--db", demo_db.url]) == 1
    assert "Traceback" not in capsys.readouterr().err
