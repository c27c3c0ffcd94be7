"""Find motions and amendments: who moved and seconded them, their words, their outcome.

Reads: text, blocks, decisions. Writes: motions; fills `moved_by`/`seconded_by` on the
decision a motion produced (with dataclasses.replace).

Movers are named ("Councillor X", "Cr Barnes", "COUNCIL MEMBER BRADSHAW") or offices
("the Portfolio Holder for Finance", "the Chair"); an office keeps its role and the roles
stage resolves it to the holder's name when the document gives one.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ..document import Decision, Document, Motion, Span
from ..settings import Settings
from ._names import NAME, honorific_pattern
from ._people import canonical_role
from ._scan import finditer, windows

_ROLE = r"(?:[Tt]he|An)\s+(?:[A-Z][\w/-]*)(?:\s+(?:[A-Z][\w/-]*|of|for|and|the)){0,8}"
# "the result was": outcome words after a motion, in prose or as a label line
OUTCOME = re.compile(
    r"\b(?:(?P<what>motion|amendment|substantive motion|resolution|recommendation|proposal)\s+(?:was\s+)?"
    r"(?:duly\s+|then\s+|therefore\s+|unanimously\s+)?(?:declared\s+)?)?(?P<o>CARRIED|Carried|carried|PASSED|Passed|"
    r"passed|LOST|Lost|lost|DEFEATED|Defeated|defeated|fell|FELL|WITHDRAWN|Withdrawn|withdrawn|ACCEPTED|accepted|"
    r"not carried|NOT CARRIED)\b")
MOVER_LITERALS = ("oved", "OVED", "roposed", "ROPOSED", "otion of")
RESULTS = {"passed": "carried", "defeated": "lost", "fell": "lost", "not carried": "lost"}
AMENDMENT = re.compile(r"\bamendment\b", re.I)
# "that ...", "to ...": the words moved, up to the end of the sentence
MOVED_WORDS = re.compile(r"^[\s,:]*(?:an\s+amendment\s+|the\s+following\s+(?:amendment|motion)\s*:?\s*)?"
                         r"(?P<text>(?:that|THAT|That|to|TO)\b[^\n]{5,}?(?:[.;](?=\s|$)|$))", re.M)


@lru_cache(maxsize=4)
def _patterns(vocab: str) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """(movers, seconders): each a label form and a subject-first form."""
    hon = honorific_pattern(vocab)
    who = (rf"(?:(?P<hon>{hon})\s+(?P<name>{NAME}(?:\s*\([A-Z]\))?)(?![\w'’])|COUNCIL\s*MEMBER\s+(?P<caps>[A-Z][A-Z'-]+)"
           rf"|(?P<role>{_ROLE}))")
    movers = (
        # "Moved by Councillor X", "Proposed by: Cllr Y", "MOVED: Cr Barnes", "On the motion of the Leader"
        re.compile(rf"\b(?i:(?:it\s+was\s+)?(?:formally\s+)?(?:moved|proposed)\s*(?:by)?|on\s+the\s+motion\s+of)"
                   rf"\s*:?\s*[*_]*\s*{who}"),
        # "Cllr X MOVED", "Councillor Y proposed the Minutes be adopted", "COUNCIL MEMBER BRADSHAW MOVED"
        re.compile(rf"(?<![\w-]){who}\s+(?:formally\s+|then\s+|duly\s+|subsequently\s+)?(?i:moved|proposed)\b"
                   rf"(?!\s+(?:by|to\s+item|on\s+to|the\s+vote))"),
    )
    seconders = (
        re.compile(rf"\b(?i:(?:formally\s+)?seconded\s*(?:by)?)\s*:?\s*[*_]*\s*{who}"),
        re.compile(rf"(?<![\w-]){who}\s+(?:formally\s+)?(?i:seconded)\b(?!\s+by)"),
    )
    return movers, seconders


def find_motions(doc: Document, settings: Settings) -> None:
    """Append one Motion per mover found, with its seconder, words, outcome and decision."""
    mover_patterns, seconders = _patterns(settings.vocabulary)
    spans = windows(doc.text, MOVER_LITERALS, 160, 200)
    found = {m.start(): m for p in mover_patterns for m in finditer(p, doc.text, spans)}
    movers = [found[k] for k in sorted(found)]
    for k, m in enumerate(movers):
        limit = movers[k + 1].start() if k + 1 < len(movers) else min(len(doc.text), m.end() + 1500)
        motion = _motion(doc, m, seconders, limit)
        if motion is not None:
            doc.motions.append(motion)
    _attach(doc)


def _who(m: re.Match[str]) -> tuple[str | None, str | None]:
    """(name, role) from a mover or seconder match: a named person, or an office."""
    groups = {k: v for k, v in m.groupdict().items() if v}
    name = groups.get("name") or (groups["caps"].title() if groups.get("caps") else None)
    role = groups.get("role")
    if role:
        role = re.sub(r"\s+(?:and|the|of|for)$", "", role.strip())
        return None, canonical_role(role) or re.sub(r"^(?:[Tt]he|An)\s+", "", role)
    if name and groups.get("hon") and canonical_role(groups["hon"]):
        return name.strip(), canonical_role(groups["hon"])
    return (name.strip() if name else None), None


def _motion(doc: Document, m: re.Match[str], seconders: tuple[re.Pattern[str], ...], limit: int) -> Motion | None:
    moved_by, moved_role = _who(m)
    if moved_by is None and moved_role is None:
        return None
    hits = [h for p in seconders if (h := p.search(doc.text, m.end(), min(limit, m.end() + 400)))]
    s = min(hits, key=lambda h: h.start()) if hits else None
    seconded_by, seconded_role = _who(s) if s else (None, None)
    after = s.end() if s else m.end()
    context = doc.text[max(0, m.start() - 80): after + 40]
    kind = "amendment" if AMENDMENT.search(context) else "motion"
    text_span = _words(doc, after, limit)
    result, result_span = _result(doc, text_span.end if text_span else after, limit)
    span = Span(m.start(), max(after, text_span.end if text_span else after, result_span.end if result_span else 0))
    evidence = {"moved_by": Span(m.start(), m.end())}
    if s:
        evidence["seconded_by"] = Span(s.start(), s.end())
    if result_span:
        evidence["result"] = result_span
    text = " ".join(text_span.text(doc).split()) if text_span else ""
    return Motion(kind, text, span, moved_by, seconded_by, moved_role, seconded_role, result,
                  evidence=evidence)


def _words(doc: Document, start: int, limit: int) -> Span | None:
    """The words moved: "that ..." right after, or the next paragraph ("Approve that ...")."""
    window = doc.text[start: min(limit, start + 1200)]
    m = MOVED_WORDS.match(window)
    if m is not None:
        return Span(start + m.start("text"), start + m.end("text"))
    block = doc.block_at(start)
    nxt = doc.block_at(block.span.end + 1) if block is not None else None
    if nxt is not None and nxt.span.start >= start and nxt.span.start < limit and not OUTCOME.match(
            nxt.span.text(doc)) and len(nxt.span.text(doc)) > 15 and block is not None and block.span.end - start < 40:
        return nxt.span
    return None


def _result(doc: Document, start: int, limit: int) -> tuple[str | None, Span | None]:
    window_end = min(limit, start + 400)
    m = OUTCOME.search(doc.text, start, window_end)
    if m is None:
        return None, None
    word = m.group("o").lower()
    return RESULTS.get(word, word), Span(m.start(), m.end())


def _attach(doc: Document) -> None:
    """Link each motion to the decision it produced and copy mover and seconder onto it."""
    decisions = sorted(doc.decisions, key=lambda d: d.span.start)
    for n, motion in enumerate(doc.motions):
        decision = _decision_for(motion, decisions)
        if decision is None:
            continue
        text = decision.text if not motion.text or decision.text in motion.text else motion.text
        doc.motions[n] = dataclasses.replace(motion, decision=decision.span, text=text)
        if motion.classification == "motion" and decision.moved_by is None:
            updated = dataclasses.replace(
                decision, moved_by=motion.moved_by or motion.moved_by_role,
                seconded_by=motion.seconded_by or motion.seconded_by_role,
                evidence={**decision.evidence, **{k: v for k, v in motion.evidence.items() if k != "result"}})
            doc.decisions[doc.decisions.index(decision)] = updated
            decisions[decisions.index(decision)] = updated


def _decision_for(motion: Motion, decisions: list[Decision]) -> Decision | None:
    """The decision right after the seconder, or one ending just before "MOVED: Cr X"."""
    start = motion.evidence["moved_by"].start
    end = motion.evidence.get("seconded_by", motion.evidence["moved_by"]).end
    for d in decisions:
        if end <= d.span.start <= end + 300 or d.span.start <= start <= d.span.end + 40 and d.span.start < start:
            return d
    return None
