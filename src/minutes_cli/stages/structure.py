"""Find labelled fields ("Decision status: ...").

Reads: text, blocks. Writes: fields. (Agenda items are found by stages/agenda.py.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..document import Document, Field, Span
from ..settings import Settings, vocabulary
from ._dateorder import date_order
from ._datetext import parse_date

# "Decision status: Recommendations Approved", "Is Key decision?: Yes", "Meeting:\tCabinet"
FIELD_LINE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z0-9 &'’/()?-]{0,40}?)\s?:\s*(?P<value>.*)$")
BOOLEAN = {"yes": True, "y": True, "true": True, "no": False, "n": False, "false": False}


@lru_cache(maxsize=4)
def _field_names(vocab: str) -> tuple[dict[str, str], dict[str, str]]:
    data = vocabulary(vocab)
    types = {name: kind for kind, names in data["typed_fields"].items() for name in names}
    return dict(data["fields"]), types


def find_structure(doc: Document, settings: Settings) -> None:
    """Read labelled fields and agenda items from the loader's blocks."""
    labels, types = _field_names(settings.lexicon_key)
    order = date_order(doc, settings).order
    for block in doc.blocks:
        line = block.span.text(doc)
        field = _read_field(line, block.span.start, labels, types, settings, order)
        if field is not None:
            doc.fields.append(field)


def _read_field(line: str, start: int, labels: dict[str, str], types: dict[str, str],
                settings: Settings, order: str) -> Field | None:
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
    value = _typed(raw, types.get(name), settings, order)
    if value is None:
        return None
    return Field(name, value, Span(vstart, vstart + len(raw)), label)


def _typed(raw: str, kind: str | None, settings: Settings, order: str) -> Any:
    if kind == "boolean":
        return BOOLEAN.get(raw.lower().rstrip("."))
    if kind == "date":
        return parse_date(raw, order=order, lexicon=settings.lexicon_key)
    if kind == "names":
        return [n.strip() for n in re.split(r";|\band\b(?=\s+[A-Z])", raw) if n.strip()]
    return raw
