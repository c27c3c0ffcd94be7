"""The shapes a body's name takes in a paper's headings, as patterns built from the lexicon's words:
the one-line headings that name a meeting's body, and a council named as a kind of place ("CITY OF
TUSTIN", "MUNICIPAL DISTRICT OF ADARE-" / "RATHKEALE"). Used by `_body.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ...lexicon import alternation

WORD = r"[A-Z][\w&'’.-]*"  # a capitalised word of a name: "Burton-cum-Walden", "St.", "Children’s"


def as_written(words: Iterable[str]) -> str:
    """An alternation of `words` as written (a space is one space), longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def name_word(data: dict[str, Any], dated: bool, typed: bool = True) -> str:
    """A capitalised word of a council's own name: not a word that only joins or leads one ("THE",
    "OF", "MINUTES", "HELD": the lexicon's `authority_name_stops`, place words); `typed`, nor a
    meeting type ("REGULAR"; inside a name it stays: "WEST DEREHAM ANNUAL PARISH COUNCIL"); `dated`,
    nor a month, a weekday or a kind of meeting ("TOWNSHIP OF MONROE JANUARY 27, 2009")."""
    stops = [*data["authority_name_stops"], *data["heading_place_words"], *data["heading_date_leads"],
             *(data["meeting_types"] if typed else ()),
             *((*data["months"], *data["weekdays"], *data["meeting_name_kinds"]) if dated else ())]
    return rf"(?!(?i:{alternation(stops)})\b){WORD}"


def place_of(data: dict[str, Any], nouns: str, types: str) -> str:
    """A council named as a kind of place and its name, wrapped over a line or not: "Township of
    Oro-Medonte", "CITY OF TUSTIN", "MUNICIPAL DISTRICT OF NEWCASTLE" / "WEST", "City of X Council";
    the name stops before a committee's name ("TOWN OF ENFIELD TOWN BOARD", "DISTRICT OF NEWCASTLE
    WEST JOINT POLICING SUB COMMITTEE")."""
    kinds = alternation(w for t in data["place_of_types"] for w in (t, t.upper()))
    word = name_word(data, True)
    committee = alternation(w for n in data["body_nouns"] if n.lower() != "council" for w in (n, n.upper()))
    gap = r"(?:[ \t]+|(?<=-)[ \t]*\n[ \t]*|[ \t]*\n[ \t]*(?=[A-Z]+\b))"  # a wrap: after a hyphen, or in capitals
    return (rf"(?:The[ \t]+|THE[ \t]+)?(?:{kinds})[ \t]+(?:of|OF)[ \t]+{word}"
            rf"(?:{gap}(?!(?:{types})[ \t]+(?:{nouns})\b|(?:{word}[ \t]+){{0,3}}(?:{committee})\b|(?:{nouns})\b)"
            rf"{word}){{0,3}}(?:[ \t]+(?:Council|COUNCIL))?")


def heading_patterns(data: dict[str, Any], nouns: str, mtypes: str) -> tuple[str, ...]:
    """The heading patterns that name a meeting's body, earliest in the paper wins."""
    kinds = alternation(w for t in data["place_of_types"] for w in (t, t.upper()))
    weekday = alternation(data["weekdays"])
    month = alternation(w for m in data["months"] for w in (m, m.upper()))
    word = WORD
    return (
        # "Council - Thursday, 5th April, 2018", "CORPORATE PARENTING PANEL – 10th December 2024", "Cabinet-Monday"
        rf"^(?:To:\s*\|?\s*)?(?P<body>[A-Z][A-Za-z&',() -]{{1,80}}?)\s*(?:[-–—]|,)\s*"
        rf"(?:(?i:{weekday})\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{month})\b)",
        # "MINUTES OF THE GENERAL MEETING OF THE COUNCIL HELD AT", "MINUTES OF (THE) PROCEEDINGS OF/AT A MEETING OF"
        rf"(?i:\bMINUTES\s+OF\s+(?:THE\s+|A\s+)?(?:PROCEEDINGS\s+(?:OF|AT)\s+(?:THE\s+|AN?\s+)?)?(?:(?:{mtypes})\s+)*"
        rf"(?:MEETING\s+OF\s+(?:THE\s+)?)?)(?P<body>[A-Z][^\n]{{2,90}}?)(?:\s+(?i:HELD|ON|AT|IN)\b|\s*$)",
        # "A meeting of the County Council will be held", "A Meeting of Burton-cum-Walden Parish Council will be held"
        # "Regular Meeting of the Board of Trustees of the Village of X was held" (the place is read after)
        rf"\b[Mm]eeting of (?:the )?(?P<body>(?:{word}|cabinet|council|committee)(?: (?:{word}|and|of|for))*)"
        rf"(?:\s+(?:will be held|was held|held|on|at|in)\b|(?=\s+(?:of|for)\s+(?:the\s+)?(?:{kinds})\s+of\s))",
        # "REGULAR MEETING OF THE" + "CITY OF ALAMEDA PLANNING BOARD" on the next line
        rf"(?i:\bMEETING\s+OF(?:\s+THE)?)[ \t]*\n[ \t]*(?P<body>(?:{word}[ \t]+){{0,6}}(?:{nouns}))[ \t]*$",
        # "Boughton Parish Council Minutes", "Council Meeting Minutes", "ETHERIDGE SHIRE COUNCIL MINUTES OF"
        rf"""(?x) ^(?:[^\n]*?\s)??                           # anything before the name, shortest first
            (?P<body>(?:{word}[ \t]+){{0,5}}(?:{nouns}))   # "Boughton Parish Council", "ETHERIDGE SHIRE COUNCIL"
            \s+(?:Meeting\s+|MEETING\s+)?(?:Minutes|MINUTES)\b   # "Meeting Minutes", "MINUTES OF"
        """,
        # "Planning Commission Regular Meeting of FEBRUARY 1, 2018", "Select Board Meeting Minutes 7/29/2020"
        rf"^(?P<body>(?:{word}[ \t]+){{0,5}}(?:{nouns}))[ \t]+(?:(?i:{mtypes})[ \t]+)*(?i:meeting)"
        r"(?=[ \t]*(?:$|[-–,:|(\d]|(?i:of|minutes|agenda)\b))",  # a title, not "The City Council meeting will be"
        # "The Regular Council Meeting was convened", "REGULAR COUNCIL MEETING AUGUST 19, 2002"
        rf"\b(?:The\s+|THE\s+)?(?i:{mtypes})\s+(?P<body>(?:{word}[ \t]+){{0,4}}(?:{nouns}))\s+(?i:Meeting)\b",
        # A title naming the committee before its subject: "Planning Review Committee: Mill Street Student Block"
        rf"^(?P<body>(?:{word}[ \t]+){{1,5}}(?:{nouns}))\s*:",
        # Collapsed report headers: "Report No HC/44/20 Committee: Highland Council Date: 17th December"
        r"\bCommittee:\s*(?P<body>[A-Z][\w&' -]{2,60}?)\s+(?:Date|Report|Agenda)\b",
    )
