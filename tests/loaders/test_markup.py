"""Markdown, HTML and DOCX details: front matter, markup, chrome, numbering."""

from __future__ import annotations

import io

from minutes_cli import parse_bytes
from minutes_cli.loaders import load
from minutes_cli.settings import Settings

from . import paper

POST = """---
title: "Minutes of the Parish Council Meeting"
date: "2001-02-01"
categories:
  - "parish-councils"
---

[Original file](https://example.org/minutes.pdf)

Held on the 16th January at 7.30pm

**Proposed by:** Councillor Mary Brown

1\\. Gravel at the *village hall* still not removed.

2\\. Village sign. Quotes to be obtained.

<table><tr><td>Payee</td><td>Amount</td></tr><tr><td>J. Bloggs</td><td>&pound;107.03</td></tr></table>

| Item | Cost |
|------|------|
| Sign | £50 |
"""


def _lines(data: bytes, name: str) -> list[tuple[str, str]]:
    doc = load(data, name, Settings())
    return [(b.kind, b.span.text(doc)) for b in doc.blocks]


def test_markdown_front_matter_gives_title_and_date() -> None:
    doc = load(POST.encode(), "post.md", Settings())
    assert doc.hints["date"] == "2001-02-01"
    assert doc.blocks[0].kind == "heading"
    assert doc.front_matter.title == "Minutes of the Parish Council Meeting"
    assert doc.front_matter.date == "2001-02-01"
    assert doc.front_matter.categories == ("parish-councils",)
    # a line that is only a link keeps the link's text (issue 10), never its address
    assert doc.text.startswith("Minutes of the Parish Council Meeting\nOriginal file\nHeld on the 16th January")


def test_markdown_markup_is_stripped() -> None:
    lines = _lines(POST.encode(), "post.md")
    texts = [t for _, t in lines]
    assert "Original file" in texts and "https://" not in " ".join(texts)
    assert "Proposed by: Councillor Mary Brown" in texts
    assert ("list_item", "1. Gravel at the village hall still not removed.") in lines
    assert ("table_row", "Payee | Amount") in lines
    assert ("table_row", "J. Bloggs | £107.03") in lines
    assert ("table_row", "Sign | £50") in lines
    assert not any("|---" in t or "**" in t for t in texts)


def test_markdown_date_resolves_a_yearless_date() -> None:
    record = parse_bytes(POST.encode(), "post.md")
    assert "2001-01-16" in [d["value"] for d in record["dates"]]


def test_html_keeps_structure_and_drops_chrome() -> None:
    lines = _lines(paper.html_page().encode(), "page.html")
    texts = [t for _, t in lines]
    joined = "\n".join(texts)
    for chrome in ("cookies", "Skip to", "Home", "PDF 58 KB", "Media", "Copyright", "var menu", "color"):
        assert chrome not in joined
    assert ("heading", "2. MINUTES") in lines
    assert ("table_row", "Housing | 4,200 | 4,350") in lines
    assert "RESOLVED: That the forecast overspend of £190,000 be noted." in texts
    assert sum("13 February 2024 be approved" in t for t in texts) == 1  # duplicate cell dropped


def test_html_ordered_lists_keep_their_numbers() -> None:
    page = (b"<html><body><p>RESOLVED: That</p><ol type='a'><li>the report be noted;</li>"
            b"<li>the plan be approved.</li></ol><ol start='3'><li>Third</li></ol>"
            b"<ul><li>Bullet</li></ul></body></html>")
    assert _lines(page, "r.html")[1:] == [
        ("list_item", "a. the report be noted;"), ("list_item", "b. the plan be approved."),
        ("list_item", "3. Third"), ("list_item", "• Bullet")]


def test_html_charset_is_honoured() -> None:
    page = "<html><head><meta charset='windows-1252'></head><body><p>Council’s £5</p></body></html>"
    assert load(page.encode("cp1252"), "c.html", Settings()).text.endswith("Council’s £5")


def test_docx_numbering_levels_and_no_header() -> None:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "RUNNING HEADER"
    document.add_paragraph("RESOLVED: That")
    num_id = paper._bracketed_list(document)
    for level, text in ((0, "the report be noted;"), (1, "first part;"), (1, "second part;"),
                        (0, "the plan be approved.")):
        paper._number(document.add_paragraph(text), num_id, level)
    buffer = io.BytesIO()
    document.save(buffer)
    doc = load(buffer.getvalue(), "r.docx", Settings())
    assert doc.text.split("\n") == ["RESOLVED: That", "(1) the report be noted;", "(a) first part;",
                                    "(b) second part;", "(2) the plan be approved."]
