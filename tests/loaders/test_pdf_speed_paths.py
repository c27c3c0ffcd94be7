"""The PDF loader's fast paths give what the plain code they replace gives.

Each shortcut (a line scan that skips lines which cannot change, a search started at
the hyphen mark's line, words lowered in one go, ...) is compared here with the slow
code it replaced, kept in this file as the reference, on cases written to hit its edges.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from minutes_cli.loaders import _pdfclean
from minutes_cli.loaders._pdfclean import (
    HYPHENATED,
    NUMBER_HYPHEN,
    SOFT_HYPHEN,
    UNMARK,
    _is_compound,
    _unhyphenated,
    _vocabulary,
    join_hyphens,
)


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


def test_vocabulary_lowers_as_word_by_word() -> None:
    for text in ["Impor TANT well-Being", "Kelvin \u212a k İstanbul straße", "a--b -c d- 12ab", ""]:
        assert _vocabulary(text) == _slow_vocabulary(text), text
