"""The decisions stage's fast paths find exactly what the plain patterns find (issue 10's speed work)."""

from __future__ import annotations

import re

import pytest

from minutes_cli.stages.decisions import _cues
from minutes_cli.text.lowered import finditer_at, led, needle_automaton

# In-block cues and near misses: "it was RESOLVED", ", and agreed", a body's verb, a label, a label at
# the start, "Title of Decision:", "Decision: None", glued words ("Subcommittee agreed"), a dash before
# "It", capitals, and the long-s and Kelvin signs that case-blind matching reads as "s" and "k".
TEXTS = [
    "The report was discussed and it was RESOLVED: that the fees rise.",
    "Members debated, and agreed that the hall be let. Cabinet NOTED the update.",
    "Decision: Cabinet RESOLVED to approve the plan. Minutes: Cabinet NOTED that it was approved.",
    "AGREED: To write to the owner. Title of Decision: Roads. Reasons for Decision: cost. Decision: None",
    "Subcommittee agreed that x; -It was agreed the Council pay; the Councillors then resolved to pay.",
    "THE COUNCIL RESOLVED THAT IT BE SO. council approved the request. Panel approved a grant.",
    "\u017fub-committee agreed that \u212aent be told; It was duly agreed:",
    "\U0001f600\U0001f600 ok, and agreed that x. \u00e9\u4e2d It was agreed: y",  # offsets past astral characters
    "", "Decision", "Decision:", "it was agreed",
]


@pytest.mark.parametrize("text", TEXTS)
def test_inline_cues_match_as_finditer(text: str) -> None:
    plain = _cues.inline_cue("en")
    assert _cues._inline_scan("en")[1] is not None  # the fast path is the one taken
    assert [(m.span(), m.groupdict()) for m in _cues.inline_cues(text, "en")] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_the_cases_hold_cues() -> None:
    """The comparison above is not vacuous."""
    found = [m.group(0).strip() for text in TEXTS for m in _cues.inline_cue("en").finditer(text)]
    assert len(found) >= 10 and any("RESOLVED" in f for f in found) and any(f.startswith("AGREED") for f in found)


@pytest.mark.parametrize("pattern, text", [
    (re.compile(r"\b(?i:moved|seconded)\s+by|Cr\b"), "MOVED BY x, \u017feconded by y; Cr Lee; moved  by"),
    (re.compile(r"(?:That|to)\b  # a comment on the last line", re.X), "That it be to x; THAT; tox"),
    (re.compile(r"\d+ votes|for"), "5 votes for"),  # no needle leads every match: left as it is
])
def test_led_and_finditer_at_keep_matches(pattern: re.Pattern[str], text: str) -> None:
    expected = [(m.span(), m.group(0)) for m in pattern.finditer(text)]
    fast = led(pattern)
    assert [(m.span(), m.group(0)) for m in fast.finditer(text)] == expected
    assert fast.groupindex == pattern.groupindex and fast.groups == pattern.groups
    assert [(m.span(), m.group(0)) for m in finditer_at(pattern, needle_automaton(pattern), text)] == expected


@pytest.mark.parametrize("pattern, text", [
    (re.compile(r"Cr\b|Mr\s|Mrs\s"), "Cr Lee, Mrs Roe, Mr  Kay, Crs, MrCr x"),  # overlapping needles: Mr, Mrs
    (re.compile(r"aa|a"), "aaaaa"),  # matches that end where the next needle starts
    (re.compile(r"(?<=, )and\b|It\b"), "and, and It, It's andIt"),  # lookbehinds see the text before
])
def test_finditer_at_on_overlaps(pattern: re.Pattern[str], text: str) -> None:
    assert needle_automaton(pattern) is not None
    assert [(m.span(), m.group(0)) for m in finditer_at(pattern, needle_automaton(pattern), text)] == [
        (m.span(), m.group(0)) for m in pattern.finditer(text)]


def test_led_guards_only_patterns_led_by_needles() -> None:
    assert led(re.compile(r"\d+ votes|for")).pattern == r"\d+ votes|for"
    assert led(re.compile(r"\b(?i:moved)|Cr\b")).pattern.startswith("(?=(?:[C]|(?i:[m])))")
    assert needle_automaton(re.compile(r"\b(?i:moved)|Cr\b")) is None  # a case-blind needle: no automaton


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` without the lookahead `led` put before it."""
    source = pattern.pattern
    assert source.startswith("(?=(?:")
    inner = source[source.index(")(?:") + 4:]
    inner = inner[:-2] if pattern.flags & re.VERBOSE else inner[:-1]
    return re.compile(inner, pattern.flags)


SENTENCES = [
    "We recommend that the fees rise. It is recommended to wait. The Cabinet is asked to note it.",
    "That the Panel are requested to agree; the committee IS RECOMMENDED TO approve. it is recommended",
    "I will move at the next meeting that ... I hereby move; I wish to  move. Iwill move. I will moved",
    "", "We", "weRecommend", "\u017fome text with the long s: It i\u017f recommended that",
]


@pytest.mark.parametrize("fast", [_cues.RECOMMEND_SENTENCE, _cues.notice_of_motion("en")], ids=["recommend", "notice"])
def test_led_sentence_cues_search_as_the_plain_ones(fast: re.Pattern[str]) -> None:
    plain = _unguarded(fast)
    found = 0
    for text in SENTENCES:
        for start in range(len(text) + 1):
            a, b = plain.search(text, start), fast.search(text, start)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
            found += a is not None
    assert found > 10
