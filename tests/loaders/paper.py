"""One fixture paper, written for these tests, and builders that render it as plain
text, PDF, DOCX and HTML. Each format must parse to the same decisions, speakers and
dates as the plain text.

A block is (kind, text). In paragraph text "|" marks where the PDF breaks a word with
a hyphen at a line end ("impor|tant"); the other formats drop the mark.
"""

from __future__ import annotations

import io
import textwrap
from typing import Any

HEADER = "Exampleton Borough Council - Cabinet - 12 March 2024"
TABLE_HEAD = ("Service", "Budget", "Forecast")
TABLE_ROWS = (("Housing", "4,200", "4,350"), ("Leisure", "1,100", "1,020"),
              ("Parks", "800", "810"), ("Waste", "3,900", "4,010"))

BLOCKS: list[tuple[str, str]] = [
    ("heading", "EXAMPLETON BOROUGH COUNCIL"),
    ("paragraph", "Minutes of the meeting of the Cabinet held on Tuesday, 12 March 2024 at 7.00 pm."),
    ("paragraph", "Present: Councillor Ann Smith (Chair), Councillor Ben Jones and Councillor Carol White."),
    ("heading", "1. APOLOGIES FOR ABSENCE"),
    ("paragraph", "Apologies were received from Councillor Dan Green."),
    ("heading", "2. MINUTES"),
    ("paragraph", "RESOLVED: That the minutes of the meeting held on 13 February 2024 be approved as a "
                  "correct record."),
    ("heading", "3. LEISURE CENTRE CONTRACT"),
    ("paragraph", "Councillor Ben Jones introduced the report on the new leisure centre contract. He said "
                  "that the contract was impor|tant for residents across the borough and that the tender "
                  "had attracted five bids from operators with experience of running similar centres in "
                  "neighbouring districts, which the officers had scored against the published criteria."),
    ("paragraph", "Councillor Carol White asked whether the new contract would start on 1 April 2024 and "
                  "whether the opening hours of the swimming pool would be kept during the school holidays."),
    ("paragraph", "RESOLVED: That"),
    ("list_item", "(1) the contract be awarded to Example Leisure Limited for a term of ten years; and"),
    ("list_item", "(2) the Director of Finance be authorised to sign the contract by 30 April 2024."),
    ("pagebreak", ""),
    ("heading", "BUDGET MONITORING (ITEM 4)"),
    ("paragraph", "The Director of Finance presented the forecast for each service, shown in the table below "
                  "in thousands of pounds."),
    ("table", ""),
    ("paragraph", "RESOLVED: That the forecast overspend of £190,000 be noted."),
]


def plain_text() -> str:
    """The paper as plain text: one block a paragraph, table rows with "|" between cells."""
    out = []
    for kind, text in BLOCKS:
        if kind == "table":
            out.extend(" | ".join(row) for row in (TABLE_HEAD, *TABLE_ROWS))
        elif kind != "pagebreak":
            out.append(text.replace("|", ""))
    return "\n\n".join(out) + "\n"


def _wrap(text: str, width: int) -> list[str]:
    """Wrap at `width`, breaking a "|"-marked word with a hyphen at a line end."""
    lines: list[str] = []
    for piece in textwrap.wrap(text, width):
        if "|" in piece:
            head, tail = piece.split("|", 1)
            lines.append(head + "-")
            lines.extend(textwrap.wrap(tail, width))
        else:
            lines.append(piece)
    return lines


def pdf_bytes(blank_page: bool = True, table_split: int = 2) -> bytes:
    """The paper as a PDF: running header, page numbers, a hyphenated line end, a table
    split over two pages and a page that is "intentionally left blank"."""
    from fpdf import FPDF

    class Paper(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 6, HEADER, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = Paper(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for kind, text in BLOCKS:
        _render(pdf, kind, text, table_split)
        if kind == "pagebreak" and blank_page:
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(0, 6, "This page is intentionally left blank", new_x="LMARGIN", new_y="NEXT")
            pdf.add_page()
    return bytes(pdf.output())


def _render(pdf: Any, kind: str, text: str, table_split: int) -> None:
    if kind == "pagebreak":
        pdf.add_page()
    elif kind == "heading":
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    elif kind == "table":
        pdf.set_font("Helvetica", "", 10)
        for n, row in enumerate((TABLE_HEAD, *TABLE_ROWS)):
            if n == table_split + 1:
                pdf.add_page()
            for x, cell in zip((20, 90, 150), row):
                pdf.set_x(x)
                pdf.cell(40, 6, cell)
            pdf.ln(6)
        pdf.ln(3)
    else:
        pdf.set_font("Helvetica", "", 10)
        indent = 10 if kind == "list_item" else 0
        for line in _wrap(text, 80 if indent else 88):
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)


def docx_bytes() -> bytes:
    """The paper as DOCX: numbered items from Word's own numbering, a running header."""
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = HEADER
    document.sections[0].footer.paragraphs[0].text = "Page 1"
    for kind, text in BLOCKS:
        text = text.replace("|", "")
        if kind == "heading":
            document.add_heading(text, level=2)
        elif kind == "list_item":
            # Word numbers these itself: the "(1)" is not in the text.
            paragraph = document.add_paragraph(text.split(" ", 1)[1])
            _number(paragraph, _bracketed_list(document))
        elif kind == "table":
            table = document.add_table(rows=0, cols=3)
            for row in (TABLE_HEAD, *TABLE_ROWS):
                cells = table.add_row().cells
                for cell, value in zip(cells, row):
                    cell.text = value
        elif kind == "paragraph":
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# A list numbered "(1)", "(2)" at level 0 and "(a)", "(b)" at level 1.
ABSTRACT_NUM = f"""<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
</w:abstractNum>"""
NUM = f"""<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>"""


def _bracketed_list(document: Any) -> str:
    """Add the "(1)" list to the numbering part once; returns its numId."""
    from lxml import etree

    numbering = document.part.numbering_part.element
    if numbering.find(f"{{{W_NS}}}num[@{{{W_NS}}}numId='90']") is None:
        first_num = numbering.find(f"{{{W_NS}}}num")
        first_num.addprevious(etree.fromstring(ABSTRACT_NUM))
        numbering.append(etree.fromstring(NUM))
    return "90"


def _number(paragraph: Any, num_id: str, level: int = 0) -> None:
    """Give a paragraph automatic numbering: list `num_id` at `level`."""
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/>'
                         f'<w:numId w:val="{num_id}"/></w:numPr>'))


def html_page() -> str:
    """The paper as a ModernGov-like page, with menus, breadcrumbs, a cookie banner,
    file-size links, scripts and a duplicated "Decision:" cell around the content."""
    body = []
    for kind, text in BLOCKS:
        text = text.replace("|", "").replace("£", "&pound;")
        if kind == "heading":
            body.append(f"<h2>{text}</h2>")
        elif kind == "list_item":
            body.append(f"<p>{text}</p>")
        elif kind == "table":
            rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
                           for row in (TABLE_HEAD, *TABLE_ROWS))
            body.append(f"<table class='mgTable'>{rows}</table>")
        elif kind == "paragraph":
            body.append(f"<p>{text}</p>")
    duplicate = ("<div class='mgDecision'><p>RESOLVED: That the minutes of the meeting held on "
                 "13 February 2024 be approved as a correct record.</p></div>")
    return HTML_SHELL.format(content="\n".join(body[:7]) + duplicate + "\n".join(body[7:]))


HTML_SHELL = """<!DOCTYPE html>
<html lang="en"><head><title>Agenda for Cabinet on Tuesday, 12th March, 2024</title>
<style>p {{ color: red; }}</style><script>var menu = "Home | Councillors";</script></head>
<body>
<div id="cookieBanner">We use cookies on this site. <a href="#">Accept all cookies</a></div>
<a class="skip-link" href="#main">Skip to main content</a>
<nav class="navbar"><ul><li><a href="/">Home</a></li><li><a href="/c">Councillors</a></li></ul></nav>
<div class="mgBreadCrumbs">Home &gt; Meetings &gt; Cabinet</div>
<div id="modgov">
{content}
<p><a href="/doc.pdf"><img alt="pdf icon"/>PDF 58 KB</a></p>
<p><a href="/webcast">Media</a></p>
</div>
<footer class="site-footer">Copyright Exampleton Borough Council</footer>
</body></html>
"""
