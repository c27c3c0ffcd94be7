"""Classify the paper and read its metadata: kind, title, authority, body, meeting date.

Reads: text, blocks, fields, hints. Writes: metadata, evidence.
"""

from __future__ import annotations

import re

from ..document import Document, Span
from ..settings import Settings
from ._dateorder import date_order
from ._datetext import DateHit, find_date_hits, median_date
from ._body import HEAD, find_authority, find_body
from .kind import classify

# "Decided at meeting: 16/01/2017 - Cabinet"
DECIDED_AT = re.compile(r"^[^-]+-\s*(?P<body>.+)$")
# "MEETING HELD AT GEORGETOWN ON", "summoned to a meeting on", "Date held:", "COMMENCING"
MEETING_CONTEXT = re.compile(r"\b(?:held|meeting|convened|commencing)\b[^\n.:\"]{0,50}\Z", re.I)
# "Thursday, 25 October 2012": a date given with its weekday is a meeting's
WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
# "the minutes of the meeting held on", "previous meeting", "last meeting"
PREVIOUS_MEETING = re.compile(
    r"\b(?:previous|last|since|the\s+minutes)\b[^\n.]{0,100}\Z|\b(?:approv|confirm|adopt|sign|draft)\w*\b[^\n.]{0,40}\bminutes\b[^\n.]{0,100}\Z",
    re.I)


# "- Council to close two leisure centres" (a news stand-first bullet)
LEADING_BULLET = re.compile(r"^[-•·*–]\s+")


# An agenda item about the last meeting's minutes: "Minutes of the meeting held on 29 October 2024"
PREVIOUS_MINUTES_ITEM = re.compile(r"^\W*(?:\d+[.)]?\s*)?(?:To\s+(?:approve|confirm|agree)\s+the\s+)?Minutes\s+of\s+the\s+"
                                   r"(?:last\s+|previous\s+)?meeting\b", re.I)


def find_metadata(doc: Document, settings: Settings) -> None:
    """Set kind, title, authority, body and meeting_date, each with its evidence span."""
    meta = doc.metadata
    meta["kind"] = classify(doc, settings.lexicon_key)
    _title(doc)
    _body(doc)
    _meeting_date(doc, settings)
    _doubts(doc)
    for f in doc.fields:
        if f.name not in meta and f.name not in ("date", "meeting", "committee", "title"):
            meta[f.name] = f.value
            doc.evidence[f.name] = f.span
    status = doc.field_value("status")
    if isinstance(status, str):
        meta["status"] = status


FEW_WORDS = 25  # fewer words than this is too little to read a paper from


def _doubts(doc: Document) -> None:
    """Say what could not be read: a near-empty text (T102), a meeting date not found (D303)."""
    words = len(doc.text.split())
    if words < FEW_WORDS:
        doc.problem("T102", f"document has very little text ({words} words)", stage="metadata")
    if "meeting_date" not in doc.metadata and doc.metadata["kind"] in ("minutes", "decision", "agenda"):
        doc.problem("D303", f"meeting date not found (a {doc.metadata['kind']} paper)", stage="metadata")


def _set(doc: Document, key: str, value: object, span: Span) -> None:
    doc.metadata[key] = value
    doc.evidence[key] = span


def _title(doc: Document) -> None:
    for f in doc.fields:
        if f.name == "title":
            _set(doc, "title", f.value, f.span)
            return
    skip = {"decision details", "agenda item", "agenda and minutes", "issue details", "items",
            "agenda, decisions and minutes", "page content transcription"}
    for block in doc.blocks[:8]:
        line = block.span.text(doc)
        bullet = LEADING_BULLET.match(line)
        start = block.span.start + (bullet.end() if bullet else 0)
        title = doc.text[start:block.span.end]
        if 4 <= len(title) <= 150 and title.lower().strip(" :") not in skip and not title.startswith("["):
            _set(doc, "title", title, Span(start, block.span.end))
            return


def _body(doc: Document) -> None:
    for name in ("decision_maker", "meeting", "committee"):
        for f in doc.fields:
            if f.name == name and isinstance(f.value, str) and len(f.value) < 90:
                _set(doc, "body", _clean_body(f.value), f.span)
                return
    for f in doc.fields:
        if f.name == "decided_at" and (m := DECIDED_AT.match(f.value)):
            s = f.span.start + m.start("body")
            _set(doc, "body", m.group("body").strip(), Span(s, s + len(m.group("body").strip())))
            return
    found = find_body(doc)
    if found is not None:
        _set(doc, "body", _clean_body(found[0]), found[1])
    authority = find_authority(doc.text[:HEAD])
    if authority is not None:
        _set(doc, "authority", authority[0].strip(), authority[1])


def _clean_body(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" -–:,")
    if text.isupper():
        text = " ".join(w if w in {"AND", "OF", "FOR", "THE"} else w.capitalize() for w in text.split())
        text = re.sub(r"\b(And|Of|For|The)\b", lambda m: m.group(1).lower(), text)
        text = re.sub(r"\b(AND|OF|FOR|THE)\b", lambda m: m.group(1).lower(), text)
        text = text[0].upper() + text[1:]
    return text


def _meeting_date(doc: Document, settings: Settings) -> None:
    """The date of the meeting the paper records or is for; none for news."""
    if doc.metadata["kind"] == "news":
        return
    reading = date_order(doc, settings)
    order, key = reading.order, settings.lexicon_key
    for name in ("decision_date", "date", "decided_at", "decision_due"):
        for f in doc.fields:
            if f.name == name:
                hits = find_date_hits(f.span.text(doc), order=order, offset=f.span.start, lexicon=key)
                if hits and len(hits[0].value) == 10 and not hits[0].value.startswith("--"):
                    _set(doc, "meeting_date", hits[0].value, Span(hits[0].start, hits[0].end))
                    return
    head = 1500
    best: tuple[int, int, DateHit] | None = None
    for hit in find_date_hits(doc.text[:4000], order=order, lexicon=key):
        if len(hit.value) not in (7, 10) or hit.precision != "day" or (hit.start >= head and _context_score(doc, hit.start) < 2):
            continue
        score = (_context_score(doc, hit.start) + int(bool(WEEKDAY.match(hit.text))) + int(hit.start < head)
                 + 2 * _in_title_line(doc, hit))
        if best is None or (score, -hit.start) > best[:2]:
            best = (score, -hit.start, hit)
    if best is None:
        return
    hit = best[2]
    value = hit.value
    if value.startswith("--"):  # "HELD ON THURSDAY 16th FEBRUARY": the year from the paper's other dates
        base = median_date(doc.text, order, key)
        resolved = find_date_hits(hit.text, base, order, lexicon=key) if base else []
        if not resolved or resolved[0].value.startswith("--"):
            return
        value = resolved[0].value
    _set(doc, "meeting_date", value, Span(hit.start, hit.end))


def _in_title_line(doc: Document, hit: DateHit) -> bool:
    """A date in one of the paper's first short lines, beside a name: "PARENTING PANEL – 10th December 2024".

    A date alone on its line ("Apr 04, 2018") is more often an upload stamp than a title.
    """
    for block in doc.blocks[:3]:
        if block.span.start <= hit.start < block.span.end:
            line = block.span.text(doc)
            rest = line[: hit.start - block.span.start] + line[hit.end - block.span.start:]
            return len(line) <= 120 and len(re.findall(r"[A-Za-z]{3,}", rest)) >= 2
    return False


def _context_score(doc: Document, start: int) -> int:
    """2 after "held"/"meeting" or the body's name ("To: Cabinet – "), 1 after "on", 0 otherwise,
    -1 for a previous meeting's date (also an agenda item "Minutes of the meeting held on ...")."""
    text = doc.text
    before = text[max(0, start - 120): start]
    block = doc.block_at(start)
    past_title = len(doc.blocks) > 3 and start >= doc.blocks[3].span.start
    if PREVIOUS_MEETING.search(before) or (block is not None and past_title
                                           and PREVIOUS_MINUTES_ITEM.match(block.span.text(doc))):
        return -1
    body = str(doc.metadata.get("body") or "")
    if MEETING_CONTEXT.search(before) or re.search(r"\bDate\s*:\s*\Z", before) or (
            len(body) > 2 and re.search(re.escape(body) + r"\s*(?:[-–—,]|\bon\b)\s*\Z", before, re.I)):
        return 2
    return 1 if re.search(r"\bon\s*\Z", before, re.I) else 0
