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
from ...text.names import canonical_role, words
from ...text.offsets import literal_offsets
from ...text.scan import windows_at
from ._holders import CODE, Holder, Holders
from ._public import without_descriptors
from ._subject import AND_SPLIT, FULL_FIRST, Piece, group
from ._subject import pieces as split_subject

# Where a clause starts: a line, a bullet or table bar, a sentence end (not "Mr." or an initial), a dash.
CLAUSE_BREAK = re.compile(r"""
      \n
    | [|•·▪\uf0a7\uf0b7\uf0d8\uf0fc]                                     # "| ", "• ": a table bar, a bullet
    | (?<![A-Z])(?<!\bMr|\bMs|\bDr|\bSt|\bCr)(?<!\bMrs)(?<!\bCllr)[.;:!?]  # "noted. ", not "Mr. " or "J. "
      ["”’)]*[ \t]+                                                    # '."  ', ".) "
    | [ \t][-–—][ \t]                                                   # " – "
""", re.X)
# The characters a clause break starts with, found first so CLAUSE_BREAK runs only where one may start
BREAK_CHAR = re.compile(r"[\n|•·▪\uf0a7\uf0b7\uf0d8\uf0fc.;:!?\-–—]")
# "1. ", "c. ", "(a) ", "g)", "16) ", "2.1 ", "- ": a list marker before the subject
MARKER = re.compile(r"[ \t]*(?:(?:\d{1,3}(?:\.\d{1,3})+\.?|\(?(?:\d{1,3}|[a-z]{1,2}|[ivx]{1,5})[.)]\)?)\s*|[-–*]\s+)*[ \t]*")
# Lower-case words a subject may hold outside brackets: "Mr Preston on behalf of the Association"
# (and the lexicon's name particles, "van", "de")
SUBJECT_LOWER = frozenset({"of", "for", "and", "the", "to", "in", "on", "with", "at", "behalf", "representing"})
LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z]*(?![\w’'-])")
PARENS = re.compile(r"\([^()]*\)")
# Verbs that report an act, not speech, when a post is their subject ("The Clerk circulated ...")
WEAK_FOR_POSTS = frozenset({"circulated", "provided", "offered", "turned", "opened", "considered"})


class Said(NamedTuple):
    """One speaker found in a clause: the name (or a post's holder), where it is written, and how."""

    name: str
    start: int
    end: int
    honorific: str | None
    role: str | None
    attribution: str


@lru_cache(maxsize=4)
def _patterns(vocab: str) -> re.Pattern[str]:
    verbs = sorted(vocabulary(vocab)["speech_verbs"], key=len, reverse=True)
    # " praised", " outlined": a speech verb, not "agreed by" (a passive)
    return re.compile(rf"[ \t](?P<verb>{'|'.join(verbs)})\b(?!(?<!commenced)[ \t]+by\b)")


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
    """Every speech verb in the text, in order: `_patterns(vocab).finditer`, tried only at the blank
    before each place a verb is written (found with every other cue literal in one pass)."""
    pattern, text, out, last = _patterns(vocab), doc.text, [], -1
    for i in literal_offsets(text, vocabulary(vocab)["speech_verbs"]):
        if i > max(last, 0) and text[i - 1] in " \t" and (m := pattern.match(text, i - 1)) is not None:
            out.append(m)
            last = m.end()
    return out


def clause_speakers(doc: Document, hits: list[re.Match[str]], holders: Holders, vocab: str) -> Iterator[Said]:
    """The people (and named holders of posts) that are the whole subject of a speech verb."""
    text = doc.text
    # clause breaks only where _clause_start looks: the 240 characters before each verb
    spans = windows_at([v.start() for v in hits], 241, 1, len(text))
    candidates = [m.start() for s, e in spans for m in BREAK_CHAR.finditer(text, s, e)]
    strong, opener_at, adverb_tail = frozenset(vocabulary(vocab)["strong_speech_verbs"]), _opener(vocab), _adverb_tail(vocab)
    for v in hits:
        start = _clause_start(text, candidates, v.start())
        lead = MARKER.match(text, start, v.start())
        offset = lead.end() if lead else start
        opener = opener_at.match(text, offset, v.start())  # "Speaking to the Council, Ann Roe said"
        offset = opener.end() if opener else offset
        subject = adverb_tail.sub("", text[offset:v.start()]).rstrip(" ,")
        if not subject or len(subject) > 200 or not subject[0].isupper() or _prose(subject, vocab):
            continue
        pieces = group(subject, offset, vocab) or split_subject(subject, offset, vocab)
        if not pieces:
            continue
        attribution = " ".join(text[offset:v.end()].split())
        listed = bool(AND_SPLIT.search(subject) or re.search(r",\s*(?:and|&)\s", subject))
        yield from _resolve(pieces, holders, attribution, v.group("verb"), listed, strong)


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
    outside = PARENS.sub("", subject) if "(" in subject else subject
    outside = without_descriptors(outside, vocab)  # "Jane Doe, a local resident": no prose
    lower, role_words = _subject_lower(vocab), words(vocab).role_words
    prose = any(w not in lower and w not in role_words for w in LOWER_WORD.findall(outside))
    return prose and not canonical_role(subject, vocab)  # "The Lord provost said": a role, whatever its case


def _resolve(pieces: list[Piece], holders: Holders, attribution: str, verb: str, listed: bool,
             strong: frozenset[str]) -> Iterator[Said]:
    """Posts beside a person are that person's role; other posts stand for their one named holder.

    Without an "and" the subject is one person and what follows them in commas describes them:
    "Marie Healy, Hidden Heartlands, outlined" is Marie Healy of an organisation.
    """
    people = list(pieces)
    for i, p in enumerate(pieces):
        if p.kind == "person" and i > 0 and not listed and p.honorific is None and pieces[i - 1].kind != "post":
            p = pieces[i] = people[i] = p._replace(kind="post")
        if p.kind == "address":  # "Mac Rossi, 3415 Reno Drive, asked": the address tells a person, not a role
            if i > 0 and people[i - 1].kind == "person":
                people[i - 1] = people[i - 1]._replace(kind="described")
            continue
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


def _holders_of(post: Piece, holders: Holders) -> Iterator[tuple[int, int, Holder]]:
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
