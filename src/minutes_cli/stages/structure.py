"""Find labelled fields ("Decision status: ...") and agenda items / sections.

Reads: text, blocks. Writes: fields, sections.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..document import Document, Field, Section, Span
from ..settings import Settings, vocabulary
from ._datetext import parse_date

# "Decision status: Recommendations Approved", "Is Key decision?: Yes", "Meeting:\tCabinet"
FIELD_LINE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z0-9 &'’/()?-]{0,40}?)\s?:\s*(?P<value>.*)$")
# "1.", "45.", "(49)", "1/19", "30/23", "PLA146/14", "33.1", "Item 5" alone or before a title
ITEM_NUMBER = re.compile(
    r"^(?:Item\s+)?(?P<num>\(\d{1,3}\)|\d{1,3}(?:\.\d{1,2})?\.?|\d{1,3}/\d{2,4}\.?|[A-Z]{2,5}\d{1,4}/\d{2}\.?)"
    r"(?:\s+(?P<title>[A-Z][^\n]{2,150}))?$")
BOOLEAN = {"yes": True, "y": True, "true": True, "no": False, "n": False, "false": False}


@lru_cache(maxsize=4)
def _field_names(vocab: str) -> tuple[dict[str, str], dict[str, str]]:
    data = vocabulary(vocab)
    types = {name: kind for kind, names in data["typed_fields"].items() for name in names}
    return dict(data["fields"]), types


def find_structure(doc: Document, settings: Settings) -> None:
    """Read labelled fields and agenda items from the loader's blocks."""
    labels, types = _field_names(settings.vocabulary)
    for block in doc.blocks:
        line = block.span.text(doc)
        field = _read_field(line, block.span.start, labels, types, settings)
        if field is not None:
            doc.fields.append(field)
    _find_sections(doc)


def _read_field(line: str, start: int, labels: dict[str, str], types: dict[str, str],
                settings: Settings) -> Field | None:
    m = FIELD_LINE.match(line)
    if not m:
        return None
    label = m.group("label").strip()
    name = labels.get(label.lower().replace("  ", " "))
    if name is None:
        return None
    raw = m.group("value").strip()
    if not raw:
        return None
    vstart = start + m.start("value")
    value = _typed(raw, types.get(name), settings)
    if value is None:
        return None
    return Field(name, value, Span(vstart, vstart + len(raw)), label)


def _typed(raw: str, kind: str | None, settings: Settings) -> Any:
    if kind == "boolean":
        return BOOLEAN.get(raw.lower().rstrip("."))
    if kind == "date":
        return parse_date(raw, order=settings.date_order)
    if kind == "names":
        return [n.strip() for n in re.split(r";|\band\b(?=\s+[A-Z])", raw) if n.strip()]
    return raw


def _find_sections(doc: Document) -> None:
    """Agenda items: a number alone or before a title, the title maybe on the next line."""
    blocks = doc.blocks
    starts: list[tuple[str, str, Span]] = []
    for i, block in enumerate(blocks):
        line = block.span.text(doc)
        m = ITEM_NUMBER.match(line)
        if not m or _looks_like_amount(line):
            continue
        number = m.group("num").strip("().")
        title = m.group("title") or ""
        heading = block.span
        if not title and i + 1 < len(blocks):
            nxt = blocks[i + 1].span
            title = nxt.text(doc) if len(nxt.text(doc)) <= 150 else ""
            heading = Span(block.span.start, nxt.end) if title else heading
        if title and len(title) <= 150 and not title.rstrip().endswith((",", ";")):
            starts.append((number, title.strip(), heading))
    for k, (number, title, heading) in enumerate(starts):
        end = starts[k + 1][2].start if k + 1 < len(starts) else len(doc.text)
        doc.sections.append(Section(number, title, Span(heading.start, end), heading))


def _looks_like_amount(line: str) -> bool:
    return bool(re.match(r"^\d{1,3}\.\d{2}\b", line)) and "£" in line
