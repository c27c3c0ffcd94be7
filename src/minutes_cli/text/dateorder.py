"""The order a paper writes all-numeric dates in (03/05/2022: 3 May or March 5?), from the paper.

With `date_order: auto` (the default) the paper decides: numeric dates that can only be read one
way ("13/05/2022" is day-first, "05/13/2022" month-first) weigh most, then how dates are written
out ("June 1, 2023" against "1 June 2023"), then spelling and place cues from the lexicon's
`date_order` lists (every style layer adds its own: "Councilmember", "color", "Iowa" for month-first;
"Cllr", "colour", "Cathaoirleach" for day-first). No evidence reads day-first. A set `date_order`
forces its order and nothing is inferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick_rs

from ..document import Document
from ..lexicon import alternation
from ..settings import Settings, vocabulary
from .dategrammar import matches
from .offsets import automaton

UNAMBIGUOUS = 3  # weight of a numeric date that can only be read one way
WRITTEN_CAP = 5  # at most this many written-out dates count
CUE_CAP = 3  # at most this many distinct spelling and place cues count


@dataclass(frozen=True, slots=True)
class OrderReading:
    """How a paper's numeric dates are read, and the evidence for it."""

    order: str  # DMY | MDY | YMD
    strict: bool  # True when the settings forced the order
    dmy: int = 0  # weighted evidence for day-first
    mdy: int = 0  # weighted evidence for month-first
    ambiguous: int = 0  # numeric dates the order decides (both parts 12 or less)

    @property
    def mixed(self) -> bool:
        """Evidence on both sides, close enough that ambiguous dates may be read wrong."""
        low, high = sorted((self.dmy, self.mdy))
        return self.ambiguous > 0 and low > 0 and 2 * low >= high


def date_order(doc: Document, settings: Settings) -> OrderReading:
    """The reading for `doc`: forced by the settings, or inferred once and kept on the document."""
    if settings.date_order != "auto":
        return OrderReading(settings.date_order, True)
    cached = doc.hints.date_order
    if isinstance(cached, OrderReading):
        return cached
    reading = infer_order(doc.text, settings.lexicon_key)
    doc.hints.date_order = reading
    return reading


def infer_order(text: str, lexicon: str = "en") -> OrderReading:
    """Weigh the evidence in `text` for day-first against month-first numeric dates."""
    dmy = mdy = ambiguous = 0
    found = dict(matches(text, lexicon))  # the date grammar's matches, shared with the date readers
    for m in found["num"]:
        a, b = int(m.group("a")), int(m.group("b"))
        if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
            continue
        dmy += UNAMBIGUOUS * (a > 12)
        mdy += UNAMBIGUOUS * (b > 12)
        ambiguous += a <= 12 and b <= 12
    written_mdy = min(WRITTEN_CAP, len(found["mdy"]))
    if not (ambiguous or written_mdy):  # only dates that can be read one way: they decide alone
        return OrderReading("MDY" if mdy > dmy else "DMY", False, dmy, mdy, 0)
    dmy += min(WRITTEN_CAP, len(found["dmy"]))
    mdy += written_mdy
    cues, places = _cues(lexicon), _cue_places(text, lexicon)
    dmy += _cue_count(text, cues["DMY"], places)
    mdy += _cue_count(text, cues["MDY"], places)
    return OrderReading("MDY" if mdy > dmy else "DMY", False, dmy, mdy, ambiguous)


def _cue_count(text: str, cues: tuple[tuple[str, re.Pattern[str]], ...], places: dict[str, list[int]]) -> int:
    """Distinct cue words in `text` (found where the word's first part stands), at most CUE_CAP."""
    found = 0
    for word, pattern in cues:
        if _has_cue(text, word, pattern, places):
            found += 1
            if found == CUE_CAP:
                break
    return found


def _has_cue(text: str, word: str, pattern: re.Pattern[str], places: dict[str, list[int]]) -> bool:
    """`pattern.search(text)` found the cue: tried only where the cue's first part stands, as written
    (its pattern is "\\b", that part escaped, "\\s+" for each space, the rest: every match begins with
    it). A failed `search` would try every offset after the first find ("programmes" before "programme")."""
    first = word.split(" ")[0]
    if not first:
        return pattern.search(text) is not None
    return any(pattern.match(text, i) for i in places.get(first, ()))


def _cue_places(text: str, lexicon: str) -> dict[str, list[int]]:
    """Every offset of each cue's first part, as written (overlaps too), found in one Aho-Corasick
    pass: the style layers give a hundred cues, and a `str.find` loop per cue read the paper a hundred times."""
    firsts, finder = _cue_finder(lexicon)
    places: dict[str, list[int]] = {}
    if finder is not None:
        for i, start, _ in finder.find_matches_as_indexes(text, overlapping=True):
            places.setdefault(firsts[i], []).append(start)
    return places


@lru_cache(maxsize=8)
def _cue_finder(lexicon: str) -> tuple[tuple[str, ...], ahocorasick_rs.AhoCorasick | None]:
    firsts = tuple(sorted({w.split(" ")[0] for cues in _cues(lexicon).values() for w, _ in cues} - {""}))
    return firsts, automaton(list(firsts))


@lru_cache(maxsize=8)
def _cues(lexicon: str) -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    words = vocabulary(lexicon)["date_order"]
    return {order: tuple((w, re.compile(rf"\b{alternation([w])}\b")) for w in words.get(order) or [])
            for order in ("DMY", "MDY")}
