"""Split written lists of people into names, with roles, substitutes and disambiguators.

Shared by the attendance, votes and roles stages. A list is one line or several:
"Councillors Beasley, Butler and Talukder", "Crs W Devlin, W Attwood & T Gallagher",
"Mrs C M Wilkins (Chairman)", "Mrs J P Moss - substitute for Miss P E Ford",
"Director of Services (Mr. G. Daly)", "Chief Administrative Officer, S. Chambers",
"M. Brown M. van Holst B. Armstrong" (no separators), "Collins (J), Sheahan (K)".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import lru_cache

from ..settings import vocabulary
from .listnames import (
    ALL_CAPS,
    AND,
    COUNT_TAIL,
    DISAMBIGUATOR,
    INITIAL_BOUNDARY,
    LEAD,
    LOWER,
    PAREN_NAME,
    POST_BEFORE_INITIALS,
    SMALL_WORD,
    WORD_RE,
    PeopleList,
    Person,
    bare_role,
    boundary,
    honours_pattern,
    lone_honorific,
    paren_pattern,
    person_pattern,
    person_start,
    post_alone,
    post_first,
    presence_note,
    separator,
    substitute_pattern,
    trailer_pattern,
)
from .names import (
    RUN_ON,
    VERB,
    _chain_end,
    canonical_role,
    caps_name,
    group_prefix,
    honorific_chain,
    honorific_pattern,
    is_role,
    list_prefix,
    words,
)

__all__ = ["PeopleList", "Person", "canonical_role", "caps_name", "is_role", "split_people"]  # motions reads these

def split_people(text: str, base: int = 0, vocab: str = "en") -> PeopleList:
    """Return the people in a list, how many characters of `text` it covers, and its count.

    Parsing stops at the first piece that is neither a name nor a role. A count after the
    names ("... and Sheahan (11)", "Walsh ........ 24") is returned, not read as a name.
    A list written in capitals ("COUNCIL MEMBERS ALVAREZ, MCNEIL") gives names in normal
    case ("Alvarez", "McNeil") with the offsets of the capitals.
    """
    found = _split_cached(text, vocab)  # stages split the same line more than once: read it once
    if not base:
        return PeopleList(list(found.people), found.covered, found.count, found.count_start)
    people = [Person(p.name, p.start + base, p.end + base, p.honorific, p.role, p.substitute_for) for p in found.people]
    return PeopleList(people, found.covered, found.count, None if found.count_start is None else found.count_start + base)


@lru_cache(maxsize=4096)
def _split_cached(text: str, vocab: str) -> PeopleList:
    """`split_people` at offset 0 (offsets shift by the base, nothing else depends on it)."""
    folded = SMALL_WORD.sub(lambda m: m.group(0).lower(), text.title())  # "AND" -> "and", as the splitter expects
    if not ALL_CAPS.search(text) or LOWER.search(text) or len(folded) != len(text):
        return _split(text, 0, vocab)
    found = _split(folded, 0, vocab)
    people = [dataclasses.replace(p, name=caps_name(p.name), role=p.role and canonical_role(p.role, vocab) or p.role)
              for p in found.people]
    return PeopleList(people, found.covered, found.count, found.count_start)


def _split(text: str, base: int, vocab: str) -> PeopleList:
    count = count_start = None
    # Searched from near the end only: a count closes the list, and a search from every
    # offset of a long run of dots would retry `\.{2,}` at each one (quadratic).
    if (c := COUNT_TAIL.search(text, max(0, len(text) - 200))) is not None and c.start() > 0:
        count, count_start = int(c.group("n")), base + c.start("n")
        text = text[: c.start()]
    m = list_prefix(text, vocab)
    pos = m.end() if m else 0
    people: list[Person] = []
    pending: list[str] = []
    covered = pos
    paren_mode = len(PAREN_NAME.findall(text)) >= 2
    for s, e in _pieces(text, pos, vocab):
        piece = text[s:e]
        if _no_one(piece, vocab):
            covered = e
            continue
        if people and people[-1].role is None and not pending and post_alone(piece, vocab):
            people[-1] = _with_role(people[-1], LEAD.sub("", piece).strip(" ."), vocab)  # "Ann Lee, Town Clerk"
            covered = e
            continue
        found = _read_piece(piece, base + s, vocab)
        if paren_mode and found and not paren_pattern(vocab).match(piece.strip()):
            found = []
        if found:
            if pending and found[0].role is None:
                found[0] = _with_role(found[0], ", ".join(pending), vocab)
            elif pending and paren_pattern(vocab).match(piece):
                found[0] = _with_role(found[0], ", ".join([*pending, found[0].role or ""]), vocab)
            pending = []
            people.extend(found)
        elif (is_role(piece, vocab) or paren_mode and not VERB.search(piece)) and len(piece) < 120 and not _starts_person(
                piece, vocab):
            piece = piece[LEAD.match(piece).end():]  # type: ignore[union-attr]
            if people and people[-1].role is None and not pending:
                people[-1] = _with_role(people[-1], piece, vocab)
            else:
                pending.append(piece.strip(" ."))
        else:
            break
        covered = e
    if pending and people and people[-1].role:  # "Conservation, Design and Landscape Manager"
        last = people[-1]
        people[-1] = Person(last.name, last.start, last.end, last.honorific, ", ".join([last.role or "", *pending]),
                            last.substitute_for)
    return PeopleList(people, covered, count, count_start)


def _no_one(piece: str, vocab: str) -> bool:
    """ "CBE", "Councillors", "None": a piece of a list that names no one."""
    text = trailer_pattern(vocab).sub("", LEAD.sub("", piece)).strip(" .")  # "Borough Councillor together with 3"
    return (text.lower() in words(vocab).not_people or group_prefix(vocab).fullmatch(text) is not None
            or text in vocabulary(vocab)["post_nominals"] or lone_honorific(text, vocab))


@lru_cache(maxsize=16)
def _honorific_opening(vocab: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{honorific_pattern(vocab, regrouped=True, cased=True)})\s+")


def _starts_person(piece: str, vocab: str) -> bool:
    """"Cllr Grant Tomkins Helen ...": an honorific and a capital start a person, not a post."""
    return bool(person_start(vocab).match(piece))


def _pieces(text: str, pos: int, vocab: str) -> Iterator[tuple[int, int]]:
    """Offsets of the comma/line/sentence separated pieces of `text` from `pos`, lazily."""
    for s, e in _coarse(text, pos, vocab):
        if post_first(text[s:e].strip(), vocab) is not None:  # "Finance Director Hahn": one person, its post first
            yield s, e
            continue
        for m in _honorific_breaks(text, s, e, vocab):  # "Officer Mr David Munro": an item per honorific
            yield s, m.start()
            s = m.end()
        yield s, e


def _honorific_breaks(text: str, start: int, end: int, vocab: str) -> Iterator[re.Match[str]]:
    """Boundaries before an honorific that does not continue a chain ("Deputy Mayor", "Councillor
    Mrs": the word before is itself an honorific) and is not inside brackets ("(Assistant Director)")."""
    chain = _chain_end(vocab)
    for m in boundary(vocab).finditer(text, start, end):
        word = max(text.rfind(" ", start, m.start()) + 1, start)
        c = chain.match(text, word, end)
        if (c is None or c.end() <= m.end()) and text.count("(", start, m.start()) <= text.count(")", start, m.start()):
            yield m


def _coarse(text: str, pos: int, vocab: str) -> Iterator[tuple[int, int]]:
    """Pieces between separators; a comma inside brackets ("(Director, West Kent)") separates nothing."""
    depth, seen = 0, pos
    for m in separator(vocab).finditer(text, pos):
        depth, seen = max(0, depth + text.count("(", seen, m.start()) - text.count(")", seen, m.start())), m.start()
        if depth and "\n" not in m.group(0):
            continue
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < len(text.rstrip()):
        yield pos, len(text.rstrip())


def _read_piece(piece: str, start: int, vocab: str, nested: bool = False) -> list[Person]:
    """One piece may hold one person, "A and B", or names with no separator between them
    ("N Roe and P Moran Clerk J Poe": each side of the "and" may split again)."""
    one = _read_one(piece, start, vocab)
    if one is not None:
        return [one]
    for splitter in _splitters(vocab)[1:] if nested else _splitters(vocab):
        parts, pos = [], 0
        chain = _chain_end(vocab)
        for m in (splitter.finditer(piece) if splitter is not None else _honorific_breaks(piece, 0, len(piece), vocab)):
            if (c := chain.match(piece, pos)) is not None and c.end() >= m.start():
                continue  # "Mrs E A Forde": an honorific is not a name of its own
            parts.append((pos, m.start()))
            pos = m.end()
        parts.append((pos, len(piece)))
        if len(parts) < 2:
            continue
        parts = [(s, e) for s, e in parts if not _no_one(piece[s:e], vocab)] or parts  # "Cllr Webb & the Clerk"
        people = [_read_one(piece[s:e], start + s, vocab) for s, e in parts]
        if all(people):
            return [p for p in people if p is not None]
        if splitter is AND:
            groups = [_read_piece(piece[s:e], start + s, vocab, nested=True) for s, e in parts]
            if all(groups):
                return [p for g in groups for p in g]
    return []


@lru_cache(maxsize=16)
def _splitters(vocab: str) -> tuple[re.Pattern[str] | None, ...]:
    """How a piece with no separators splits: at "and", at honorifics (None), at initials, or both."""
    both = re.compile(rf"{boundary(vocab).pattern}|{INITIAL_BOUNDARY}")
    return AND, None, re.compile(INITIAL_BOUNDARY), both


def _read_one(piece: str, start: int, vocab: str) -> Person | None:
    """One person from a piece, read once per piece as written and moved to `start`."""
    p = _read_one_at0(piece, vocab)
    return p if p is None or not start else Person(p.name, p.start + start, p.end + start, p.honorific, p.role,
                                                   p.substitute_for)


@lru_cache(maxsize=8192)
def _read_one_at0(piece: str, vocab: str) -> Person | None:
    start = 0
    lead = LEAD.match(piece)
    if lead is not None and lead.end():
        start, piece = start + lead.end(), piece[lead.end():]
    if (group := list_prefix(piece, vocab)) is not None and group.end() < len(piece):  # "Councillors: Benson"
        start, piece = start + group.end(), piece[group.end():]
    if (tail := trailer_pattern(vocab).search(piece)) is not None:  # "D. Pickston together with 3 members of the public"
        piece = piece[: tail.start()]
    if (honours := honours_pattern(vocab).search(piece)) is not None:  # "Councillor Greg Conkey OAM"
        piece = piece[: honours.start()] + piece[honours.end():]
    substitute = None
    trailing_role = None
    if (post := POST_BEFORE_INITIALS.match(piece)) is not None:  # "Clerk J Poe"
        start, piece, trailing_role = start + post.end(), piece[post.end():], post.group("role")
    if (bare := bare_role(piece)) is not None and bare.group("body").lower() not in ("an", "the") and \
            person_pattern(vocab).match(bare.group("body")):
        piece, trailing_role = bare.group("body"), bare.group("role")  # "R. Lankfer Chairman"
    if (sub := substitute_pattern(vocab).search(piece)) is not None:
        substitute = _bare(sub.group("for"), vocab)
        piece = piece[: sub.start()]
    if (first := post_first(piece, vocab)) is not None:  # "City Manager Boyles"
        return _with_role(Person(piece[first[0]:first[1]], start + first[0], start + first[1]), first[2], vocab)
    m = paren_pattern(vocab).match(piece) or person_pattern(vocab).match(piece)
    if m is None:
        return None
    name = m.group("name").strip()
    hon = m.group("hon")
    if not _plausible(name, hon, vocab):
        return None
    groups = m.groupdict()
    role = (groups.get("prole") or groups.get("drole") or trailing_role or "").strip(" .") or None
    offset = start + m.start("name")
    honorific, title = honorific_chain(hon, vocab) if hon else (None, None)
    person = Person(name, offset, offset + len(name), honorific, None, substitute)
    return _with_role(person, role or title or "", vocab) if role or title else person


def _plausible(name: str, hon: str | None, vocab: str) -> bool:
    found = [w.lower() for w in WORD_RE.findall(DISAMBIGUATOR.sub("", name))]
    table = words(vocab)
    if not found or found[-1] in table.not_names or len(found[-1]) < 2 or RUN_ON.match(name):
        return False
    return hon is not None or not any(w in table.role_words for w in found)


def _with_role(person: Person, role: str, vocab: str) -> Person:
    if (sub := substitute_pattern(vocab).search(role)) is not None and person.substitute_for is None:
        person = Person(person.name, person.start, person.end, person.honorific, person.role,
                        _bare(sub.group("for"), vocab))
        role = role[: sub.start()]
    role = role.strip(" .,-–") or ""
    role = "" if presence_note(vocab).match(role) else role  # "(arrived 7.01pm)": when they were there, not a post
    canonical = canonical_role(role, vocab) if role else None
    return Person(person.name, person.start, person.end, person.honorific, canonical or role or None,
                  person.substitute_for)


def _bare(text: str, vocab: str) -> str:
    """"Councillor Y" -> "Y"; the name without its honorific."""
    m = _honorific_opening(vocab).match(text)
    return text[m.end():].strip(" .") if m else text.strip(" .")
