"""Classify the paper and read its metadata: kind, title, authority, body, meeting date.

Reads: text, blocks, fields, hints. Writes: metadata, evidence.
"""

from __future__ import annotations

import re

from ..document import Document, Span
from ..settings import Settings
from ._datetext import find_date_hits
from .kind import classify

# "MINUTES OF THE GENERAL MEETING HELD AT", "Minutes of a meeting of the Planning Committee held on"
MINUTES_OF = re.compile(
    r"\bMINUTES\s+OF\s+(?:THE\s+|A\s+|PROCEEDINGS\s+OF\s+)?(?:(?:ORDINARY|ANNUAL|SPECIAL|EXTRAORDINARY|"
    r"MONTHLY|GENERAL|REGULAR|STATUTORY)\s+)*(?:MEETING\s+OF\s+(?:THE\s+)?)?(?P<body>[A-Z][^\n]{2,90}?)"
    r"\s+(?:HELD|ON|AT|IN)\b", re.I)
# "Council - Thursday, 5th April, 2018 6.00 pm" (ModernGov meeting heading)
MODGOV_HEADING = re.compile(r"^(?P<body>[A-Z][^\n]{1,80}?)\s+-\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s")
# "Decided at meeting: 16/01/2017 - Cabinet"
DECIDED_AT = re.compile(r"^[^-]+-\s*(?P<body>.+)$")
AUTHORITY = re.compile(
    r"\b(?P<name>(?:[A-Z][a-z]+\s+){0,4}(?:County Borough|Borough|District|County|City|Town|Parish|Shire|"
    r"Metropolitan Borough)?\s*Council)\b")
HELD_ON = re.compile(r"\b(?:held|meeting)\b[^\n.]{0,80}?$", re.I)


def find_metadata(doc: Document, settings: Settings) -> None:
    """Set kind, title, authority, body and meeting_date, each with its evidence span."""
    meta = doc.metadata
    meta["kind"] = classify(doc)
    _title(doc)
    _body(doc)
    _meeting_date(doc, settings)
    for f in doc.fields:
        if f.name not in meta and f.name not in ("date", "meeting", "committee", "title"):
            meta[f.name] = f.value
            doc.evidence[f.name] = f.span
    status = doc.field_value("status")
    if isinstance(status, str):
        meta["status"] = status


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
        if 4 <= len(line) <= 150 and line.lower().strip(" :") not in skip and not line.startswith("["):
            _set(doc, "title", line, block.span)
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
    head = doc.text[:3000]
    for pattern in (MODGOV_HEADING, MINUTES_OF):
        m = pattern.search(head)
        if m and not m.group("body").lower().startswith(("the ", "meeting")):
            body = _clean_body(m.group("body"))
            _set(doc, "body", body, Span(m.start("body"), m.start("body") + len(m.group("body"))))
            return
    m = AUTHORITY.search(head)
    if m:
        doc.metadata["authority"] = m.group("name").strip()
        doc.evidence["authority"] = Span(m.start("name"), m.end("name"))


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
    for name in ("decision_date", "date", "decided_at"):
        for f in doc.fields:
            if f.name == name:
                hits = find_date_hits(f.span.text(doc), order=settings.date_order, offset=f.span.start)
                if hits and len(hits[0].value) == 10 and not hits[0].value.startswith("--"):
                    _set(doc, "meeting_date", hits[0].value, Span(hits[0].start, hits[0].end))
                    return
    head_end = doc.blocks[min(len(doc.blocks), 12) - 1].span.end if doc.blocks else 0
    head = doc.text[: min(max(head_end, 600), 1500)]
    for hit in find_date_hits(head, order=settings.date_order):
        if len(hit.value) == 10 and not hit.value.startswith("--"):
            _set(doc, "meeting_date", hit.value, Span(hit.start, hit.end))
            return
