"""Plain prose paragraphs read without markdown-it (loaders._mdprose) give what the
whole-document parse gives: the same tokens (less paragraph_open/_close, which the walker
skips), the same link references and the same blocks."""

from __future__ import annotations

from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_cli.loaders import _mdprose, markdown
from minutes_cli.loaders._mdparser import block_parser_for
from minutes_cli.loaders.reflow import layout, layout_lines

CASES = [
    "",
    "\n\n  \n",
    "Plain prose\nwrapped here\n\nand a second paragraph\n",
    "one\n\n\n\n   \t\ntwo after blank lines holding spaces and a tab",
    "  indented first line\nthen plain\n\nplain again",
    "    four spaces: indented code\n\nplain after it\n\n    code again\n",
    "\tcode by a tab\n\nplain",
    "Lazy\n        continuation indented eight\nstill the paragraph",
    "Setext title\n============\n\nplain\n\nSubtitle\n---\n\nplain =not underline\n=still plain",
    "Text\n   ---\n\n-not a list\n*not a list either* but emphasis\n_under_ score\n",
    "- item one\n- item two\n\nplain ends the list\n\n- new list\n\n  continuation of the item\n\nplain",
    "1. first\n2. second\n\n10.\n\nplain\n\n3) third\n\n2014 was a year\n1999. a list item",
    "Para\n1. interrupts\n\nPara\n2. does not interrupt\n\nPara\n- \n",
    "* * *\n\n***\n\n___\n\n_ _ _\n\n**bold line**\n\n*\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n\nplain | with pipe\n\nheader | x\n-|-\n\nplain",
    "head | cell\n:--|--:\nrow | 1\nplain continues the table?\n\nplain",
    "> quoted\nlazy line\n\nplain\n\n> again\n\n>\n",
    "[ref]: http://example.org 'Title'\n\nSee [the site][ref].\n\n[ref]: http://other.org\n\n[Original](x.pdf)\n",
    "plain [ref] first\n\n[ref]:\n  http://late.org\n\n[ref2]: <a b>\n",
    "<div>\nhtml block\n</div>\n\nplain\n\n<span>inline start</span> text\n",
    "<!-- a comment\n\nplain inside the comment\n\nstill inside -->\n\nplain after",
    "<!--\n\nplain that ends it -->\n\nplain",
    "<pre>\n\nplain in pre\n\n</pre>\n\nplain",
    "<script>\n\nx = 1 </script> plain\n\nafter",
    "<?php\n\nplain ?>\n\n<!DOCTYPE\n\nmore >\n\n<![CDATA[\n\nx ]]>\n",
    "```\ncode\n\nplain inside the fence\n\n```\n\nplain after",
    "~~~\nunclosed fence\n\nplain\n",
    "    ```\nnot a fence (indented)\n\nplain",
    "# Heading\nplain\n## Heading two ##\n\n#not heading\n\nplain #",
    "NUL \x00 inside\n\nplain",
    "CR\r\nline\n\nplain",
    "\xa0leading no-break space\n\n\u2003em space line\u2003\n\n\u3000\n\nplain\u00a0",
    "\x1c\x1d\x0b\x0c odd controls \x85\n\nplain",
    "ends with spaces   \nnext  \n\n   \n",
    "no newline at the end",
    "plain\n\n- list at the end",
    "Ｆull-width and ünïcödé ‘quotes’ — dashes\n\n٣. Arabic-Indic digit",
    "+ plus item\n\n+not item\n\nplain",
    "A para\n> quote interrupts\n\nB para\n<div>interrupts</div>\n\nC para\n```\nfence interrupts\n```",
    _mdprose.SENTINEL + " in the text\n\nplain",
    "**Bold title**\n\n--x\n-- x dashes\n= x\n+x\n*x*\n_x\n\nplain",
    "2.30pm, Wednesday\n6.1 Planning\n6.Adoption\n1234567890. ten digits\n\n1234567890) ten\n\nplain",
    "- - -\n\n-\t-\t-\n\n--- | :-:\n\nhead | x\n--- | :-:\n\n=\n\nText\n= =\n\nText\n==  \n",
    "[Original file](x.pdf)\n\n[not] a ref\n[r]: /u\n\n[a\nb]: /multi-line label\n\n[a b]\n\n[r] [c]\n[c]: /x",
    "Text\n[r]: /not a ref here\n\n[r]\n\n\\[r]: escaped\n\n [r2]: /indented\n\n[r2] [R]",

    "plain\n\n" * 5 + "- a\n\n  b\n\n" + "plain\n\n" * 3,
    "plain  \nhard break\n\n**bold** text\n\nplain \t\n\tafter\n\n[x](y) link\n\n*a\n\nb*\n\nend\xa0\n\n\u3000start",
    "plain\u2028line separator\n\n\x85next line\x85\n\nend",
]


def _key(tokens: list[Any]) -> list[tuple[Any, ...]]:
    """The tokens as the walker reads them; a plain run stands for its paragraphs' tokens."""
    key: list[tuple[Any, ...]] = []
    for t in tokens:
        if t.type == "plain_run":
            for p in t.paragraphs:
                key += [("paragraph_open", "p", 1, 0, "", "", ""), ("inline", "", 0, 1, p, "", ""),
                        ("paragraph_close", "p", -1, 0, "", "", "")]
        else:
            key.append((t.type, t.tag, t.nesting, t.level, t.content, t.info, t.markup))
    return key


def _whole(body: str, env: dict[str, Any]) -> list[Any]:
    return list(block_parser_for(body).parse(body, env))


def _agrees(body: str) -> None:
    fast_env: dict[str, Any] = {}
    slow_env: dict[str, Any] = {}
    assert _key(_mdprose.block_tokens(body, fast_env)) == _key(_whole(body, slow_env))
    assert _references(fast_env) == _references(slow_env)


def _references(env: dict[str, Any]) -> dict[str, Any]:
    """The link references less their `map` (their lines in the text parsed, read by nothing)."""
    assert set(env) <= {"references", "duplicate_refs"}
    return {"references": [(label, ref["href"], ref["title"]) for label, ref in env.get("references", {}).items()],
            "duplicates": [(ref["label"], ref["href"], ref["title"]) for ref in env.get("duplicate_refs", [])]}


def _blocks(body: str, fast: bool) -> list[tuple[str, str]]:
    if fast:
        return list(markdown.md_blocks(body))
    with mock.patch.object(markdown, "block_tokens", _whole):
        return list(markdown.md_blocks(body))


@pytest.mark.parametrize("body", CASES)
def test_plain_paragraphs_read_as_markdown_it_reads_them(body: str) -> None:
    _agrees(body)
    assert _blocks(body, True) == _blocks(body, False)


@pytest.mark.parametrize("body", CASES + ["", "| a |\n# b\n<c>", "x" * 30 + "\n\n" + "y" * 25 + "\n" * 3])
def test_the_layout_is_measured_on_the_lines_it_was(body: str) -> None:
    lines = [ln.rstrip() for ln in body.split("\n") if not ln.lstrip().startswith(("|", "#", "<"))]
    prose = "\n".join(ln for ln in body.split("\n") if not ln.lstrip().startswith(("|", "#", "<")))
    assert layout_lines(lines or [""]) == layout(prose)
    soft = "\n\n".join(["a line of about sixty characters, wrapped by the converter"] * 12)
    assert layout_lines(soft.split("\n")) == layout(soft) == (58, True)


def test_plain_chunks_are_told_from_the_others() -> None:
    assert _mdprose.is_plain("Plain prose\n*emphasis* then\n-dash word\n=x\n2014 was\n")
    assert _mdprose.is_plain("**Bold**\n--x\n-- x\n+x\n2.30pm\n6.1 Title\n[r] later: no reference\n")
    assert _mdprose.is_plain("[Original file](x.pdf)\n")
    for chunk in ["  indented", "text\n- item", "text\n* item", "text\n***", "text\n===", "text\n---",
                  "text\n1. one", "text\n2) two", "text\n> q", "text\n# h", "text\n<div>", "text\n```",
                  "text\n~~~", "text\n|-|", "text\n:--", "[ref]: x", "text\n+ item", "text\n-", "\tx",
                  "text\n- - -", "text\n--- | :-:", "text\n10.", "text\n3)\tx", "[a\nb]: /u", "text\n= ="]:
        assert not _mdprose.is_plain(chunk), chunk


def test_a_paper_of_prose_is_not_parsed_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parser(text: str) -> Any:
        raise AssertionError("markdown-it called")
    monkeypatch.setattr(_mdprose, "block_parser_for", no_parser)
    tokens = _mdprose.block_tokens("One line\nwrapped\n\n\nTwo *x*\n", {})
    assert [(t.type, t.paragraphs) for t in tokens] == [("plain_run", ["One line\nwrapped", "Two *x*"])]


def test_a_fence_spanning_blank_lines_falls_back_to_the_whole_parse() -> None:
    body = "```\n\nplain inside\n\n```\n\n[r]: /u\n\nplain [r]"
    env: dict[str, Any] = {}
    tokens = _mdprose.block_tokens(body, env)
    assert tokens[0].type == "fence" and "plain inside" in tokens[0].content
    assert list(env["references"]) == ["R"]  # found once, not twice


# Lines of markdown-ish text: plain prose and every kind of line that can start a block.
LINES = st.sampled_from([
    "", "", "", "   ", "\t", "plain words here", "More plain text, wrapped", "  two-space indent",
    "    code indent", "\tcode tab", "- item", "-item", "* item", "*em* text", "**bold**", "+ plus", "1. one",
    "2) two", "10.", "2014 year", "> quote", ">", "# Head", "#tag", "===", "=x", "---", "--x", "***", "___",
    "_x_", "| a | b |", "|---|---|", "a | b", "-|-", ":--", "[r]: /url", "[r]", "[link](x)", "<div>", "</div>",
    "<!--", "-->", "<pre>", "</pre>", "```", "~~~", "\xa0nbsp", "x\u2003", "\x00", "<br>", "&amp;", "\\*",
    "**b**", "--x", "-- x", "- - -", "= =", "+x", "2.30pm", "6.1 Title", "3)\tx", "[r]: /u", "[a", "b]: /u",
    "[r] ref use", "*\t*\t*", "--- | :-:",
])


@given(st.lists(LINES, max_size=24))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_random_markdown_lines_read_as_markdown_it_reads_them(lines: list[str]) -> None:
    body = "\n".join(lines)
    _agrees(body)
    assert _blocks(body, True) == _blocks(body, False)
