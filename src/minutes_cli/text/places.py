"""Where the needles of many patterns first occur in a text, found in one pass.

`scan.needles` gives each pattern a few literals one of which is in every match. Looking for each
with `str.find` scans a whole paper once per needle (125 needles for the kind cues alone); an
Aho-Corasick automaton (`text.offsets.automaton`) finds them all in one pass over the text and one over
`scan.fold(text)`. `placed` then answers what `scan.first_place` answers, from those places.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .offsets import automaton as _automaton
from .scan import Needle, Needles


class NeedleIndex:
    """The needles of several patterns, compiled into two automata (as written; case-blind)."""

    def __init__(self, found: Iterable[Needles | None]) -> None:
        every = [n for f in found if f is not None for n in f.all()]
        self._cased_words = sorted({n for n, b in every if not b})
        self._blind_words = sorted({n for n, b in every if b})
        self._cased, self._blind = _automaton(self._cased_words), _automaton(self._blind_words)

    def places(self, text: str, folded: str) -> dict[Needle, int]:
        """The first offset of every needle in the text (case-blind ones in `folded`, `fold(text)`)."""
        out: dict[Needle, int] = {}
        for automaton, words, haystack, blind in ((self._cased, self._cased_words, text, False),
                                                  (self._blind, self._blind_words, folded, True)):
            if automaton is None:
                continue
            for i, start, _ in automaton.find_matches_as_indexes(haystack, overlapping=True):
                key = (words[i], blind)
                if start < out.get(key, start + 1):
                    out[key] = start
        return out


    def occurrences(self, text: str) -> Iterator[tuple[int, str]]:
        """(end, needle) for every occurrence of a needle as written, overlaps included, in order of end."""
        if self._cased is not None:
            for i, _, end in self._cased.find_matches_as_indexes(text, overlapping=True):
                yield end - 1, self._cased_words[i]


def placed(found: Needles | None, places: dict[Needle, int], end: int | None = None) -> int | None:
    """`scan.first_place` read from a `NeedleIndex`'s places: None when no needle is there, the first
    needle's place when every match begins with one, else 0. With `end`, only the text before `end`
    counts (a head: a needle is in the head exactly when its first occurrence ends there)."""
    if found is None:
        return 0
    best = -1
    for blind, words in ((False, found.cased), (True, found.blind)):
        for word in words:
            i = places.get((word, blind))
            if i is not None and (end is None or i + len(word) <= end):
                if not found.leading:
                    return 0  # one needle is enough
                best = i if best < 0 else min(best, i)
    return None if best < 0 else best
