"""The markdown loader's fast paths give what markdown-it-py itself gives.

inline_text skips the inline parser for text with no markup character, and the block
parser's rules sit behind first-character guards; both must be invisible in the output.
"""

from __future__ import annotations

from typing import Any

import pytest
from markdown_it import MarkdownIt

from minutes_cli.loaders._mdparser import parsers
from minutes_cli.loaders.markdown import _visible, inline_text

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


def test_markup_still_goes_through_the_inline_parser() -> None:
    token = type("Inline", (), {"content": "**Resolved** that [the plan](x.html) is\\_ok &amp; done"})()
    assert inline_text(token) == "Resolved that the plan is_ok & done"


@pytest.mark.parametrize("text", SAMPLES)
def test_guarded_block_rules_parse_as_commonmark_does(text: str) -> None:
    plain = MarkdownIt("commonmark").enable("table").disable("inline")
    assert _parsed(parsers()[0], text) == _parsed(plain, text)
