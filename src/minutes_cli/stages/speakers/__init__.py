"""Find people who speak or are reported speaking, merge their mentions, attach what they said.

Reads: text, blocks, attendance and roles (who holds a post the minutes name only by its
title: "The Senior Engineer outlined ..."), so it runs after the roles stage.
Writes: speakers.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache, partial

from ...document import Document, Span, Speaker
from ...lexicon import alternation
from ...settings import Settings, vocabulary
from ...text.lowered import finditer_led, finditer_needed, vocab_literals
from ...text.names import (
    DISAMBIGUATOR,
    bare_name,
    canonical_name,
    canonical_role,
    clean_name,
    first_initial,
    honorific_pattern,
    plausible,
    surname,
    trim_name,
)
from ...text.offsets import grouped, literal_offsets, root_offsets
from ...text.people import caps_name
from ...text.scan import windows, windows_at
from ._contributions import contributions_of, role_before, title_role
from ._holders import Holders
from ._identity import Person, gender, merge
from ._lines import excluded_spans, start_finditer
from ._lists import listed_speakers
from ._mentions import Mention, model_people, movers
from ._patterns import _patterns, opening_name
from ._public import is_address
from ._speech import Said, clause_speakers, verb_hits
from ._subject import no_one, titled_person

# Between two honorifics of one chain: the first one's word, then white space ("Mrs ", "Cllr. ")
CHAIN_GAP = re.compile(r"[^\W\d_]+\.?[ \t]+")

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
    excluded = excluded_spans(doc, vocab)
    hits = verb_hits(doc, vocab)
    found = [_mention(doc, m, vocab) for m in _pattern_matches(doc, vocab, hits)]
    mentions = [m for m in found if m is not None]
    holders = Holders.of(doc, vocab)
    mentions.extend(_said(doc, said) for said in clause_speakers(doc, hits, holders, vocab))
    mentions.extend(movers(doc, vocab))
    mentions.extend(listed_speakers(doc, holders, vocab))
    if settings.spacy_model:
        mentions.extend(model_people(doc, settings.spacy_model, vocab))
    mentions = _dedupe(_outside(mentions, excluded))
    people = merge(mentions, vocab)
    genders = {(surname(p.mentions[0].name), g) for p in people for m in p.mentions if (g := gender(m.honorific, vocab))}
    shared = Counter(key for key, _ in genders)  # "Mr Murray" and "Ms Denise Murray": two people, one surname
    for person in people:
        doc.speakers.append(_speaker(doc, person, holders, shared[surname(person.mentions[0].name)] > 1))
    doc.speakers.sort(key=lambda s: (s.span.start, s.span.end))


def _outside(mentions: list[Mention], excluded: list[Span]) -> list[Mention]:
    """`[m for m in mentions if not any(s.contains(m.span) for s in excluded)]`, by bisection: among
    the spans (in order of their starts) that start at or before a mention, one holds it exactly
    when the furthest end among them reaches the mention's end."""
    spans = sorted(excluded, key=lambda s: s.start)
    starts, reach, furthest = [s.start for s in spans], [], -1
    for s in spans:
        furthest = max(furthest, s.end)
        reach.append(furthest)
    return [m for m in mentions
            if (k := bisect.bisect_right(starts, m.span.start)) == 0 or reach[k - 1] < m.span.end]


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
    for pattern in near_honorific[1:4]:  # "a presentation of a cheque by the past Chairman, Councillor X": further back
        yield from finditer_led(pattern, text, windows_at(honorifics, 160, 90, size) if pattern is near_honorific[3] else spans)
    # "4.1 By Councillor Edie ...": opens at a line start (no needle leads it), so only the windows holding "By"
    yield from finditer_needed(near_honorific[4], text, spans)
    spans = windows(text, vocab_literals(vocab, "speaker_motion_verbs"), 6, 90)  # the motion cues' literals
    for pattern in near_motion:
        yield from finditer_led(pattern, text, spans)
    # "Graham Hodkinson, the director ..., said": only where ", the " or ", a " comes shortly before the verb
    commas = literal_offsets(text, APPOSITIVES)
    appositive = [h.start() for h in hits if _appositive_before(text, commas, h.start())]
    yield from finditer_led(near_verb[0], text, windows_at(appositive, 140, 12, size))
    spans = windows_at([h.start() for h in hits], 140, 140, size)
    for pattern in near_verb[1:3]:
        yield from finditer_led(pattern, text, spans)
    yield from start_finditer(opening_name(vocab), re.M | re.X, text, spans)  # near_verb[3]


def _appositive_before(text: str, commas: list[int], verb: int) -> bool:
    """`any(text.find(a, verb - 110, verb) != -1 for a in APPOSITIVES)` over the appositives' sorted
    offsets: one written whole inside the window. The window starts where `str.find` starts it (a
    negative start counts from the end of the text)."""
    lo = verb - 110 if verb >= 110 else max(0, len(text) + verb - 110)
    i = bisect.bisect_left(commas, lo)
    while i < len(commas) and commas[i] < verb:
        if any(text.startswith(a, commas[i]) and commas[i] + len(a) <= verb for a in APPOSITIVES):
            return True
        i += 1
    return False


def _honorific_hits(text: str, vocab: str) -> list[int]:
    """Offsets of honorifics that stand before a name: "Cllr Roe", "Mr.Bonnett"; not "Creek" or "items".

    Each lower-case form is searched once in the lower-cased text, then the forms as written
    are checked at the hit ("Councillor", "COUNCILLOR", "councillor")."""
    groups = grouped(_honorific_literals(vocab))
    at = root_offsets(text, _honorific_roots(vocab))
    by_root = _then_name_by_root(vocab)
    if at is None:
        groups = tuple((v, (v,)) for v in _honorific_literals(vocab))
        at, by_root = {v: literal_offsets(text, (v,)) for v, _ in groups}, {}
    out: set[int] = set()
    for root, variants in groups:
        if not at[root]:
            continue  # most roots stand nowhere in a short text: no filter is built for them
        then_name = by_root.get(root) or _honorific_then_name(vocab)
        for i in filter(partial(text.startswith, variants), at[root]):  # a form as written (a C-level filter)
            if (i == 0 or not text[i - 1].isalnum()) and (
                    then_name.match(text, i) is not None or _phrase_next(text, i, vocab)):
                out.add(i)
    return sorted(out)


@lru_cache(maxsize=16)
def _as_written(vocab: str) -> frozenset[str]:
    """The honorifics and titles as the lexicon writes them: "PCSO" stays in capitals, "COUNCILLOR" does not."""
    return frozenset([*vocabulary(vocab)["honorifics"], *vocabulary(vocab)["titles"]])


@lru_cache(maxsize=16)
def _honorific_roots(vocab: str) -> tuple[str, ...]:
    """The lower-case roots `_honorific_hits` looks the forms up by, made once per lexicon key."""
    return tuple(root for root, _ in grouped(_honorific_literals(vocab)))


@lru_cache(maxsize=16)
def _honorific_then_name(vocab: str) -> re.Pattern[str]:
    """Any form of `_honorific_literals` and then HONORIFIC_NEXT: one test in C of whether some form
    written at an offset has a name after it (`re` backtracks into the next form when one fails)."""
    forms = "|".join(map(re.escape, sorted(_honorific_literals(vocab), key=len, reverse=True)))
    return re.compile(f"(?:{forms})(?={HONORIFIC_NEXT.pattern})")


@lru_cache(maxsize=16)
def _then_name_by_root(vocab: str) -> dict[str, re.Pattern[str]]:
    """`_honorific_then_name` of one root's forms, per root of `grouped` (none when a form's lower
    case could depend on its neighbours or change its length: "Σ", "İ").

    The same test at an offset where the root stands: `grouped`'s roots are prefix-free (a form
    joins the first shorter root it starts with), and a form written at the offset lower-cases,
    letter by letter, to the lowered text there (which `root_offsets` keeps only when no letter
    changes length), so it starts with the root standing there: its own. The forms of other roots
    cannot stand there, and the root's few forms are tried instead of all of them."""
    if any("Σ" in form or any(len(c.lower()) != 1 for c in form) for form in _honorific_literals(vocab)):
        return {}
    return {root: re.compile("(?:{})(?={})".format("|".join(map(re.escape, sorted(forms, key=len, reverse=True))),
                                                     HONORIFIC_NEXT.pattern))
            for root, forms in grouped(_honorific_literals(vocab))}


@lru_cache(maxsize=16)
def _one_honorific(vocab: str) -> re.Pattern[str]:
    return re.compile(honorific_pattern(vocab, regrouped=True), re.I)


@lru_cache(maxsize=16)
def _phrases(vocab: str) -> re.Pattern[str]:
    """The honorifics and titles of more than one word: "Board member", "Vice Chair"."""
    lex = vocabulary(vocab)
    return re.compile(alternation(w for w in [*lex["honorifics"], *lex["titles"]] if " " in w), re.I)


def _phrase_next(text: str, i: int, vocab: str) -> bool:
    """ "Board member Knox": a phrase's first word is followed by its lower-case rest, then the name."""
    m = _phrases(vocab).match(text, i)
    return m is not None and _name_next(text, m.end())


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
    if not plausible(name, vocab) or _role_phrase(m, vocab) or no_one(name, vocab):
        return None
    if name.isupper() and len(name) > 2:
        name = caps_name(name)  # "COUNCIL MEMBER CHEN SECONDED": a name in capitals is still "Chen"
    groups = m.groupdict()
    if groups.get("dis"):
        name = f"{name} ({groups['dis']})"  # "Collins (J)": kept, it tells two Collinses apart
    hon = clean_name(groups["hon"]) if groups.get("hon") else None
    hon = caps_name(hon) if hon and hon.isupper() and len(hon) > 3 and hon not in _as_written(vocab) else hon
    if hon is None and (len(name.split()) < 2 or not bare_name(name, vocab)
                        or _one_honorific(vocab).fullmatch(name.split()[0])):
        return None
    start = m.start("name")
    role = groups.get("role") or groups.get("role2") or groups.get("role3")
    if groups.get("role2") and titled_person(groups["role2"], vocab):
        role = None  # "In reply to Councillor Keary, Superintendent Magner stated": a second person, no role
    if role and (len(role.split()) > 12 or is_address(role) or re.search(r"\b(?:said|that|which|who)\b", role)):
        role = None
    role = role or role_before(doc, m.start()) or (title_role(doc, m.start("hon"), hon, vocab) if hon else None)
    if hon and hon.lower().startswith(("mayor", "deputy mayor")):
        role = role or hon
    block = doc.block_at(start)
    return Mention(name, Span(start, start + len(name)), hon, role, m.group(0).strip(),
                    block.span if block else None)


def _role_phrase(m: re.Match[str], vocab: str) -> bool:
    """ "The Lord Provost said", "The Mayor Pro Tem said": the honorific and the "name" after it are
    one role, a post (resolved to its holder by the clause reader), not a person named "Provost"."""
    return m.groupdict().get("hon") is not None and canonical_role(m.string[m.start("hon"):m.end("name")], vocab) is not None


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """One mention per name offset, the first found; a motion's act phrase ("Proposed by") joins it."""
    seen: dict[int, Mention] = {}
    for m in mentions:
        first = seen.setdefault(m.span.start, m)
        if first.lead is None and m.lead is not None:
            first.lead = m.lead
    return sorted(seen.values(), key=lambda m: m.span.start)


def _speaker(doc: Document, person: Person, holders: Holders, shared: bool) -> Speaker:
    # "C. Sheehan" over "Sheehan (C)", then the most words: "Ann McLachlan" over "McLachlan"
    best = max(person.mentions, key=lambda m: (not DISAMBIGUATOR.search(m.name), len(m.name.split()), len(m.name),
                                               -m.span.start))
    first = person.mentions[0]
    role = next((m.role for m in person.mentions if m.role), None)
    hon = best.honorific or next((m.honorific for m in person.mentions if m.honorific), None)
    contributions = contributions_of(doc, person, holders.vocab)
    name = best.name if shared and first_initial(best.name) is None else holders.fullest(best.name)
    return Speaker(name=canonical_name(name), span=first.span, honorific_prefix=hon, role=role,
                   attribution_text=first.attribution,
                   mentions=tuple(m.span for m in person.mentions), contributions=contributions)
