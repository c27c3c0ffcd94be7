"""Decisions found twice: ModernGov's "Decision:" and "Minutes:" twins, repeats close by.

Used by the decisions stage, last: each decision's words are read once.
"""

from __future__ import annotations

import re

from ...document import Decision, Document

# How far apart (characters) a ModernGov "Decision:" and its "Minutes:" twin may be
TWIN_GAP = 1500
REWORDED = 0.6  # word overlap at which a "Minutes:" resolution is its "Decision:" twin reworded
WORD = re.compile(r"[a-z0-9]+")


def _words(d: Decision) -> set[str]:
    return set(WORD.findall(d.text.lower()))


def drop_duplicates(doc: Document, decisions: list[Decision]) -> list[Decision]:
    """ModernGov pages repeat a decision under "Decision:" and "Minutes:"; keep the first, or the minutes'
    RESOLVED where the two are worded differently ("Cabinet RESOLVED to approve the minutes ..." then
    "Minutes: RESOLVED that the minutes ... be approved ...")."""
    kept: list[tuple[Decision, set[str]]] = []  # each with its words
    for d in decisions:
        words = _words(d)
        if d.cue != "table" and any(_twins(words, theirs, d.span.start - k.span.end) for k, theirs in kept):
            continue
        twin = next((n for n, (k, theirs) in enumerate(kept) if _reworded_twin(doc, k, d, words, theirs)), None)
        if twin is not None:
            kept[twin] = (d, words)
            continue
        kept.append((d, words))
    return [d for d, _ in kept]


def _reworded_twin(doc: Document, first: Decision, later: Decision, words: set[str], theirs: set[str]) -> bool:
    """A "Decision:" and the resolution under the "Minutes:" label after it, in much the same words."""
    labelled = first.kind == "decision" or "Decision:" in doc.text[max(0, first.span.start - 40):first.span.start]
    if not labelled or later.kind != "resolution" or not 0 <= later.span.start - first.span.end < TWIN_GAP:
        return False
    between = doc.text[first.span.end:later.span.start + 12]
    return "Minutes:" in between and 2 * len(words & theirs) / (len(words) + len(theirs)) >= REWORDED


def _twins(a: set[str], b: set[str], gap: int) -> bool:
    """The same words, or nearly so in a long text close by ("latness" / "lateness").

    "the (work) update was noted" are two decisions, and so are a motion and its amendment.
    """
    if a == b:
        return True
    return gap < TWIN_GAP and min(len(a), len(b)) >= 10 and 2 * len(a & b) / (len(a) + len(b)) > 0.9
