"""The walker's shortcuts answer as the tests they skip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from minutes_cli.loaders._htmlwalk import LABEL_ONLY, BlockWalker
from minutes_cli.loaders.html import parse_html


@given(st.from_regex(LABEL_ONLY))
@settings(max_examples=300, deadline=None)
def test_no_label_holds_a_space(label: str) -> None:
    assert " " not in label


def test_labels_still_label_the_block_after_them() -> None:
    root = parse_html("<div><p>4.</p><p>Minutes of the last meeting</p><p>b)</p><h2>Apologies</h2>"
                      "<p>4. Not a label alone</p><p>(iv)</p><p>iv.</p><p>x</p></div>", "p.html")
    assert BlockWalker().walk(root) == [("4. Minutes of the last meeting", "list_item"), ("b) Apologies", "heading"),
                                        ("4. Not a label alone", "paragraph"), ("(iv) iv.", "list_item"),
                                        ("x", "paragraph")]
