"""Run a pattern only where its literals stand, over the offsets `text.offsets` finds.

`finditer_led` tries a pattern only at the needles every match of it opens with (`text.scan`
reads them from the pattern); `finditer_at` does so in a short text, the needles found by one
Aho-Corasick pass over it; `led` puts a lookahead for their first letters before the pattern;
`finditer_folded` runs a case-insensitive pattern case-sensitively over the lower-cased text.
The offsets themselves (`lowered`, `grouped`, `literal_offsets`, `root_offsets`) are
`text.offsets`'; the windows around them `text.scan.windows`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

import ahocorasick_rs

from ..lexicon import literals
from ..settings import vocabulary
from .idcache import ByIdentity
from .offsets import automaton, literal_offsets, lowered, root_offsets
from .scan import Needles, _leading, _parser, finditer, fold, needles

_LED: dict[tuple[int, Needles], tuple[str, list[int]]] = {}
_FOLDED: ByIdentity[str, str] = ByIdentity(4)


@lru_cache(maxsize=128)
def vocab_literals(vocab: str, key: str) -> tuple[str, ...]:
    """`lexicon.literals` of the lexicon list `key`, made once per lexicon key."""
    return literals(vocabulary(vocab)[key])


# What is derived from a pattern, made once per pattern object (`ByIdentity`: hashing a `re.Pattern`
# hashes its whole compiled code, ~5 us for a 2 KB alternation, on every call); each maker is also
# cached by the pattern's value, for a pattern compiled again (`re`'s cache let it go).
_CASED: ByIdentity[re.Pattern[str], re.Pattern[str]] = ByIdentity(1024)
_LEADING: ByIdentity[re.Pattern[str], Needles | None] = ByIdentity(1024)
_NEEDED: ByIdentity[re.Pattern[str], Needles | None] = ByIdentity(1024)


def _cased(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-insensitive `pattern` compiled case-sensitively, to run over the lower-cased text."""
    return _CASED.made(pattern, _cased_made)


@lru_cache(maxsize=64)
def _cased_made(pattern: re.Pattern[str]) -> re.Pattern[str]:
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


def leading_needles(pattern: re.Pattern[str]) -> Needles | None:
    """`_leading_needles(pattern)`, made once per pattern object."""
    return _LEADING.made(pattern, _leading_needles)


@lru_cache(maxsize=128)
def _leading_needles(pattern: re.Pattern[str]) -> Needles | None:
    """Needles one of which every match of `pattern` begins with, or None: `text.scan.needles` when
    they lead, else what `text.scan` reads every match to open with, even where a needle held by
    every match ranks better ("(?<![\\w'])(?P<verb>moved|seconded)\\s+by ...")."""
    found = needles(pattern)
    if found is not None and found.leading:
        return found
    lead = _leading(list(_parser.parse(pattern.pattern, pattern.flags)), bool(pattern.flags & re.I))
    if lead is None:
        return None
    return Needles(tuple(sorted(n for n, b in lead if not b)), tuple(sorted(n for n, b in lead if b)), True)


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
            for root in found.blind:
                out.update(at[root])  # C-level, not a generator over every offset
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
    return _FOLDED.made(text, fold)


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


def _needed(pattern: re.Pattern[str]) -> Needles | None:
    return _NEEDED.made(pattern, _needles_made)


@lru_cache(maxsize=128)
def _needles_made(pattern: re.Pattern[str]) -> Needles | None:
    return needles(pattern)


def finditer_needed(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """`text.scan.finditer`, the same matches, over only the windows where one of the pattern's
    needles (`text.scan.needles`: one is in every match) starts. A match found in a window
    [s, e) lies inside it, so the needle it holds starts in [s, e): a window where none starts
    holds no match; and a window that yields none leaves the scan's last end where it was, so
    leaving it out changes no other window's matches."""
    found = _needed(pattern)
    if found is None or not spans:
        yield from finditer(pattern, text, spans)
        return
    offsets = _needle_offsets(text, found)
    held = [(s, e) for s, e in spans if (i := bisect.bisect_left(offsets, s)) < len(offsets) and offsets[i] < e]
    yield from finditer(pattern, text, held)


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
