"""Find resolutions, decisions, recommendations and motions, with their numbered items.

Reads: text, blocks, metadata (kind, body, meeting_date, status). Writes: decisions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...document import Decision, Document, Span
from ...lexicon import alternation
from ...settings import Settings, vocabulary
from ...text.numbering import ItemSequence, split_items
from ...text.scan import block_position
from ...text.tables import table_decisions
from ._bounds import (
    MOTION_WORDS,
    after_moved,
    after_movers,
    after_proposers,
    closing_outcome,
    continues_below,
    continues_sentence,
    hard_stop,
    motion_after_seconder,
    movers_end,
    quote_end,
    quoted_motion,
    settled_proposal,
    stops,
)
from ._cues import (
    HEADING_CUE,
    MOTION_BLOCK,
    RECOMMEND_SENTENCE,
    THAT_BLOCK,
    Segment,
    notice_of_motion,
    resolution_opener,
    segments,
)
from ._duplicates import drop_duplicates
from ._narrative import narrative_decisions, narrative_families
from ._news import news_outcomes
from ._prefilter import AT_BLOCK_FAMILIES, CueBlocks, block_cues, block_families
from ._status import decision_status

# "1. To note ...", "(a) That ...", "ii) agree ..."
ITEM_START = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s|^[A-H]\)\s")
# A list item that opens with a prose outcome word: "2. Agreed to ...", "(b) Noted the ..."
PROSE_ITEM = re.compile(r"^\W*\w{1,4}[.)]\s+(?:Agreed|Noted|Approved|Resolved|Decided)\b")
# The council's own kind in the heading: "Stoke Ferry Parish Council" -> "parish"
OWN_COUNCIL = re.compile(r"\b(?P<w>[A-Z][a-z]+)\s+Council\b")

def find_decisions(doc: Document, settings: Settings) -> None:
    """Append one Decision per decision block or sentence, in text order, duplicates dropped."""
    key = settings.lexicon_key
    found, claimed = table_decisions(doc, key)
    field_blocks = {b.span.start for f in doc.fields if (b := doc.block_at(f.span.start)) is not None}
    cues, i = block_cues(doc, {**block_families(key), **narrative_families(key)}), 0
    holding = _candidates(cues)
    while i < len(doc.blocks):
        if (holding is not None and i not in holding) or doc.blocks[i].span.start in field_blocks or i in claimed:
            i += 1  # no cue's words; or "Key Decision: Yes", which is metadata
            continue
        decisions, i = _at_block(doc, i, key, cues)
        found.extend(d for d in decisions if not _in_field(doc, d, field_blocks))
    kind = doc.metadata.get("kind")
    if kind in ("minutes", "decision", "other"):
        found.extend(_narrative(doc, found, key, cues))
    found.extend(_settled(doc, found, key, cues))
    if kind in ("news", "other"):  # an "other" paper may be a news report: its outcomes outside those found
        found.extend(_news_outcomes(doc, key, found))
    found.sort(key=lambda d: (d.span.start, d.span.end))
    doc.decisions.extend(drop_duplicates(doc, found))


def _in_field(doc: Document, decision: Decision, field_blocks: set[int]) -> bool:
    """Does `decision` open on a labelled field's line? A notice titled "Record of Executive Decision"
    is a lone cue whose words below are "Decision Maker: Cabinet Member for Highways": metadata."""
    block = doc.block_at(decision.span.start)
    return block is not None and block.span.start in field_blocks


def _candidates(cues: CueBlocks) -> set[int] | None:
    """The blocks where some cue of `_at_block` may be: those holding its words, and those after a
    seconder's line (a motion's words follow it); None for every block."""
    holding, seconded = cues.blocks(AT_BLOCK_FAMILIES - {"seconded"}), cues.blocks({"seconded"})
    if holding is None or seconded is None:
        return None
    return holding | seconded | {j + 1 for j in seconded}


def _at_block(doc: Document, i: int, key: str, cues: CueBlocks) -> tuple[list[Decision], int]:
    """Try every cue on block i (where its words are: `cues`); return its decisions and the next block."""
    block = doc.blocks[i]
    line = block.span.text(doc)
    if cues.may("openers", i) and (m := resolution_opener(key).search(line)) is not None:
        # "Be it resolved that ..." keeps its words
        return _listed(_collect(doc, i, block.span.start + m.start("cue"), "resolution", m.group("cue"), key=key))
    if cues.may("heading", i) and (m := HEADING_CUE.match(line)) is not None:
        return _listed(_collect(doc, i, block.span.end, "recommendation", m.group("cue"), heading=True, key=key))
    if cues.may("segments", i) and (segs := segments(line, key)):
        return _from_segments(doc, i, segs, key)
    if cues.may("recommend", i) and (m := RECOMMEND_SENTENCE.search(line)) is not None:
        return _listed(_collect(doc, i, block.span.start + m.start(), "recommendation", m.group("cue"), single=True, key=key))
    if cues.may("notice", i) and (m := notice_of_motion(key).search(line)) is not None:
        return _listed(_collect(doc, i, block.span.start + m.start(), "motion", "I will move", single=True, key=key))
    if cues.may("motion", i) and MOTION_BLOCK.match(line):
        return _listed(_collect(doc, i, block.span.start, "motion", "motion", single=True, key=key))
    if (at := quoted_motion(line)) is not None:
        return _listed(_collect(doc, i, block.span.start + at, "motion", "seconded", key=key))
    if doc.metadata.get("kind") != "news" and ((cues.may("that", i) and THAT_BLOCK.match(line)) or (
            i > 0 and cues.may("seconded", i - 1) and motion_after_seconder(doc, i, key))):
        kind = "motion" if after_moved(doc, i) else "resolution"
        return _listed(_collect(doc, i, block.span.start, kind, "that", key=key))
    return [], i + 1


def _listed(result: tuple[Decision | None, int]) -> tuple[list[Decision], int]:
    return ([result[0]] if result[0] is not None else []), result[1]


def _from_segments(doc: Document, i: int, segs: list[Segment], key: str) -> tuple[list[Decision], int]:
    """One decision per cue in the block; the last may run on over the following blocks."""
    block = doc.blocks[i].span
    out: list[Decision] = []
    nxt = i + 1
    for k, seg in enumerate(segs):
        start = block.start + seg.start
        if k == len(segs) - 1 and seg.end >= len(block.text(doc).rstrip()):
            # an in-block cue with words after it ("..., it was agreed that X") is complete
            inline = seg.start > 0 and not _wants_body(block.text(doc)[seg.start:])
            decision, nxt = _collect(doc, i, start, seg.kind, seg.cue, single=inline, key=key)
        else:
            decision = _make(doc, Span(start, block.start + seg.end), seg.kind, seg.cue, block, key)
        if decision is not None:
            out.append(decision)
    return out, max(nxt, i + 1)


def _wants_body(rest: str) -> bool:
    """True when a cue's own words promise more to come: empty, "that", or ending in a colon."""
    if rest.rstrip(" *").endswith(":"):
        return True
    rest = rest.strip(" *:-–—")
    return not rest or rest.lower() in ("that", "to", "t h a t")


def _collect(doc: Document, i: int, start: int, kind: str, cue: str, heading: bool = False,
             single: bool = False, key: str = "en") -> tuple[Decision | None, int]:
    """Extend a decision over the blocks that belong to it; split out its items."""
    blocks = doc.blocks
    if (close := quote_end(doc, i, start)) is not None:  # a quoted motion: its own quotes bound it
        return _make(doc, Span(start, blocks[close].span.end), kind, cue, blocks[i].span, key), close + 1
    end = blocks[i].span.end
    j = i + 1
    need_body = heading or _wants_body(doc.text[start:end])
    # A decision notice's "Decision:" label alone: its body runs to the next label ("Publication date:")
    notice = need_body and not heading and doc.metadata.get("kind") == "decision"
    seen_list = False
    sequence = ItemSequence()
    if start == blocks[i].span.start:  # "1. That ..." opens the list it belongs to
        sequence.accepts(doc.text[start:end])
    while j < len(blocks) and not single:
        text = blocks[j].span.text(doc)
        is_item = blocks[j].kind == "list_item" or bool(ITEM_START.match(text))
        if (notice and j > i + 1 and not is_item and not stops(text, key)) or (
                not is_item and j - i <= 3 and continues_sentence(doc.text[start:end], text, key)):
            end, j = blocks[j].span.end, j + 1
            continue
        if is_item and PROSE_ITEM.match(text) and sequence.continues(text):
            sequence.accepts(text)  # "1. That ...;" then "2. Agreed to ...;": the list goes on
            seen_list, end, j = True, blocks[j].span.end, j + 1
            continue
        if stops(text, key) and not (need_body and not seen_list and not hard_stop(text, key)):
            break
        if is_item and not sequence.accepts(text, first_is_one=not need_body):
            break
        if not is_item and (not need_body or (seen_list and not heading)):
            break
        seen_list = seen_list or is_item
        need_body = (need_body and not is_item and heading) or text.rstrip(" *").endswith(":")
        end = blocks[j].span.end
        j += 1
    return _make(doc, Span(after_movers(doc, start, end, key), end), kind, cue, blocks[i].span, key), max(j, i + 1)


def _make(doc: Document, span: Span, kind: str, cue: str, cue_block: Span, key: str = "en") -> Decision | None:
    trimmed = _trim(doc, span)
    if trimmed is not None:  # "It was proposed that X. ... Resolved 16/09/6/9.1": the decision is X's sentence
        trimmed = after_proposers(doc, settled_proposal(doc, trimmed, key) or trimmed, key)
        trimmed = Span(after_movers(doc, trimmed.start, trimmed.end, key), trimmed.end)
    if trimmed is None or len(trimmed.text(doc)) < 3 or _not_a_decision(key).match(trimmed.text(doc)):
        return None
    text = " ".join(trimmed.text(doc).split())
    return Decision(
        kind=kind, text=text, span=trimmed, items=split_items(doc, trimmed),
        status=decision_status(doc, kind, text, trimmed, key), decided_by=doc.metadata.get("body"),
        date=doc.metadata.get("meeting_date"), cue=cue, evidence={"cue": cue_block})


def _narrative(doc: Document, found: list[Decision], key: str, cues: CueBlocks) -> list[Decision]:
    """Outcomes recorded in prose, outside the spans that cues already claimed."""
    meta = doc.metadata
    head = " ".join(str(meta.get(k) or "") for k in ("title", "body", "authority"))
    own = {m.group("w").lower() for m in OWN_COUNCIL.finditer(head)} - {"the", "county", "city", "district"}
    taken = [d.span for d in found]
    out: list[Decision] = []
    claimed = list(taken)  # and the spans of the decisions made here (one may take the block below its sentence)
    for span, cue in narrative_decisions(doc, own, key, cues):
        if any(span.start < t.end and t.start < span.end for t in claimed):
            continue
        if cue == "proposed" and MOVER_LINE.match(span.text(doc)) and _introduces(span, taken):
            continue  # "Proposed by X, seconded by Y." before a RESOLVED: that resolution's movers
        body = _below_leadin(doc, span, taken, key) if cue == "proposed" else None
        if body == "taken":
            continue  # "It was proposed by X, seconded by Y and" / "RESOLVED: That ...": the resolution's movers
        decision = body if isinstance(body, Decision) else _make(doc, span, "resolution", cue, span, key)
        if decision is not None:
            out.append(decision)
            claimed.append(decision.span)
    return out


def _below_leadin(doc: Document, span: Span, taken: list[Span], key: str) -> Decision | str | None:
    """A sentence that is only movers and the outcome ("Proposed by Cllr A, seconded by Cllr B and resolved:")
    has its words in the next block: the decision there (a quotation, "That ..."), or "taken" when a decision
    already opens there; None when the sentence has words of its own."""
    stop = movers_end(doc, span.start, span.end, key)
    block = doc.block_at(span.start)
    if (stop is None or block is None or block.span.end > span.end + 2
            or not continues_below(doc.text[stop:span.end].strip(" .:;,-–*"), key)):
        return None
    i = block_position(doc, block.span.start) + 1
    if i >= len(doc.blocks):
        return None
    nxt = doc.blocks[i].span
    if any(nxt.start <= t.start < nxt.end for t in taken):
        return "taken"
    if not MOTION_WORDS.match(doc.text, nxt.start, nxt.end):
        return None
    return _collect(doc, i, nxt.start, "resolution", "resolved", key=key)[0]


def _settled(doc: Document, found: list[Decision], key: str, cues: CueBlocks) -> list[Decision]:
    """Proposals settled by a bare outcome closing their paragraph (in blocks with a proposal's verb),
    where no cue claimed them."""
    spans = [s for i, b in enumerate(doc.blocks) if cues.may("proposal", i)
             and (last := closing_outcome(doc, b.span, key)) is not None
             and (s := settled_proposal(doc, last, key)) is not None
             and not any(s.start < d.span.end and d.span.start < s.end for d in found)]
    return [m for s in spans if (m := _make(doc, s, "resolution", "resolved", s, key)) is not None]


# "Proposed by Cllr Ruth Oakes, seconded by Cllr Sam Kemp." (who moved, nothing of what)
MOVER_LINE = re.compile(r"^\W*(?:Proposed|Moved)\s+by\b", re.I)


def _introduces(span: Span, taken: list[Span], reach: int = 300) -> bool:
    """Does a formal decision start just after this sentence?"""
    return any(0 <= t.start - span.end <= reach for t in taken)


def _trim(doc: Document, span: Span) -> Span | None:
    text = span.text(doc)
    left = len(text) - len(text.lstrip(" *:-–—\n"))
    right = len(text.rstrip(" *|\n"))  # "... a correct record. | ||||" (a flattened table's cells)
    if right <= left:
        return None
    return Span(span.start + left, span.start + right)


@lru_cache(maxsize=8)
def _not_a_decision(key: str) -> re.Pattern[str]:
    """ "Decision: An apology for lateness was received ...", "Decision: None": records, not outcomes."""
    return re.compile(rf"^(?:{alternation(vocabulary(key)['not_decision_openers'])})\b", re.I)


def _news_outcomes(doc: Document, key: str, taken: list[Decision]) -> list[Decision]:
    """Outcomes a news article reports as decided, one per matching sentence, outside decisions found."""
    out = []
    for found in news_outcomes(doc, key):
        span = _trim(doc, found)
        if span is None or any(span.start < d.span.end and d.span.start < span.end for d in taken):
            continue
        words = " ".join(span.text(doc).split())
        out.append(Decision("decision", words, span, status=decision_status(doc, "decision", words, span, key), cue="news"))
    return out
