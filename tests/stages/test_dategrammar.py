"""The date grammar's matches, found only where a match can begin, are exactly `finditer`'s."""

from __future__ import annotations

import re

import pytest

from minutes_cli import Settings
from minutes_cli.text.dategrammar import CACHED, DIGITS, grammar, matches
from minutes_cli.text.dateorder import CUE_CAP, _cue_count, _cue_places, _cues, _has_cue, infer_order

# Shapes written to sit where a shortcut would go wrong: a month inside a word ("Mayor", "MAYDAY"),
# digits glued to digits ("12345 May"), separators before a number ("/16/01/2017"), capitals,
# abbreviations with a dot, ranges, a month pair, dates at the very start and end of the text.
TRICKY = [
    "3 May 2024",
    "The Mayor met in MAYDAY House on 12345 May 2020 and 5 May 2020; see 2017/01/16 and /16/01/2017.",
    "SEPTEMBER 5, 2020 and Sept. 9th 2021, the Septembers, Sept & Nov, May/June, 10th and 11th March 2025",
    "17-23 August 2024, August 17-23, 2017-01-24, 1.10.20, 04-03-2010, 17/01/16, 201 8 May, March 2022",
    "Mon 1st of May 2020, Thursday, 5th April, 2018, 14 th April 2005, AUGUST 19, 2002, Junes, Mayo 3",
    "on2 July 2013; documents/16th%20February%202023.pdf; 31 June 2020; 29 February 2023; 9/9/1999",
    "a12/05/2022b 05/13/2022 x2017.01.16 December",
    "\u0663 May 2024, 1\u0663 June 2020, \u00b23 May 2021, \u0661\u0662/05/2022",  # digits not ASCII
]


def _spans(found: tuple[tuple[str, tuple[re.Match[str], ...]], ...]) -> list[tuple[str, list[tuple[int, int]]]]:
    return [(kind, [m.span() for m in ms]) for kind, ms in found]


def _plain(text: str, key: str = "en") -> list[tuple[str, list[tuple[int, int]]]]:
    return [(kind, [m.span() for m in pattern.finditer(text)]) for kind, pattern in grammar(key).patterns]


@pytest.mark.parametrize("text", TRICKY)
def test_matches_are_finditers(text: str) -> None:
    assert _spans(matches(text)) == _plain(text)
    assert any(ms for _, ms in _plain(text))  # each case holds a date: the comparison is not empty == empty


@pytest.mark.parametrize("text", [*TRICKY, "", "7", "a1b22c333\n\u0664\u0665x\u00b2\u00b3 \uff11\uff12"])
def test_digit_runs_are_those_of_a_plain_repeat(text: str) -> None:
    assert [m.span() for m in DIGITS.finditer(text)] == [m.span() for m in re.finditer(r"\d+", text)]


def test_a_long_text_is_cached_and_still_exact() -> None:
    text = " ".join(TRICKY) * (CACHED // 200 + 1)
    assert len(text) >= CACHED
    assert matches(text) is matches(text)  # the second reader of a paper gets the first one's matches
    assert _spans(matches(text)) == _plain(text)


def test_a_month_word_with_a_dot_scans_every_position() -> None:
    """A settings file may add a month that is not letters only ("Sep."): then a match's "\\b" could
    fall inside another month word, so every position is tried, as `finditer` does."""
    key = Settings(lexicon={"months": {"Sep.": "9", "Dekember": "12"}}).lexicon_key
    assert grammar(key).month_word is None
    assert grammar().month_word is not None
    text = "Held on 3 Dekember 2024 and 4 Sep. 2024. " + TRICKY[1]
    assert _spans(matches(text, key)) == _plain(text, key)


def test_a_two_word_cue_may_match_before_its_literal() -> None:
    """"Council Member" is found across a line break ("Council\\nMember") before its first
    literal place ("Council Members", no boundary): the cue still counts."""
    text = "Council\nMember Roe, the Council Members and the clerk. Letter of 04/03/2019; 05/04/2019."
    assert infer_order(text).order == "MDY"
    assert infer_order(text.replace("Council\nMember", "Councillor")).order == "DMY"


@pytest.mark.parametrize("text", [
    "programmes and programme", "programmes only", "Council\nMember", "Council  Members; Council\tMember.",
    "xCllr Cllr", "Cllr", "", "colours, colour", "Mayor Pro\nTem", "favourable favour", "centre" * 3,
    "Newark, New\nMexico", "Councillors and Council Member", "NewNew Mexico", "Board of\tSupervisors",
])
@pytest.mark.parametrize("key", ["en", Settings(lexicon={"date_order": {"DMY": [" tabled", "Cllr."]}}).lexicon_key])
def test_cue_found_where_its_first_word_stands_is_a_plain_search(text: str, key: str) -> None:
    places = _cue_places(text, key)
    for cues in _cues(key).values():
        for word, pattern in cues:
            assert _has_cue(text, word, pattern, places) == (pattern.search(text) is not None), word
        plain = sum(pattern.search(text) is not None for _, pattern in cues)
        assert _cue_count(text, cues, places) == min(CUE_CAP, plain)
