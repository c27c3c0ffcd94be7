"""Each format of the fixture paper parses to what its plain text parses to."""

from __future__ import annotations

from typing import Any

import pytest

from minutes_cli import parse_bytes, parse_document, parse_text

from . import paper


def _essentials(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "decisions": [(d["text"], [i["label"] for i in d["items"]]) for d in record["decisions"]],
        "speakers": sorted(s["name"] for s in record["speakers"]),
        "dates": sorted({d["value"] for d in record["dates"]}),
    }


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    found = _essentials(parse_text(paper.plain_text(), "paper.txt"))
    # The fixture is only a fair test if the plain text gives something to compare.
    assert len(found["decisions"]) == 3
    assert found["decisions"][1][1] == ["(1)", "(2)"]
    assert "Ben Jones" in found["speakers"]
    assert {"2024-03-12", "2024-02-13", "2024-04-01", "2024-04-30"} <= set(found["dates"])
    return found


@pytest.mark.slow
def test_pdf_parses_like_plain_text(expected: dict[str, Any]) -> None:
    assert _essentials(parse_bytes(paper.pdf_bytes(), "paper.pdf")) == expected


def test_docx_parses_like_plain_text(expected: dict[str, Any]) -> None:
    assert _essentials(parse_bytes(paper.docx_bytes(), "paper.docx")) == expected


def test_html_parses_like_plain_text(expected: dict[str, Any]) -> None:
    assert _essentials(parse_bytes(paper.html_page().encode("utf-8"), "paper.html")) == expected


def test_pdf_decisions_name_their_pages() -> None:
    record = parse_bytes(paper.pdf_bytes(), "paper.pdf")
    assert record["source"]["pages"] == 4  # two of text, the blank notice, the table's end
    assert [d["page"] for d in record["decisions"]] == [1, 1, 4]


@pytest.mark.slow
def test_pdf_text_has_no_furniture() -> None:
    doc = parse_document(paper.pdf_bytes(), "paper.pdf")
    assert doc.text.count(paper.HEADER) == 1  # the first copy of a running date line is kept
    assert "intentionally left blank" not in doc.text
    assert "important for residents" in doc.text
    assert not [b for b in doc.blocks if b.span.text(doc).strip().isdigit()]
    rows = [b.span.text(doc) for b in doc.blocks if b.kind == "table_row"]
    assert rows == [" | ".join(r) for r in (paper.TABLE_HEAD, *paper.TABLE_ROWS)]
    assert [b.page for b in doc.blocks if b.kind == "table_row"] == [3, 3, 3, 4, 4]
