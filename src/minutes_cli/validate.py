"""Validate a record: its shape (the JSON Schema), then what a schema cannot say.

Checks, each with a stable code:
  schema keywords  the record's shape ("type", "required", "enum", ...; see schema.py)
  span             every span is [start, end] with start <= end <= source.chars
  evidence         every key of document.evidence names a document field
  reference        a decision's agenda_item names an agenda item id in the record
  source           the source text given has the record's sha256 and length
  quote            quoted text equals the text at its span (needs the source text):
                   decisions[].text, decisions[].items[].text and
                   speakers[].contributions[].text equal " ".join(text[start:end].split());
                   dates[].text equals text[start:end] exactly.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Iterator

from ._deadline import DEFAULT_TIMEOUT, time_limit
from .api import read_path
from .loaders import load
from .schema import Invalid, json_path, schema_errors
from .settings import Settings

Path_ = tuple[Any, ...]


def validate_record(record: Any, text: str | None = None) -> list[Invalid]:
    """Everything wrong with `record`; with `text` (the normalised source text) quotes too.

    Semantic checks run only on a record whose shape is valid, since they rely on it.
    """
    found = schema_errors(record)
    if found:
        return found
    chars = record["source"]["chars"]
    found += [Invalid(json_path(p), "span", f"span {s} is not within the text (0..{chars})")
              for p, s in iter_spans(record) if not s[0] <= s[1] <= chars]
    found += _evidence_errors(record) + _reference_errors(record)
    if text is not None:
        if len(text) != chars:
            found.append(Invalid("$.source.chars", "source", f"record says {chars} characters, text has {len(text)}"))
        found += quote_errors(record, text)
    return found


def source_text(record: dict[str, Any], source: str | Path, settings: Settings | None = None
                ) -> tuple[str | None, list[Invalid]]:
    """Load `source` as the parser would; the text, or None and why it cannot be used.

    Raises:
        LoadError / UnsupportedFormat: the source cannot be read.
        TimeLimitExceeded: reading it took longer than the per-document time limit.
    """
    data, name = read_path(source)
    digest = hashlib.sha256(data).hexdigest()
    if digest != record.get("source", {}).get("sha256"):
        return None, [Invalid("$.source.sha256", "source", f"does not match {name} (sha256 {digest[:12]}...)")]
    with time_limit(DEFAULT_TIMEOUT, name):
        return load(data, name, settings or Settings()).text, []


def iter_spans(node: Any, path: Path_ = ()) -> Iterator[tuple[Path_, list[int]]]:
    """Yield (path, span) for every span in a record: `span` keys, mentions, evidence."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = (*path, key)
            if key == "span" and isinstance(value, list):
                yield here, value
            elif key == "mentions" or path == ("document", "evidence"):
                yield from _span_list(value, here)
            else:
                yield from iter_spans(value, here)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from iter_spans(value, (*path, i))


def _span_list(value: Any, path: Path_) -> Iterator[tuple[Path_, list[int]]]:
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value):
        yield path, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield (*path, i), item


def quoted(record: dict[str, Any]) -> Iterator[tuple[Path_, str, list[int], bool]]:
    """Yield (path of the text, text, span, folded) for every quotation in a record."""
    for i, dec in enumerate(record.get("decisions", [])):
        yield ("decisions", i, "text"), dec["text"], dec["span"], True
        for j, item in enumerate(dec["items"]):
            yield ("decisions", i, "items", j, "text"), item["text"], item["span"], True
    for i, spk in enumerate(record.get("speakers", [])):
        for j, con in enumerate(spk["contributions"]):
            yield ("speakers", i, "contributions", j, "text"), con["text"], con["span"], True
    for i, date in enumerate(record.get("dates", [])):
        yield ("dates", i, "text"), date["text"], date["span"], False


def quote_errors(record: dict[str, Any], text: str) -> list[Invalid]:
    """Quotations that differ from the text at their span."""
    found = []
    for path, quote, (start, end), folded in quoted(record):
        at = text[start:end]
        expected = " ".join(at.split()) if folded else at
        if quote != expected:
            found.append(Invalid(json_path(path), "quote",
                                 f"{_short(quote)} is not the text at span [{start}, {end}]: {_short(expected)}"))
    return found


def _evidence_errors(record: dict[str, Any]) -> list[Invalid]:
    doc = record["document"]
    return [Invalid(json_path(("document", "evidence", key)), "evidence", f"no document field '{key}'")
            for key in doc["evidence"] if key not in doc or key == "evidence"]


def _reference_errors(record: dict[str, Any]) -> list[Invalid]:
    ids = {item["id"] for item in record["agenda_items"]}
    return [Invalid(json_path(("decisions", i, "agenda_item")), "reference", f"no agenda item '{dec['agenda_item']}'")
            for i, dec in enumerate(record["decisions"])
            if dec.get("agenda_item") is not None and dec["agenda_item"] not in ids]


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")
