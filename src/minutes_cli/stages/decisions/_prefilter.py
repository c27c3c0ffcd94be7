"""Literal prefilters: which blocks could hold which decision cues, found by plain substring search.

Most blocks hold no decision. Each cue regex has a family of literals, words that every match
of it contains; the document's text is searched for them all at once (`text.lowered`'s
Aho-Corasick pass, far cheaper than a regex per block), and a cue's regex runs only on the blocks where one of its literals is.
The filters are exact, never a guess: a case-insensitive pattern's words are looked for in the
text lowered, which for ASCII letters is what `re.IGNORECASE` compares; four letters that
IGNORECASE also equates with ASCII ones (İ ı ſ K, Kelvin), a lexicon word that is not ASCII, or
blocks out of order switch a filter off (every block may hold the cue). Used by the decisions stage.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache

from ...document import Document
from ...settings import vocabulary
from ...text.offsets import literal_offsets, lowered, root_offsets

# Letters that re.IGNORECASE matches to an ASCII letter but that do not lower to it
CASE_ODD_LETTERS = "\u0130\u0131\u017f\u212a"
# What a regex source word may hold for its text to be a literal of it
PLAIN = re.compile(r"[^\\.^$*+?{}\[\]|()]+")
# Every cue the block-opening CUE can start with, lowered (its spaced "R E S O L V E D" apart)
CUE_WORDS = ("resolved", "agreed", "decided", "resolution", "noted", "recommended", "r e c o m m e n d e d",
             "decision")
# The same in capitals with spaces between the letters: "R E S O L V E D", "RESOLVE D"
SPACED_RESOLVED = re.compile(r"R\s?E\s?S\s?O\s?L\s?V\s?E\s?D")
HEADING_WORDS = ("recommendation", "decision required")  # every HEADING_CUE holds one
RECOMMEND_WORDS = ("recommend", "asked", "requested")  # every RECOMMEND_SENTENCE holds one
MOTION_WORDS = ("Motion", "MOTION")  # every MOTION_BLOCK opens with one, as written
THAT_WORDS = ("That", "THAT")  # every THAT_BLOCK holds one, as written
# Literal families: a name -> (words, whether they are looked for lowered)
Families = dict[str, tuple[tuple[str, ...] | None, bool]]


def phrase_literals(phrases: Iterable[str], lower: bool = True, regex: bool = False) -> tuple[str, ...] | None:
    """One literal per phrase, its longest word ("no observations or objections" -> "observations"),
    lowered for a case-insensitive pattern; None (no filter) when a phrase gives no usable word.
    `regex`: the phrases are regex source, so a word with a regex metacharacter is not usable."""
    out: set[str] = set()
    for phrase in phrases:
        word = max(reversed(phrase.split() or [phrase]), key=len)  # of two as long, the later ("I will move")
        if not word or (lower and not word.isascii()) or (regex and not PLAIN.fullmatch(word)):
            return None
        out.add(word.lower() if lower else word)
    return tuple(sorted(out))


def case_odd(text: str) -> bool:
    """Does `text` hold one of `CASE_ODD_LETTERS`? (A `str.find` per letter: 40x a regex class's scan.)"""
    return any(letter in text for letter in CASE_ODD_LETTERS)


@lru_cache(maxsize=8)
def block_families(key: str) -> Families:
    """The literal families of the cues tried on each block, for lexicon `key`: resolution openers
    (`resolution_openers`), block and in-block cues (CUE's words, `decision_labels`, `body_verbs`,
    `body_object_verbs`), recommendation headings and sentences, notices of motion (`notice_of_motion`), motions by their
    first word, resolutions opening "That", seconders' lines, proposals (`mover_verbs`)."""
    words = vocabulary(key)
    inline = phrase_literals([*words["decision_labels"], *words["body_verbs"], *words["body_object_verbs"]])
    return {"openers": (phrase_literals(words["resolution_openers"], regex=True), True),
            "segments": (None if inline is None else tuple(sorted({*CUE_WORDS, *inline})), True),
            "heading": (HEADING_WORDS, True), "recommend": (RECOMMEND_WORDS, True), "notice": (phrase_literals(words["notice_of_motion"], lower=False), False),
            "motion": (MOTION_WORDS, False), "that": (THAT_WORDS, False), "seconded": (("seconded",), True),
            "proposal": (phrase_literals(words["mover_verbs"]), True)}


# The families `block_families` gives, each tried on a block by the decisions stage
AT_BLOCK_FAMILIES = frozenset({"openers", "segments", "heading", "recommend", "notice", "motion", "that", "seconded"})


def written_offsets(text: str, word: str) -> list[int]:
    """`text.offsets.literal_offsets(text, (word,))`, the same offsets, without its per-call work (its
    sorted key, its cache of 64 that 30 words a paper overrun): what it does for one word, read from
    the offsets of the word lowered that the one Aho-Corasick pass over the text already found."""
    root = word.lower()
    at = root_offsets(text, (root,)) if word else None
    if at is None:
        return literal_offsets(text, (word,))
    return sorted({i for i in at[root] if text.startswith(word, i)})


class CueBlocks:
    """For one document, the blocks each literal family may be found in."""

    def __init__(self, doc: Document, families: Families, spaced: dict[str, re.Pattern[str]] | None = None) -> None:
        """`spaced`: a family name -> a regex whose matches count as that family's literals too."""
        self._doc, self._starts = doc, [b.span.start for b in doc.blocks]
        ordered = all(b.span.start <= b.span.end for b in doc.blocks) and all(
            a.span.end <= b.span.start for a, b in zip(doc.blocks, doc.blocks[1:]))
        lowered_ok = ordered and lowered(doc.text) is not None and not case_odd(doc.text)
        self._sets: dict[str, set[int] | None] = {}
        seen: dict[tuple[str, bool], set[int]] = {}  # a word shared by families is looked for once
        for name, (words, blind) in families.items():
            if words is None or not ordered or (blind and not lowered_ok):
                self._sets[name] = None
                continue
            found: set[int] = set()
            at = root_offsets(doc.text, words) if blind else None  # one Aho-Corasick pass finds them all
            for word in words:
                if (word, blind) not in seen:
                    seen[word, blind] = self._holding(doc.text, word, at)
                found |= seen[word, blind]
            if spaced and name in spaced:
                for m in spaced[name].finditer(doc.text):
                    self._add(found, m.start(), m.end())
            self._sets[name] = found

    def _holding(self, text: str, word: str, lowered_at: dict[str, list[int]] | None) -> set[int]:
        """The blocks that hold (or overlap) an occurrence of `word`: in the lowered text when
        `lowered_at` gives its offsets there (`text.offsets.root_offsets`), else as written."""
        found: set[int] = set()
        for at in lowered_at[word] if lowered_at is not None else written_offsets(text, word):
            self._add(found, at, at + len(word))
        return found

    def _add(self, found: set[int], start: int, end: int) -> None:
        """Every block that overlaps [start, end)."""
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        while i < len(self._starts) and self._starts[i] < max(end, start + 1):
            if self._doc.blocks[i].span.end >= start:
                found.add(i)
            i += 1

    def may(self, name: str, i: int) -> bool:
        """Could block i hold family `name`'s cue?"""
        found = self._sets[name]
        return found is None or i in found

    def families_at(self, i: int, names: frozenset[str]) -> frozenset[str]:
        """Those of the families `names` whose cue block i could hold."""
        return frozenset(name for name in names if (found := self._sets[name]) is None or i in found)

    def blocks(self, names: Iterable[str]) -> set[int] | None:
        """The blocks that could hold the cue of one of the families `names`; None for every block."""
        sets = [self._sets[name] for name in names]
        return None if any(found is None for found in sets) else set().union(*sets)  # type: ignore[arg-type]


def block_cues(doc: Document, families: Families) -> CueBlocks:
    """The blocks of `doc` that may hold each of `families`' cues (the block cues of `block_families` and
    any others)."""
    return CueBlocks(doc, families, {"segments": SPACED_RESOLVED})
