"""The subject of a speech verb, split into people and posts, for the speakers stage.

"Jo Carpenter, Engagement Manager, and Tom Byrne", "Mr Watts (General Counsel)",
"The Senior Engineer and Meetings Administrator", "Directors Cook, Folska and Walker":
the subject is cut at commas (not inside brackets) and "and", and each part must read as a
person (with an honorific or in full), a post, a member's initials, or a description.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ...settings import vocabulary
from ...text.listnames import POST_FIRST
from ...text.names import (
    bare_name,
    canonical_role,
    group_prefix,
    honorific_pattern,
    is_role,
    name_grammar,
    plausible,
    words,
)
from ...text.people import split_people
from ._holders import CODE
from ._public import ADDRESS, describes, split_run_on

# "Jo Carpenter (Participation Manager)", "Mrs Hammond (Corporate Director, Children)"
PAREN_ROLE = re.compile(r"\s*\((?P<role>[^()]{2,120})\)$")
# "Mr Preston on behalf of the Residents Association"
ON_BEHALF = re.compile(r"\s+(?:on\s+behalf\s+of|representing)\s+.*$")
# A post: "The Senior Engineer", "Meetings administrator", "An Cathaoirleach", "Chairman"
POST = re.compile(r"^(?:[Tt]he\s+|An\s+)?[A-Z][\w’'/-]*(?:\s+(?:[\w’'/-]+|&)){0,11}$")
# Small words a post's title may hold in lower case: "Director of Services for Housing"
CONNECTORS = frozenset({"of", "for", "and", "the", "to", "in", "on", "&", "with", "at"})
# "Maureen Wright questioned": a first name in full and a surname, before a strong verb
FULL_FIRST = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:[A-Z]\.?\s+)?[A-Z]")
AND_SPLIT = re.compile(r"\s+(?:and|&)\s+")
LEADING_AND = re.compile(r"(?:and|&)\s+")
ROLE_WORD = re.compile(r"[A-Za-z-]+")
ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # "(J)": a disambiguator, not a role
# "The Deputy Mayor (Councillor Bob Poe)": a post, then its holder in brackets
POST_THEN_HOLDER = re.compile(r"(?P<post>[^()]{3,80}?)\s*\((?P<who>[^()]{3,80})\)$")
# " of Elm Road", " of the Residents Association": where a person written with an honorific is from
OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][^,()]*$")
LEADING_THE = re.compile(r"^(?:[Tt]he|An)\s+")


class Piece(NamedTuple):
    kind: str  # person | post
    text: str  # the name, or the post as written
    start: int
    end: int
    honorific: str | None
    role: str | None


@lru_cache(maxsize=4)
def _person_pattern(vocab: str) -> re.Pattern[str]:
    """ "Mr G K Gibbens", "Councillor Mrs Linda Neal", "Mr.Bonnett", "Sheahan (J)" as a whole piece."""
    NAME = name_grammar(vocab).name  # this lexicon's name grammar
    hon = honorific_pattern(vocab, regrouped=True)  # matched whole, never led by a needle
    return re.compile(rf"(?P<hon>{hon})(?:\s+{hon})?(?:\s+|(?<=\.))(?P<name>{NAME}(?:\s*\([A-Z]\))?)", re.I)


@lru_cache(maxsize=16)
def _full_name(vocab: str) -> re.Pattern[str]:
    return re.compile(name_grammar(vocab).full_name)


@lru_cache(maxsize=16)
def _titled_name(vocab: str) -> re.Pattern[str]:
    """A full name ending a post: "Council leader Martin Gannon"."""
    return re.compile(rf"\s(?P<name>{name_grammar(vocab).full_name})$")


def group(subject: str, offset: int, vocab: str) -> list[Piece] | None:
    """ "Directors Cook, Folska and Walker", "Councillors A, B and C": a plural title, then names only."""
    prefix = group_prefix(vocab).match(subject)
    if prefix is None or prefix.end() == 0:
        return None
    found = split_people(subject, offset, vocab)
    if not found.people or found.covered < len(subject.rstrip()) - 1:
        return None
    return [Piece("person", p.name, p.start, p.end, prefix.group(0).strip(" :"), p.role) for p in found.people]


def pieces(subject: str, offset: int, vocab: str) -> list[Piece] | None:
    """Split at commas (not inside brackets) and parse each part; None if any part is not a person or post."""
    out: list[Piece] = []
    for s, e in _comma_parts(subject):
        part = subject[s:e]
        lead = LEADING_AND.match(part)
        if lead:
            s, part = s + lead.end(), part[lead.end():]
        if describes(part.rstrip(), vocab):  # "3415 Reno Drive", "a local resident": who a member of the public is
            kind = "address" if ADDRESS.fullmatch(part.rstrip()) else "description"
            out.append(Piece(kind, part.rstrip(), offset + s, offset + s + len(part.rstrip()), None, None))
            continue
        if (run_on := split_run_on(part, vocab)) is not None and (head := _person(run_on[0], offset + s, vocab)):
            tail = part[run_on[1]:].rstrip()  # "David Seeker a member of the public"
            out.extend([*head, Piece("description", tail, offset + s + run_on[1], offset + s + run_on[1] + len(tail), None, None)])
            continue
        parsed = (_person(part, offset + s, vocab) or _code(part, offset + s) or _and_list(part, offset + s, vocab, True)
                  or _post(part, offset + s, vocab) or _and_list(part, offset + s, vocab))
        if parsed is None:
            return None
        out.extend(parsed)
    return out


def _comma_parts(subject: str) -> list[tuple[int, int]]:
    parts, depth, begin = [], 0, 0
    for i, ch in enumerate(subject):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == "," and depth == 0:
            parts.append((begin, i))
            begin = i + 1
    parts.append((begin, len(subject)))
    return [(s + len(subject[s:e]) - len(subject[s:e].lstrip()), e) for s, e in parts if subject[s:e].strip()]


def _person(part: str, start: int, vocab: str, titled: bool = True) -> list[Piece] | None:
    """ "Mr Watts (General Counsel)", "Sarah Hammond", "Mr Preston on behalf of ..." as one person."""
    role = None
    body = ON_BEHALF.sub("", part).rstrip()
    if canonical_role(body, vocab):
        return None  # "The Lord Provost", "Mayor Pro Tem": a post that opens with an honorific
    if body.endswith(")") and (held := _post_then_holder(body, start, vocab)) is not None:
        return held
    paren = PAREN_ROLE.search(body)
    if paren is not None and not (len(paren.group("role")) == 1 and paren.group("role") in ASCII_CAPITALS):
        role, body = paren.group("role").strip(), body[: paren.start()]
    m = _person_pattern(vocab).fullmatch(body)
    if m is None and " of " in body:  # "Mr John Kemp of Elm Road": where the person is from
        m = _person_pattern(vocab).fullmatch(OF_PLACE.sub("", body))
    if m is not None:
        name = m.group("name")
        if not plausible(name, vocab):
            return None
        hon = m.group("hon").rstrip(".")
        return [Piece("person", name, start + m.start("name"), start + m.end("name"), hon, role)]
    m = _full_name(vocab).fullmatch(body)
    if m is None or not bare_name(body, vocab):
        return (_titled(body, start, role, vocab) or _post_surname(body, start, role, vocab)) if titled else None
    return [Piece("person", body, start, start + len(body), None, role)]


def no_one(name: str, vocab: str) -> bool:
    """ "Finance Director Services": the "name" after a title is a role or organisation word, no one's."""
    table = words(vocab)
    return all(w.lower() in table.role_words or w.lower() in table.not_person for w in name.split())


def titled_person(text: str, vocab: str) -> bool:
    """ "Superintendent Magner", "Cllr Ann Roe": a person written with an honorific or title, whole."""
    m = _person_pattern(vocab).fullmatch(text.strip())
    return m is not None and plausible(m.group("name"), vocab)


def _post_then_holder(body: str, start: int, vocab: str) -> list[Piece] | None:
    """ "The Deputy Mayor (Councillor Bob Poe)", "The Chair (Cllr Roe)": a post, and in brackets the
    person who holds it, with an honorific; the post is their role."""
    m = POST_THEN_HOLDER.fullmatch(body)
    if m is None:
        return None
    post = m.group("post").strip()
    if not (canonical_role(post, vocab) or is_role(LEADING_THE.sub("", post), vocab)) or not post[:1].isupper():
        return None
    inner = m.group("who").strip()
    at = start + m.start("who") + (len(m.group("who")) - len(m.group("who").lstrip()))
    role = canonical_role(post, vocab) or LEADING_THE.sub("", post)
    who = _person_pattern(vocab).fullmatch(inner)
    if who is not None and plausible(who.group("name"), vocab):
        at += who.start("name")
        return [Piece("described", who.group("name"), at, at + len(who.group("name")), who.group("hon").rstrip("."), role)]
    if _full_name(vocab).fullmatch(inner) and bare_name(inner, vocab) and FULL_FIRST.match(inner):  # "(Sonia Cooper)"
        return [Piece("described", inner, at, at + len(inner), None, role)]
    return None


@lru_cache(maxsize=16)
def _post_nouns(vocab: str) -> frozenset[str]:
    """The nouns that end a post written before a bare surname: the lists' and the speakers' own."""
    lex = vocabulary(vocab)
    return frozenset(w.lower() for w in [*lex["post_nouns"], *lex["speaker_post_nouns"]])


def _post_surname(body: str, start: int, role: str | None, vocab: str) -> list[Piece] | None:
    """ "City Manager Malinen", "Police Chief Daniels", "Town Clerk Jones": a post ending in a post's noun,
    then a surname alone; the post is the person's role (the US way of naming staff in the minutes)."""
    m = POST_FIRST.match(body)
    if m is None:
        return None
    post, name, table, nouns = m.group("post").strip(), m.group("name"), words(vocab), _post_nouns(vocab)
    if post.split()[-1].lower() not in nouns or LEADING_THE.match(post):
        return None  # "The Director General", "The Senior Engineer Roads, Traffic ...": a post and its department
    low = name.lower()
    if low in nouns or low in table.role_words or low in table.job_words or low in table.not_person or not plausible(name, vocab):
        return None
    return [Piece("described", name, start + m.start("name"), start + m.end("name"), None, role or post)]


def _titled(body: str, start: int, role: str | None, vocab: str) -> list[Piece] | None:
    """ "Council leader Martin Gannon", "NZEI President Frances Nelson": a post, then a bare full name."""
    m = _titled_name(vocab).search(body)
    if m is None or not bare_name(m.group("name"), vocab) or FULL_FIRST.match(m.group("name")) is None:
        return None
    post, table = body[: m.start()].split(), words(vocab)
    if post[-1].lower() not in table.role_words | table.titles and canonical_role(post[-1], vocab) is None:
        return None
    if canonical_role(f"{post[-1]} {m.group('name')}", vocab):
        return None  # "Madam Mayor Pro Tem": the "name" ends the post
    last = post[-1].lower()  # a post's own noun ("Deputy Town Clerk") describes the name; "Community" may not
    kind = "described" if last in _post_nouns(vocab) | table.job_words | table.titles or canonical_role(last, vocab) else "person"
    return [Piece(kind, m.group("name"), start + m.start("name"), start + m.end("name"), None, role or " ".join(post))]


def _post(part: str, start: int, vocab: str) -> list[Piece] | None:
    """A post ("The Senior Engineer"), or a description that can only describe a person beside it
    ("Designated Nurse for Looked After Children", "Hidden Heartlands")."""
    body = part.rstrip()
    rest, table = body.split()[1:], words(vocab)
    if canonical_role(body, vocab):  # "The Lord provost", "The Mayor pro tem": a role of the lexicon as written
        return [Piece("post", body, start, start + len(body), None, None)]
    if not POST.match(body) or not all(w[0].isupper() or w in CONNECTORS or w.lower() in table.role_words for w in rest):
        return None
    kind = "post" if canonical_role(body, vocab) or _has_role_word(body, vocab) else "description"
    return [Piece(kind, body, start, start + len(body), None, None)]


def _code(part: str, start: int) -> list[Piece] | None:
    """ "DHO": a member's initials, resolved like a post where the paper wrote "Dave Horkan (DHO)"."""
    body = part.rstrip()
    return [Piece("post", body, start, start + len(body), None, None)] if CODE.fullmatch(body) else None


def _has_role_word(text: str, vocab: str) -> bool:
    table = words(vocab)
    return any(w.lower() in table.role_words or w.lower() in table.job_words for w in ROLE_WORD.findall(text))


def _and_list(part: str, start: int, vocab: str, people_only: bool = False) -> list[Piece] | None:
    """ "Administrative Officer and Director of Services", "Frank Reid and Tom Roberts" (people only first)."""
    out: list[Piece] = []
    pos = 0
    for m in [*AND_SPLIT.finditer(part), None]:
        end = m.start() if m is not None else len(part)
        sub = part[pos:end]
        parsed = _person(sub, start + pos, vocab, not people_only) or (None if people_only else _post(sub, start + pos, vocab))
        if parsed is None:
            return None
        out.extend(parsed)
        pos = m.end() if m is not None else end
    return out if len(out) > 1 else None
