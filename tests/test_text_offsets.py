"""One mechanism for cue windows: `scan.windows` opens them around `text.offsets`' Aho-Corasick
offsets, and `scan._leading` reads what every match opens with, inside groups too."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutes_cli.settings import Settings
from minutes_cli.stages import roles
from minutes_cli.text import lowered, offsets
from minutes_cli.text.lowered import finditer_led, leading_needles
from minutes_cli.text.movers import mover_patterns
from minutes_cli.text.scan import finditer, needles, starts, windows, windows_at

# Texts written for this test: the mover shapes the motions stage reads
MOVED = [
    "It was moved by Councillor Ann Roe and seconded by Cllr Poe that the report be noted.",
    "It was formally proposed by Mrs Willis, seconded by C. Humphries. MOVED: Cr Barnes. Motion by Kay, second by Lee",
    "Cllr Gray moved the motion. COUNCIL MEMBER BRADSHAW MOVED. The Leader formally moved the budget.",
    "A. Prest (motion), C. Dale (second). Moved (Cr Vale/Cr Wynn): That the minutes be approved.",
    "£58.75 proposed B. Glover and seconded by M. Grief. Director Kay made the motion to approve.",
    "it was MOVED by COUNCILLOR JORDAN; formally Moved by Veitch, Seconded by Jermey. an Alderman moved",
    "Councillor M. Collins, An Cathaoirleach, and the Leader, Councillor Smith, met Mayor Tom Rackers.",
    "Cllr Smith (Chairman); Chairman: Cllr Jones. Councillor Mrs Pam Bosworth - Vice-Chair. THE CHAIR, Mr Roe",
]


def _finds(text: str, literals: list[str]) -> list[int]:
    """Every offset `str.find` gives for any literal, overlaps too (the old window mechanism)."""
    out: list[int] = []
    for literal in literals:
        i = text.find(literal)
        while i != -1:
            out.append(i)
            i = text.find(literal, i + 1)
    return sorted(out)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aAbBİıſK \n.", max_size=60),
       st.lists(st.text(alphabet="aAbBİı .", min_size=1, max_size=3), min_size=1, max_size=4))
def test_windows_are_those_of_every_find(text: str, literals: list[str]) -> None:
    """The windows around the one pass's offsets are the windows around every `str.find` hit."""
    assert windows(text, literals, 3, 4) == windows_at(_finds(text, literals), 3, 4, len(text))


def test_windows_hold_written_case_variants() -> None:
    text = "Councillor Roe; COUNCILLOR Poe; councillor Lee; İnvited"
    assert offsets.literal_offsets(text, ["Councillor", "COUNCILLOR"]) == [0, 16]
    assert windows(text, ("Councillor", "COUNCILLOR"), 0, 1) == [(0, 1), (16, 17)]
    # a literal written in lower case stands only where the text is in lower case (it was taken at every hit)
    assert offsets.literal_offsets("Said Roe, said Poe", ["said"]) == [10]


@pytest.mark.parametrize(("pattern", "expected"), [
    # a first group read with its own case rule
    (re.compile(r"(?<![\w'])(?i:moved|seconded)\s+by\s+\w+"), {("moved", True), ("seconded", True)}),
    (re.compile(r"(?-i:Cllr|Cr)\s+\w+", re.I), {("Cllr", False), ("Cr", False)}),
    # an optional opener, or what follows it
    (re.compile(r"\b(?i:(?:it\s+was\s+)?(?:formally\s+)?(?:moved|proposed)\s+by)"),
     {("it", True), ("formally", True), ("moved", True), ("proposed", True)}),
    (re.compile(r"(?:\d+\s+)?votes?"), None),  # a class opens the optional part: no needle opens every match
    (re.compile(r"(?:Mr\s+)?\w+"), None),
])
def test_leading_reads_groups_and_optional_openers(pattern: re.Pattern[str], expected: set[tuple[str, bool]] | None) -> None:
    found = starts(pattern)
    assert (None if found is None else set(found)) == expected


def test_mover_and_role_patterns_led_give_the_same_matches() -> None:
    """`finditer_led` tries a mover or role pattern only at its needles: the same matches as `finditer`."""
    key = Settings().lexicon_key
    patterns = mover_patterns(key)
    led = [p for p in (*patterns.movers, *patterns.seconders, *roles._patterns(key)[:3]) if leading_needles(p) is not None]
    assert len(led) >= 9
    seen = 0
    for pattern in led:
        for text in MOVED:
            for spans in ([(0, len(text))], windows_at(list(range(0, len(text), 37)), 5, 20, len(text))):
                expected = [(m.span(), m.groupdict()) for m in finditer(pattern, text, spans)]
                assert [(m.span(), m.groupdict()) for m in finditer_led(pattern, text, spans)] == expected
                seen += len(expected)
    assert seen >= 10


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aAbBİıſK \n.", max_size=60),
       st.lists(st.text(alphabet="aAbBİı .", min_size=1, max_size=3), min_size=1, max_size=5))
def test_literal_offsets_are_every_find_once(text: str, literals: list[str]) -> None:
    """The offsets of several roots are joined without a set (no root starts with another): each
    offset once, in order, as every `str.find` gives them; a tuple (cached by id) as a list."""
    expected = sorted(set(_finds(text, literals)))
    assert offsets.literal_offsets(text, tuple(literals)) == expected
    assert offsets.literal_offsets(text + "", list(literals)) == expected


def test_a_literal_list_changed_between_calls_is_read_again() -> None:
    """A tuple is cached by id; a list is cached too but its words are compared: it may change."""
    text = "Moved by Roe. Seconded by Poe. Proposed by Lee; Carried."
    words = ["Moved", "Proposed", "Lost", "Withdrawn"]  # `offsets.FEW` or more: cached
    assert len(words) >= offsets.FEW
    assert offsets.literal_offsets(text, words) == [0, 31]
    words.append("Seconded")
    assert offsets.literal_offsets(text, words) == [0, 14, 31]
    words[0] = "Carried"
    assert offsets.literal_offsets(text, words) == [14, 31, 48]
    assert offsets.literal_offsets(text, ("Moved",)) == [0]


def test_root_offsets_skip_the_check_only_for_roots_a_pass_covered() -> None:
    """A root tuple all of whose roots a pass over the text looked for is answered at once; one
    with a root no pass looked for yet starts a pass, and every answer is every `str.find`."""
    first, second = "zq1 zq2 zq1 zq4 zq5", "zq2 zq3 zq1 zq3 zq6"
    known = ("zq1", "zq2", "zq4", "zq5")
    got = offsets.root_offsets(first, known)
    assert got is not None and [got[r] for r in known] == [[0, 8], [4], [12], [16]]
    new = ("zq3", "zq6", "zq7", "zq8")  # never asked for before this test
    for text in (second, first):
        for roots in (new, known + new, known):
            got = offsets.root_offsets(text, roots)
            assert got is not None and [got[r] for r in roots] == [_finds(text, [r]) for r in roots]


def test_needles_per_pattern_are_those_of_the_pattern() -> None:
    """`leading_needles` keeps its answer by the pattern object's id (hashing a pattern hashes its
    compiled code): the answer is the uncached one, for a pattern made again too."""
    pattern = re.compile(r"(?i:moved|seconded)\s+by\s+\w+")
    again = re.compile(pattern.pattern + "(?:)")
    assert leading_needles(pattern) == lowered._leading_needles(pattern) == leading_needles(pattern)
    assert leading_needles(again) == lowered._leading_needles(again)
    assert lowered._needed(pattern) == needles(pattern)
    assert lowered._cased(re.compile("ab", re.I)).flags & re.I == 0


def _windows_reference(hits: list[int], before: int, after: int, size: int) -> list[tuple[int, int]]:
    """`windows_at` as it was: a tuple rebuilt for every hit the open window takes in."""
    merged: list[tuple[int, int]] = []
    for h in hits:
        s, e = max(0, h - before), min(size, h + after)
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 120), max_size=30), st.integers(0, 40), st.integers(0, 40), st.integers(0, 120),
       st.booleans())
def test_windows_at_are_the_windows_it_made_before(hits: list[int], before: int, after: int, size: int,
                                                   ordered: bool) -> None:
    """The same windows as the plain loop, for sorted hits and (the same rule) for unsorted ones."""
    hits = sorted(hits) if ordered else hits
    assert windows_at(hits, before, after, size) == _windows_reference(hits, before, after, size)
