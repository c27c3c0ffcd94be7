"""Find the decision-making body a paper belongs to: "Cabinet", "Planning Committee", "X Parish Council".

Used by the metadata stage after labelled fields. In order: a label whose value sits on the next line
("DECISION TO BE TAKEN BY:" / "Cabinet"), a heading that names the meeting ("Cabinet - Thursday, 5th
April, 2018", "CORPORATE PARENTING PANEL – 10th December 2024", "Minutes of a meeting of the Planning
Committee held on", "Boughton Parish Council Minutes"), then the body that acts most often in the text
("The Cabinet considered", "reminded Council that"), then the council named at the top.
"""

from __future__ import annotations

import re
from collections import Counter

from ..document import Document, Span
from ._scan import finditer, windows

HEAD = 3000
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
# "Council - Thursday, 5th April, 2018 6.00 pm", "Planning Committee, Tuesday, 2nd November, 2021",
# "CORPORATE PARENTING PANEL – 10th December 2024", "To: | Cabinet – 4th March 2025"
BODY_DATE_LINE = re.compile(
    r"^(?:To:\s*\|?\s*)?(?P<body>[A-Z][A-Za-z&',() -]{1,80}?)\s*(?:\s[-–—]|,)\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH + r"\b)", re.M)
# "MINUTES OF THE GENERAL MEETING OF THE COUNCIL HELD AT", "Minutes of Stoke Ferry Parish Council",
# "Minutes of a meeting of the Planning Committee held on"
MINUTES_OF = re.compile(
    r"\bMINUTES\s+OF\s+(?:THE\s+|A\s+|PROCEEDINGS\s+OF\s+)?(?:(?:ORDINARY|ANNUAL|SPECIAL|EXTRAORDINARY|"
    r"MONTHLY|GENERAL|REGULAR|STATUTORY)\s+)*(?:MEETING\s+OF\s+(?:THE\s+)?)?"
    r"(?P<body>[A-Z][^\n]{2,90}?)(?:\s+(?:HELD|ON|AT|IN)\b|\s*$)", re.I | re.M)
# "A meeting of the County Council will be held", "at a meeting of the cabinet held on Wednesday"
MEETING_OF = re.compile(
    r"\b[Mm]eeting of the (?P<body>(?:[A-Z][\w&'-]*|cabinet|council|committee)(?: (?:[A-Z][\w&'-]*|and|of|for))*)"
    r"\s+(?:will be held|was held|held|on|at|in)\b")
# "Boughton Parish Council Minutes", "Council Meeting Minutes", "ETHERIDGE SHIRE COUNCIL MINUTES OF"
TITLE_MINUTES = re.compile(
    r"^(?:[^\n]*?\s)??(?P<body>(?:[A-Z][\w&'-]*[ \t]+){0,5}(?:Council|COUNCIL|Committee|COMMITTEE|Cabinet|"
    r"CABINET|Board|BOARD|Panel|PANEL))\s+(?:Meeting\s+|MEETING\s+)?(?:Minutes|MINUTES)\b", re.M)
# A title naming the committee before its subject: "Planning Review Committee: Mill Street Student Block"
COMMITTEE_TITLE = re.compile(
    r"^(?P<body>(?:[A-Z][\w&'-]*[ \t]+){1,5}(?:Committee|Council|Cabinet|Board|Panel|Sub-Committee))\s*:", re.M)
# Collapsed report headers: "Report No HC/44/20 Committee: Highland Council Date: 17th December"
COMMITTEE_INLINE = re.compile(r"\bCommittee:\s*(?P<body>[A-Z][\w&' -]{2,60}?)\s+(?:Date|Report|Agenda)\b")
# A label whose value is on the next line: "DECISION TO BE TAKEN BY:"
LABEL_ALONE = re.compile(r"^(?:DECISION TO BE TAKEN BY|Decision to be taken by|Decision taker|DECISION TAKER)\s*:?\s*$")
# The body acting: "The Cabinet considered", "That Council agreed", "the Committee resolved",
# "reminded Council that", "That the Executive note"
ACTOR = re.compile(
    r"(?:\b(?:[Tt]he|That|that)\s+|\b(?:reminded|advised|informed|asked|told)\s+(?:the\s+)?)?"
    r"(?P<body>Cabinet|Council|Executive|Committee|Panel|Board)\s+"
    r"(?:considered|agreed|resolved|RESOLVED|AGREED|NOTED|noted|approved|decided|note|agree|approve|"
    r"meets|received|is asked|are asked|was asked|were asked)\b"
    r"|\b(?:reminded|advised|informed|told)\s+(?:the\s+)?(?P<obj>Cabinet|Council|Executive|Committee)\b")
ACTOR_WORDS = ("Cabinet", "Council", "Executive", "Committee", "Panel", "Board")
AUTHORITY = re.compile(
    r"\b(?P<name>(?:The\s+)?(?:[A-Z][a-z]+\s+){0,4}(?:County Borough|Borough|District|County|City|Town|Parish|"
    r"Shire|Metropolitan Borough)\s+Council|The\s+[A-Z][a-z]+\s+(?:(?:[A-Z][a-z]+|of)\s+){0,3}Council)\b")
# Words that cannot open a body's name: "Minutes - 19th May", "Previous Meeting", "Thursday, 25 October"
NOT_A_BODY = re.compile(
    r"^(?:the\s+)?(?:minutes|agenda|meeting|previous|last|date|venue|time|held|report|item|page|notice|"
    r"summons|all|this|these|that|further|any|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
# The kind of meeting before a body's name: "The Regular Council", "Special Council"
MEETING_TYPE = re.compile(r"^(?:The\s+)?(?:Regular|Special|Ordinary|Annual|Extraordinary|Monthly|General)\s+(?=\S)", re.I)


def find_body(doc: Document) -> tuple[str, Span] | None:
    """The body's name and where the paper gives it, or None."""
    head = doc.text[:HEAD]
    found = _label_alone(doc) or _heading(head) or _actor(doc.text) or find_authority(head)
    if found is None:
        return None
    name, span = found
    body = _trim_body(name)
    start = span.start + name.index(body) if body in name else span.start
    return (body, Span(start, start + len(body))) if body else None


def _label_alone(doc: Document) -> tuple[str, Span] | None:
    for k, block in enumerate(doc.blocks[:40]):
        if LABEL_ALONE.match(block.span.text(doc)) and k + 1 < len(doc.blocks):
            nxt = doc.blocks[k + 1].span
            if len(nxt.text(doc)) <= 60:
                return nxt.text(doc), nxt
    return None


def _heading(head: str) -> tuple[str, Span] | None:
    """The earliest heading that names a body."""
    best: tuple[str, Span] | None = None
    for pattern in (BODY_DATE_LINE, MINUTES_OF, MEETING_OF, TITLE_MINUTES, COMMITTEE_TITLE, COMMITTEE_INLINE):
        for m in pattern.finditer(head):
            if best is not None and m.start("body") >= best[1].start:
                break
            if _looks_like_body(_trim_body(m.group("body"))):
                best = m.group("body"), Span(m.start("body"), m.end("body"))
                break
    return best


def _looks_like_body(body: str) -> bool:
    """A name, not a sentence: "Planning Committee", not "The 26th September 2019 were signed."."""
    return (bool(body) and body[0].isupper() and len(body.split()) <= 8 and not NOT_A_BODY.match(body)
            and not re.search(r"\d|\.\s|\.$", body))


def _trim_body(text: str) -> str:
    """ "Stoke Ferry Parish Council Meeting" -> "Stoke Ferry Parish Council"; "All Members of the X" -> "X";
    "The Regular Council" -> "Council"."""
    text = re.sub(r"\s+", " ", text).strip(" -–:,|")
    text = re.sub(r"\s+(?:meeting|Meeting|MEETING)$", "", text)
    text = MEETING_TYPE.sub("", text)
    text = re.sub(r"^(?:All Members of|Members of)\s+(?:the\s+)?", "", text)
    return text[:1].upper() + text[1:]


def _actor(text: str) -> tuple[str, Span] | None:
    """The body that acts most often in the text ("Cabinet" in "The Cabinet considered"); None if none."""
    if not any(word in text for word in ACTOR_WORDS):
        return None
    counts: Counter[str] = Counter()
    first: dict[str, Span] = {}
    for m in finditer(ACTOR, text, windows(text, ACTOR_WORDS, 40, 40)):
        group = "body" if m.group("body") else "obj"
        counts[m.group(group)] += 1
        first.setdefault(m.group(group), Span(m.start(group), m.end(group)))
    if not counts:
        return None
    name = max(counts, key=lambda k: (counts[k], -first[k].start))
    return name, first[name]


def find_authority(head: str) -> tuple[str, Span] | None:
    m = AUTHORITY.search(head)
    if m is None:
        return None
    return m.group("name"), Span(m.start("name"), m.end("name"))
