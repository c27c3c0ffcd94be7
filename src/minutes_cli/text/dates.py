"""Find calendar dates in text (with offsets) and normalise them to ISO.

Candidates come from our own patterns (dateparser's search finds "may" and "£34" in
council prose and gives no offsets), compiled once per lexicon key from its month,
weekday and ordinal words (`text/dategrammar.py`, which also shares each paper's matches between
the stages that ask for them). Normalisation has a fast path for the shapes the patterns
recognise; a cached dateparser call handles the odd ones.

`order` is how an all-numeric date is read: "DMY" (16/01/2017), "MDY" (01/16/2017) or
"YMD" (17/01/16); a numeric date not valid in that order is not a date. A year-first
"2017/01/16" is read under any order.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .dategrammar import Grammar, grammar, matches


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
    y = int(text.replace(" ", ""))
    return y + 2000 if y < 70 else (y + 1900 if y < 100 else y)


def _nearest_year(month: int, day: int, base: dt.date) -> int | None:
    best = None
    for y in (base.year - 1, base.year, base.year + 1):
        if _valid(y, month, day):
            delta = abs((dt.date(y, month, day) - base).days)
            if best is None or delta < best[0]:
                best = (delta, y)
    return best[1] if best else None


def _numeric(m: re.Match[str], order: str) -> tuple[int, int, int] | None:
    """(year, month, day) of "a/b/c" read in `order`."""
    a, b, c = int(m.group("a")), int(m.group("b")), m.group("c")
    if order == "YMD" and len(c) == 4:  # "16/01/2017" in a year-first paper is still day-first
        order = "DMY"
    if order == "YMD":
        y = _year(m.group("a")) if len(m.group("a")) == 2 else None
        return (y, b, int(c)) if y is not None and _valid(y, b, int(c)) else None
    day, month = (b, a) if order == "MDY" else (a, b)
    return _year(c), month, day


def _resolve(kind: str, m: re.Match[str], g: Grammar, base: dt.date | None, order: str) -> tuple[str, str] | None:
    if kind == "m":  # a month alone counts only when the document's own date gives its year
        return _month_alone(m, g, base)
    if kind == "my":
        return f"{_year(m.group('y')):04d}-{g.months[m.group('m').lower()]:02d}", "month"
    if kind == "num":
        ymd = _numeric(m, order)
        if ymd is None:
            return None
        year, month, day = ymd
    else:
        day = int(m.group("d"))
        month = int(m.group("m")) if kind in ("iso", "ymd") else g.months[m.group("m").lower()]
        if kind == "md" and not m.group("o") and order != "MDY":
            return None  # "April 25" in a day-first paper is more often April 2025
        if kind in ("dm", "md"):
            known = _range_year(m, g, month) or _relative_year(m, g, base) or (
                _nearest_year(month, day, base) if base else None)
            if known is None:
                return (f"--{month:02d}-{day:02d}", "day") if _valid(2000, month, day) else None
            year = known
        else:
            year = _year(m.group("y"))
    return (f"{year:04d}-{month:02d}-{day:02d}", "day") if _valid(year, month, day) else None


def _range_year(m: re.Match[str], g: Grammar, month: int) -> int | None:
    """The year a range's first date takes from its second: "1 January to 31 March 2009" (2009),
    "26 November to 27th January 2025" (2024)."""
    tail = g.range_tail.match(m.string, m.end())
    if tail is None:
        return None
    year = _year(tail.group("y2"))
    later = g.months[tail.group("m2").lower()] if tail.group("m2") else month
    return year - 1 if later < month else year



def _relative_year(m: re.Match[str], g: Grammar, base: dt.date | None) -> int | None:
    """"23 May last year" in a paper dated 2024 is 2023-05-23."""
    rel = g.relative.match(m.string, m.end())
    if rel is None or base is None:
        return None
    return base.year + g.relative_years[" ".join(rel.group("w").lower().split())]


def _month_alone(m: re.Match[str], g: Grammar, base: dt.date | None) -> tuple[str, str] | None:
    start, word = m.start(), m.group("m")
    paired = g.month_pair.match(m.string, m.end()) is not None
    before = g.month_context.search(m.string, max(0, start - 12), start)
    beside = paired or bool(before and before.group().strip() in ("&", "/"))  # "Sept & Nov", "May/June"
    if base is None or not (before or paired) or (word not in g.full and not beside):
        return None
    month = g.months[word.lower()]
    shared = g.shared_year.match(m.string, m.end())  # "July and August 2002"
    if shared:
        return f"{_year(shared.group('y')):04d}-{month:02d}", "month"
    year = min((base.year - 1, base.year, base.year + 1), key=lambda y: abs((y - base.year) * 12 + month - base.month))
    return f"{year:04d}-{month:02d}", "month"


def find_date_hits(text: str, base: dt.date | None = None, order: str = "DMY",
                   offset: int = 0, lexicon: str = "en") -> list[DateHit]:
    """Return the dates in `text`, earliest first, non-overlapping, most specific wins."""
    g = grammar(lexicon)
    taken = bytearray(len(text) + 1)  # 1 where an earlier, more specific pattern matched
    hits: list[DateHit] = []
    for kind, found in matches(text, lexicon):
        for m in found:
            s, e = m.span()
            if kind in ("dmy", "y_md", "mdy", "dm", "md") and (w := g.weekday_before.search(text, max(0, s - 25), s)):
                s = w.start()
            if taken.find(1, s, e) != -1:
                continue
            resolved = _resolve(kind, m, g, base, order)
            if resolved is None:
                continue
            taken[s:e] = b"\x01" * (e - s)
            hits.append(DateHit(s + offset, e + offset, text[s:e], *resolved))
    hits.extend(_range_heads(text, hits, offset, g))
    hits.sort(key=lambda h: (h.start, h.end))
    return hits


# "August 17-23": the bare day after a date that ends on its day
_YEAR_END = re.compile(r"(?:19|20)\d\d$")
_TRAILING_DAY = re.compile(r"\s*(?:-|–|and|&|to)\s*(?P<d>[0-3]?\d)\b(?!\s*(?:[:./]\d|%|am|pm|a\.m|p\.m))")


def _range_heads(text: str, hits: list[DateHit], offset: int, g: Grammar) -> list[DateHit]:
    """The other day of a range that shares its month and year with a date found."""
    out: list[DateHit] = []
    for hit in hits:
        if hit.precision != "day" or hit.value.startswith("--"):
            continue
        s, e = hit.start - offset, hit.end - offset
        if (lead := g.leading_day.search(text, max(0, s - 12), s)) and hit.text[:1].isdigit():
            out += _day_like(hit, int(lead.group("d")), lead.start("t") + offset, lead.group("t"))
        if not hit.text[-1:].isdigit() or hit.text[:1].isdigit() or _YEAR_END.search(hit.text):
            continue
        if tail := _TRAILING_DAY.match(text, e):  # "August 17-23" (not "July 27, 2011 - 3")
            out += _day_like(hit, int(tail.group("d")), tail.start("d") + offset, tail.group("d"))
    return out


def _day_like(hit: DateHit, day: int, start: int, text: str) -> list[DateHit]:
    year, month = hit.value[:-6], int(hit.value[-5:-3])
    if not year.isdigit() or not _valid(int(year), month, day):
        return []
    return [DateHit(start, start + len(text), text, f"{year}-{month:02d}-{day:02d}", "day")]


def parse_date(text: str, base: dt.date | None = None, order: str = "DMY", lexicon: str = "en") -> str | None:
    """Normalise one date string to ISO: fast path first, then cached dateparser."""
    hits = find_date_hits(text, base, order, lexicon=lexicon)
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


@lru_cache(maxsize=8)  # metadata and dates both ask for the same paper's median
def median_date(text: str, order: str = "DMY", lexicon: str = "en") -> dt.date | None:
    """The middle of the full dates written in a text: a base for year-less ones when nothing better exists."""
    days = sorted(d for d in (to_date(h.value) for h in find_date_hits(text, order=order, lexicon=lexicon))
                  if d is not None)
    return days[len(days) // 2] if days else None
