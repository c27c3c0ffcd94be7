"""`finditer_needed` (a pattern scanned only in the windows where one of its needles starts) gives
exactly the matches of `text.scan.finditer` over the same windows (texts written for this test)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes_cli.settings import Settings
from minutes_cli.stages.votes import _votetext
from minutes_cli.text.lowered import finditer_needed
from minutes_cli.text.scan import finditer, needles, windows, windows_at

from ._helpers import parse

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = sorted(p for p in (ROOT / "fixtures").rglob("*.txt"))
VOCAB = Settings().lexicon_key
WRITTEN = [
    "Motion carried 6-0. 4-0. Motion carries. 5-0-1 minutes approved. Item 3-4 of the plan; pages 10-12.",
    "The vote was LOST 2-7 after debate; APPROVED 9-0; a 3-2 split without a result word; passed, 7-1",
    # case-blind needles where lower-casing and re.IGNORECASE part ways ("ſ" is "s" only to the pattern)
    "Motion pa\u017f\u017fed 6-1. MOTION FAILS 2-5. \u212aept 3-3 (tied) and the motion fell 1-4.",
    "Withdrawn by Cllr Roe; Cllr Poe withdrew the amendment. No withdrawal here.",
]
PATTERNS = [_votetext._dash_tally(VOCAB), re.compile(r"(?<!\w)\d+-\d+\s+(?i:carried|lost)"),
            re.compile(r"\b(?:Cllr|Cr)\s+\w+\s+(?i:withdr[a-z]+)"), re.compile(r"(?i:motion)?\s*")]


def _spans(text: str) -> list[list[tuple[int, int]]]:
    """The whole text, windows every 23 characters that cut needles and matches in two, and the
    stage's own windows around "-"."""
    return [[(0, len(text))], windows_at(list(range(0, len(text), 23)), 4, 9, len(text)),
            windows(text, ("-",), 40, 40), []]


@pytest.mark.parametrize("text", WRITTEN + [p.read_text(encoding="utf-8") for p in FIXTURES])
def test_needed_windows_give_the_same_matches(text: str) -> None:
    for pattern in PATTERNS:
        for spans in _spans(text):
            fast = [(m.start(), m.end()) for m in finditer_needed(pattern, text, spans)]
            assert fast == [(m.start(), m.end()) for m in finditer(pattern, text, spans)], pattern.pattern


def test_the_comparison_is_not_vacuous() -> None:
    """The dash tally has needles (else nothing is left out), and finds tallies in the written texts."""
    assert needles(_votetext._dash_tally(VOCAB)) is not None
    found = [m.group(0) for m in finditer_needed(_votetext._dash_tally(VOCAB), WRITTEN[2], [(0, len(WRITTEN[2]))])]
    assert any("pa\u017f\u017fed 6-1" in f for f in found)
    assert any("FAILS 2-5" in f for f in found)


def test_dash_events_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [parse(t) for t in WRITTEN]
    fast = [[(e.span, e.counts) for e in _votetext._dash_events(d, VOCAB)] for d in docs]
    monkeypatch.setattr(_votetext, "finditer_needed", finditer)
    assert fast == [[(e.span, e.counts) for e in _votetext._dash_events(d, VOCAB)] for d in docs]
    assert any(fast)
