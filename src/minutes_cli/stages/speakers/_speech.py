"""Who a speech verb's clause is about: the people and posts before "said", "outlined", "presented".

Used by the speakers stage. Each speech verb is found first (one case-sensitive scan), then
the clause before it, back to a sentence, line or list-item start, is split into pieces
at commas and "and". The clause names speakers only when every piece is a person or a post:

- "c. Sarah Hammond praised the accounts"                      -> Sarah Hammond
- "Jo Carpenter, Engagement Manager, and Tom Byrne presented"  -> both, each with a role
- "Mr Watts (General Counsel) confirmed"                       -> Watts, role General Counsel
- "The Senior Engineer and Meetings Administrator outlined"    -> each post's one named holder
- "The report was noted" / "Kent Police advised"               -> nothing (not people)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from ...document import Document
from ...lexicon import alternation
from ...settings import vocabulary
from ...text.names import (
    FULL_NAME,
    NAME,
    bare_name,
    canonical_role,
    group_prefix,
    honorific_pattern,
    plausible,
    words,
)
from ...text.people import split_people
from ...text.scan import windows_at
from ._holders import CODE, Holder, Holders

# Where a clause starts: a line, a bullet or table bar, a sentence end (not "Mr." or an initial), a dash.
CLAUSE_BREAK = re.compile(r"\n|[|•·▪\uf0a7\uf0b7\uf0d8\uf0fc]|(?<![A-Z])(?<!\bMr|\bMs|\bDr|\bSt|\bCr)(?<!\bMrs)(?<!\bCllr)[.;:!?]"
                          r"[\"”’)]*[ \t]+|[ \t][-–—][ \t]")
# The characters a clause break starts with, found first so CLAUSE_BREAK runs only where one may start
BREAK_CHAR = re.compile(r"[\n|•·▪\uf0a7\uf0b7\uf0d8\uf0fc.;:!?\-–—]")
# "1. ", "c. ", "(a) ", "g)", "16) ", "2.1 ", "- ": a list marker before the subject
MARKER = re.compile(r"[ \t]*(?:(?:\d{1,3}(?:\.\d{1,3})+\.?|\(?(?:\d{1,3}|[a-z]{1,2}|[ivx]{1,5})[.)]\)?)\s*|[-–*]\s+)*[ \t]*")
# "Jo Carpenter (Participation Manager)", "Mrs Hammond (Corporate Director, Children)"
PAREN_ROLE = re.compile(r"\s*\((?P<role>[^()]{2,120})\)$")
# "Mr Preston on behalf of the Residents Association"
ON_BEHALF = re.compile(r"\s+(?:on\s+behalf\s+of|representing)\s+.*$")
# Lower-case words a subject may hold outside brackets: "Mr Preston on behalf of the Association"
# (and the lexicon's name particles, "van", "de")
SUBJECT_LOWER = frozenset({"of", "for", "and", "the", "to", "in", "on", "with", "at", "behalf", "representing"})
LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z]*(?![\w’'-])")
PARENS = re.compile(r"\([^()]*\)")
AND_SPLIT = re.compile(r"\s+(?:and|&)\s+")
# A post: "The Senior Engineer", "Meetings administrator", "An Cathaoirleach", "Chairman"
POST = re.compile(r"^(?:[Tt]he\s+|An\s+)?[A-Z][\w’'/-]*(?:\s+(?:[\w’'/-]+|&)){0,11}$")
# Small words a post's title may hold in lower case: "Director of Services for Housing"
CONNECTORS = frozenset({"of", "for", "and", "the", "to", "in", "on", "&", "with", "at"})
# Verbs that report an act, not speech, when a post is their subject ("The Clerk circulated ...")
WEAK_FOR_POSTS = frozenset({"circulated", "provided", "offered", "turned", "opened", "considered"})
# "Maureen Wright questioned": a first name in full and a surname, before a strong verb
FULL_FIRST = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:[A-Z]\.?\s+)?[A-Z]")


class Said(NamedTuple):
    """One speaker found in a clause: the name (or a post's holder), where it is written, and how."""

    name: str
    start: int
    end: int
    honorific: str | None
    role: str | None
    attribution: str


class _Piece(NamedTuple):
    kind: str  # person | post
    text: str  # the name, or the post as written
    start: int
    end: int
    honorific: str | None
    role: str | None


@lru_cache(maxsize=4)
def _patterns(vocab: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = sorted(vocabulary(vocab)["speech_verbs"], key=len, reverse=True)
    # " praised", " outlined": a speech verb, not "agreed by" (a passive)
    verb = re.compile(rf"[ \t](?P<verb>{'|'.join(verbs)})\b(?!(?<!commenced)[ \t]+by\b)")
    hon = honorific_pattern(vocab)
    # "Mr G K Gibbens", "Councillor Mrs Linda Neal", "Mr.Bonnett", "Sheahan (J)" as a whole piece
    person = re.compile(rf"(?P<hon>{hon})(?:\s+{hon})?(?:\s+|(?<=\.))(?P<name>{NAME}(?:\s*\([A-Z]\))?)", re.I)
    return verb, person


@lru_cache(maxsize=16)
def _adverb_tail(vocab: str) -> re.Pattern[str]:
    """ "Sarah Hammond also", "Mr Mycock further", "Roe and Poe jointly": words between the subject and its verb."""
    lex = vocabulary(vocab)
    return re.compile(rf"(?:\s+(?:{alternation([*lex['speech_adverbs'], *lex['subject_tail_words']])}))+$")


@lru_cache(maxsize=16)
def _subject_lower(vocab: str) -> frozenset[str]:
    """Lower-case words a subject may hold outside brackets: connectors, and name particles ("van")."""
    return SUBJECT_LOWER | frozenset(vocabulary(vocab)["name_particles"])


@lru_cache(maxsize=16)
def _opener(vocab: str) -> re.Pattern[str]:
    """An opening phrase before the subject, up to its comma: "In respect of the bid, ", "Speaking after the meeting, "."""
    return re.compile(rf"(?:{alternation(vocabulary(vocab)['opening_phrases'])})\b[^,.;:\n]{{0,160}},\s+(?=[A-Z])")


def verb_hits(doc: Document, vocab: str) -> list[re.Match[str]]:
    """Every speech verb in the text, in order."""
    return list(_patterns(vocab)[0].finditer(doc.text))


def clause_speakers(doc: Document, hits: list[re.Match[str]], holders: Holders, vocab: str) -> Iterator[Said]:
    """The people (and named holders of posts) that are the whole subject of a speech verb."""
    text = doc.text
    # clause breaks only where _clause_start looks: the 240 characters before each verb
    spans = windows_at([v.start() for v in hits], 241, 1, len(text))
    candidates = [m.start() for s, e in spans for m in BREAK_CHAR.finditer(text, s, e)]
    for v in hits:
        start = _clause_start(text, candidates, v.start())
        lead = MARKER.match(text, start, v.start())
        offset = lead.end() if lead else start
        opener = _opener(vocab).match(text, offset, v.start())  # "Speaking to the Council, Ann Roe said"
        offset = opener.end() if opener else offset
        subject = _adverb_tail(vocab).sub("", text[offset:v.start()]).rstrip(" ,")
        if not subject or len(subject) > 200 or not subject[0].isupper() or _prose(subject, vocab):
            continue
        pieces = _group(subject, offset, vocab) or _pieces(subject, offset, vocab)
        if not pieces:
            continue
        attribution = " ".join(text[offset:v.end()].split())
        listed = bool(AND_SPLIT.search(subject) or re.search(r",\s*(?:and|&)\s", subject))
        yield from _resolve(pieces, holders, attribution, v.group("verb"), listed,
                            frozenset(vocabulary(vocab)["strong_speech_verbs"]))


def _group(subject: str, offset: int, vocab: str) -> list[_Piece] | None:
    """ "Directors Cook, Folska and Walker", "Councillors A, B and C": a plural title, then names only."""
    prefix = group_prefix(vocab).match(subject)
    if prefix is None or prefix.end() == 0:
        return None
    found = split_people(subject, offset, vocab)
    if not found.people or found.covered < len(subject.rstrip()) - 1:
        return None
    return [_Piece("person", p.name, p.start, p.end, prefix.group(0).strip(" :"), p.role) for p in found.people]


def _clause_start(text: str, candidates: list[int], verb: int) -> int:
    """After the last clause break in the 240 characters before the verb (checked from the nearest back)."""
    floor = max(0, verb - 240)
    i = bisect.bisect_left(candidates, verb) - 1
    while i >= 0 and candidates[i] >= floor:
        c = candidates[i]
        m = CLAUSE_BREAK.match(text, c) or (CLAUSE_BREAK.match(text, c - 1) if c and text[c] in "-–—" else None)
        if m is not None and m.end() <= verb:
            return m.end()
        i -= 1
    return floor


def _prose(subject: str, vocab: str) -> bool:
    """A lower-case word outside brackets that no name or post would hold: "The report was noted"."""
    outside = PARENS.sub("", subject)
    lower = _subject_lower(vocab)
    return any(w not in lower and w not in words(vocab).role_words for w in LOWER_WORD.findall(outside))


def _pieces(subject: str, offset: int, vocab: str) -> list[_Piece] | None:
    """Split at commas (not inside brackets) and parse each part; None if any part is not a person or post."""
    out: list[_Piece] = []
    for s, e in _comma_parts(subject):
        part = subject[s:e]
        lead = re.match(r"(?:and|&)\s+", part)
        if lead:
            s, part = s + lead.end(), part[lead.end():]
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


def _person(part: str, start: int, vocab: str, titled: bool = True) -> list[_Piece] | None:
    """ "Mr Watts (General Counsel)", "Sarah Hammond", "Mr Preston on behalf of ..." as one person."""
    role = None
    body = ON_BEHALF.sub("", part).rstrip()
    paren = PAREN_ROLE.search(body)
    if paren is not None and not re.fullmatch(r"[A-Z]", paren.group("role")):
        role, body = paren.group("role").strip(), body[: paren.start()]
    m = _patterns(vocab)[1].fullmatch(body)
    if m is not None:
        name = m.group("name")
        if not plausible(name, vocab):
            return None
        hon = m.group("hon").rstrip(".")
        return [_Piece("person", name, start + m.start("name"), start + m.end("name"), hon, role)]
    m = re.fullmatch(FULL_NAME, body)
    if m is None or not bare_name(body, vocab):
        return _titled(body, start, role, vocab) if titled else None
    return [_Piece("person", body, start, start + len(body), None, role)]


def _titled(body: str, start: int, role: str | None, vocab: str) -> list[_Piece] | None:
    """ "Council leader Martin Gannon", "NZEI President Frances Nelson": a post, then a bare full name."""
    m = re.search(rf"\s(?P<name>{FULL_NAME})$", body)
    if m is None or not bare_name(m.group("name"), vocab) or FULL_FIRST.match(m.group("name")) is None:
        return None
    post, table = body[: m.start()].split(), words(vocab)
    if post[-1].lower() not in table.role_words | table.titles and canonical_role(post[-1], vocab) is None:
        return None
    return [_Piece("person", m.group("name"), start + m.start("name"), start + m.end("name"), None,
                   role or " ".join(post))]


def _post(part: str, start: int, vocab: str) -> list[_Piece] | None:
    """A post ("The Senior Engineer"), or a description that can only describe a person beside it
    ("Designated Nurse for Looked After Children", "Hidden Heartlands")."""
    body = part.rstrip()
    rest, table = body.split()[1:], words(vocab)
    if not POST.match(body) or not all(w[0].isupper() or w in CONNECTORS or w.lower() in table.role_words for w in rest):
        return None
    kind = "post" if canonical_role(body, vocab) or _has_role_word(body, vocab) else "description"
    return [_Piece(kind, body, start, start + len(body), None, None)]


def _code(part: str, start: int) -> list[_Piece] | None:
    """ "DHO": a member's initials, resolved like a post where the paper wrote "Dave Horkan (DHO)"."""
    body = part.rstrip()
    return [_Piece("post", body, start, start + len(body), None, None)] if CODE.fullmatch(body) else None


def _has_role_word(text: str, vocab: str) -> bool:
    table = words(vocab)
    return any(w.lower() in table.role_words or w.lower() in table.job_words for w in re.findall(r"[A-Za-z-]+", text))


def _and_list(part: str, start: int, vocab: str, people_only: bool = False) -> list[_Piece] | None:
    """ "Administrative Officer and Director of Services", "Frank Reid and Tom Roberts" (people only first)."""
    out: list[_Piece] = []
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


def _resolve(pieces: list[_Piece], holders: Holders, attribution: str, verb: str, listed: bool,
             strong: frozenset[str]) -> Iterator[Said]:
    """Posts beside a person are that person's role; other posts stand for their one named holder.

    Without an "and" the subject is one person and what follows them in commas describes them:
    "Marie Healy, Hidden Heartlands, outlined" is Marie Healy of an organisation.
    """
    people = list(pieces)
    for i, p in enumerate(pieces):
        if p.kind == "person" and i > 0 and not listed and p.honorific is None and pieces[i - 1].kind != "post":
            p = pieces[i] = people[i] = p._replace(kind="post")
        if p.kind not in ("post", "description") or CODE.fullmatch(p.text):
            continue
        prev = people[i - 1] if i > 0 else None
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if prev is not None and prev.kind == "person" and prev.role is None:
            people[i - 1] = prev._replace(role=p.text, kind="described")
            people[i] = p._replace(kind="apposition")
        elif i == 0 and p.kind == "post" and nxt is not None and nxt.kind == "person" and nxt.role is None:
            people[i + 1] = nxt._replace(role=p.text)
            people[i] = p._replace(kind="apposition")
    for p in people:
        supported = (p.honorific or p.kind == "described" or holders.bare_style or holders.known(p.text)
                     or verb in strong and FULL_FIRST.match(p.text) is not None)
        if p.kind in ("person", "described") and supported:
            yield Said(p.text, p.start, p.end, p.honorific, p.role, attribution)
        elif p.kind == "post" and verb not in WEAK_FOR_POSTS:
            for start, end, holder in _holders_of(p, holders):
                yield Said(holder.name, start, end, holder.honorific, holder.role, attribution)


def _holders_of(post: _Piece, holders: Holders) -> Iterator[tuple[int, int, Holder]]:
    """The post's one holder; failing that, each of "The Clerk and Senior Planner" that has one."""
    whole = holders.lookup(post.text)
    if whole is not None:
        yield post.start, post.end, whole
        return
    pos = 0
    for m in [*AND_SPLIT.finditer(post.text), None]:
        end = m.start() if m is not None else len(post.text)
        part = holders.lookup(post.text[pos:end]) if m is not None or pos else None  # not the whole again
        if part is not None:
            yield post.start + pos, post.start + end, part
        pos = m.end() if m is not None else end
