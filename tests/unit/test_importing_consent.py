"""The consent column of a registrations file: recognised by its header, read as yes or no,
a value that says neither warned of and stored as no answer."""

from __future__ import annotations

import pytest

from itday.core.importing import detect_mapping, read_visitors


def write(tmp_path, text: str):
    path = tmp_path / "inscrits.csv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "header",
    ["Consentement", "Opt-in exposants", "RGPD", "Exhibitor consent", "Accord exposants",
     "J'accepte le partage RGPD", "Consentement partage exposants"],
)  # fmt: skip
def test_header_is_recognised(header):
    mapping = detect_mapping(["Nom", "Prénom", header], "visitors")
    assert mapping.column_of("consent") == 2


def test_values_yes_no_empty_and_unreadable(tmp_path):
    text = (
        "Nom;Prénom;E-mail;Consentement\n"
        "Aa;Un;a@x.fr;oui\n"
        "Bb;Deux;b@x.fr;Non\n"
        "Cc;Trois;c@x.fr;\n"
        "Dd;Quatre;d@x.fr;x\n"
        "Ee;Cinq;e@x.fr;0\n"
        "Ff;Six;f@x.fr;peut-être\n"
        "Gg;Sept;g@x.fr;TRUE\n"
    )
    records, report, _ = read_visitors(write(tmp_path, text))
    assert [r.consent for r in records] == [True, False, None, True, False, None, True]
    warnings = report.to_json()["warnings"]
    assert [w["line"] for w in warnings] == [7]
    assert "peut-être" in warnings[0]["reason"] and "aucun accord" in warnings[0]["reason"]


def test_two_lines_of_one_person_disagreeing_keep_the_refusal(tmp_path):
    text = (
        "Nom;Prénom;E-mail;Consentement\n"
        "Aa;Un;a@x.fr;oui\n"
        "Aa;Un;A@x.fr;non\n"
        "Bb;Deux;b@x.fr;\n"
        "Bb;Deux;b@x.fr;oui\n"
    )
    records, report, _ = read_visitors(write(tmp_path, text))
    assert [r.consent for r in records] == [False, True]
    assert any("consentement" in w["reason"] for w in report.to_json()["warnings"])
