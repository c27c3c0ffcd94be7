"""reflow's cheap tests give what its regexes give, and its loop what the loop gave
before them (kept here as the reference)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutes_cli.loaders import reflow as rf

LINES = [
    "Date: 12 March 2024", "Decision status: Approved", "A: b", "AB:", "Ab :x", "Meeting:\tCabinet", "a: lower",
    "Ünïcode: not ASCII", "X" + "y" * 47 + ":", "X" + "y" * 48 + ":", "X" + "y" * 48 + " :", "X" + "y" * 49 + ":",
    "Present (in person): all", "Item 3:4 then", "Cllr O’Brien: yes", "1. Apologies", "(a) item", "iv. fourth",
    "- dash", "• bullet", "We recommend that the", "it was agreed to", "THE", "Of", "bathe", "x" * 30 + " the",
    "x" * 20 + "lathe", "of ſ", "a whiſ", "cut at the K", "word.", "word!", "“quoted”", "(aside)", "x’", "'",
    "-----", "***", "___", "- - -", "—", "---x", "a", "é", "x", "1", ",", "café", "no end", "Committee",
]
# Lines as reflow sees them: stripped and not empty.
TEXTS = st.text(st.sampled_from("Aa Zz:-*_.;'’”()ſK\u212a1\t"), min_size=1, max_size=60).map(str.strip).filter(bool)


def _agree(line: str) -> None:
    assert rf.is_label(line) == bool(rf.LABEL.match(line))
    assert rf._open_end(line) == bool(rf.OPEN_END.search(line[-rf.OPEN_TAIL:]))
    assert line.endswith(rf.SENTENCE_END_CHARS) == bool(rf.SENTENCE_END.search(line))
    assert not rf.MARKDOWN_RULE.match(line) or line[0] in "-*_"


@pytest.mark.parametrize("line", LINES)
def test_cheap_line_tests_agree_with_the_regexes(line: str) -> None:
    _agree(line)


@given(TEXTS)
@settings(max_examples=500, deadline=None)
def test_cheap_line_tests_agree_with_the_regexes_on_random_lines(line: str) -> None:
    _agree(line)


def _reference_joins(prev: str, nxt: str, width: int) -> bool:
    """_joins as it was, with the regexes themselves."""
    if rf.LIST_ITEM.match(nxt) or rf.LABEL.match(nxt) or rf.is_heading(prev):
        return False
    if rf.is_heading(nxt):
        value = prev.split(":", 1)[1] if rf.LABEL.match(prev) else ""
        return rf.is_heading(value) and len(nxt.split()) <= 3 and ":" not in nxt
    if nxt[0].islower() or nxt[0] in ",;)" or (rf.OPEN_END.search(prev[-rf.OPEN_TAIL:]) and not rf.is_heading(nxt)):
        return True
    if rf.LABEL.match(prev) and _title_like(nxt) and not prev.endswith(",") and not rf._wrapped(prev, width):
        return False
    if not width and _title_like(prev) and len(prev) < rf.WRAPPED // 2:
        return False
    if rf.SENTENCE_END.search(prev):
        return False
    return not (width and len(prev) < width * 0.6)


def _title_like(line: str) -> bool:
    words = line.split()
    return (len(words) <= 8 and "," not in line and not rf.SENTENCE_END.search(line)
            and sum(w[0].isupper() for w in words) * 2 > len(words))


def _reference_reflow(text: str, shape: tuple[int, bool] | None = None) -> Iterator[tuple[str, str]]:
    """reflow as it was: lines right-stripped first, `prev` taken from `current`, rule
    lines and _joins by the regexes."""
    lines = [ln.rstrip() for ln in text.split("\n")]
    width, soft_blanks = shape or rf.layout(text)
    current: list[str] = []
    blank_run = 0
    for raw in lines:
        line = raw.strip()
        if not line or rf.MARKDOWN_RULE.match(line):
            blank_run += 1
            continue
        prev = current[-1] if current else ""
        gap_ok = blank_run == 0 or (soft_blanks and len(prev) >= width * 0.75) or (
            blank_run == 1 and raw[:2] == "  " and bool(current) and rf.LIST_ITEM.match(current[0]) is not None
            and not rf.LIST_ITEM.match(line))
        if current and gap_ok and _reference_joins(prev, line, width):
            current.append(line)
        else:
            if current:
                yield rf._emit(current)
            current = [line]
        blank_run = 0
    if current:
        yield rf._emit(current)


PIECES = st.sampled_from(LINES + ["", "", " ", "  continued", "  ", " x ", "\t", "x \u2003", "\u00a0", "The end.",
                                  "the next part of the sentence which runs on and on to the end of the line"])


@given(st.lists(PIECES, max_size=30), st.sampled_from([None, (0, False), (40, True), (72, False)]))
@settings(max_examples=300, deadline=None)
def test_reflow_loop_gives_what_it_gave(lines: list[str], shape: tuple[int, bool] | None) -> None:
    text = "\n".join(lines)
    assert list(rf.reflow(text, shape)) == list(_reference_reflow(text, shape))
