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


def _form_pdf(fields: list[tuple[str, str, int]]) -> bytes:
    """A one-page PDF with printed labels and AcroForm text fields (name, value, height)."""
    kids = " ".join(f"{5 + i} 0 R" for i in range(len(fields)))
    labels = " ".join(f"BT /F1 11 Tf 72 {y + 5} Td ({name}:) Tj ET" for name, _, y in fields)
    stream = f"BT /F1 14 Tf 72 780 Td (NOTICE OF DECISION) Tj ET {labels}"
    objects = [f"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [{kids}] >> >>",
               "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 "
               f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Annots [{kids}] >>",
               f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream"]
    objects += [f"<< /Type /Annot /Subtype /Widget /FT /Tx /T ({name}) /V ({value}) /Rect [200 {y} 400 {y + 20}] "
                "/P 3 0 R >>" for name, value, y in fields]
    out, offsets = "%PDF-1.7\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    return (out + f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode("latin-1")


def test_acroform_field_values_are_text_beside_their_labels() -> None:
    data = _form_pdf([("Date of meeting", "12 March 2024", 700), ("Venue", "Council Chamber", 660)])
    doc = load(data, "notice.pdf", Settings())
    assert doc.text.split("\n") == ["NOTICE OF DECISION", "Date of meeting: 12 March 2024", "Venue: Council Chamber"]


def test_pdf_label_value_rows_keep_their_wrapped_values() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    rows = [("PRESENT", ["Councillor Ann Smith (Chair), Councillor Ben Jones,", "Councillor Carol White and",
                         "Councillor Dan Green"]), ("APOLOGIES", ["Councillor Eve Black"])]
    y = 20
    for label, values in rows:
        pdf.text(10, y, label)
        for value in values:
            pdf.text(60, y, value)
            y += 6
        y += 6
    pdf.text(10, y + 6, "1. MINUTES")
    doc = load(bytes(pdf.output()), "minutes.pdf", Settings())
    assert [(b.kind, b.span.text(doc)) for b in doc.blocks] == [
        ("table_row", "PRESENT | Councillor Ann Smith (Chair), Councillor Ben Jones, Councillor Carol White and "
                      "Councillor Dan Green"),
        ("table_row", "APOLOGIES | Councillor Eve Black"), ("list_item", "1. MINUTES")]
