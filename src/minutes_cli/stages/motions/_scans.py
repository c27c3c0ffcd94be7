"""The motions stage's scans: each pattern searched the fastest way that finds the same matches.

Mover patterns that open with a needle are tried only where one stands (`text.lowered.finditer_led`);
one that opens with a name but holds a case-blind word ("A. Prest (motion)") only in the windows
holding that word (`finditer_needed`); seconder and outcome patterns stand behind a lookahead for
their first letters (`text.lowered.led`). Measured on the corpus PDFs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from ...text.lowered import finditer_led, finditer_needed, leading_needles, led
from ...text.movers import mover_patterns
from ...text.scan import needles

Scan = Callable[[re.Pattern[str], str, list[tuple[int, int]]], Iterator[re.Match[str]]]


@lru_cache(maxsize=8)
def mover_scans(vocab: str) -> tuple[tuple[re.Pattern[str], Scan], ...]:
    """Each mover pattern with the scan that finds its matches fastest (both give `text.scan.finditer`'s
    matches): tried at the words it opens with; or, opening with none ("A. Prest (motion)" opens
    with a name) but holding one of a few case-blind words, only in the windows that hold one."""
    out: list[tuple[re.Pattern[str], Scan]] = []
    patterns = mover_patterns(vocab)
    for p in (*patterns.pairs, *patterns.movers):  # a pair first: "Moved by Cllr A and Cllr B" names both
        held = needles(p)
        blind_only = held is not None and not held.cased and leading_needles(p) is None
        out.append((p, finditer_needed if blind_only else finditer_led))
    return tuple(out)


@lru_cache(maxsize=8)
def seconders_and_outcome(vocab: str) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    """The seconder and outcome patterns of lexicon `vocab`, each behind a lookahead for its first
    letters (`text.lowered.led`: the same matches, searched faster; measured on the corpus PDFs)."""
    patterns = mover_patterns(vocab)
    return tuple(led(p) for p in patterns.seconders), led(patterns.outcome)
