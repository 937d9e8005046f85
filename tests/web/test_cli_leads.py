"""``itday serve`` and ``itday leads links`` as scripts run them."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def itday(*args, db, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "itday", *args, "--db", str(db)],
        capture_output=True, text=True, timeout=120, cwd=ROOT, **kwargs,
    )  # fmt: skip


def test_leads_links_json_gives_each_exhibitor_its_two_links(db, stand_show):
    out = itday("leads", "links", "--json", "--host", "192.168.1.20", "--port", "8081", db=db.path)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [r["exhibitor"] for r in rows] == ["Acme Informatique", "Bolt"]
    for row in rows:
        assert {"exhibitor_id", "exhibitor", "scan_url", "manager_url"} <= set(row)
        assert row["scan_url"].startswith("http://192.168.1.20:8081/p/")
    again = json.loads(itday("leads", "links", "--json", db=db.path).stdout)
    assert [r["scan_url"].rsplit("/", 1)[1] for r in again] == [
        r["scan_url"].rsplit("/", 1)[1] for r in rows
    ]  # the same links: made once
    one = itday("leads", "links", "--json", "--exhibitor", str(stand_show["bolt"]), db=db.path)
    assert [r["exhibitor"] for r in json.loads(one.stdout)] == ["Bolt"]
    missing = itday("leads", "links", "--exhibitor", "999", db=db.path)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1


def test_serve_listens_where_it_is_told_and_stops_on_ctrl_c(db, stand_show, tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "itday", "serve", "--port", "0", "--db", str(db.path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env={**__import__("os").environ, "ITDAY_DATA": str(tmp_path / "data")},
    )  # fmt: skip
    try:
        first = proc.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+", first).group(0)
        with urllib.request.urlopen(url + "/", timeout=30) as response:
            assert "n'est relié à aucun stand" in response.read().decode().replace("&#x27;", "'")
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "arrêté" in out
    assert (tmp_path / "data" / "stands-server.log").read_text().count(" home 200 ") == 1


def test_links_and_kit_give_the_same_address_by_default(db, stand_show, tmp_path):
    from itday.services.stand_kits import remember_address

    with db.session() as session:
        remember_address("192.168.1.20", 8090, session=session)  # chosen in the application
    rows = json.loads(itday("leads", "links", "--json", db=db.path).stdout)
    assert all(r["scan_url"].startswith("http://192.168.1.20:8090/p/") for r in rows)
    kit = itday("leads", "kit", str(tmp_path / "kit.pdf"), "--json", db=db.path)
    assert kit.returncode == 0, kit.stderr
    assert json.loads(kit.stdout)["address"] == "http://192.168.1.20:8090"
    given = json.loads(itday("leads", "links", "--json", "--port", "8081", db=db.path).stdout)
    assert not given[0]["scan_url"].startswith("http://192.168.1.20:8090")  # --port overrides
