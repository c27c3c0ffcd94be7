"""Which decision each motion produced, and the motion's words from it.

Used by the motions stage once its motions and the decisions stage's decisions are known: the link
stage then gives each decision its motion's mover and seconder.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache

from ...document import Decision, Document, Motion
from ...lexicon import alternation
from ...settings import vocabulary
from ...text.scan import block_position, offsets_within
from ._motiondecisions import sentence

FOLLOWING_BLOCKS = 3  # a motion's decision opens within this many blocks after its seconder
WORD = re.compile(r"\w+")


def attach(doc: Document, key: str) -> None:
    """Read the decision each motion produced (by its span) and take its words from it."""
    decisions = sorted(doc.decisions, key=lambda d: d.span.start)
    movers = sorted(m.evidence["moved_by"].start for m in doc.motions)
    for n, motion in enumerate(doc.motions):
        later = bisect.bisect_right(movers, motion.evidence["moved_by"].start)  # the next mover: bisection, not a scan of all
        decision = _decision_for(doc, motion, decisions, movers[later] if later < len(movers) else len(doc.text),
                                  movers, key)
        if decision is None:
            continue
        evidence = dict(motion.evidence)
        if not motion.text or decision.text in motion.text:  # the words, as the decision records them
            evidence.pop("statement", None)
            evidence["text"] = decision.span
        doc.motions[n] = dataclasses.replace(motion, decision=decision.span, evidence=evidence,
                                             text=motion.text if "statement" in evidence else decision.text)


def _decision_for(doc: Document, motion: Motion, decisions: list[Decision], next_mover: int,
                  movers: list[int], key: str) -> Decision | None:
    """The decision the motion produced, found by the paper's structure, never by a distance in
    characters: in the motion's own agenda item, either one opening within the blocks right after
    the seconder (before any other heading), or one closing in the block just before "MOVED: Cr X".
    A lost or withdrawn motion produced no later resolution. Before the mover, the decision whose
    sentence holds it ("C. Hart was proposed by Mrs Lowe and seconded by ... and duly elected") comes
    first, unless that sentence only names the motion ("The motion was proposed by X and agreed": its
    words are the decision before); a decision holding another motion's mover is that motion's."""
    start = motion.evidence["moved_by"].start
    end = motion.evidence.get("seconded_by", motion.evidence["moved_by"]).end
    item = doc.section_at(start)
    failed = motion.result in ("lost", "withdrawn")
    own = [d for d in decisions if doc.section_at(d.span.start) == item]
    # a motion with its own words and outcome ("... to approve X. The motion passed.") produced no later
    # recommendation; a RESOLVED after "Agreed unanimously." still records it
    closed = motion.evidence["result"].end if "text" in motion.evidence and "result" in motion.evidence else None
    last = block_position(doc, end)
    # within the agenda item, any decision before the next motion (past a recorded vote's lists);
    # in a paper without numbered items, one opening within a few blocks
    after = [d for d in decisions if not failed and end <= d.span.start < next_mover
             and d.span.end <= next_mover  # a decision that holds the next mover is the next motion's
             and (item is not None and d in own or block_position(doc, d.span.start) - last <= FOLLOWING_BLOCKS)
             and (closed is None or d.span.start < closed or d.kind != "recommendation")
             and (d in own or not _between(doc, end, _block_start(doc, d.span.start)))]
    first = block_position(doc, start)
    # "The Notice of Motion was proposed by X ... and agreed": its words are the item's last decision before it
    named = item is not None and _names_motion(key).match(doc.text, sentence(doc, start, end).start) is not None
    before = [d for d in own if d.span.start <= start and not _between(doc, d.span.end, start)
              and (first - block_position(doc, d.span.end) <= 1 or (named and d.kind == "motion"))]
    holding = [d for d in before if start < d.span.end and not _names_motion(key).match(d.text)]
    earlier = [d for d in before if d.span.end <= start
               and all(m == start for m in offsets_within(movers, d.span.start, d.span.end))]
    itself = [d for d in before if start < d.span.end]  # no words before it: the sentence naming the motion
    # a decision that holds the whole motion, mover to seconder, and goes on past it ("..., Cllr A proposed that
    # the policy be approved, Cllr B seconded it, all were in favour."), is its decision before any later one;
    # not one that only runs into the next decision's lead-in ("... It was proposed by A, seconded by B, and")
    whole = [d for d in holding if end <= d.span.end and len(WORD.findall(doc.text, end, d.span.end)) >= 2]
    if named and earlier and after and after[0].kind == "recommendation":
        after = []  # "The Motion was proposed by X ..." then an officer's reply recommending: the words before
    return next(iter(whole or after or holding or (earlier[::-1] if named else earlier) or itself), None)


@lru_cache(maxsize=8)
def _names_motion(key: str) -> re.Pattern[str]:
    """A sentence opening with a reference to the motion it settles: "The Notice of Motion was ...", "This was ..."."""
    return re.compile(rf"(?i:{alternation(vocabulary(key)['motion_references'])})\b")


def _block_start(doc: Document, offset: int) -> int:
    """Where the block holding `offset` starts: "2. RESOLVED that ..." is numbered as an item of its own."""
    block = doc.block_at(offset)
    return block.span.start if block is not None else offset


def _between(doc: Document, end: int, start: int) -> bool:
    """An agenda heading between a decision and a mover: they belong to different items."""
    return any(end <= s.heading.start < start for s in doc.sections)
