"""Unusable files raise one clear error naming the file; nothing else escapes."""

from __future__ import annotations

import io
import zipfile

import pytest

from minutes_cli.errors import InputError, LoadError, UnsupportedFormat
from minutes_cli.loaders import load
from minutes_cli.settings import Settings

from . import paper


def _one_page_pdf(text: str = "A short paper.", **encryption: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 10, text)
    if encryption:
        pdf.set_encryption(**encryption)
    return bytes(pdf.output())


def _error(data: bytes, name: str) -> InputError:
    with pytest.raises(InputError) as caught:
        load(data, name, Settings())
    message = str(caught.value)
    assert message.startswith(f"{name}: ") and "\n" not in message
    return caught.value


def test_empty_pdf() -> None:
    assert isinstance(_error(b"", "empty.pdf"), LoadError)


def test_pdf_with_no_body_objects_is_corrupt() -> None:
    data = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    assert "corrupt" in _error(data, "hollow.pdf").reason


def test_truncated_pdf() -> None:
    data = paper.pdf_bytes()
    assert "truncated" in _error(data[: len(data) // 2], "cut.pdf").reason


def test_encrypted_pdf() -> None:
    data = _one_page_pdf(owner_password="owner", user_password="secret")
    assert "encrypted" in _error(data, "locked.pdf").reason


def test_binary_blob_with_pdf_suffix() -> None:
    blob = bytes(range(256)) * 8
    error = _error(blob, "blob.pdf")
    assert isinstance(error, LoadError) and "not a PDF" in error.reason


def test_html_with_no_body() -> None:
    page = b"<!DOCTYPE html><html><head><title>Cabinet</title><style>p{}</style></head></html>"
    assert isinstance(_error(page, "nobody.html"), LoadError)


def test_html_whose_body_is_only_chrome() -> None:
    page = b"<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>"
    assert isinstance(_error(page, "chrome.html"), LoadError)


def test_docx_that_is_a_renamed_zip_of_something_else() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes/readme.txt", "not a word document")
    error = _error(buffer.getvalue(), "minutes.docx")
    assert isinstance(error, LoadError) and "not a DOCX" in error.reason


def test_docx_with_broken_document_xml() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(paper.docx_bytes())) as source, zipfile.ZipFile(buffer, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            out.writestr(item, data[:200] if item.filename == "word/document.xml" else data)
    assert isinstance(_error(buffer.getvalue(), "broken.docx"), LoadError)


def test_legacy_word_file_is_named_not_read() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
    error = _error(ole, "old.doc")
    assert isinstance(error, UnsupportedFormat) and "legacy" in error.reason


def test_image_is_named_not_read() -> None:
    assert "PNG" in _error(b"\x89PNG\r\n\x1a\n" + bytes(100), "scan.txt").reason


def test_zip_archive_points_to_batch() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "Minutes")
    assert isinstance(_error(buffer.getvalue(), "papers.zip"), UnsupportedFormat)


def test_pdf_of_an_image_only_reports_p701() -> None:
    from fpdf import FPDF
    from PIL import Image

    image = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(image, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(image.getvalue()), x=10, y=10, w=100)
    doc = load(bytes(pdf.output()), "scan.pdf", Settings())
    assert [p.code for p in doc.problems] == ["P701"]
    assert doc.text == ""


def test_pdf_with_one_scanned_page_among_text_pages() -> None:
    from fpdf import FPDF
    from PIL import Image

    image = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(image, format="PNG")
    pdf = FPDF()
    pdf.set_font("Helvetica", "", 11)
    pdf.add_page()
    pdf.cell(0, 10, "RESOLVED: That the report be noted.")
    pdf.add_page()
    pdf.image(io.BytesIO(image.getvalue()), x=10, y=10, w=100)
    doc = load(bytes(pdf.output()), "mixed.pdf", Settings())
    assert [p.code for p in doc.problems] == ["P701"]
    assert "page 2" in doc.problems[0].message
    assert doc.text == "RESOLVED: That the report be noted."
