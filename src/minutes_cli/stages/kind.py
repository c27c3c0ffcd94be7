"""Classify a paper as minutes, decision, report, agenda, news or other by its cues.

Each kind scores the cues found near the top of the text and in the whole text; the
highest wins, minutes on a tie (the most common paper). Not a stage: metadata calls it.
"""

from __future__ import annotations

import re

from ..document import Document

_I = re.I | re.M
CUES: dict[str, tuple[tuple[re.Pattern[str], int], ...]] = {
    "decision": (
        (re.compile(r"^(?:Decision details|Issue details|Issue - items at meetings)", _I), 6),
        (re.compile(r"^Decision (?:Maker|status|Made|type|due)\s*:", _I), 4),
        (re.compile(r"^(?:Is )?(?:Key decision\??|subject to call[- ]in\??)\s*:", _I), 2),
        (re.compile(r"^(?:Record of (?:Executive |Cabinet )?Decision|DECISION NOTICE|Officer Decision)", _I), 6),
        # ModernGov decision pages: "Other options considered and rejected by the Executive:"
        (re.compile(r"^(?:(?:Other|Alternative) options considered\b|Reasons? for (?:the )?decision\s*:|"
                    r"Details of any conflict of interest)", _I), 3),
    ),
    "minutes": (
        (re.compile(r"^(?:Agenda(?:, decisions)? and minutes|Minutes:)", _I), 5),
        # not an agenda's item "3. Minutes of the last meeting"
        (re.compile(r"(?<!\d\.\s)(?<!\d\)\s)\bMINUTES\s+OF\b|^(?:CONFIRMED |DRAFT )?MINUTES\b|^[\w ]{0,40}\bMeeting Minutes\s*$", _I), 4),
        (re.compile(r"^\W*(?:PRESENT|Present|MEMBERS PRESENT|Members Present|ATTENDANCE|Councillors present)\b", re.M), 2),
        # US and Canadian minutes: "was called to order", "ROLL CALL", "A quorum was declared present"
        (re.compile(r"\bcalled to order\b|\bROLL CALL\b|\bRoll Call\b|\bquorum was (?:declared|present)", re.I), 3),
        (re.compile(r"\bRESOLVED\b|\bAGREED\b|\bMotion (?:carried|passed)\b|\bCARRIED\b", re.M), 2),
        (re.compile(r"^\W*(?:Apologies|APOLOGIES)\b", re.M), 2),
        (re.compile(r"\bseconded by\b|\bSECONDED\b", re.M), 1),
    ),
    "report": (
        (re.compile(r"^(?:REPORT OF|Report of|Report to|Report by|Report No|Report author)\b", re.M), 3),
        (re.compile(r"^\W*(?:RECOMMENDATIONS?|Recommendations?)\s*:?\s*$|^Decision Required\b", re.M), 4),
        (re.compile(r"^(?:Purpose of (?:the )?report|Executive Summary|Background|BACKGROUND)\b", re.M), 1),
        (re.compile(r"^(?:Portfolio Holder|Contact Officers?|Wards? affected|Key Decision)\s*:", _I), 2),
        (re.compile(r"\bThis report\b|\bthe report\b", re.I), 1),
        (re.compile(r"^Agenda Item\s+\d+.*Report No\b", _I), 3),
    ),
    "agenda": (
        (re.compile(r"^(?:AGENDA|Agenda)\s*$|^Agenda frontsheet|\bSUMMONS\b|^Notice of (?:the )?[Mm]eeting", re.M), 4),
        (re.compile(r"\bYou are (?:hereby )?summoned\b|\bto consider and determine\b|\bTo receive\b", re.I), 1),
        # "Summons to and Agenda for a Meeting on ...", "A G E N D A", "... will be held ... to deal with the
        # following business"
        (re.compile(r"^(?:Summons to and )?Agenda for (?:a|the) [Mm]eeting\b", re.M), 4),
        (re.compile(r"^A G E N D A\s*$", re.M), 4),
        (re.compile(r"\bwill be held\b[^.\n]{0,200}\bto (?:deal with|transact|consider) the following business\b"), 4),
    ),
    "news": (
        (re.compile(r"\b(?:said|says|told)\b[^.\n]{0,60}[:,]?\s*[“\"]|[”\"],? (?:said|says|added)\b", re.I), 3),
        (re.compile(r"\bReaders'? comments\b|\bPosted (?:by|on)\b|\bPress release\b|\bRead more\b", re.I), 3),
        (re.compile(r"^(?:By|Posted by) [A-Z][a-z]+ [A-Z][a-z]+\s*$", re.M), 2),
        # blog and news furniture: "No comments:", "3 comments:", "Share this article"
        (re.compile(r"^(?:No|\d+) comments?:?\s*$|^Share this (?:article|story|post)\b", re.M), 3),
    ),
    "other": (
        (re.compile(r"^Recorded votes?\b|^Vote (?:record|details)\b|\bmgListRecordedVotes\b", _I), 8),
    ),
}


def classify(doc: Document) -> str:
    """Return the kind whose cues score highest (minutes on a tie, other when none)."""
    head = doc.text[:600]
    scores: dict[str, int] = {}
    for kind, cues in CUES.items():
        total = 0
        for pattern, weight in cues:
            if pattern.search(head):
                total += weight * 2
            elif pattern.search(doc.text):
                total += weight
        scores[kind] = total
    if doc.hints.get("kind_hint") in scores:
        scores[doc.hints["kind_hint"]] += 3
    best = max(scores.values())
    if best == 0:
        return "other"
    for kind in ("other", "decision", "minutes", "report", "agenda", "news"):
        if scores[kind] == best:
            return kind
    return "other"
