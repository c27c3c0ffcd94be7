"""PDF: pypdfium2 (Apache/BSD, ~9 MB wheel), page by page into blocks that know their page.

Lines come from pdfium's text rectangles (see _pdflines), running headers, footers,
page numbers and blank-page notices are dropped and line-end hyphens mended (see
_pdfclean), then each page is re-flowed into blocks; a paragraph that runs over a page
break is joined into one block that starts on the earlier page. A page with no text
but with images is reported as P701 (scanned?), never silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from ..errors import LoadError, MissingDependency
from ..settings import Settings
from ._pdfclean import drop_furniture, join_hyphens
from ._pdfforms import field_lines, has_form, with_fields
from ._pdflines import CELL_SEPARATOR, Line, group_lines, page_runs, with_gaps
from ._textbuild import Loaded, TextBuilder
from .reflow import LABEL, LIST_ITEM, OPEN_END, SENTENCE_END, is_heading, reflow

# The trailer a complete PDF ends with; its absence means the file was cut short.
EOF_MARKER = b"%%EOF"
# "Failed to load document (PDFium: Incorrect password error)."
PASSWORD_ERROR = re.compile(r"password", re.I)
# A value cut after a comma or a joining word: what follows a gap still belongs to it.
OPEN_VALUE = re.compile(rf",$|{OPEN_END.pattern}", re.I)
# The label of a label/value row ("PRESENT", "Apologies for absence") is this short.
LABEL_WORDS = 4


def _open(data: bytes, name: str) -> Any:
    """Open the PDF with pdfium, turning its failures into one-line LoadErrors."""
    try:
        import pypdfium2 as pdfium
    except ImportError as exc:  # pragma: no cover - pypdfium2 is a dependency
        raise MissingDependency(name, "pypdfium2", "pdf") from exc
    if EOF_MARKER not in data[-2048:]:
        raise LoadError(name, "PDF is truncated (no %%EOF end marker)")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if PASSWORD_ERROR.search(str(exc)):
            raise LoadError(name, "PDF is encrypted and needs a password") from exc
        raise LoadError(name, "PDF is corrupt and cannot be read") from exc
    if len(pdf) == 0:
        pdf.close()
        raise LoadError(name, "PDF has no pages")
    if has_form(data):
        try:
            pdf.init_forms()  # before any page is loaded, or the form is not read
        except pdfium.PdfiumError:  # a damaged form: its fields are lost, not the PDF
            pass
    return pdf


def _read_pages(pdf: Any) -> tuple[list[list[Line]], list[int], list[int]]:
    """Each page's lines, the pages with images but no text, and pages pdfium cannot load."""
    import pypdfium2 as pdfium

    pages: list[Any] = []
    scanned: list[int] = []
    damaged: list[int] = []
    for index in range(len(pdf)):
        try:
            lines = _page_lines(pdf, index)
            if not lines and _has_images(pdf, index):  # loads the page again: it may fail then too
                scanned.append(index + 1)
        except pdfium.PdfiumError:  # "Failed to load page": that page is lost, not the PDF
            damaged.append(index + 1)
            pages.append([])
            continue
        pages.append(lines)
    return pages, scanned, damaged


def _has_images(pdf: Any, index: int) -> bool:
    """Does page `index` hold an image (a page with no text but images is a scan)?"""
    import pypdfium2.raw as raw

    page = pdf[index]
    try:
        return any(True for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,)))
    finally:
        page.close()


def _page_lines(pdf: Any, index: int) -> list[Line]:
    """One page's lines. Without a form, through pdfium's own handles, closed here: pypdfium2's
    page and text page objects each attach a finalizer and join a tracker (~50 us a page)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    if pdf.formenv is not None:  # the form's pages go through pypdfium2 (it tells the form of each)
        page = pdf[index]
        textpage = page.get_textpage()
        lines = with_fields(group_lines(page_runs(textpage)), field_lines(pdf, page))
        textpage.close()
        page.close()
        return lines
    page_handle = raw.FPDF_LoadPage(pdf.raw, index)
    if not page_handle:
        raise pdfium.PdfiumError("Failed to load page.")
    try:
        text_handle = raw.FPDFText_LoadPage(page_handle)
        if not text_handle:
            raise pdfium.PdfiumError("Failed to load text page.")
        try:
            return group_lines(page_runs(_text_page_class()(text_handle)))
        finally:
            raw.FPDFText_ClosePage(text_handle)
    finally:
        raw.FPDF_ClosePage(page_handle)


@lru_cache(maxsize=1)
def _text_page_class() -> Any:
    """pypdfium2's text page, its methods over a handle `_page_lines` closes itself (no finalizer,
    no tracking: `page_runs` asks for its text, character places and bounded text only)."""
    import pypdfium2 as pdfium

    class HandleTextPage(pdfium.PdfTextPage):  # type: ignore[misc]
        def __init__(self, handle: Any) -> None:  # not PdfTextPage's: nothing to attach or track
            self.raw, self.page = handle, None

    return HandleTextPage


def load_pdf(data: bytes, name: str, settings: Settings) -> Loaded:
    """Read a PDF into blocks, one page at a time; every block knows its page."""
    pdf = _open(data, name)
    try:
        pages, scanned, damaged = _read_pages(pdf)
    finally:
        pdf.close()
    pages = drop_furniture(pages)
    builder = TextBuilder(settings.repair_mojibake)
    for text, kind, page in _page_blocks([with_gaps(p) for p in pages]):
        builder.add(text, kind, page=page, locator=f"page {page}")
    loaded = builder.build("pdf", pages=len(pages))
    problems: list[tuple[str, dict[str, object]]] = [("P701", {"page": n}) for n in scanned]
    problems += [("P702", {"page": n}) for n in damaged]
    if damaged and len(damaged) == len(pages):
        raise LoadError(name, "PDF is damaged: no page can be read")
    if not loaded.text and not scanned and not damaged:
        problems.append(("P703", {}))
    if problems:
        loaded.hints.setdefault("problems", []).extend(problems)
    return loaded


def _page_blocks(pages: list[list[str]]) -> Iterator[tuple[str, str, int]]:
    """Re-flow each page into blocks, joining a paragraph split by a page break."""
    mended = join_hyphens([line for page in pages for line in page])  # as many lines, in order
    pending: tuple[str, str, int] | None = None
    end = 0
    for n, page in enumerate(pages, 1):
        start, end = end, end + len(page)
        if start == end:
            continue  # a page without lines has no blocks
        for i, (text, kind) in enumerate(_flow(mended[start:end])):
            if i == 0 and pending and _continues(pending, text, kind):
                pending = (pending[0] + " " + text, pending[1], pending[2])
                continue
            if pending:
                yield pending
            pending = (text, kind, n)
    if pending:
        yield pending


def _flow(lines: list[str]) -> Iterator[tuple[str, str]]:
    """Re-flow a page's lines; a table row (cells apart) is a block of its own, and
    the lines that carry on a label/value row's value ("PRESENT | Cllr A, Cllr B,"
    + "Cllr C and Cllr D") stay in that row."""
    run: list[str] = []
    row: str | None = None
    for line in lines + [CELL_SEPARATOR]:
        if CELL_SEPARATOR not in line:
            if row is not None and not line.strip() and OPEN_VALUE.search(row):
                continue  # "Cllr B," + gap + "Cllr C": the list goes on
            if row is not None and line.strip() and _value_goes_on(row) and not _starts_block(line.strip()):
                row = f"{row} {line.strip()}"
                continue
            if row is not None:
                yield row, "table_row"
                row = None
            run.append(line)
            continue
        if any(run):  # lines that are all empty (no lines, or gaps only) re-flow into no block
            yield from reflow("\n".join(run))
        run = []
        if row is not None:
            yield row, "table_row"
        row = line if line != CELL_SEPARATOR else None


def _starts_block(line: str) -> bool:
    return bool(LIST_ITEM.match(line) or LABEL.match(line) or is_heading(line))


def _value_goes_on(row: str) -> bool:
    """Is `row` a label/value pair whose value is cut mid-list or mid-sentence?"""
    cells = row.split(CELL_SEPARATOR)
    label, value = cells[0].strip(), cells[-1].strip()
    return (len(cells) == 2 and 0 < len(label.split()) <= LABEL_WORDS and not SENTENCE_END.search(value)
            or len(cells) == 2 and value.endswith(","))


def _continues(pending: tuple[str, str, int], nxt: str, kind: str) -> bool:
    """Does block `nxt`, first on its page, carry on the last block of the page before?"""
    prev, prev_kind, _ = pending
    if prev_kind not in ("paragraph", "list_item") or kind != "paragraph" or is_heading(nxt):
        return False
    return nxt[:1].islower() or not SENTENCE_END.search(prev.rstrip())
