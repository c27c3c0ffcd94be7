from __future__ import annotations

import pytest
from support import make_doc

from minutes_cli.document import Span


def test_span_text_and_containment() -> None:
    doc = make_doc("Decision details\n\nRESOLVED: That the report be noted.")
    span = Span(0, 8)
    assert span.text(doc) == "Decision"
    assert Span(0, 20).contains(Span(2, 5))
    assert not Span(2, 5).contains(Span(0, 20))


@pytest.mark.parametrize("start,end", [(-1, 2), (5, 4)])
def test_span_rejects_bad_offsets(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        Span(start, end)


def test_block_lookup_and_pages() -> None:
    doc = make_doc("Page one heading\n\nFirst paragraph.\fSecond page paragraph.")
    assert [b.page for b in doc.blocks] == [1, 1, 2]
    second = doc.text.index("Second")
    block = doc.block_at(second)
    assert block is not None and block.span.text(doc) == "Second page paragraph."
    assert doc.page_of(Span(second, second + 6)) == 2
    assert doc.source.pages == 2


def test_blocks_partition_the_text_one_line_each() -> None:
    doc = make_doc("A heading\n\nA paragraph that\nwraps over lines.\n\n(1) an item;\n(2) another.")
    assert doc.text.split("\n") == [b.span.text(doc) for b in doc.blocks]
    assert "A paragraph that wraps over lines." in doc.text.split("\n")
