"""The PDF loader's fast paths give what the plain code they replace gives.

Each shortcut (a line scan that skips lines which cannot change, a search started at
the hyphen mark's line, words lowered in one go, ...) is compared here with the slow
code it replaced, kept in this file as the reference, on cases written to hit its edges.
"""

from __future__ import annotations

import math
import re
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from minutes_cli.loaders import _pdfclean
from minutes_cli.loaders._pdfclean import (
    HYPHENATED,
    NUMBER_HYPHEN,
    SOFT_HYPHEN,
    UNMARK,
    Words,
    _is_compound,
    _unhyphenated,
    join_hyphens,
)
from minutes_cli.loaders._pdflines import Line
from minutes_cli.loaders.reflow import reflow


def _slow_vocabulary(text: str) -> set[str]:
    return {w.lower() for w in _pdfclean._WORD.findall(text)}


def _slow_join_hyphens(lines: list[str]) -> list[str]:
    """join_hyphens as it was: every line looked at, the whole text searched."""
    vocab: set[str] | None = None
    out = list(lines)
    for i in range(len(out) - 1):
        line = out[i].rstrip()
        nxt = out[i + 1].lstrip()
        if line.endswith(SOFT_HYPHEN):
            if vocab is None:
                vocab = _slow_vocabulary(HYPHENATED.sub(" ", "\n".join(lines)))
            head_word = re.search(r"(\S*)$", line[:-1]).group(1)  # type: ignore[union-attr]
            tail_word = re.match(r"(\S*)", nxt).group(1)  # type: ignore[union-attr]
            joiner = "-" if _is_compound(head_word, tail_word, vocab or set()) else ""
        elif NUMBER_HYPHEN.search(line) and nxt[:1].isdigit():
            tail_word, joiner = re.match(r"(\S*)", nxt).group(1), "-"  # type: ignore[union-attr]
        else:
            continue
        out[i] = line[:-1] + joiner + tail_word
        out[i + 1] = nxt[len(tail_word):].lstrip()
    if not any(mark in line for line in out for mark in SOFT_HYPHEN):
        return out
    return [line.translate(UNMARK) for line in out]


HYPHEN_CASES: list[list[str]] = [
    ["The contract was impor\x02", "tant for residents."],
    ["impor\ufffe  ", "   tant and impor\u00ad", "tant again", "important"],
    ["a word broken twice: con\x02", "tin\x02", "ued here"],  # the mended line is broken too
    ["one\x02", "two\x02", "three\x02", "four"],  # a chain of one-word lines
    ["just\x02", "", "after a blank"],  # the next line is empty
    ["Anglo\x02", "French relations", "well\x02", "being and well-being"],  # compounds
    ["the 2024-", "25 revenue budget", "a dash - ", "not a number-", "word"],
    ["year 2024-  ", "  25", "x 7-", "8-", "9 done"],  # number ranges in a chain
    ["a mark\x02 mid-line stays marked", "no change"],
    ["ends with a mark\x02"],  # the last line: nothing after it
    ["", "\x02", "\x02", "tail"],  # a line that is only a mark
    ["tab and nbsp after\x02\t\u00a0", "\u2003next"],  # white space str.strip() knows
    ["line with\na newline in it\x02", "broken"],  # a newline inside a line
    ["\u212a-elvin sign\x02", "ing", "kelvin-sign"],  # non-ASCII letters near the words
    ["no marks at all", "nothing to mend -", "- here"],
    [],
    ["only one line\x02"],
]


def test_join_hyphens_as_the_plain_loop_on_written_cases() -> None:
    for lines in HYPHEN_CASES:
        assert join_hyphens(lines) == _slow_join_hyphens(lines), lines


PIECES = ["impor", "tant", "well", "being", "2024", "-", "25", " ", "  ", "\n", "\n\n", "\t", "\u00a0",
          "\x02", "\ufffe", "\u00ad", "Anglo", "French", "x", "K", "\u212a", "é"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=6).map("".join), max_size=8))
def test_join_hyphens_as_the_plain_loop_on_generated_lines(lines: list[str]) -> None:
    assert join_hyphens(lines) == _slow_join_hyphens(lines)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_unhyphenated_is_the_whole_text_substitution(text: str) -> None:
    assert _unhyphenated(text) == HYPHENATED.sub(" ", text)


def test_unhyphenated_on_written_cases() -> None:
    for text in ["", "no mark", "\x02", "a\x02\n\nb c", "a\x02b\x02 c d\x02", "x \x02\x02\n\x02y z",
                 "line one\nword\x02\n  next word\x02\nlast\x02", "é\ufffe\u00a0\u00adK"]:
        assert _unhyphenated(text) == HYPHENATED.sub(" ", text), text


WORD_PIECES = ["ab", "AB", "well", "Well", "being", "-", "--", " ", "\n", "x", "K", "\u212a", "é", "1", "\x02"]
QUERIES = ["ab", "well", "being", "well-being", "ab-ab", "x", "k", "abab", "-ab", "ab-", "a--b", "Ab", "", "é", "1"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=12).map("".join), st.sampled_from(QUERIES))
def test_words_holds_what_findall_finds(text: str, query: str) -> None:
    assert (query in Words(text)) == (query in _slow_vocabulary(text))


def test_words_on_written_cases() -> None:
    cases = [("Impor TANT well-Being", ["impor", "tant", "well-being", "well", "being"]),
             ("Kelvin \u212a k İstanbul straße", ["k", "kelvin", "stanbul", "stra", "e"]),
             ("a--b -c d- 12ab ab-cd-ef", ["a", "b", "c", "d", "ab", "cd", "ab-cd-ef", "cd-ef"]), ("", ["a"])]
    for text, queries in cases:
        for query in queries:
            assert (query in Words(text)) == (query in _slow_vocabulary(text)), (text, query)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=12).map("".join),
       st.lists(st.sampled_from(QUERIES), max_size=6), st.integers(0, 4))
def test_words_past_its_budget_lists_every_word(text: str, queries: list[str], budget: int) -> None:
    words = Words(text)
    words.BUDGET = words._left = budget  # few searches: the word list takes over mid-way
    assert [q in words for q in queries] == [q in _slow_vocabulary(text) for q in queries]


def test_many_broken_words_in_a_long_paper_stay_quick() -> None:
    lines = ["the information and the action on the mention of a nation and the\x02", "tion"] * 3000
    start = time.process_time()
    mended = join_hyphens(lines)
    assert time.process_time() - start < 3  # the word list takes over: not a search per half (~0.1 s)
    assert mended == _slow_join_hyphens(lines)


def _slow_edges(page: list[Line]) -> set[int]:
    order = sorted(range(len(page)), key=lambda i: -page[i].top)
    return set(order[:_pdfclean.EDGE_LINES]) | set(order[-_pdfclean.EDGE_LINES:])


def _slow_drop_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """drop_furniture as it was: edges, keys and the top edge found again at each use."""
    key, seen = _pdfclean._key, {}  # type: dict[str, list[tuple[int, float]]]
    for index, page in enumerate(pages):
        for i in _slow_edges(page):
            seen.setdefault(key(page[i].text), []).append((index, page[i].top))
    need = max(2, math.ceil(0.5 * len(pages)))
    offset = _pdfclean._page_number_offset(pages, [_slow_edges(page) for page in pages])
    kept, first_copies = [], set()  # type: list[list[Line]], set[str]
    for index, page in enumerate(pages):
        edges, keep = _slow_edges(page), []
        for i, line in enumerate(page):
            text = line.text.strip()
            if _pdfclean.BLANK_NOTICE.match(text):
                continue
            if i in edges and (_pdfclean.PAGE_LABEL.match(text) or offset is not None
                               and _pdfclean.BARE_NUMBER.match(text) and int(text) - index == offset):
                continue
            if i in edges and _pdfclean._recurs(seen, key(line.text), line.top, need):
                header = line.top >= _pdfclean._top_edge(page)
                if not _pdfclean._worth_a_copy(text, key(text), first_copies, header=header):
                    continue
                first_copies.add(key(text))
            keep.append(line)
        kept.append(keep)
    return kept


LINE_TEXTS = ["Exampleton Council - Cabinet - 12 March 2024", "Page 3 of 9", " 3 ", "4", "17", "- 5 -",
              "This page is intentionally left blank", "MINUTES", "Minutes of the meeting", "Item 4 Budget",
              "RESOLVED: That the report be noted.", "", "  ", "Cabinet  12 March 2024", "2 / 9"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.tuples(st.sampled_from(LINE_TEXTS), st.sampled_from([800.0, 790.5, 788.0, 500.0,
                                                                                  300.0, 40.0, 38.5, 20.0])),
                         max_size=9), max_size=5))
def test_drop_furniture_as_the_plain_loops(pages: list[list[tuple[str, float]]]) -> None:
    lines = [[Line(text, top, top - 10) for text, top in page] for page in pages]
    assert _pdfclean.drop_furniture(lines) == _slow_drop_furniture(lines)


def test_edges_keep_the_stable_order_of_equal_tops() -> None:
    page = [Line(str(n), top, top - 10) for n, top in enumerate([500.0, 500.0, 800.0, 500.0, 500.0, 20.0, 500.0])]
    assert _pdfclean._edges(page) == _slow_edges(page) == {0, 1, 2, 4, 5, 6}


def test_empty_lines_reflow_into_no_block() -> None:
    """_flow skips re-flowing a run of empty lines: reflow makes nothing of them."""
    for lines in ([], [""], ["", ""], ["", "", ""]):
        assert not any(lines) and list(reflow("\n".join(lines))) == []


def _object_lines(data: bytes) -> list[list[Line]]:
    """Each page's lines read through pypdfium2's page and text page objects (the reference the
    loader's own handles replace)."""
    import pypdfium2 as pdfium

    from minutes_cli.loaders._pdflines import group_lines, page_runs

    pdf = pdfium.PdfDocument(data)
    out = []
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        out.append(group_lines(page_runs(textpage)))
        textpage.close()
        page.close()
    pdf.close()
    return out


def _written_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", "", 11)
    pdf.add_page()
    for y, left, right in ((20, "PRESENT", "Cllr A. Roe (Chair), Cllr B. Poe"), (28, "Apologies", "Cllr C. Lee")):
        pdf.text(15, y, left)
        pdf.text(80, y, right)  # a wide gap: two cells of a row
    pdf.set_xy(15, 40)
    pdf.multi_cell(170, 6, "RESOLVED: That the report on the repair of the village hall roof be noted, "
                   "and that the clerk write to the contractor about the second quotation. " * 3)
    pdf.add_page()  # a page without text
    pdf.add_page()
    pdf.text(15, 20, "12. Date of next meeting: 4 March 2025")
    return bytes(pdf.output())


def test_pages_read_through_handles_are_those_read_through_objects() -> None:
    """`_page_lines` reads a page through pdfium's handles (no pypdfium2 objects): the same lines."""
    import pypdfium2 as pdfium

    from minutes_cli.loaders import pdf as pdf_loader

    data = _written_pdf()
    document = pdfium.PdfDocument(data)
    try:
        pages, scanned, damaged = pdf_loader._read_pages(document)
    finally:
        document.close()
    assert (scanned, damaged) == ([], [])
    assert pages == _object_lines(data)
    assert [len(p) for p in pages][1] == 0 and any(" | " in line.text for line in pages[0])


def test_corpus_pages_read_through_handles_are_those_read_through_objects() -> None:
    """The same on the real corpus PDFs (skipped when ../shared is absent)."""
    import pypdfium2 as pdfium
    import pytest

    from minutes_cli.loaders import pdf as pdf_loader

    corpus = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
    files = sorted(corpus.glob("*.pdf"))
    if not files:
        pytest.skip("../shared/corpus is absent")
    for path in files:
        data = path.read_bytes()
        document = pdfium.PdfDocument(data)
        try:
            pages = pdf_loader._read_pages(document)[0]
        finally:
            document.close()
        assert pages == _object_lines(data), path.name
