"""`_lines.line_finditer` gives exactly `finditer` of the `(?m)^` pattern, for the speakers stage's
line patterns (transcript turns, lists of who attended) and for bodies written to probe its edges."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes_cli.settings import Settings
from minutes_cli.stages.speakers import _lines, _lists
from minutes_cli.stages.speakers._patterns import opening_name
from minutes_cli.text.scan import finditer, windows_at

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = sorted(p for p in (ROOT / "fixtures").rglob("*.txt"))
VOCAB = Settings().lexicon_key
# Written for this test: turns and attendance lines at the text's start, end, after blank lines
WRITTEN = [
    "Mayor Rees: welcome.\nCOUNCIL MEMBER ROE: thank you\n\n**Mr. James Kamau**: yes\nThe Assistant Minister (Mr. Gabbow):",
    "Present: Cllr A, Cllr B\nApologies: Cllr C\n\n\n  - In attendance: Mr D\nPresent:",
    "\nMayor Rees:\n\nMayor Rees: \n", "", "\n", "Mayor Rees:", "x Mayor Rees: not at a line start\r\nMayor Poe: yes",
]
# Bodies that match across or up to a newline, or at every line
EDGES = [(r"a\n", 0), (r"\W*b", 0), (r"[^\n]*", 0), (r"(?:a|\n)", 0), (r"(?:x|y)+\n?", re.I)]
EDGE_TEXTS = ["a\na\na", "a\n\na\n", "\n\n b\nb", "ab\nXy\nxY\n\ny", "", "\n"]


def _check(body: str, flags: int, text: str) -> None:
    plain = re.compile("(?m)^" + body, flags)
    expected = [(m.span(), m.groupdict()) for m in plain.finditer(text) if m.end() > m.start()]
    assert [(m.span(), m.groupdict()) for m in _lines.line_finditer(body, flags, text)] == expected


@pytest.mark.parametrize("index", range(len(WRITTEN) + len(FIXTURES)))
def test_speaker_line_patterns(index: int) -> None:
    text = (WRITTEN + [p.read_text(encoding="utf-8") for p in FIXTURES])[index]
    _check(_lists._turn(VOCAB), re.I | re.X, text)
    _check(_lines._excluded_body(VOCAB), re.I, text)


@pytest.mark.parametrize("body, flags", EDGES)
def test_edges(body: str, flags: int) -> None:
    for text in EDGE_TEXTS:
        if re.compile("(?m)^" + body, flags).match("") is None:  # the bodies that never match empty
            _check(body, flags, text)


def test_written_texts_have_matches() -> None:
    turns = list(_lines.line_finditer(_lists._turn(VOCAB), re.I | re.X, WRITTEN[0]))
    assert [m.group("name") for m in turns] == ["Rees", "ROE", "James Kamau", "Gabbow"]
    assert len(list(_lines.line_finditer(_lines._excluded_body(VOCAB), re.I, WRITTEN[1]))) == 4


STARTS = [
    "— Janice McMillan made a presentation. Steve Schlueter presented; Finance Director Steve Schlueter spoke",
    "Ann Roe said.\nBob Poe said:\tCarl Dee said– Dana Eve said.  Ed Fox said.Gil Hay said\n\nIan Jay said",
    "x. Ann Roe said", ". Ann Roe said", "Ann Roe said", "", ".\n", "a.\nAnn Roe said. Bob Poe said",
]


def _spans(text: str) -> list[list[tuple[int, int]]]:
    """The whole text, and small windows every 23 characters (windows that cut matches short)."""
    return [[(0, len(text))], windows_at(list(range(0, len(text), 23)), 5, 30, len(text)),
            windows_at(list(range(0, len(text), 7)), 1, 2, len(text))]


@pytest.mark.parametrize("index", range(len(STARTS) + len(FIXTURES)))
def test_sentence_start_pattern(index: int) -> None:
    text = (STARTS + [p.read_text(encoding="utf-8") for p in FIXTURES])[index]
    body, flags = opening_name(VOCAB), re.M | re.X
    whole = _lines.start_patterns(body, flags)[0]
    for spans in _spans(text):
        expected = [(m.span(), m.groupdict()) for m in finditer(whole, text, spans)]
        assert [(m.span(), m.groupdict()) for m in _lines.start_finditer(body, flags, text, spans)] == expected
    for body in (r"(?:x|y)+", r"[A-Z]\w*"):  # bodies that start anywhere a start is
        for spans in _spans(text):
            expected = [m.span() for m in finditer(_lines.start_patterns(body, 0)[0], text, spans)]
            assert [m.span() for m in _lines.start_finditer(body, 0, text, spans)] == expected


def test_sentence_starts_have_matches() -> None:
    found = _lines.start_finditer(opening_name(VOCAB), re.M | re.X, STARTS[1], [(0, len(STARTS[1]))])
    assert [m.group("name") for m in found] == ["Ann Roe", "Bob Poe", "Carl Dee", "Dana Eve", "Ian Jay"]  # not after two blanks, nor none
