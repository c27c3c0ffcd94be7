"""Find every calendar date, resolve year-less ones from context, give each a role.

Reads: text, fields, metadata (meeting_date, published), hints (document date).
Writes: dates, problems (D302 for a year that could not be known).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..document import DateMention, Document, Span
from ..lexicon import alternation
from ..settings import Settings, vocabulary
from ..text.dateorder import OrderReading, date_order
from ..text.dates import find_date_hits, median_date, to_date

ROLE_BY_FIELD = {
    "published": "published", "decision_date": "decision", "effective_from": "effective",
    "call_in_deadline": "deadline", "decided_at": "meeting", "date": "meeting",
}
# "Source Date\nOctober 2022 and January 2023", "Posted on 3 May 2021"
# A label that opens its line, so "the current end date of September 2023" in prose is not one.
SOURCE_DATE = re.compile(r"""
    ^(?:Source\ Date|Published|Posted(?:\ on)?|Date)\b   # the label, opening its line
    \s*:?\s*\n?                                        # "Posted on 3 May", "Source Date" / "October 2022"
    (?P<rest>[^\n]{4,80})                               # the line holding the dates
""", re.I | re.M | re.X)


def find_dates(doc: Document, settings: Settings) -> None:
    """Append one DateMention per date written in the text, in text order."""
    reading = date_order(doc, settings)
    base = _base_date(doc, settings, reading)
    role_spans = _field_roles(doc)
    meeting_span = doc.evidence.get("meeting_date")
    if reading.mixed:
        doc.problem("D304", stage="dates", dmy=reading.dmy, mdy=reading.mdy, order=reading.order)
    for hit in find_date_hits(doc.text, base, reading.order, lexicon=settings.lexicon_key):
        span = Span(hit.start, hit.end)
        role = _role(doc, span, role_spans, meeting_span, hit.value, settings.lexicon_key)
        if hit.value.startswith("--"):
            doc.problem("D302", span, "dates", text=hit.text, value=hit.value)
        doc.dates.append(DateMention(hit.value, hit.precision, hit.text, role, span))


def _base_date(doc: Document, settings: Settings, reading: OrderReading) -> dt.date | None:
    """The document's own date: meeting, publication, front matter, or a source-date line."""
    for key in ("meeting_date", "published", "decision_date"):
        value = to_date(str(doc.metadata.get(key) or ""))
        if value:
            return value
    hint = to_date(doc.front_matter.date or "")
    if hint:
        return hint
    latest: dt.date | None = None
    for m in SOURCE_DATE.finditer(doc.text):
        for hit in find_date_hits(m.group("rest"), order=reading.order, lexicon=settings.lexicon_key):
            if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", hit.value):
                y, mo = int(hit.value[:4]), int(hit.value[5:7])
                day = dt.date(y, mo, int(hit.value[8:10]) if len(hit.value) == 10 else 15)
                latest = max(latest, day) if latest else day
    return latest or median_date(doc.text, reading.order, settings.lexicon_key)


@lru_cache(maxsize=8)
def _deadline_before(key: str) -> re.Pattern[str]:
    """The words just before a deadline ("by", "no later than", "the closing date of"), from the
    lexicon's `deadline_cues`; "deadline" may stand a few words before ("deadline for comments is")."""
    cues = alternation(vocabulary(key)["deadline_cues"])
    return re.compile(rf"(?:\b(?:{cues})|\bdeadline\b[^.\n]{{0,20}})\s*$", re.I)


def _field_roles(doc: Document) -> list[tuple[Span, str]]:
    return [(f.span, ROLE_BY_FIELD[f.name]) for f in doc.fields if f.name in ROLE_BY_FIELD]


def _role(doc: Document, span: Span, role_spans: list[tuple[Span, str]],
          meeting_span: Span | None, value: str, key: str) -> str:
    for fspan, role in role_spans:  # a labelled role first: "Date of decision: 14/01/2019" is the decision's
        if fspan.contains(span):
            return role
    if meeting_span is not None and meeting_span == span:
        return "meeting"
    if value == doc.metadata.get("meeting_date"):
        return "meeting"
    if _deadline_before(key).search(doc.text[max(0, span.start - 30): span.start]):
        return "deadline"
    return "mentioned"
