"""Find people who speak or are reported speaking, merge their mentions, attach what they said.

Reads: text, blocks, attendance and roles (who holds a post the minutes name only by its
title: "The Senior Engineer outlined ..."), so it runs after the roles stage.
Writes: speakers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...document import Document, Span, Speaker
from ...lexicon import alternation
from ...settings import Settings, vocabulary
from ...text.lowered import finditer_led, grouped, literal_offsets, literal_windows, root_offsets, vocab_literals
from ...text.names import (
    DISAMBIGUATOR,
    bare_name,
    canonical_name,
    clean_name,
    honorific_pattern,
    name_grammar,
    plausible,
    trim_name,
)
from ...text.people import caps_name
from ...text.scan import windows_at
from ._contributions import contributions_of, role_before
from ._holders import Holders
from ._identity import Person, merge
from ._lists import listed_speakers
from ._mentions import Mention, model_people, movers
from ._speech import Said, clause_speakers, verb_hits

# Between two honorifics of one chain: the first one's word, then white space ("Mrs ", "Cllr. ")
CHAIN_GAP = re.compile(r"[^\W\d_]+\.?[ \t]+")


@lru_cache(maxsize=4)
def _patterns(vocab: str) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """Patterns near an honorific, near "moved"/"seconded"/"proposed", and near a speech verb."""
    NAME, FULL_NAME, _SURNAME = name_grammar(vocab)  # this lexicon's name grammar
    hon, lex = honorific_pattern(vocab), vocabulary(vocab)
    movers = alternation(lex["speaker_motion_verbs"])
    verbs = "|".join(sorted(vocabulary(vocab)["speech_verbs"], key=len, reverse=True))
    # "Councillor Ann McLachlan", "Mr.Bonnett", "Councillor Mrs Pam Bosworth", "Sheahan (J)"
    who = rf"(?P<hon>{hon})(?:\s+{hon}){{0,3}}(?:\s+|(?<=\.))(?P<name>{NAME})(?:\s*\((?P<dis>[A-Z])\))?"
    near_honorific = (
        # "Councillor Ann McLachlan made reference", "Mr G K Gibbens, added", "Cllr X MOVED",
        # "Cllr Gareth Roberts, Leader of the Council said:", "Cllr X who moved", "Mr X, Director, who had registered to speak"
        # "Mr Watts (General Counsel) confirmed", "Mr Preston on behalf of the Residents Association invited"
        re.compile(rf"\b{who}(?:\s*,\s*(?P<role>(?:the\s+|a\s+)?[^,\n]{{3,90}}?)\s*,|\s*,\s*(?P<role2>(?-i:[A-Z“\"])"
                   rf"[^,\n]{{3,60}}?)|\s*\((?P<role3>(?-i:[A-Z])[^()\n]{{2,90}})\)|\s+on\s+behalf\s+of\s+[^,.;\n]{{3,80}}?)?"
                   rf",?\s+(?:who\s+(?:had\s+)?)?"
                   rf"(?:(?:{alternation(lex['speech_adverbs'])})\s+)?"
                   rf"(?P<verb>{verbs}|{alternation(lex['speaker_acts'])})\b(?!(?-i:(?<=[A-Z]{{2}}))[ \t]*:)(?!\s+(?:by|to\s+(?:him|her|them)|that\s+(?:he|she)\s+had\s+been))",
                   re.I),
        # "said Councillor X", "asked Cllr Y"
        re.compile(rf"\b(?:{alternation(lex['verbs_before_honorific'])})\s+{who}", re.I),
        # "Moved by Councillor X", "Proposed by: Councillor X", "MOVED: Cr Barnes", "question from Cllr X",
        # "prop. Mr.Bonnett, 2nd Mr. Ward", "Prayer was offered by Councilman X", "presentation ... by Councillor X"
        re.compile(rf"(?<![\w'’])(?P<verb>{alternation(lex['acts_before_name'])})(?![\w'’])\s*(?:by|from)?\s*:?\s*\**\s*{who}",
                   re.I),
        # "a presentation of a cheque by the immediate past Chairman, Councillor Mrs Pam Bosworth"
        re.compile(rf"\b(?P<verb>{alternation(lex['speech_nouns'])})\b[^.;:\n]{{0,80}}?\bby\s+"
                   rf"(?:(?-i:the\s+[^,.;\n]{{3,60}}?),\s+)?{who}", re.I),
        # "4.1 By Councillor Edie <title> for answer by the Convener": a written question's asker
        # (the title follows the name directly, so the name is one word after any initials)
        re.compile(rf"(?m:^)\W*(?:\d+(?:\.\d+)*\s+)?(?P<verb>By)\s+(?P<hon>{hon})\s+"
                   rf"(?P<name>(?:[A-Z]\.?\s)*{_SURNAME})(?![\w'’-])(?=[^\n]{{0,160}}?\bfor\s*answer\b)"),
    )
    near_motion = (
        # "proposed by Mrs Willis and seconded by C. Humphries"
        re.compile(rf"\b(?P<verb>{movers})\s+by\s+(?P<name>{FULL_NAME})\b", re.I),
        # "proposed B. Glover and seconded by M. Grief": initials make a name without "by" safe
        re.compile(rf"\b(?P<verb>{movers})\s+(?P<name>(?-i:(?:[A-Z]\.\s?){{1,3}}[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?))\b",
                   re.I),
    )
    return near_honorific, near_motion, _verb_patterns(vocab)


@lru_cache(maxsize=4)
def _verb_patterns(vocab: str) -> tuple[re.Pattern[str], ...]:
    """Patterns that end at (or start with) a speech verb, for names written without an honorific."""
    NAME, FULL_NAME, _ = name_grammar(vocab)  # this lexicon's name grammar
    verbs = "|".join(sorted(vocabulary(vocab)["speech_verbs"], key=len, reverse=True))
    return (
        # "Graham Hodkinson, the director of adult social care, said"
        re.compile(rf"\b(?P<name>{NAME}),\s+(?P<role>(?:the|a|an)\s+[a-z][^,\n]{{3,80}}?),\s+"
                   rf"(?P<verb>said|told|added|explained|stated|warned|noted|commented)\b"),
        # "said Graham Hodkinson, the director"
        re.compile(rf"\b(?:said|says)\s+(?P<name>{NAME}),\s+(?P<role>(?:the|a|an)\s+[^,.\n]{{3,80}})"),
        # "The planning officer (Murray Hancock) gave a report"
        re.compile(rf"\b[Tt]he\s+(?P<role>[A-Za-z][\w ]{{2,40}}?)\s+\((?P<name>{FULL_NAME})\)\s+(?P<verb>{verbs})\b"),
        # "— Janice McMillan made a presentation", a full name opening a sentence before a speech verb,
        # "Finance Director Steve Schlueter made a presentation"
        re.compile(rf"(?:^|(?<=[.;:—–]\s))(?:(?:[A-Z][a-z]+\s+){{0,2}}(?:Director|Manager|Officer|Clerk|Attorney|"
                   rf"Administrator|Engineer|Planner|Treasurer|Solicitor)\s+)?"
                   rf"(?P<name>{FULL_NAME})\s+(?P<verb>made a presentation|presented|spoke|"
                   rf"addressed|explained|asked|said|stated|reported|outlined|informed|advised|requested|offered)\b", re.M),
    )


# What follows an honorific before a name: "Cllr Roe", "Mr. G. Ward", "Mr.Bonnett", "Councillor Mrs Neal"
HONORIFIC_NEXT = re.compile(r"\.?[ \t\n]*[A-Z]|\.?[ \t]+Mrs?\b")
ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# Appositives in news copy: "Graham Hodkinson, the director of adult social care, said"
APPOSITIVES = (", the ", ", a ", ", an ")


@lru_cache(maxsize=4)
def _honorific_literals(vocab: str) -> tuple[str, ...]:
    """ "Councillor", "COUNCILLOR", "councillor", "Mr", "MR", ...; a phrase by its first word."""
    out: set[str] = set()
    for word in [*vocabulary(vocab)["honorifics"], *vocabulary(vocab)["titles"]]:
        first = word.split()[0]
        out.update((first, first.upper()))
        if len(first) >= 4:
            out.add(first.lower())
    return tuple(sorted(out))


def find_speakers(doc: Document, settings: Settings) -> None:
    """Collect speaking mentions, merge them into people, and append one Speaker each."""
    vocab = settings.lexicon_key
    excluded = _excluded_spans(doc, vocab)
    hits = verb_hits(doc, vocab)
    found = [_mention(doc, m, vocab) for m in _pattern_matches(doc, vocab, hits)]
    mentions = [m for m in found if m is not None]
    holders = Holders.of(doc, vocab)
    mentions.extend(_said(doc, said) for said in clause_speakers(doc, hits, holders, vocab))
    mentions.extend(movers(doc, vocab))
    mentions.extend(listed_speakers(doc, holders, vocab))
    if settings.spacy_model:
        mentions.extend(model_people(doc, settings.spacy_model, vocab))
    mentions = _dedupe([m for m in mentions if not any(s.contains(m.span) for s in excluded)])
    for person in merge(mentions, vocab):
        doc.speakers.append(_speaker(doc, person, holders))
    doc.speakers.sort(key=lambda s: (s.span.start, s.span.end))


def _pattern_matches(doc: Document, vocab: str, hits: list[re.Match[str]]) -> Iterator[re.Match[str]]:
    """Each pattern run only where it can match: at an honorific, near a motion cue or a speech verb."""
    text, size = doc.text, len(doc.text)
    near_honorific, near_motion, near_verb = _patterns(vocab)
    honorifics = _honorific_hits(text, vocab)
    previous = -1
    for h in honorifics:  # the first pattern starts at the honorific itself
        chained = previous >= 0 and CHAIN_GAP.fullmatch(text, previous, h) is not None
        previous = h
        if chained:  # "Councillor Mrs Roe": the match from "Councillor" read the chain already
            continue
        m = near_honorific[0].match(text, h)
        if m is not None:
            yield m
    spans = windows_at(honorifics, 40, 90, size)
    for pattern in near_honorific[1:]:  # "a presentation of a cheque by the past Chairman, Councillor X": further back
        yield from finditer_led(pattern, text, windows_at(honorifics, 160, 90, size) if pattern is near_honorific[3] else spans)
    spans = literal_windows(text, vocab_literals(vocab, "speaker_motion_verbs"), 6, 90)  # the motion cues' literals
    for pattern in near_motion:
        yield from finditer_led(pattern, text, spans)
    # "Graham Hodkinson, the director ..., said": only where ", the " or ", a " comes shortly before the verb
    appositive = [h.start() for h in hits if any(text.find(a, h.start() - 110, h.start()) != -1 for a in APPOSITIVES)]
    yield from finditer_led(near_verb[0], text, windows_at(appositive, 140, 12, size))
    spans = windows_at([h.start() for h in hits], 140, 140, size)
    for pattern in near_verb[1:]:
        yield from finditer_led(pattern, text, spans)


def _honorific_hits(text: str, vocab: str) -> list[int]:
    """Offsets of honorifics that stand before a name: "Cllr Roe", "Mr.Bonnett"; not "Creek" or "items".

    Each lower-case form is searched once in the lower-cased text, then the forms as written
    are checked at the hit ("Councillor", "COUNCILLOR", "councillor")."""
    groups = grouped(_honorific_literals(vocab))
    at = root_offsets(text, [root for root, _ in groups])
    if at is None:
        groups = tuple((v, (v,)) for v in _honorific_literals(vocab))
        at = {v: literal_offsets(text, (v,)) for v, _ in groups}
    out = set()
    for root, variants in groups:
        for i in at[root]:
            if (i == 0 or not text[i - 1].isalnum()) and any(
                    text.startswith(v, i) and _name_next(text, i + len(v)) for v in variants):
                out.add(i)
    return sorted(out)


def _name_next(text: str, j: int) -> bool:
    """HONORIFIC_NEXT at `j`, with the common cases decided by the next character alone."""
    c = text[j:j + 1]
    if c in ASCII_CAPITALS:
        return True
    return c in ". \t\n" and HONORIFIC_NEXT.match(text, j) is not None


def _said(doc: Document, said: Said) -> Mention:
    block = doc.block_at(said.start)
    return Mention(said.name, Span(said.start, said.end), said.honorific, said.role, said.attribution,
                    block.span if block else None)


def _mention(doc: Document, m: re.Match[str], vocab: str) -> Mention | None:
    name = trim_name(clean_name(m.group("name")), vocab)
    if not plausible(name, vocab):
        return None
    if name.isupper() and len(name) > 2:
        name = caps_name(name)  # "COUNCIL MEMBER CHEN SECONDED": a name in capitals is still "Chen"
    groups = m.groupdict()
    if groups.get("dis"):
        name = f"{name} ({groups['dis']})"  # "Collins (J)": kept, it tells two Collinses apart
    hon = clean_name(groups["hon"]) if groups.get("hon") else None
    hon = caps_name(hon) if hon and hon.isupper() and len(hon) > 3 else hon
    if hon is None and (len(name.split()) < 2 or not bare_name(name, vocab)
                        or re.fullmatch(honorific_pattern(vocab), name.split()[0], re.I)):
        return None
    start = m.start("name")
    role = groups.get("role") or groups.get("role2") or groups.get("role3")
    if role and (len(role.split()) > 12 or re.search(r"\b(?:said|that|which|who)\b", role)):
        role = None
    role = role or role_before(doc, m.start())
    if hon and hon.lower().startswith(("mayor", "deputy mayor")):
        role = role or hon
    block = doc.block_at(start)
    return Mention(name, Span(start, start + len(name)), hon, role, m.group(0).strip(),
                    block.span if block else None)


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """One mention per name offset, the first found; a motion's act phrase ("Proposed by") joins it."""
    seen: dict[int, Mention] = {}
    for m in mentions:
        first = seen.setdefault(m.span.start, m)
        if first.lead is None and m.lead is not None:
            first.lead = m.lead
    return sorted(seen.values(), key=lambda m: m.span.start)


def _speaker(doc: Document, person: Person, holders: Holders) -> Speaker:
    # "C. Sheehan" over "Sheehan (C)", then the most words: "Ann McLachlan" over "McLachlan"
    best = max(person.mentions, key=lambda m: (not DISAMBIGUATOR.search(m.name), len(m.name.split()), len(m.name),
                                               -m.span.start))
    first = person.mentions[0]
    role = next((m.role for m in person.mentions if m.role), None)
    hon = best.honorific or next((m.honorific for m in person.mentions if m.honorific), None)
    contributions = contributions_of(doc, person, holders.vocab)
    return Speaker(name=canonical_name(holders.fullest(best.name)), span=first.span, honorific_prefix=hon, role=role,
                   attribution_text=first.attribution,
                   mentions=tuple(m.span for m in person.mentions), contributions=contributions)


@lru_cache(maxsize=16)
def _excluded_line(vocab: str) -> re.Pattern[str]:
    """Blocks that list people without their speaking: attendance, apologies, authors, contacts."""
    return re.compile(rf"^\W*(?:{alternation(vocabulary(vocab)['not_speaker_lines'])})\b[^\n]*", re.I | re.M)


# Where a row of a flattened table moves from its heading to what was minuted.
ROW_MINUTES = re.compile(r"\b(?:Minutes|Decision):\s")


def _excluded_spans(doc: Document, vocab: str) -> list[Span]:
    """Attendance, apologies, authors and contacts, each up to a "Minutes:" cell if the row has one."""
    spans = []
    for m in _excluded_line(vocab).finditer(doc.text):
        cut = ROW_MINUTES.search(doc.text, m.start() + 1, m.end())
        spans.append(Span(m.start(), cut.start() if cut else m.end()))
    return spans
