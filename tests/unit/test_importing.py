"""Reading and normalising import files: the quirks of real exports."""

from __future__ import annotations

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itday.core.importing import (
    FIELDS_EXHIBITORS,
    FIELDS_VISITORS,
    ImportFileError,
    detect_mapping,
    normalise_exhibitors,
    normalise_visitors,
    read_exhibitors,
    read_table,
    read_visitors,
    split_full_name,
)

FR_HEADER = "Nom;Prénom;Société;E-mail;Fonction;Type de billet;N° de commande;Téléphone"


def write(tmp_path, text: str, encoding: str = "utf-8", name: str = "f.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def lines_of(items):
    return [item["line"] for item in items]


# --- reading ---------------------------------------------------------------------------------


def test_french_excel_csv_semicolon_cp1252(tmp_path):
    text = (
        FR_HEADER + "\r\n"
        "Lefèvre;Hélène;Société Générale;Helene.Lefevre@Example.FR;DSI;Visiteur;C-1;05 61 00 00 00\r\n"
        "Müller;François;Électricité & Co;f.muller@example.fr;Chargé d'affaires;Exposant;C-2;\r\n"
    )
    path = write(tmp_path, text, "cp1252")
    table = read_table(path)
    assert table.delimiter == ";"
    assert table.encoding == "cp1252"
    assert table.headers[1] == "Prénom"
    records, report = normalise_visitors(table, detect_mapping(table.headers, "visitors"))
    assert [(r.first_name, r.last_name) for r in records] == [
        ("Hélène", "Lefèvre"),
        ("François", "Müller"),
    ]
    assert records[0].email == "helene.lefevre@example.fr"
    assert records[0].company == "Société Générale"
    assert records[0].category == "visitor"
    assert records[1].category == "exhibitor_staff"
    assert records[1].job_title == "Chargé d'affaires"
    assert records[0].external_ref == "C-1"
    assert report.rejected == [] and report.warnings == []


def test_utf8_bom_comma(tmp_path):
    text = "Last name,First name,Company,Email\nO'Neil,Siobhán,Acme,s@acme.ie\n"
    path = write(tmp_path, text, "utf-8-sig")
    table = read_table(path)
    assert table.delimiter == ","
    assert table.headers[0] == "Last name"  # no BOM left in the first header
    records, _ = normalise_visitors(table, detect_mapping(table.headers, "visitors"))
    assert (records[0].first_name, records[0].last_name) == ("Siobhán", "O'Neil")


def test_tab_separated(tmp_path):
    text = "Prénom\tNom\tCourriel\nJean-Pierre\td'Artagnan\tjp@example.fr\n"
    table = read_table(write(tmp_path, text))
    assert table.delimiter == "\t"
    records, _ = normalise_visitors(table, detect_mapping(table.headers, "visitors"))
    assert (records[0].first_name, records[0].last_name) == ("Jean-Pierre", "d'Artagnan")
    assert records[0].email == "jp@example.fr"


def test_utf16_unicode_text_export(tmp_path):
    text = "Nom\tPrénom\r\nÅström\tÉlise\r\n"
    table = read_table(write(tmp_path, text, "utf-16"))
    assert table.headers == ["Nom", "Prénom"]
    assert table.rows[0].cells == ["Åström", "Élise"]


def test_line_break_and_semicolon_inside_quoted_cells_count_as_one_row(tmp_path):
    text = (
        "Nom;Prénom;Société;E-mail\n"
        '"Martin\nDupuis";Anne;"Dupuis; Fils & Cie";a@example.fr\n'
        "Bernard;Luc;Sopra;l@example.fr\n"
    )
    table = read_table(write(tmp_path, text))
    assert [row.line for row in table.rows] == [2, 3]  # the record on 2 physical lines is row 2
    records, report = normalise_visitors(table, detect_mapping(table.headers, "visitors"))
    assert records[0].last_name == "Martin Dupuis"
    assert records[0].company == "Dupuis; Fils & Cie"
    assert records[1].last_name == "Bernard"
    assert records[1].line == 3


def test_excel_sep_line_is_not_a_row(tmp_path):
    table = read_table(write(tmp_path, "sep=,\nNom,Prénom\nDurand,Paul\n"))
    assert table.headers == ["Nom", "Prénom"]
    assert table.header_line == 1
    assert table.rows[0].line == 2


def test_blank_lines_are_skipped_but_counted(tmp_path):
    table = read_table(write(tmp_path, "Nom;Prénom\n\nDurand;Paul\n;\nPetit;Léa\n"))
    assert [(row.line, row.cells[0]) for row in table.rows] == [(3, "Durand"), (5, "Petit")]


def test_xlsx(tmp_path):
    path = tmp_path / "inscrits.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Prénom", "Nom", "Entreprise", "Courriel", "Téléphone", "Catégorie"])
    sheet.append(["Zoé", "Lemaître", "Airbus", "ZOE@airbus.com", 561000000, "Presse"])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Ødegård", "Łukasz", None, None, None, "Speaker"])
    sheet.append(["Eve", "Smith", "=SUM(A1)", None, None, None])
    workbook.save(path)
    table = read_table(path)
    assert table.format == "xlsx"
    records, report = normalise_visitors(table, detect_mapping(table.headers, "visitors"))
    assert [r.line for r in records] == [2, 4, 5]
    assert records[0].email == "zoe@airbus.com"
    assert records[0].phone == "0561000000"  # a number in the sheet: its leading 0 restored
    assert records[0].category == "press"
    assert records[1].first_name == "Ødegård"
    assert records[1].category == "speaker"
    # openpyxl stores "=SUM(A1)" as a formula; data_only reading gives no cached value: empty.
    assert records[2].last_name == "Smith"


def test_xlsx_rows_keep_their_sheet_numbers_and_text_formulas(tmp_path):
    path = tmp_path / "export.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A1"] = "Export des inscrits du 12 juin"  # a title above the headers
    sheet["B3"], sheet["C3"] = "Nom", "Prénom"
    sheet["B4"], sheet["C4"] = "Durand", "=Paul"
    sheet["C4"].data_type = "s"  # text that starts with "=", not a formula
    sheet["B6"], sheet["C6"] = "Petit", "Léa"
    workbook.save(path)
    records, report, _ = read_visitors(path)
    assert [(r.line, r.first_name, r.last_name) for r in records] == [
        (4, "=Paul", "Durand"),
        (6, "Léa", "Petit"),
    ]
    assert lines_of(report.warnings) == [4]


def test_csv_title_lines_above_the_headers_do_not_hide_the_delimiter(tmp_path):
    # a ticketing export with a title and a date above its comma-separated headers: the
    # delimiter was guessed from the title (one cell under every delimiter) and fell back to
    # « ; », so the title became the only column and nothing was imported
    text = (
        "Liste des participants - Innovation IT Day 2027\nExporté le 12/06/2027\n\n"
        "Nom,Prénom,Email\nDupont,Jean,j@x.fr\nMartin,Léa,l@x.fr\n"
    )
    records, _, _ = read_visitors(write(tmp_path, text))
    assert [(r.line, r.first_name, r.last_name, r.email) for r in records] == [
        (5, "Jean", "Dupont", "j@x.fr"),
        (6, "Léa", "Martin", "l@x.fr"),
    ]


def test_a_row_grouping_the_columns_above_the_headers_is_not_taken_for_them(tmp_path):
    # « Participant | | | Commande » above the real headers: it was read as the headers
    # (« Participant » as a full name) and the headers' row imported as a person « Nom »
    path = tmp_path / "export.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Participant", "", "", "Commande", ""])
    workbook.active.append(["Nom", "Prénom", "E-mail", "N° de commande", "Code-barres"])
    workbook.active.append(["Roux", "Lou", "l@x.fr", "1001", "3100000000789"])
    workbook.save(path)
    records, _, mapping = read_visitors(path)
    assert mapping.headers[:3] == ["Nom", "Prénom", "E-mail"]
    assert [(r.line, r.first_name, r.last_name) for r in records] == [(3, "Lou", "Roux")]


def test_the_attendees_sheet_is_read_when_a_summary_sheet_comes_first(tmp_path):
    path = tmp_path / "export.xlsx"
    workbook = openpyxl.Workbook()
    summary = workbook.active
    summary.title = "Résumé"
    summary.append(["Événement", "Innovation IT Day"])
    summary.append(["Billets vendus", 2])
    attendees = workbook.create_sheet("Participants")
    attendees.append(["Nom", "Prénom", "E-mail"])
    attendees.append(["Durand", "Anne", "a@x.fr"])
    attendees.append(["Petit", "Marc", "=1+1"])
    workbook.save(path)
    records, report, _ = read_visitors(path)
    assert [(r.line, r.first_name, r.last_name) for r in records] == [
        (2, "Anne", "Durand"),
        (3, "Marc", "Petit"),
    ]
    # the formula never computed is found on that sheet too
    assert 3 in lines_of(report.warnings)


def test_single_column_file_is_not_mistaken_for_a_title(tmp_path):
    records, _, _ = read_visitors(write(tmp_path, "Nom complet\nJean Dupont\n\nAnne Roux\n"))
    assert [(r.line, r.last_name) for r in records] == [(2, "Dupont"), (4, "Roux")]


def test_full_name_column_is_split(tmp_path):
    text = "Nom complet;E-mail\nDUPONT Jean;j@x.fr\nMarie-Claire de La Tour;m@x.fr\nSmith, John;s@x.fr\n"
    records, report, mapping = read_visitors(write(tmp_path, text))
    assert mapping.columns[0] == "full_name"
    assert [(r.first_name, r.last_name) for r in records] == [
        ("Jean", "DUPONT"),
        ("Marie-Claire", "de La Tour"),
        ("John", "Smith"),
    ]


def test_split_full_name_edge_cases():
    assert split_full_name("  Jean   DE LA FONTAINE ") == ("Jean", "DE LA FONTAINE")
    assert split_full_name("Cher") == ("", "Cher")
    assert split_full_name("") == ("", "")


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "vide"),
        (b"  \r\n \n", "vide"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "xls"),
        (b"PK\x03\x04garbage", "XLSX"),
        (b"\x00\x01\x02\x03binary\x00\x00\xff" * 20, "ni un fichier CSV"),
    ],
)
def test_bad_files_give_a_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        read_visitors(path)


def test_missing_file(tmp_path):
    with pytest.raises(ImportFileError, match="introuvable"):
        read_table(tmp_path / "nope.csv")


def test_no_name_column(tmp_path):
    with pytest.raises(ImportFileError, match="Aucune colonne de nom") as info:
        read_visitors(write(tmp_path, "Couleur;Taille\nbleu;M\n"))
    assert "\n" not in str(info.value)
    assert "« Couleur »" in str(info.value)


def test_headers_only_imports_nothing(tmp_path):
    records, report, _ = read_visitors(write(tmp_path, FR_HEADER + "\n"))
    assert records == [] and report.to_json()["imported"] == 0


# --- values ----------------------------------------------------------------------------------


def test_row_without_name_is_rejected_and_bad_email_warned(tmp_path):
    text = (
        "Nom;Prénom;E-mail\n"
        "Durand;Paul;paul.durand@example\n"
        ";;orphan@example.fr\n"
        "  Petit ;  Léa   Marie ;  LEA@Example.fr  \n"
    )
    records, report, _ = read_visitors(write(tmp_path, text))
    assert [r.last_name for r in records] == ["Durand", "Petit"]
    assert records[1].first_name == "Léa Marie"
    assert records[1].email == "lea@example.fr"
    assert records[0].email == "paul.durand@example"  # kept, with a warning
    assert report.rejected == [{"line": 3, "reason": "aucun nom ni prénom"}]
    assert lines_of(report.warnings) == [2]
    assert "e-mail invalide" in report.warnings[0]["reason"]


def test_cell_starting_with_equals_is_text_with_a_warning(tmp_path):
    text = 'Nom;Prénom;Société\nDurand;Paul;"=HYPERLINK(""http://x"")"\n'
    records, report, _ = read_visitors(write(tmp_path, text))
    assert records[0].company == '=HYPERLINK("http://x")'
    assert lines_of(report.warnings) == [2]
    assert "« = »" in report.warnings[0]["reason"]


def test_person_registered_twice_is_merged(tmp_path):
    text = (
        "Nom;Prénom;Société;E-mail;Téléphone;N° de commande\n"
        "Durand;Paul;;paul@example.fr;;\n"
        "Roux;Anne;Thales;anne@example.fr;;R-7\n"
        "Durand;Paul;Capgemini;PAUL@example.fr;0600000000;\n"
        "Roux;Anne;;;0611111111;R-7\n"
        "Roux;Bruno;Thales;;;R-7\n"  # same order, another person: kept
    )
    records, report, _ = read_visitors(write(tmp_path, text))
    assert [(r.first_name, r.company, r.phone) for r in records] == [
        ("Paul", "Capgemini", "0600000000"),
        ("Anne", "Thales", "0611111111"),
        ("Bruno", "Thales", ""),
    ]
    assert records[0].lines == [2, 4]
    assert records[1].email == "anne@example.fr"
    assert report.to_json()["duplicates"] == [4, 5]


def test_ticket_types(tmp_path):
    rows = [
        ("Visiteur", "visitor"),
        ("Pass Exposant", "exhibitor_staff"),
        ("Exhibitor", "exhibitor_staff"),
        ("Presse", "press"),
        ("Intervenant", "speaker"),
        ("Speaker", "speaker"),
        ("VIP", "vip"),
        ("Organisateur", "organiser"),
        ("Staff", "organiser"),
        ("Licorne", "visitor"),
        ("", None),
    ]
    text = "Nom;Type de billet\n" + "".join(f"P{i};{t}\n" for i, (t, _) in enumerate(rows))
    records, report, _ = read_visitors(write(tmp_path, text))
    assert [r.category for r in records] == [c for _, c in rows]
    assert report.warnings == [
        {"line": 11, "reason": "type de billet « Licorne » inconnu : importé comme visiteur"}
    ]


# --- mapping ---------------------------------------------------------------------------------


def test_header_synonyms_fr_and_en():
    fr = detect_mapping(
        ["NOM", " prénom ", "Organisation", "Courriel", "Poste", "Catégorie", "Commande", "Tél"],
        "visitors",
    )
    assert list(fr.columns.values()) == [
        "last_name",
        "first_name",
        "company",
        "email",
        "job_title",
        "category",
        "external_ref",
        "phone",
    ]
    en = detect_mapping(
        [
            "Last name",
            "First name",
            "Company",
            "Email",
            "Job title",
            "Ticket type",
            "Order",
            "Phone",
        ],
        "visitors",
    )
    assert list(en.columns.values()) == list(fr.columns.values())
    assert fr.unknown_headers == [] and en.unknown_headers == []
    assert set(fr.columns.values()) <= set(FIELDS_VISITORS)


def test_unknown_headers_and_explicit_mapping(tmp_path):
    text = "Surnom;Prénom;Adresse électronique perso;Régime alimentaire\nDupont;Jean;j@x.fr;vegan\n"
    path = write(tmp_path, text)
    table = read_table(path)
    mapping = detect_mapping(table.headers, "visitors")
    assert mapping.unknown_headers == ["Surnom", "Régime alimentaire"]
    assert mapping.unknown_columns == [0, 3]
    assert mapping.columns == {1: "first_name", 2: "email"}
    # The GUI's mapping step: column 0 is the last name, column 2 ignored.
    records, report, used = read_visitors(path, {0: "last_name", 2: ""})
    assert used.columns == {0: "last_name", 1: "first_name"}
    assert (records[0].first_name, records[0].last_name, records[0].email) == ("Jean", "Dupont", "")
    assert lines_of(report.warnings) == [1, 1]  # ignored columns are noted on the header row
    with pytest.raises(ImportFileError):
        mapping.with_overrides({9: "email"})
    with pytest.raises(ImportFileError):
        mapping.with_overrides({0: "shoe_size"})
    with pytest.raises(ImportFileError):
        mapping.with_overrides({"x": "email"})


STRANGE = "Łódź Ğİ Øre 東京 Ελλάδα"


def test_exhibitors(tmp_path):
    text = (
        "Société;Secteur;Nom;Prénom;E-mail;Site web;Description;Stand(s)\n"
        'Łódź Ğİ Øre 東京 Ελλάδα;Cloud;Nowak;Anna;A@LODZ.PL;https://x.pl;"Ligne 1\nLigne 2";A1, A2/a3 B4\n'
        ";Data;;;;;;\n"
        "ŁÓDŹ ği øre 東京 ελλάδα;;;;;;;Stand C9\n"
    )
    records, report, mapping = read_exhibitors(write(tmp_path, text))
    assert set(mapping.columns.values()) <= set(FIELDS_EXHIBITORS)
    assert len(records) == 1
    record = records[0]
    assert record.name == STRANGE  # same folded name: merged, the first line wins
    assert record.sector == "Cloud"  # an empty cell does not erase
    assert record.contact_name == "Anna Nowak"
    assert record.contact_email == "a@lodz.pl"
    assert record.description == "Ligne 1\nLigne 2"
    assert record.booths == ["A1", "A2", "A3", "B4", "C9"]
    assert report.rejected == [{"line": 3, "reason": "aucun nom d'exposant"}]
    assert report.duplicates == [4]


def test_exhibitor_english_headers(tmp_path):
    table = read_table(
        write(tmp_path, "Name,Sector,Contact,Website,Booths\nAcme,IoT,Jo Bloggs,a.io,B2\n")
    )
    records, _ = normalise_exhibitors(table, detect_mapping(table.headers, "exhibitors"))
    assert (records[0].name, records[0].sector, records[0].contact_name, records[0].booths) == (
        "Acme",
        "IoT",
        "Jo Bloggs",
        ["B2"],
    )


def test_report_json_keys():
    from itday.core.importing import ImportReport

    report = ImportReport(imported=2, updated=1, duplicates=[5, 3])
    report.warn(7, "b")
    report.warn(2, "a")
    assert report.to_json() == {
        "imported": 2,
        "updated": 1,
        "duplicates": [3, 5],
        "warnings": [{"line": 2, "reason": "a"}, {"line": 7, "reason": "b"}],
        "rejected": [],
    }


# --- garbage never crashes -------------------------------------------------------------------


def _only_import_errors(path):
    for reader in (read_visitors, read_exhibitors):
        try:
            reader(path)
        except ImportFileError as exc:
            assert str(exc) and "\n" not in str(exc)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(max_size=2000),
    prefix=st.sampled_from([b"", b"PK\x03\x04", b"\xef\xbb\xbf", b"Nom;"]),
)
def test_random_bytes_raise_only_import_file_error(tmp_path, data, prefix):
    path = tmp_path / "random.csv"
    path.write_bytes(prefix + data)
    _only_import_errors(path)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("Nom;Prénom,\t\"'=\r\n é@.xZ-")) | st.characters(),
        max_size=400,
    )
)
def test_random_text_raises_only_import_file_error(tmp_path, text):
    path = tmp_path / "random.csv"
    path.write_text(
        "Nom;Prénom;E-mail;Type de billet\n" + text, encoding="utf-8", errors="surrogatepass"
    )
    _only_import_errors(path)


# --- nothing lost without a word -------------------------------------------------------------

FIVE_ROWS = [
    "Durand;Paul;Airbus;paul@airbus.com;DSI;Visiteur;C-1;",
    "Petit;Léa;Thales;lea@thales.com;;Visiteur;C-2;",
    '"Martin;Anne;Sopra;anne@sopra.fr;;Visiteur;C-3;',  # the quote is never closed
    "Roux;Luc;Capgemini;luc@capgemini.fr;;Presse;C-4;",
    "Blanc;Ève;Continental;eve@continental.fr;;VIP;C-5;",
]


def test_stray_quote_running_to_the_end_stops_the_import_with_its_line(tmp_path):
    path = write(tmp_path, FR_HEADER + "\r\n" + "\r\n".join(FIVE_ROWS) + "\r\n", "cp1252")
    for reader in (read_visitors, read_table):
        with pytest.raises(ImportFileError) as info:
            reader(path)
        message = str(info.value)
        assert "\n" not in message
        assert "ligne 4 :" in message  # the spreadsheet row where the quote opens
        assert "guillemet" in message and "jamais fermée" in message
        assert info.value.params["line"] == 4


def test_stray_quote_on_the_last_line_stops_the_import(tmp_path):
    path = write(tmp_path, 'Nom;Prénom;Société\nDurand;Paul;Airbus\nPetit;"Léa;Thales\n')
    with pytest.raises(ImportFileError, match="ligne 3 :"):
        read_visitors(path)


def test_quote_that_swallows_whole_rows_stops_the_import(tmp_path):
    # The reviewer's file: a person whose last name became "Dupont;Jean;ACME Martin;Paul;X".
    text = 'Nom;Prénom;Société\nDurand;Paul;Airbus\n"Dupont;Jean;ACME\nMartin;Paul;X"\nRoux;Luc;Y\n'
    with pytest.raises(ImportFileError) as info:
        read_visitors(write(tmp_path, text))
    assert "ligne 3 :" in str(info.value) and "guillemet" in str(info.value)
    # Several swallowed rows in a two-column file.
    text = 'Nom;Prénom\nDurand;"Paul\nMartin;Anne\nRoux;Luc"\nBlanc;Ève\n'
    with pytest.raises(ImportFileError, match="ligne 2 :"):
        read_visitors(write(tmp_path, text))


def test_address_on_two_lines_in_quotes_still_imports(tmp_path):
    text = (
        "Société;Contact;Description;Stand(s)\r\n"
        'Airbus;Anne Roux;"2 rue Marius Tercé\r\n31300 Toulouse";A1\r\n'
        'Thales;Luc Petit;"Cloud; IoT\r\nCybersécurité";A2\r\n'
        'Sopra;Ève Blanc;"Bât. B\r\nZI de Thibaud"\r\n'  # the last row, several lines, closed
    )
    records, report, _ = read_exhibitors(write(tmp_path, text, "cp1252"))
    assert [(r.line, r.name) for r in records] == [(2, "Airbus"), (3, "Thales"), (4, "Sopra")]
    assert records[0].description == "2 rue Marius Tercé\r\n31300 Toulouse"
    assert report.warnings == [] and report.rejected == []


def test_duplicate_exhibitor_keeps_the_first_contact_and_says_what_differed(tmp_path):
    text = (
        "Société;Contact;E-mail;Secteur;Stand(s)\n"
        "Énergie Occitane;Hélène Dupré;contact@eo.fr;;A1\n"
        "Sopra;Luc;luc@sopra.fr;Services;B1\n"
        "ÉNERGIE OCCITANE;;;Énergie;A2\n"  # only fills what was empty: no warning
        "Energie Occitane;dup;dup@eo.fr;énergie;A1\n"
    )
    records, report, _ = read_exhibitors(write(tmp_path, text))
    eo = records[0]
    assert (eo.name, eo.contact_name, eo.contact_email, eo.sector, eo.booths) == (
        "Énergie Occitane",
        "Hélène Dupré",
        "contact@eo.fr",
        "Énergie",
        ["A1", "A2"],
    )
    assert report.to_json()["duplicates"] == [4, 5]
    assert report.to_json()["warnings"] == [
        {
            "line": 5,
            "reason": "doublon de la ligne 2 fusionné ; valeurs différentes gardées de la ligne 2 : "
            "contact « Hélène Dupré » (ligne 5 : « dup »), "
            "e-mail « contact@eo.fr » (ligne 5 : « dup@eo.fr »)",
        }
    ]
    assert report.duplicate_reasons[4] == "doublon de la ligne 2 fusionné"


def test_duplicate_visitor_keeps_the_first_company_and_says_what_differed(tmp_path):
    text = (
        "Nom;Prénom;Société;E-mail;Type de billet\n"
        "Durand;Paul;;paul@example.fr;\n"
        "Durand;Paul;Compagnie Générale des Établissements Michelin;paul@example.fr;Visiteur\n"
        "Durand;Paul;CGEM;PAUL@example.fr;Presse\n"
    )
    records, report, _ = read_visitors(write(tmp_path, text))
    assert len(records) == 1
    assert records[0].company == "Compagnie Générale des Établissements Michelin"
    assert records[0].category == "visitor"
    assert report.duplicates == [3, 4]
    assert report.to_json()["warnings"] == [
        {
            "line": 4,
            "reason": "doublon de la ligne 2 fusionné ; valeurs différentes gardées de la ligne 3 : "
            "société « Compagnie Générale des Établissements Michelin » (ligne 4 : « CGEM »), "
            "type de billet « Visiteur » (ligne 4 : « Presse »)",
        }
    ]


def test_first_name_only_is_imported_with_a_warning(tmp_path):
    text = "Nom;Prénom;E-mail\n;Jean;jean@example.fr\nDurand;Paul;\n"
    records, report, _ = read_visitors(write(tmp_path, text))
    assert [(r.first_name, r.last_name) for r in records] == [("Jean", ""), ("Paul", "Durand")]
    assert report.to_json()["warnings"] == [{"line": 2, "reason": "nom de famille manquant"}]
    assert report.rejected == []


def test_numeric_phone_in_xlsx_gets_its_leading_zero_back(tmp_path):
    path = tmp_path / "inscrits.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Nom", "Prénom", "Téléphone", "N° de commande"])
    sheet.append(["Durand", "Paul", 612345678, 4521.0])
    sheet.append(["Petit", "Léa", "0698765432", 4522])
    sheet.append(["Smith", "John", 33612345678, 4523])  # international, kept as written
    workbook.save(path)
    records, report, _ = read_visitors(path)
    assert [(r.phone, r.external_ref) for r in records] == [
        ("0612345678", "4521"),
        ("0698765432", "4522"),
        ("33612345678", "4523"),
    ]
    assert report.to_json()["warnings"] == [
        {
            "line": 2,
            "reason": "téléphone « 612345678 » enregistré comme un nombre dans le classeur "
            "(0 initial perdu) : importé comme « 0612345678 »",
        }
    ]
    # The exhibitors' contact phone too.
    workbook = openpyxl.Workbook()
    workbook.active.append(["Société", "Téléphone"])
    workbook.active.append(["Airbus", 561000000])
    workbook.save(path)
    records, report, _ = read_exhibitors(path)
    assert records[0].contact_phone == "0561000000" and len(report.warnings) == 1


def test_exhibitor_contact_keeps_its_first_name(tmp_path):
    """Issue 17.3: « Société;Prénom du contact;Nom du contact » gave the contact « Dupont »."""
    from itday.core.importing import read_exhibitors

    path = tmp_path / "exposants.csv"
    path.write_text(
        "Société;Prénom du contact;Nom du contact;Secteur\n"
        "Acme;Jean;Dupont;Cloud\nBeta;Marie;Marie Curie;Santé\n",
        encoding="utf-8",
    )
    records, _report, _mapping = read_exhibitors(path)
    assert [r.contact_name for r in records] == ["Jean Dupont", "Marie Curie"]


def test_a_person_with_two_orders_keeps_both_order_numbers(tmp_path):
    """Registered twice (two orders): the merged line keeps every order number, and the
    report says so in full instead of naming the second one as dropped."""
    text = (
        "Nom;Prénom;Société;E-mail;Téléphone;N° de commande\n"
        "Durand;Paul;Capgemini;paul@example.fr;;C-1\n"
        "Durand;Paul;Capgemini;PAUL@example.fr;;C-2\n"
        "Durand;Paul;;paul@example.fr;;C-1\n"  # the same order again: nothing new
    )
    records, report, _ = read_visitors(write(tmp_path, text))
    assert [r.external_ref for r in records] == ["C-1, C-2"]
    assert report.to_json()["duplicates"] == [3, 4]
    reason = report.duplicate_reasons[3]
    assert "C-2" in reason and "gardé" in reason
    assert not any("C-2" in w["reason"] and "différente" in w["reason"] for w in report.warnings)
    from itday.core.importing import join_refs, split_refs

    assert split_refs("C-1, C-2") == ["C-1", "C-2"]
    assert join_refs("C-1", "C-2, C-1") == "C-1, C-2"


def test_the_attendees_columns_are_read_not_the_buyers(tmp_path):
    # one order, two attendees: the buyer's e-mail on both merged them into one person
    # (the buyer, with no last name) and the second attendee was lost
    text = (
        "N° commande;Nom acheteur;Prénom acheteur;Email acheteur;Nom participant;"
        "Prénom participant;Email participant;Code-barres\n"
        "1;Boss;Alice;boss@x.fr;Employe;Bob;bob@x.fr;3100000000999\n"
        "1;Boss;Alice;boss@x.fr;Autre;Carl;carl@x.fr;3100000000998\n"
    )
    records, report, mapping = read_visitors(write(tmp_path, text))
    assert [(r.first_name, r.last_name, r.email) for r in records] == [
        ("Bob", "Employe", "bob@x.fr"),
        ("Carl", "Autre", "carl@x.fr"),
    ]
    assert not report.duplicates
    ignored = [w for w in report.warnings if "acheteur, pas du participant" in w["reason"]]
    assert len(ignored) == 3


def test_buyer_columns_name_the_attendee_when_they_are_the_only_names(tmp_path):
    # Eventbrite's order export: « Buyer … » columns only (one ticket per buyer)
    text = "Buyer Last Name;Buyer First Name;Buyer Email\nBoss;Alice;boss@x.fr\n"
    records, _, _ = read_visitors(write(tmp_path, text))
    assert [(r.first_name, r.last_name, r.email) for r in records] == [
        ("Alice", "Boss", "boss@x.fr")
    ]


def test_plain_name_columns_beat_the_buyers_email(tmp_path):
    # attendees named in plain columns, only the buyer has an e-mail: never on attendees
    text = "Nom;Prénom;E-mail de l'acheteur\nEmploye;Bob;boss@x.fr\nAutre;Carl;boss@x.fr\n"
    records, report, mapping = read_visitors(write(tmp_path, text))
    assert "email" not in mapping.columns.values()
    assert [(r.first_name, r.email or None) for r in records] == [("Bob", None), ("Carl", None)]
    assert not report.duplicates


def test_a_yes_no_deleted_column_cancels_the_tickets_it_says(tmp_path):
    # « Supprimé » oui/non instead of a status: the deleted ticket was imported as registered
    text = (
        "Nom;Prénom;Code-barres;Supprimé\n"
        "A;Ann;3100000000501;non\nB;Bob;3100000000502;Oui\nC;Cid;3100000000503;\n"
        "D;Dan;3100000000504;1\nE;Eve;3100000000505;peut-être\n"
    )
    records, report, mapping = read_visitors(write(tmp_path, text))
    assert mapping.columns[3] == "status"
    assert [(r.first_name, r.cancelled) for r in records] == [
        ("Ann", False), ("Bob", True), ("Cid", False), ("Dan", True), ("Eve", False)
    ]  # fmt: skip
    assert [w["line"] for w in report.warnings if "peut-être" in w["reason"]] == [6]


def test_a_status_column_wins_over_a_yes_no_one(tmp_path):
    text = "Nom;Prénom;Supprimé;Statut\nA;Ann;non;Remboursé\nB;Bob;oui;Validé\n"
    records, _, mapping = read_visitors(write(tmp_path, text))
    assert mapping.column_of("status") == 3
    assert [(r.first_name, r.cancelled) for r in records] == [("Ann", True), ("Bob", False)]
