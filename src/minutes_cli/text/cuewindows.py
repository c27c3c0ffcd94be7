"""Drop the literal windows that hold none of the cue phrases the literals stand for.

`scan.windows` opens a window around every hit of a phrase's literal (its longest word less the
first letter), so "oved" in "approved", "eo" in "people" or "ouncil" in "the Council" each cost a
regex scan. A pattern built from a list of phrases (`lexicon.alternation`, case-insensitive) can
only match in a window holding one of them (or, as the roles stage's "Mayor Tom Rackers" part, only
match there what its stage then drops for naming no role), and matches never reach from one window
into the next, so dropping the windows that hold none (in any case) leaves the same results.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .offsets import root_offsets
from .scan import windows

Check = tuple[re.Pattern[str], "re.Pattern[str] | None", int]
REACH = 200  # characters before a phrase's longest word searched for its earlier words


def _words(words: list[str], end: str = "") -> re.Pattern[str]:
    return re.compile("(?i:" + r"\s+".join(map(re.escape, words)) + end + ")")


@lru_cache(maxsize=16)
def cue_checks(phrases: tuple[str, ...]) -> dict[str, list[Check]]:
    """Lower-case core of each phrase's longest word (as `lexicon.literals`) -> (the words from the
    longest on, the words before it, where the longest word starts relative to the core)."""
    checks: dict[str, list[Check]] = {}
    for phrase in phrases:
        words = phrase.split() or [phrase]
        head = max(words, key=len)
        k = words.index(head)
        core = head[1:] if len(head) > 2 else head
        check = (_words(words[k:]), _words(words[:k], r"\s+\Z") if k else None, len(head) - len(core))
        checks.setdefault(core.lower(), []).append(check)
    return checks


def _stands(text: str, at: int, checks: list[Check]) -> bool:
    for tail, before, back in checks:
        start = at - back
        if start >= 0 and tail.match(text, start) is not None and (
                before is None or before.search(text, max(0, start - REACH), start) is not None):
            return True
    return False


def cue_windows(text: str, literals: tuple[str, ...], phrases: Iterable[str], before: int, after: int,
                marks: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """`scan.windows(text, literals, before, after)` less the windows that hold none of `phrases`
    (in any case) and none of the literal `marks`."""
    spans = windows(text, literals, before, after)
    cores = cue_checks(tuple(sorted(set(phrases))))
    at = root_offsets(text, cores) if spans else None
    if at is None:  # a character whose lower case is longer: offsets shift
        return spans
    real: list[int] = [i for core, checks in cores.items() for i in at[core] if _stands(text, i, checks)]
    for mark in marks:
        i = text.find(mark)
        while i != -1:
            real.append(i)
            i = text.find(mark, i + 1)
    real.sort()
    kept, k = [], 0
    for s, e in spans:
        while k < len(real) and real[k] < s:
            k += 1
        if k < len(real) and real[k] < e:
            kept.append((s, e))
    return kept
