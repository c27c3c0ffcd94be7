"""The markdown loader's fast paths give what markdown-it-py itself gives.

inline_text skips the inline parser for text with no markup character, and the block
parser's rules sit behind first-character guards; both must be invisible in the output.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from minutes_cli.loaders._mdinline import _quick_text, _visible, inline_text
from minutes_cli.loaders._mdparser import NEEDED_CHARS, block_parser, block_parser_for, parsers

PLAIN = [
    "Cllr Ann Smith proposed the minutes",
    "line one  \nline two",  # hard break
    "line one \n   line two",  # soft break, one trailing space, indented next line
    "tab before\t \n\tafter a tab",
    "ends with tab\t\nnext",
    "a # not a heading - nor a list: 3 + 4 = 7 {x} ~y~ ^z^ $5 % @home",
    "\n\nleading breaks",
    "",
]

SAMPLES = [
    "# Minutes\n\nPresent: Cllr A\nCllr B\n\n1. Apologies\n2. Minutes\n   continued\n",
    "Setext title\n============\n\nText\n---\n\n* * *\n\n- a\n- b\n\n+ c\n",
    "| Item | Decision |\n|---|---|\n| 1 | Agreed |\n\nnot | a table\n| x |\n",
    "```\ncode\n```\n\n~~~\nmore\n~~~\n\n    indented code\n\n> quoted\n> text\n",
    "[ref]: http://example.org\n\nSee [the site][ref] and <b>bold</b>\n\n<div>\nhtml block\n</div>\n",
    "Para one\n# heading interrupts\nPara two\n- list interrupts\n10) ten\n\n  12. twelve\n",
    "-- not hr\n__\n___\n-x\n:-\n|-\n- \n*\n",
]


def _parsed(md: MarkdownIt, text: str) -> list[Any]:
    return [(t.type, t.tag, t.map, t.content, t.markup, t.info, t.level) for t in md.parse(text, {})]


@pytest.mark.parametrize("content", PLAIN)
def test_text_without_markup_reads_as_the_inline_parser_reads_it(content: str) -> None:
    token = type("Inline", (), {"content": content})()
    md = MarkdownIt("commonmark").enable("table")
    expected = _visible(md.parseInline(content, {})[0].children or [])
    assert inline_text(token) == expected


# Text whose only markup is an emphasis around it all, escapes on one line, "&" that
# starts no entity or "!" that starts no image: read without the parser (_quick_text).
QUICK = [
    "**Adoption of Minutes**", "*x*", "***x***", "**(x)**", "*.*", "**x\ny**", "**x  \n  y**", "**x\t\ny**",
    "** x**", "**x **", "*x**", "**x*", "****x****", "**", "*", "***", "** **", "**x** y", "x **y**", "*x*y*",
    "*\xa0x*", "*x\u3000*", "**x_y**", "**x\\*y**", "**[x](u)**", "**x&amp;y**", "**x & y**", "**x!y**", "*\u2028*",
    "1\\. Gravel", "\\* item", "regional\\_plan", "\\*\\*", "a\\b", "a\\", "\\\\*", "&\\#x", "&\\# ", "x\\\ny",
    "\\_\\_x\\_\\_", "x \\* y \\* z", "a\\. \nb", "\\&amp;", "\\<b>",
    "Mr. & Mrs. Brown", "&amp;", "&#35;", "&#x;", "& ", "&", "Way to Go!", "![img](x)", "!", "x!\n y", "a&b", "a&1",
    "AT&T", "x  \ny & z", "! [x]",
]


def _parsed_inline(content: str) -> str:
    md = MarkdownIt("commonmark").enable("table")
    return _visible(md.parseInline(content, {})[0].children or [])


@pytest.mark.parametrize("content", QUICK)
def test_quick_text_reads_as_the_inline_parser_reads_it(content: str) -> None:
    token = type("Inline", (), {"content": content})()
    assert inline_text(token) == _parsed_inline(content)


def test_quick_text_is_taken_where_it_can_be() -> None:
    for content in ["**Adoption of Minutes**", "***x***", "1\\. Gravel", "Mr. & Mrs. Brown", "Way to Go!"]:
        assert _quick_text(content) is not None, content
    for content in ["**x** y", "*x**", "&amp;", "x\\\ny", "![img](x)", "a\\b", "**x_y**"]:
        assert _quick_text(content) is None, content


@given(st.lists(st.sampled_from(["*", "**", "x", "Ab", " ", "\n", "  \n", "\\", ".", "&", "&amp;", "!", "#",
                                 "(", ")", "_", "\xa0", "[", "]", "`", "<b>", "\t"]), max_size=12))
@settings(max_examples=400, deadline=None)
def test_random_inline_text_reads_as_the_inline_parser_reads_it(parts: list[str]) -> None:
    content = "".join(parts)
    assert inline_text(type("Inline", (), {"content": content})()) == _parsed_inline(content)


def test_markup_still_goes_through_the_inline_parser() -> None:
    token = type("Inline", (), {"content": "**Resolved** that [the plan](x.html) is\\_ok &amp; done"})()
    assert inline_text(token) == "Resolved that the plan is_ok & done"


@pytest.mark.parametrize("text", SAMPLES)
def test_guarded_block_rules_parse_as_commonmark_does(text: str) -> None:
    plain = MarkdownIt("commonmark").enable("table").disable("inline")
    assert _parsed(parsers()[0], text) == _parsed(plain, text)


# Each sample lacks the characters of some rules: with those rules off it parses the same.
WITHOUT = SAMPLES + [
    "Minutes of the meeting\n\nPresent: Cllr A, Cllr B\n\n1. Apologies\n   none\n\n    indented after a blank\n"
    "Title\n=====\n\n* * *\n\nResolved that the plan be approved.\n",
    "- item > with a quote mark later\n- another [bracket] and <angle> but no line starts so\n\nx # y | z ` ~\n",
]


@pytest.mark.parametrize("text", WITHOUT)
def test_rules_off_where_their_characters_are_absent(text: str) -> None:
    plain = MarkdownIt("commonmark").enable("table").disable("inline")
    off = {name for name, chars in NEEDED_CHARS.items() if not any(c in text for c in chars)}
    assert block_parser_for(text) is block_parser(frozenset(off))
    assert _parsed(block_parser_for(text), text) == _parsed(plain, text)


def test_a_rule_is_off_only_when_its_characters_are_absent() -> None:
    text = WITHOUT[-2]
    off = block_parser_for(text).block.ruler.get_active_rules()
    assert "heading" not in off and "table" not in off and "fence" not in off
    assert {"paragraph", "list", "hr", "lheading", "code"} <= set(off)
    assert "heading" in block_parser_for("# Minutes\n").block.ruler.get_active_rules()
