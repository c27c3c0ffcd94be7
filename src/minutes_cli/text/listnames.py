"""The grammar of written lists of people, shared by `text.people` (and `list_name` by the votes
stage): what a name in a list looks like, what separates list items, and the
person, "post (name)" and honorific-boundary patterns compiled per lexicon key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import alternation
from ..settings import vocabulary
from .names import honorific_pattern, is_role, words


@lru_cache(maxsize=16)
def list_name(vocab: str = "en") -> str:
    """A name as lists write it, from lexicon `vocab`'s `name_particles` and `surname_joined_prefixes`:
    "G K Gibbens", "M. van Holst", "Ana dos Santos", "St. John", "Hickey-O’Mara", "Ó Ceallaigh",
    "Bevan Jones", "H.L. Usher" (regex source, built once per lexicon key)."""
    lex = vocabulary(vocab)
    particle = rf"(?:{'|'.join(map(re.escape, lex['name_particles']))}|St\.?)"
    word = (rf"(?:{'|'.join(map(re.escape, lex['surname_joined_prefixes']))}|O['’]\s?|D['’])?"
            r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]*(?:[A-Z][a-zà-öø-ÿ]+)?"
            r"(?:(?:-\s?|['’])[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]*)*")
    return rf"(?:(?:[A-Z]\.?\s?){{1,3}}\s*)?(?:{particle}\s)?{word}(?:\s(?:{particle}\s)?{word}){{0,2}}"


# "(Mr. G. Daly)": officers written as post then name in brackets
PAREN_NAME = re.compile(r"\((?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s")
# A bullet, a dash or "and" before an item: "• Mayor N. Salonen", "and Weber"
LEAD = re.compile(r"^[\s•·*▪●–-]*(?:(?:and|&)\s+)?")
# "(11)", "(14)", "... 24", "7" closing a recorded-vote list
COUNT_TAIL = re.compile(r"\s*(?:\.{2,}|…+)?\s*\(?(?P<n>\d{1,3})\)?\s*\.?\s*$")
# An abbreviated honorific a stop may end ("Clr.", "Mrs.", "Prof."): a short word of capital then small letters
ABBREVIATION = re.compile(r"[A-Z][a-z]{1,3}")


@lru_cache(maxsize=16)
def separator(vocab: str = "en") -> re.Pattern[str]:
    """What separates list items: a comma, a semicolon, a line break, or a stop after a word ("Ann Roe. Bob
    Poe") that is no abbreviated honorific of lexicon `vocab` ("Clr. Baird", "Mrs. Lewis" are one item each)."""
    lex = vocabulary(vocab)
    short = sorted({w for w in (*lex["honorifics"], *lex["titles"]) if ABBREVIATION.fullmatch(w) and len(w) > 2})
    kept = "".join(rf"(?<!\b{re.escape(w)}\.)" for w in short)
    return re.compile(rf"\s*[,;]\s*|\s*\n\s*|(?<=[a-z]{{2}})\.{kept}\s+(?=[A-Z][a-z])")
AND = re.compile(r"\s+(?:and|&)\s+")
# "M. Brown M. van Holst", "P J Bateson J Campbell": initials after a surname start the next name
# ("P Moran Clerk J Poe": a post written before initials starts the next name, "Clerk J Poe")
_POST_WORDS = ("Chairman", "Chairperson", "Chair", "Clerk", "Cathaoirleach")
_INITIALS = r"(?:(?:[A-Z]\.){1,3}\s?[A-Za-z]|(?:[A-Z]\s){1,3}[A-Z][a-z])"
INITIAL_BOUNDARY = (r"(?<=[a-zà-ÿ)])" + "".join(rf"(?<!{w})" for w in _POST_WORDS) + rf"\s+(?={_INITIALS})"
                    rf"|(?<=[a-zà-ÿ)])\s+(?=(?:{'|'.join(_POST_WORDS)})\s+{_INITIALS})")
# "Clerk J Poe": that post, then the name
POST_BEFORE_INITIALS = re.compile(rf"^(?P<role>{'|'.join(_POST_WORDS)})\s+(?={_INITIALS})")
WORD_RE = re.compile(r"[A-Za-zÀ-ÿ'’-]+")
DISAMBIGUATOR = re.compile(r"\([A-Z]{1,2}\)")  # "Sheahan (J)"
# "R. Lankfer Chairman": a post written straight after the name
# (or a body's initials, after the post or alone: "Brian Harrison Chairman SFRA", "A Armstrong EDC")
BARE_ROLE = re.compile(r"^(?P<body>.+?)\s+(?P<role>(?:Chairman|Chairperson|Chair|Vice[- ]Chair(?:man)?|Clerk|"
                       r"Cathaoirleach|Mayor)(?:\s+[A-Z]{2,5})?|(?P<initials>[A-Z]{2,5}))\.?$")


def bare_role(piece: str) -> re.Match[str] | None:
    """`BARE_ROLE` in `piece`; a body's initials only after a name of two words or more ("A Armstrong EDC",
    not "Chairman SFRA", where the title is the honorific of a person "SFRA")."""
    m = BARE_ROLE.match(piece)
    return None if m is None or m.group("initials") and " " not in m.group("body").strip() else m
# A list written in capitals: three capitals together and no lower-case letter
ALL_CAPS = re.compile(r"[A-Z]{3}")
LOWER = re.compile(r"[a-z]")
SMALL_WORD = re.compile(r"\b(?:And|Of|For|The)\b")


@lru_cache(maxsize=16)
def substitute_pattern(vocab: str = "en") -> re.Pattern[str]:
    """ "(substitute for Cllr B)", "as a substitute for": lexicon `vocab`'s `substitute_words`."""
    return re.compile(rf"\s*[(\-–—,]?\s*(?:as\s+)?(?:a\s+)?(?:{alternation(vocabulary(vocab)['substitute_words'])})"
                      r"\s+for\s+(?P<for>[^)]+?)\s*\)?\s*$", re.I)


@lru_cache(maxsize=16)
def honours_pattern(vocab: str = "en") -> re.Pattern[str]:
    """Honours after a name, up to its post or the end: " OAM" in "Greg Conkey OAM", " MBE JP (Chair)"
    (lexicon `post_nominals`, as written)."""
    honours = alternation(vocabulary(vocab)["post_nominals"])
    return re.compile(rf"(?:,?[ \t]+(?:{honours})\b\.?)+(?=[ \t]*(?:\(|[-–—]|$))")


@lru_cache(maxsize=16)
def presence_note(vocab: str = "en") -> re.Pattern[str]:
    """A bracketed note of when a listed person was there: "arrived 7.01pm", "until 6.31pm" (`presence_notes`)."""
    return re.compile(rf"(?i:{alternation(vocabulary(vocab)['presence_notes'])})\b")


@lru_cache(maxsize=16)
def trailer_pattern(vocab: str = "en") -> re.Pattern[str]:
    """ "D. Pickston together with 3 members of the public": what ends the name (`list_trailers`)."""
    return re.compile(rf"\s+(?:{alternation(vocabulary(vocab)['list_trailers'])}|(?:and|&)\s+\d+\s+members?)\b.*$", re.I)


# One listed person: honorifics, the name, and a post in brackets or after a dash
_PERSON = r"""
    ^(?:(?P<hon>{hon}(?:\s+{hon}){{0,3}})\s+)?      # "Councillor ", "Councillor Mrs ", "Deputy Mayor "
    (?P<name>{name}(?:\s*\([A-Z]{{1,2}}\))?)       # "Ann Roe", "M. van Holst", "Sheahan (J)"
    (?:\s*\((?P<prole>[^)]{{2,80}})\)               # " (Chair)", " (substitute for Cllr B)"
      |\s+[-–—]+\s*(?P<drole>.{{2,120}}))?          # " - Chief Executive", " – substitute for Miss P E Ford"
    \s*\.?$                                        # a stop may end the item
"""


@lru_cache(maxsize=4)
def person_pattern(vocab: str) -> re.Pattern[str]:
    """ "Mrs C M Wilkins (Chairman)", "Mrs J P Moss - substitute for Miss P E Ford": one list item."""
    return re.compile(_PERSON.format(hon=honorific_pattern(vocab), name=list_name(vocab)), re.X)


@lru_cache(maxsize=4)
def paren_pattern(vocab: str) -> re.Pattern[str]:
    """"Director of Services (Mr. G. Daly)": the role first, the name in brackets; not "Ann Roe (Lord
    Provost)", "Ann Roe (Mayor Pro Tem)", where the bracket holds a role that opens with an honorific."""
    hon, roles = honorific_pattern(vocab), alternation(vocabulary(vocab)["roles"])
    return re.compile(rf"^(?P<prole>[^()]{{3,120}}?)\s*\((?!(?i:{roles})\s*\))"
                      rf"(?P<hon>{hon})\s*(?P<name>{list_name(vocab)})\)\s*\.?$")


@lru_cache(maxsize=4)
def boundary(vocab: str) -> re.Pattern[str]:
    """A space before an honorific, where one list item ends and the next begins."""
    hon = honorific_pattern(vocab, regrouped=True, cased=True)  # tried at every blank after a word: by first letter
    return re.compile(rf"(?<=[\w)])(?<!\bfor)[.,]?\s+(?:(?:and|&)\s+)?(?=(?:{hon})\s+[A-Z])")


@dataclass(frozen=True, slots=True)
class PeopleList:
    """The people of one list, how far into the text it ran, and a count written after it."""

    people: list[Person]
    covered: int
    count: int | None = None
    count_start: int | None = None


@dataclass(frozen=True, slots=True)
class Person:
    """One name found in a list, with its offsets into the text it came from."""

    name: str
    start: int
    end: int
    honorific: str | None = None
    role: str | None = None
    substitute_for: str | None = None


# A post, then a surname, the US way of listing staff: "City Manager Boyles", "Finance Director Hahn"
POST_FIRST = re.compile(r"^(?P<post>(?:[A-Z][a-z]+[ \t]+){1,4})(?P<name>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)[ \t]*\.?$")
# A post of two words or more, then a first name and a surname: "Tenant Representative Lulu Agate",
# "City Manager Curt Boganey"
POST_FIRST_NAME = re.compile(r"^(?P<post>(?:[A-Z][a-z]+[ \t]+){2,4}?)(?P<name>[A-Z][a-z]+[ \t]+[A-Z][a-z]+"
                             r"(?:[-'’][A-Z][a-z]+)?)[ \t]*\.?$")
INITIAL = re.compile(r"\b[A-Z]\b(?!['’])")


def post_first(piece: str, vocab: str) -> tuple[int, int, str] | None:
    """(name start, name end, post) of "City Manager Boyles": words ending in a post's noun, then a surname
    (or a first name and a surname after a post of two words: "Tenant Representative Lulu Agate")."""
    nouns, table = vocabulary(vocab)["post_nouns"], words(vocab)
    for m in (POST_FIRST.match(piece), POST_FIRST_NAME.match(piece)):
        if m is None:
            continue
        post, name = m.group("post").strip(), m.group("name").lower().split()
        if post.split()[-1].lower() in nouns and not any(  # not "Chief Superintendent", "Senior Planning Officer"
                w in nouns or w in table.role_words or w in table.not_person for w in name):
            return m.start("name"), m.end("name"), post
    return None


def post_alone(piece: str, vocab: str) -> bool:
    """ "Town Clerk", "Locum Clerk", "Deputy Town Clerk" after a name and a comma: the post of the name before
    it, not a person "Town" whose post is Clerk: a few words that make a post, with no honorific, initial or
    bracket ("Helaine Wyett (Secretary)" is a person)."""
    post = LEAD.sub("", piece).strip(" .")
    return (len(post.split()) <= 6 and "(" not in post and not INITIAL.search(post)  # not "N Roe and P Moran Clerk J Poe"
            and not person_start(vocab).match(piece) and is_role(post, vocab) and post_first(post, vocab) is None)


@lru_cache(maxsize=16)
def person_start(vocab: str) -> re.Pattern[str]:
    """An honorific and a capital at a piece's start: "Cllr Grant Tomkins" is a person, not a post."""
    return re.compile(rf"^[\s•·*-]*(?:{honorific_pattern(vocab, regrouped=True, cased=True)})\s+[A-Z]")


@lru_cache(maxsize=16)
def _lone_honorifics(vocab: str) -> frozenset[str]:
    lex = vocabulary(vocab)
    return frozenset(" ".join(w.lower().split()) for w in lex["honorifics"] if not is_role(w, vocab))


def lone_honorific(piece: str, vocab: str) -> bool:
    """ "Mike Allan, Councillor": an honorific standing alone after a name and a comma names no one (a post
    that is one, "Don Scot, Mayor", is the name's post)."""
    return " ".join(piece.lower().split()) in _lone_honorifics(vocab)
