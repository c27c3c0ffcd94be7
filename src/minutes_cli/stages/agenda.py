"""Find agenda items and minute numbers, and the extent of each.

Reads: text, blocks, decisions (numbered lists inside a decision are not items).
Writes: sections.

An item starts at a number alone or before a title: "45.", "1/19", "30/23", "PLA146/14",
"(49)", "300 MINUTES", "33.1", "Item 5", "Minute 12", "IV. DISCLOSURES", "**1.Adoption of
Minutes**"; a title on the next line, or a capitals heading wrapped over two lines, joins it.
"""

from __future__ import annotations

import re

from ..document import Document, Section, Span
from ..settings import Settings
from ._names import NAME, honorific_pattern

# "1.", "45.", "(49)", "1/19", "30/23.", "PLA146/14", "CA/89/23", "33.1", "Item 5", "Minute 12", "IV."
ITEM_NUMBER = re.compile(
    r"^[*_\s]*(?:(?:Agenda\s+)?Item\s+(?:No\.?\s*)?|Minute\s+(?:No\.?\s*)?)?(?P<num>\(\d{1,3}\)|\d{1,3}(?:\.\d{1,2})?\.?"
    r"|\d{1,3}/\d{2,4}\.?|[A-Z]{1,5}/?\d{1,4}/\d{2}\.?|(?=[IVX]{1,5}\.\s)[IVX]{1,5}\.)"
    r"(?:[\s*_:–—-]*(?P<title>[A-Z‘'\"(][^\n]{2,150}))?$")
# A title that is really a sentence or a resolution item: "That the report be noted."
NOT_TITLE = re.compile(r"^(?:That|THAT|To\s+note\s+that|The\s+\w+\s+(?:was|were|is|are|had)\b)|[,;]$|\b(?:was|were|had)\s+\w+ed\b")
# A numbered paragraph of minutes, not a title: "It was RESOLVED that ...", "There were no ...",
# "Members noted ...:", "Mr Patel responded to ... including the following:-"
SENTENCE_START = re.compile(r"^(?:It|There|This|Members|Councillors)\s+(?:was|were|is|are|had|has|noted|agreed|asked)\b")
# "... including the following:-", "... as follows:": a sentence that introduces a list
INTRO_END = re.compile(r":-?$")
# A finite verb: "The Clerk was asked ...", "Members noted ..." (not "Motion submitted by")
FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|will|would|should|could|did|does|been)\b")
PAST_VERB = re.compile(r"\b(?!by\b)[a-z]{3,}ed\b(?!\s+(?:out\s+)?by\b)|\bfollow(?:s|ing)\b")
SENTENCE_WORDS = 9  # titles are short noun phrases; a long line with a finite verb ending "." is a paragraph
INTRO_WORDS = 6
# A short label before the paragraph's text: "Planning: ...", "Village sign. Decided ...", "Minutes - adopted"
LEADING_LABEL = re.compile(r"^(?P<label>[A-Z][^.:;\n]{3,60}?)(?:\s*[:–—]\s+|\s+-\s+|(?:(?<=[a-z]{2})|(?<=\)))\.\s+(?=[A-Z]))(?=\S)")
# A verb makes a sentence, not a label: "The Clerk reported that ...", "Grant was paid"
LABEL_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|that|reported|agreed|said|asked)\b")
# A list of members before a bracketed number: "For the Proposal Councillors Ames, Birch and Cole" then "(3)"
NAMES_LIST = re.compile(r"\b(?:Councillors|Councilors|Cllrs|Crs|Council\s+Members|Members|Councillor|Cllr)\s+[A-Z][^\n]*$")
# "£12.50", "10.30 am", "7.00pm": numbers that are amounts or times
AMOUNT_OR_TIME = re.compile(r"^\d{1,3}\.\d{2}\s*(?:[ap]\.?m\b|£|hrs?\b)|£")
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11,
         "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}


def find_agenda(doc: Document, settings: Settings) -> None:
    """Append one Section per agenda item or minute heading, spanning to the next one."""
    inside = sorted((d.span.start, d.span.end) for d in doc.decisions)
    starts: list[tuple[str, str, Span]] = []
    last: float = 0
    for i, block in enumerate(doc.blocks):
        found = _heading_at(doc, i, settings.lexicon_key)
        if found is None:
            continue
        number, title, heading = found
        order = _order(number)
        if _in_decision(block.span.start, inside) and not _next_in_sequence(order, last, title):
            continue  # a numbered part of a resolution, not the next item
        if order is not None and starts and order < last and not _restart(doc, i, order):
            continue
        last = order if order is not None else last
        starts.append((number, title, heading))
    for k, (number, title, heading) in enumerate(starts):
        end = starts[k + 1][2].start if k + 1 < len(starts) else len(doc.text)
        doc.sections.append(Section(number, title, Span(heading.start, max(end, heading.end)), heading))


def _heading_at(doc: Document, i: int, vocab: str) -> tuple[str, str, Span] | None:
    block = doc.blocks[i]
    line = block.span.text(doc)
    m = ITEM_NUMBER.match(line)
    if m is None or AMOUNT_OR_TIME.match(line.lstrip("*_ ")):
        return None
    raw = m.group("num")
    number = raw.strip("().")
    title = (m.group("title") or "").strip(" *_")
    heading = block.span
    bare = raw.isdigit() and not re.match(r"^[*_\s]*(?:Agenda\s+)?(?:Item|Minute)\b", line)  # "13": a page number
    if not title and raw.startswith("(") and i > 0 and NAMES_LIST.search(doc.blocks[i - 1].span.text(doc)):
        return None  # "Councillors Ames, Birch and Cole" then "(3)": a vote's count, not item 3
    if not title:
        nxt = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
        if nxt is None or len(nxt.span.text(doc)) > 150 or (bare and nxt.kind != "heading"):
            return None
        title = nxt.span.text(doc).strip(" *_")
        heading = Span(block.span.start, nxt.span.end)
        i += 1
    elif bare and not title.split(" ")[0].isupper():
        return None
    if not title or NOT_TITLE.search(title) or title[:1].islower():
        return None
    title = _title_of(title, vocab)
    if title is None:
        return None
    title, heading = _wrapped_title(doc, i, title, heading)
    return number, title, heading


def _title_of(line: str, vocab: str) -> str | None:
    """The title of a numbered line, or None for a numbered paragraph of minutes.

    "Planning: Mill Lane - approved." -> "Planning"; "Mr Patel responded ... the following:-" -> None.
    """
    if SENTENCE_START.match(line) or _person_acts(line, vocab):
        return None
    if line.startswith("To ") or not _paragraph(line):  # "To consider the Motion referred ...:": an agenda's form
        return line
    m = LEADING_LABEL.match(line)
    label = m.group("label") if m else ""
    if not label or len(label.split()) > 7 or LABEL_VERB.search(label) or re.fullmatch(honorific_pattern(vocab), label):
        return None
    return label


def _paragraph(line: str) -> bool:
    """A long line that reads as a sentence: a finite verb and a full stop, or a verb and a colon."""
    words = len(line.split())
    if INTRO_END.search(line):
        return words >= INTRO_WORDS and bool(FINITE.search(line) or PAST_VERB.search(line))
    return line.endswith(".") and words >= SENTENCE_WORDS and bool(FINITE.search(line))


def _person_acts(title: str, vocab: str) -> bool:
    """"Mr Patel responded ...", "Cllr A Jones asked ...": an honorific, a name, then a lower-case verb."""
    m = re.match(rf"^(?:{honorific_pattern(vocab)})\s+{NAME},?\s+(?P<verb>[a-z]+)\b", title)
    return m is not None and m.group("verb") not in ("and", "of", "for", "to")


def _wrapped_title(doc: Document, i: int, title: str, heading: Span) -> tuple[str, Span]:
    """"X. DEFERRED" + "MATTERS": a capitals title wrapped onto a line of its own."""
    if not title.isupper() or i + 1 >= len(doc.blocks):
        return title, heading
    nxt = doc.blocks[i + 1]
    text = nxt.span.text(doc)
    if nxt.kind == "heading" and text.isupper() and len(text) <= 80 and not ITEM_NUMBER.match(text):
        return f"{title} {text.strip(' *_')}", Span(heading.start, nxt.span.end)
    return title, heading


def _order(number: str) -> float | None:
    """The position an item number implies: "45" -> 45, "33.1" -> 33.1, "IV" -> 4, "1/19" -> 1."""
    if number in ROMAN:
        return ROMAN[number]
    m = re.match(r"^[A-Z]*/?(\d{1,4})(?:\.(\d{1,2}))?", number)
    if m is None:
        return None
    return int(m.group(1)) + (int(m.group(2)) / 100 if m.group(2) else 0)


def _restart(doc: Document, i: int, order: float) -> bool:
    """A second numbering from 1 (the minutes after the agenda) starts at a heading."""
    line = doc.blocks[i].span.text(doc)
    return order == 1 and (doc.blocks[i].kind == "heading" or line.lstrip().startswith("**"))


def _next_in_sequence(order: float | None, last: float, title: str) -> bool:
    """"8. Any other business" right after item 7, even where a decision's list ran on."""
    return order is not None and last >= 1 and order == int(last) + 1 and len(title) <= 60 and not title.endswith(
        (".", ";", ","))


def _in_decision(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < offset < e for s, e in spans)
