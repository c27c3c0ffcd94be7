"""Vote counts written as words and numbers, for the votes stage.

"For 5, Against 0, Abstain 1", "For (57) ... Against (0)", "by 6 votes to 5", "three to two
in favour", "CARRIED ... 5/0", "15 votes in favour, 16 against", "24 votes, to 10 votes, with
1 abstention", "voted 4 t0 1 in favour".
"""

from __future__ import annotations

import re

from ..document import Document, Span, VoteCount, VoteEvent
from ._scan import finditer, windows

WORDS = {"nil": 0, "none": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
         "twenty": 20}
# Option words (lower case prefixes) -> Popolo option, checked in order.
OPTIONS = (("for", "yes"), ("in favour", "yes"), ("in favor", "yes"), ("aye", "yes"), ("yea", "yes"),
           ("against", "no"), ("nay", "no"), ("noe", "no"), ("abstain", "abstain"), ("abstention", "abstain"), ("absent", "absent"),
           ("not voting", "not voting"), ("conflict", "conflict of interest"))
_N = r"(?:\d{1,3}|" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")"
_OPT = r"(?:For|FOR|Against|AGAINST|Abstentions?|ABSTENTIONS?|Abstain(?:ed)?|ABSTAIN|Absent|Ayes|Nays|In\s+favou?r)"
# "For 5", "For: 5", "For (57)", "Against - 0"
OPTION_NUMBER = re.compile(rf"\b(?P<opt>{_OPT})\s*(?:[:=\-–]\s*|\(\s*|\s+)(?P<n>\d{{1,3}})\)?"
                           r"(?![\d/:.]\d|\s?(?:am|pm|%|st|nd|rd|th)\b)")
# "15 votes in favour", "16 against", "1 abstention", "10 votes against"
NUMBER_OPTION = re.compile(rf"(?<![:(]\s)(?<![:(])(?<![:(]\s\s)\b(?P<n>{_N})\s+(?:votes?\s+|members?\s+)?(?:were\s+|voted\s+)?(?P<opt>in\s+favou?r|for|"
                           r"against|abstentions?|abstained)\b", re.I)
# "by 6 votes to 5", "by 24 votes, to 10 votes, with 1 abstention", "voted 4 t0 1", "three to two in favour"
BY_VOTES = re.compile(
    rf"\b(?:by|voted)\s+(?P<a>{_N})\s+(?:votes?)?,?\s*t[o0]\s+(?P<b>{_N})(?:\s+votes?)?(?:,?\s+with\s+"
    rf"(?P<c>{_N})\s+abstentions?)?|\b(?P<a2>{_N})\s+t[o0]\s+(?P<b2>{_N})\s+in\s+favou?r\b", re.I)
# "CARRIED RESOLUTION NO.2017/GM2012 5/0"
SLASH_TALLY = re.compile(r"\b(?:CARRIED|LOST|Carried|Lost)\b[^\n]{0,60}?\s(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?![/\d])")
COUNT_LITERALS = ("For", "FOR", "for", "gainst", "GAINST", "bstain", "BSTAIN", "bstention", "BSTENTION", "favour",
                  "favor", "Aye", "Nay", "bsent")
PAIR_LITERALS = ("vote", "favour", "favor", "ARRIED", "arried", "LOST", "Lost")
# "the motion was defeated by ...": the larger number is against
LOSING = re.compile(r"\b(?:defeated|lost|rejected|refused|fell|not\s+carried)\s*$", re.I)
CLUSTER = 120  # characters between counts of one vote


def number(text: str) -> int | None:
    """"5" -> 5, "three" -> 3, "t0" is not a number."""
    text = text.lower()
    return int(text) if text.isdigit() else WORDS.get(text)


def _option(word: str) -> str | None:
    word = " ".join(word.lower().split())
    return next((opt for key, opt in OPTIONS if word.startswith(key)), None)


def tally_counts(doc: Document) -> list[VoteEvent]:
    """Vote events from counts written in the text (no named voters)."""
    events = _pair_events(doc)
    singles: list[tuple[int, int, str, int, int, int]] = []
    spans = windows(doc.text, COUNT_LITERALS, 30, 30)
    for pattern in (OPTION_NUMBER, NUMBER_OPTION):
        for m in finditer(pattern, doc.text, spans):
            option, value = _option(m.group("opt")), number(m.group("n"))
            if option is not None and value is not None:
                singles.append((m.start(), m.end(), option, value, m.start("n"), m.end("n")))
    singles.sort()
    cluster: list[tuple[int, int, str, int, int, int]] = []
    for item in singles + [(10 ** 12, 10 ** 12, "", 0, 0, 0)]:
        if cluster and item[0] - cluster[-1][1] > CLUSTER:
            options = {c[2] for c in cluster}
            if len(options) >= 2 and not any(e.span.start <= cluster[0][0] <= e.span.end for e in events):
                counts = _dedupe(tuple(VoteCount(c[2], c[3], Span(c[4], c[5])) for c in cluster))
                span = Span(cluster[0][0], cluster[-1][1])
                events.append(VoteEvent(span, counts, text=" ".join(span.text(doc).split())))
            cluster = []
        cluster.append(item)
    return sorted(events, key=lambda e: e.span.start)


def _dedupe(counts: tuple[VoteCount, ...]) -> tuple[VoteCount, ...]:
    seen: dict[str, VoteCount] = {}
    for c in counts:
        seen.setdefault(c.option, c)
    return tuple(seen.values())


def _pair_events(doc: Document) -> list[VoteEvent]:
    """"by 6 votes to 5" (yes, no, abstain) and "CARRIED ... 5/0"."""
    events = []
    spans = windows(doc.text, PAIR_LITERALS, 80, 90)
    for m in finditer(BY_VOTES, doc.text, spans):
        parts = [("yes", "a"), ("no", "b"), ("abstain", "c")] if m.group("a") else [("yes", "a2"), ("no", "b2")]
        if m.group("a") and LOSING.search(doc.text, max(0, m.start() - 60), m.start()):
            parts = [("no", "a"), ("yes", "b"), ("abstain", "c")]  # "defeated by 10 votes to 3": the winners first
        counts = tuple(VoteCount(opt, number(m.group(g)) or 0, Span(m.start(g), m.end(g)))
                       for opt, g in parts if m.group(g) and number(m.group(g)) is not None)
        if len(counts) >= 2:
            events.append(VoteEvent(Span(m.start(), m.end()), counts, text=m.group(0)))
    for m in finditer(SLASH_TALLY, doc.text, spans):
        counts = (VoteCount("yes", int(m.group("a")), Span(m.start("a"), m.end("a"))),
                  VoteCount("no", int(m.group("b")), Span(m.start("b"), m.end("b"))))
        events.append(VoteEvent(Span(m.start(), m.end()), counts, text=m.group(0)))
    return events
