"""The command line's summaries say « 1 avertissement », « 2 avertissements »: real plural
forms (French: 0 and 1 singular), never « avertissement(s) »."""

from __future__ import annotations

import re

from itday.cli import main
from itday.core.text import counted

EXHIBITORS = (
    "Société;Contact\nÉnergie Occitane;Hélène Dupré\nEnergie Occitane;dup\nEnergie Occitane;\n"
)
VISITORS = "Nom;Prénom;Email\nDupont;Jean;jean@example.org\n;;\nMartin;Léa;lea@example.org\n"


def test_counted_takes_the_number_of_its_count():
    assert counted(0, "ligne rejetée") == "0 ligne rejetée"
    assert counted(1, "avertissement") == "1 avertissement"
    assert counted(2, "doublon fusionné") == "2 doublons fusionnés"
    assert counted(3, "mise à jour", "mises à jour") == "3 mises à jour"


def _base(tmp_path, capsys) -> str:
    base = str(tmp_path / "p.sqlite")
    assert main(["init", "--db", base, "--name", "P", "--date", "2017-06-29"]) == 0
    capsys.readouterr()
    return base


def test_the_import_summary_has_real_plurals(tmp_path, capsys):
    base = _base(tmp_path, capsys)
    path = tmp_path / "exposants.csv"
    path.write_text(EXHIBITORS, encoding="utf-8")
    assert main(["import", "exhibitors", str(path), "--db", base, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "1 serait importé, 0 mis à jour, 2 doublons fusionnés, 1 avertissement, 0 ligne rejetée."
    ), out
    visitors = tmp_path / "inscrits.csv"
    visitors.write_text(VISITORS, encoding="utf-8")
    assert main(["import", "visitors", str(visitors), "--db", base]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 importés, 0 mis à jour, 0 doublon fusionné"), out
    assert main(["attendees", "--db", base]) == 0
    assert "2 participants." in capsys.readouterr().err


def test_no_summary_of_the_command_line_says_s_in_brackets(tmp_path, capsys):
    base = _base(tmp_path, capsys)
    path = tmp_path / "exposants.csv"
    path.write_text(EXHIBITORS, encoding="utf-8")
    for args in (
        ["import", "exhibitors", str(path)],
        ["import", "exhibitors", str(path), "--dry-run"],
        ["export", str(tmp_path / "export")],
        ["stations"],
    ):
        main([*args, "--db", base])
        said = capsys.readouterr()
        assert not re.search(r"\w\((e|s|e\)s)\)", said.out + said.err), (args, said)
