"""The date grammar: patterns compiled once per lexicon key from its month, weekday and ordinal
words, and each pattern's matches in a text (found where a match can begin, shared by every reader
of the same paper: structure, metadata, dates and the date order all ask for them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lexicon import alternation
from ..settings import vocabulary

_DAY = r"(?P<{g}>[0-3]?\d)\s?(?:{ordinals})?"
# "2018", and "201 8" where a PDF's kerning split the year
_YEAR = r"(?P<{g}>(?:19|20)\d\d|(?:19|20)\d (?=\d(?!\d))\d)(?![\d/])"
# "10th and 11th March 2025", "17-23 August 2024": the bare day before a full date
_LEADING_DAY = r"""
    (?<![\d/.£$]) {labels}        # not "£10", "1.10", or a label's number ("Item 10 and", "Page 4 -")
    \b (?P<t> (?P<d>[0-3]?\d) (?:st|nd|rd|th)? )   # "10", "10th"
    \s* (?:and|&|-|–|to) \s* \Z   # "and", "&", "-", "to", then the full date
"""
_JOINER = r"\s*(?:and|or|to|&|-|–|/)\s*"


@dataclass(frozen=True)
class Grammar:
    months: dict[str, int]
    full: frozenset[str]  # full month names: an abbreviation alone ("Mar", "Jan") needs a month beside it
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    month_word: re.Pattern[str] | None  # where a month name can begin a match (None: scan every position)
    weekday_before: re.Pattern[str]
    shared_year: re.Pattern[str]
    month_pair: re.Pattern[str]
    range_tail: re.Pattern[str]
    month_context: re.Pattern[str]  # words before a month alone that make it a date: "in June", "the July meeting"
    leading_day: re.Pattern[str]  # the bare first day of a range: "10th and" 11th March 2025
    relative: re.Pattern[str]  # "last year" after a year-less date
    relative_years: dict[str, int]


def _shapes(data: dict[str, Any], day: str, lead: str, month: str, year: str, ordinals: str,
            relative: str) -> tuple[tuple[str, str], ...]:
    """The date shapes, most specific first (an earlier shape's match wins the text it covers);
    `lead` is the day written before its month name, `day` the day elsewhere."""
    link = _links(data)
    return (
        # "14 th April 2005", "Thursday, 5th April, 2018", "16th FEBRUARY 2023", "1st of May 2020", "11™ JUNE, 2014",
        # "Tuesday the 3rd day of December 2018"
        ("dmy", rf"(?<![\d/.%]){lead.format(g='d')}\s*(?:{link}|-)?{month.format(g='m')},?\s*-?\s*{year.format(g='y')}"),
        # "2018 December 03", "2019 Jan 7th": the year first, the month written out (Canadian papers)
        ("y_md", rf"(?<![\d/.£$-]){year.format(g='y')},?[ \t]+{month.format(g='m')}[ \t]+(?P<d>[0-3]?\d)"
                rf"(?:[ \t]?(?:{ordinals}))?(?![\d:]|[./]\d)"),
        # "July 27, 2011", "AUGUST 19, 2002", "March 9th 2024"
        ("mdy", rf"\b{month.format(g='m')}\s+{day.format(g='d')},?\s+{year.format(g='y')}"),
        # "2017/01/16", "2017.01.16": a four-digit year first is never ambiguous
        ("ymd", r"(?<![\d./-])(?P<y>(?:19|20)\d\d)(?P<sep>[/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d/]|\.\d)"),
        # "16/01/2017", "1.10.20", "04-03-2010", "17/01/16" (YMD)
        ("num", r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)"
                r"(?P<c>(?:19|20)?\d\d)(?![\d/]|\.\d)"),
        # "2017-01-24"
        ("iso", r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
        # "February 2017", "June, 2018"
        ("my", rf"\b{month.format(g='m')},?\s+{year.format(g='y')}"),
        # "11 January", "9th March" (year from context)
        ("dm", rf"(?<![%\d])\b{lead.format(g='d')}\s*(?:{link})?{month.format(g='m')}\b(?!\s*,?\s*\d)"),
        # "August 17", "February 15 th", "December 7th" (year from context)
        ("md", rf"\b{month.format(g='m')}[ \t]+(?P<d>[0-3]?\d)(?!\d|[.:/]\d)(?:[ \t]?(?P<o>{ordinals}))?\b"
               rf"(?!\s*,?\s*(?:19|20)\d\d)"),
        # "the June meeting", "in January", "during July and August", "Sept & Nov" (year from context)
        ("m", rf"\b(?P<m>{alternation(data['months'])})\b(?!\s*,?\s*\d|\s+(?:{relative}))"),
    )


@lru_cache(maxsize=8)
def grammar(key: str = "en") -> Grammar:
    """The date patterns compiled from the lexicon's `months`, `weekdays`, `ordinal_suffixes` and `ordinal_marks`."""
    data = vocabulary(key)
    months = {w.lower(): int(n) for w, n in data["months"].items()}
    month_words = alternation(w for m in data["months"] for w in (m, m.upper()))
    full = frozenset(max((w for w in data["months"] if data["months"][w] == n), key=len)
                     for n in set(data["months"].values()))
    ordinals = "|".join(w for s in data["ordinal_suffixes"] for w in (s, s.upper()))
    lead = _day_before_month(data, ordinals)
    weekdays = alternation(data["weekdays"])
    relative = alternation(data["relative_years"])
    month = "(?P<{g}>" + month_words + r")\.?"
    day, year = _DAY.replace("{ordinals}", ordinals), _YEAR
    patterns = _shapes(data, day, lead, month, year, ordinals, relative)
    return Grammar(
        months=months,
        full=full,
        patterns=tuple((kind, re.compile(p)) for kind, p in patterns),
        # month words of letters only: a match's leading "\b" then never falls inside another month word
        month_word=re.compile(month_words) if all(re.fullmatch(r"\w+", w) for w in data["months"]) else None,
        weekday_before=re.compile(rf"\b(?:{weekdays}),?\s+(?:the\s+)?\Z", re.I),
        shared_year=re.compile(_JOINER + month.format(g="m2") + r",?\s+" + year.format(g="y"), re.I),
        month_pair=re.compile(_JOINER + r"(?:" + month_words + r")\b"),
        range_tail=re.compile(rf"{_JOINER}(?:{day.format(g='d2')},?\s*(?:{_links(data)})?)?(?:{month.format(g='m2')},?\s*)?"
                              rf"{year.format(g='y2')}"),
        month_context=re.compile(rf"(?:\b(?:{alternation(data['month_context_words'])})\s|/|&\s?)\Z", re.I),
        leading_day=re.compile(_LEADING_DAY.replace("{labels}", "".join(
            rf"(?<!{re.escape(w)}\ )" for w in data["not_day_labels"])), re.I | re.X),
        relative=re.compile(rf"\s+(?P<w>{relative})\b", re.I),
        relative_years={" ".join(w.lower().split()): int(n) for w, n in data["relative_years"].items()},
    )


def _day_before_month(data: dict[str, Any], ordinals: str) -> str:
    """The day written before its month name, as a template of its group's name `{g}`: its suffix
    may also be in title case ("3Rd November") or be what a scan's text recognition left of a
    superscript one, a run of the lexicon's `ordinal_marks` ("11™ June", '22"° April', "6™" with
    the month on the next line); a written suffix may carry a full stop ("22nd. APRIL"). Two
    lookaheads keep the scan of every number as fast as it was: a mark's first character before
    the run, a month's first letter (or a link's: "3rd day of") after the day."""
    marks = {w for m in data["ordinal_marks"] for w in (m, m.upper())}
    titled = alternation(s.capitalize() for s in data["ordinal_suffixes"])
    month_letters = {c for w in data["months"] for c in (w[0], w[0].upper())}
    suffix = (rf"(?:\s?(?:{ordinals}|{titled})\.?|(?=[{_firsts(marks)}])(?:{alternation(marks)}){{1,3}})?"
              rf"(?=\s*(?:{_links(data)}|-)?[{_firsts(month_letters)}])")
    return r"(?P<{g}>[0-3]?\d)" + _braced(suffix)


def _links(data: dict[str, Any]) -> str:
    """The words between a day and its month name ("1st of May", "3rd day of December"), each
    followed by white space, as an alternation (the lexicon's `day_month_links`)."""
    return "|".join(r"\s+".join(re.escape(w) for w in link.split()) + r"\s+"
                    for link in sorted(data["day_month_links"], key=lambda w: (-len(w), w)))


def _firsts(words: set[str]) -> str:
    """The first characters of `words`, escaped for a character class."""
    return "".join(sorted({re.escape(w[0]) for w in words}))


def _braced(pattern: str) -> str:
    """`pattern` kept whole through `str.format` (a lexicon word may hold a brace)."""
    return pattern.replace("{", "{{").replace("}", "}}")


# "\d\d*" finds the runs "\d+" finds (same starts, same greedy ends), written so that `re` can skip
# to a digit in C (a leading repeat hides its first character from re's search): 1.7x faster on PDFs
DIGITS = re.compile(r"\d\d*")
# Every match of these kinds begins a run of digits (each opens on a lookbehind that refuses a digit
# before it); every match of the others begins with a month word after "\b".
DIGIT_LED = frozenset(("dmy", "y_md", "ymd", "num", "iso", "dm"))
CACHED = 1000  # texts this long keep their matches: several stages ask for the same paper's dates


def matches(text: str, lexicon: str = "en") -> tuple[tuple[str, tuple[re.Match[str], ...]], ...]:
    """Each date pattern's matches in `text`, as `pattern.finditer(text)` gives them (in pattern
    order); independent of the base date and the numeric order, so shared by every reader of a paper."""
    return _cached_matches(text, lexicon) if len(text) >= CACHED else _matches(text, lexicon)


@lru_cache(maxsize=8)
def _cached_matches(text: str, lexicon: str) -> tuple[tuple[str, tuple[re.Match[str], ...]], ...]:
    return _matches(text, lexicon)


def _matches(text: str, lexicon: str) -> tuple[tuple[str, tuple[re.Match[str], ...]], ...]:
    """`pattern.match` only where a match can begin (a digit run's start, a month word's start):
    the same matches as `finditer`, which tries every position at a few MB/s."""
    g = grammar(lexicon)
    digits = [m.start() for m in DIGITS.finditer(text)]
    months = [m.start() for m in g.month_word.finditer(text)] if g.month_word is not None else None
    out: list[tuple[str, tuple[re.Match[str], ...]]] = []
    for kind, pattern in g.patterns:
        starts = digits if kind in DIGIT_LED else months
        out.append((kind, tuple(pattern.finditer(text)) if starts is None else _at(pattern, text, starts)))
    return tuple(out)


def _at(pattern: re.Pattern[str], text: str, starts: list[int]) -> tuple[re.Match[str], ...]:
    """The non-overlapping matches of `pattern` that begin at one of `starts` (sorted)."""
    found: list[re.Match[str]] = []
    last = 0
    for p in starts:
        if p >= last and (m := pattern.match(text, p)) is not None:
            found.append(m)
            last = m.end()
    return tuple(found)
