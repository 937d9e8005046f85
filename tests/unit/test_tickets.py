"""Ticket codes of the ticketing services: the header table, and what looks like a ticket."""

import pytest

from itday.core import checkin, tickets
from itday.core.badge import new_code
from itday.core.enums import ScanResult
from itday.core.importing import detect_mapping

# The header row of each service's attendee export (the columns around the code, as the
# service writes them), and the header of the column that holds the scanned code.
EXPORTS = {
    "Weezevent": (
        [
            "ID participant",
            "Code-barres",
            "Numéro de billet",
            "Nom",
            "Prénom",
            "E-mail",
            "Tarif",
            "Date d'achat",
        ],
        "Code-barres",
    ),
    "Eventbrite": (
        [
            "Order #",
            "Order Date",
            "First Name",
            "Last Name",
            "Email",
            "Quantity",
            "Ticket Type",
            "Attendee #",
            "Barcode #",
            "Attendee Status",
            "Company",
        ],
        "Barcode #",
    ),
    "Eventbrite (FR)": (
        ["N° de commande", "Prénom", "Nom", "E-mail", "Type de billet", "N° de code-barres"],
        "N° de code-barres",
    ),
    "pretix": (
        [
            "Order code",
            "Attendee name",
            "Product",
            "Price",
            "Checked in",
            "Checked out",
            "Automatically checked in",
            "Secret",
            "E-mail",
            "Company",
            "Voucher code",
            "Order date",
        ],
        "Secret",
    ),
    "HelloAsso": (
        [
            "Référence commande",
            "Date de la commande",
            "Nom participant",
            "Prénom participant",
            "Email payeur",
            "Billet",
            "Numéro de billet",
            "Tarif",
        ],
        "Numéro de billet",
    ),
    "Yurplan": (["Nom", "Prénom", "Email", "Billet", "N° de billet"], "N° de billet"),
    "Billetweb": (["Nom", "Prénom", "Email", "Tarif", "Code barre"], "Code barre"),
    "generic": (["Name", "Email", "Ticket", "Ticket code"], "Ticket code"),
    "header with extra words": (
        ["Nom", "Prénom", "Code-barres du billet"],
        "Code-barres du billet",
    ),
}


@pytest.mark.parametrize("service", sorted(EXPORTS))
def test_each_service_export_maps_its_ticket_column(service):
    headers, ticket_header = EXPORTS[service]
    mapping = detect_mapping(headers, "visitors")
    column = mapping.column_of(tickets.FIELD)
    assert column is not None, f"{service}: no ticket column among {headers}"
    assert headers[column] == ticket_header
    assert mapping.has_name()


def test_ticket_type_columns_stay_the_category():
    # « Billet » / « Ticket Type » are the kind of ticket, not its code.
    for headers, type_header in (
        (EXPORTS["HelloAsso"][0], "Billet"),
        (EXPORTS["Eventbrite"][0], "Ticket Type"),
        (EXPORTS["generic"][0], "Ticket"),
    ):
        mapping = detect_mapping(headers, "visitors")
        assert headers[mapping.column_of("category")] == type_header


def test_not_scanned_numbers_are_not_taken_for_the_code():
    # pretix's « Voucher code » is a discount code; Eventbrite's « Attendee # » an id.
    for service in ("pretix", "Eventbrite"):
        headers, ticket_header = EXPORTS[service]
        mapping = detect_mapping(headers, "visitors")
        assert headers[mapping.column_of(tickets.FIELD)] == ticket_header
        for other in ("Voucher code", "Attendee #", "Order #"):
            if other in headers:
                assert mapping.columns.get(headers.index(other)) != tickets.FIELD


def test_every_header_of_the_table_is_recognised():
    for column in tickets.TICKET_COLUMNS:
        for header in column.headers:
            mapping = detect_mapping(["Nom", header], "visitors")
            assert mapping.columns.get(1) == tickets.FIELD, (column.service, header)
        assert tickets.storable(column.example), column.service
        assert tickets.looks_like_ticket(column.example), column.service


def test_services_of_a_header():
    # « Barcode # » and « Barcode » are one header once folded
    assert tickets.services_of("Barcode #") == "Eventbrite/Billetweb"
    assert tickets.services_of("N° de code-barres") == "Eventbrite"
    assert tickets.services_of("SECRET") == "pretix"
    assert tickets.services_of("Code-barres") == "Weezevent/Yurplan"
    assert tickets.services_of("code barre") == "Weezevent/Billetweb"
    assert tickets.services_of("QR code") == "billetterie"


def test_what_looks_like_a_ticket():
    assert tickets.looks_like_ticket("1700012345678")
    assert tickets.looks_like_ticket("1234567890123456789001")
    assert tickets.looks_like_ticket("hdknu8p2jdnyfj6kyzy4ps3fwcr5hsjq")
    assert tickets.looks_like_ticket("TK-20170629-0042")
    assert tickets.looks_like_ticket('&é"(-è_çà&é')  # digits typed by a US scanner on AZERTY
    for foreign in (
        "https://www.example.com/ticket/1234567",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Jean Dupont\nTEL:0612345678\nEND:VCARD",
        "jean.dupont@example.com",
        "Bonjour tout le monde 2017",
        "ABCDEFGHIJ",  # no digit
        "12345",  # too short
        "9" * 200,  # too long
        "",
    ):
        assert not tickets.looks_like_ticket(foreign), foreign


def test_candidates_read_back_azerty_digits():
    assert tickets.candidates(" 1700012345678 ") == ["1700012345678"]
    assert tickets.candidates("&èààà&é\"'(-è_") == ["&èààà&é\"'(-è_", "1700012345678"]
    assert tickets.candidates("") == []


def test_split_and_check_cells():
    assert tickets.split_codes(" 111111111; 222222222 ,333333333 ") == [
        "111111111",
        "222222222",
        "333333333",
    ]
    assert tickets.mangled_by_spreadsheet("1,23457E+21")
    assert tickets.mangled_by_spreadsheet("1.23457e+21")
    assert not tickets.mangled_by_spreadsheet("1234567890123")
    assert not tickets.storable("12")
    assert tickets.storable("123456")


def test_decisions_for_codes_nobody_holds():
    def decide(raw):
        return checkin.decide(raw, None, event_id=1)

    unknown_ticket = decide("9999999999999")
    assert unknown_ticket.result is ScanResult.UNKNOWN
    assert unknown_ticket.reason == checkin.REASON_UNKNOWN_TICKET
    assert checkin.message(unknown_ticket) == "billet inconnu — chercher le nom"
    url = decide("https://example.com/ticket/42")
    assert (url.result, url.reason) == (ScanResult.INVALID, checkin.REASON_NOT_OURS)
    assert checkin.message(url) == "pas un badge itday"
    ours = decide(new_code())
    assert (ours.result, ours.reason) == (ScanResult.UNKNOWN, checkin.REASON_NOT_REGISTERED)
    assert checkin.message(ours) != checkin.message(unknown_ticket)


def test_a_ticket_holder_goes_through_the_same_rules():
    import datetime as dt

    def holder(**kw):
        values = dict(
            id=7,
            event_id=1,
            category="visitor",
            cancelled=False,
            checked_in_at=None,
            checked_in_station=None,
        )
        values.update(kw)
        return checkin.KnownAttendee(**values)

    code = "1700012345678"
    assert checkin.decide(code, holder(), 1).result is ScanResult.ADMITTED
    first = dt.datetime(2017, 6, 29, 7, 12, tzinfo=dt.UTC)
    again = checkin.decide(code, holder(checked_in_at=first, checked_in_station="A1"), 1)
    assert again.result is ScanResult.ALREADY_ADMITTED and again.first_at == first
    assert checkin.decide(code, holder(cancelled=True), 1).result is ScanResult.CANCELLED
    other = checkin.decide(code, holder(event_id=2), 1)
    assert (other.result, other.reason) == (ScanResult.INVALID, checkin.REASON_OTHER_EDITION)
