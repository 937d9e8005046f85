"""`itday plan` on the demo edition: every booth code and exhibitor name in the PDF text."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from itday import cli
from itday.db import repo
from tests.unit.pdf_helpers import pdf_text

ROOT = Path(__file__).resolve().parents[2]


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


def test_plan_png_without_pdftoppm_uses_qtpdf(demo_db, tmp_path, monkeypatch):
    """No poppler on the Windows laptops: the PNG comes from QtPdf."""
    from PIL import Image

    monkeypatch.setenv("PATH", str(tmp_path))  # no pdftoppm (nor anything else) on PATH
    assert shutil.which("pdftoppm") is None
    png = tmp_path / "plan.png"
    assert cli.main(["plan", str(png), "--paper", "A4", "--db", demo_db.url]) == 0
    assert Image.open(png).size == (1754, 1240)  # A4 landscape at 150 dpi
    assert not list(tmp_path.glob("*.part"))


def test_plan_png_needs_no_qt_application(demo_db, tmp_path):
    """The command line creates no QCoreApplication/QGuiApplication: QtPdf and QImage work
    without one (checked in a fresh interpreter, pdftoppm hidden)."""
    png = tmp_path / "plan.png"
    script = (
        "import sys\n"
        "from itday import cli\n"
        "from PySide6.QtCore import QCoreApplication\n"
        f"code = cli.main(['plan', {str(png)!r}, '--paper', 'A4', '--db', {demo_db.url!r}])\n"
        "assert QCoreApplication.instance() is None, 'an app object was created'\n"
        "sys.exit(code)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PATH"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _venue_drawing() -> bytes:
    """A venue drawing: magenta floor with a black frame, 500×440 px (10 cm a pixel)."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (500, 440), (255, 0, 255))
    ImageDraw.Draw(image).rectangle((0, 0, 499, 439), outline=(0, 0, 0), width=6)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _faded_magenta(png) -> int:
    """Pixels of the drawing as printed: magenta faded over white paper."""
    import numpy as np
    from PIL import Image

    px = np.asarray(Image.open(png).convert("RGB")).astype(int)
    r, g, b = px[..., 0], px[..., 1], px[..., 2]
    return int(((r > 235) & (b > 235) & (g > 110) & (g < 175)).sum())


def test_the_venue_drawing_prints_under_the_booths(demo_db, tmp_path, capsys):
    from itday.db import booths as br

    plain, drawn, without = (tmp_path / f"{n}.png" for n in ("plain", "drawn", "without"))
    args = ["--paper", "A4", "--db", demo_db.url]
    assert cli.main(["plan", str(plain), *args]) == 0
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        br.save_background(event_id, {"background_path": "venue.png", "background_scale": 0.1,
                                      "background_opacity": 0.45}, image=_venue_drawing(),
                           session=s)  # fmt: skip
        s.commit()
    assert cli.main(["plan", str(drawn), *args]) == 0
    assert cli.main(["plan", str(without), "--no-background", *args]) == 0
    assert _faded_magenta(plain) < 200
    assert _faded_magenta(drawn) > 20 * max(100, _faded_magenta(plain))  # the floor shows it
    assert _faded_magenta(without) == _faded_magenta(plain)


def test_a_stored_background_that_is_not_an_image_does_not_stop_the_plan(demo_db, tmp_path):
    from itday.db import booths as br

    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        br.save_background(event_id, {"background_scale": 0.1}, image=b"not an image",
                           session=s)  # fmt: skip
        s.commit()
    out = tmp_path / "plan.pdf"
    assert cli.main(["plan", str(out), "--db", demo_db.url]) == 0
    assert "Entrée" in pdf_text(out)
