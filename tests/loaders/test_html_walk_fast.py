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


def test_has_odd_is_the_pattern_on_every_code_point() -> None:
    import sys

    from minutes_cli.loaders._htmlrows import ODD, _has_odd
    for code in range(sys.maxunicode + 1):
        text = f"Room 4\t{chr(code)}x\n"
        assert _has_odd(text) == (ODD.search(text) is not None), hex(code)
    assert not _has_odd("caf\xe9\tRoom 4\t\n") and _has_odd("a\xa0b") and _has_odd("\u2003") and not _has_odd("\u2019")
