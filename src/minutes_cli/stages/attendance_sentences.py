"""Attendance the minutes write as sentences, and the words between a label and its names.

Read by the attendance stage. A sentence names its people first, then what they did:
"Councillor Dunne was absent.", "Member Kato was excused absent.", "Cllr Poe had sent his apologies.",
"Ms Grant had given her formal apologies but attended online.", "Deputy Mayor C. Ames and Councillors
R. Bell and M. Cole were in attendance in Council Chambers." The phrases and the statuses they give are
the lexicon's `attendance_sentences`; each person must carry an honorific or a post, or the names follow
a plural title ("Councillors Abel and Baird were absent"), so prose about people is not read as a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..document import Document
from ..lexicon import alternation, literals
from ..settings import vocabulary
from ..text.listnames import separator
from ..text.names import list_prefix
from ..text.people import Person, split_people
from ..text.scan import finditer, windows

# Where a sentence's subject may begin inside the text before its phrase: after a stop, a colon or a
# semicolon and a space, or at a line's start
SUBJECT_START = re.compile(r"[.;:!?][ \t]+|\n[ \t]*")
# How far before its phrase a sentence's subject may begin, and a present sentence's phrase may end
# before the sentence does ("were in attendance in Council Chambers.", "attended via video link.")
SUBJECT_REACH = 300
PRESENT_TAIL = 60
# Sentences of attendance are read in the head of a paper only (its first characters, or its first part):
# further on, "Councillor Poe sent apologies" is for something else
PRESENT_HEAD, PRESENT_SHARE = 4000, 0.2
# A line that runs on into the next one: it ends in a comma, an ampersand or "and"
WRAPPED_LINE = re.compile(r"(?:,|&|\band)[ \t]*\Z")
# How near after a listed name a late arrival may be named with no honorific; the time it gives
LIST_NEAR = 200
AT_TIME = re.compile(r"\s*\d")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


@lru_cache(maxsize=16)
def _cues(vocab: str) -> tuple[re.Pattern[str], dict[str, str], tuple[str, ...], re.Pattern[str]]:
    """The pattern of every sentence phrase (an auxiliary may lead it, a possessive and an adjective may
    stand before its apology word), phrase -> status, the phrases' literal prefilters, and the partial tail."""
    lex = vocabulary(vocab)
    status: dict[str, str] = {}
    for kind, phrases in lex["attendance_sentences"].items():
        for phrase in phrases:
            status.setdefault(_key(phrase), kind)
    apology = {w.lower() for w in lex["apology_words"]}
    owner = (rf"(?:(?:{alternation(lex['attendance_possessives'])})\s+"
             rf"(?:(?:{alternation(lex['attendance_apology_adjectives'])})\s+)?)?")
    alternatives = "|".join(r"\s+".join((owner if w.lower() in apology else "") + re.escape(w) for w in phrase.split())
                            for phrase in sorted(status, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'’-])(?:(?:{alternation(lex['attendance_auxiliaries'])})\s+)?"
                         rf"(?P<cue>{alternatives})(?![\w'’-])", re.I)
    # "was absent for item 5"; "gave apologies on behalf of Councillors A and B": someone else's apologies
    partial = re.compile(rf"\s+(?:(?:{alternation(lex['attendance_sentence_partial'])})(?![\w'’-])"
                         rf"|(?:{alternation(lex['apology_links'])})\s+(?-i:[A-Z]))", re.I)
    return pattern, status, literals(status), partial


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


@lru_cache(maxsize=16)
def _dropped(vocab: str) -> frozenset[str]:
    """The words a phrase may hold that its lexicon entry does not ("sent his formal apologies")."""
    lex = vocabulary(vocab)
    return frozenset(w.lower() for w in (*lex["attendance_possessives"], *lex["attendance_apology_adjectives"]))


def sentence_attendance(doc: Document, vocab: str, present: bool) -> Iterator[tuple[Person, str]]:
    """(person, status) for each person a sentence of attendance in the paper's head names; present sentences
    only when `present` (the paper has no labelled list of those present). A name a labelled list has read is
    not read again ("Present: Cllr A, Cllr B Cllr C sent apologies", joined), nor a member a list names."""
    listed = {a.span.start for a in doc.attendance}
    ends = [a.span.end for a in doc.attendance]
    # "Cllr Poe tendered his apologies, he will be unable to attend" the event: a member listed already
    here = {a.name.split()[-1].lower() for a in doc.attendance if a.name}
    pattern, status, prefilter, partial = _cues(vocab)
    head = max(PRESENT_HEAD, int(len(doc.text) * PRESENT_SHARE))
    dropped = _dropped(vocab)
    for m in finditer(pattern, doc.text, windows(doc.text, prefilter, 40, 30)):
        kind = status.get(" ".join(w for w in _key(m.group("cue")).split() if w not in dropped))
        if kind is None or partial.match(doc.text, m.end()):
            continue
        if kind == "absent" and _excused_after(vocab).match(doc.text, m.end()):
            kind = "apologies"  # "Councillor Baird was absent with apologies", "... was absent (excused)"
        if m.start() >= head or kind in ("present", "in_attendance") and not (present and _ends_soon(doc.text, m.end())):
            continue
        # "Absent: Gatto. Sheumaker arrived at 7:32 a.m.": a late member, named bare just after a list
        if kind == "arrived" and not AT_TIME.match(doc.text, m.end()):
            continue  # "arrived at 7:32 a.m.", not "arrived at the conclusion"
        bare = kind == "arrived" and any(0 <= m.start() - end <= LIST_NEAR for end in ends)
        for person in _subject(doc, m.start(), vocab, bare):
            if person.start not in listed and person.name.split()[-1].lower() not in here:
                yield person, "present" if kind == "arrived" else kind


def _ends_soon(text: str, offset: int) -> bool:
    """ "were in attendance in Council Chambers." : the sentence ends soon after its phrase."""
    end = SENTENCE_END.search(text, offset, offset + PRESENT_TAIL + 2)
    return end is not None or offset + 1 >= len(text.rstrip())


def _subject(doc: Document, cue: int, vocab: str, bare: bool = False) -> list[Person]:
    """The people written just before a phrase, from the earliest sentence start they fill wholly (with an
    honorific or a post, or a plural title before them, unless `bare`)."""
    block = doc.block_at(max(0, cue - 1))
    if block is None:
        return []
    low = max(block.span.start, cue - SUBJECT_REACH)
    text = doc.text[low:cue]
    starts = ([0] if low == block.span.start else []) + [m.end() for m in SUBJECT_START.finditer(text)]
    line = text.rfind("\n")
    if line >= 0 and not WRAPPED_LINE.search(text, 0, line):  # a list may wrap onto this line: "Councillors A,\nB"
        starts = [s for s in starts if s > line]
    for start in starts:
        piece = text[start:].rstrip()
        if not piece or ":" in piece or _stops(piece, vocab):  # "Present: Members A, B. Member C was absent"
            continue
        found = split_people(piece, low + start, vocab)
        if not found.people or found.covered < len(piece.rstrip(" ,")) - 1:
            continue
        first = found.people[0]
        if bare or first.honorific or first.role or list_prefix(piece, vocab) is not None:
            return found.people
    return []


def _stops(piece: str, vocab: str) -> bool:
    """A sentence ends inside the piece ("Weston. Member Kato"; not "Mrs. Lewis", "C. Ames", "a.m.")."""
    return any("." in m.group(0) for m in separator(vocab).finditer(piece))


@lru_cache(maxsize=16)
def _leads(vocab: str) -> re.Pattern[str]:
    return re.compile(rf"[ \t]*(?:{alternation(vocabulary(vocab)['attendance_list_leads'])})[ \t]+(?=(?-i:[A-Z])|[*_•])", re.I)


# A note in brackets that ends a label's line: "Accepted apologies for absence (LGA 1972, Section 85(1) & (2))"
# A roll call's count between its label and its names, as Legistar writes every roll call: "Present: 5 - ..."
ROLL_COUNT = re.compile(r"[ \t]*\d{1,3}[ \t]*[-–][ \t]+(?=\S)")
LABEL_NOTE = re.compile(r"[ \t]*\((?:[^()\n]|\([^()\n]*\))*\)[ \t]*[:.]?[ \t]*(?=\n|$)")


def skip_lead(text: str, offset: int, vocab: str) -> int:
    """Where the names begin after a label: past "Were received from" in "Apologies: Were received from Cllr A",
    past a roll call's count ("Present: 5 - ..."), and past a note in brackets that ends the label's line (the
    names are on the lines after it)."""
    if (count := ROLL_COUNT.match(text, offset)) is not None:
        offset = count.end()  # Legistar's roll call: "Present: 5 - Councilmember Ortiz, ...", "Absent: 1 - Stone"
    m = _leads(vocab).match(text, offset) or LABEL_NOTE.match(text, offset)
    return m.end() if m else offset


@lru_cache(maxsize=16)
def _officer_words(vocab: str) -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary(vocab)["officer_posts"])


def officer(role: str | None, honorific: str | None, vocab: str) -> bool:
    """ "Mr Richard Nolan, Clerk", "Mark Dunn, Chief Financial Officer": a post that makes a person listed as
    present an officer, with no member's title ("Councillor Ann Roe (City Clerk)" is a member)."""
    if not role or honorific and honorific.rstrip(".") not in vocabulary(vocab)["plain_honorifics"]:
        return False
    return any(w in _officer_words(vocab) for w in re.findall(r"[a-z]+", role.lower()))


@lru_cache(maxsize=16)
def _excused_after(vocab: str) -> re.Pattern[str]:
    return re.compile(rf"\s*\(?(?:{alternation(vocabulary(vocab)['excused_notes'])})(?![\w'’-])", re.I)


def excused(note: str, vocab: str) -> bool:
    """ "(excused)", "(regrets)", "(with apologies)": a note after a name that makes its absence an apology."""
    return " ".join(note.lower().strip(" ().").split()) in vocabulary(vocab)["excused_notes"]


@lru_cache(maxsize=16)
def _titles(vocab: str) -> frozenset[str]:
    lex = vocabulary(vocab)
    return frozenset(" ".join(w.lower().split()) for w in (*lex["honorifics"], *lex["titles"]))


def names_line(text: str, start: int, end: int, vocab: str) -> bool:
    """A label that opens a line and names fill the rest of it, with no colon: "Presiding P McLean",
    "APOLOGIES Mr. White (Chairman) and Mr. Jagger." (a text export that lost the colon). Not a label that
    is a title too: "Mayor Teresa Harding (Chairperson); Councillors A, B" is a list, not its chair."""
    if start and text[start - 1] != "\n" or end >= len(text) or text[end] == "\n" or \
            " ".join(text[start:end].lower().split()) in _titles(vocab):
        return False
    stop = text.find("\n", end)
    line = text[end: stop if stop >= 0 else len(text)].strip()
    found = split_people(line, 0, vocab)  # each a person for sure: "Mr. White", "P McLean"; not "and Substitutes"
    return (line[:1].isupper() and bool(found.people) and found.covered >= len(line.rstrip(" .")) - 1
            and all(p.honorific or len(p.name.split()) > 1 for p in found.people))
