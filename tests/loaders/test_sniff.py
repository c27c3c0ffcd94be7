"""Formats are told by content first, suffix second."""

from __future__ import annotations

import subprocess
import sys

import pytest

from minutes_cli.loaders import load, sniff
from minutes_cli.settings import Settings

from . import paper

HTML = b"<!DOCTYPE html><html><body><h1>Cabinet</h1><p>RESOLVED: That the report be noted.</p></body></html>"


@pytest.mark.parametrize(("data", "name", "fmt"), [
    (HTML, "page.txt", "html"),
    (b"\xef\xbb\xbf  <html><body><p>x</p></body></html>", "page", "html"),
    (b"<div><p>A fragment</p></div>", "fragment.htm", "html"),
    (b"---\ntitle: Minutes\ndate: 2001-02-01\n---\nBody\n", "post", "markdown"),
    (b"# Minutes\n\nBody\n", "notes.md", "markdown"),
    (b"Minutes of the meeting\n", "minutes.txt", "txt"),
    (b"Minutes of the meeting\n", "minutes", "txt"),
    (b"Use <b>bold</b> sparingly.\n", "note.txt", "txt"),
])
def test_text_formats(data: bytes, name: str, fmt: str) -> None:
    assert sniff(data, name) == fmt


def test_pdf_without_suffix() -> None:
    assert sniff(paper.pdf_bytes(), "download") == "pdf"


def test_doc_that_is_really_docx() -> None:
    data = paper.docx_bytes()
    assert sniff(data, "minutes.doc") == "docx"
    assert load(data, "minutes.doc", Settings()).source.format == "docx"


def test_html_in_a_txt_file_loses_its_markup() -> None:
    doc = load(HTML, "page.txt", Settings())
    assert doc.text == "Cabinet\nRESOLVED: That the report be noted."


def test_loading_text_imports_no_format_library() -> None:
    code = ("import sys; from minutes_cli.loaders import load; from minutes_cli.settings import Settings;"
            "load(b'Minutes', 'a.txt', Settings());"
            "print(sorted(m for m in ('pypdfium2', 'lxml', 'docx') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
