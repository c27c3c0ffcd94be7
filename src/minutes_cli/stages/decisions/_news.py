"""Outcomes a news article reports as decided: one per sentence, words from the lexicon.

"The council has now decided to bring the service back in house", "COUNCILLORS voted 7-2 to
...", "After lively debate the City Council passed five resolutions", "A new model has been
adopted", "At the meeting a motion was carried against the plan". Used by the decisions stage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...document import Document, Span
from ...lexicon import alternation
from ...settings import vocabulary
from ...text.nlp import sentences


@lru_cache(maxsize=8)
def _patterns(key: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(subject and outcome verb, passive outcome), from `news_bodies`, `news_adverbs`, `news_verbs`,
    `news_passives`."""
    words = vocabulary(key)
    bodies, verbs = alternation(words["news_bodies"]), alternation(words["news_verbs"])
    decided = re.compile(
        rf"(?P<subj>\b(?:the\s+|The\s+|THE\s+)?(?:[A-Z][\w'-]+\s+){{0,3}}(?i:{bodies}))\s+(?:has|have|had)?\s*"
        rf"(?:(?:{alternation(words['news_adverbs'])})\s+)?(?i:{verbs})\b[^.!?\n]*")
    passive = re.compile(
        rf"^(?:[A-Z][^.!?\n]{{10,200}}?)\b(?:(?:has|have)\s+been|(?:a|the)\s+motion\s+was)\s+"
        rf"(?i:{alternation(words['news_passives'])})\b[^.!?\n]*[.!?]?")
    return decided, passive


def news_outcomes(doc: Document, key: str) -> Iterator[Span]:
    """The span of each reported outcome, from its subject (or its sentence start, for a passive)."""
    decided, passive = _patterns(key)
    for sent in sentences(doc):
        text = sent.text(doc)
        spans = [(m.start("subj"), m.end()) for m in decided.finditer(text)]
        if not spans and (m := passive.match(text)) is not None:
            spans = [(0, m.end())]
        for s, e in spans:
            yield Span(sent.start + s, sent.start + e)
