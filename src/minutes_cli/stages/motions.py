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
from ._people import canonical_role, caps_name
from ._scan import finditer, windows

_ROLE = r"(?:[Tt]he|An)\s+(?:[A-Z][\w/-]*)(?:\s+(?:[A-Z][\w/-]*|of|for|and|the)){0,8}"
# "the result was": outcome words after a motion, in prose or as a label line
OUTCOME = re.compile(
    r"\b(?:(?P<what>motion|amendment|substantive motion|resolution|recommendation|proposal)\s+(?:was\s+)?"
    r"(?:duly\s+|then\s+|therefore\s+|unanimously\s+)?(?:declared\s+)?)?(?P<o>CARRIED|Carried|carried|PASSED|Passed|"
    r"passed|LOST|Lost|lost|DEFEATED|Defeated|defeated|fell|FELL|WITHDRAWN|Withdrawn|withdrawn|ACCEPTED|accepted|"
    r"not carried|NOT CARRIED)\b")
MOVER_LITERALS = ("oved", "OVED", "roposed", "ROPOSED", "otion of")
# A cue word a name or office swallowed where label lines were joined: "Cllr Gray Seconded", "the Chair That"
CUE_TAIL = re.compile(r"\s+(?:Seconded|SECONDED|Proposed|PROPOSED|Moved|MOVED|That|THAT|And|AND)$")
MOVER_KEYS = ("moved_by", "seconded_by")
RESULTS = {"passed": "carried", "defeated": "lost", "fell": "lost", "not carried": "lost"}
AMENDMENT = re.compile(r"\bamendment\b", re.I)
# "The substantive motion, moved by ...", "the original motion": the main question, not an amendment
SUBSTANTIVE = re.compile(r"\b(?:substantive|original|main)\s+motion\b", re.I)
# The end of a sentence: a full stop before a space or line end (not "Cllr." or "2.5")
SENTENCE_STOP = re.compile(r"(?<=[a-z0-9)])\.(?=\s|$)|\n")
# Words that open a motion's text: "That ...", "TO APPROVE ...", "Approve that ..."
MOTION_START = re.compile(r"^\W*(?:(?:that|to)\b|[A-Za-z]+\s+that\b)", re.I)
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
    mover_patterns, seconders = _patterns(settings.lexicon_key)
    spans = windows(doc.text, MOVER_LITERALS, 160, 200)
    found = {m.start(): m for p in mover_patterns for m in finditer(p, doc.text, spans)}
    movers = [found[k] for k in sorted(found)]
    for k, m in enumerate(movers):
        limit = movers[k + 1].start() if k + 1 < len(movers) else min(len(doc.text), m.end() + 1500)
        motion = _motion(doc, m, seconders, limit, settings.lexicon_key)
        if motion is not None:
            doc.motions.append(motion)
    _attach(doc)
    _own_decisions(doc)
    for n, motion in enumerate(doc.motions):
        if not motion.text and "statement" in motion.evidence:  # no words and no decision: the sentence stating it
            doc.motions[n] = dataclasses.replace(motion, text=" ".join(motion.evidence["statement"].text(doc).split()))


def _who(m: re.Match[str], vocab: str) -> tuple[str | None, str | None]:
    """(name, role) from a mover or seconder match: a named person, or an office."""
    groups = {k: CUE_TAIL.sub("", v) for k, v in m.groupdict().items() if v}
    name = groups.get("name") or (caps_name(groups["caps"]) if groups.get("caps") else None)
    role = groups.get("role")
    if role:
        role = re.sub(r"\s+(?:and|the|of|for)$", "", role.strip())
        return None, canonical_role(role, vocab) or re.sub(r"^(?:[Tt]he|An)\s+", "", role)
    if name and groups.get("hon") and canonical_role(groups["hon"], vocab):
        return name.strip(), canonical_role(groups["hon"], vocab)
    return (name.strip() if name else None), None


def _who_end(m: re.Match[str]) -> int:
    """Where the mover ends: before "Seconded" when label lines were joined ("Cllr Gray Seconded by ...")."""
    for key in ("name", "role", "caps"):
        if m.groupdict().get(key) and (tail := CUE_TAIL.search(m.group(key))) is not None:
            return m.start(key) + tail.start()
    return m.end()


def _motion(doc: Document, m: re.Match[str], seconders: tuple[re.Pattern[str], ...], limit: int,
            vocab: str) -> Motion | None:
    moved_by, moved_role = _who(m, vocab)
    if moved_by is None and moved_role is None:
        return None
    end = _who_end(m)
    hits = [h for p in seconders if (h := p.search(doc.text, end, min(limit, end + 400)))]
    s = min(hits, key=lambda h: h.start()) if hits else None
    seconded_by, seconded_role = _who(s, vocab) if s else (None, None)
    after = _who_end(s) if s else end
    sentence = _sentence(doc, m.start(), after)
    text_span = _words(doc, after, limit)
    result, result_span = _result(doc, text_span.end if text_span else after, limit)
    span = Span(m.start(), max(after, text_span.end if text_span else after, result_span.end if result_span else 0))
    evidence = {"moved_by": Span(m.start(), end)}
    if s:
        evidence["seconded_by"] = Span(s.start(), after)
    if result_span:
        evidence["result"] = result_span
    # The motion's own words, else (once no decision supplies them) the sentence that states it
    evidence["text" if text_span else "statement"] = text_span or sentence
    text = " ".join(text_span.text(doc).split()) if text_span else ""
    return Motion(_classification(doc, sentence, after), text, span, moved_by, seconded_by, moved_role, seconded_role,
                  result, evidence=evidence)


def _sentence(doc: Document, start: int, end: int) -> Span:
    """The sentence that holds the mover: back to ". " or a line break, on to the next full stop."""
    lo = max(0, start - 300)  # at most 300 characters back (else the sentence ran from offset 1: quadratic)
    newline, stop_at = doc.text.rfind("\n", lo, start), doc.text.rfind(". ", lo, start)
    back = max(newline, stop_at + 1 if stop_at >= 0 else -1)
    first = back + 1 if back >= 0 else lo
    stop = SENTENCE_STOP.search(doc.text, end, min(len(doc.text), end + 600))
    last = stop.start() + 1 if stop else min(len(doc.text), end + 600)
    return Span(first + len(doc.text[first:last]) - len(doc.text[first:last].lstrip()), last)


def _classification(doc: Document, sentence: Span, after: int) -> str:
    """"moved an amendment": an amendment; "The substantive motion, moved by ...": a motion, whatever came before."""
    own = doc.text[sentence.start: min(sentence.end, after + 40)]
    if SUBSTANTIVE.search(own):
        return "motion"
    return "amendment" if AMENDMENT.search(own) else "motion"


def _words(doc: Document, start: int, limit: int) -> Span | None:
    """The words moved: "that ..." right after, or the next paragraph ("Approve that ...")."""
    window = doc.text[start: min(limit, start + 1200)]
    m = MOVED_WORDS.match(window)
    if m is not None:
        return Span(start + m.start("text"), start + m.end("text"))
    block = doc.block_at(start)
    nxt = doc.block_at(block.span.end + 1) if block is not None else None
    if block is None or nxt is None or doc.text[start:block.span.end].strip(" \t*_,;:."):
        return None  # "..., was then put to the vote.": the sentence goes on, so the next paragraph is not its words
    text = nxt.span.text(doc)
    if start <= nxt.span.start < limit and len(text) > 15 and MOTION_START.match(text) and not OUTCOME.match(text):
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
        decision = _decision_for(doc, motion, decisions)
        if decision is None:
            continue
        evidence = dict(motion.evidence)
        if not motion.text or decision.text in motion.text:  # the words, as the decision records them
            evidence.pop("statement", None)
            evidence["text"] = decision.span
        doc.motions[n] = dataclasses.replace(motion, decision=decision.span, evidence=evidence,
                                             text=motion.text if "statement" in evidence else decision.text)
        if motion.classification == "motion" and decision.moved_by is None:
            updated = dataclasses.replace(
                decision, moved_by=motion.moved_by or motion.moved_by_role,
                seconded_by=motion.seconded_by or motion.seconded_by_role,
                evidence={**decision.evidence, **{k: v for k, v in motion.evidence.items() if k in MOVER_KEYS}})
            doc.decisions[doc.decisions.index(decision)] = updated
            decisions[decisions.index(decision)] = updated


def _decision_for(doc: Document, motion: Motion, decisions: list[Decision]) -> Decision | None:
    """The decision the motion produced, in its own agenda item: the next one after the seconder, or one
    ending just before "MOVED: Cr X". A lost or withdrawn motion produced no later resolution."""
    start = motion.evidence["moved_by"].start
    end = motion.evidence.get("seconded_by", motion.evidence["moved_by"]).end
    item = doc.section_at(start)
    failed = motion.result in ("lost", "withdrawn")
    for d in decisions:
        if doc.section_at(d.span.start) != item:
            continue
        if not failed and end <= d.span.start <= end + 300:
            return d
        if d.span.start < start <= d.span.end + 40 and not _between(doc, d.span.end, start):
            return d
    return None


def _between(doc: Document, end: int, start: int) -> bool:
    """An agenda heading between a decision and a mover: they belong to different items."""
    return any(end <= s.heading.start < start for s in doc.sections)


def _own_decisions(doc: Document) -> None:
    """A motion carried or lost with words of its own and no decision is itself a decision (kind "motion")."""
    added = False
    for n, motion in enumerate(doc.motions):
        if motion.decision is not None or motion.result not in ("carried", "lost") or "text" not in motion.evidence:
            continue
        if any(d.span.start < motion.span.end and motion.span.start < d.span.end for d in doc.decisions):
            continue  # the decisions stage already has it
        evidence = {k: v for k, v in motion.evidence.items() if k in (*MOVER_KEYS, "result", "text")}
        words = motion.evidence["text"]  # the decision's span is its words, so its text is the text at its span
        doc.decisions.append(Decision(
            "motion", motion.text, words, status=motion.result, decided_by=doc.metadata.get("body"),
            date=doc.metadata.get("meeting_date"), moved_by=motion.moved_by or motion.moved_by_role,
            seconded_by=motion.seconded_by or motion.seconded_by_role, cue="motion", evidence=evidence))
        doc.motions[n] = dataclasses.replace(motion, decision=words)
        added = True
    if added:
        doc.decisions.sort(key=lambda d: (d.span.start, d.span.end))
