"""Where a decision block starts and stops: stop lines, motions after their mover, quoted motions.

Used by the decisions stage: "Moved by X / Seconded by Y" then the motion's words, "Mr A proposed
and Mr B seconded the following amendment:" then a quotation spanning several blocks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document, Span
from ...lexicon import alternation
from ...loaders.reflow import LABEL
from ...settings import vocabulary
from ...text.lowered import led
from ...text.movers import mover_patterns, who_end
from ._cues import (
    CLOSE_QUOTES,
    HEADING_CUE,
    MOVED_LINE,
    OPEN_QUOTES,
    SECONDED_LINE,
    SECONDED_MOTION,
    block_cue,
    stop_line,
)

# A motion's words opening with its verb: "Approve that ...", "Receive the report", "THAT the ..."
MOTION_VERB = re.compile(r"^(?:[A-Z][a-z]+\s+(?:that|the)|THAT|That)\b\s+\w")


def stops(text: str, key: str = "en") -> bool:
    """A block that ends the decision before it: a new cue, a label, a stop line, a short title."""
    if block_cue(key).match(text) or HEADING_CUE.match(text) or stop_line(key).match(text):
        return True
    if LABEL.match(text) and len(text.split(":", 1)[0]) < 40:
        return True
    return len(text) < 60 and not re.search(r"[.;:,]$", text) and not re.match(r"^\(?\w{1,4}[.)]", text)


def continues_sentence(before: str, text: str, key: str = "en") -> bool:
    """A line that carries on the sentence before it, broken by the page ("agreed to share the cost" /
    "With BVC, PCC and the hall committee."): the words before end mid-sentence, this line opens in lower
    case or with a joining word (lexicon `continuation_words`), and it is no label."""
    tail = before.rstrip(" *")
    if not tail or not (tail[-1].isalnum() or tail[-1] in "£$%,") or len(before.split()) < 4:
        return False
    first = text.split(maxsplit=1)[0] if text.split() else ""
    if not (first[:1].islower() or first.lower() in _joining(key)):
        return False
    return not (block_cue(key).match(text) or HEADING_CUE.match(text) or stop_line(key).match(text) or LABEL.match(text))


@lru_cache(maxsize=8)
def _joining(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary(key)["continuation_words"])


def hard_stop(text: str, key: str = "en") -> bool:
    """A stop even where a decision still wants its body: another cue, "Reasons", "Vote"."""
    return bool(block_cue(key).match(text) or stop_line(key).match(text))


def after_moved(doc: Document, i: int) -> bool:
    """True when one of the three blocks before i moves or seconds a motion."""
    for j in range(max(0, i - 3), i):
        text = doc.blocks[j].span.text(doc)
        if MOVED_LINE.match(text) or SECONDED_LINE.match(text) or _moves_motion(text):
            return True
    return False


def _moves_motion(text: str) -> bool:
    """ "Mr A proposed and Mr B seconded the following amendment:" (the motion's words follow)."""
    m = SECONDED_MOTION.search(text) if "econded" in text else None
    return m is not None and m.end() >= len(text.rstrip())


def quoted_motion(line: str) -> int | None:
    """Where a quoted motion starts inside its block: "... seconded the motion that “Council ..."."""
    m = SECONDED_MOTION.search(line) if "econded" in line else None
    return m.end() if m is not None and m.end() < len(line.rstrip()) else None


def motion_after_seconder(doc: Document, i: int, key: str = "en") -> bool:
    """The words of a motion straight after "Moved by X / Seconded by Y" lines, or quoted after
    "X proposed and Y seconded the motion that"."""
    if i == 0:
        return False
    before, line = doc.blocks[i - 1].span.text(doc), doc.blocks[i].span.text(doc)
    if line.startswith(OPEN_QUOTES) and _moves_motion(before):
        return True
    if not SECONDED_LINE.match(before):
        return False
    if MOTION_VERB.match(line):  # "Approve that the communication ..." however short
        return True
    return len(line) >= 20 and not (stops(line, key) or line.rstrip(" *").endswith(":"))


def quote_end(doc: Document, i: int, start: int) -> int | None:
    """The block that closes a quotation opened where the decision starts, if it spans blocks."""
    if not doc.text.startswith(OPEN_QUOTES, start) or doc.blocks[i].span.text(doc).rstrip().endswith(CLOSE_QUOTES):
        return None
    for j in range(i + 1, min(i + 40, len(doc.blocks))):
        if doc.blocks[j].span.text(doc).rstrip().endswith(CLOSE_QUOTES):
            return j
    return None


# Words of a motion after its movers: "That the report be received", "To approve ...", '"That ...', "to defer ..."
MOTION_WORDS = re.compile(r"[\u201c\"']?(?:That|THAT|that|To|TO|to)\b")
GAP = re.compile(r"[\s,;.]*")
_JOIN = re.compile(r"(?:and\s+)?")  # "Proposed by Cllr A and seconded by Cllr B"
LABELLED_PAIR = re.compile(r":.*\b(?i:second\w*)\s*:")  # "Moved: ... Seconded: ..."
REFERENCE = re.compile(r"(?:[A-Z]{0,4}\d{1,4}/\d{1,4}(?:/\d{1,4})*[ \t]+)?")  # a resolution's number: "17/401 "


def continues_below(rest: str, key: str = "en") -> bool:
    """Do the words left on a lead-in's line promise its words below: none, or a joining word
    ("It was proposed by X, seconded by Y and" / "RESOLVED: That ...")?"""
    return not rest or rest.lower() in _joining(key)


def after_movers(doc: Document, start: int, end: int, key: str) -> int:
    """Where the words begin when the movers stand first: "Council Resolution: Moved Cr Lee, seconded Cr Kay
    That the report be received" (label lines joined into one), "It was proposed by Cllr A, seconded by
    Cllr B and unanimously resolved: "That ..."" (the outcome told between movers and words)."""
    at = start + len(doc.text[start:end]) - len(doc.text[start:end].lstrip(" *:-–\n"))
    stop = movers_end(doc, at, end, key)
    if stop is None:
        return start
    # "Moved: Cr A Seconded: Cr B Council adjourn for Open Forum": labelled movers, then the words in capitals
    labelled = LABELLED_PAIR.search(doc.text, at, stop) is not None and doc.text[stop:stop + 1].isupper()
    return stop if MOTION_WORDS.match(doc.text, stop, end) or labelled else start


def movers_end(doc: Document, at: int, end: int, key: str) -> int | None:
    """Where a lead-in of movers opening at `at` ends, past the outcome it tells ("... and resolved:");
    None when no mover opens there."""
    patterns = mover_patterns(key)
    at = REFERENCE.match(doc.text, at, end).end()  # type: ignore[union-attr]  # "17/401 Cr C Gryllis/Cr R Gander"
    mover = next((m for p in patterns.pairs[:2] + patterns.movers[:3] + patterns.movers[5:] if (m := p.match(doc.text, at, end))), None)
    if mover is None:
        return None
    nxt = GAP.match(doc.text, who_end(mover, key)).end()  # type: ignore[union-attr]  # "Cr Dennis Palmer Seconded"
    nxt = _JOIN.match(doc.text, nxt).end()  # type: ignore[union-attr]
    second = next((m for p in patterns.seconders[:2] + patterns.seconders[4:] if (m := p.match(doc.text, nxt, end))),
                  None)
    stop = GAP.match(doc.text, who_end(second or mover, key)).end()  # type: ignore[union-attr]
    told = _outcome_told(key).match(doc.text, stop, end)
    return told.end() if told is not None else stop


@lru_cache(maxsize=8)
def _outcome_told(key: str) -> re.Pattern[str]:
    """The outcome between a lead-in's movers and the words: "and resolved:", "and unanimously agreed",
    "it was resolved", "and RESOLVED UNANIMOUSLY:" (lexicon `body_verbs`, `outcome_adverbs`, `unanimity_words`)."""
    words = vocabulary(key)
    adverbs = alternation([*words["outcome_adverbs"], *words["unanimity_words"]])
    # "and motion carried unanimously to approve ..." (Golden Valley): the motion's result told before its words
    result = rf"(?:the\s+)?(?:{alternation(words['motion_nouns'])})\s+(?:{alternation(words['motion_results'])})"
    return re.compile(rf"(?i:(?:and\s+)?(?:it\s+was\s+)?(?:(?:{adverbs})\s+)?(?:{alternation(words['body_verbs'])}|{result})"
                      rf"(?:\s+(?:{adverbs}))?)\b[\s:;,\-–]*")


@lru_cache(maxsize=8)
def _bare_outcome(key: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An outcome with no words of its own ("Resolved 16/09/6/9.1", "RESOLVED.") and the proposal
    sentence such an outcome settles ("It was proposed that ...")."""
    data = vocabulary(key)
    words = alternation([*data["decision_labels"], *data["outcome_openers"]])
    ref = r"[\w/.]*\d[\w/.]*?"  # a minute reference: "16/09/6/9.1"
    bare = re.compile(rf"^(?:(?i:{words})\b\s*[:.\-–]?\s*(?:{ref})?|{ref})\.?\s*(?:$|(?=[A-Z]))")
    proposal = re.compile(rf"\b(?i:{alternation(data['mover_verbs'])})\s+that\b")
    return bare, proposal


def settled_proposal(doc: Document, span: Span, key: str = "en") -> Span | None:
    """The sentence of the proposal before a bare outcome in the same block: "It was proposed that
    the quote be accepted. Proposed: Cllr A; seconded: Cllr B. All in favour. Resolved 16/09/6/9.1"
    is the proposal's decision. None when the outcome has words of its own or no proposal precedes."""
    bare, proposal = _bare_outcome(key)
    found_block = doc.block_at(span.start)
    if not bare.match(span.text(doc)) or found_block is None:
        return None
    block = found_block.span
    before = doc.text[block.start:span.start]
    found = list(proposal.finditer(before))
    if not found:
        return None
    at = found[-1].start()
    starts = [m.end() for m in SENTENCE_BREAK.finditer(before, 0, at)]
    start = starts[-1] if starts else len(before) - len(before.lstrip())
    end = SENTENCE_END.search(before, found[-1].end())
    if end is None:
        return None
    return Span(block.start + start, block.start + end.start() + 1)


SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])")
LAST_BREAK = re.compile(r"(?s:.*)[.!?]\s+(?=[A-Z])")  # where the last SENTENCE_BREAK ends (greedy: from the end)
SENTENCE_END = re.compile(r"\.(?=\s|$)")


@lru_cache(maxsize=8)
def _movers_then_that(key: str) -> re.Pattern[str]:
    data = vocabulary(key)
    return led(re.compile(rf"\b(?i:{alternation(data['mover_labels'])})\s+[^;:\n]{{1,80}}?\s+and\s+"
                          rf"(?i:{alternation(data['seconder_labels'])})\s+[^;:\n]{{1,80}}?\s+(?=[Tt]hat\b)"))


def after_proposers(doc: Document, span: Span, key: str = "en") -> Span:
    """A proposal told with its movers first: "Adoption of Accounts: It was proposed by A and seconded
    by B that the accounts be adopted" has the words "that the accounts be adopted"."""
    if "and" not in doc.text[span.start:span.end]:  # "... by A and seconded by B that": no "and", no movers
        return span
    m = _movers_then_that(key).search(doc.text, span.start, span.end)
    return Span(m.end(), span.end) if m is not None else span


def closing_outcome(doc: Document, block: Span, key: str = "en") -> Span | None:
    """A block's last sentence when it is an outcome with no words of its own, after the proposal it
    settles: "It was proposed that X. Proposed: Cllr A; seconded: Cllr B. All in favour. Resolved: 16/9/1"."""
    text = block.text(doc).rstrip()
    if (lastbreak := LAST_BREAK.match(text)) is None:
        return None
    last = Span(block.start + lastbreak.end(), block.start + len(text))
    bare, _ = _bare_outcome(key)
    if not bare.match(last.text(doc)) or not re.match(r"[^\W\d]", last.text(doc)):
        return None
    return last
