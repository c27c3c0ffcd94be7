"""The motions stage's fast scans find exactly what the plain patterns find (issue 10's speed work)."""

from __future__ import annotations

import pytest

from minutes_cli.stages.motions._scans import mover_scans, seconders_and_outcome
from minutes_cli.text.movers import mover_patterns
from minutes_cli.text.scan import finditer

# Movers, seconders and outcomes as papers write them, and near misses: a name before "(motion)",
# "(Motion)" with no name, "seconded" in capitals, "2nd", a blank line, an outcome opening a line.
TEXTS = [
    "Moved by Councillor A. Ames, seconded by Cllr B. Birch, that the report be received. CARRIED.\n",
    "Minutes approved \u2013 A. Prest (motion), C. Dale (second). The motion was lost.\n",
    "(Motion) and (moved) alone; J Smith-Jones (Mover) spoke. Cr Vale / Cr Wynn\nAgreed\n",
    "It was proposed by Mrs Ives and SECONDED BY Mr Joyce: approve. 2nd: Ms Kay.\n\n  * Not agreed *\n",
    "Director Kay made the motion to approve; Director Lee seconded. Motion passes 5-0. withdrawn\n",
    "Moved (Cr Vale/Cr Wynn): That the item be deferred. The amendment was then declared carried.\n",
    "On the Motion of Councillors D Lamb and T Kerr That it be noted. Iris Kemp and Owen Platt moved that.\n",
    "Work done by Cuan Mhuire and Councillor Lena Quill proposed. Moved Crs Walsh and Doyle, seconded by Cr Ash\n",
    "", "\n", "motion", "Seconded by",
]


@pytest.mark.parametrize("text", TEXTS)
def test_led_seconders_and_outcome_search_as_the_plain_ones(text: str) -> None:
    plain = mover_patterns("en")
    seconders, outcome = seconders_and_outcome("en")
    pairs = [*zip(plain.seconders, seconders), (plain.outcome, outcome)]
    for slow, fast in pairs:
        assert fast.groupindex == slow.groupindex
        for start in range(len(text) + 1):
            a, b = slow.search(text, start), fast.search(text, start)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (slow.pattern[:60], start)


@pytest.mark.parametrize("text", TEXTS)
def test_mover_scans_find_as_finditer(text: str) -> None:
    spans = [(0, len(text))] if len(text) < 40 else [(0, 30), (35, len(text))]
    for pattern, scan in mover_scans("en"):
        assert [m.span() for m in scan(pattern, text, spans)] == [m.span() for m in finditer(pattern, text, spans)]


def test_the_cases_hold_movers_seconders_and_outcomes() -> None:
    """The comparisons above are not vacuous, and the name-first movers take the windowed scan."""
    plain = mover_patterns("en")
    assert sum(1 for t in TEXTS for p in plain.movers for _ in p.finditer(t)) >= 6
    assert sum(1 for t in TEXTS for p in plain.seconders for _ in p.finditer(t)) >= 4
    assert sum(1 for t in TEXTS for _ in plain.outcome.finditer(t)) >= 6
    assert sum(1 for t in TEXTS for p in plain.pairs for _ in p.finditer(t)) >= 2
    # the name-first mover and the name-first pair ("Iris Kemp and Owen Platt moved") take the windowed scan
    assert [scan.__name__ for _, scan in mover_scans("en")].count("finditer_needed") == 2
