"""The votes stage's fast paths find exactly what the plain patterns find (issue 10's speed work)."""

from __future__ import annotations

import re

import pytest

from minutes_cli.document import Document, Source
from minutes_cli.stages.votes import _votetext
from minutes_cli.text.lowered import finditer_folded
from minutes_cli.text.scan import finditer, windows

# Counts told before their option, and near misses: a count after ":" or "(" (that is "For: 5"),
# number words in any case, words that merely start like a number ("often", "tent", "nilly"),
# digits of other scripts (re's \d), a count glued to a word, a time, a count at the very start.
TEXTS = [
    "15 votes in favour, 16 against and 1 abstention.",
    "Three members voted for, TWO against; nil abstentions.",
    "For: 5 against. Against (3) for. Abstain:  2 abstain",
    "often for, tent against, nilly abstain, seventeen for, Eighteen   votes against",
    "x5 for, 5x for, 12:30 for, ٣ for, 1000 against, 999 against",
    "4 for", "(4 for)", "( 4 for)", "(  4 for)", ":4 for", ": 4 for", ":  4 for", "a4 for",
    "ten members were for\nnine were against", "none against", "zero voted against, one voted in favor",
]


def _slow(key: str = "en") -> re.Pattern[str]:
    """The pattern as first written: the lookbehinds first, no lookahead for the count's letter."""
    fast = _votetext._count_patterns(key)[1]
    lead = _votetext.first_letter(_votetext.numbers(key))
    assert lead and fast.pattern.startswith(rf"\b{lead}(?<![:(]\s)(?<![:(])(?<![:(]\s\s)")
    rest = fast.pattern[len(rf"\b{lead}(?<![:(]\s)(?<![:(])(?<![:(]\s\s)"):]
    return re.compile(r"(?<![:(]\s)(?<![:(])(?<![:(]\s\s)\b" + rest, fast.flags)


@pytest.mark.parametrize("text", TEXTS)
def test_count_first_pattern_matches_as_the_plain_one(text: str) -> None:
    fast, slow = _votetext._count_patterns("en")[1], _slow()
    expected = [(m.span(), m.groupdict()) for m in slow.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == expected
    spans = [(0, len(text))]
    assert [(m.span(), m.groupdict()) for m in finditer_folded(fast, text, spans)] == expected


def test_the_plain_pattern_finds_counts_in_the_cases() -> None:
    """The comparison above is not vacuous: the cases hold counts and near misses."""
    found = [m.group("n") for text in TEXTS for m in _slow().finditer(text)]
    assert {"15", "16", "Three", "TWO", "nil", "seventeen", "Eighteen", "4", "ten", "zero", "one"} <= set(found)
    assert "often" not in found and "5" not in [m.group("n") for m in _slow().finditer("For: 5 against")]


def test_first_letter_lookahead() -> None:
    assert _votetext.first_letter(["one", "Two", "nil"]) == r"(?=[\dTno])"
    assert _votetext.first_letter(["one", " two"]) == ""  # a space stands for any white space: no class
    assert _votetext.first_letter(["1st", "one"]) == ""
    assert _votetext.first_letter([]) == r"(?=[\d])"


# Dash tallies and the dashes round them: dates, ranges, a tally far from its result word, one
# glued to a word, two windows merged, a tally at the very end.
DASH_TEXTS = [
    "Motion carried 6-0. Meeting 2024-05-01 - break - resumed. 4-0. Motion carries",
    "Item 3 - the vote was 5-0-1, minutes approved - 10-12 people - x-1 - 7-7",
    "Passed - - - 9-0", "approved 12-2-" + "x" * 60 + " - 3-3 vote", "lost 3-4", "-", "",
]


def _plain_dash_tallies(text: str) -> list[tuple[tuple[str, int, int, int], ...]]:
    """(option, value, start, end) of each dash tally the plain scan finds, over every "-" window."""
    out = []
    for m in finditer(_votetext._dash_tally("en"), text, windows(text, ("-",), 40, 40)):
        groups = ("a", "b", "c") if m.group("a") else ("a2", "b2", "c2")
        out.append(tuple((opt, int(m.group(g)), m.start(g), m.end(g))
                         for opt, g in zip(("yes", "no", "abstain"), groups) if m.group(g)))
    return out


@pytest.mark.parametrize("text", DASH_TEXTS)
def test_dash_events_as_the_plain_scan(text: str) -> None:
    events = _votetext._dash_events(Document(text, Source("t.txt", "text", "0" * 64)), "en")
    assert [tuple((c.option, c.value, c.span.start, c.span.end) for c in e.counts) for e in events] == (
        _plain_dash_tallies(text))


def test_the_dash_cases_hold_tallies() -> None:
    assert sum(len(_plain_dash_tallies(t)) for t in DASH_TEXTS) >= 6
