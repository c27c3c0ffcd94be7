"""What the link stage settles between items other stages made: which decisions are one, a motion's
outcome from its decision, a decision's movers from its motion, and role-only movers named.

Moved here from the motions and roles stages (issue 9: only the stage that creates an item writes it).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import lru_cache

from ...document import Decision, Document, Span
from ...lexicon import alternation
from ...settings import vocabulary
from ...text.scan import offsets_within

MOVER_KEYS = ("moved_by", "seconded_by")
RECORD_REACH = 20000  # characters from a quoted motion to the resolution recording it, at most
SAME_WORDS = 0.75  # word overlap (Dice) at which a later resolution records a motion's own words
# A recommendation put as a sentence: "It is recommended", "We recommend"
RECOMMENDED_BY = re.compile(r"(?:It is|We) recommend", re.I)
WORD = re.compile(r"[a-z0-9]+")


def drop_superseded(doc: Document, key: str) -> None:
    """In minutes, "It is recommended by the Committee that the Board approve ..." followed in its item by the
    motion that acted on it is one decision: the motion's (the recommendation was the proposal, not the outcome)."""
    if doc.metadata.get("kind") != "minutes":
        return
    keep: list[Decision] = []
    decided = {m.decision for m in doc.motions if m.decision is not None and m.result not in ("lost", "withdrawn")}
    failed = {m.decision for m in doc.motions if m.decision is not None and m.result in ("lost", "withdrawn")}
    movers = sorted(m.evidence["moved_by"].start for m in doc.motions)
    # a later decision that is a motion's own, or names a mover, records that motion, not an earlier one
    its_own = [d.span in decided or _holds_mover(doc, d, movers) for d in doc.decisions]
    for k, d in enumerate(doc.decisions):
        nxt = doc.decisions[k + 1] if k + 1 < len(doc.decisions) else None
        if (d.kind == "recommendation" and RECOMMENDED_BY.match(d.cue) and nxt is not None and nxt.cue == "motion"
                and doc.section_at(d.span.start) == doc.section_at(nxt.span.start)):
            continue
        if d.kind == "recommendation" and RECOMMENDED_BY.match(d.cue) and _after_consent(keep, key):
            continue  # "approve item A on the consent agenda", then item A's recommendation
        if (nxt is not None and nxt.kind in ("resolution", "motion") and _officers(doc, d, key)
                and doc.section_at(d.span.start) == doc.section_at(nxt.span.start)):
            continue  # "Officer's recommendation: That ..." then "Council resolution: That ...": the council's
        if (d.span in decided and d.span not in failed
                and _recorded_later(doc, d, [n for j, n in enumerate(doc.decisions[k + 1:], k + 1) if not its_own[j]])):
            continue  # the motion (or an amendment carried into it) quoted, then "RESOLVED that ..." in its words
        keep.append(d)
    doc.decisions[:] = keep


def _holds_mover(doc: Document, d: Decision, movers: list[int]) -> bool:
    """Does the decision's paragraph name a motion's mover before its end ("Cllr B proposed acceptance, seconded
    by Cllr C", "On the proposal of Cllr B, seconded by Cllr C, it was agreed to ...")? Then it records that
    motion, not an earlier one in like words."""
    block = doc.block_at(d.span.start)
    start = min(d.span.start, block.span.start) if block is not None else d.span.start
    return bool(offsets_within(movers, start, d.span.end))


@lru_cache(maxsize=4)
def _heads(key: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The proposal headings ("Officer's recommendation") just before a decision, and the consent words."""
    words = vocabulary(key)
    return (re.compile(rf"(?i:{alternation(words['proposal_headings'])})\W*$"),
            re.compile(rf"(?i:{alternation(words['consent_words'])})"))


def _officers(doc: Document, d: Decision, key: str) -> bool:
    """Is the decision the proposal under an "Officer's recommendation" heading, not the body's outcome?"""
    return _heads(key)[0].search(doc.text[max(0, d.span.start - 60):d.span.start]) is not None


def _after_consent(kept: list[Decision], key: str) -> bool:
    """Is the decision before this one a motion adopting a consent agenda?"""
    return bool(kept) and kept[-1].cue == "motion" and _heads(key)[1].search(kept[-1].text) is not None


def _words(text: str) -> Counter[str]:
    return Counter(WORD.findall(text.lower()))


def _recorded_later(doc: Document, motion: Decision, later: list[Decision]) -> bool:
    """A resolution later in the motion's item in nearly its words (the substantive motion as resolved)."""
    mine, item = _words(motion.text), doc.section_at(motion.span.start)
    for d in later:
        if d.kind != "resolution" or d.span.start - motion.span.end > RECORD_REACH:
            continue
        if doc.section_at(d.span.start) != item and sum(mine.values()) < 15:
            continue  # a short motion needs its resolution in its own item; a long one's words are evidence enough
        theirs = _words(d.text)
        if 2 * sum((mine & theirs).values()) / max(1, sum(mine.values()) + sum(theirs.values())) >= SAME_WORDS:
            return True
    return False


def carried_by_decision(doc: Document) -> None:
    """A motion with no outcome of its own whose decision the minutes record ("... proposed by X, seconded by
    Y, and resolved", "RESOLVED: That ...") was carried; its evidence is the decision."""
    for n, motion in enumerate(doc.motions):
        if motion.result is not None:
            continue
        span = motion.decision or next((d.span for d in doc.decisions if d.span.start < motion.span.end
                                        and motion.span.start < d.span.end), None)
        if span is not None:
            doc.motions[n] = dataclasses.replace(motion, result="carried", evidence={**motion.evidence, "result": span})


def movers_from_motions(doc: Document) -> None:
    """A decision with no mover of its own takes its motion's mover and seconder (the first motion, not an
    amendment, that produced it), as the motion names them: a name, else the office."""
    at: dict[Span, int] = {}
    for n, d in enumerate(doc.decisions):
        at.setdefault(d.span, n)
    for motion in doc.motions:
        k = at.get(motion.decision) if motion.decision is not None else None
        if k is None or motion.classification != "motion" or doc.decisions[k].moved_by is not None:
            continue
        decision = doc.decisions[k]
        doc.decisions[k] = dataclasses.replace(
            decision, moved_by=motion.moved_by or motion.moved_by_role,
            seconded_by=motion.seconded_by or motion.seconded_by_role,
            evidence={**decision.evidence, **{k: v for k, v in motion.evidence.items() if k in MOVER_KEYS}})


def resolve_roles(doc: Document, names: dict[str, str]) -> None:
    """Replace role-only movers and seconders of motions and decisions by the role holder's name."""
    if not names:
        return
    for n, motion in enumerate(doc.motions):
        moved = motion.moved_by or names.get(motion.moved_by_role or "")
        seconded = motion.seconded_by or names.get(motion.seconded_by_role or "")
        if (moved, seconded) != (motion.moved_by, motion.seconded_by):
            doc.motions[n] = dataclasses.replace(motion, moved_by=moved, seconded_by=seconded)
    for n, decision in enumerate(doc.decisions):
        moved = names.get(decision.moved_by or "", decision.moved_by)
        seconded = names.get(decision.seconded_by or "", decision.seconded_by)
        if (moved, seconded) != (decision.moved_by, decision.seconded_by):
            doc.decisions[n] = dataclasses.replace(decision, moved_by=moved, seconded_by=seconded)
