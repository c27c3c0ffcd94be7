"""Find cue literals in a lower-cased copy of the text, one `str.find` per word.

A stage's literal prefilters come in case variants ("resent", "RESENT"; "Councillor",
"COUNCILLOR", "councillor"). Searching each variant scans the whole text once per
variant; searching the lower-cased text once per distinct lower-case form and then
checking which variants stand at each hit gives the same offsets for a third of the
scans. The lower-cased text is made once per text and kept for the last few texts.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import ahocorasick_rs

from ..lexicon import literals
from ..settings import vocabulary
from .scan import _ZERO_WIDTH, Needles, _c, _leading, _parser, finditer, fold, needles

_LOWER: dict[int, tuple[str, str | None]] = {}
_OFFSETS: dict[tuple[int, tuple[str, ...]], tuple[str, list[int]]] = {}
_LED: dict[tuple[int, Needles], tuple[str, list[int]]] = {}
_FOLDED: dict[int, tuple[str, str]] = {}
_ROOTS: dict[int, tuple[str, dict[str, list[int]]]] = {}
_KNOWN: set[str] = set()  # every root asked for: later texts find them all in one pass


def lowered(text: str) -> str | None:
    """`text.lower()`, made once per text; None when lower-casing would move offsets ("İ")."""
    hit = _LOWER.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    low = text.lower()
    kept = low if len(low) == len(text) else None  # cached as None too: a second call must not return it
    if len(_LOWER) >= 4:
        _LOWER.clear()
    _LOWER[id(text)] = (text, kept)
    return kept


@lru_cache(maxsize=64)
def grouped(literals: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Lower-case form -> the variants written that way; a form another form starts with is
    searched through that shorter one ("council" finds "councillor")."""
    groups: dict[str, list[str]] = {}
    for lit in literals:
        groups.setdefault(lit.lower(), []).append(lit)
    keys = sorted(groups, key=len)
    roots: dict[str, list[str]] = {}
    for key in keys:
        root = next((r for r in roots if key.startswith(r)), key)
        roots.setdefault(root, []).extend(groups[key])
    return tuple((root, tuple(sorted(set(v), key=len))) for root, v in roots.items())


def literal_offsets(text: str, literals: Iterable[str]) -> list[int]:
    """Sorted offsets where any literal starts, exactly as written (case-sensitive), each once."""
    lits = tuple(sorted(set(literals)))
    key = (id(text), lits)
    kept = _OFFSETS.get(key)
    if kept is not None and kept[0] is text:
        return kept[1]
    found = _offsets(text, lits)
    if len(_OFFSETS) >= 64:
        _OFFSETS.clear()
    _OFFSETS[key] = (text, found)
    return found


def root_offsets(text: str, roots: Iterable[str]) -> dict[str, list[int]] | None:
    """Offsets of each lower-case root in `lowered(text)` (every occurrence, overlaps too); None
    when lower-casing moves offsets. One Aho-Corasick pass per text finds every root any caller
    has asked for (measured on the bulk archive: 0.07 s for 90 roots where `str.find` took 0.79 s)."""
    low = lowered(text)
    if low is None:
        return None
    kept = _ROOTS.get(id(text))
    if kept is None or kept[0] is not text:
        kept = _ROOTS[id(text)] = (text, {})
        if len(_ROOTS) > 4:
            _ROOTS.clear()
            _ROOTS[id(text)] = kept
    found = kept[1]
    wanted = [r for r in roots if r not in found]
    if wanted:
        _KNOWN.update(wanted)
        every = tuple(sorted(_KNOWN if len(_KNOWN) <= 4000 else wanted))
        lists: list[list[int]] = [[] for _ in every]
        for i, start, _ in _automaton(every).find_matches_as_indexes(low, overlapping=True):
            lists[i].append(start)
        for root, at in zip(every, lists):
            found.setdefault(root, at)
    return found


@lru_cache(maxsize=8)
def _automaton(roots: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(list(roots))


def _offsets(text: str, lits: tuple[str, ...]) -> list[int]:
    groups = grouped(lits)
    at = root_offsets(text, [root for root, _ in groups])
    found: set[int] = set()
    if at is None:
        for lit in lits:
            i = text.find(lit)
            while i != -1:
                found.add(i)
                i = text.find(lit, i + 1)
        return sorted(found)
    for root, variants in groups:
        if len(variants) == 1 and variants[0] == root:  # written in lower case: every hit is one
            found.update(at[root])
            continue
        found.update(i for i in at[root] if any(text.startswith(v, i) for v in variants))
    return sorted(found)


def literal_windows(text: str, literals: Iterable[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged (start, end) windows around every literal, as `text.scan.windows` makes them."""
    merged: list[tuple[int, int]] = []
    size = len(text)
    for h in literal_offsets(text, literals):
        s, e = max(0, h - before), min(size, h + after)
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


@lru_cache(maxsize=128)
def vocab_literals(vocab: str, key: str) -> tuple[str, ...]:
    """`lexicon.literals` of the lexicon list `key`, made once per lexicon key."""
    return literals(vocabulary(vocab)[key])


@lru_cache(maxsize=64)
def _cased(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-insensitive `pattern` compiled case-sensitively, to run over the lower-cased text."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def finditer_folded(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """`text.scan.finditer` of a case-insensitive pattern whose words are all lower case, twice as
    fast: the pattern runs case-sensitively over the lower-cased text (where a literal branch
    fails at its first character), then each hit is matched again in the text itself."""
    low = lowered(text)
    if low is None:
        yield from finditer(pattern, text, spans)
        return
    fast, last = _cased(pattern), -1
    for s, e in spans:
        for m in fast.finditer(low, max(s, last), e):
            if m.start() >= last:
                last = m.end() if m.end() > m.start() else m.start() + 1
                found = pattern.match(text, m.start(), e)
                if found is not None:
                    yield found


@lru_cache(maxsize=128)
def leading_needles(pattern: re.Pattern[str]) -> Needles | None:
    """Needles one of which every match of `pattern` begins with, or None: `text.scan.needles` when
    they lead, else those of a first group ("(?<![\\w'])(?P<verb>moved|seconded)\\s+by ...")."""
    found = needles(pattern)
    if found is not None and found.leading:
        return found
    lead = _group_leading(list(_parser.parse(pattern.pattern, pattern.flags)), bool(pattern.flags & re.I))
    if lead is None:
        return None
    return Needles(tuple(sorted(n for n, b in lead if not b)), tuple(sorted(n for n, b in lead if b)), True)


def _group_leading(items: list[tuple[Any, Any]], blind: bool) -> frozenset[tuple[str, bool]] | None:
    """What every match opens with, looking into first groups, with their case rule ("(?i:for|nay)")."""
    items = [item for item in items if item[0] not in _ZERO_WIDTH]
    if not items or items[0][0] is not _c.SUBPATTERN:
        return None
    av = items[0][1]  # (group, flags added, flags removed, items)
    inner = (blind or bool(av[1] & re.I)) and not av[2] & re.I
    return _leading(list(av[3]), inner) or _group_leading(list(av[3]), inner)


def _needle_offsets(text: str, found: Needles) -> list[int]:
    """Sorted offsets where any needle starts: cased ones as written, case-blind ones in `fold(text)`."""
    key = (id(text), found)
    kept = _LED.get(key)
    if kept is not None and kept[0] is text:
        return kept[1]
    out = set(literal_offsets(text, found.cased)) if found.cased else set()
    if found.blind:
        folded, at = _folded(text), root_offsets(text, found.blind)
        if at is not None and folded == lowered(text):  # no "ſ" or "K" (Kelvin): the folded text is the lowered one
            out.update(i for root in found.blind for i in at[root])
            found_blind: tuple[str, ...] = ()
        else:
            found_blind = found.blind
        for root in sorted(found_blind, key=len):
            if any(root.startswith(r) for r in found_blind if r != root and len(r) < len(root)):
                continue  # "comment" finds "comments"
            i = folded.find(root)
            while i != -1:
                out.add(i)
                i = folded.find(root, i + 1)
    result = sorted(out)
    if len(_LED) >= 64:
        _LED.clear()
    _LED[key] = (text, result)
    return result


def _folded(text: str) -> str:
    """`text.scan.fold(text)`, made once per text."""
    hit = _FOLDED.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    folded = fold(text)
    if len(_FOLDED) >= 4:
        _FOLDED.clear()
    _FOLDED[id(text)] = (text, folded)
    return folded


def finditer_led(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """`text.scan.finditer`, the same matches, for a pattern whose every match begins with a needle:
    the pattern is tried only where a needle stands in a window, not at every offset of it."""
    found = leading_needles(pattern)
    if found is None:
        yield from finditer(pattern, text, spans)
        return
    offsets, last = _needle_offsets(text, found), -1
    for s, e in spans:
        i = bisect.bisect_left(offsets, max(s, last))
        while i < len(offsets) and offsets[i] < e:
            m = pattern.match(text, offsets[i], e)
            i += 1
            if m is not None:
                yield m
                last = m.end()
                i = bisect.bisect_left(offsets, last, i)
