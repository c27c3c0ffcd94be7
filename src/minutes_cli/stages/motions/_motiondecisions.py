"""Motions that are decisions of their own.

Used by the motions stage once motions are found and their decisions read: a motion carried or lost
with no RESOLVED recording it is a decision (its text the sentence stating it). The outcome a recorded
decision gives its motion, and a recommendation the next motion acted on, are the link stage's.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from functools import lru_cache

from ...document import Decision, Document, Motion, Span
from ...lexicon import alternation
from ...settings import vocabulary
from ...text.movers import mover_patterns
from ...text.numbering import split_items

MOVER_KEYS = ("moved_by", "seconded_by")
# The end of a sentence: a full stop before a space or line end (not "Cllr." or "2.5")
SENTENCE_STOP = re.compile(r"(?<=[a-z0-9)])\.(?=\s|$)|\n")
# A tally after an outcome word: " 6-0", " 5-0-1", " unanimously"
TALLY_TAIL = re.compile(r"[ \t]*(?:\d{1,2}-\d{1,2}(?:-\d{1,2})?\b|unanimously\b)")
# Words that open a resolution's text of their own, as written after labelled movers: "THAT the minutes ...",
# "That Council note ..." (not "to approve ...", which goes on the movers' sentence)
WORDS_OWN = re.compile(r"[\u201c\"']?(?:That|THAT)\b")
MOVER_GAP = " \t\n,;:.*_-\u2013"  # what may stand between the labelled movers and their words
# A list label before a statement: "(a) ", "2. ", "iv) "
LIST_LABEL = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+")
# A bullet glyph inside a line (lists flattened into one paragraph): "  Minutes approved"
BULLET = re.compile(r"[ \t][\uf0b7\u2022\u25aa\u25cf]\s*")


def own_decisions(doc: Document, key: str) -> None:
    """A motion carried or lost with no decision is itself a decision (kind "motion"): the sentence that
    states it ("Director Kay made the motion to approve ...", "Moved by Roe to adjourn. Motion carried 5-0.").

    These are new items, created here (the motions stage *appends* to `decisions`, see
    `declarations.BUILT_IN`): no decision another stage made is changed. Which decisions are one
    (a recommendation the motion acted on) is settled by the link stage."""
    added = False
    for n, motion in enumerate(doc.motions):
        marked = _marked(doc, motion.evidence["moved_by"], key)
        if motion.decision is not None or (motion.result not in ("carried", "lost") and not marked):
            continue  # "Budget approved – A. Prest (motion), C. Dale (second)" records a decision, result or not
        if any(d.span.start < motion.span.end and motion.span.start < d.span.end for d in doc.decisions):
            continue  # the decisions stage already has it
        span = _statement(doc, motion, key)
        evidence = {k: v for k, v in motion.evidence.items() if k in (*MOVER_KEYS, "result", "text")}
        doc.decisions.append(Decision(  # the decision's text is the text at its span
            "motion", " ".join(span.text(doc).split()), span, items=split_items(doc, span), status=motion.result,
            decided_by=doc.metadata.get("body"), date=doc.metadata.get("meeting_date"),
            moved_by=motion.moved_by or motion.moved_by_role, seconded_by=motion.seconded_by or motion.seconded_by_role,
            cue="motion", evidence=evidence))
        doc.motions[n] = dataclasses.replace(motion, decision=span)
        added = True
    if added:
        doc.decisions.sort(key=lambda d: (d.span.start, d.span.end))


def _statement(doc: Document, motion: Motion, key: str) -> Span:
    """From the sentence naming the mover to the end of the words moved, and on over the outcome when it
    closes the same line or stands on a short line of its own just after ("4-0. Motion carries")."""
    ev = motion.evidence
    start = min(ev["statement"].start if "statement" in ev else sentence(doc, ev["moved_by"].start,
                                                                          ev["moved_by"].end).start,
                ev["text"].start if "text" in ev else len(doc.text))
    before = doc.text[start:ev["moved_by"].start].rstrip()
    labelled = _labelled(doc, ev["moved_by"], key)
    if labelled and "text" in ev and WORDS_OWN.match(doc.text, ev["text"].start) and not doc.text[
            ev.get("seconded_by", ev["moved_by"]).end:ev["text"].start].strip(MOVER_GAP):
        # "Moved by Cr A, seconded by Cr B / THAT the report be received" (a resolution's number, if any, before
        # the labels: "Resolution #C-251-95 Moved by ..."): the words after the labels are the decision
        return Span(ev["text"].start, len(doc.text[:ev["text"].end].rstrip(" ,;\n")))
    if labelled and not before.endswith(":") and len(before.split()) >= 4:
        start = ev["moved_by"].start  # "July 23 minutes Motioned by Board member Lee, ...": from the label
    if _marked(doc, ev["moved_by"], key):  # "A. Prest (motion), C. Dale (second)"
        return _from(doc, start, ev.get("seconded_by", ev["moved_by"]).end, ev)
    end = max(s.end for k, s in ev.items() if k in ("statement", "text", "seconded_by", "moved_by"))
    stop = SENTENCE_STOP.search(doc.text, end, min(len(doc.text), end + 300))
    end = stop.start() + (doc.text[stop.start()] == ".") if stop and "text" not in ev else end
    end = run_on(doc, end, len(doc.text))
    result = ev.get("result")
    if result is not None and result.start >= end and len(doc.text[end:result.start].strip(" .,;\n")) <= 12:
        tally = TALLY_TAIL.match(doc.text, result.end)  # "Motion Carried 6-0.", "4-0. Motion carries"
        end = tally.end() if tally else result.end
        end += doc.text.startswith(".", end)
    return _from(doc, start, end, ev)


def _marked(doc: Document, moved_by: Span, key: str) -> bool:
    """Is the mover named with a mark after the name ("A. Prest (motion)"), not a name's own brackets
    ("Councillor Collins (M)")?"""
    return _mark(key).search(doc.text, moved_by.start, moved_by.end) is not None


@lru_cache(maxsize=8)
def _mark(key: str) -> re.Pattern[str]:
    return re.compile(rf"\((?i:{alternation(vocabulary(key)['mover_marks'])})\)$")


def _labelled(doc: Document, moved_by: Span, key: str) -> bool:
    """Is the mover named after a label ("Moved by Roe", "Motioned by Board member Lee")?"""
    labels = mover_patterns(key).pairs[:2] + mover_patterns(key).movers[:3]
    return any(p.match(doc.text, moved_by.start) is not None for p in labels)


def _from(doc: Document, start: int, end: int, ev: Mapping[str, Span]) -> Span:
    """The statement's span, cut at a bullet inside the line and without a leading list label."""
    if (cut := BULLET.search(doc.text, ev["moved_by"].end, end)) is not None:
        end = cut.start()  # "... (motion), C. Dale (second)  Next point": a bullet ends it
    start = max([start] + [b.end() for b in BULLET.finditer(doc.text, start, ev["moved_by"].start)])
    start += len(doc.text[start:end]) - len(doc.text[start:end].lstrip(" \uf0b7\u2022\u25aa\u25cf"))
    if (label := LIST_LABEL.match(doc.text, start, end)) is not None:
        start = label.end()  # "(a) COUNCIL MEMBER BROOKS MOVED, ...": the label is the list's, not the words
    return Span(start, len(doc.text[:end].rstrip(" ,;\n")))


def sentence(doc: Document, start: int, end: int) -> Span:
    """The sentence that holds the mover: back to ". " or a line break, on to the next full stop."""
    lo = max(0, start - 300)  # at most 300 characters back (else the sentence ran from offset 1: quadratic)
    newline, stop_at = doc.text.rfind("\n", lo, start), doc.text.rfind(". ", lo, start)
    back = max(newline, stop_at + 1 if stop_at >= 0 else -1)
    first = back + 1 if back >= 0 else lo
    stop = SENTENCE_STOP.search(doc.text, end, min(len(doc.text), end + 600))
    last = stop.start() + 1 if stop else min(len(doc.text), end + 600)
    return Span(first + len(doc.text[first:last]) - len(doc.text[first:last].lstrip()), last)


# A list label opening a block: "1.", "(a)", "ii)", "- ", "• ", any other bullet glyph
ITEM_LABEL = re.compile(r"^\W{0,2}(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[^\w\s\"\u201c(])\s")
OPEN_QUOTES, CLOSE_QUOTES = ("\u201c", '"'), ("\u201d", '"')


def run_on(doc: Document, end: int, limit: int) -> int:
    """Words that end with a colon go on below: over the quotation that follows ("seconded the following
    amendment:" then “...”), or over the list ("as follows:" then 1. 2. 3.)."""
    if not doc.text[:end].rstrip(" *").endswith(":"):
        return end
    block = doc.block_at(max(0, end - 1))
    nxt = doc.block_at(block.span.end + 1) if block is not None else None
    if nxt is None or nxt.span.start >= limit:
        return end
    first = nxt.span.text(doc)
    if first.startswith(OPEN_QUOTES):
        close = nxt
        for _ in range(40):
            if close.span.text(doc).rstrip().endswith(CLOSE_QUOTES) or close.span.end >= limit:
                return min(close.span.end, limit)
            following = doc.block_at(close.span.end + 1)
            if following is None or following.span.start <= close.span.start:
                return end
            close = following
        return end
    while nxt is not None and nxt.span.start < limit and ITEM_LABEL.match(nxt.span.text(doc)):
        end = nxt.span.end
        following = doc.block_at(nxt.span.end + 1)
        nxt = following if following is not None and following.span.start > nxt.span.start else None
    return end
