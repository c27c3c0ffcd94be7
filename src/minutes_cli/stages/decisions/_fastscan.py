"""Fast scans that find exactly a pattern's own matches, for the decisions and motions stages.

Both rest on `text.lowered.leading_needles`: literals one of which every match of a pattern opens
with. `led` puts a lookahead for their first letters before the pattern; `finditer_at` tries the
pattern only where one of them starts (an Aho-Corasick pass over a short text finds them all).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import ahocorasick_rs

from ...text.lowered import leading_needles
from ...text.offsets import automaton


def led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a lookahead for the first letters of the needles every match of it begins
    with: the same matches, since each starts at such a letter, but the scan passes most offsets at
    that one test, where the pattern's branches each fail in turn (measured on the corpus PDFs)."""
    found = leading_needles(pattern)
    if found is None or not found.leading or "" in found.cased or "" in found.blind:
        return pattern
    cased = "".join(sorted({re.escape(n[0]) for n in found.cased}))
    blind = "".join(sorted({re.escape(n[0]) for n in found.blind}))
    guard = "|".join(([f"[{cased}]"] if cased else []) + ([f"(?i:[{blind}])"] if blind else []))
    end = "\n)" if pattern.flags & re.VERBOSE else ")"  # a verbose pattern's last line may be a comment
    return re.compile(f"(?=(?:{guard}))(?:{pattern.pattern}{end}", pattern.flags)


def needle_automaton(pattern: re.Pattern[str]) -> ahocorasick_rs.AhoCorasick | None:
    """An automaton of the needles every match of `pattern` opens with, all found as written; None
    when there are none or some are case-blind (an automaton would not find them as `re` does)."""
    found = leading_needles(pattern)
    if found is None or not found.leading or found.blind or not found.cased or "" in found.cased:
        return None
    return automaton(list(found.cased))


def finditer_at(pattern: re.Pattern[str], needles_at: ahocorasick_rs.AhoCorasick | None,
                text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, the same matches: each opens with a needle, so the pattern is tried
    only where one starts, left to right, from the end of the match before (as finditer goes on; a
    match holds its needle, so none is empty). Without an automaton, `led(pattern)`'s finditer."""
    if needles_at is None:
        yield from led(pattern).finditer(text)
        return
    last = 0
    for at in sorted({start for _, start, _ in needles_at.find_matches_as_indexes(text, overlapping=True)}):
        if at >= last and (m := pattern.match(text, at)) is not None:
            yield m
            last = m.end()
