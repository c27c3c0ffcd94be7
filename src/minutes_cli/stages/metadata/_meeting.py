"""The date of the meeting a paper records or is for (none for news), with its evidence span.

Structure before prose: a decision-date label, then the paper's title lines ("CABINET – 10th December
2024", "MONDAY, SEPTEMBER 24, 2012" under the body's name), then a "Date:" / "Date and time:" label,
then the best-placed date in the whole paper: after "held"/"meeting" or the body's name, with its
weekday, near the top. A previous meeting's date ("the minutes of the meeting held on", "Minutes from
the Regular meeting of") is never the meeting's. A year-less date counts only in the title lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...document import Document, Span
from ...lexicon import alternation
from ...settings import Settings, vocabulary
from ...text.dateorder import date_order
from ...text.dates import DateHit, _nearest_year, find_date_hits, median_date
from ...text.scan import Needles, fold, needles, search
from ._heading import Heading, after_lead, date_region

HEAD = 1500  # a date this near the top needs no context
FIRST_SCAN = 4000  # the paper's head is read first; the whole paper only when it holds no date
TITLE_BLOCKS = 6
STRONG_FIELDS = ("decided_at", "decision_date")  # "Decided at meeting:" is the meeting's own date
LATER_FIELDS = ("date", "decision_due")
# An agenda item about the last meeting's minutes: "Minutes of the meeting held on 29 October 2024"
PREVIOUS_MINUTES_ITEM = re.compile(r"""^\W*
    (?:\d+[.)]?\s*)?                                 # "3.", "4)"
    (?:To\s+(?:approve|confirm|agree)\s+the\s+)?     # "To confirm the"
    Minutes\s+of\s+the\s+(?:last\s+|previous\s+)?meeting\b  # "Minutes of the last meeting"
""", re.I | re.X)
ON_BEFORE = re.compile(r"\bon\s*\Z", re.I)
LABEL_BEFORE = re.compile(r"\bDate(?:\s*(?:and|&)\s*time)?\s*:\s*\Z", re.I)


@dataclass(frozen=True)
class _Context:
    meeting: re.Pattern[str]  # "MEETING HELD AT GEORGETOWN ON", "summoned to a meeting on", "COMMENCING"
    previous: re.Pattern[str]  # "the minutes of the meeting held on", "Minutes from the Regular meeting of"
    future: re.Pattern[str]  # "will be held on", "will take place"


@lru_cache(maxsize=8)
def _context(key: str) -> _Context:
    """The words before a date that say whose meeting it is, from the lexicon."""
    data = vocabulary(key)
    return _Context(
        meeting=re.compile(rf"\b(?:{alternation(data['meeting_date_leads'])})\b[^\n.:\"]{{0,50}}\Z", re.I),
        previous=re.compile(rf"""
              \b(?:{alternation(data['previous_meeting_leads'])})\b [^\n.]{{0,100}} \Z  # "the minutes of the meeting held on"
            | \b(?:{alternation(data['minutes_approval_stems'])})\w*\b [^\n.]{{0,40}}   # "approved", "signed"
              \bminutes\b [^\n.]{{0,100}} \Z                                       # "... the minutes of 3 May"
        """, re.I | re.X),
        future=re.compile(rf"\b(?:{alternation(data['future_meeting_phrases'])})\b[^\n.]{{0,50}}\Z", re.I),
    )


def find_meeting_date(doc: Document, settings: Settings, heading: Heading | None = None) -> None:
    """Set `meeting_date` and its evidence, unless the paper is news or gives none."""
    if doc.metadata["kind"] == "news":
        return
    order, key = date_order(doc, settings).order, settings.lexicon_key
    hit = _field_date(doc, STRONG_FIELDS, order, key) or _title_date(doc, order, key)
    hit = hit or _heading_date(doc, heading, order, key)
    hit = hit or _under_title_date(doc, order, key) or _field_date(doc, LATER_FIELDS, order, key)
    hit = hit or _best_or_month(doc, order, key)
    if hit is None:
        return
    value = hit.value
    if value.startswith("--"):  # "HELD ON THURSDAY 16th FEBRUARY": the year from the paper's other dates
        base = median_date(doc.text, order, key)
        resolved = find_date_hits(hit.text, base, order, lexicon=key) if base else []
        if not resolved or resolved[0].value.startswith("--"):
            return
        value = resolved[0].value
    doc.metadata["meeting_date"] = value
    doc.evidence["meeting_date"] = Span(hit.start, hit.end)


def _heading_date(doc: Document, heading: Heading | None, order: str, key: str) -> DateHit | None:
    """The date after "ON" in a heading sentence wrapped over lines ("... ON WEDNESDAY, 2ND" /
    "JULY, 2014, AT 10.00 A.M."), read as one line."""
    region = date_region(heading) if heading is not None else None
    if region is None:
        return None
    flat = doc.text[region.start:region.end].replace("\n", " ")  # the same offsets
    for hit in find_date_hits(flat, order=order, offset=region.start, lexicon=key):
        if hit.precision == "day" and after_lead(flat[: hit.start - region.start], key):
            return hit if _context_score(doc, hit.start, key) >= 0 else None
    return None


def _best_or_month(doc: Document, order: str, key: str) -> DateHit | None:
    """The best-placed date, unless the title names another month ("Hollowby Parish Council - March
    meeting" and a stray "14 February 2019"): then the title's month."""
    best, month = _best_date(doc, order, key), _month_title(doc, order, key)
    if month is None or (best is not None and best.value[:7] == month.value):
        return best
    return month


def _field_date(doc: Document, names: tuple[str, ...], order: str, key: str) -> DateHit | None:
    for name in names:
        for f in doc.fields:
            if f.name == name:
                hits = find_date_hits(f.span.text(doc), order=order, offset=f.span.start, lexicon=key)
                if hits and len(hits[0].value) == 10 and not hits[0].value.startswith("--"):
                    return hits[0]
    return None


def _title_date(doc: Document, order: str, key: str) -> DateHit | None:
    """A full date in one of the first lines beside a name ("PARENTING PANEL – 10th December 2024"), or
    alone on the line right under the body's name or the meeting's title; "Held on ..." first."""
    found: list[tuple[int, int, DateHit]] = []
    blocks = doc.blocks[:TITLE_BLOCKS]
    hits = find_date_hits(doc.text[: blocks[-1].span.end], order=order, lexicon=key) if blocks else []
    for i, block in enumerate(blocks):
        line = block.span.text(doc)
        for hit in (h for h in hits if block.span.start <= h.start and h.end <= block.span.end):
            context = _context_score(doc, hit.start, key)
            if hit.precision != "day" or context < 0:
                continue
            rest = line[: hit.start - block.span.start] + line[hit.end - block.span.start:]
            beside = len(line) <= 120 and len(re.findall(r"[A-Za-z]{3,}", rest)) >= 2 and i < 3
            if beside or (not rest.strip(" ,.-–|") and i > 0 and _meeting_title(doc.blocks[i - 1].span.text(doc), key)):
                found.append((context, -hit.start, hit))
    return max(found)[2] if found else None


def _under_title_date(doc: Document, order: str, key: str) -> DateHit | None:
    """A full date alone, or a whole cell of a header row, on the line under a meeting's title further
    down a web page ("WORK SESSION AGENDA" / "COUNCIL CHAMBERS | AUGUST 17, 2026 | 5:30 P.M.")."""
    for k in range(1, len(doc.blocks)):
        span = doc.blocks[k].span
        if span.start >= FIRST_SCAN:
            break
        line = span.text(doc)
        if len(line) > 120 or not _meeting_title(doc.blocks[k - 1].span.text(doc), key):
            continue
        cells = {c.strip(" ,.-–") for c in line.split("|")}
        for hit in find_date_hits(line, order=order, offset=span.start, lexicon=key):
            if hit.precision == "day" and not hit.value.startswith("--") and hit.text.strip() in cells \
                    and _context_score(doc, hit.start, key) >= 0:
                return hit
    return None


@lru_cache(maxsize=8)
def _month_meeting(key: str) -> tuple[re.Pattern[str], Needles | None, dict[str, int]]:
    """"Northwold Parish Council - September meeting", "Minutes of the March 2019 Meeting"; the
    words one of which every match holds; each month word's number."""
    months = alternation(w for m in vocabulary(key)["months"] for w in (m, m.upper()))
    pattern = re.compile(rf"\b(?P<month>{months})(?:\s+(?P<year>\d{{4}}))?\s+(?i:meeting|minutes)\b")
    return pattern, needles(pattern), {m.lower(): int(n) for m, n in vocabulary(key)["months"].items()}


def _month_title(doc: Document, order: str, key: str) -> DateHit | None:
    """Only the month of the meeting, in a title line: the year written beside it, else the one that
    puts it nearest the paper's other dates. A month, so the meeting date has month precision."""
    pattern, required, months = _month_meeting(key)
    for block in doc.blocks[:TITLE_BLOCKS]:
        line = block.span.text(doc)
        m = search(pattern, required, line, fold(line))  # no "meeting" in the line: no match, and no scan
        if m is None or len(line) > 100 or _context_score(doc, block.span.start + m.start(), key) < 0:
            continue  # "It was agreed that the minutes of the January meeting be signed"
        month = months[m.group("month").lower()]
        base = median_date(doc.text, order, key)
        year = int(m.group("year")) if m.group("year") else (_nearest_year(month, 15, base) if base else None)
        if year is not None:
            end = m.end("year") if m.group("year") else m.end("month")
            start = block.span.start + m.start()
            return DateHit(start, block.span.start + end, m.group()[: end - m.start()], f"{year:04d}-{month:02d}", "month")
    return None


def _meeting_title(line: str, key: str) -> bool:
    """"CITY OF ALAMEDA PLANNING BOARD", "SPECIAL MEETING OF AUSD SUB COMMITTEE", "Council Meeting Minutes"."""
    # the cheap tests first: the end pattern is tried at every offset of the line (from the first
    # place one of the words every match begins with stands; not at all without one)
    if len(line) > 90 or re.search(r"\d", line):
        return False
    pattern, required = _title_end(key)
    return search(pattern, required, line, fold(line)) is not None


@lru_cache(maxsize=8)
def _title_end(key: str) -> tuple[re.Pattern[str], Needles | None]:
    nouns = alternation(n for w in vocabulary(key)["body_nouns"] for n in (w, w.upper()))
    pattern = re.compile(rf"(?:{nouns}|\b(?i:minutes|meeting|agenda))\W*$")
    return pattern, needles(pattern)


@lru_cache(maxsize=8)
def _weekday(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(vocabulary(key)['weekdays'])})\b", re.I)


def _best_date(doc: Document, order: str, key: str) -> DateHit | None:
    """The best-placed full date anywhere in the paper; year-less ones only in the title lines."""
    title_end = doc.blocks[min(len(doc.blocks), TITLE_BLOCKS) - 1].span.end if doc.blocks else 0
    weekday = _weekday(key)
    best: tuple[int, int, DateHit] | None = None
    hits = find_date_hits(doc.text[:FIRST_SCAN], order=order, lexicon=key)
    if len(doc.text) > FIRST_SCAN and not any(h.precision == "day" for h in hits):
        hits = find_date_hits(doc.text, order=order, lexicon=key)  # first written late in a long paper
    for hit in hits:
        if hit.precision != "day" or (hit.value.startswith("--") and hit.start > title_end):
            continue
        context = _context_score(doc, hit.start, key)
        if hit.start >= HEAD and context < 2:
            continue
        score = context + int(bool(weekday.match(hit.text))) + int(hit.start < HEAD)
        if best is None or (score, -hit.start) > best[:2]:
            best = (score, -hit.start, hit)
    return best[2] if best else None


def _context_score(doc: Document, start: int, key: str) -> int:
    """2 after "held"/"meeting", a "Date:" label or the body's name ("To: Cabinet – "), 1 after "on",
    0 otherwise, -1 for a previous meeting's date (also an agenda item "Minutes of the meeting held on")."""
    text = doc.text
    before = text[max(0, start - 120): start]
    block = doc.block_at(start)
    past_title = len(doc.blocks) > 3 and start >= doc.blocks[3].span.start
    context = _context(key)
    if context.previous.search(before) or (block is not None and past_title
                                           and PREVIOUS_MINUTES_ITEM.match(block.span.text(doc))):
        return -1
    if doc.metadata.get("kind") == "agenda" and context.future.search(before):
        return 3  # a notice's own meeting, not the one that called it ("at its meeting on 3 May ... will be held on")
    body = str(doc.metadata.get("body") or "")
    if context.meeting.search(before) or LABEL_BEFORE.search(before) or (
            len(body) > 2 and _after_body(body).search(before)):
        return 2
    return 1 if ON_BEFORE.search(before) else 0


@lru_cache(maxsize=64)
def _after_body(body: str) -> re.Pattern[str]:
    """The body's name just before a date: "To: Cabinet – ", "Planning Committee on"."""
    return re.compile(re.escape(body) + r"\s*(?:[-–—,]|\bon\b)\s*\Z", re.I)
