"""`finditer_led` (a pattern tried only where one of its leading needles stands) gives exactly the
matches of `text.scan.finditer` over the same windows, for every speakers pattern it is used on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes_cli.document import Document
from minutes_cli.settings import Settings
from minutes_cli.stages import attendance, speakers
from minutes_cli.stages.speakers import _lists, _speech
from minutes_cli.stages.votes import _votetext
from minutes_cli.text.lowered import finditer_led, leading_needles
from minutes_cli.text.offsets import literal_offsets, root_offsets
from minutes_cli.text.scan import finditer, windows_at

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = sorted(p for p in (ROOT / "fixtures").rglob("*.txt"))
VOCAB = Settings().lexicon_key
# Texts written for this test: each speakers pattern's shape, and case and Unicode twists
WRITTEN = [
    "Proposed by Mrs Willis and seconded by C. Humphries. MOVED: Cr Barnes. prop. Mr.Bonnett, 2nd Mr. Ward",
    "“We are pleased,” said Councillor Ann Roe. SAID COUNCILLOR X. Explained Cllr Poe, and asked Mr Smith.",
    "A presentation of a cheque by the immediate past Chairman, Councillor Mrs Pam Bosworth was made.",
    "said Graham Hodkinson, the director of adult social care. Says Ann Lee, a resident.",
    "The planning officer (Murray Hancock) gave a report. — Janice McMillan made a presentation.",
    "Moved by Veitch, Seconded by Jermey. Councillor Roe (Proposed) and Mr Poe (seconded).",
    "İnvited Cllr Roe to speak; ſaid Mr Poe. The Clerk invited Councillor Lee to address the meeting.",
    "For 5, Against: 2, ABSTAIN (1). In favour - 7; Not voting 1. CARRIED RESOLUTION NO.2017/GM2012 5/0, Lost 3/4",
    "Questions and comments: the following questions and comments were raised by Cllr Roe and Cllr Poe.",
]


def _patterns() -> list[re.Pattern[str]]:
    near_honorific, near_motion, near_verb = speakers._patterns(VOCAB)
    return [*near_honorific, *near_motion, *near_verb, *_lists._patterns(VOCAB), _lists._question(VOCAB),
            _lists._invited(VOCAB), _lists._verb_first(VOCAB), _lists._passive(VOCAB),
            _votetext._count_patterns(VOCAB)[0], _votetext.SLASH_TALLY, attendance._public_words(VOCAB)[0]]


def _texts() -> list[str]:
    return WRITTEN + [p.read_text(encoding="utf-8") for p in FIXTURES]


def _spans(text: str) -> list[list[tuple[int, int]]]:
    """The whole text, and small windows every 37 characters (windows that cut matches short)."""
    return [[(0, len(text))], windows_at(list(range(0, len(text), 37)), 5, 20, len(text))]


@pytest.mark.parametrize("index", range(len(_patterns())))
def test_same_matches_as_finditer(index: int) -> None:
    pattern = _patterns()[index]
    for text in _texts():
        for spans in _spans(text):
            expected = [(m.span(), m.groupdict()) for m in finditer(pattern, text, spans)]
            assert [(m.span(), m.groupdict()) for m in finditer_led(pattern, text, spans)] == expected


def test_leading_needles_read_a_first_group() -> None:
    """ "(?<![\\w'])(?P<verb>moved|seconded)\\s+by": every match opens with the group's words."""
    found = leading_needles(re.compile(r"(?<![\w'])(?P<verb>moved|seconded)\s+by\s+\w+", re.I))
    assert found is not None and found.leading and set(found.blind) == {"moved", "seconded"}
    assert leading_needles(re.compile(r"(?P<name>[A-Z]\w+)\s+said")) is None


def test_written_texts_have_matches() -> None:
    """The equality test above is not vacuous: the written texts give matches of the led patterns."""
    led = [p for p in _patterns() if leading_needles(p) is not None]
    assert sum(1 for p in led for t in WRITTEN for _ in finditer_led(p, t, [(0, len(t))])) >= 10


def _finds(text: str, literal: str) -> list[int]:
    out, i = [], text.find(literal)
    while i != -1:
        out.append(i)
        i = text.find(literal, i + 1)
    return out


@pytest.mark.parametrize("text", [t for t in WRITTEN if "İ" not in t] + ["councillor COUNCILLORS Councillor, cllrcllr aaaa"])
def test_root_offsets_are_every_find(text: str) -> None:
    """The one Aho-Corasick pass finds each root wherever `str.find` does, overlaps too ("aaaa")."""
    roots = ["councillor", "council", "cllr", "aa", "said", "by", "ſaid"]
    at = root_offsets(text, roots)
    assert at is not None
    low = text.lower()
    assert {r: at[r] for r in roots} == {r: _finds(low, r) for r in roots}


def test_literal_offsets_where_lower_case_moves_offsets() -> None:
    """ "İ" lower-cases to two characters: the literals are then found in the text as written."""
    text = "İnvited Councillor Roe; COUNCILLOR Poe and councillor Lee"
    assert root_offsets(text, ["councillor"]) is None
    assert literal_offsets(text, ["Councillor", "COUNCILLOR"]) == [8, 24]


@pytest.mark.parametrize("text", _texts() + [" said", "said Roe", "\\tstated, and  told  \\n said"])
def test_verb_hits_are_the_pattern_s_matches(text: str) -> None:
    """`verb_hits` (tried only before written verbs) finds what the verb pattern finds over the text."""
    expected = [(m.span(), m.group("verb")) for m in _speech._patterns(VOCAB).finditer(text)]
    assert [(m.span(), m.group("verb")) for m in _speech.verb_hits(Document(source="t.txt", text=text), VOCAB)] == expected
