"""Find agenda items and minute numbers, and the extent of each.

Reads: text, blocks, decisions (numbered lists inside a decision are not items).
Writes: sections.

Headings are read by `_itemhead` in every numbering scheme. Where a paper marks its items
"(Item 4)" (on the heading's line or the line under it, Kent's layout), those marks are the
items and the numbered paragraphs inside them are not. Otherwise numbered headings are items
when their numbers go forward (Roman sub-lists keep a sequence of their own); a bare number
("1 Order of Business") needs a neighbour numbered next to it; lists numbered from 1 again
under each unnumbered capitals heading ("PLANNING" / "1. Mill Lane") are not items.
"""

from __future__ import annotations

import bisect
import re

from ...document import Document, Section, Span
from ...settings import Settings, vocabulary
from ...text.tables import tables
from ._itemhead import ITEM_MARK, Heading, heading_at, marker_heading, may_open

MIN_MARKERS = 2  # "(Item N)" marks this often make a paper's items
MIN_LIST_RESTARTS = 2  # lists restarting at 1 under this many unnumbered headings are lists


def find_agenda(doc: Document, settings: Settings) -> None:
    """Append one Section per agenda item or minute heading, spanning to the next one."""
    key = settings.lexicon_key
    marked = _marked_blocks(doc)
    markers = [h for i in marked if (h := marker_heading(doc, i, key)) is not None]
    if 2 * sum(1 for h in markers if not h.from_mark) > len(markers):  # most marked headings carry a minute number
        markers = [h for i in marked if (h := marker_heading(doc, i, key, True)) is not None]
    heads = markers if len(markers) >= MIN_MARKERS else _numbered(doc, key)
    if table_heads := _from_tables(doc, key):
        rows = {h.block for h in table_heads}
        heads = sorted([*table_heads, *(h for h in heads if h.block not in rows)], key=lambda h: h.span.start)
    for k, h in enumerate(heads):
        end = heads[k + 1].span.start if k + 1 < len(heads) else len(doc.text)
        doc.sections.append(Section(h.number, h.title, Span(h.span.start, max(end, h.span.end)), h.span))


def _marked_blocks(doc: Document) -> list[int]:
    """The blocks that hold an "(Item" mark, the only ones `marker_heading` reads, in order: found
    with one `str.find` loop over the text, not by slicing every block."""
    starts, out = [b.span.start for b in doc.blocks], list[int]()
    at = doc.text.find(ITEM_MARK)
    while at != -1:
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and doc.blocks[k].span.end >= at + len(ITEM_MARK) and (not out or out[-1] != k):
            out.append(k)
        at = doc.text.find(ITEM_MARK, at + 1)
    return out


def _from_tables(doc: Document, key: str) -> list[Heading]:
    """Items of a headed table's number column ("Agenda #"), the title cell as title; a number
    repeated on the next rows (one item, several actions) is one item."""
    out: list[Heading] = []
    for rows in tables(doc, key):
        last = None
        for row in rows:
            if "number" not in row.cells or "title" not in row.cells:
                continue
            (number, _), (title, _) = row.cells["number"], row.cells["title"]
            if number != last:
                out.append(Heading(row.block, number.rstrip(".)"), title, row.span, "table", False))
            last = number
    return out


def _numbered(doc: Document, key: str) -> list[Heading]:
    text, opens = doc.text, may_open(key).match  # the cheap look `heading_at` begins with, without a slice
    found = [h for i, b in enumerate(doc.blocks)
             if opens(text, b.span.start, b.span.end) and (h := heading_at(doc, i, key)) is not None]
    found = _drop_lists(doc, found)
    found = [h for k, h in enumerate(found) if not h.bare or _has_neighbour(found, k)]
    inside = sorted((d.span.start, d.span.end) for d in doc.decisions)
    out: list[Heading] = []
    last: dict[str, float] = {}
    romans = vocabulary(key)["roman_numerals"]
    for h in found:
        order = _order(h.number, romans)
        prev = last.get(h.scheme, 0)
        if _in_decision(h.span.start, inside) and not _next_in_sequence(order, prev, h.title):
            continue  # a numbered part of a resolution, not the next item
        if order is not None and h.scheme in last and order < prev and not _restart(doc, h, order, key):
            continue
        if order is not None:
            last[h.scheme] = order
        out.append(h)
    return out


def _drop_lists(doc: Document, found: list[Heading]) -> list[Heading]:
    """"MATTERS ARISING" / "1. Gravel ..." / "2. ...", "PLANNING" / "1. ...": numbered lists under
    unnumbered capitals headings, not items, when the paper does it more than once."""
    starts = [h for h in found if h.scheme == "arabic" and _order(h.number) == 1 and h.block > 0
              and _unnumbered_heading(doc.blocks[h.block - 1].span.text(doc), found, h.block - 1)]
    if len(starts) < MIN_LIST_RESTARTS:
        return found
    return [h for h in found if h.scheme != "arabic"]


def _unnumbered_heading(line: str, found: list[Heading], index: int) -> bool:
    return (line.isupper() and len(line) <= 60 and not any(h.block == index for h in found)
            and not re.match(r"^\W*\d", line))


def _has_neighbour(found: list[Heading], k: int) -> bool:
    """A bare number with the next or previous number of its scheme beside it in the paper."""
    order = _order(found[k].number)
    near = found[max(0, k - 3): k] + found[k + 1: k + 4]
    return order is not None and any(h.bare and h.scheme == found[k].scheme and _order(h.number) in (order - 1, order + 1)
                                     for h in near)


def _order(number: str, romans: dict[str, int] | None = None) -> float | None:
    """The position an item number implies: "45" -> 45, "33.1" -> 33.1, "IV" -> 4, "iv" -> 4, "1/19" -> 1,
    "18.11.3" -> 3, "6.A" -> 6.01."""
    if romans and number.upper() in romans and re.fullmatch(r"[ivxlIVXL]+", number):
        return int(romans[number.upper()])
    if re.fullmatch(r"\d{1,2}[./]\d{1,2}[./]\d{1,3}", number):
        return int(re.split(r"[./]", number)[-1])
    m = re.match(r"^[A-Z]*/?(\d{1,4})(?:\.(\d{1,2}|[A-Za-z]))?", number)
    if m is None:
        return None
    sub = m.group(2)
    part = (ord(sub.lower()) - 96 if sub.isalpha() else int(sub)) / 100 if sub else 0
    return int(m.group(1)) + part


def _meeting_line(line: str, key: str) -> bool:
    """"Meeting: 18/01/2023 - Licensing Panel (7)": the meeting a listed item was taken at."""
    labels = vocabulary(key)["item_meeting_labels"]
    return any(line.startswith(f"{label}:") for label in labels)


def _restart(doc: Document, h: Heading, order: float, key: str = "en") -> bool:
    """A second numbering from 1 (the minutes after the agenda) starts at a heading; a Roman sub-list
    starts again under each item."""
    line = doc.blocks[h.block].span.text(doc)
    if h.block > 0 and _meeting_line(doc.blocks[h.block - 1].span.text(doc), key):
        return True  # a search result or issue page: each meeting's item under its "Meeting: ..." line
    return order == 1 and (h.scheme in ("roman", "ROMAN") or doc.blocks[h.block].kind == "heading"
                           or line.lstrip().startswith("**") or "|" in line)


def _next_in_sequence(order: float | None, last: float, title: str) -> bool:
    """"8. Any other business" right after item 7, even where a decision's list ran on."""
    return order is not None and last >= 1 and order == int(last) + 1 and len(title) <= 60 and not title.endswith(
        (".", ";", ","))


def _in_decision(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < offset < e for s, e in spans)
