"""Where literal words stand in a text: every offset, found in one Aho-Corasick pass per text.

The one home of the literal prefilters' offsets (ahocorasick-rs). A stage's cue literals come in
case variants ("resent", "RESENT"; "Councillor", "COUNCILLOR", "councillor"): they are looked for
by their lower-case roots in the lower-cased text, and a variant counts where it stands as written.
Every root any caller has asked for is found in one pass over each later text (measured on the
bulk archive: 0.07 s for 90 roots where a `str.find` loop per root took 0.79 s). The lower-cased
text and the offsets are kept for the last few texts. `text.scan.windows` opens its windows
around these offsets; `text.places` builds its automata with `automaton`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache, partial
from typing import cast

import ahocorasick_rs

from .idcache import ByIdentity

_LOWER: ByIdentity[str, str | None] = ByIdentity(4)
_OFFSETS: dict[tuple[int, tuple[str, ...]], tuple[str, list[int]]] = {}
_ROOTS: dict[int, tuple[str, dict[str, list[int]], list[int]]] = {}  # text, its roots' offsets, [roots covered]
_KNOWN: dict[str, int] = {}  # every root asked for, in the order asked: later texts find them all in one pass
# A literal tuple or list (callers pass the same constant on every call) -> its words and their sorted
# set, by id: the entry keeps the object alive, so its id cannot be reused while the entry stands; a
# tuple of strings cannot change, a list's words are compared with those kept.
_SORTED: dict[int, tuple[Iterable[str], tuple[str, ...], tuple[str, ...]]] = {}
_GROUPS: ByIdentity[tuple[str, ...], tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]] = ByIdentity(512)
# Fewer literals than this are sorted and grouped at each call, not cached: often a tuple made for
# one call ("(word,)"), whose entry would only push out the constants' (measured: the decisions stage
# asks for 26 such a paper).
FEW = 4
# A root tuple -> how many of `_KNOWN`'s roots must be known for all of its roots to be (by id, kept alive).
_NEEDS: dict[int, tuple[tuple[str, ...], int]] = {}
# A DFA finds the same matches twice as fast as the default NFA (measured on the bulk archive's
# 12 MB with the 340 roots the stages ask for: 0.15 s against 0.30 s); it is built once per root set.
_DFA = ahocorasick_rs.Implementation.DFA


def lowered(text: str) -> str | None:
    """`text.lower()`, made once per text; None when lower-casing would move offsets ("İ")."""
    return _LOWER.made(text, _lowered)


def _lowered(text: str) -> str | None:
    low = text.lower()
    return low if len(low) == len(text) else None  # kept as None too: a second call must not return it


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
    lits = _sorted(literals)
    key = (id(text), lits)
    kept = _OFFSETS.get(key)
    if kept is not None and kept[0] is text:
        return kept[1]
    found = _offsets(text, lits)
    if len(_OFFSETS) >= 64:
        _OFFSETS.clear()
    _OFFSETS[key] = (text, found)
    return found


def _sorted(literals: Iterable[str]) -> tuple[str, ...]:
    """`tuple(sorted(set(literals)))`, made once per literal tuple, and per list while it holds
    the same words (a list may change: its words are compared, far cheaper than sorting them)."""
    kind = type(literals)
    if kind is not tuple and kind is not list or len(literals) < FEW:  # type: ignore[arg-type]
        return tuple(sorted(set(literals)))
    words = cast(tuple[str, ...], literals) if kind is tuple else tuple(literals)
    kept = _SORTED.get(id(literals))
    if kept is not None and kept[0] is literals and (kind is tuple or kept[1] == words):
        return kept[2]
    lits = tuple(sorted(set(words)))
    if len(_SORTED) >= 512:
        _SORTED.clear()
    _SORTED[id(literals)] = (literals, words, lits)  # the object kept: its id stands for no other meanwhile
    return lits


def root_offsets(text: str, roots: Iterable[str]) -> dict[str, list[int]] | None:
    """Offsets of each lower-case root in `lowered(text)` (every occurrence, overlaps too); None
    when lower-casing moves offsets. One Aho-Corasick pass per text finds every root any caller
    has asked for (measured on the bulk archive: 0.07 s for 90 roots where `str.find` took 0.79 s)."""
    low = lowered(text)
    if low is None:
        return None
    kept = _ROOTS.get(id(text))
    if kept is None or kept[0] is not text:
        kept = _ROOTS[id(text)] = (text, {}, [0])
        if len(_ROOTS) > 4:
            _ROOTS.clear()
            _ROOTS[id(text)] = kept
    found, covered = kept[1], kept[2]
    if type(roots) is tuple and len(roots) >= FEW and _needs(roots) <= covered[0]:
        return found  # a pass over this text found every root known then, these among them
    wanted = [r for r in roots if r not in found]
    if wanted:
        for root in wanted:
            _KNOWN.setdefault(root, len(_KNOWN))
        whole = len(_KNOWN) <= 4000
        every = tuple(sorted(_KNOWN if whole else wanted))
        lists: list[list[int]] = [[] for _ in every]
        for i, start, _ in _automaton(every).find_matches_as_indexes(low, overlapping=True):
            lists[i].append(start)
        for root, at in zip(every, lists):
            found.setdefault(root, at)
        if whole:
            covered[0] = len(_KNOWN)
    return found


def _needs(roots: tuple[str, ...]) -> int:
    """How many roots `_KNOWN` must hold (in the order they were asked for) to hold all of `roots`;
    more than it holds when one of them was never asked for."""
    kept = _NEEDS.get(id(roots))
    if kept is not None and kept[0] is roots:
        return kept[1]
    order = [_KNOWN.get(r, -1) for r in roots]
    if -1 in order:  # not all known yet: asked again next time
        return len(_KNOWN) + 1
    need = max(order, default=-1) + 1
    if len(_NEEDS) >= 512:
        _NEEDS.clear()
    _NEEDS[id(roots)] = (roots, need)
    return need


@lru_cache(maxsize=8)
def _automaton(roots: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(list(roots), implementation=_DFA)


def automaton(words: list[str]) -> ahocorasick_rs.AhoCorasick | None:
    """An Aho-Corasick automaton of `words` (None for no words), for callers that keep their own."""
    return ahocorasick_rs.AhoCorasick(words, implementation=_DFA) if words else None


def _offsets(text: str, lits: tuple[str, ...]) -> list[int]:
    if "" in lits:  # the empty literal stands everywhere, as `str.find` finds it
        return list(range(len(text) + 1))
    groups, roots = _grouped(lits)
    at = root_offsets(text, roots)
    if at is None:
        found: set[int] = set()
        for lit in lits:
            i = text.find(lit)
            while i != -1:
                found.add(i)
                i = text.find(lit, i + 1)
        return sorted(found)
    if len(groups) == 1:  # one root's offsets are sorted and distinct already
        root, variants = groups[0]
        return list(filter(partial(text.startswith, variants), at[root]))
    out: list[int] = []
    for root, variants in groups:
        out += filter(partial(text.startswith, variants), at[root])  # as written only (C-level filter)
    # No root starts with another (`grouped`), so two roots never stand at one offset: the
    # offsets are distinct without a set (tests/test_text_offsets.py compares with `str.find`).
    out.sort()
    return out


def _grouped(lits: tuple[str, ...]) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]:
    """`grouped(lits)` and its roots, made once per literal tuple (by id, the tuple kept alive)."""
    return _roots_of(lits) if len(lits) < FEW else _GROUPS.made(lits, _roots_of)


def _roots_of(lits: tuple[str, ...]) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]:
    groups = grouped(lits)
    return groups, tuple(root for root, _ in groups)
