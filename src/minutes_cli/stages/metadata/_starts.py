"""Try a heading pattern only where one of its matches can begin, not at every offset of the head.

`Pattern.finditer` tries every position at a few MB/s; most of the metadata stage's heading
patterns open with an anchor or an alternation that `re` cannot skip ahead to, so on a short paper
that scan is a fixed cost. Every match of such a pattern begins either where one of its leading
needles stands (`text.scan.starts`: "meeting", "Committee:") or, for a pattern that opens with `^`
under `re.M`, at a line's start (`re` reads "^" there as: offset 0 or just after "\\n"). Trying
`pattern.match` at those places only, in order, and skipping places inside the last match, gives
the same matches as `finditer` (a match at place p is the one `search` would find at p; tested in
tests/stages/test_metadata_starts.py against `finditer` itself).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import NamedTuple

from ...text.scan import Needle, _c, _parser, starts


class Starts(NamedTuple):
    """Where matches of one pattern begin: at one of `needles`, or (`lines`) at a line's start."""

    needles: tuple[Needle, ...]
    lines: bool


def starts_of(pattern: re.Pattern[str]) -> Starts | None:
    """The places every match of `pattern` begins at; None when they are not known."""
    begins = starts(pattern)
    if begins:
        return Starts(begins, False)
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    if pattern.flags & re.M and items and items[0] == (_c.AT, _c.AT_BEGINNING):
        return Starts((), True)
    return None


def line_starts(text: str) -> list[int]:
    """Offset 0 and every offset just after a newline (where `^` matches under `re.M`)."""
    out = [0]
    i = text.find("\n")
    while i != -1:
        out.append(i + 1)
        i = text.find("\n", i + 1)
    return out


def places(begins: Starts, text: str, folded: str, lines: list[int]) -> list[int]:
    """The sorted offsets where a match can begin (a case-blind needle is found in `fold(text)`)."""
    if begins.lines:
        return lines
    found: set[int] = set()
    for needle, blind in begins.needles:
        haystack = folded if blind else text
        i = haystack.find(needle)
        while i != -1:
            found.add(i)
            i = haystack.find(needle, i + 1)
    return sorted(found)


def matches_at(pattern: re.Pattern[str], text: str, at: int, where: list[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, at)`, tried only at the offsets `where` (sorted; every match
    begins at one of them). From an empty match on, `finditer` itself runs (after one, it may
    still find a longer match at the same place, which `match` cannot ask for)."""
    last = at
    for p in where[bisect.bisect_left(where, at):]:
        if p >= last and (m := pattern.match(text, p)) is not None:
            if m.end() == p:
                yield from pattern.finditer(text, p)
                return
            last = m.end()
            yield m
