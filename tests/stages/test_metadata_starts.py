"""The metadata stage's heading patterns tried only where a match can begin give `finditer`'s matches."""

from __future__ import annotations

import re

import pytest

from minutes_cli.document import Span
from minutes_cli.stages.metadata._body import _heading, _trim, looks_like_body, patterns
from minutes_cli.stages.metadata._meeting import _meeting_title, _month_meeting, _title_end
from minutes_cli.stages.metadata._starts import Starts, line_starts, matches_at, places, starts_of
from minutes_cli.text.scan import first_place, fold, search

HEADS = [
    "Cabinet - Thursday, 5th April, 2018\n\nMinutes of a meeting of the Cabinet held on 5 April 2018\n",
    "MINUTES OF THE GENERAL MEETING OF THE COUNCIL HELD AT THE TOWN HALL\nItem 1",
    "REGULAR MEETING OF THE\nCITY OF ALAMEDA PLANNING BOARD\nMonday, June 10, 2024",
    "A Meeting of Burton-cum-Walden Parish Council will be held on 4 May\nA meeting of the Board was held",
    "Boughton Parish Council Minutes\nETHERIDGE SHIRE COUNCIL MINUTES OF THE ORDINARY MEETING",
    "The Regular Council Meeting was convened at 7 pm.\nREGULAR COUNCIL MEETING AUGUST 19, 2002",
    "Planning Review Committee: Mill Street Student Block\nReport No HC/44/20 Committee: Highland Council Date: 17",
    "meeting of  the\nmeeting OF the\n\nMeetingmeeting of Cabinet held\nThe The Special Special Cabinet Meeting",
    "\u0130tem one\nSpecial \u017fub-Committee Meeting\nCORPORATE PARENTING PANEL \u2013 10th December 2024",
    "", "\n", "\n\nCabinet-Monday\n", "No heading here at all, only words and numbers 1 2 3.",
]


def _slow(head: str) -> tuple[str, Span] | None:
    """`_heading` as it was: every pattern run by `finditer` from its first place."""
    p, best, folded = patterns(), None, fold(head)
    for pattern, required, _ in p.headings:
        at = first_place(required, head, folded)
        if at is None:
            continue
        for m in pattern.finditer(head, at):
            if best is not None and m.start("body") >= best[1].start:
                break
            if looks_like_body(_trim(m.group("body"), p), p):
                best = m.group("body"), Span(m.start("body"), m.end("body"))
                break
    return best


def _spans(found: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize("head", HEADS)
def test_every_heading_pattern_gives_finditer_matches(head: str) -> None:
    folded, lines = fold(head), line_starts(head)
    for pattern, required, begins in patterns().headings:
        at = first_place(required, head, folded)
        if at is None or begins is None:
            continue
        fast = matches_at(pattern, head, at, places(begins, head, folded, lines))
        assert _spans(fast) == _spans(pattern.finditer(head, at)), pattern.pattern[:60]


@pytest.mark.parametrize("head", HEADS)
def test_heading_is_the_one_finditer_finds(head: str) -> None:
    assert _heading(head, patterns()) == _slow(head)


def test_most_heading_patterns_know_where_they_begin() -> None:
    known = [starts_of(pattern) for pattern, _, _ in patterns().headings]
    assert sum(k is not None for k in known) >= 7
    assert any(k is not None and k.lines for k in known)


@pytest.mark.parametrize(("pattern", "expected"), [
    (re.compile(r"^[A-Z]\w+", re.M), Starts((), True)),
    (re.compile(r"^Agenda", re.M), Starts((("Agenda", False),), False)),  # a leading literal says more
    (re.compile(r"^[A-Z]\w+"), None),  # "^" without re.M: only offset 0, not every line
    (re.compile(r"\b[A-Z]\w+ Council"), None),
    (re.compile(r"(?i:minutes) of"), Starts((("minutes", True),), False)),
])
def test_starts_of(pattern: re.Pattern[str], expected: Starts | None) -> None:
    assert starts_of(pattern) == expected


@pytest.mark.parametrize(("pattern", "text"), [
    (re.compile(r"^(?P<w>[A-Z]\w*)", re.M), "Abc\nDef ghi\n\nJkl\n"),
    (re.compile(r"^\w*", re.M), "ab\n\ncd\n"),  # empty matches at empty lines
    (re.compile(r"(?i:ab)(?:ab)*"), "abABab xab aB"),  # overlapping needle places inside a match
    (re.compile(r"(?<=x)ab|ab"), "xabab"),  # a lookbehind sees the text before the place
    (re.compile(r"^(?:(?=a)|a)", re.M), "aab\na\n"),  # an empty match, then a longer one at the same place
])
def test_matches_at_equals_finditer(pattern: re.Pattern[str], text: str) -> None:
    begins = starts_of(pattern)
    assert begins is not None
    where = places(begins, text, fold(text), line_starts(text))
    for at in range(len(text) + 1):
        assert _spans(matches_at(pattern, text, at, where)) == _spans(pattern.finditer(text, at)), at


def test_line_starts() -> None:
    assert line_starts("") == [0]
    assert line_starts("a\n\nb\n") == [0, 2, 3, 5]


TITLE_LINES = [
    "CITY OF ALAMEDA PLANNING BOARD", "SPECIAL MEETING OF AUSD SUB COMMITTEE", "Council Meeting Minutes",
    "Council Meeting Minutes 2024", "The agenda:", "Minutes of the March 2019 Meeting", "September meeting",
    "MAY MINUTES", "Mayday meeting", "Northwold Parish Council - September meeting", "Planning Boards",
    "M\u0130NUTES", "Agenda\n", "Committee \u2013", "", "x" * 95 + " Council",
]


@pytest.mark.parametrize("line", TITLE_LINES)
def test_title_patterns_prefiltered_find_what_a_plain_search_finds(line: str) -> None:
    end = _title_end("en")[0]
    assert _meeting_title(line, "en") == (bool(end.search(line)) and len(line) <= 90 and not re.search(r"\d", line))
    month = _month_meeting("en")[0]
    found = month.search(line)
    fast = search(month, _month_meeting("en")[1], line, fold(line))
    assert (fast and fast.span()) == (found and found.span())
