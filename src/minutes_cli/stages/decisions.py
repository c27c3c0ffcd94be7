"""Find resolutions, decisions, recommendations and motions, with their numbered items.

Reads: text, blocks, metadata (kind, body, meeting_date, status). Writes: decisions.
"""

from __future__ import annotations

import re

from ..document import Decision, Document, Span
from ..loaders.reflow import LABEL
from ..settings import Settings
from ._items import split_items
from .nlp import sentences

# "RESOLVED: That", "It was RESOLVED that", "Cabinet RESOLVED to", "RESOLVED - T H A T",
# "resolved:", "**And Resolved:**", "AGREED:", "DECIDED -", "RESOLUTION:", "Decision Made:"
CUE = re.compile(
    r"(?P<pre>^\W*|^[^\n]{0,120}?(?:\b(?:and\s+)?it\s+was\s+(?:unanimously\s+|duly\s+)?|\b(?:Cabinet|Council|"
    r"Committee|Board|Panel|Sub-Committee|Members|Executive)\s+(?:unanimously\s+)?))"
    r"(?P<cue>R\s?E\s?S\s?O\s?L\s?V\s?E\s?D|Resolved|resolved|AGREED|Agreed|agreed|DECIDED|Decided|"
    r"RESOLUTION|Resolution|NOTED|RECOMMENDED|R E C O M M E N D E D|Decision Made|Decision|DECISION|"
    r"Decisions? of (?:the )?[A-Z][\w ]{2,40}|Recommended)(?:\s+(?:unanimously|that|to))?\b\**"
    r"(?P<sep>\s*(?:[:\-–—]|\bthat\b|\bto\b|\bT\s?H\s?A\s?T\b)|\s*$)")
# A cue that is only a heading: "RECOMMENDATION(S)", "Recommendations:", "Decision Required"
HEADING_CUE = re.compile(
    r"^\W*(?P<cue>RECOMMENDATIONS?(?:\(S\))?|Recommendations?(?:\(s\))?|Decision Required|"
    r"Recommendation(?:s)? to (?:the )?[A-Z][\w ]{2,40}|Officer recommendations?)\s*:?\s*$")
# "We recommend that ...", "It is recommended that ...", "The Committee is recommended to ..."
RECOMMEND_SENTENCE = re.compile(
    r"\b(?P<cue>We recommend|It is recommended|(?:The|That the) [A-Z][\w ]{2,40} (?:is|are) "
    r"(?:asked|recommended|requested) to)\s+(?:that\s+)?", re.I)
# "I will move at the next meeting ..." (notice of motion), "THAT ..." after "Moved by"
NOTICE_OF_MOTION = re.compile(r"\bI (?:will|wish to|hereby) move\b")
MOTION_THAT = re.compile(r"^(?:THAT|That)\b")
MOVED_LINE = re.compile(r"^\W*(?:Moved by|Proposed by|MOVED|Moved|PROPOSED)\b", re.I)
OUTCOME = re.compile(r"\b(?P<o>carried|passed|lost|defeated|fell|withdrawn)\b", re.I)
# News: "the council has now decided to bring the service back in house"
NEWS_DECIDED = re.compile(
    r"(?P<subj>\b(?:the\s+|The\s+)?(?:[A-Z][\w'-]+\s+){0,3}(?:council|Council|committee|Committee|cabinet|Cabinet|"
    r"councillors|Councillors|members|authority|board|Board))\s+(?:has|have|had)?\s*(?:now\s+|unanimously\s+|"
    r"formally\s+|today\s+|also\s+)?(?:decided|voted|agreed|approved|resolved|rejected|refused)\b[^.!?\n]*")
STOP_LINE = re.compile(
    r"^\W*(?:Reasons?(?: for (?:the )?decision)?|Alternative options|Minutes|Additional documents|"
    r"Report author|Publication date|Date of decision|Decided at meeting|Effective from|Accompanying "
    r"Documents|Supporting documents|Background papers|Contact|Moved by|Seconded by|Proposed by|Vote|"
    r"Wards affected|Lead officer|Implications|Financial|Legal)\b", re.I)

STATUS_WORDS = (
    ("deferred", re.compile(r"\b(?:deferred|postponed|adjourned)\b", re.I)),
    ("refused", re.compile(r"\b(?:refused|rejected)\b", re.I)),
    ("lost", re.compile(r"\b(?:motion (?:was )?lost|LOST|defeated|fell)\b")),
    ("carried", re.compile(r"\b(?:carried|passed)\b", re.I)),
    ("approved", re.compile(r"\b(?:approved?|adopted|granted|endorsed|confirmed|agreed)\b", re.I)),
    ("noted", re.compile(r"\b(?:noted|received)\b", re.I)),
)


def find_decisions(doc: Document, settings: Settings) -> None:
    """Append one Decision per decision block, in text order, duplicates dropped."""
    found: list[Decision] = []
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        decision, i = _at_block(doc, i)
        if decision is not None:
            found.append(decision)
    if doc.metadata.get("kind") == "news":
        found.extend(_news_outcomes(doc))
    found.sort(key=lambda d: (d.span.start, d.span.end))
    doc.decisions.extend(_drop_duplicates(found))


def _at_block(doc: Document, i: int) -> tuple[Decision | None, int]:
    """Try every cue on block i; return the decision and the next block to look at."""
    block = doc.blocks[i]
    line = block.span.text(doc)
    if (m := HEADING_CUE.match(line)) is not None:
        return _collect(doc, i, block.span.end, "recommendation", m.group("cue"), heading=True)
    if (m := CUE.match(line)) is not None and _cue_ok(m, line):
        kind = "recommendation" if m.group("cue").upper().replace(" ", "").startswith("RECOMMEND") else "resolution"
        if m.group("cue").lower().startswith("decision"):
            kind = "decision"
        start = block.span.start + m.end("sep")
        if m.group("sep").strip().lower() in ("that", "to") or re.match(r"\s*T\s?H\s?A\s?T", m.group("sep")):
            start = block.span.start + m.start("sep") + (len(m.group("sep")) - len(m.group("sep").lstrip()))
        return _collect(doc, i, start, kind, m.group("cue"))
    if (m := RECOMMEND_SENTENCE.search(line)) is not None:
        return _collect(doc, i, block.span.start + m.start(), "recommendation", m.group("cue"), single=True)
    if NOTICE_OF_MOTION.search(line):
        start = block.span.start + NOTICE_OF_MOTION.search(line).start()  # type: ignore[union-attr]
        return _collect(doc, i, start, "motion", "I will move", single=True)
    if MOTION_THAT.match(line) and i > 0 and _after_moved(doc, i):
        return _collect(doc, i, block.span.start, "motion", "moved")
    return None, i + 1


def _cue_ok(m: re.Match[str], line: str) -> bool:
    """Lower-case 'agreed'/'resolved' count only as 'it was agreed that' or as a label."""
    cue, sep, pre = m.group("cue"), m.group("sep").strip(), m.group("pre")
    if cue.upper() == "NOTED" and "was" not in pre and not pre.strip():
        return cue == "NOTED" and bool(sep)
    if cue in ("agreed", "Agreed", "resolved", "Resolved", "Decided", "Resolution", "Decision", "DECISION"):
        return bool(re.search(r"it\s+was", pre, re.I)) or sep in (":", "-", "–", "—") or (
            not pre.strip() and not sep and len(line) < 30)
    if cue == "Recommended":
        return sep in (":", "-", "–", "that")
    return True


def _after_moved(doc: Document, i: int) -> bool:
    for j in range(max(0, i - 3), i):
        if MOVED_LINE.match(doc.blocks[j].span.text(doc)) or "Seconded" in doc.blocks[j].span.text(doc):
            return True
    return False


def _collect(doc: Document, i: int, start: int, kind: str, cue: str, heading: bool = False,
             single: bool = False) -> tuple[Decision | None, int]:
    """Extend a decision over the blocks that belong to it; split out its items."""
    blocks = doc.blocks
    end = blocks[i].span.end
    rest = doc.text[start:end].strip(" *:-–—")
    j = i + 1
    need_body = heading or not rest or rest.lower().rstrip(":") in ("that", "t h a t") or rest.endswith(":")
    seen_list = False
    while j < len(blocks) and not single:
        text = blocks[j].span.text(doc)
        is_item = blocks[j].kind == "list_item" or bool(re.match(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s", text))
        if _stops(text) and not (need_body and not seen_list and not _hard_stop(text)):
            break
        if not is_item and not need_body:
            break
        if not is_item and seen_list and not heading:
            break
        seen_list = seen_list or is_item
        need_body = need_body and not is_item and heading
        end = blocks[j].span.end
        j += 1
    span = _trim(doc, Span(start, end))
    if span is None or len(span.text(doc)) < 3:
        return None, i + 1
    text = " ".join(span.text(doc).split())
    decision = Decision(
        kind=kind, text=text, span=span, items=split_items(doc, span), status=_status(doc, kind, text, span),
        decided_by=doc.metadata.get("body"), date=doc.metadata.get("meeting_date"), cue=cue,
        evidence={"cue": blocks[i].span})
    return decision, max(j, i + 1)


def _stops(text: str) -> bool:
    if CUE.match(text) or HEADING_CUE.match(text) or STOP_LINE.match(text):
        return True
    if LABEL.match(text) and len(text.split(":", 1)[0]) < 40:
        return True
    return len(text) < 60 and not re.search(r"[.;:,]$", text) and not re.match(r"^\(?\w{1,4}[.)]", text)


def _hard_stop(text: str) -> bool:
    return bool(CUE.match(text) or STOP_LINE.match(text))


def _trim(doc: Document, span: Span) -> Span | None:
    text = span.text(doc)
    left = len(text) - len(text.lstrip(" *:-–—\n"))
    right = len(text.rstrip(" *\n"))
    if right <= left:
        return None
    return Span(span.start + left, span.start + right)


def _status(doc: Document, kind: str, text: str, span: Span) -> str:
    if kind == "recommendation":
        return "recommended"
    after = doc.text[span.end: span.end + 120]
    m = OUTCOME.search(after.split("\n\n")[0][:80])
    if m and kind == "motion":
        return {"passed": "carried", "defeated": "lost", "fell": "lost"}.get(m.group("o").lower(), m.group("o").lower())
    field_status = str(doc.metadata.get("status") or "")
    if "approved" in field_status.lower():
        return "approved"
    for status, pattern in STATUS_WORDS:
        if pattern.search(text):
            return status
    return "agreed"


def _news_outcomes(doc: Document) -> list[Decision]:
    out = []
    for sent in sentences(doc):
        for m in NEWS_DECIDED.finditer(sent.text(doc)):
            start = sent.start + m.start("subj")
            if doc.text[start:start + 4].lower() == "the ":
                pass
            span = _trim(doc, Span(start, sent.start + m.end()))
            if span is not None:
                text = " ".join(span.text(doc).split())
                out.append(Decision("decision", text, span, status=_status(doc, "decision", text, span),
                                    cue="news"))
    return out


def _drop_duplicates(decisions: list[Decision]) -> list[Decision]:
    """ModernGov pages repeat a decision under "Decision:" and "Minutes:"; keep the first."""
    kept: list[Decision] = []
    for d in decisions:
        words = set(re.findall(r"[a-z0-9]+", d.text.lower()))
        if any(_overlap(words, set(re.findall(r"[a-z0-9]+", k.text.lower()))) > 0.9 for k in kept):
            continue
        kept.append(d)
    return kept


def _overlap(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0
