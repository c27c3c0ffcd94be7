"""Vote counts written as words and numbers, for the votes stage.

"For 5, Against 0, Abstain 1", "For (57) ... Against (0)", "by 6 votes to 5", "three to two
in favour", "CARRIED ... 5/0", "15 votes in favour, 16 against", "24 votes, to 10 votes, with
1 abstention", "voted 4 t0 1 in favour".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ...document import Document, Span, VoteCount, VoteEvent
from ...lexicon import alternation, literals
from ...settings import vocabulary
from ...text.lowered import finditer_folded, finditer_led, finditer_needed
from ...text.scan import finditer, windows

_AFTER_NUMBER = r"(?![\d/:.]\d|\s?(?:am|pm|%|st|nd|rd|th)\b)"


@lru_cache(maxsize=8)
def numbers(key: str = "en") -> dict[str, int]:
    """The number words of a tally in lexicon `key`: `vote_zero_words` ("Against: Nil") are 0, then
    `number_words` ("three to two in favour")."""
    lex = vocabulary(key)
    return {**{w: 0 for w in lex["vote_zero_words"]}, **lex["number_words"]}


@lru_cache(maxsize=8)
def _number_pattern(key: str) -> str:
    """ "5", "15", "three", "nil": a count in figures or in words (regex source)."""
    return rf"(?:\d{{1,3}}|{alternation(numbers(key))})"


def first_letter(words: Iterable[str]) -> str:
    """A lookahead for the first character of a count ("5", "three"): a digit or a number word's
    first letter, as written (the pattern's flags apply to it as to the words); empty when a word
    opens with something else (a space, which an alternation reads as any white space)."""
    firsts = {w[0] for w in words if w}
    if not all(c.isalpha() for c in firsts):
        return ""
    return rf"(?=[\d{''.join(re.escape(c) for c in sorted(firsts))}])"


@lru_cache(maxsize=8)
def _count_patterns(key: str) -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """ "For 5", "For: 5", "For (57)", "Against - 0"; "15 votes in favour", "16 against", "1 abstention";
    and the literals that find them, from the lexicon's `vote_options`."""
    words, n = vocabulary(key)["vote_options"], _number_pattern(key)
    every = alternation(words)
    counted = alternation(w for w, opt in words.items() if opt in ("yes", "no", "abstain"))
    option_number = re.compile(rf"\b(?P<opt>(?=[A-Z])(?i:(?:{every})[a-z]*))\s*(?:[:=\-–]\s*|\(\s*|\s+)"
                               rf"(?P<n>\d{{1,3}})\)?{_AFTER_NUMBER}")
    # The count's first character leads, then the lookbehinds: the same zero-width tests at one
    # offset in another order, but most offsets fail at the first, cheapest one (twice as fast)
    number_option = re.compile(rf"\b{first_letter(numbers(key))}(?<![:(]\s)(?<![:(])(?<![:(]\s\s)(?P<n>{n})\s+(?:votes?\s+|members?\s+)?"
                               rf"(?:were\s+|voted\s+)?(?P<opt>(?:{counted})[a-z]*)\b", re.I)
    return option_number, number_option, literals(words)


# "by 6 votes to 5", "by 24 votes, to 10 votes, with 1 abstention", "voted 4 t0 1", "three to two in favour"
_BY_VOTES = r"""
      \b(?:by|voted)\s+(?P<a>{n})\s+(?:votes?)?    # "by 6 votes", "by 24 votes", "voted 4", "by five"
      ,?\s*t[o0]\s+(?P<b>{n})(?:\s+votes?)?         # " to 5", ", to 10 votes", " t0 1" (a zero typed for "o")
      (?:,?\s+with\s+(?P<c>{n})\s+abstentions?)?    # ", with 1 abstention", " with 2 abstentions"
    | \b(?P<a2>{n})\s+t[o0]\s+(?P<b2>{n})          # "three to two", "7 to 2"
      \s+in\s+favou?r\b                            # " in favour", " in favor"
"""


@lru_cache(maxsize=8)
def _by_votes(key: str) -> re.Pattern[str]:
    """`_BY_VOTES` with the counts of lexicon `key` (its number words)."""
    return re.compile(_BY_VOTES.format(n=_number_pattern(key)), re.I | re.X)


# "CARRIED RESOLUTION NO.2017/GM2012 5/0"
SLASH_TALLY = re.compile(r"\b(?:CARRIED|LOST|Carried|Lost)\b[^\n]{0,60}?\s(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?![/\d])")
PAIR_LITERALS = ("vote", "favour", "favor", "ARRIED", "arried", "LOST", "Lost")
# "the motion was defeated by ...": the larger number is against
LOSING = re.compile(r"\b(?:defeated|lost|rejected|refused|fell|not\s+carried)\s*$", re.I)
CLUSTER = 120  # characters between counts of one vote


def number(text: str, key: str = "en") -> int | None:
    """"5" -> 5, "three" -> 3, "t0" is not a number (number words from lexicon `key`)."""
    text = text.lower()
    return int(text) if text.isdigit() else numbers(key).get(text)


@lru_cache(maxsize=8)
def options(key: str) -> tuple[tuple[str, str], ...]:
    """Option words (lower case prefixes) -> Popolo option, checked in order (lexicon `vote_options`)."""
    return tuple((word.lower(), option) for word, option in vocabulary(key)["vote_options"].items())


def option(word: str, key: str = "en") -> str | None:
    """ "Against" -> "no", "In favour" -> "yes", "Abstentions" -> "abstain"."""
    word = " ".join(word.lower().split())
    return next((opt for prefix, opt in options(key) if word.startswith(prefix)), None)


@lru_cache(maxsize=8)
def _dash_tally(key: str) -> re.Pattern[str]:
    """ "Motion carried 6-0", "4-0. Motion carries", "5-0-1 minutes approved": a dash tally beside a result word."""
    ctx = alternation(vocabulary(key)["tally_context"])
    tally = r"(?<![\w/.-]){a}-{b}(?:-[ ]?{c})?(?![\w/-])"
    before = tally.format(a=r"(?P<a>\d{1,2})", b=r"(?P<b>\d{1,2})", c=r"(?P<c>\d{1,2})")
    after = tally.format(a=r"(?P<a2>\d{1,2})", b=r"(?P<b2>\d{1,2})", c=r"(?P<c2>\d{1,2})")
    return re.compile(rf"\b(?i:{ctx})\b[^\n\d]{{0,25}}?{before}|{after}[.,]?[ \t]{{0,3}}(?:\w+[ \t]+){{0,2}}?(?i:{ctx})\b")


DIGIT_DASH = re.compile(r"\d-\d")  # in every dash tally: "6-0", "5-0-1"
# "The motion passed with 14 in favor (...)": a lone count for, told as the whole vote
PASSED_WITH = re.compile(r"\b(?i:passed|carried|approved|adopted)\b[^.\n]{0,40}?\bwith\s*$")
# A list of names in brackets between two counts: "11 in favor (Broom, Buzek, ...) 2 against"
BRACKETED = re.compile(r"\([^()]{0,400}\)")


def _apart(doc: Document, end: int, start: int) -> bool:
    """Counts too far apart to be one vote, once bracketed name lists are left out."""
    return len(BRACKETED.sub("", doc.text[end:start])) > CLUSTER if start - end <= 2000 else True


def tally_counts(doc: Document, key: str = "en") -> list[VoteEvent]:
    """Vote events from counts written in the text (no named voters)."""
    events = _pair_events(doc, key)
    singles: list[tuple[int, int, str, int, int, int]] = []
    option_number, number_option, prefilter = _count_patterns(key)
    spans = windows(doc.text, prefilter, 30, 30)
    for m in _counts(doc.text, spans, option_number, number_option):
        opt, value = option(m.group("opt"), key), number(m.group("n"), key)
        if opt is not None and value is not None:
            singles.append((m.start(), m.end(), opt, value, m.start("n"), m.end("n")))
    singles.sort()
    cluster: list[tuple[int, int, str, int, int, int]] = []
    for item in singles + [(10 ** 12, 10 ** 12, "", 0, 0, 0)]:
        if cluster and _apart(doc, cluster[-1][1], item[0]):
            found = {c[2] for c in cluster}
            lone = found == {"yes"} and PASSED_WITH.search(doc.text, max(0, cluster[0][0] - 60), cluster[0][0])
            if (len(found) >= 2 or lone) and not any(e.span.start <= cluster[0][0] <= e.span.end for e in events):
                counts = _dedupe(tuple(VoteCount(c[2], c[3], Span(c[4], c[5])) for c in cluster))
                span = Span(cluster[0][0], cluster[-1][1])
                events.append(VoteEvent(span, counts, text=" ".join(span.text(doc).split())))
            cluster = []
        cluster.append(item)
    return sorted(events, key=lambda e: e.span.start)


def _counts(text: str, spans: list[tuple[int, int]], option_number: re.Pattern[str],
            number_option: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """ "For 5" matches, then "5 for" matches (its words are lower case: scanned over the folded text)."""
    yield from finditer_led(option_number, text, spans)
    yield from finditer_folded(number_option, text, spans)


def _dedupe(counts: tuple[VoteCount, ...]) -> tuple[VoteCount, ...]:
    seen: dict[str, VoteCount] = {}
    for c in counts:
        seen.setdefault(c.option, c)
    return tuple(seen.values())


def _pair_events(doc: Document, key: str) -> list[VoteEvent]:
    """"by 6 votes to 5" (yes, no, abstain), "CARRIED ... 5/0" and "Motion carried 6-0"."""
    events = _dash_events(doc, key)
    spans = windows(doc.text, PAIR_LITERALS, 80, 90)
    for m in finditer(_by_votes(key), doc.text, spans):
        parts = [("yes", "a"), ("no", "b"), ("abstain", "c")] if m.group("a") else [("yes", "a2"), ("no", "b2")]
        if m.group("a") and LOSING.search(doc.text, max(0, m.start() - 60), m.start()):
            parts = [("no", "a"), ("yes", "b"), ("abstain", "c")]  # "defeated by 10 votes to 3": the winners first
        counts = tuple(VoteCount(opt, number(m.group(g), key) or 0, Span(m.start(g), m.end(g)))
                       for opt, g in parts if m.group(g) and number(m.group(g), key) is not None)
        if len(counts) >= 2:
            events.append(VoteEvent(Span(m.start(), m.end()), counts, text=m.group(0)))
    for m in finditer_led(SLASH_TALLY, doc.text, spans):
        counts = (VoteCount("yes", int(m.group("a")), Span(m.start("a"), m.end("a"))),
                  VoteCount("no", int(m.group("b")), Span(m.start("b"), m.end("b"))))
        events.append(VoteEvent(Span(m.start(), m.end()), counts, text=m.group(0)))
    return events


def _dash_events(doc: Document, key: str) -> list[VoteEvent]:
    events = []
    # Only the windows round a "-" that holds a digit, "-", digit: every tally does ("6-0"), and a window
    # without a match leaves finditer where it was (a paper's dates and dashes: most of the windows)
    spans = [(s, e) for s, e in windows(doc.text, ("-",), 40, 40) if DIGIT_DASH.search(doc.text, s, e)]
    for m in finditer_needed(_dash_tally(key), doc.text, spans):  # near a result word
        groups = ("a", "b", "c") if m.group("a") else ("a2", "b2", "c2")
        counts = tuple(VoteCount(opt, int(m.group(g)), Span(m.start(g), m.end(g)))
                       for opt, g in zip(("yes", "no", "abstain"), groups) if m.group(g))
        span = Span(m.start(groups[0]), m.end(groups[2]) if m.group(groups[2]) else m.end(groups[1]))
        events.append(VoteEvent(span, counts, text=span.text(doc)))
    return events
