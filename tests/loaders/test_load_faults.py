"""Faults found by fuzzing (issue 14, item 8): each is the library's error or a per-page
problem, never a Python error escaping; and a defect inside a loader is never passed off
as a bad file."""

from __future__ import annotations

import io
import zipfile

import pytest

from minutes_cli.errors import LoadError, StageError
from minutes_cli.loaders import load
from minutes_cli.settings import Settings

from . import paper


def _two_page_pdf_with_damaged_second_page() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", "", 11)
    for text in ("RESOLVED: That the report be noted.", "Second page text."):
        pdf.add_page()
        pdf.cell(0, 10, text)
    data = bytes(pdf.output())
    page2 = b"/Contents 6 0 R\n/Parent 1 0 R\n/Resources 9 0 R\n/Type /Page"
    assert page2 in data
    return data.replace(page2, b"/Type /Pagx".ljust(len(page2)))  # same length: xref stays right


def test_damaged_pdf_page_is_a_problem_of_that_page() -> None:
    doc = load(_two_page_pdf_with_damaged_second_page(), "damaged.pdf", Settings())
    assert doc.text == "RESOLVED: That the report be noted."
    assert [(p.code, "page 2" in p.message) for p in doc.problems] == [("P702", True)]


def test_utf16_text_of_odd_length_loads() -> None:
    data = "\ufeffMinutes of the meeting held on 3 May 2024.".encode("utf-16-le") + b"\x00"[:0]
    data = b"\xff\xfe" + data[2:] + b"M"  # one byte short of a whole code unit
    doc = load(data, "notes.txt", Settings())
    assert doc.text.startswith("Minutes of the meeting held on 3 May 2024.")


def test_front_matter_with_impossible_date_loads_the_paper() -> None:
    data = b"---\ntitle: Parish Council Minutes\ndate: 2021-02-30\n---\n\nRESOLVED: That the report be noted.\n"
    doc = load(data, "post.md", Settings())
    assert "RESOLVED: That the report be noted." in doc.text
    assert "date" not in doc.hints  # 30 February is no date


def test_docx_with_unreadable_zip_version_is_a_load_error() -> None:
    source = zipfile.ZipFile(io.BytesIO(paper.docx_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info))
    data = bytearray(out.getvalue())
    central = data.find(b"PK\x01\x02")
    while central != -1:  # "version needed to extract" of every entry: 9.9
        data[central + 6:central + 8] = (99).to_bytes(2, "little")
        central = data.find(b"PK\x01\x02", central + 4)
    with pytest.raises(LoadError) as caught:
        load(bytes(data), "paper.docx", Settings())
    assert str(caught.value).startswith("paper.docx: ")


def test_a_defect_in_a_loader_is_raised_as_a_defect(monkeypatch: pytest.MonkeyPatch) -> None:
    import minutes_cli.loaders.txt as txt

    def broken(data: bytes, name: str, settings: Settings) -> None:
        raise AttributeError("'NoneType' object has no attribute 'text'")

    monkeypatch.setattr(txt, "load_txt", broken)
    with pytest.raises(StageError) as caught:
        load(b"Some text.", "notes.txt", Settings())
    assert not isinstance(caught.value, LoadError)
    assert "load:txt" in str(caught.value) and "AttributeError" in str(caught.value)
