"""Every real document in ../shared/corpus loads and parses; skipped when it is absent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes_cli import parse_path
from minutes_cli.api import read_document

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
FILES = sorted(p for p in CORPUS.glob("*") if p.is_file() and p.suffix in (".pdf", ".html", ".md", ".txt")) \
    if CORPUS.is_dir() else []

pytestmark = [pytest.mark.shared, pytest.mark.skipif(not FILES, reason="../shared/corpus is absent")]


@pytest.mark.slow
@pytest.mark.parametrize("path", [p for p in FILES if p.suffix in (".pdf", ".html", ".md")], ids=lambda p: p.name)
def test_corpus_document_parses(path: Path) -> None:
    record = parse_path(path)
    assert record["source"]["format"] in ("pdf", "html", "markdown")
    assert record["document"]["kind"]


@pytest.mark.parametrize("path", [p for p in FILES if p.suffix == ".pdf"], ids=lambda p: p.name)
def test_pdf_pages_known_and_no_page_numbers_left(path: Path) -> None:
    doc = read_document(path)
    assert doc.source.pages and all(b.page for b in doc.blocks)
    assert not [b for b in doc.blocks if re.fullmatch(r"\d{1,3}", b.span.text(doc).strip())]
    assert "\x02" not in doc.text and "\ufffe" not in doc.text
