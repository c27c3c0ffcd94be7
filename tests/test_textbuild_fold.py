"""`fold`'s fast path (white space folded first, printable result returned) against its definition."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from minutes_cli.loaders._textbuild import _CONTROLS, fold


def definition(text: str) -> str:
    return " ".join(_CONTROLS.sub("", text).split())


CONTROLS = [chr(cp) for cp in range(sys.maxunicode + 1) if _CONTROLS.match(chr(cp))]
SPACES = [chr(cp) for cp in range(sys.maxunicode + 1) if chr(cp).isspace()]


def test_no_control_is_white_space_or_printable() -> None:
    assert len(CONTROLS) == 30  # \x00-\x08, \x0e-\x1b, \x7f, \u200b-\u200d, \u2060, \ufeff, \ufffe
    assert not any(c.isspace() or c.isprintable() for c in CONTROLS)


def test_the_only_printable_white_space_is_the_space() -> None:
    assert [c for c in SPACES if c.isprintable()] == [" "]


def test_every_control_and_space_folds_as_defined() -> None:
    for char in CONTROLS + SPACES + ["\xad", "\u00a0", "\U000e0001", "\ud800"]:
        for text in (char, f"a{char}b", f" {char} a ", f"a {char}", f"{char}{char}x{char}", f"a  b{char}"):
            assert fold(text) == definition(text), repr(text)
    assert fold("a\u200bb\x00 c\ufeff") == "ab c" and fold("x\u2028\u00a0 y") == "x y"
    for text in ("", " ", "a", "a b", " a", "a ", "a  b", "caf\u00e9 \u2019s", "  "):  # printable ones
        assert fold(text) == definition(text), repr(text)


ALPHABET = st.sampled_from(["a", "Z", " ", "\t", "\n", "\xa0", "é", "\u2019", *CONTROLS[::5], "\u200b", "\x1c",
                            "\x85", "\u3000", "\xad", "\U0001f600"])


@given(st.lists(ALPHABET, max_size=24).map("".join))
@settings(max_examples=500, deadline=None)
def test_fold_is_its_definition(text: str) -> None:
    assert fold(text) == definition(text)


def test_spans_and_blocks_built_by_their_slots_equal_the_dataclasses() -> None:
    import dataclasses
    import pickle

    from minutes_cli.document import Block, Span
    from minutes_cli.loaders._textbuild import TextBuilder, _block, _span
    assert [f.name for f in dataclasses.fields(Span)] == ["start", "end"]
    assert [f.name for f in dataclasses.fields(Block)] == ["span", "kind", "page", "locator"]
    assert _span(0, 0) == Span(0, 0) and _span(3, 9) == Span(3, 9) and hash(_span(3, 9)) == hash(Span(3, 9))
    built = _block(_span(2, 5), "heading", 4, "page 4")
    assert built == Block(Span(2, 5), "heading", 4, "page 4") and repr(built) == repr(Block(Span(2, 5), "heading", 4, "page 4"))
    assert pickle.loads(pickle.dumps(built)) == built
    builder = TextBuilder()
    builder.add("One  block", "heading", page=1, locator="a")
    builder.add("   ")
    builder.add("two", locator="b")
    loaded = builder.build("txt")
    assert loaded.text == "One block\ntwo"
    assert loaded.blocks == [Block(Span(0, 9), "heading", 1, "a"), Block(Span(10, 13), "paragraph", None, "b")]


def test_add_folded_is_add_of_each_block() -> None:
    from minutes_cli.loaders._textbuild import TextBuilder

    cases = [
        [("One block", "heading", "b1"), ("", "paragraph", "b2"), ("two", "table_row", "b3")],
        [("Council=s decision", "paragraph", "b1"), ("plain", "paragraph", "b2")],  # an old-Word apostrophe
        [("Councilâ€™s view", "paragraph", "b1"), ("", "paragraph", "b2"), ("x", "list_item", "b3")],
        [("a = b", "paragraph", "b1")],
        [],
    ]
    for fix in (True, False):
        for blocks in cases:
            one, many = TextBuilder(fix), TextBuilder(fix)
            for builder in (one, many):
                builder.add("Title", "heading", locator="title")
            for text, kind, locator in blocks:
                one.add(text, kind, locator=locator, folded=True)
            many.add_folded(blocks)
            expected, got = one.build("html"), many.build("html")
            assert (got.text, got.blocks, got.hints) == (expected.text, expected.blocks, expected.hints)
    fixed = TextBuilder(True)
    fixed.add_folded(cases[2])
    assert fixed.build("html").hints["problems"] == [("T101", {"what": "mojibake", "n": 1})]
