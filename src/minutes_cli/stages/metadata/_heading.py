"""A paper's heading sentence, wrapped by the page over several lines:

    MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF EASTFORD
    CITY AND COUNTY COUNCIL HELD IN THE COUNCIL CHAMBER,
    MILL ROAD, EASTFORD, ON FRIDAY, 20TH JUNE, 2014, AT 12
    NOON.

Read as one sentence from the line it opens on ("Minutes of") to the line it ends on: a full stop
(not an abbreviation's: "CO."), or before a label ("PRESENT:") or, in a heading written in capitals,
before a line that is not. The title is the sentence up to where the place begins ("HELD", or ", ON"
before a weekday or a day); the body the name after the last "MEETING OF (THE)" ("MUNICIPAL DISTRICT
OF EASTFORD"), else the name before "MEETING" when it ends in a body's noun ("MINUTES OF THE X PARISH
COUNCIL MEETING HELD"); the date the first after "ON". Offsets are the document's own, so every part
is a span of it. Cue words come from the lexicon (`vocab/en/metadata.yaml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...document import Document, Span
from ...lexicon import alternation
from ...settings import vocabulary

HEADING_BLOCKS = 10  # the heading opens on one of the paper's first lines
MAX_LINES = 40  # a converted PDF may put each word on a line of its own
MAX_CHARS = 500
MAX_BODY_WORDS = 12
MAX_TITLE = 250  # a heading that never reaches its place is a title only this short
LABEL = re.compile(r"(?<!\d):(?!\d)")  # "PRESENT IN THE CHAIR:", not "7:30"


@dataclass(frozen=True)
class Heading:
    """One heading sentence: its whole span, the title's, the body's (if named), where the place begins."""

    sentence: Span
    title: Span
    body: Span | None
    place: int | None


@dataclass(frozen=True)
class _Cues:
    first: re.Pattern[str]  # the opener's first word at a line's start: "MINUTES"
    opener: re.Pattern[str]  # "Minutes of", across lines
    link: re.Pattern[str]  # "MEETING OF THE", "MEETING FOR", "MEETING IN COMMITTEE OF"
    place: re.Pattern[str]  # " HELD", ", ON FRIDAY", ", ON 20TH"
    place_start: re.Pattern[str]  # a line that opens with the place: "HELD IN", "ON MONDAY"
    place_word: re.Pattern[str]  # "held" anywhere in a line
    noun_end: re.Pattern[str]  # a name ending in a body's noun, " MEETING" after it allowed
    abbreviation: re.Pattern[str]  # "CO." at a line's end does not end the sentence
    possessive: re.Pattern[str]  # "X COUNCIL’S TRAVEL COMMITTEE": the committee's own name follows


@lru_cache(maxsize=8)
def _cues(key: str) -> _Cues:
    data = vocabulary(key)
    openers = data["heading_openers"]
    nouns = alternation(data["body_nouns"])
    weekday = alternation(data["weekdays"])
    held = alternation(data["heading_place_words"])
    return _Cues(
        first=re.compile(rf"^\W*(?i:{alternation(o.split()[0] for o in openers)})\b"),
        opener=re.compile(rf"^\W*(?i:{alternation(openers)})\b"),
        link=re.compile(rf"(?i)\b(?:{_with_aside(data['heading_meeting_links'])})\s+(?:the\s+)?"),
        place=re.compile(rf"(?i)[\s,]+(?:(?:{held})\b|(?:{alternation(data['heading_date_leads'])})\s+(?=(?:{weekday})\b|\d))"),
        place_start=re.compile(rf"(?i)(?:{held}|{alternation(data['heading_date_leads'])})\b"),
        place_word=re.compile(rf"(?i)\b(?:{held})\b"),
        noun_end=re.compile(rf"(?i)\b(?:{nouns})(?:\s+meeting)?\W*$"),
        abbreviation=re.compile(rf"(?i)(?<!\w)(?:{alternation(data['heading_abbreviations'])})\.$"),
        possessive=re.compile(r"[’']s\s+(?=\S)"),
    )


# An aside before a phrase's last word: "MEETING (QUORUM ONLY) OF", "MEETING ‘IN COMMITTEE’ OF"
ASIDE = r"""\s+(?:\([^()\n]{1,40}\)\s+|[‘'"][^’'"\n]{1,40}[’'"]\s+)?"""


def _with_aside(phrases: list[str]) -> str:
    """An alternation of `phrases` (spaces match any white space), an aside allowed before the last word."""
    out = []
    for phrase in sorted(set(phrases), key=lambda w: (-len(w), w)):
        *head, last = phrase.split()
        out.append(r"\s+".join(re.escape(w) for w in head) + (ASIDE if head else "") + re.escape(last))
    return "|".join(out)


def find_heading(doc: Document, key: str) -> Heading | None:
    """The paper's heading sentence, if one of its first lines opens one."""
    cues = _cues(key)
    for k, block in enumerate(doc.blocks[:HEADING_BLOCKS]):
        if not cues.first.match(block.span.text(doc)):
            continue
        end = min(_sentence_end(doc, k, cues), block.span.start + MAX_CHARS)  # (a paper may be one long line)
        flat = doc.text[block.span.start:end].replace("\n", " ")  # the same offsets, one line
        if (opener := cues.opener.match(flat)) is not None:
            return _read(Span(block.span.start, end), flat, opener.end(), cues)
    return None


def _capitals(line: str) -> bool:
    """A line written in capitals ("ON THURSDAY 16th FEBRUARY AT 3.00PM." is), or one without letters."""
    letters = [c for c in line[:MAX_CHARS] if c.isalpha()]
    return not letters or sum(c.isupper() for c in letters) >= 0.6 * len(letters)


def _ends(line: str, cues: _Cues) -> bool:
    """The line ends the sentence: a full stop, not an abbreviation's ("CO." before "LIMERICK")."""
    line = line.rstrip(" *_\t")
    return line.endswith(".") and not cues.abbreviation.search(line, max(0, len(line) - 12))


def _sentence_end(doc: Document, k: int, cues: _Cues) -> int:
    """Where the sentence opened on block `k` ends: at a full stop, before a label or a line too far, or
    (a heading in capitals) before a line that is not in capitals."""
    first = doc.blocks[k]
    line = first.span.text(doc)
    capitals, end = _capitals(line), first.span.end
    if _ends(line, cues):
        return end
    placed = cues.place_word.search(line, 0, MAX_CHARS) is not None
    for block in doc.blocks[k + 1:k + MAX_LINES]:
        prev, line = line, block.span.text(doc)
        if block.span.end - first.span.start > MAX_CHARS or LABEL.search(line) \
                or not _runs_on(prev, line, capitals, placed, cues):
            break
        end, placed = block.span.end, placed or cues.place_word.search(line, 0, MAX_CHARS) is not None
        if _ends(line, cues):
            break
    return end


def _runs_on(prev: str, line: str, capitals: bool, placed: bool, cues: _Cues) -> bool:
    """`line` goes on with the sentence: not a heading of its own ("MINUTES OF ..." again); after a
    body's name only with the place, unless it has begun (`placed`: "... COUNTY COUNCIL" / "HELD IN";
    "Minutes of Ashby Parish Council" / "Meeting held" is two lines); in capitals if the sentence is; in lower case text,
    opening in lower case or naming the place ("... Strategic" / "Policy Committee held on"), or after a comma."""
    if cues.first.match(line):
        return False
    start, end = line.lstrip(" *_"), prev.rstrip(" *_")
    if (start[:1].islower() or cues.place_start.match(start)) and (not capitals or _capitals(line)):
        return True
    if cues.noun_end.search(end) and not placed:
        return False
    if capitals:
        return _capitals(line)
    last = end.split()[-1] if end.split() else ""
    return not last[-1:].isdigit() and (last.endswith(",") or cues.place_word.search(line) is not None)


def _read(sentence: Span, flat: str, after_opener: int, cues: _Cues) -> Heading | None:
    """The title, body and place of one sentence (`flat`: its text on one line, offsets from its start)."""
    base = sentence.start
    place = cues.place.search(flat, after_opener)
    stop = place.start() if place else len(flat.rstrip(" .*_"))
    lead = len(flat) - len(flat.lstrip(" *_#-•·"))
    title = flat[lead:stop].rstrip(" ,;:-–*_")
    if len(title.split()) < 3 or (place is None and len(title) > MAX_TITLE):
        return None  # "Minutes of the", or a paragraph that only opens like a heading
    body = _body(flat, after_opener, stop, place is not None, cues)
    return Heading(sentence, Span(base + lead, base + lead + len(title)),
                   Span(base + body[0], base + body[1]) if body else None,
                   base + place.start() if place else None)


def _body(flat: str, after_opener: int, stop: int, placed: bool, cues: _Cues) -> tuple[int, int] | None:
    """The body's offsets in `flat`: a committee named before "MEETING OF" ("JOINT POLICING COMMITTEE
    MEETING OF THE DISTRICT OF X"), else the name after the last "MEETING OF (THE)", else the name
    before "MEETING"/"HELD" when it ends in a body's noun ("THE X PARISH COUNCIL MEETING HELD")."""
    links = list(cues.link.finditer(flat, after_opener, stop))
    before = _name(flat, after_opener, links[0].start() if links else stop)
    if before is not None and cues.noun_end.search(flat, 0, before[1]):
        return _trimmed(flat, before, cues)
    if not links:
        return None
    after = _name(flat, links[-1].end(), stop)
    if after is None or (not placed and not cues.noun_end.search(flat, 0, after[1])):
        return None  # no "HELD": the name runs on, unless it ends in a body's noun
    possessive = list(cues.possessive.finditer(flat, after[0], after[1]))
    if possessive and cues.noun_end.search(flat, 0, after[1]):  # "X COUNCIL’S TRAVEL COMMITTEE"
        after = (possessive[-1].end(), after[1])
    return _trimmed(flat, after, cues)


MEETING_END = re.compile(r"(?i)\s+meeting$")
LEAD = re.compile(r"(?i)^(?:the|a|an)\s+")


def _name(flat: str, start: int, end: int) -> tuple[int, int] | None:
    """A name's offsets between `start` and `end`, without "the" or the marks around it; None if empty."""
    text = flat[start:end]
    left = len(text) - len(text.lstrip(" ,*_"))
    lead = LEAD.match(text[left:])
    left += lead.end() if lead else 0
    right = len(text.rstrip(" ,;:-–*_"))
    return (start + left, start + right) if right > left else None


def _trimmed(flat: str, span: tuple[int, int], cues: _Cues) -> tuple[int, int] | None:
    """A name without a trailing "MEETING"; None unless it is one: a capital first, no digits, few words."""
    name = flat[span[0]:span[1]]
    cut = MEETING_END.search(name)
    name = name[: cut.start()] if cut else name
    if not name[:1].isupper() or re.search(r"\d", name) or not 1 <= len(name.split()) <= MAX_BODY_WORDS:
        return None
    return span[0], span[0] + len(name)


def date_region(heading: Heading) -> Span | None:
    """Where the heading gives the meeting's date: after the place begins, to the sentence's end; none
    unless the heading names the body (no "Minutes of the meeting held on 3 May" agenda line)."""
    if heading.place is None or heading.body is None:
        return None
    return Span(heading.place, heading.sentence.end)


def after_lead(before: str, key: str) -> bool:
    """The text before a date ends with the heading's date lead: "... DOORADOYLE, ON "."""
    return _lead(key).search(before) is not None


@lru_cache(maxsize=8)
def _lead(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(vocabulary(key)['heading_date_leads'])})\s+\Z")
