"""Decisions written as prose rather than under a cue: one sentence each.

Minutes of small councils, and the "Minutes:" text of ModernGov pages, record outcomes
in running sentences: "The minutes ... were approved as a correct record", "... were duly
NOTED", "Mr X proposed adoption of the accounts seconded by Mr Y", "Decided to ...",
"Bungalow, Methwold Rd - approved by Parish Council". Used by the decisions stage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from ...document import Document, Span
from ...lexicon import alternation
from ...settings import vocabulary
from ._cues import MOVER_PAIR
from ._prefilter import CueBlocks, Families, phrase_literals

# An outcome word in capitals inside a sentence: "were APPROVED", "was duly NOTED", "be ADOPTED"
CAPS_WORDS = ("APPROVED", "AGREED", "NOTED", "ADOPTED", "ACCEPTED", "CARRIED", "ENDORSED", "RECEIVED", "REFUSED",
              "REJECTED", "DEFERRED")
# A sentence that ends on its outcome: "The revised budget was approved.", "The regulations were read and agreed."
# (not "... put the amendment to the vote and it was agreed.": the outcome of a vote, told elsewhere)
PASSIVE_WORDS = ("agreed", "approved", "adopted", "accepted")


class Outcomes(NamedTuple):
    """The prose-outcome patterns of one lexicon (see `outcomes`)."""

    minutes_record: re.Pattern[str]
    caps: re.Pattern[str]
    passive: re.Pattern[str]
    record_only: re.Pattern[str]
    hypothetical: re.Pattern[str]
    approved_by: re.Pattern[str]
    bare: re.Pattern[str]


@lru_cache(maxsize=8)
def outcomes(key: str) -> Outcomes:
    """Prose outcomes, with the lexicon's `record_adjectives`, `outcome_adverbs` and `hypothetical_words`."""
    words = vocabulary(key)
    record, adverbs = alternation(words["record_adjectives"]), alternation(words["outcome_adverbs"])
    return Outcomes(
        # "The minutes of the meeting held on ... were approved as a correct record",
        # "MINUTES read and signed as a true record", "minutes were AGREED as a correct record"
        re.compile(
            rf"\bminutes\b.{{0,240}}?\b(?:approved|agreed|confirmed|signed|adopted|accepted|taken as read)\b.{{0,80}}?"
            rf"\b(?:{record})\s+record|\bminutes\b.{{0,240}}?\b(?:{record})\s+record\b.{{0,40}}?"
            r"\b(?:approved|agreed|confirmed|signed|adopted)\b"
            # "Minutes of previous meeting, provided by DHO, agreed, signed and initialled", "were agreed and signed"
            r"|\bminutes\b.{0,160}?\b(?:agreed|approved|confirmed|accepted)\b,?\s+(?:and\s+)?(?:duly\s+)?signed\b", re.I),
        re.compile(rf"\b(?:were|was|be|been|is|are)\s+(?:(?:{adverbs})\s+)?(?:" + "|".join(CAPS_WORDS) + r")\b"),
        # (its "w" first, so the regex engine looks only at w's; the look-behinds then read back over it)
        re.compile(rf"w(?<!\ww)(?<!\b[Ii]t w)(?:as|ere)\s+(?:(?:{adverbs})\s+|\w+\s+and\s+)?(?:"
                   + "|".join(PASSIVE_WORDS) + r")\s*\.?$"),
        # A record without its minutes: "All agreed this was a true record"
        re.compile(rf"\b(?:{record})\s+record\b", re.I),
        # Conditional or future wording: "when the plan had been approved by the Council"
        re.compile(rf"\b(?:{alternation(words['hypothetical_words'])})\b", re.I),
        # "Favor Parker. Amended Logo. Approved by Parish Council", "- approved by Parish"
        re.compile(rf"\b(?i:{alternation(words['approved_by_words'])})\s+by\s+(?:the\s+)?(?P<who>[A-Z][\w.]*)"),
        # An outcome word with nothing decided after it: "Agreed unanimously.", "Resolved accordingly."
        re.compile(rf"^\w+(?:\s+(?:{alternation(words['unanimity_words'] + words['bare_outcome_words'])}))?\s*[.!]?$",
                   re.I))


# "Mr Precey proposed adoption of the accounts seconded by Mr Ferrie",
# "were proposed by Mrs Willis and seconded by C. Humphries"
PROPOSED_SECONDED = re.compile(r"\bproposed\b.{3,240}?\bseconded\s+by\b", re.I)
# An agenda item's own wording before its outcome: "To receive & approve minutes of previous meeting: "
AGENDA_LABEL = re.compile(r"\s*(?:\d{1,5}[.)]\s*)?To\s[^:.]{3,160}:-?\s+(?=[A-Z])")
# Sentences that only announce business: "To approve as a correct record the Minutes ...",
# "Minutes of the meeting held on 3 May and, if in order, to be approved as a correct record"
AGENDA_WORDING = re.compile(r"^(?:To\s|\W*Item\b|Members are (?:asked|invited)\b|The (?:Committee|Council) is asked\b)")
TO_BE_DONE_WORDS = ("if in order", "to be ")  # one is in every TO_BE_DONE
TO_BE_DONE = re.compile(r"\bif in order\b|\bto be (?:approved|agreed|confirmed|signed|adopted)\b", re.I)
# What opens a block before its sentences: "2\. ", "(a) ", "- ", "Minutes: "
BLOCK_LEAD = re.compile(r"^(?:\(?\d{1,3}\\?[.)]|\(?[a-z][.)]|[-•·*])?\s*(?:[A-Z][a-z]+(?: [a-z]+)?:\s+)?")


# A sentence's closing stop, before white space and a capital: not after an initial or an abbreviation
# ("Mr. X", "Cllr. Y", "prop. Z"), nor inside a number ("£1.50"). The stop comes first, so the regex
# engine looks only at stops; the look-behinds then read back over it.
SENTENCE_STOP = re.compile(
    r"""[.!?]
        (?<![A-Z].)                                # "J. Smith": an initial
        (?<!\b(?:Mr|Ms|Dr|St|No|Cr|Rd|Co).)        # "Dr. Kay", "No. 5", "Mill Rd. Barn"
        (?<!\bMrs.)(?<!\bCllr.)(?<!\bprop.)        # "Mrs. Lee", "Cllr. Roe", "prop. Cllr Roe"
        (?=\s+[A-Z(“"'])                           # then white space and a capital, bracket or quote
    """, re.VERBOSE)


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence offsets by full stops not inside initials or numbers ("Mr. X", "£1.50")."""
    start = 0
    for m in SENTENCE_STOP.finditer(text):
        yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)


@lru_cache(maxsize=8)
def _lexicon(key: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(opening outcome, planning response, an opener after a heading run into its line), from the lexicon's
    `outcome_openers` and `planning_responses`."""
    words = vocabulary(key)
    openers = alternation(words["outcome_openers"])
    opening = re.compile(rf"^(?:{openers})\b(?!\s+(?:by|at|on)\b|\s*:)")
    midline = re.compile(rf"(?<=[\w)] )(?P<o>(?-i:{openers}))\s+(?:not\s+)?(?:to|that)\s+\w")
    response = re.compile(rf"(?:^|[,.;:–-])\s*(?:the\s+)?(?:parish\s+)?(?:council\s+(?:have|has|had|raised)\s+)?"
                          rf"(?:{alternation(words['planning_responses'])})\s*\.?\s*$", re.I)
    return opening, response, midline


def narrative_decisions(doc: Document, own_words: set[str], key: str, cues: CueBlocks) -> Iterator[tuple[Span, str]]:
    """Yield (span, cue) for each sentence that records an outcome.

    `own_words` are the words naming the document's own council ("parish", "council"):
    "approved by Parish Council" is this council's decision, "by Borough Council" is not.
    """
    opening, response, midline = _lexicon(key)
    names = frozenset(narrative_families(key))
    holding = cues.blocks(names - HELPER_FAMILIES)
    for i in range(len(doc.blocks)) if holding is None else sorted(holding):  # blocks with an outcome's words
        block, can = doc.blocks[i], cues.families_at(i, names)
        line = block.span.text(doc)
        body = BLOCK_LEAD.match(line)
        offset = body.end() if body else 0
        prev = 0
        for s, e in _sentences(line[offset:]):
            sent, before, prev = line[offset + s: offset + e], line[offset + prev: offset + s], s
            if (label := AGENDA_LABEL.match(sent)) is not None:  # "To approve the minutes: Approved & signed."
                s, sent = s + label.end(), sent[label.end():]
            if "response" in can and response.search(sent) and len(line[offset:offset + e].split()) >= 4:
                lead = AGENDA_LABEL.match(line, offset, offset + e)
                start = lead.end() if lead else offset
                yield _trimmed(block.span.start + start, line[start:offset + e]), "response"
                continue  # "DM/23/0167 – EV charge points, Abbey Car Park. Approval recommended."
            cue = _sentence_cue(sent, own_words, (opening, outcomes(key)), can)
            if cue is None and "opening" in can and (mid := midline.search(sent)) is not None:
                s, sent, cue = s + mid.start("o"), sent[mid.start("o"):], "opening"  # "d) Meeting with X Agreed to defer"
            if cue is None:
                continue
            if cue == "opening":  # "Decided it was not worth repairing. Quotes to be obtained."
                sent = line[offset + s:]
            if outcomes(key).record_only.search(sent) and "minutes" not in sent.lower() and "minutes" in before.lower():
                s, sent = s - len(before), before + sent  # "The minutes ... had been circulated. All agreed this was a true record"
            elif cue == "approved by":  # "Parker, Mill Rd. New logo. Approved by Parish Council."
                approved_by = outcomes(key).approved_by
                for start, end in _applications(doc, block.span.start, line, offset, own_words, approved_by):
                    yield Span(start, end), cue
                break
            left = len(sent) - len(sent.lstrip(" -–:"))
            start = block.span.start + offset + s + left
            yield Span(start, block.span.start + offset + s + len(sent.rstrip(" -–,;"))), cue


def _applications(doc: Document, base: int, line: str, offset: int, own_words: set[str],
                  approved_by: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """One planning response per "... - approved by Parish" in a line that holds several ("Barn, Mill Rd -
    approved by Parish Side extension, Acacia House - approved by Parish and Permission received")."""
    ends = [m.end() for m in approved_by.finditer(line, offset) if m.group("who").lower().strip(".") in own_words]
    start = offset
    for k, end in enumerate(ends):
        stop = end if k + 1 < len(ends) else len(line.rstrip(" -–,;"))
        text = line[start:stop]
        left = len(text) - len(text.lstrip(" -–:"))
        if stop - start - left >= 12:
            yield base + start + left, base + stop
        start = stop


def _trimmed(base: int, text: str) -> Span:
    left = len(text) - len(text.lstrip(" -–:"))
    return Span(base + left, base + len(text.rstrip(" -–,;")))


@lru_cache(maxsize=8)
def narrative_families(key: str) -> Families:
    """The words without which no outcome below can be found (see `_prefilter`), for lexicon `key`
    (`planning_responses`, `outcome_openers`)."""
    words = vocabulary(key)
    return {"response": (phrase_literals(words["planning_responses"]), True), "minutes": (("minutes",), True),
            "caps": (CAPS_WORDS, False), "passive": (PASSIVE_WORDS, False), "proposed": (("seconded",), True),
            "opening": (phrase_literals(words["outcome_openers"], lower=False), False),
            "approved by": (phrase_literals(words["approved_by_words"]), True),
            "to be done": (TO_BE_DONE_WORDS, True)}


SENTENCE_FAMILIES = frozenset({"minutes", "caps", "passive", "proposed", "opening", "approved by"})
HELPER_FAMILIES = frozenset({"to be done"})  # needed beside another family's words, never alone


def _sentence_cue(sent: str, own_words: set[str], patterns: tuple[re.Pattern[str], Outcomes],
                  can: frozenset[str]) -> str | None:
    """The kind of outcome a sentence records, trying only the families whose words its block holds.
    `patterns`: the opening outcome and the other outcomes of the lexicon."""
    opening, found = patterns
    stripped = sent.strip(" -–:")
    if not can & SENTENCE_FAMILIES or len(stripped) < 12 or AGENDA_WORDING.match(stripped) or (
            "to be done" in can and TO_BE_DONE.search(stripped)):
        return None
    if "minutes" in can and found.minutes_record.search(stripped):
        return "minutes"
    if ("caps" in can and found.caps.search(stripped)) or (
            "passive" in can and found.passive.search(stripped) and not found.hypothetical.search(stripped)):
        return "outcome"
    if "proposed" in can and PROPOSED_SECONDED.search(stripped):
        return "proposed"
    if "opening" in can and opening.match(stripped) and not found.bare.match(stripped) and not MOVER_PAIR.fullmatch(
            stripped, stripped.find(" ")):
        return "opening"
    m = found.approved_by.search(stripped) if "approved by" in can else None
    if m and m.group("who").lower().strip(".") in own_words and not found.hypothetical.search(stripped):
        return "approved by"
    return None
