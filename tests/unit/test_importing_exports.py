"""Issue 24 A: ticketing exports as they come — statuses, a code column under a name nobody
here knows, and the small misreadings (order date, a CSV phone without its 0, wide text)."""

from __future__ import annotations

import pytest

from itday.core.importing import (
    FIELDS_EXHIBITORS,
    FIELDS_VISITORS,
    ImportFileError,
    detect_mapping,
    read_table,
    read_visitors,
)


def write(tmp_path, text: str, encoding: str = "utf-8", name: str = "f.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def mapped(headers: list[str]) -> dict[str, str]:
    mapping = detect_mapping(headers, "visitors")
    return {headers[i]: f for i, f in mapping.columns.items()}


# --- 1. statuses ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("service", "header", "attending", "cancelled"),
    [
        ("Eventbrite", "Attendee Status", "Attending", "Not Attending"),
        ("Eventbrite", "Statut du participant", "Participe", "Remboursé"),
        ("Weezevent", "Statut", "Validé", "Annulé"),
        ("HelloAsso", "Statut de la commande", "Payé", "Remboursé"),
        ("Billetweb", "État", "Valide", "Billet annulé"),
        ("pretix", "Order status", "Paid", "Canceled"),
        ("Yurplan", "Statut du billet", "Confirmé", "Transféré"),
    ],
)
def test_each_service_status_column_and_values(tmp_path, service, header, attending, cancelled):
    """A refunded or cancelled ticket is a cancelled registration, not one admitted at the
    door; the services' column names and values are data (``tickets.STATUS_COLUMNS``)."""
    from itday.core import tickets

    assert service in {c.service for c in tickets.STATUS_COLUMNS}
    text = f"Nom;Prénom;{header}\nDurand;Paul;{attending}\nPetit;Léa;{cancelled}\n"
    records, report, mapping = read_visitors(write(tmp_path, text))
    assert mapping.column_of("status") == 2
    assert [(r.last_name, r.cancelled) for r in records] == [("Durand", False), ("Petit", True)]
    assert report.warnings == [] and report.to_json()["cancelled"] == 1


def test_unknown_status_is_reported_by_line_and_can_be_told(tmp_path):
    from itday.core import tickets
    from itday.core.importing import parse_ticket_statuses

    text = "Nom;Prénom;Statut\nDurand;Paul;Validé\nPetit;Léa;Hors délai\nRoux;Max;Hors délai\n"
    path = write(tmp_path, text)
    records, report, _ = read_visitors(path)
    assert [r.cancelled for r in records] == [False, False, False]
    assert [w["line"] for w in report.warnings] == [3, 4]
    reason = report.warnings[0]["reason"]
    assert "« Hors délai » inconnu : importé comme inscrit" in reason
    assert '--status "Hors délai=annulé"' in reason
    told = parse_ticket_statuses(["hors DÉLAI=annulé"])
    records, report, _ = read_visitors(path, statuses=told)
    assert [r.cancelled for r in records] == [False, True, True] and report.warnings == []
    assert parse_ticket_statuses(["Pending=inscrit"]) == {"pending": tickets.ATTENDING}
    with pytest.raises(ImportFileError):
        parse_ticket_statuses(["Pending=peut-être"])


def test_a_statut_column_of_no_ticket_status_is_said_once(tmp_path):
    """A registration form's « Statut » (Étudiant, Salarié…) is no ticket status: one line
    on the header row, not a warning on every line; nobody is cancelled."""
    text = "Nom;Prénom;Statut\nA;B;Étudiant\nC;D;Salarié\nE;F;Étudiant\n"
    records, report, _ = read_visitors(write(tmp_path, text))
    assert not any(r.cancelled for r in records)
    assert [w["line"] for w in report.warnings] == [1]
    assert (
        "(« Étudiant », « Salarié ») : tout le monde est importé comme inscrit"
        in (report.warnings[0]["reason"])
    )


def test_a_person_with_one_ticket_still_standing_is_not_cancelled(tmp_path):
    text = (
        "Nom;Prénom;E-mail;Attendee Status\n"
        "Durand;Paul;p@x.fr;Not Attending\n"
        "Durand;Paul;p@x.fr;Attending\n"
        "Petit;Léa;l@x.fr;Refunded\n"
        "Petit;Léa;l@x.fr;Not Attending\n"
    )
    records, _report, _ = read_visitors(write(tmp_path, text))
    assert [(r.first_name, r.cancelled) for r in records] == [("Paul", False), ("Léa", True)]


# --- 2. a code column under a name nobody here knows ----------------------------------------

EXPORT = (
    "Nom;Prénom;E-mail;Téléphone;Date;N° de commande;Identifiant participant;{header}\n"
    "Durand;Paul;p@x.fr;0612345678;2027-06-01;C-10001;100001;{a}\n"
    "Petit;Léa;l@x.fr;0698765432;2027-06-02;C-10002;100002;{b}\n"
    "Roux;Max;m@x.fr;0700000000;2027-06-02;C-10003;100003;{c}\n"
)


def test_a_column_that_looks_like_ticket_codes_is_named(tmp_path):
    text = EXPORT.format(header="Sésame", a="AB12CD34EF", b="ZZ98YY76XX", c="QQ11WW22EE")
    _records, report, mapping = read_visitors(write(tmp_path, text))
    assert mapping.column_of("ticket_code") is None
    hints = [w for w in report.warnings if "code du billet" in w["reason"]]
    assert len(hints) == 1 and hints[0]["line"] == 1
    assert "« Sésame »" in hints[0]["reason"]
    assert '--column "Sésame=Code du billet"' in hints[0]["reason"]


def test_the_column_of_a_word_rule_ticket_type_holding_codes_is_named_too(tmp_path):
    """« Référence billet » is taken for the ticket type by its word « billet »: its values,
    all different and code-like, say it is the code."""
    text = EXPORT.format(header="Référence billet", a="AB12CD34EF", b="ZZ98YY76XX",
                         c="QQ11WW22EE")  # fmt: skip
    _records, report, _ = read_visitors(write(tmp_path, text))
    assert any("« Référence billet » en a l'air" in w["reason"] for w in report.warnings)


@pytest.mark.parametrize(
    ("a", "b", "c"),
    [
        ("AB12CD34EF", "AB12CD34EF", "QQ11WW22EE"),  # not one a row
        ("Jean", "Paul", "Luc"),  # no digit
        ("AB12", "CD34", "EF56"),  # too short
        ("0612345678", "0698765432", "0700000000"),  # phones
        ("2027-06-24", "2027-06-25", "2027-06-26"),  # dates
        ("a@x1234.fr", "b@x1234.fr", "c@x1234.fr"),  # e-mails
    ],
)
def test_columns_that_are_no_ticket_codes_are_not_named(tmp_path, a, b, c):
    _records, report, _ = read_visitors(write(tmp_path, EXPORT.format(header="X", a=a, b=b, c=c)))
    assert not any("code du billet" in w["reason"] for w in report.warnings)


def test_column_option_maps_any_header_to_any_field(tmp_path):
    from itday.core.importing import parse_columns

    text = EXPORT.format(header="Sésame", a="AB12CD34EF", b="ZZ98YY76XX", c="QQ11WW22EE")
    columns = parse_columns(["Sésame=Code du billet", "date=ignorer"], FIELDS_VISITORS)
    assert columns == {"sesame": "ticket_code", "date": ""}
    records, report, mapping = read_visitors(write(tmp_path, text), columns=columns)
    assert mapping.column_of("ticket_code") == 7
    assert [r.tickets for r in records] == [["AB12CD34EF"], ["ZZ98YY76XX"], ["QQ11WW22EE"]]
    assert report.tickets == 3
    assert parse_columns(["Stand n°=booths"], FIELDS_EXHIBITORS) == {"standn": "booths"}
    ignored = parse_columns(["Sésame=ignorer"], FIELDS_VISITORS)  # no longer suggested
    _records, report, mapping = read_visitors(write(tmp_path, text), columns=ignored)
    assert mapping.column_of("ticket_code") is None
    assert not any("code du billet" in w["reason"] for w in report.warnings)
    for bad in ("Sésame", "Sésame=Astronaute", "=Nom"):
        with pytest.raises(ImportFileError):
            parse_columns([bad], FIELDS_VISITORS)


# --- 3. misreadings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        ["Nom", "Date de commande", "N° de commande"],
        ["Nom", "Date de la commande", "N° de commande"],
        ["Nom", "N° de commande", "Date de la commande"],
        ["Nom", "Order Date", "Order #"],
    ],
)
def test_the_order_date_is_no_order_number(headers):
    found = mapped(headers)
    assert found.get(headers[1]) != "external_ref" or headers[1].startswith("N°")
    assert [h for h, f in found.items() if f == "external_ref"] == [
        h for h in headers if h in ("N° de commande", "Order #")
    ]
    assert "Date de la commande" not in mapped(["Nom", "Date de la commande"])
    assert "Prix du billet" not in mapped(["Nom", "Prix du billet"])  # a price, not a type


def test_a_csv_phone_that_lost_its_zero_gets_it_back(tmp_path):
    text = (
        "Nom;Prénom;Téléphone\nDurand;Paul;612345678\nPetit;Léa;0698765432\nRoux;Max;33612345678\n"
    )
    records, report, _ = read_visitors(write(tmp_path, text))
    assert [r.phone for r in records] == ["0612345678", "0698765432", "33612345678"]
    assert [w["line"] for w in report.warnings] == [2]
    assert "importé comme « 0612345678 »" in report.warnings[0]["reason"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
def test_wide_text_without_bom_is_read(tmp_path, encoding):
    """Notepad's « Unicode » without its BOM and UTF-32 were called « abîmé »."""
    text = "Nom\tPrénom\tSociété\r\nLefèvre\tHélène\tÉlectricité & Co\r\n"
    table = read_table(write(tmp_path, text, encoding))
    assert table.headers == ["Nom", "Prénom", "Société"]
    assert table.rows[0].cells == ["Lefèvre", "Hélène", "Électricité & Co"]
