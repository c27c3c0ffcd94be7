"""Find people who speak or are reported speaking, merge their mentions, attach what they said.

Reads: text, blocks, fields (authors and contacts are not speakers).
Writes: speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Contribution, Document, Speaker, Span
from ..settings import Settings, vocabulary
from ._names import FULL_NAME, NAME, NOT_FIRST_NAMES, clean_name, first_initial, honorific_pattern, plausible, surname


@dataclass
class _Mention:
    name: str
    span: Span  # the name as written
    honorific: str | None
    role: str | None
    attribution: str
    block: Span | None
    speech: Span | None = None  # the words attributed, when known


@dataclass
class _Person:
    mentions: list[_Mention] = field(default_factory=list)


@lru_cache(maxsize=4)
def _patterns(vocab: str) -> tuple[re.Pattern[str], ...]:
    hon = honorific_pattern(vocab)
    verbs = "|".join(sorted(vocabulary(vocab)["speech_verbs"], key=len, reverse=True))
    # "Councillor Ann McLachlan", "Mr.Bonnett", "Councillor Mrs Pam Bosworth", "Sheahan (J)"
    who = rf"(?P<hon>{hon})(?:\s+{hon})?(?:\s+|(?<=\.))(?P<name>{NAME})(?:\s*\((?P<dis>[A-Z])\))?"
    return (
        # "Councillor Ann McLachlan made reference", "Mr G K Gibbens, added", "Cllr X MOVED",
        # "Cllr Gareth Roberts, Leader of the Council said:", "Cllr X who moved", "Mr X, Director, who had registered to speak"
        re.compile(rf"\b{who}(?:\s*,\s*(?P<role>(?:the\s+|a\s+)?[^,\n]{{3,90}}?)\s*,|\s*,\s*(?P<role2>(?-i:[A-Z“\"])"
                   rf"[^,\n]{{3,60}}?))?,?\s+(?:who\s+(?:had\s+)?)?"
                   rf"(?:also\s+|then\s+|further\s+|duly\s+|formally\s+|subsequently\s+)?"
                   rf"(?P<verb>{verbs}|registered to speak)\b(?!\s+(?:by|to\s+(?:him|her|them)|that\s+(?:he|she)\s+had\s+been))",
                   re.I),
        # "said Councillor X", "asked Cllr Y"
        re.compile(rf"\b(?:said|says|added|asked|explained|commented)\s+{who}", re.I),
        # "Moved by Councillor X", "Proposed by: Councillor X", "MOVED: Cr Barnes", "question from Cllr X",
        # "prop. Mr.Bonnett, 2nd Mr. Ward", "Prayer was offered by Councilman X"
        re.compile(rf"\b(?P<verb>moved|seconded|proposed|prop\.|2nd|questions?|comments?|query|queries|response|"
                   rf"answered|introduced|presented|offered by|given by|led by)\s*(?:by|from)?\s*:?\s*\**\s*{who}", re.I),
        # "proposed by Mrs Willis and seconded by C. Humphries"
        re.compile(rf"\b(?P<verb>proposed|seconded|moved)\s+by\s+(?P<name>{FULL_NAME})\b", re.I),
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


def find_speakers(doc: Document, settings: Settings) -> None:
    """Collect speaking mentions, merge them into people, and append one Speaker each."""
    excluded = _excluded_spans(doc)
    mentions = []
    for pattern in _patterns(settings.vocabulary):
        for m in pattern.finditer(doc.text):
            mention = _mention(doc, m)
            if mention and not any(s.contains(mention.span) for s in excluded):
                mentions.append(mention)
    mentions = _dedupe(mentions)
    for person in _merge(mentions):
        doc.speakers.append(_speaker(doc, person))
    doc.speakers.sort(key=lambda s: (s.span.start, s.span.end))


def _mention(doc: Document, m: re.Match[str]) -> _Mention | None:
    name = clean_name(m.group("name"))
    if not plausible(name):
        return None
    groups = m.groupdict()
    hon = clean_name(groups["hon"]) if groups.get("hon") else None
    if hon is None and (len(name.split()) < 2 or name.split()[0] in NOT_FIRST_NAMES
                        or re.fullmatch(honorific_pattern(), name.split()[0], re.I)):
        return None
    start = m.start("name")
    role = groups.get("role") or groups.get("role2")
    if role and (len(role.split()) > 12 or re.search(r"\b(?:said|that|which|who)\b", role)):
        role = None
    role = role or _role_before(doc, m.start())
    if hon and hon.lower().startswith(("mayor", "deputy mayor")):
        role = role or hon
    block = doc.block_at(start)
    return _Mention(name, Span(start, start + len(name)), hon, role, m.group(0).strip(),
                    block.span if block else None)


# "The Cabinet Member for Adult Social Care, Mr G K Gibbens, added"
ROLE_BEFORE = re.compile(r"(?:^|[.;]\s+|\d\.\s+)(?P<role>The\s+[A-Z][\w &-]{3,80}),\s*$")


def _role_before(doc: Document, offset: int) -> str | None:
    m = ROLE_BEFORE.search(doc.text[max(0, offset - 90): offset])
    return m.group("role").strip() if m else None


def _dedupe(mentions: list[_Mention]) -> list[_Mention]:
    seen: dict[tuple[int, int], _Mention] = {}
    for m in mentions:
        seen.setdefault((m.span.start, m.span.end), m)
    return sorted(seen.values(), key=lambda m: m.span.start)


def _merge(mentions: list[_Mention]) -> list[_Person]:
    """One person per surname and first initial; a bare surname joins its unique full name."""
    full: dict[tuple[str, str | None], _Person] = {}
    for m in mentions:
        key = (surname(m.name), first_initial(m.name))
        full.setdefault(key, _Person()).mentions.append(m)
    bare = [k for k in full if k[1] is None]
    for key in bare:
        owners = [k for k in full if k[0] == key[0] and k[1] is not None]
        if len(owners) == 1:
            full[owners[0]].mentions.extend(full.pop(key).mentions)
    people = list(full.values())
    for p in people:
        p.mentions.sort(key=lambda m: m.span.start)
    return people


def _speaker(doc: Document, person: _Person) -> Speaker:
    best = max(person.mentions, key=lambda m: (len(m.name.split()), len(m.name), -m.span.start))
    first = person.mentions[0]
    role = next((m.role for m in person.mentions if m.role), None)
    hon = best.honorific or next((m.honorific for m in person.mentions if m.honorific), None)
    contributions = _contributions(doc, person)
    return Speaker(name=best.name, span=first.span, honorific_prefix=hon, role=role,
                   attribution_text=first.attribution,
                   mentions=tuple(m.span for m in person.mentions), contributions=contributions)


def _contributions(doc: Document, person: _Person) -> tuple[Contribution, ...]:
    """The paragraph from each mention on; a "said:" with nothing after takes the next quote."""
    out: dict[tuple[int, int], Contribution] = {}
    for m in person.mentions:
        if m.block is None:
            continue
        span = Span(m.span.start, m.block.end)
        text = span.text(doc)
        if text.rstrip().endswith(":") or len(text) - len(m.name) < 12:
            nxt = _next_block(doc, m.block)
            if nxt is not None and nxt.text(doc)[:1] in "“\"‘'":
                out[(nxt.start, nxt.end)] = Contribution(nxt.text(doc), nxt, quote=True)
                continue
        out[(span.start, span.end)] = Contribution(text, span, quote=False)
    return tuple(out[k] for k in sorted(out))


def _next_block(doc: Document, span: Span) -> Span | None:
    block = doc.block_at(span.end + 1)
    return block.span if block is not None and block.span.start > span.start else None


# Blocks that list people without their speaking: attendance, apologies, authors, contacts.
EXCLUDED_LINE = re.compile(
    r"^\W*(?:present|members present|also present|in attendance|apologies|absent|attendance|"
    r"officers? (?:present|in attendance)|contact|report author|author|signed|councillors present|"
    r"substitutes?|declarations?)\b[^\n]*", re.I | re.M)


# Where a row of a flattened table moves from its heading to what was minuted.
ROW_MINUTES = re.compile(r"\b(?:Minutes|Decision):\s")


def _excluded_spans(doc: Document) -> list[Span]:
    """Attendance, apologies, authors and contacts, each up to a "Minutes:" cell if the row has one."""
    spans = []
    for m in EXCLUDED_LINE.finditer(doc.text):
        cut = ROW_MINUTES.search(doc.text, m.start() + 1, m.end())
        spans.append(Span(m.start(), cut.start() if cut else m.end()))
    return spans
