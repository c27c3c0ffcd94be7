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

import ahocorasick_rs

_LOWER: dict[int, tuple[str, str | None]] = {}
_OFFSETS: dict[tuple[int, tuple[str, ...]], tuple[str, list[int]]] = {}
_ROOTS: dict[int, tuple[str, dict[str, list[int]]]] = {}
_KNOWN: set[str] = set()  # every root asked for: later texts find them all in one pass
# A DFA finds the same matches twice as fast as the default NFA (measured on the bulk archive's
# 12 MB with the 340 roots the stages ask for: 0.15 s against 0.30 s); it is built once per root set.
_DFA = ahocorasick_rs.Implementation.DFA


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
    return ahocorasick_rs.AhoCorasick(list(roots), implementation=_DFA)


def automaton(words: list[str]) -> ahocorasick_rs.AhoCorasick | None:
    """An Aho-Corasick automaton of `words` (None for no words), for callers that keep their own."""
    return ahocorasick_rs.AhoCorasick(words, implementation=_DFA) if words else None


def _offsets(text: str, lits: tuple[str, ...]) -> list[int]:
    if "" in lits:  # the empty literal stands everywhere, as `str.find` finds it
        return list(range(len(text) + 1))
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
        found.update(filter(partial(text.startswith, variants), at[root]))  # as written only (C-level filter)
    return sorted(found)
