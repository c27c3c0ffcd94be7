"""Run a costly pattern only near the literal words it needs.

Measured on 1.7 MB of Limerick minutes: a pattern that begins with an honorific or a
label alternation scans at 2-15 MB/s, while finding literals runs at C speed. So
each stage finds its literal cue words first (`text.offsets`, one pass for them all) ("oved", "nterest", "resent") and runs its
full pattern only in merged windows around them. Lookbehinds and `\\b` still see the text
before a window, because `Pattern.finditer(text, pos, endpos)` keeps the whole string.

`needles(pattern)` derives such literals from a pattern itself (with `re`'s own parser): a set
one of which every match holds, and, when every match opens with one, where a search may begin.
`search` and `first_place` use them to rule a paper out, or skip its head, before the pattern runs.
"""

from __future__ import annotations

import bisect
import importlib
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from ..document import Document
from .offsets import literal_offsets

# The parser of `re` itself, to read which literals a pattern requires (renamed in Python 3.11).
_NEW = sys.version_info >= (3, 11)
_parser: Any = importlib.import_module("re._parser" if _NEW else "sre_parse")
_c: Any = importlib.import_module("re._constants" if _NEW else "sre_constants")


def windows(text: str, literals: Iterable[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged (start, end) windows around every occurrence of any literal, as written (the
    offsets `text.offsets.literal_offsets` finds in its one pass over the text)."""
    return windows_at(literal_offsets(text, literals), before, after, len(text))


def windows_at(hits: list[int], before: int, after: int, size: int) -> list[tuple[int, int]]:
    """Merged (start, end) windows around sorted offsets already found. The open window is kept
    in two names, not rebuilt as a tuple at each hit it takes in (3x faster on 1,500 hits); min
    and max are spelled out as the builtins pick them (tests/test_text_offsets.py: the same windows)."""
    merged: list[tuple[int, int]] = []
    start, end = -1, -1  # no window open yet (a window starts at 0 or later)
    for h in hits:
        s = h - before if h > before else 0
        e = h + after if h + after < size else size
        if start >= 0 and s <= end:
            if e > end:
                end = e
        else:
            if start >= 0:
                merged.append((start, end))
            start, end = s, e
    if start >= 0:
        merged.append((start, end))
    return merged


def finditer(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """`pattern.finditer` restricted to the windows, in text order, without overlaps."""
    last = -1
    for s, e in spans:
        for m in pattern.finditer(text, max(s, last), e):
            if m.start() >= last:
                last = m.end() if m.end() > m.start() else m.start() + 1
                yield m


def block_index(doc: Document, offset: int) -> int | None:
    """The index of the block holding `offset` (bisect; `list.index` is linear)."""
    if doc.block_at(offset) is None:  # also refreshes the Document's own start index
        return None
    i = bisect.bisect_right(doc._block_starts, offset) - 1
    if i >= 0 and doc.blocks[i].span.start <= offset <= doc.blocks[i].span.end:
        return i
    return None


def offsets_within(offsets: list[int], start: int, end: int) -> list[int]:
    """The sorted `offsets` that fall in [start, end), by bisection."""
    return offsets[bisect.bisect_left(offsets, start):bisect.bisect_left(offsets, end)]


def block_position(doc: Document, offset: int) -> int:
    """The index of the block holding `offset`, or of the last block before it when the
    offset falls between blocks (bisect over the Document's own cached start index)."""
    doc.block_at(offset)  # refreshes the Document's start index
    return max(0, bisect.bisect_right(doc._block_starts, offset) - 1)


_REPEATS = tuple(getattr(_c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, n))
_ATOMIC = getattr(_c, "ATOMIC_GROUP", object())
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
# Literal prefilters derived from a pattern itself (as RE2's prefilter does): a set of needles one
# of which every match contains, so `str.find` can rule a paper out before the pattern scans it.
Needle = tuple[str, bool]  # (literal, case-blind: look for it lower-cased in `fold(text)`)
# The only characters outside ASCII that a case-blind pattern matches to an ASCII letter
# (tests/stages/test_scan_needles.py checks every code point): İ ı to "i", ſ to "s", K (Kelvin) to "k".
_FOLD = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))


def fold(text: str) -> str:
    """`text` lower-cased so that a case-blind ASCII needle is in it wherever the pattern could match."""
    if not text.isascii():
        for char, ascii_letter in _FOLD:
            if char in text:
                text = text.replace(char, ascii_letter)
    return text.lower()


class Needles(NamedTuple):
    """The needles of one pattern: literals to find as written, and lower-cased ones to find in `fold(text)`."""

    cased: tuple[str, ...]
    blind: tuple[str, ...]
    leading: bool = False  # every match begins with one of them ("^Agenda\\s*$|\\bSUMMONS\\b")

    def all(self) -> frozenset[Needle]:
        return frozenset({*((n, False) for n in self.cased), *((n, True) for n in self.blind)})


def needles(pattern: re.Pattern[str]) -> Needles | None:
    """Needles one of which is in every match of `pattern`; None when no literal is required."""
    items, blind = list(_parser.parse(pattern.pattern, pattern.flags)), bool(pattern.flags & re.I)
    found, first = _required(items, blind), _leading(items, blind)
    leading = first is not None and (found is None or _rank(first) >= _rank(found))
    found = first if leading else found  # needles that open every match also tell where to begin
    if found is None:
        return None
    if leading:  # a needle another one opens adds nothing: "Meeting of " covers "Meeting of the "
        found = frozenset(n for n in found if not any(o != n and o[1] == n[1] and n[0].startswith(o[0]) for o in found))
    return Needles(tuple(sorted(n for n, b in found if not b)), tuple(sorted(n for n, b in found if b)), leading)


def starts(pattern: re.Pattern[str]) -> tuple[Needle, ...] | None:
    """Needles one of which every match of `pattern` begins with, however short; None when there are none."""
    found = _leading(list(_parser.parse(pattern.pattern, pattern.flags)), bool(pattern.flags & re.I))
    return None if found is None else tuple(sorted(found))


def may_match(found: Needles | None, text: str, folded: str) -> bool:
    """False only when no needle is in the text: then the pattern cannot match it."""
    return found is None or any(map(text.__contains__, found.cased)) or any(map(folded.__contains__, found.blind))


def first_place(found: Needles | None, text: str, folded: str) -> int | None:
    """Where a match of the pattern can begin at the earliest: None when no needle is in the text,
    the first needle's place when every match begins with one (`fold` keeps every offset: tested), else 0."""
    if found is None:
        return 0
    if not found.leading:
        return 0 if may_match(found, text, folded) else None
    at = [i for i in (*map(text.find, found.cased), *map(folded.find, found.blind)) if i != -1]
    return min(at) if at else None


def search(pattern: re.Pattern[str], found: Needles | None, text: str, folded: str) -> re.Match[str] | None:
    """`pattern.search(text)`, begun where a match can begin (lookbehinds still see the text before)."""
    at = first_place(found, text, folded)
    return None if at is None else pattern.search(text, at)


PRODUCT_MAX = 16  # at most this many spellings of one run ("[Mm]eeting" gives 2, "votes?" gives 2)


def _required(items: list[tuple[Any, Any]], blind: bool) -> frozenset[Needle] | None:
    """The most selective needle set of a sequence: the spellings of a run of items that each match
    a few exact strings ("Vote (?:record|details)" gives "vote record", "vote details"), or one
    item's own set."""
    best: frozenset[Needle] | None = None
    run: frozenset[str] = frozenset({""})
    for op, av in [*items, (None, None)]:
        spellings = _exact(op, av, blind)
        if spellings is not None and len(run) * len(spellings) <= PRODUCT_MAX:
            run = frozenset(a + b for a in run for b in spellings)
            continue
        for found in (_shortest(run, blind) if "" not in run else None, _item(op, av, blind)):
            if found and (best is None or _rank(found) > _rank(best)):
                best = found
        run = spellings if spellings is not None and len(spellings) <= PRODUCT_MAX else frozenset({""})
    return best


def _leading(items: list[tuple[Any, Any]], blind: bool) -> frozenset[Needle] | None:
    """Needles one of which every match begins with (after its lookarounds and anchors), or None: the
    spellings of an opening run of exact items; else, looking into what opens the match, those of each
    alternative ("Cllr|Mayor"), of a first group read with its own case rule ("(?i:moved|seconded) by"),
    or of an optional opener and what follows it ("(?:it was )?moved by" gives "it", "moved by")."""
    while items and items[0][0] in _ZERO_WIDTH:
        items = items[1:]
    if not items:
        return None
    run: frozenset[str] = frozenset({""})
    for op, av in items:
        spellings = _exact(op, av, blind)
        if spellings is None or len(run) * len(spellings) > PRODUCT_MAX:
            break
        run = frozenset(a + b for a in run for b in spellings)
    if "" not in run:
        return frozenset((r, blind) for r in run)
    op, av = items[0]
    if op is _c.BRANCH:
        return _union([_leading(list(alt), blind) for alt in av[1]])
    if op is _c.SUBPATTERN:  # (group, flags added, flags removed, items)
        return _leading(list(av[3]), (blind or bool(av[1] & re.I)) and not av[2] & re.I)
    if op in _REPEATS and av[0] >= 1:  # (min, max, items)
        return _leading(list(av[2]), blind)
    if op in _REPEATS and av[0] == 0 and len(items) > 1:  # an optional opener, or what follows it
        return _union([_leading(list(av[2]), blind), _leading(items[1:], blind)])
    return None


def _union(sets: list[frozenset[Needle] | None]) -> frozenset[Needle] | None:
    """Every set's needles; None when one of them is None."""
    out: frozenset[Needle] = frozenset()
    for found in sets:
        if found is None:
            return None
        out |= found
    return out


def _exact(op: Any, av: Any, blind: bool) -> frozenset[str] | None:
    """The few strings an item matches, as a needle spells them; None when not a few."""
    if op is _c.LITERAL:  # a case-blind pattern matches a caseless character ("”") only as itself
        return None if blind and av >= 128 and _cased(chr(av)) else frozenset({chr(av).lower() if blind else chr(av)})
    if op is _c.IN and all(o is _c.LITERAL for o, _ in av) and len(av) <= PRODUCT_MAX:  # "[Mm]"
        return _exact_seq([], blind, alternatives=[[member] for member in av])
    if op is _c.SUBPATTERN and bool(av[1] & re.I) == bool(av[2] & re.I):  # no change of case rule
        return _exact_seq(list(av[3]), blind)
    if op is _c.BRANCH:
        return _exact_seq([], blind, alternatives=[list(alt) for alt in av[1]])
    if op in _REPEATS and av[0] == 0 and av[1] == 1:  # "s?"
        inner = _exact_seq(list(av[2]), blind)
        return None if inner is None else inner | {""}
    return None


def _cased(char: str) -> bool:
    """As `re` decides whether a case-blind pattern compares a character by case."""
    return char.lower() != char or char.upper() != char


def _exact_seq(items: list[tuple[Any, Any]], blind: bool,
               alternatives: list[list[tuple[Any, Any]]] | None = None) -> frozenset[str] | None:
    """The few strings a sequence of items matches (or any of several sequences)."""
    if alternatives is not None:
        out: frozenset[str] = frozenset()
        for alt in alternatives:
            spelt = _exact_seq(alt, blind)
            if spelt is None:
                return None
            out |= spelt
        return out if len(out) <= PRODUCT_MAX else None
    out = frozenset({""})
    for op, av in items:
        spelt = _exact(op, av, blind)
        if spelt is None or len(out) * len(spelt) > PRODUCT_MAX:
            return None
        out = frozenset(a + b for a in out for b in spelt)
    return out


def _item(op: Any, av: Any, blind: bool) -> frozenset[Needle] | None:
    if op is _c.SUBPATTERN:  # (group, flags added, flags removed, items)
        inner = (blind or bool(av[1] & re.I)) and not av[2] & re.I
        return _required(list(av[3]), inner)
    if op is _c.BRANCH:  # every alternative must give a set
        out: frozenset[Needle] = frozenset()
        for alt in av[1]:
            found = _required(list(alt), blind)
            if found is None:
                return None
            out |= found
        return out
    if op in _REPEATS and av[0] >= 1:  # (min, max, items)
        return _required(list(av[2]), blind)
    if op is _ATOMIC:
        return _required(list(av), blind)
    return None  # a class, a lookaround, an anchor, a back reference: no literal required


def _shortest(spellings: frozenset[str], blind: bool) -> frozenset[Needle]:
    """The needles of a run, without one that holds another ("recorded votes" holds "recorded vote")."""
    return frozenset((s, blind) for s in spellings if not any(o != s and o in s for o in spellings))


def _rank(found: frozenset[Needle]) -> tuple[int, int]:
    """Longer needles rule out more papers; fewer of them cost fewer finds."""
    return min(len(n) for n, _ in found), -len(found)
