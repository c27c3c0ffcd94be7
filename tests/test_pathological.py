"""Issue 14 #9: every stage stays linear on pathological repetitions of 100 KB.

Before the fix a run of dots in a vote line took minutes (`votes.COUNT_IN_LIST`,
`_people._split`'s count tail) and "Proposed by Cllr " repeated took 12 s (`motions._sentence`
ran back to the start of the text). The bound is generous (CPU seconds, so a busy shared
machine does not make it flaky); normal speed is measured in bench/, not here.
"""

from __future__ import annotations

import time

import pytest

from minutes_cli import Settings
from minutes_cli.loaders import load
from minutes_cli.pipeline import DEFAULT_STAGES

SIZE = 100_000
LIMIT = 1.0  # CPU seconds per stage; the slowest measured is ~0.7 s (speakers on "Mr " repeated)
CASES = {
    "brackets": ("", "["), "nested": ("", "([{"), "closers": ("", ")]}"),
    "dots": ("", "."), "attendance-dots": ("Present: Cllr A Smith", "."), "vote-dots": ("For: Cllr A Smith", "."),
    "dot-space": ("", ". "), "spaces": ("", " "), "whitespace": ("", " \t\n"),
    "resolved": ("", "RESOLVED: That "), "proposed": ("", "Proposed by Cllr "), "moved": ("", "moved and seconded "),
    "interest": ("", "declared an interest "), "honorific": ("", "Mr "), "cllr-dot": ("", "Cllr. "),
    "initials": ("Present: Cllr ", "A. "), "said": ("", "Cllr Smith said "), "counts": ("", "For: 3 Against: 2 "),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(CASES))
def test_every_stage_is_fast_on_pathological_text(case: str) -> None:
    head, unit = CASES[case]
    text = "Minutes\n\n" + head + unit * (SIZE // len(unit))
    doc = load(text.encode("utf-8"), "p.txt", Settings())
    slow = []
    for name, stage in DEFAULT_STAGES:
        started = time.process_time()
        stage(doc, Settings())
        spent = time.process_time() - started
        if spent > LIMIT:
            slow.append(f"{name}: {spent:.1f} s")
    assert not slow, f"{case}: {slow}"


# A scraped page with no line breaks: the loader puts breaks back at headings in capitals. Words of a
# heading that two alternatives of the capitals pattern both matched ("OF", "AND", "THE") made the
# heading scan exponential: 1.2 KB of "THE COUNCIL AND THE BOARD OF" took over 60 s.
FLAT = {"capitals": "THE COUNCIL AND THE BOARD OF ", "capitals-then-prose": "THE BOARD OF THE COUNCIL Met. "}


@pytest.mark.parametrize("case", sorted(FLAT))
def test_the_loader_is_fast_on_a_flattened_text_of_capitals(case: str) -> None:
    text = "MINUTES OF " + FLAT[case] * (20_000 // len(FLAT[case])) + "the end."
    started = time.process_time()
    doc = load(text.encode("utf-8"), "p.txt", Settings())
    assert time.process_time() - started < LIMIT
    assert doc.text.startswith("MINUTES OF THE ")
