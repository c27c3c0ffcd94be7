"""cue_windows keeps only the literal windows that hold a cue phrase, and finds the same matches."""

from __future__ import annotations

import re

from minutes_cli.lexicon import literals
from minutes_cli.settings import vocabulary
from minutes_cli.stages import roles
from minutes_cli.text.cuewindows import cue_windows
from minutes_cli.text.movers import mover_patterns
from minutes_cli.text.names import canonical_role, honorific_chain
from minutes_cli.text.scan import finditer, windows

FILLER = ("The people of the Parish Council approved the plan. " + "The hall was full and all were pleased. " * 12) * 3
TEXT = (FILLER + "It was moved by Councillor Ann Roe, seconded by Councillor Bob Poe, that the hall be painted.\n"
        + FILLER + "The Leas-Chathaoirleach, Councillor Cy Doe, welcomed all. The CHAIRMAN thanked them.\n" + FILLER
        + "Minutes approved - A. Prest (Motion), C. Dale (second)\n" + FILLER + "Moved (Cr Vale/Cr Wynn): that it close.\n")


def _phrases() -> list[str]:
    words = vocabulary("en")
    return [*words["mover_labels"], *words["mover_verbs"], *words["mover_marks"]]


def test_windows_without_a_cue_phrase_are_dropped() -> None:
    lits = literals(_phrases())
    every, kept = windows(FILLER, lits, 160, 200), cue_windows(FILLER, lits, _phrases(), 160, 200)
    assert every and kept == []  # "approved" holds "oved", but no mover word
    assert cue_windows(FILLER + "Moved by Cllr Roe.", lits, _phrases(), 160, 200) != []


def test_a_role_in_another_case_keeps_its_window() -> None:
    words = vocabulary("en")["roles"]
    text = FILLER + "The Leas-Chathaoirleach welcomed all."
    assert cue_windows(text, literals(words), words, 90, 90)  # no literal of its own, in this case


def test_the_same_mover_and_role_matches_as_on_every_window() -> None:
    movers = mover_patterns("en")
    spans, kept = windows(TEXT, movers.literals, 160, 200), cue_windows(TEXT, movers.literals, _phrases(), 160, 200,
                                                                      marks=("/",))
    assert len(kept) < len(spans)
    for p in movers.movers:
        assert [m.span() for m in finditer(p, TEXT, spans)] == [m.span() for m in finditer(p, TEXT, kept)]
    after, before, mention, pre = roles._patterns("en")
    words = vocabulary("en")["roles"]
    spans, kept = windows(TEXT, pre, 90, 90), cue_windows(TEXT, pre, words, 90, 90)
    assert len(kept) < len(spans)
    found = 0
    for p in (after, before, mention):
        every = list(finditer(p, TEXT, spans))
        inside = [m.span() for m in every if any(s <= m.start() < e for s, e in kept)]
        assert [m.span() for m in finditer(p, TEXT, kept)] == inside  # the kept windows find the same
        for m in every:  # what only the dropped windows held names no role ("Councillor Ann Roe")
            if m.span() not in inside:
                assert _role(m) is None, m.group()
        found += len(inside)
    assert found


def _role(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    role = groups.get("role") or honorific_chain(groups.get("mrole") or "", "en")[1] or ""
    return canonical_role(role, "en")
