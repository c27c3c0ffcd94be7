"""Find declarations of interest: who, in which item, what kind, and what they did.

Reads: text, vocabulary (interest_kinds). Writes: declarations.

"Cllr Clements declared an interest in the item referring to the Car Scheme",
"Councillor A Smith declared a disclosable pecuniary interest in item 7 and left the room",
"An interest was declared by Mr M Wells in item 11.2", "Mrs Mann declared an interest."
A table of declarations is read by its column headers (lexicon `declaration_table_headers`): "Councillor |
Items | Type of Interest" (InfoCouncil), "Minute Number | Member | Level of Interest" (ModernGov).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..document import Declaration, Document, Span
from ..lexicon import alternation
from ..settings import Settings, vocabulary
from ..text.names import canonical_name, clean_name, honorific_pattern, name_grammar, plausible
from ..text.people import split_people
from ..text.scan import finditer, windows
from ..text.tables import cells_of

PRIORITY = ("prejudicial", "pecuniary", "non-pecuniary", "other")
# An item's number at the start of a table cell: "SI21/07 Skate Park Upgrade", "0654 & 0655", "Item 15"
ITEM_CELL = re.compile(r"(?:[A-Z]{0,4}\d[\w./-]*)")


class _Reading(NamedTuple):
    """What a declaration's sentence says after the name, read with one lexicon."""

    item: re.Pattern[str]
    subject: re.Pattern[str]
    actions: tuple[tuple[str, re.Pattern[str]], ...]


@lru_cache(maxsize=4)
def _reading(vocab: str) -> _Reading:
    lex = vocabulary(vocab)
    leads, nouns = alternation(lex["declaration_item_leads"]), alternation(lex["declaration_item_nouns"])
    return _Reading(
        # "in item 11.2", "in agenda item 5", "in minute 45", "in application 21/00471/REMM"
        re.compile(rf"\b(?:{leads})\s+(?:agenda\s+)?(?:{nouns})\s+(?:no\.?\s*)?(?P<item>[A-Z]{{0,4}}[\d][\w./-]*)", re.I),
        # "in the item referring to the Car Scheme", "in the planning application at ..."
        re.compile(r"\b(?:in|on)\s+(?P<subj>(?:the\s+)?[^,.;()\n]{4,80}?)"
                   rf"(?=\s+(?:{alternation(lex['declaration_subject_ends'])})\b|[,.;(]|$)"),
        tuple((action, re.compile(rf"\b(?:{alternation(words)})\b", re.I))
              for action, words in lex["declaration_actions"].items()))


@lru_cache(maxsize=4)
def _patterns(vocab: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    NAME = name_grammar(vocab).name  # this lexicon's name grammar
    hon = honorific_pattern(vocab)
    # "Councillor Mrs Pam Bosworth": a chain of honorifics, then the name, as in every stage
    who = rf"(?P<hon>{hon})(?:\s+(?:{hon})){{0,3}}\s+(?P<name>{NAME}(?:\s*\([A-Z]\))?)"
    lex = vocabulary(vocab)
    verbs, adverbs = alternation(lex["declaration_verbs"]), alternation(lex["speech_adverbs"])
    active = re.compile(rf"\b{who}\s+(?:(?:{adverbs})\s+)?(?:{verbs})\s+"
                        rf"(?P<kind>(?:an?\s+)?[\w\s,-]{{0,60}}?)\binterests?\b(?P<rest>[^\n]{{0,300}})")
    passive = re.compile(rf"(?:^|(?<=[.:;]\s)|(?<=\n))(?P<kind>(?:an?[ \t]+)?(?:[\w,-]+[ \t]+){{0,6}}?)interests?\s+(?:was|were)\s+declared\s+by\s+{who}"
                         rf"(?P<rest>[^\n]{{0,300}})", re.I | re.M)
    return active, passive


def find_declarations(doc: Document, settings: Settings) -> None:
    """Append one Declaration per person declaring, in text order."""
    kinds = vocabulary(settings.lexicon_key)["interest_kinds"]
    found: dict[int, Declaration] = {}
    spans = windows(doc.text, ("nterest", "NTEREST"), 160, 420)
    for pattern in _patterns(settings.lexicon_key):
        for m in finditer(pattern, doc.text, spans):
            if re.search(r"\bno\b|\bnot\b", m.group("kind"), re.I):
                continue
            found.setdefault(m.start("name"), _declaration(m, kinds, _reading(settings.lexicon_key)))
    for declaration in _table_declarations(doc, settings.lexicon_key, kinds):
        found.setdefault(declaration.span.start, declaration)
    doc.declarations.extend(found[k] for k in sorted(found))


def _table_declarations(doc: Document, key: str, kinds: dict[str, str]) -> list[Declaration]:
    """One Declaration per row under a header row naming a member column and an interest column."""
    roles = {" ".join(w.lower().split()): role for role, ws in vocabulary(key)["declaration_table_headers"].items() for w in ws}
    out: list[Declaration] = []
    header: list[str | None] | None = None
    for i, block in enumerate(doc.blocks):
        if block.kind != "table_row":
            header = None
            continue
        cells = cells_of(doc, i)
        named = [roles.get(" ".join(c.lower().split())) for c, _ in cells]
        if "name" in named and "interest" in named:
            header = named
        elif header is not None and len(cells) == len(header) and (d := _row(doc, cells, header, kinds, key)) is not None:
            out.append(d)
    return out


def _row(doc: Document, cells: list[tuple[str, Span]], header: list[str | None], kinds: dict[str, str],
         key: str) -> Declaration | None:
    """A declaration row: the member (as a list names one), the item's number, the kind of interest."""
    by_role = {role: cell for role, cell in zip(header, cells) if role}
    who, where = by_role["name"]
    people = split_people(who, 0, key).people  # the list reader's honorifics and name: "Cr Peter Grey"
    if len(people) != 1 or not plausible(name := people[0].name, key):
        return None
    item = ITEM_CELL.match(by_role["item"][0]) if "item" in by_role else None
    span = Span(min(c[1].start for c in cells), max(c[1].end for c in cells))
    return Declaration(canonical_name(name), span, _interest(by_role["interest"][0], kinds),
                       item.group(0).rstrip(".") if item else None, None, " ".join(span.text(doc).split()))


def _declaration(m: re.Match[str], kinds: dict[str, str], reading: _Reading) -> Declaration:
    name = canonical_name(clean_name(m.group("name")))  # "Sheahan (J)" -> "J Sheahan"
    rest = _sentence(m.group("rest"))
    interest = _interest(m.group("kind"), kinds)
    item = None
    if (i := reading.item.search(rest)) is not None:
        item = i.group("item").rstrip(".")
    elif (s := reading.subject.match(rest.lstrip())) is not None:
        item = s.group("subj").strip()
    after = m.group("rest")[:300]
    action = next((a for a, pattern in reading.actions if pattern.search(after)), None)
    span = Span(m.start(), m.start("rest") + len(rest))
    text = " ".join(m.string[span.start: span.end].split())
    return Declaration(name, span, interest, item, action, text)


def _interest(text: str, kinds: dict[str, str]) -> str:
    """The kind of interest its words name (lexicon `interest_kinds`), the weightiest when several."""
    kind_text = text.lower()
    matched = set()
    for cue in sorted(kinds, key=len, reverse=True):  # "non-pecuniary" before "pecuniary"
        if cue in kind_text:
            matched.add(kinds[cue])
            kind_text = kind_text.replace(cue, " ")
    return next((k for k in PRIORITY if k in matched), "other")


def _sentence(text: str) -> str:
    """The rest of the sentence: up to a full stop that ends a word, not an item number."""
    m = re.search(r"(?<=[a-z)])\.(?:\s|$)", text)
    return text[: m.start()] if m else text
