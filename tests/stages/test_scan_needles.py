"""Literal needles derived from a pattern: a paper without any of them cannot match it."""

from __future__ import annotations

import re
import sys

import pytest

from minutes_cli.stages.metadata.kind import cues
from minutes_cli.text.scan import first_place, fold, may_match, needles, search


@pytest.mark.parametrize(("pattern", "expected"), [
    pytest.param(r"(?i)^Recorded votes?\b|^Vote (?:record|details)\b", {("recorded vote", True),
                 ("vote record", True), ("vote details", True)}, id="branches-and-optional-letter"),
    pytest.param(r"\b(?:Meeting [Mm]inutes|MEETING MINUTES)\b", {("Meeting Minutes", False),
                 ("Meeting minutes", False), ("MEETING MINUTES", False)}, id="small-class-spelt-out"),
    pytest.param(r"a(?i:BC)d", {("bc", True)}, id="case-blind-group-in-a-cased-pattern"),
    pytest.param(r"(?i)x(?-i:Yz)", {("Yz", False)}, id="cased-group-in-a-case-blind-pattern"),
    pytest.param(r"(?i)caf\u00e9 (?:au|du) lait", {(" au lait", True), (" du lait", True)},
                 id="a-case-blind-non-ascii-letter-ends-a-run"),
    pytest.param(r"(?:\d+|y)\w", None, id="a-class-or-its-repeat-requires-nothing"),
    pytest.param(r"(?:said)?\s*told", {("told", False)}, id="optional-part-is-not-required"),
])
def test_needles(pattern: str, expected: set[tuple[str, bool]] | None) -> None:
    found = needles(re.compile(pattern))
    assert (set(found.all()) if found is not None else None) == expected


def test_case_blind_needles_see_what_the_pattern_sees() -> None:
    """"ſeconded", "MİNUTES" and the Kelvin sign match case-blind ASCII patterns; `fold` keeps them."""
    for text, pattern in (("Motion \u017feconded", r"(?i)seconded"), ("M\u0130NUTES OF", r"(?i)minutes of"),
                          ("5 \u212aB", r"(?i)5 kb"), ("D\u0131rector", r"(?i)director")):
        compiled = re.compile(pattern)
        assert compiled.search(text)
        assert may_match(needles(compiled), text, fold(text))
    assert not may_match(needles(re.compile(r"(?i)seconded")), "Motion carried", fold("Motion carried"))


def test_fold_covers_every_character_a_case_blind_letter_matches() -> None:
    """Every code point outside ASCII that `re` matches case-blind to an ASCII letter folds to it."""
    others = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for m in re.finditer(f"(?i){letter}", others):
            assert fold(m.group()) == letter, (hex(ord(m.group())), letter)


def test_every_kind_pattern_matches_only_where_its_needles_are() -> None:
    """Each lexicon kind cue, on a line written to match it, has a needle in that line."""
    lines = ["Decision details", "Decision Maker: Cabinet", "Is Key decision?: Yes", "Record of Cabinet Decision",
             "Reasons for the decision: cost", "Meeting: 18/01/2023 - Licensing Panel (Item 7)",
             "19 Arrangements for the year PDF 378 KB", "Legislative History", "File #: 22-1", "Type: | Resolution | "
             "Status: | ADOPTED", "Date | Ver. | Action By | Action | Result", "Minutes:", "MINUTES OF THE COUNCIL",
             "Council Meeting Minutes", "A Meeting of Northbury Council was held in", "Notes of the meeting",
             "PRESENT", "called to order", "RESOLVED", "Apologies", "Ayes: 4", "seconded by", "REPORT OF THE CLERK",
             "RECOMMENDATION", "Background", "Wards affected: all", "This report", "Agenda Item 4 Report No 3",
             "AGENDA", "You are summoned", "Agenda for the meeting", "A G E N D A", "Agenda - Monday",
             "will be held on 3 May to consider the following business", 'he said: "yes"', "Read more",
             "By Anne Roe", "No comments", "Recorded votes"]
    for kind, items in cues().patterns.items():
        for cue in items:
            hit = [line for line in lines if cue.pattern.search(line)]
            assert hit, (kind, cue.pattern.pattern)  # each cue is exercised by a line above
            for line in hit:
                assert may_match(cue.needles, line, fold(line)), (cue.pattern.pattern, line)
            for text in ("\n".join(lines), "\n".join(reversed(lines)), "\n".join(lines[::3])):
                expected = cue.pattern.search(text)
                got = search(cue.pattern, cue.needles, text, fold(text))
                assert (got and got.span()) == (expected and expected.span()), cue.pattern.pattern


@pytest.mark.parametrize(("pattern", "text", "place"), [
    pytest.param(r"^(?:AGENDA|Agenda)\s*$|\bSUMMONS\b", "x\nSUMMONS to\nAgenda\n", 2, id="first-needle-of-any-branch"),
    pytest.param(r"(?i)\bmeeting of\b", "The MEETING OF the Board", 4, id="case-blind-offset"),
    pytest.param(r"(?i)\bmeeting of\b", "\u0130\u0130 MEETING OF", 3, id="offsets-kept-after-fold"),
    pytest.param(r"(?<=\d )Agenda", "Agenda 4 Agenda", 0, id="lookbehind-is-zero-width"),
    pytest.param(r"(?:said)?\s*told", "we were told", 0, id="no-leading-needle-begins-at-0"),
    pytest.param(r"\bSUMMONS\b", "no such word", None, id="ruled-out"),
])
def test_first_place(pattern: str, text: str, place: int | None) -> None:
    compiled = re.compile(pattern, re.M)
    assert first_place(needles(compiled), text, fold(text)) == place
    expected = compiled.search(text)
    got = search(compiled, needles(compiled), text, fold(text))
    assert (got and got.span()) == (expected and expected.span())


def test_fold_keeps_every_offset() -> None:
    """Only U+0130 lower-cases to two characters, and `fold` maps it to one first."""
    assert fold("\u0130x") == "ix"
    assert [hex(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF
            and len(chr(c).lower()) != 1] == ["0x130"]
