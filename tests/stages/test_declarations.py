"""Declarations of interest: who, which item, what kind, what they did."""

from __future__ import annotations

import pytest

from minutes_cli import parse_bytes

from ._helpers import parse


@pytest.mark.parametrize("text, name, interest, item, action", [
    pytest.param("Cllr Ames declared an interest in item 7.", "Ames", "other", "7", None, id="plain"),
    pytest.param("Councillor B Birch declared a disclosable pecuniary interest in agenda item 5 as the owner of "
                 "the land and left the room.", "B Birch", "pecuniary", "5", "left_room", id="dpi-left"),
    pytest.param("Councillor Cole declared a personal and prejudicial interest in minute 45 and did not vote.",
                 "Cole", "prejudicial", "45", "did_not_vote", id="prejudicial-no-vote"),
    pytest.param("Mr D Dunne declared a non-pecuniary interest in item 11.2 and remained in the room.",
                 "D Dunne", "non-pecuniary", "11.2", "remained", id="non-pecuniary-remained"),
    pytest.param("Mrs Egan declared an interest in the item referring to the Car Scheme.", "Egan", "other",
                 "the item referring to the Car Scheme", None, id="subject"),
    pytest.param("An interest was declared by Cllr Fahy in item 3, who spoke but did not vote.", "Fahy", "other",
                 "3", "did_not_vote", id="passive"),
    pytest.param("Cllr Gill declared an other registrable interest in application 21/00471/FUL.", "Gill", "other",
                 "21/00471/FUL", None, id="application"),
])
def test_declarations(text: str, name: str, interest: str, item: str | None, action: str | None) -> None:
    doc = parse("Minutes\n\n2. Declarations of Interest\n\n" + text + "\n")
    (d,) = doc.declarations
    assert (d.name, d.interest, d.item, d.action) == (name, interest, item, action)
    assert doc.text[d.span.start:d.span.end].startswith(("Cllr", "Councillor", "Mr", "Mrs", "An interest"))


@pytest.mark.parametrize("text", [
    pytest.param("No declarations of interest were made.", id="none-made"),
    pytest.param("Members were invited to declare any interests.", id="invitation"),
    pytest.param("Cllr Hale declared no interest in the item.", id="declared-no"),
])
def test_no_declaration(text: str) -> None:
    assert parse("Minutes\n" + text + "\n").declarations == []


def test_a_chain_of_honorifics_declares_as_one_person() -> None:
    from minutes_cli.api import parse_document

    text = ("MINUTES OF THE COUNCIL\n\nDeclarations of Interest\n\n"
            "Councillor Mrs Pam Boswell declared a personal interest in item 6 as a governor of the school.\n"
            "Councillor Sheehy (J) declared a pecuniary interest in item 7.\n")
    doc = parse_document(text.encode("utf-8"), "declarations.txt")
    assert [d.name for d in doc.declarations] == ["Pam Boswell", "J Sheehy"]


def _cells(line: str) -> str:
    return "<tr>" + "".join(f"<td>{c.strip()}</td>" for c in line.split("|")) + "</tr>"


def _table(header: str, *rows: str) -> bytes:
    body = _cells(header) + "".join(_cells(r) for r in rows)
    return (f"<html><body><h1>Minutes of the Ordinary Council Meeting</h1><h2>Disclosure of Interest</h2>"
            f"<table>{body}</table><p>The meeting went on to its business.</p></body></html>").encode()


@pytest.mark.parametrize("header, rows, expected", [
    # InfoCouncil minutes (New South Wales, New Zealand): member, items, type of interest
    pytest.param("Councillor | Items | Type of Interest",
                 ["Cr Peter Grey | SI21/07 Skate Park Upgrade | Non-Pecuniary - Less Than Significant Conflict as he coaches",
                  "Cr Lucy Stone | CS21/12 Library Lease | Pecuniary - Significant Conflict as her firm leases it"],
                 [("Peter Grey", "SI21/07", "non-pecuniary"), ("Lucy Stone", "CS21/12", "pecuniary")], id="infocouncil"),
    # ModernGov minutes (Bolsover): minute number first, then the member and the level of interest
    pytest.param("Minute Number | Member | Level of Interest",
                 ["0654 | Councillor Mary Dunn | Disclosable Pecuniary Interest",
                  "0654 & 0655 | Councillor James Wall | Significant Other Interest"],
                 [("Mary Dunn", "0654", "pecuniary"), ("James Wall", "0654", "other")], id="moderngov-minute-first"),
    pytest.param("Member | Agenda Item | Nature of Interest",
                 ["Councillor A. Roe | 7 | Personal - a member of the society"],
                 [("A. Roe", "7", "other")], id="nature-of-interest"),
])
def test_a_table_of_declarations(header: str, rows: list[str], expected: list[tuple[str, str, str]]) -> None:
    record = parse_bytes(_table(header, *rows), "minutes.html")
    assert [(d["name"], d["item"], d["interest"]) for d in record["declarations"]] == expected


def test_a_table_without_an_interest_column_gives_no_declarations() -> None:
    record = parse_bytes(_table("Councillor | Ward | Party", "Cr Peter Grey | North | Independent"), "members.html")
    assert record["declarations"] == []
