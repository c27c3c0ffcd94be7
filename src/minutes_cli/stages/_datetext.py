"""Find calendar dates in text (with offsets) and normalise them to ISO.

Candidates come from our own patterns (dateparser's search finds "may" and "£34" in
council prose and gives no offsets). Normalisation has a fast path for the shapes
patterns recognise; a cached dateparser call handles the odd ones.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_WORDS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
# Title case or capitals, matched case-sensitively: re.I before an alternation makes every pattern ~3x slower.
MONTH = "(?P<{g}>" + "|".join(w for m in _MONTH_WORDS for w in (m, m.upper())) + r")\.?"
_WEEKDAY = ""  # see WEEKDAY_BEFORE
_DAY = r"(?P<{g}>[0-3]?\d)\s?(?:st|nd|rd|th|ST|ND|RD|TH)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)(?![\d/])"

# Words before a month written alone that make it a date: "in June", "the July meeting", "end May", "May/June"
MONTH_CONTEXT = re.compile(r"(?:\b(?:in|during|throughout|until|from|since|before|after|by|end|early|late|mid|the|and|of)"
                           r"\s|/)\Z", re.I)
# "Thursday, " before a date: added to the hit after the fact, which keeps the date patterns fast
WEEKDAY_BEFORE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?\Z", re.I)

# "... and August 2002": the year a month written alone shares with the next one
_SHARED_YEAR = re.compile(r"\s*(?:and|or|to|-|–|/)\s*" + MONTH.format(g="m2") + r",?\s+" + _YEAR.format(g="y"), re.I)

DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "14 th April 2005", "Thursday, 5th April, 2018", "16th FEBRUARY 2023", "1st of May 2020"
    ("dmy", re.compile(_WEEKDAY + r"(?<![\d/.%])" + _DAY.format(g="d") + r"\s*(?:of\s+|-)?" + MONTH.format(g="m")
                       + r",?\s*-?\s*" + _YEAR.format(g="y"))),
    # "July 27, 2011", "AUGUST 19, 2002", "March 9th 2024"
    ("mdy", re.compile(_WEEKDAY + r"\b" + MONTH.format(g="m") + r"\s+" + _DAY.format(g="d")
                       + r",?\s+" + _YEAR.format(g="y"))),
    # "16/01/2017", "1.10.20", "04-03-2010"
    ("num", re.compile(r"(?<![\d./-])(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)"
                       r"(?P<y>(?:19|20)?\d\d)(?![\d/]|\.\d)")),
    # "2017-01-24"
    ("iso", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")),
    # "February 2017", "June, 2018"
    ("my", re.compile(r"\b" + MONTH.format(g="m") + r",?\s+" + _YEAR.format(g="y"))),
    # "11 January", "9th March" (year from context)
    ("dm", re.compile(_WEEKDAY + r"(?<!%)\b" + _DAY.format(g="d") + r"\s*(?:of\s+)?" + MONTH.format(g="m")
                      + r"\b(?!\s*,?\s*\d)")),
    # "the June meeting", "in January", "during July and August", "to end May", "May/June" (year from context)
    ("m", re.compile(r"\b(?P<m>January|February|March|April|May|June|July|August|September|October|November"
                     r"|December)\b(?!\s*,?\s*\d|\s+(?:this|next|last)\s+year)")),
)


@dataclass(frozen=True, slots=True)
class DateHit:
    """One date found in text: offsets, the text, its ISO value and precision."""

    start: int
    end: int
    text: str
    value: str  # YYYY-MM-DD, YYYY-MM or --MM-DD
    precision: str  # day | month


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return 1900 <= y <= 2100


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 70 else (y + 1900 if y < 100 else y)


def _month_name_ok(m: re.Match[str]) -> bool:
    """Reject all-lower-case 'may' / 'march' as a verb, keep 'May' and 'MAY'."""
    word = m.group("m")
    return not (word.lower() in {"may", "march"} and word.islower())


def _nearest_year(month: int, day: int, base: dt.date) -> int | None:
    best = None
    for y in (base.year - 1, base.year, base.year + 1):
        if _valid(y, month, day):
            delta = abs((dt.date(y, month, day) - base).days)
            if best is None or delta < best[0]:
                best = (delta, y)
    return best[1] if best else None


def _resolve(kind: str, m: re.Match[str], base: dt.date | None, order: str) -> tuple[str, str] | None:
    if kind == "m":  # a month alone counts only when the document's own date gives its year
        if base is None or not MONTH_CONTEXT.search(m.string, max(0, m.start() - 12), m.start()):
            return None
        month = _MONTHS[m.group("m").lower()]
        shared = _SHARED_YEAR.match(m.string, m.end())  # "July and August 2002"
        if shared:
            return f"{_year(shared.group('y')):04d}-{month:02d}", "month"
        year = min((base.year - 1, base.year, base.year + 1), key=lambda y: abs((y - base.year) * 12 + month - base.month))
        return f"{year:04d}-{month:02d}", "month"
    if kind == "my":
        return f"{_year(m.group('y')):04d}-{_MONTHS[m.group('m').lower().rstrip('.')]:02d}", "month"
    day = int(m.group("d"))
    month = int(m.group("m")) if kind in ("num", "iso") else _MONTHS[m.group("m").lower().rstrip(".")]
    if kind == "num" and order == "MDY":
        day, month = month, day
    if kind == "dm":
        year = _nearest_year(month, day, base) if base else None
        if year is None:
            return (f"--{month:02d}-{day:02d}", "day") if _valid(2000, month, day) else None
    else:
        year = _year(m.group("y"))
    return (f"{year:04d}-{month:02d}-{day:02d}", "day") if _valid(year, month, day) else None


def find_date_hits(text: str, base: dt.date | None = None, order: str = "DMY",
                   offset: int = 0) -> list[DateHit]:
    """Return the dates in `text`, earliest first, non-overlapping, most specific wins."""
    taken = bytearray(len(text) + 1)  # 1 where an earlier, more specific pattern matched
    hits: list[DateHit] = []
    for kind, pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if kind not in ("num", "iso") and not _month_name_ok(m):
                continue
            s, e = m.span()
            if kind in ("dmy", "mdy", "dm") and (w := WEEKDAY_BEFORE.search(text, max(0, s - 25), s)):
                s = w.start()
            if taken.find(1, s, e) != -1:
                continue
            resolved = _resolve(kind, m, base, order)
            if resolved is None:
                continue
            taken[s:e] = b"\x01" * (e - s)
            hits.append(DateHit(s + offset, e + offset, text[s:e], *resolved))
    hits.sort(key=lambda h: (h.start, h.end))
    return hits


def parse_date(text: str, base: dt.date | None = None, order: str = "DMY") -> str | None:
    """Normalise one date string to ISO: fast path first, then cached dateparser."""
    hits = find_date_hits(text, base, order)
    if hits:
        return hits[0].value
    return _dateparser(text.strip(), order)


@lru_cache(maxsize=4096)
def _dateparser(text: str, order: str) -> str | None:
    if not text or len(text) > 40 or not re.search(r"\d", text):
        return None
    import dateparser  # imported lazily: only odd shapes need it

    parsed = dateparser.parse(text, languages=["en"], settings={
        "DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None


def to_date(value: str | None) -> dt.date | None:
    """An ISO day string to a date, or None for month precision or unknown years."""
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return dt.date.fromisoformat(value)
    return None


def median_date(text: str, order: str = "DMY") -> dt.date | None:
    """The middle of the full dates written in a text: a base for year-less ones when nothing better exists."""
    days = sorted(d for d in (to_date(h.value) for h in find_date_hits(text, order=order)) if d is not None)
    return days[len(days) // 2] if days else None
