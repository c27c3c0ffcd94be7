"""Run a pattern only where its literals stand, over the offsets `text.offsets` finds.

`finditer_led` tries a pattern only at the needles every match of it opens with (`text.scan`
reads them from the pattern); `finditer_folded` runs a case-insensitive pattern case-sensitively
over the lower-cased text. The offsets themselves (`lowered`, `grouped`, `literal_offsets`,
`root_offsets`) are `text.offsets`'; the windows around them `text.scan.windows`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, TypeVar, cast

from ..lexicon import literals
from ..settings import vocabulary
from .offsets import literal_offsets, lowered, root_offsets
from .scan import Needles, _leading, _parser, finditer, fold, needles

_T = TypeVar("_T")
_LED: dict[tuple[int, Needles], tuple[str, list[int]]] = {}
_FOLDED: dict[int, tuple[str, str]] = {}


@lru_cache(maxsize=128)
def vocab_literals(vocab: str, key: str) -> tuple[str, ...]:
    """`lexicon.literals` of the lexicon list `key`, made once per lexicon key."""
    return literals(vocabulary(vocab)[key])


_BY_PATTERN: dict[tuple[Callable[..., Any], int], tuple[re.Pattern[str], Any]] = {}


def _per_pattern(pattern: re.Pattern[str], make: Callable[[re.Pattern[str]], _T]) -> _T:
    """`make(pattern)`, made once per pattern object. Keyed by its id, not the pattern itself:
    hashing a `re.Pattern` hashes its whole compiled code (~5 us for a 2 KB alternation), on every
    call. The entry keeps the pattern alive, so its id cannot stand for another pattern meanwhile;
    `make` is cached by the pattern's value, for a pattern compiled again (`re`'s cache let it go)."""
    key = (make, id(pattern))
    kept = _BY_PATTERN.get(key)
    if kept is not None and kept[0] is pattern:
        return cast(_T, kept[1])
    made = make(pattern)
    if len(_BY_PATTERN) >= 1024:
        _BY_PATTERN.clear()
    _BY_PATTERN[key] = (pattern, made)
    return made


def _cased(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-insensitive `pattern` compiled case-sensitively, to run over the lower-cased text."""
    return _per_pattern(pattern, _cased_made)


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
    return _per_pattern(pattern, _leading_needles)


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


def _needed(pattern: re.Pattern[str]) -> Needles | None:
    return _per_pattern(pattern, _needles_made)


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

