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
from ...text.nlp import block_sentences


@lru_cache(maxsize=8)
def _patterns(key: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(subject and outcome verb, passive outcome, their scout), from `news_bodies`, `news_adverbs`,
    `news_verbs`, `news_passives`.

    The scout is the middle of each pattern with every anchor, lookaround and `\\b` left out: the
    body to the verb ("Council has now decided"), and "has been adopted" / "the motion was carried".
    What a match of either pattern consumes holds a match of the scout at the same place, and a
    pattern without assertions matches a text wherever it matches a part of it; so a block where the
    scout finds nothing has no sentence with an outcome, and spaCy need not split it."""
    words = vocabulary(key)
    body = rf"(?i:{alternation(words['news_bodies'])})"
    acts = rf"\s+(?:has|have|had)?\s*(?:(?:{alternation(words['news_adverbs'])})\s+)?(?i:{alternation(words['news_verbs'])})"
    done = rf"(?:(?:has|have)\s+been|(?:a|the)\s+motion\s+was)\s+(?i:{alternation(words['news_passives'])})"
    decided = re.compile(rf"(?P<subj>\b(?:the\s+|The\s+|THE\s+)?(?:[A-Z][\w'-]+\s+){{0,3}}{body}){acts}\b[^.!?\n]*")
    passive = re.compile(rf"^(?:[A-Z][^.!?\n]{{10,200}}?)\b{done}\b[^.!?\n]*[.!?]?")
    return decided, passive, re.compile(f"{body}{acts}|{done}")


def news_outcomes(doc: Document, key: str) -> Iterator[Span]:
    """The span of each reported outcome, from its subject (or its sentence start, for a passive)."""
    decided, passive, scout = _patterns(key)
    for block in doc.blocks:
        if scout.search(doc.text, block.span.start, block.span.end) is None:
            continue  # no outcome in any of its sentences (see `_patterns`)
        for sent in block_sentences(doc, block.span):
            text = sent.text(doc)
            spans = [(m.start("subj"), m.end()) for m in decided.finditer(text)]
            if not spans and (m := passive.match(text)) is not None:
                spans = [(0, m.end())]
            for s, e in spans:
                yield Span(sent.start + s, sent.start + e)
