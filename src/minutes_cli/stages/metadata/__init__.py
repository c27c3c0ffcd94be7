"""Classify the paper and read its metadata: kind, title, authority, body, meeting date.

Reads: text, blocks, fields, hints. Writes: metadata, evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...document import Block, Document, Span
from ...lexicon import alternation
from ...settings import Settings, vocabulary
from ._body import council_in_prose, find_authority, find_body, looks_like_body, patterns
from ._heading import Heading, find_heading
from ._meeting import find_meeting_date
from .kind import classify

# "Decided at meeting: 16/01/2017 - Cabinet"
DECIDED_AT = re.compile(r"^[^-]+-\s*(?P<body>.+)$")
# "Meeting: 07/10/2015 - Constitution Committee (Item 15)", "14/03/2023 - Cabinet (Item 4:)", "Cabinet"
LABELLED_BODY = re.compile(r"^(?:[\d/.]{6,10}\s*[-–]\s*)?(?P<body>.+?)(?:\s*\(Item\s*[\w.]+:?\)\s*)?$")


# "ADARE-" / "RATHKEALE": a name wrapped at its hyphen
WRAPPED_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=\w)")
# "- Council to close two leisure centres" (a news stand-first bullet)
LEADING_BULLET = re.compile(r"^[-•·*–]\s+")


def find_metadata(doc: Document, settings: Settings) -> None:
    """Set kind, title, authority, body and meeting_date, each with its evidence span."""
    meta = doc.metadata
    meta["kind"] = classify(doc, settings.lexicon_key)
    heading = find_heading(doc, settings.lexicon_key)
    _title(doc, settings.lexicon_key, heading)
    _body(doc, settings.lexicon_key, heading)
    find_meeting_date(doc, settings, heading)
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
    words = len(doc.text.split(None, FEW_WORDS))  # the number of words when fewer than FEW_WORDS (no full split)
    if words < FEW_WORDS:
        doc.problem("T102", stage="metadata", n=words)
    if "meeting_date" not in doc.metadata and doc.metadata["kind"] in ("minutes", "decision", "agenda"):
        doc.problem("D303", stage="metadata", kind=doc.metadata["kind"])


def _set(doc: Document, key: str, value: object, span: Span) -> None:
    doc.metadata[key] = value
    doc.evidence[key] = span


@lru_cache(maxsize=8)
def _words(key: str, name: str) -> frozenset[str]:
    """A lexicon list as a set of lower-cased words."""
    return frozenset(w.lower() for w in vocabulary(key)[name])


MAX_TITLE = 150  # a longer first line is no title (a heading sentence's title is cut at its place)


def _title(doc: Document, key: str, heading: Heading | None) -> None:
    """The title field, else the first line that can be one; a heading sentence wrapped over lines (or
    too long for a title) gives its words up to the place ("... COUNTY COUNCIL", not "HELD IN ...")."""
    for f in doc.fields:
        if f.name == "title":
            _set(doc, "title", f.value, f.span)
            return
    for block in doc.blocks[:8]:
        line = block.span.text(doc)
        if heading is not None and block.span.start == heading.sentence.start and (
                heading.sentence.end > block.span.end or len(line) > MAX_TITLE):
            _set(doc, "title", _one_line(heading.title.text(doc)), heading.title)
            return  # "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF X" / "COUNTY COUNCIL HELD IN ...": one line
        bullet = LEADING_BULLET.match(line)
        start = block.span.start + (bullet.end() if bullet else 0)
        title = doc.text[start:block.span.end]
        if 4 <= len(title) <= MAX_TITLE and not _no_title(title, key):
            span = _under_letterhead(doc, block, key, heading) or Span(start, block.span.end)
            _set(doc, "title", _one_line(span.text(doc)), span)
            return


def _one_line(text: str) -> str:
    """A title wrapped over lines, as one line ("ADARE-" / "RATHKEALE" is "ADARE-RATHKEALE")."""
    return re.sub(r"\s*\n\s*", " ", WRAPPED_HYPHEN.sub("-", text))


# A line that is only a link or an address: "[Original file](https://x.ie/a.pdf)", "<https://x.ie/a.pdf>"
LINK_ONLY = re.compile(r"\[[^\]\n]*\]\([^)\s]*\)|<?[A-Za-z][\w+.-]*://\S+>?")


def _no_title(line: str, key: str) -> bool:
    """A line that is no title: chrome ("Agenda item"), a link alone, a converter's notice ("Scanned page")."""
    words = line.lower().strip(" :")
    return (words in _words(key, "not_title_lines") or line.startswith("[")
            or LINK_ONLY.fullmatch(line.strip()) is not None
            or any(words.startswith(w) for w in _words(key, "not_title_openings")))


# A letterhead in capitals that names its paper too: "MINUTES OF WRETTON PARISH COUNCIL"
MINUTES_OF = re.compile(r"^(?:MINUTES|NOTES)\s+(?:OF|FOR)\s+(?:THE\s+)?")
# The paper's own title under a letterhead: "Minutes of the Ordinary Meeting of X Parish Council held in ..."
PAPER_TITLE = re.compile(r"(?i)\b(?:minutes|agenda|meeting|notice|summons|report)\b")
HELD = re.compile(r"\s+(?:held|HELD|Held)\b")


@lru_cache(maxsize=8)
def _place_of(key: str) -> re.Pattern[str]:
    """"CITY OF MAPLE FALLS", "The Township of Oro-Medonte": a council type of a place (made once per key)."""
    return re.compile(rf"(?i)(?:the\s+)?(?:{alternation(vocabulary(key)['council_types'])})\s+of\s+[\w .'’-]+")


def _under_letterhead(doc: Document, block: Block, key: str, heading: Heading | None) -> Span | None:
    """The line under a first line that only names the council ("ASHCOMBE PARISH COUNCIL", "CITY OF
    MAPLE FALLS"), when that line is the paper's title; up to "held", where the place and date begin.
    A heading sentence wrapped over the lines under it is read whole."""
    line = MINUTES_OF.sub("", block.span.text(doc).strip())  # "MINUTES OF WEST DEREHAM PARISH COUNCIL"
    if not (patterns(key).authority.fullmatch(line) or _place_of(key).fullmatch(line)):
        return None
    k = doc.blocks.index(block)
    if k + 1 >= len(doc.blocks):
        return None
    nxt = doc.blocks[k + 1].span
    if heading is not None and heading.sentence.start == nxt.start:
        return heading.title
    text = nxt.text(doc)
    if not PAPER_TITLE.search(text) or len(text) > 200 or re.match(r"\W*\d", text) or len(text.split()) < 3:
        return None
    held = HELD.search(text)
    return Span(nxt.start, nxt.start + held.start()) if held else nxt


def _body(doc: Document, key: str, heading: Heading | None) -> None:
    """The body from a label ("Decision maker:", "Meeting: 07/10/2015 - Constitution Committee (Item 15)"),
    else from the paper's headings; a full council given as "Council" takes the council's own name."""
    found = _labelled_body(doc, key) or find_body(doc, key, heading)
    authority = find_authority(doc, key)
    if authority is None and doc.metadata["kind"] == "news":
        authority = council_in_prose(doc, key)  # "In March 2021, Northbury Council brought its centres back"
    if authority is not None:
        authority = _own_name(doc, authority[0], key) or authority  # "CITY OF X" and "the X City Council"
        _set(doc, "authority", _clean_body(authority[0], key), authority[1])
    if found is None:
        return
    name, span = found
    titled = find_authority(doc, key, title_only=True)
    if authority is not None and _generic_council(name, authority[0], titled is not None, key):
        name, span = authority
        if re.match(r"(?i)(?:the\s+)?\w+\s+of\s", name) and not name.lower().endswith("council"):
            if name.startswith(("The ", "THE ")):
                span, name = Span(span.start + 4, span.end), name[4:]
            name, span = _council_of(doc, name, span, key)  # "The Township of Oro-Medonte" + "Council Meeting Minutes"
    _set(doc, "body", _clean_body(name, key), span)


PLACE_OF = re.compile(r"(?P<kind>\w+(?:\s+\w+)?)\s+of\s+(?P<name>.+)", re.I)


def _council_of(doc: Document, place: str, span: Span, key: str) -> tuple[str, Span]:
    """The council of a place named "City of Maple Falls": as the paper writes its name elsewhere
    ("the Maple Falls City Council"), else "City of Maple Falls Council"."""
    return _own_name(doc, place, key) or (f"{_clean_body(place, key)} Council", span)


def _own_name(doc: Document, place: str, key: str) -> tuple[str, Span] | None:
    """"Maple Falls City Council" in the paper's head, for a place named "CITY OF MAPLE FALLS"."""
    m = PLACE_OF.fullmatch(_clean_body(place, key))
    if m is None or m.group("name").lower().endswith("council"):
        return None
    own = re.compile(rf"\b{re.escape(m.group('name'))}\s+{re.escape(m.group('kind'))}\s+Council\b", re.I)
    found = own.search(doc.text, 0, 3000)
    return (_clean_body(found.group(), key), Span(found.start(), found.end())) if found else None


@lru_cache(maxsize=8)
def _meeting_name(key: str) -> re.Pattern[str]:
    """"Meeting Name: | City Council Business Meeting": the body is the name before the kind of meeting."""
    data = vocabulary(key)
    kinds = alternation([*data["meeting_types"], *data["meeting_name_kinds"]])
    return re.compile(rf"^(?P<body>[A-Z].+?)(?:\s+(?i:{kinds}))*\s+(?i:meeting)$")


def _labelled_body(doc: Document, key: str) -> tuple[str, Span] | None:
    for name in ("decision_maker", "meeting", "committee"):
        for f in doc.fields:
            if f.name == name and isinstance(f.value, str) and len(f.value) < 90:
                m = LABELLED_BODY.match(f.value)
                named = _meeting_name(key).match(f.value) if name == "meeting" else None
                m = named or m
                if m and m.group("body") and looks_like_body(m.group("body"), patterns(key)):  # not "Next meeting on 5 May."
                    s = f.span.start + m.start("body")
                    return m.group("body"), Span(s, s + len(m.group("body")))
    for f in doc.fields:
        if f.name == "decided_at" and (m := DECIDED_AT.match(f.value)):
            s = f.span.start + m.start("body")
            return m.group("body").strip(), Span(s, s + len(m.group("body").strip()))
    return None


def _generic_council(body: str, authority: str, titled: bool, key: str) -> bool:
    """"Council", "County Council", "The City Council": a full council named only by its kind. Bare
    "Council" takes the council's name only when the title names it ("The Township of X" / "Council")."""
    words = re.sub(r"^(?:The|THE)\s+", "", body).strip()
    if not re.fullmatch(r"(?i)council", words):
        generic = patterns(key).authority.fullmatch(f"X {words}") is not None and len(words.split()) <= 3
        return generic and words.lower().split()[-1] == "council" and words.lower() in authority.lower()
    return titled


def _clean_body(text: str, key: str) -> str:
    text = re.sub(r"\s+", " ", WRAPPED_HYPHEN.sub("-", text)).strip(" -–:,")
    if text.isupper():
        text = " ".join(w if w in {"AND", "OF", "FOR", "THE"} else _cap(w, key) for w in text.split())
        text = re.sub(r"\b(AND|OF|FOR|THE)\b", lambda m: m.group(1).lower(), text)
        text = text[0].upper() + text[1:]
    return text


VOWELS = "AEIOU"


def _cap(word: str, key: str) -> str:
    """"BURTON-CUM-WALDEN" -> "Burton-cum-Walden", "AUSD" kept when short, "COUNCIL/AUSD" -> "Council/AUSD"."""
    if len(word) <= 4 and word.isalpha() and sum(c in VOWELS for c in word) <= 1 \
            and word.lower() not in _words(key, "place_short_words"):
        return word  # "AUSD", "RTD": an acronym
    parts = re.split(r"([-/])", word)
    small = _words(key, "place_particles")
    return "".join(p if p in "-/" else (p.lower() if p.lower() in small and k else _cap(p, key) if "/" in word and
                                         len(p) <= 4 else p.capitalize()) for k, p in enumerate(parts))
