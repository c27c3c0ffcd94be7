"""A decision's status, from its kind, the outcome after it and the lexicon's status words.

Used by the decisions stage for every decision it makes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document, Span
from ...lexicon import alternation
from ...settings import vocabulary
from ...text.scan import Needles, fold, may_match, needles

OUTCOME = re.compile(r"\b(?P<o>carried|passed|lost|defeated|fell|withdrawn)\b", re.I)


@lru_cache(maxsize=8)
def _status_words(key: str) -> tuple[tuple[str, re.Pattern[str], Needles | None], ...]:
    """(status, pattern, its needles) in the lexicon's order: any case, or as written for `..._as_written`."""
    lex = vocabulary(key)
    exact = lex["decision_statuses_as_written"]
    out = []
    for status, words in lex["decision_statuses"].items():
        parts = [f"(?i:{alternation(words)})"] if words else []
        parts += [alternation(exact[status])] if exact.get(status) else []
        pattern = re.compile(rf"\b(?:{'|'.join(parts)})\b")
        out.append((status, pattern, needles(pattern)))
    return tuple(out)


def decision_status(doc: Document, kind: str, text: str, span: Span, key: str) -> str:
    """A decision's status: "recommended", a motion's outcome after it, the notice's status field, or the
    first of the lexicon's `decision_statuses` its words hold ("agreed" when none)."""
    if kind == "recommendation":
        return "recommended"
    after = doc.text[span.end: span.end + 120]
    m = OUTCOME.search(after.split("\n\n")[0][:80])
    if m and kind == "motion":
        return {"passed": "carried", "defeated": "lost", "fell": "lost"}.get(m.group("o").lower(), m.group("o").lower())
    field_status = str(doc.metadata.get("status") or "")
    if "approved" in field_status.lower():
        return "approved"
    # an outcome in capitals that the in-block terminator cut off the line: "... the hall fees LOST."
    tail = after.split("\n", 1)[0].lstrip(" ")
    for status, pattern, _ in _status_words(key) if tail[:1].isupper() and tail.split()[0].isupper() else ():
        if pattern.match(tail):
            return status
    folded = fold(text)
    for status, pattern, found in _status_words(key):
        if may_match(found, text, folded) and pattern.search(text):
            return status
    return "agreed"
