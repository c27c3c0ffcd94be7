"""Read one line as an agenda item's heading: its number as written, its title, its span.

Numbering schemes: "45.", "1/19", "30/23", "PLA146/14", "16/09/6", "18.11.1", "(49)", "300 MINUTES",
"33.1", "6.A.", "3622.", "Item 5", "Minute 12", "IV. DISCLOSURES", "iv. Planning", "**1.Adoption of
Minutes**", "88. | Budget report"; a title on the next line, or a capitals heading wrapped over two
lines, joins it. The title is the heading's words: "Present: Cllr A, Cllr B" gives "Present",
"CONVENE - 7:06 p.m." gives "CONVENE", "Minutes pdf icon PDF 94 KB" gives "Minutes".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...document import Document, Span
from ...lexicon import alternation
from ...settings import vocabulary
from ...text.names import honorific_pattern, name_grammar

_NUMBER = r"""
      \(\d{1,3}\)                                           # "(49)"
    | \d{1,2}\s?\d?\.\s?\d\s?\d?\s?\.\d{1,2}(?=\s)             # "18.11.1", "1 8.1 1.1" (PDF spacing)
    | \d{1,2}/\d{1,2}/\d{1,3}(?:/\d{1,3}[ivx]*)?(?=\s)         # "16/09/6", "16/09/6/9ii"
    | \d{1,3}\.[A-Za-z]\.?(?=\s)                            # "6.A."
    | \d{1,3}(?:\.\d{1,2})?\.?                                # "45.", "33.1", "7"
    | (?!(?:19|20)\d\d)\d{4}\.                                # "3622." (not a year)
    | \d{1,3}/\d{2,4}\.?                                      # "1/19", "30/23."
    | [A-Z]{1,5}/?\d{1,4}/\d{2}\.?                             # "PLA146/14"
    | (?!(?:19|20)\d\d-(?:19|20)\d\d\b)(?:19|20)?\d\d-\d{3,5}(?=\s)  # "22-0076", "2024-0412" (a US file or roll
                                                            # call number), not years "2018-2022"
"""
# A title that is really a sentence or a resolution item: "That the report be noted."
NOT_TITLE = re.compile(r"^(?:That|THAT|To\s+note\s+that|The\s+\w+\s+(?:was|were|is|are|had)\b)|[,;]$|\b(?:was|were|had)\s+\w+ed\b")
# A numbered paragraph of minutes, not a title: "It was RESOLVED that ...", "There were no ..."
SENTENCE_START = re.compile(r"^(?:It|There|This|Members|Councillors)\s+(?:was|were|is|are|had|has|noted|agreed|asked)\b")
INTRO_END = re.compile(r":-?$")
FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|will|would|should|could|did|does|been)\b")
PAST_VERB = re.compile(r"\b(?!by\b)[a-z]{3,}ed\b(?!\s+(?:out\s+)?by\b)|\bfollow(?:s|ing)\b")
SENTENCE_WORDS = 9
RECASED_WORDS = 4  # a lower-case title this short, its other words capitalised, lost its case to a style sheet
MAX_TITLE = 200  # a longer line is an item only when it opens with a label ("Minutes: The minutes were ...")
INTRO_WORDS = 6
# A short label before the paragraph's text: "Planning: ...", "Village sign. Decided ...", "Minutes - adopted"
LEADING_LABEL = re.compile(r"^(?P<label>[A-Z][^.:;\n]{3,60}?)(?:\s*[:–—]\s+|\s+-\s+|(?:(?<=[a-z]{2})|(?<=\)))\.\s+(?=[A-Z]))(?=\S)")
# "Present: R. Roe, Mrs. Willis", "Police Reports: Attached.", "CONVENE - 7:06 p.m."
COLON_LABEL = re.compile(r"^(?P<label>[^:\n]{3,120}?)\s*(?<!\d):-?(?!\d)\s*(?P<rest>.*)$")
DASH_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z0-9 &,'’/()-]{2,60}?)\s+[-–—]\s+(?P<rest>\S.*)$")
LABEL_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|that|reported|agreed|said|asked)\b")
NAMES_LIST = re.compile(r"\b(?:Councillors|Councilors|Cllrs|Crs|Council\s+Members|Members|Councillor|Cllr)\s+[A-Z][^\n]*$")
# "12.50 £", "3.00 pm", "10AM." and "3.00 P.M." (a heading's time wrapped onto a line of its own)
AMOUNT_OR_TIME = re.compile(r"^\d{1,3}\.\d{2}\s*(?:£|hrs?\b)|^\d{1,2}(?:[.:]\d{2})?\s*[apAP]\.?\s?[mM]\b|£")
# A file or roll call number in a cell of its own before the item's number: "22-0073 | 1. ROLL CALL: ..."
REF_CELL = re.compile(r"[*_\s]*(?:19|20)?\d\d-\d{3,5}\s*\|\s*(?=\d)")
# A capitals heading that ends with a full stop and a sentence after it on its line
CAPS_THEN_SENTENCE = re.compile(r"(?P<label>[A-Z][A-Z0-9 ,&'’/()-]{3,80}[A-Z)])\.\s+(?=[A-Z][a-z])")
# ModernGov link debris after a title: "Minutes pdf icon PDF 168 KB"
PDF_DEBRIS = re.compile(r"\s*(?:pdf icon\s*)?PDF\s+\d+\s*[KM]B\b.*$", re.I)
# "(Item 4)" alone on a line, or after the heading's words (Kent's layout)
ITEM_MARK = "(Item"  # a literal every ITEM_MARKER line holds
ITEM_MARKER = re.compile(r"^(?P<head>.*?)\s*\(Item\s+(?P<n>\d{1,3}[A-Za-z]?)\)\s*$")


@dataclass(frozen=True, slots=True)
class Heading:
    """An item heading found at a block: number as written, title, span, and how it was numbered."""

    block: int  # index of the heading's first block
    number: str
    title: str
    span: Span
    scheme: str  # arabic | roman | ROMAN | ref
    bare: bool  # a number with no dot or word before a title: "1 Order of Business"
    from_mark: bool = False  # the number is the "(Item N)" mark's, the heading has none of its own


@lru_cache(maxsize=8)
def item_label(key: str = "en") -> str:
    """The words that may stand before an item's number (lexicon `item_labels`, as written and in
    capitals: "Item", "AGENDA ITEM", "Minute"), then "No." if written: "Item No. 5", "ITEM 8.1"."""
    words = vocabulary(key)["item_labels"]
    labels = alternation(w for word in words for w in (word, word.upper()))
    return rf"(?:{labels})(?:\b|(?=\d))(?:\s*(?:No|NO)\b\.?)?"


@lru_cache(maxsize=8)
def may_open(key: str = "en") -> re.Pattern[str]:
    """What an item heading can open with: a digit, "(", a Roman numeral, an item label ("Item",
    "ITEM", "Minute"), a reference "PLA146/14"; a cheap look before `item_number`'s."""
    return re.compile(rf"[*_\s]*(?:[\d(]|[A-Za-z]{{1,6}}\.\s|{item_label(key)}|[A-Z]{{1,5}}/?\d)")


@lru_cache(maxsize=8)
def item_number(key: str = "en") -> re.Pattern[str]:
    """The item-heading pattern, with Roman numerals and item labels from the lexicon."""
    romans = list(vocabulary(key)["roman_numerals"])
    roman = alternation(romans + [r.lower() for r in romans])
    return re.compile(
        rf"""^[*_\s]*(?:{item_label(key)}\s*)?                           # "Item No. 5", "Minute 12", "ITEM 8.1"
        (?P<num>{_NUMBER}|(?:{roman})\.(?=\s))                                   # "45.", "IV."
        (?:[\s*_:|–—-]*                                                         # " - ", ": ", " | ", "**"
           (?P<title>[A-Z‘'"(][^\n]{{2,}}                                         # "Adoption of Minutes"
             |[a-z][a-zA-Z]*[A-Z][^\n]{{1,}}                                      # "eBay Sale" (recased)
             |[a-z]+\s[A-Z][^\n]{{1,}}                                           # "to Note Reports"
             |\d{{2}}/\d{{3,6}}\b[^\n]{{2,}}))?$                                  # "23/01234 Barn, Mill Rd"
        """, re.VERBOSE)


def heading_at(doc: Document, i: int, key: str) -> Heading | None:
    """The item heading at block `i`, if the block opens one."""
    line = doc.blocks[i].span.text(doc)
    if not may_open(key).match(line):  # a cheap look at the line's first characters first
        return None
    m = item_number(key).match(line)
    if (ref := REF_CELL.match(line)) is not None and (own := item_number(key).match(line[ref.end():])) is not None:
        line, m = line[ref.end():], own  # "22-0073 | 1. ROLL CALL": the item's own number after the file number's cell
    if m is None or AMOUNT_OR_TIME.match(line.lstrip("*_ ")):
        return None
    raw = m.group("num")
    number = re.sub(r"\s", "", raw).strip("().")
    title = PDF_DEBRIS.sub("", (m.group("title") or "")).strip(" *_|")
    heading, first = doc.blocks[i].span, i
    scheme = _scheme(number)
    bare = raw.isdigit() and not re.match(rf"^[*_\s]*{item_label(key)}", line)  # "13": a page number
    if not title and raw.startswith("(") and i > 0 and NAMES_LIST.search(doc.blocks[i - 1].span.text(doc)):
        return None  # "Councillors Ames, Birch and Cole" then "(3)": a vote's count, not item 3
    if not title:
        nxt = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
        if nxt is None or len(nxt.span.text(doc)) > 150 or (bare and nxt.kind != "heading") or re.fullmatch(r"\d+/\d{3,}", number):
            return None  # "1/507": a page counter
        title = PDF_DEBRIS.sub("", nxt.span.text(doc)).strip(" *_")
        heading = Span(heading.start, nxt.span.end)
        i += 1
    else:  # "1 Order of Business" is kept only where its neighbours number in sequence (agenda.py)
        bare = bare and not (title.split(" ")[0].isupper() or PDF_DEBRIS.search(m.group("title") or ""))
    if not title or (title[:1].islower() and not _recased(title)) or ("." not in raw and _is_date(title, key)) or (
            len(title) > MAX_TITLE and not _label_with_content(title, key)):
        return None
    if NOT_TITLE.search(title) and not _label_with_content(title, key):
        return None  # "That the report be noted." (but "Minutes: The minutes were agreed." is item "Minutes")
    if scheme == "roman" and (title[:1].isdigit() or _label_with_content(title, key)):
        return None  # "i. Norfolk County Council: none.": a sub-paragraph of an item's minutes
    titled = title_of(title, key)
    if titled is None:
        return None
    title, heading = _wrapped_title(doc, i, titled, heading, key)
    return Heading(first, number, title, heading, scheme, bool(bare))


def _scheme(number: str) -> str:
    if re.fullmatch(r"[ivx]+", number):
        return "roman"
    if re.fullmatch(r"[IVX]+", number):
        return "ROMAN"
    return "ref" if re.match(r"[A-Z]", number) else "arabic"


def _is_date(title: str, key: str) -> bool:
    """"4 MARCH 2010 DEVELOPMENT CONTROL COMMITTEE", "17TH DECEMBER, 2021 AT 10.00 A.M.": a date line, not item 4
    (asked only of a number with no dot: "2. April 12, 2021 Regular Council Meeting Agenda" is item 2)."""
    return _month_year(key).match(title) is not None


@lru_cache(maxsize=8)
def _month_year(key: str) -> re.Pattern[str]:
    words = vocabulary(key)
    months = alternation(w for m in words["months"] for w in (m, m.upper()))
    suffixes = alternation(w for x in words["ordinal_suffixes"] for w in (x, x.upper()))
    # "TH** **DECEMBER, 2021": the rest of "17TH DECEMBER, 2021" after its day was read as a number
    return re.compile(rf"(?:(?:{suffixes})[\s*_]*)?(?:{months})\b\.?,?\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d\b")


def title_of(line: str, key: str) -> str | None:
    """The title of a numbered line, or None for a numbered paragraph of minutes.

    "Planning: Mill Lane - approved." -> "Planning"; "Mr Patel responded ... the following:-" -> None.
    """
    if SENTENCE_START.match(line) or _person_acts(line, key):
        return None
    if (caps := CAPS_THEN_SENTENCE.match(line)) is not None:
        return caps.group("label")  # "MOTION TO ADJOURN. Moved by Mandelbaum to adjourn."
    labelled = _label_with_content(line, key)
    if labelled:
        return labelled
    if line.startswith("To ") or not _paragraph(line):  # "To consider the Motion referred ...:": an agenda's form
        return line.rstrip(" :-")
    m = LEADING_LABEL.match(line)
    label = m.group("label") if m else ""
    if not label or len(label.split()) > 7 or LABEL_VERB.search(label) or re.fullmatch(honorific_pattern(key), label):
        return None
    return label


def _label_with_content(line: str, key: str) -> str | None:
    """"Present: R. Roe, Mrs. Willis" -> "Present"; "ROLL CALL - Cllr A" -> "ROLL CALL"; not a title with a
    colon inside ("Report of the Director of Place: Highways maintenance"); "Subject: Lease" -> "Lease"."""
    # every match of COLON_LABEL holds a ":" and of DASH_LABEL a dash: without one, neither is tried
    # (a failing lazy label tries each of its 120 lengths)
    m = COLON_LABEL.match(line) if ":" in line else None
    if m and m.group("label").strip().lower() in _title_labels(key) and m.group("rest"):
        return m.group("rest").strip()
    if m and len(m.group("label").split()) <= 16 and not LABEL_VERB.search(m.group("label")):
        rest = m.group("rest")
        if rest and (rest.endswith(".") or "," in rest or len(rest) > len(m.group("label"))):
            return m.group("label").strip()
    m = DASH_LABEL.match(line) if _has_dash(line) else None
    if m and m.group("label").strip().isupper():
        return m.group("label").strip()
    return None


def _has_dash(line: str) -> bool:
    return "-" in line or "–" in line or "—" in line


@lru_cache(maxsize=8)
def _title_labels(key: str) -> frozenset[str]:
    """Labels whose value is the item's title ("Subject:", "Title:"), from the lexicon's `fields`."""
    return frozenset(label for label, name in vocabulary(key)["fields"].items() if name == "title")


def _paragraph(line: str) -> bool:
    """A long line that reads as a sentence: a finite verb and a full stop, or a verb and a colon."""
    words = len(line.split())
    if INTRO_END.search(line):
        return words >= INTRO_WORDS and bool(FINITE.search(line) or PAST_VERB.search(line))
    return line.endswith(".") and words >= SENTENCE_WORDS and bool(FINITE.search(line))


def _person_acts(title: str, key: str) -> bool:
    """"Mr Patel responded ...", "Cllr A Jones asked ...": an honorific, a name, then a lower-case verb."""
    m = _person_verb(key).match(title)
    return m is not None and m.group("verb") not in ("and", "of", "for", "to")


@lru_cache(maxsize=8)
def _person_verb(key: str) -> re.Pattern[str]:
    """An honorific, a name in this lexicon's name grammar, then a lower-case word (made once per key)."""
    return re.compile(rf"^(?:{honorific_pattern(key)})\s+{name_grammar(key).name},?\s+(?P<verb>[a-z]+)\b")


def _wrapped_title(doc: Document, i: int, title: str, heading: Span, key: str) -> tuple[str, Span]:
    """"X. DEFERRED" + "MATTERS": a capitals title wrapped onto a line of its own; not a label that
    opens what follows ("1." / "CALL TO ORDER" / "PRESENT:", an eSCRIBE page's cells one a line)."""
    if not title.isupper() or i + 1 >= len(doc.blocks):
        return title, heading
    nxt = doc.blocks[i + 1]
    text = nxt.span.text(doc)
    if (nxt.kind == "heading" and text.isupper() and len(text) <= 80 and not text.rstrip(" *_").endswith(":")
            and not item_number(key).match(text)):
        return f"{title} {text.strip(' *_')}", Span(heading.start, nxt.span.end)
    return title, heading


def _recased(title: str) -> bool:
    """A title whose case a style sheet changed: "tRIBUTES", "mayoral Minute" (a web page's
    `text-transform` lost), not a sentence carrying on in lower case ("and the Clerk said")."""
    first, *rest = title.split()
    if re.fullmatch(r"[a-z][A-Z]{2,}\W*", first):
        return True
    return 0 < len(rest) <= RECASED_WORDS - 1 and not re.search(r"[.,;:]$", title) and all(w[:1].isupper() for w in rest)


def marker_heading(doc: Document, i: int, key: str, look_back: bool = False) -> Heading | None:
    """Kent's layout: "Apologies and Substitutes" then "(Item 1)", or "86. Minutes ... (Item 3)"; the minute
    number before the words ("84. Apologies" / "(Item 1)") wins over the item number. `look_back`
    (a paper whose marked headings are numbered) lets a numbered heading wrapped onto a second line
    ("88. | Budget Report – November" / "2024-25" / "(Item 5)") count."""
    block = doc.blocks[i]
    line = block.span.text(doc)
    m = ITEM_MARKER.match(line) if ITEM_MARK in line else None
    if m is None:
        return None
    if m.group("head").strip():
        text, start = m.group("head"), block.span.start
    elif i > 0:
        first = i - 1  # "88. | 24/00108 - Budget Monitoring Report – November" / "2024-25" / "(Item 5)"
        if look_back and i > 1 and not item_number(key).match(doc.blocks[i - 1].span.text(doc)) and item_number(key).match(
                doc.blocks[i - 2].span.text(doc)) and not ITEM_MARKER.match(doc.blocks[i - 2].span.text(doc)):
            first = i - 2
        start = doc.blocks[first].span.start
        text = " ".join(b.span.text(doc) for b in doc.blocks[first:i])
    else:
        return None
    span = Span(start, block.span.end)
    numbered = item_number(key).match(text)
    from_mark = not (numbered and numbered.group("title"))
    if numbered and numbered.group("title"):
        number = re.sub(r"\s", "", numbered.group("num")).strip("().")
        title = numbered.group("title").strip(" *_|")
    else:
        number, title = m.group("n"), text.strip(" *_|")
    title = PDF_DEBRIS.sub("", title).strip()
    return Heading(i, number, title, span, _scheme(number), False, from_mark) if title else None
